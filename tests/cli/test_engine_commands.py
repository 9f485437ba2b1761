"""`amts translate | jobs | pd | aws` end to end, against the Translate double and moto's S3."""

from __future__ import annotations

import pytest

from amts_gui.cli.main import main

CHAPTER = "softmax-temperature.md"


@pytest.fixture
def project(tmp_path):
    from tests.conftest import create_sample_project

    path = tmp_path / "sample.amts"
    create_sample_project(path).close()
    return str(path)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def configure(capsys, project, aws):
    code, out, _ = run(
        capsys,
        "aws",
        project,
        "--bucket",
        aws.bucket,
        "--prefix",
        "books/d2l",
        "--role-arn",
        aws.settings.role_arn,
        "--parallel-data-name",
        "d2l-en-zh",
    )
    assert code == 0 and f"bucket               {aws.bucket}" in out
    return ["--endpoint-url", aws.double.endpoint, "--s3-endpoint-url", aws.settings.s3_endpoint]


def test_translate_with_the_memory(capsys, project):
    assert run(capsys, "align", project, "--quiet")[0] == 0
    code, out, _ = run(capsys, "translate", project, "--chapter", CHAPTER, "--engine", "tm", "--quiet")
    assert code == 0 and "exact" in out and "drafts stored" in out
    code, out, _ = run(
        capsys, "translate", project, "--chapter", CHAPTER, "--engine", "tm", "--exclude-own-pairs", "--quiet"
    )
    assert code == 0 and out.startswith("0 drafts stored")


def test_realtime_needs_confirmation_then_reports_requests(capsys, project, aws):
    endpoints = configure(capsys, project, aws)
    code, _, err = run(capsys, "translate", project, "--chapter", CHAPTER, "--engine", "amazon-realtime", *endpoints)
    assert code == 2 and "--yes" in err and aws.double.count("TranslateText") == 0
    code, out, _ = run(
        capsys,
        "translate",
        project,
        "--chapter",
        CHAPTER,
        "--engine",
        "amazon-realtime",
        "--yes",
        "--quiet",
        *endpoints,
    )
    assert code == 0 and "cost preview:" in out
    assert f"{aws.double.count('TranslateText')} requests to Amazon Translate" in out


def test_push_act_job_jobs_and_pull(capsys, project, aws):
    endpoints = configure(capsys, project, aws)
    run(capsys, "align", project, "--quiet")
    code, out, _ = run(capsys, "pairs", "push", project, "--quiet", *endpoints)
    assert code == 0 and ": ACTIVE;" in out
    code, out, _ = run(capsys, "pairs", "status", project, *endpoints)
    assert code == 0 and "d2l-en-zh: ACTIVE" in out
    code, out, _ = run(
        capsys, "translate", project, "--chapter", CHAPTER, "--engine", "amazon-act", "--yes", *endpoints
    )
    assert code == 0 and "job 1 started" in out and "ACT batch" in out
    code, out, _ = run(capsys, "jobs", project, "--resume", "--timeout", "60", *endpoints)
    assert code == 0 and " done " in out
    code, out, _ = run(capsys, "jobs", project)
    assert code == 0 and "done" in out
    code, out, _ = run(capsys, "pairs", "pull", project, *endpoints)
    assert code == 0 and "0 conflicts" in out


def test_the_old_pd_noun_still_works_and_says_it_is_deprecated(capsys, project, aws):
    endpoints = configure(capsys, project, aws)
    run(capsys, "align", project, "--quiet")
    code, out, err = run(capsys, "pd", "status", project, *endpoints)
    assert code == 0 and "d2l-en-zh: not created yet (amts pairs push creates it)" in out
    assert "amts: note: `amts pd status` is deprecated; use `amts pairs status`" in err
    code, out, err = run(capsys, "pd", "push", project, "--quiet", *endpoints)
    assert code == 0 and ": ACTIVE;" in out and "use `amts pairs push`" in err
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = capsys.readouterr().out
    assert "    pairs " in listed and " pd " not in listed  # listed no more


def test_bad_settings_give_a_clear_error(capsys, project, aws):
    code, _, err = run(capsys, "aws", project, "--parallel-data-name", "bad name!")
    assert code == 2 and "not allowed by Amazon Translate" in err
    code, _, err = run(capsys, "pairs", "push", project, "--endpoint-url", aws.double.endpoint)
    assert code == 2 and "S3 bucket" in err


def test_a_pair_accepted_with_qa_errors_is_not_sent_unless_included(capsys, project, aws):
    from amts_gui.core.project.review import review_rows
    from amts_gui.core.project.store import Store

    endpoints = configure(capsys, project, aws)
    run(capsys, "align", project, "--quiet")
    store = Store(project)
    number = next(r.number for r in review_rows(store, CHAPTER) if r.markup)
    store.close()
    accept = ["accept", project, "--chapter", CHAPTER, "--segment", number, "--text", "占位符丢了"]
    code, out, err = run(capsys, *accept)
    assert code == 1 and "QA error" in err and "missing placeholder" in err and "--force" in out
    code, out, _ = run(capsys, *accept, "--force")
    assert code == 0 and "kept out of exports and pushes until fixed" in out
    code, out, _ = run(capsys, "pairs", "push", project, "--quiet", *endpoints)
    assert code == 0 and "not sent: " in out and "1 QA" in out
    sent = aws.double.parallel_data["d2l-en-zh"]["active_pairs"]
    assert "占位符丢了" not in sent.values()
    code, out, _ = run(capsys, "pairs", "push", project, "--quiet", "--include-qa", *endpoints)
    assert code == 0 and "1 QA" not in out
    assert "占位符丢了" in aws.double.parallel_data["d2l-en-zh"]["active_pairs"].values()


def test_exit_codes_follow_the_outcome_of_jobs_and_variants(capsys, project, aws, monkeypatch, tmp_path):
    endpoints = configure(capsys, project, aws)
    run(capsys, "align", project, "--quiet")
    assert run(capsys, "pairs", "push", project, "--quiet", *endpoints)[0] == 0
    aws.double.next_job_outcome = "failed"
    act = ["translate", project, "--chapter", CHAPTER, "--engine", "amazon-act", "--yes", "--quiet"]
    code, out, err = run(capsys, *act, "--wait", "--timeout", "60", *endpoints)
    assert code == 1 and " failed " in out
    assert "amts: job 1 (" in err and "failed: Amazon Translate could not read the input documents" in err
    aws.double.next_job_outcome = "partial"
    assert run(capsys, *act, *endpoints)[0] == 0  # started, not waited for: nothing to judge yet
    code, _, err = run(capsys, "jobs", project, "--resume", "--timeout", "60", *endpoints)
    assert code == 1 and "amts: job 2 (" in err and " partial: " in err
    code, out, err = run(capsys, "jobs", project, "--stop", "999", *endpoints)
    assert code == 2 and err.strip() == "amts: error: no batch job 999 in this project; `amts jobs PROJECT` lists them"

    from amts_gui.core.memory.index import TranslationMemory

    monkeypatch.setattr(TranslationMemory, "lookup", lambda self, text, **kw: None)  # a memory that finds nothing
    evaluate = ["evaluate", project, "--chapters", CHAPTER, "--variants", "tm", "--offline", "--out", tmp_path / "ev"]
    code, _, err = run(capsys, *evaluate)
    assert code == 1 and f"amts: {CHAPTER}: tm failed: no unit got a translation" in err


def test_endpoints_are_stored_per_project_and_used(capsys, project, aws):
    configure(capsys, project, aws)
    double, s3 = aws.double.endpoint, aws.settings.s3_endpoint
    code, out, _ = run(capsys, "aws", project, "--translate-endpoint", double, "--s3-endpoint", s3)
    assert code == 0 and f"translate_endpoint   {double}" in out and f"s3_endpoint          {s3}" in out
    realtime = ["translate", project, "--chapter", CHAPTER, "--engine", "amazon-realtime", "--yes", "--quiet"]
    code, out, _ = run(capsys, *realtime)  # no endpoint flags: the stored ones
    assert code == 0 and "not an Amazon endpoint: no charge" in out and aws.double.count("TranslateText") > 0
    with pytest.raises(SystemExit) as refused:  # argparse's own one-line error
        main(["aws", project, "--translate-endpoint", "not a url"])
    err = capsys.readouterr().err
    assert refused.value.code == 2 and "argument --translate-endpoint: 'not a url' is not an http(s) URL" in err
    code, out, _ = run(capsys, "aws", project, "--translate-endpoint", "")  # back to Amazon's own
    assert code == 0 and "translate_endpoint   \n" in out

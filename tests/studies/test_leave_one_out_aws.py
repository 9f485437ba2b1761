"""`amts evaluate` with the Amazon variants, against moto's S3 server and the Amazon Translate double.

The double's figures test the pipeline only; the report must say so."""

from __future__ import annotations

import pytest

from amts_gui.core.parallel.formats import read_pairs_file
from amts_gui.core.project.jobs import list_jobs
from amts_gui.core.project.pushes import push_history, push_summary
from amts_gui.engines.amazon.retry import Polling
from amts_gui.studies.leave_one_out import Evaluation, evaluation_resource
from tests.core.scoring.test_evaluation import CHAPTERS, add_chapters


@pytest.fixture
def evaluated(project, aws):
    add_chapters(project)
    access = {"services": aws.services, "polling": Polling(base=0.02, cap=0.1), "job_timeout": 30}
    return project, aws, access


def _uploaded_pairs(store, aws, resource: str, tmp_path) -> list[tuple[str, str]]:
    [push] = [r for r in push_history(store, resource) if r.status == "ACTIVE"]
    body = aws.s3.get_object(Bucket=aws.bucket, Key=push.detail["s3_key"])["Body"].read()
    path = tmp_path / f"{resource}.tmx"
    path.write_bytes(body)
    return read_pairs_file(path, "en", "zh").pairs


def test_act_leaves_the_evaluated_chapters_pairs_out_of_its_parallel_data(evaluated, tmp_path):
    store, aws, access = evaluated
    result = Evaluation(store, variants=["amazon-act", "amazon-act-paragraph"], **access).run(["a.md"])
    assert not result.failures and not result.skipped
    assert {s.variant for s in result.scores} == {"amazon-act", "amazon-act-paragraph"}

    how = result.direction
    assert how == "en-zh"
    sentences = _uploaded_pairs(store, aws, "d2l-en-zh-loo-a-sent", tmp_path)
    sources = {s for s, _ in sentences}
    assert "The dog ran fast." not in sources and "Alpha" not in sources  # a.md's own pairs
    assert {"The cat sat on the mat.", "Birds sing in the morning.", "Beta"} <= sources  # b.md's
    paragraphs = _uploaded_pairs(store, aws, "d2l-en-zh-loo-a-para", tmp_path)
    assert all("dog" not in s for s, _ in paragraphs) and any("Birds" in s for s, _ in paragraphs)

    # the double's ACT returns a parallel-data target only for an exact source match: b.md's shared
    # sentence comes back as the reference, a.md's own sentence does not
    hyps = result.texts[("a.md", "amazon-act")]
    assert hyps[1] == "猫坐在垫子上。"
    assert hyps[2] != "狗跑得很快。"

    # evaluation translations are kept in the job row, never as the chapter's drafts
    assert store.db.execute("SELECT COUNT(*) FROM drafts").fetchone()[0] == 0
    # and the project's own parallel data status is not confused by the evaluation resources
    assert push_summary(store).last_status is None


def test_a_repeated_evaluation_reuses_its_parallel_data_and_jobs(evaluated):
    store, aws, access = evaluated
    first = Evaluation(store, variants=["amazon-act"], **access).run(["a.md"])
    starts, creates = aws.double.count("StartTextTranslationJob"), aws.double.count("CreateParallelData")
    second = Evaluation(store, variants=["amazon-act"], **access).run(["a.md"])
    assert aws.double.count("StartTextTranslationJob") == starts
    assert aws.double.count("CreateParallelData") + aws.double.count("UpdateParallelData") == creates
    assert second.scores[0].scores.bleu.value == first.scores[0].scores.bleu.value
    assert len(list_jobs(store)) == 1


def test_realtime_and_memory_side_by_side_and_the_endpoint_is_named(evaluated, tmp_path, capsys):
    store, aws, access = evaluated
    result = Evaluation(store, variants=["tm", "amazon-realtime"], **access).run(["a.md", "b.md"])
    assert [s.variant for s in result.scores] == ["tm", "amazon-realtime", "tm", "amazon-realtime"]
    assert "NOT Amazon Translate" in result.endpoints["amazon-realtime"]
    assert aws.double.endpoint in result.endpoints["amazon-realtime"]
    # the double upper-cases the English and tags it (markup kept), so only the inline code can match the reference
    assert result.texts[("a.md", "amazon-realtime")][3] == "[zh] WE TRAIN THE `model` FOR TEN EPOCHS."
    assert all(s.scores.bleu.value < 20 for s in result.scores if s.variant == "amazon-realtime")


def test_cli_evaluate_against_the_double_writes_the_endpoint_into_the_report(evaluated, tmp_path, capsys):
    from amts_gui.cli.main import main
    from amts_gui.engines.amazon.settings import save_settings

    store, aws, _access = evaluated
    save_settings(store, aws.settings)
    out = tmp_path / "out"
    code = main(
        ["evaluate", str(store.path), "--chapters", "a.md", "--variants", "tm", "amazon-realtime", "--out", str(out)]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out.splitlines()[0].split() == ["article", "tm", "amazon-realtime"]
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "NOT Amazon Translate" in html and aws.double.endpoint in html
    assert "NOT Amazon Translate" in (out / "scores.csv").read_text(encoding="utf-8")


def test_resource_names_are_valid_for_amazon_translate():
    import re

    from amts_gui.core.scoring.units import Direction

    forward, backward = Direction("en", "zh", False), Direction("zh", "en", True)
    for chapter in [*CHAPTERS, "chapter_preliminaries/ndarray.md", "x" * 400 + ".md", "数据.md"]:
        for how in (forward, backward):
            name = evaluation_resource("d2l-en-zh", chapter, "paragraph", how)
            assert re.fullmatch(r"([A-Za-z0-9-]_?)+", name) and len(name) <= 256, name


def test_a_failed_act_job_is_reported_and_the_other_variants_still_score(evaluated):
    store, aws, access = evaluated
    aws.double.next_job_outcome = "failed"
    result = Evaluation(store, variants=["tm", "amazon-act"], **access).run(["a.md"])
    assert [s.variant for s in result.scores] == ["tm"]
    [(chapter, variant, message)] = result.failures
    assert (chapter, variant) == ("a.md", "amazon-act") and "failed" in message


def test_act_without_a_role_is_skipped_with_the_reason(evaluated):

    store, aws, access = evaluated
    no_role = {**access, "services": aws.services.with_settings(role_arn="")}
    result = Evaluation(store, variants=["amazon-realtime", "amazon-act"], **no_role).run(["a.md"])
    assert [s.variant for s in result.scores] == ["amazon-realtime"]
    assert result.skipped == [
        ("amazon-act", "ACT batch jobs need a DataAccessRoleArn in the Amazon Translate settings (`amts aws`)")
    ]
    assert aws.double.count("StartTextTranslationJob") == 0

"""The glossary as an Amazon Translate Custom Terminology: the CSV by Amazon's rules, the push, and
TerminologyNames in TranslateText and in batch jobs, against the Translate double (JSON and CBOR)."""

from __future__ import annotations

import base64
import csv
import io
from dataclasses import replace

import pytest

from amts_gui.cli.main import main
from amts_gui.core.parallel.project_pairs import align_chapter
from amts_gui.core.project.segments import live_segments
from amts_gui.core.project.terms import save_terms
from amts_gui.core.terms.terminology_csv import glossary_status, terminology_file
from amts_gui.core.text.terms import TermEntry
from amts_gui.engines.amazon.realtime import AmazonRealtimeEngine
from amts_gui.engines.amazon.services import AmazonServices
from amts_gui.engines.amazon.settings import save_settings
from amts_gui.engines.amazon.terminology import push_glossary
from amts_gui.engines.base import EngineError
from amts_gui.engines.drafting import draft_chapter
from tests.engines.amazon.test_against_the_double import (
    CHAPTER,
    jobs_for,
    latest_drafts,
    parallel_data_for,
    quick_backoff,
)

GLOSSARY = [
    TermEntry("temperature", ("温度",)),
    TermEntry("softmax", ("软最大",), forbidden=("柔性最大值",)),
    TermEntry("PyTorch", (), do_not_translate=True, case_sensitive=True),
]


def test_the_file_is_amazons_csv_with_the_preferred_target_and_long_terms_left_out():
    long_term = "x" * 201
    entries = [*GLOSSARY, TermEntry("word embedding", ("词嵌入", "词向量")), TermEntry(long_term, ("长",))]
    file = terminology_file(entries, "en", "zh")
    rows = list(csv.reader(io.StringIO(file.data.decode("utf-8"))))
    assert rows == [
        ["en", "zh"],
        ["temperature", "温度"],
        ["softmax", "软最大"],
        ["PyTorch", "PyTorch"],  # do not translate: the term maps to itself
        ["word embedding", "词嵌入"],  # the preferred target only
    ]
    assert file.terms == 4 and file.skipped == (f"{'x' * 40}: over 200 bytes",)
    # 200 bytes is allowed: 66 Chinese characters are 198 bytes, 67 are 201
    assert terminology_file([TermEntry("a", ("中" * 66,))], "en", "zh").terms == 1
    assert terminology_file([TermEntry("a", ("中" * 67,))], "en", "zh").terms == 0
    # exactly 200 bytes, on either side, is within Amazon's limit
    assert terminology_file([TermEntry("x" * 200, ("长",))], "en", "zh").terms == 1
    assert terminology_file([TermEntry("a", ("中" * 66 + "ab",))], "en", "zh").terms == 1
    assert terminology_file([TermEntry("a", ("中" * 66 + "abc",))], "en", "zh").terms == 0


def test_an_entry_with_only_forbidden_translations_is_left_out_not_kept_untranslated():
    file = terminology_file([TermEntry("softmax", (), forbidden=("软最大",)), *GLOSSARY[:1]], "en", "zh")
    rows = list(csv.reader(io.StringIO(file.data.decode("utf-8"))))
    assert ["softmax", "softmax"] not in rows and rows == [["en", "zh"], ["temperature", "温度"]]
    assert file.skipped == ("softmax: no translation, only forbidden ones",)


def _with_terminology(store, aws, name: str = "d2l-terms") -> AmazonServices:
    settings = replace(aws.settings, terminology_name=name)
    save_settings(store, settings)
    return aws.services.with_settings(terminology_name=name)


def test_push_imports_the_glossary_and_the_status_follows_changes(sample_store, aws):
    save_terms(sample_store, GLOSSARY)
    services = _with_terminology(sample_store, aws)
    assert glossary_status(sample_store).changed and glossary_status(sample_store).pushed_at is None
    pushed = push_glossary(sample_store, services, backoff=quick_backoff())
    assert (pushed.name, pushed.terms, pushed.skipped, pushed.amazon_terms) == ("d2l-terms", 3, (), 3)
    [(operation, request)] = [c for c in aws.double.calls if c[0] == "ImportTerminology"]
    assert request["MergeStrategy"] == "OVERWRITE"
    data = request["TerminologyData"]
    assert (data["Format"], data["Directionality"]) == ("CSV", "UNI")
    on_amazon = aws.translate.get_terminology(Name="d2l-terms")["TerminologyProperties"]
    assert (on_amazon["SourceLanguageCode"], on_amazon["TargetLanguageCodes"], on_amazon["TermCount"]) == (
        "en",
        ["zh"],
        3,
    )
    assert [t["Name"] for t in aws.translate.list_terminologies()["TerminologyPropertiesList"]] == ["d2l-terms"]
    status = glossary_status(sample_store)
    assert (status.terms, status.pushed_name, status.changed) == (3, "d2l-terms", False)
    save_terms(sample_store, [TermEntry("classifier", ("分类器",))])
    assert glossary_status(sample_store).changed


def test_push_needs_a_name_and_a_glossary(sample_store, aws):
    with pytest.raises(EngineError, match="terminology name"):
        push_glossary(sample_store, aws.services)
    with pytest.raises(EngineError, match="the glossary is empty"):
        push_glossary(sample_store, _with_terminology(sample_store, aws))
    bad = aws.services.with_settings(terminology_name="two__underscores")
    save_terms(sample_store, GLOSSARY)
    with pytest.raises(EngineError, match="not allowed by Amazon Translate"):
        push_glossary(sample_store, bad)
    assert aws.double.count("ImportTerminology") == 0


def test_realtime_passes_the_terminology_and_the_double_applies_it(sample_store, aws):
    save_terms(sample_store, GLOSSARY)
    services = _with_terminology(sample_store, aws)
    push_glossary(sample_store, services, backoff=quick_backoff())
    engine = AmazonRealtimeEngine(services.translate, services.settings, backoff=quick_backoff())
    draft_chapter(sample_store, CHAPTER, engine)
    calls = [request for operation, request in aws.double.calls if operation == "TranslateText"]
    assert calls and all(request["TerminologyNames"] == ["d2l-terms"] for request in calls)
    drafts = latest_drafts(sample_store, "amazon-realtime")
    first = next(s for s in live_segments(sample_store, CHAPTER) if "temperature" in s.source_markup.lower())
    assert "温度" in drafts[first.id]["text"] and "TEMPERATURE" not in drafts[first.id]["text"]
    assert drafts[first.id]["meta"]["applied_terms"]["temperature"] == "温度"


def test_realtime_without_a_terminology_sends_none(sample_store, aws):
    engine = AmazonRealtimeEngine(aws.translate, aws.settings, backoff=quick_backoff())
    draft_chapter(sample_store, CHAPTER, engine)
    assert not any("TerminologyNames" in request for operation, request in aws.double.calls)


def test_a_batch_job_passes_the_terminology_and_its_output_has_the_terms(sample_store, aws):
    save_terms(sample_store, GLOSSARY)
    services = _with_terminology(sample_store, aws)
    push_glossary(sample_store, services, backoff=quick_backoff())
    align_chapter(sample_store, CHAPTER)
    aws.services = services
    parallel_data_for(sample_store, aws).push()
    jobs = jobs_for(sample_store, aws)
    job = jobs.wait(jobs.submit([CHAPTER]), timeout=30)
    assert job.status == "done", job
    [start] = [request for operation, request in aws.double.calls if operation == "StartTextTranslationJob"]
    assert start["TerminologyNames"] == ["d2l-terms"] and start["ParallelDataNames"] == ["d2l-en-zh"]
    described = aws.translate.describe_text_translation_job(JobId=job.job_id)
    assert described["TextTranslationJobProperties"]["TerminologyNames"] == ["d2l-terms"]
    texts = [d["text"] for d in latest_drafts(sample_store, "amazon-act").values()]
    assert any("温度" in t for t in texts)


def test_amts_terms_push_reports_what_it_sent(sample_store, aws, capsys):
    save_terms(sample_store, [*GLOSSARY, TermEntry("y" * 300, ("太长",))])
    _with_terminology(sample_store, aws)
    endpoints = ["--endpoint-url", aws.double.endpoint, "--s3-endpoint-url", aws.settings.s3_endpoint]
    assert main(["terms", "push", str(sample_store.path), *endpoints]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "pushed 3 terms to terminology d2l-terms (1 skipped); Amazon Translate holds 3 terms"
    assert err.strip() == f"amts: skipped: {'y' * 40}: over 200 bytes"


def test_push_leaves_ambiguous_entries_out_unless_asked_and_the_status_does_not_count_them(sample_store, aws, capsys):
    from amts_gui.core.project.term_senses import set_ambiguous

    save_terms(sample_store, GLOSSARY)
    set_ambiguous(sample_store, "softmax", True)
    services = _with_terminology(sample_store, aws)
    pushed = push_glossary(sample_store, services, backoff=quick_backoff())
    assert (pushed.terms, pushed.left_out) == (2, ("softmax",))
    [(_, request)] = [c for c in aws.double.calls if c[0] == "ImportTerminology"]
    sent = request["TerminologyData"]["File"]
    sent = sent if isinstance(sent, bytes) else base64.b64decode(sent)  # JSON carries the blob in base64
    assert b"softmax" not in sent and b"temperature" in sent
    assert not glossary_status(sample_store).changed  # the entry left out is not a pending change
    endpoints = ["--endpoint-url", aws.double.endpoint, "--s3-endpoint-url", aws.settings.s3_endpoint]
    assert main(["terms", "push", str(sample_store.path), *endpoints, "--include-ambiguous"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("pushed 3 terms") and "left out" not in err
    assert main(["terms", "push", str(sample_store.path), *endpoints]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("pushed 2 terms")
    assert "left out 1 ambiguous entries: softmax (--include-ambiguous sends them)" in err

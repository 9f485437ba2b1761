"""Per-chapter scoring of draft variants, post-edit effort, score history, reports and `amts evaluate`."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sacrebleu.metrics.bleu import BLEU

from amts_gui.core.project.chapters import import_chapter
from amts_gui.core.project.finals import accept_segment
from amts_gui.core.project.pairs import replace_aligned_pairs
from amts_gui.core.project.rows import Draft, NewPair
from amts_gui.core.project.scores import history
from amts_gui.core.project.segments import add_drafts, live_segments
from amts_gui.core.project.store import Store
from amts_gui.core.scoring.effort import chapter_effort, effort_by_day
from amts_gui.core.scoring.history import record_if_changed, rows_of, trend
from amts_gui.core.scoring.report import Report, study_table, write_report
from amts_gui.core.scoring.units import (
    chapter_units,
    direction,
    score_project_chapter,
    variant_key,
    worst_project_units,
)
from amts_gui.engines import catalog

CHAPTERS = {
    "a.md": (
        "# Alpha\n\nThe cat sat on the mat. The dog ran fast.\n\nWe train the `model` for ten epochs.\n",
        "# 阿尔法\n\n猫坐在垫子上。狗跑得很快。\n\n我们把 `model` 训练十轮。\n",
    ),
    "b.md": (
        "# Beta\n\nThe cat sat on the mat. Birds sing in the morning.\n",
        "# 贝塔\n\n猫坐在垫子上。鸟儿在早晨歌唱。\n",
    ),
}


def add_chapters(store: Store) -> None:
    """Two chapters with sentence and paragraph pairs, aligned one to one (no encoder needed)."""
    for name, (source, reference) in CHAPTERS.items():
        import_chapter(store, name, source, reference, name)
        segments = live_segments(store, name)
        targets = [s for s in _sentences(reference)]
        rows = [
            NewPair(seg.source_markup, target, "aligned", segment_id=seg.id, segment_ids=(seg.id,), confidence=0.95)
            for seg, target in zip(segments, targets, strict=True)
        ]
        paragraphs = [p for p in source.split("\n\n") if p.strip()]
        ref_paragraphs = [p for p in reference.split("\n\n") if p.strip()]
        rows += [
            NewPair(s.strip(), t.strip(), "aligned", confidence=0.95, granularity="paragraph")
            for s, t in zip(paragraphs, ref_paragraphs, strict=True)
        ]
        replace_aligned_pairs(store, name, rows)


def _sentences(reference: str) -> list[str]:
    out = []
    for block in reference.split("\n\n"):
        block = block.strip().removeprefix("# ")
        out += [s + "。" for s in block.split("。") if s] if "。" in block else [block]
    return out


@pytest.fixture
def two_chapters(project):
    add_chapters(project)
    return project


def _draft(store: Store, chapter: str, number: int, text: str, engine: str = "tm", variant: str = "tm") -> str:
    seg = live_segments(store, chapter)[number - 1]
    add_drafts(store, [Draft(seg.id, text, engine, variant)])
    return seg.id


# -- units and project scores ---------------------------------------------------------------------
def test_units_follow_the_aligned_sentence_pairs_in_reading_order(two_chapters):
    units = chapter_units(two_chapters, "a.md")
    assert [u.source for u in units] == [
        "Alpha",
        "The cat sat on the mat.",
        "The dog ran fast.",
        "We train the `model` for ten epochs.",
    ]
    assert units[3].reference == "我们把 `model` 训练十轮。"
    back = chapter_units(two_chapters, "a.md", direction(two_chapters, "zh-en"))
    assert back[1].source == "猫坐在垫子上。" and back[1].reference == "The cat sat on the mat."


def test_unknown_direction_is_a_clear_error(two_chapters):
    with pytest.raises(Exception, match="en-zh or zh-en"):
        direction(two_chapters, "en-es")


def test_project_scores_count_a_missing_draft_as_empty(two_chapters):
    _draft(two_chapters, "a.md", 2, "猫坐在垫子上。")
    _draft(two_chapters, "a.md", 4, "我们训练 ⟦1⟧ 十个轮次。")
    _draft(two_chapters, "a.md", 3, "狗跑得快。", engine="amazon-realtime", variant="without ACT")
    results = {s.variant: s for s in score_project_chapter(two_chapters, "a.md", catalog.variant_keys())}
    assert list(results) == ["tm", "amazon-realtime"]
    tm = results["tm"]
    assert (tm.units, tm.covered) == (4, 2)
    refs = ["阿尔法", "猫坐在垫子上。", "狗跑得很快。", "我们把 `model` 训练十轮。"]
    expected = BLEU(tokenize="zh").corpus_score(["", "猫坐在垫子上。", "", "我们训练 `model` 十个轮次。"], [refs])
    assert tm.scores.bleu.value == pytest.approx(expected.score)
    assert "tok:zh" in tm.scores.bleu.signature
    assert 0 < tm.scores.bleu.value < 100


def test_a_bead_of_two_segments_joins_their_drafts(two_chapters):
    segs = live_segments(two_chapters, "b.md")
    replace_aligned_pairs(
        two_chapters,
        "b.md",
        [
            NewPair(
                "The cat sat on the mat. Birds sing in the morning.",
                "猫坐在垫子上。鸟儿在早晨歌唱。",
                "aligned",
                segment_id=segs[1].id,
                segment_ids=(segs[1].id, segs[2].id),
                confidence=0.9,
            )
        ],
    )
    add_drafts(two_chapters, [Draft(segs[1].id, "猫坐在垫子上。", "tm", "tm")])
    add_drafts(two_chapters, [Draft(segs[2].id, "鸟儿在早晨歌唱。", "tm", "tm")])
    [tm] = score_project_chapter(two_chapters, "b.md")
    assert (tm.units, tm.covered) == (1, 1)
    assert tm.scores.bleu.value == pytest.approx(100.0)


def test_paragraph_act_drafts_are_their_own_variant():
    assert variant_key("amazon-act", "ACT") == "amazon-act"
    assert variant_key("amazon-act", "ACT (paragraph pairs)") == "amazon-act-paragraph"
    assert variant_key("my-engine", "v2") == "my-engine"


def test_worst_segments_come_first(two_chapters):
    _draft(two_chapters, "a.md", 2, "猫坐在垫子上。")
    _draft(two_chapters, "a.md", 3, "完全不同的句子")
    worst = worst_project_units(two_chapters, "a.md", "tm")
    assert [w.unit.source for w in worst] == ["The dog ran fast.", "The cat sat on the mat."]
    assert worst[0].bleu < worst[1].bleu == pytest.approx(100.0)


# -- post-edit effort and history -------------------------------------------------------------------
def test_post_edit_effort_from_draft_to_accepted_final(two_chapters):
    unchanged = _draft(two_chapters, "a.md", 2, "猫坐在垫子上。")
    edited = _draft(two_chapters, "a.md", 3, "狗跑得快。")
    accept_segment(two_chapters, unchanged, "猫坐在垫子上。")
    accept_segment(two_chapters, edited, "狗跑得很快。")
    no_draft = live_segments(two_chapters, "a.md")[0].id
    accept_segment(two_chapters, no_draft, "阿尔法")
    effort = chapter_effort(two_chapters, "a.md")
    assert (effort.accepted, effort.with_draft) == (3, 2)
    assert effort.unchanged == pytest.approx(0.5)
    # one character inserted into 12 characters in all (7 + 6, the longer of each pair)
    assert effort.char_edit_ratio == pytest.approx(1 / 13)
    assert effort.work_saved == pytest.approx(12 / 13)
    assert effort.hter is not None and effort.hter.value == pytest.approx(100 / 13)
    [day] = effort_by_day(two_chapters)
    assert day.effort.with_draft == 2


def test_scores_are_kept_only_when_they_change(two_chapters):
    _draft(two_chapters, "a.md", 2, "猫坐在垫子上。")
    rows = rows_of(score_project_chapter(two_chapters, "a.md"))
    first = record_if_changed(two_chapters, rows, direction="en-zh", endpoint="project drafts")
    assert first is not None
    assert record_if_changed(two_chapters, rows, direction="en-zh", endpoint="project drafts") is None
    _draft(two_chapters, "a.md", 3, "狗跑得很快。")
    rows = rows_of(score_project_chapter(two_chapters, "a.md"))
    assert record_if_changed(two_chapters, rows, direction="en-zh", endpoint="project drafts") is not None
    values = [r.score.value for r in history(two_chapters, metric="BLEU", variant="tm")]
    assert len(values) == 2 and values[1] > values[0]
    points = trend(two_chapters, metric="BLEU")
    assert [p.values["tm"] for p in points] == values


# -- reports ---------------------------------------------------------------------------------------------
def _report(two_chapters) -> Report:
    _draft(two_chapters, "a.md", 2, "猫坐在垫子上。")
    _draft(two_chapters, "b.md", 2, "猫坐在垫子上。")
    _draft(two_chapters, "b.md", 3, "鸟儿在早晨歌唱。")
    rows = rows_of(score_project_chapter(two_chapters, "a.md") + score_project_chapter(two_chapters, "b.md"))
    return Report("t", "p.amts", "en-zh", "2026-11-21", rows, {"tm": "memory"})


def test_study_table_has_a_row_per_article_and_the_average(two_chapters):
    report = _report(two_chapters)
    table = study_table(report)
    assert table[0] == ["article", "tm"]
    assert [r[0] for r in table[1:]] == ["a.md", "b.md", "average"]
    a, b = float(table[1][1]), float(table[2][1])
    assert table[3][1] == f"{(a + b) / 2:.3f}"
    assert all(len(cell.split(".")[1]) == 3 for cell in (table[1][1], table[2][1], table[3][1]))


def test_report_files_are_replaced_atomically(two_chapters, tmp_path, monkeypatch):
    report = _report(two_chapters)
    csv_path, html_path = write_report(tmp_path / "out", report)
    before = html_path.read_text(encoding="utf-8")
    assert "scores.csv" == csv_path.name and "<table>" in before

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr("amts_gui.core.fileio.os.replace", broken_replace)
    with pytest.raises(OSError):
        write_report(tmp_path / "out", Report("changed", "p", "en-zh", "now", report.rows, {}))
    assert html_path.read_text(encoding="utf-8") == before
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["report.html", "scores.csv"]


# -- amts evaluate, offline --------------------------------------------------------------------------------
def test_evaluate_offline_scores_the_memory_leave_one_out_and_says_what_it_skipped(two_chapters, tmp_path, capsys):
    from amts_gui.cli.main import main

    for var in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_PROFILE"):
        os.environ.pop(var, None)
    os.environ["AWS_SHARED_CREDENTIALS_FILE"] = str(tmp_path / "none")
    os.environ["AWS_CONFIG_FILE"] = str(tmp_path / "none")
    out = tmp_path / "report"
    code = main(["evaluate", str(two_chapters.path), "--chapters", "a.md", "b.md", "--out", str(out), "--quiet"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    lines = captured.out.splitlines()
    assert lines[0].split() == ["article", "tm"]
    assert [line.split()[0] for line in lines[2:5]] == ["a.md", "b.md", "average"]
    for variant in ("amazon-realtime", "amazon-act", "amazon-act-paragraph"):
        assert f"skipped {variant}: no AWS credentials" in captured.err
    # leave-one-out: "The dog ran fast." is only in a.md's own pairs, so the memory has nothing for it
    texts = (out / "texts" / "a.md.tm.txt").read_text(encoding="utf-8").split("\n")
    assert texts[1] == "猫坐在垫子上。" and texts[2] == ""
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Skipped variants" in html and "offline" in html
    csv_lines = (out / "scores.csv").read_text(encoding="utf-8").splitlines()
    assert csv_lines[0].startswith("chapter,variant,metric,score,score_0_1")
    assert len(csv_lines) == 1 + 2 * 3  # two chapters × BLEU, chrF, TER
    stored = history(two_chapters, metric="BLEU", kind="evaluation")
    assert {r.score.chapter for r in stored} == {"a.md", "b.md"}
    # the texts written beside the report give the same scores on the sacrebleu command line
    scored = {(r["chapter"], r["metric"]): r["score"] for r in csv.DictReader((out / "scores.csv").open())}
    options = {
        "BLEU": ["-tok", "zh"],
        "chrF": ["-m", "chrf"],
        "TER": ["-m", "ter", "--ter-asian-support", "--ter-normalized"],
    }
    for metric, extra in options.items():
        cli = subprocess.run(
            [sys.executable, "-m", "sacrebleu", str(out / "texts" / "a.md.reference.txt"), "-i"]
            + [str(out / "texts" / "a.md.tm.txt"), "-b", "-w", "4", *extra],
            capture_output=True,
            text=True,
            check=True,
        )
        assert cli.stdout.strip() == scored[("a.md", metric)], metric


def test_evaluate_an_unknown_chapter_fails_before_anything_runs(two_chapters, tmp_path, capsys):
    from amts_gui.cli.main import main

    code = main(["evaluate", str(two_chapters.path), "--chapters", "nope.md", "--out", str(tmp_path / "o")])
    assert code == 2
    assert "no chapter named 'nope.md'" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_evaluate_refuses_a_report_path_that_is_a_file(two_chapters, tmp_path, capsys):
    from amts_gui.cli.main import main

    target = tmp_path / "report.txt"
    target.write_text("mine", encoding="utf-8")
    code = main(["evaluate", str(two_chapters.path), "--chapters", "a.md", "--out", str(target), "--offline"])
    assert code == 2
    assert "--out must be a folder" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "mine"
    assert history(two_chapters, metric="BLEU", kind="evaluation") == []


def test_the_reverse_direction_translates_the_reference_language(two_chapters):
    from amts_gui.studies.leave_one_out import Evaluation

    result = Evaluation(two_chapters, variants=["tm"], direction_name="zh-en").run(["a.md"])
    assert result.direction == "zh-en"
    hyps = result.texts[("a.md", "tm")]
    assert hyps[1] == "The cat sat on the mat."  # from b.md's pair, reversed
    assert hyps[2] is None  # a.md's own pair is left out
    [score] = result.scores
    assert "tok:13a" in score.scores.bleu.signature


def test_shared_d2l_sections_evaluate_offline(tmp_path):
    from amts_gui.core.parallel.project_pairs import align_project
    from amts_gui.studies.leave_one_out import Evaluation
    from tests.conftest import shared_path

    root = shared_path("d2l")
    store = Store.create(tmp_path / "d2l.amts", "en", "zh")
    sections = sorted(p.name for p in root.iterdir() if (p / "en_origin.md").exists())
    for name in sections:
        import_chapter(
            store,
            f"{name}.md",
            (root / name / "en_origin.md").read_text(encoding="utf-8"),
            (root / name / "zh.md").read_text(encoding="utf-8"),
        )
    align_project(store)
    result = Evaluation(store, variants=["tm"]).run([f"{n}.md" for n in sections])
    assert {s.chapter for s in result.scores} == {f"{n}.md" for n in sections}
    for score in result.scores:
        assert score.units > 20 and 0 <= score.scores.bleu.value < 100
    assert Path(store.path).exists()

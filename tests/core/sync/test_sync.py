"""Three-way source sync: OLD + TRANSLATION + NEW → the updated translation."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from amts_gui.core.align.documents import AlignedPair
from amts_gui.core.project.rows import Draft
from amts_gui.core.project.segments import add_drafts, live_segments
from amts_gui.core.sync.blocks import skeleton
from amts_gui.core.sync.three_way import REVIEW_BELOW, Status, match_sentences, synchronize
from amts_gui.core.text.document import BlockKind
from amts_gui.core.text.markdown import parse
from tests.conftest import shared_path

OLD = """# Softmax

The softmax turns scores into probabilities.
It is smooth.

```python
x = softmax(o)
```
:label:`code_softmax`

A large temperature flattens it.

## Exercises

Try a small temperature.
"""

NEW = """# Softmax

## Exercises

Try a small temperature.

The softmax turns raw scores into probabilities.
It is smooth.

```python
x = softmax(o, dim=1)
```
:label:`code_softmax_v2`

Logits can be scaled first.
"""

TRANSLATION = """# Softmax

Softmax 把得分变成概率。
它是光滑的。

```python
x = softmax(o)
```
:label:`code_softmax`

较大的温度使它变平。

## 练习

试一个较小的温度。
"""


def _aligned(old: str, translation: str, confidence: float = 0.95) -> list[AlignedPair]:
    """One-to-one alignment of the two documents' sentences (the tests need no encoder)."""
    src = list(parse(old, "en").segments())
    tgt = list(parse(translation, "zh").segments())
    assert len(src) == len(tgt)
    return [AlignedPair((s.key,), (t.key,), s.text, t.text, confidence) for s, t in zip(src, tgt, strict=True)]


def _sync(old=OLD, new=NEW, translation=TRANSLATION, confidence=0.95):
    return synchronize(
        parse(old, "en"), parse(new, "en"), parse(translation, "zh"), alignment=_aligned(old, translation, confidence)
    )


def test_segments_are_classified_and_translations_carried():
    result = _sync()
    by_source = {s.source: s for s in result.segments}
    assert by_source["Softmax"].status is Status.UNCHANGED
    assert by_source["Softmax"].translation == "Softmax"
    # the longest common run keeps its place (the exercises); the paragraph that now follows them moved
    assert by_source["Exercises"].status is Status.UNCHANGED and by_source["Exercises"].translation == "练习"
    assert by_source["Try a small temperature."].status is Status.UNCHANGED
    moved = by_source["It is smooth."]
    assert moved.status is Status.MOVED and moved.translation == "它是光滑的。" and not moved.review
    changed = by_source["The softmax turns raw scores into probabilities."]
    assert changed.status is Status.CHANGED and changed.review
    assert changed.translation == "Softmax 把得分变成概率。"  # the old translation as a fuzzy draft
    assert changed.old_source == "The softmax turns scores into probabilities."
    assert [c.text for c in changed.source_diff if c.op == 1] == ["raw "]
    assert by_source["Logits can be scaled first."].status is Status.NEW
    assert by_source["Logits can be scaled first."].translation is None
    assert by_source["Logits can be scaled first."].review  # never reported as carried: flagged, with its reason
    assert [r.source for r in result.removed] == ["A large temperature flattens it."]
    assert result.removed[0].translation == "较大的温度使它变平。"
    assert result.counts() == {
        "unchanged": 3,
        "moved": 1,
        "changed": 1,
        "new": 1,
        "omitted": 0,
        "trivial": 0,
        "removed": 1,
        "review": 2,
        "untranslated": 1,
        "blocks_carried": 0,
    }
    assert result.carried_share == pytest.approx(4 / 6)


def test_output_follows_new_structure_with_its_code_and_labels():
    result = _sync()
    text = result.render().text
    assert "x = softmax(o, dim=1)" in text and "x = softmax(o)\n" not in text
    assert ":label:`code_softmax_v2`" in text and ":label:`code_softmax`\n" not in text
    assert text.index("## 练习") < text.index("试一个较小的温度。") < text.index("Softmax 把得分变成概率。")
    assert "Logits can be scaled first." in text  # new and not drafted: the source stays
    assert parse(text, "zh").render().text == text  # the output parses and round-trips
    for block in parse(NEW, "en").blocks:
        if block.kind in (BlockKind.CODE, BlockKind.DIRECTIVE):
            assert block.raw in text


def test_low_alignment_confidence_marks_a_carried_translation_for_review():
    result = _sync(confidence=REVIEW_BELOW - 0.1)
    smooth = next(s for s in result.segments if s.source == "It is smooth.")
    assert smooth.carried and smooth.review
    assert any("confidence" in r for r in smooth.reasons)


def test_matching_prefers_order_then_moves_then_similarity():
    old = ["a b c", "d e f", "g h i", "x y z"]
    new = ["g h i", "a b c", "d e f!", "new one"]
    matched, gone = match_sentences(old, new)
    assert matched[1] == (0, Status.UNCHANGED)
    assert matched[0] == (2, Status.MOVED)
    assert matched[2] == (1, Status.CHANGED)
    assert 3 not in matched and gone == {3}


def test_cli_sync_source_one_file(tmp_path, capsys):
    from amts_gui.cli.main import main

    for name, text in (("old.md", OLD), ("new.md", NEW), ("zh.md", TRANSLATION)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    out, report = tmp_path / "out.md", tmp_path / "report.json"
    args = ["sync-source", "--old", str(tmp_path / "old.md"), "--new", str(tmp_path / "new.md")]
    args += ["--translation", str(tmp_path / "zh.md"), "--out", str(out), "--report", str(report)]
    assert main(args) == 0, capsys.readouterr().err
    data = json.loads(report.read_text(encoding="utf-8"))
    assert set(data["counts"]) >= {"unchanged", "changed", "new", "removed", "moved"}
    listed = {s["status"] for s in data["segments"]}
    assert {"changed", "new"} <= listed
    assert all(re.fullmatch(r"[0-9a-f]{16}", s["id"]) for s in data["segments"])
    assert ":label:`code_softmax_v2`" in out.read_text(encoding="utf-8")


def test_cli_sync_source_refuses_bad_input_without_writing(tmp_path, capsys):
    from amts_gui.cli.main import main

    (tmp_path / "old.md").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.md").write_bytes(b"# New\n\xff\xfe not utf-8")
    (tmp_path / "zh.md").write_text(TRANSLATION, encoding="utf-8")
    out = tmp_path / "out.md"
    args = ["sync-source", "--old", str(tmp_path / "old.md"), "--new", str(tmp_path / "new.md")]
    args += ["--translation", str(tmp_path / "zh.md"), "--out", str(out)]
    assert main(args) == 2
    assert "new.md: not valid UTF-8" in capsys.readouterr().err
    assert not out.exists()
    assert main(["sync-source", "--old", str(tmp_path / "old.md")]) == 2


def test_cli_sync_source_book_pairs_renamed_files_by_label(tmp_path, capsys):
    from amts_gui.cli.main import main

    roots = {name: tmp_path / name for name in ("old", "new", "zh", "out")}
    for root in roots.values():
        root.mkdir()
    (roots["old"] / "softmax.md").write_text(OLD, encoding="utf-8")
    (roots["zh"] / "softmax.md").write_text(TRANSLATION, encoding="utf-8")
    renamed = NEW.replace(":label:`code_softmax_v2`", ":label:`code_softmax`")
    (roots["new"] / "softmax-renamed.md").write_text(renamed, encoding="utf-8")
    (roots["new"] / "brand-new.md").write_text("# Brand new\n\nNothing here yet.\n", encoding="utf-8")
    (roots["zh"] / "orphan.md").write_text("# 孤儿\n", encoding="utf-8")
    report = tmp_path / "book.json"
    args = ["sync-source", "--old-root", str(roots["old"]), "--new-root", str(roots["new"])]
    args += ["--translation-root", str(roots["zh"]), "--out-root", str(roots["out"]), "--report", str(report)]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert "orphan.md: only in the translation" in captured.err
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["renamed"] == {"softmax-renamed.md": "softmax.md"}
    assert data["untranslated"] == ["brand-new.md"]
    assert "试一个较小的温度。" in (roots["out"] / "softmax-renamed.md").read_text(encoding="utf-8")
    assert (roots["out"] / "brand-new.md").read_text(encoding="utf-8").startswith("# Brand new")
    assert not (roots["out"] / "orphan.md").exists()


# -- the shared D2L sections --------------------------------------------------------------------------
def _sections() -> list[Path]:
    root = shared_path("d2l")
    return sorted(p for p in root.iterdir() if (p / "en.md").exists() and (p / "en_origin.md").exists())


def test_shared_d2l_sections_keep_unchanged_translations_and_new_structure():
    from amts_gui.core.align.embed import default_encoder
    from amts_gui.core.sync.files import sync_chapter

    encoder = default_encoder()
    shares = {}
    for section in _sections():
        texts = [(section / n).read_text(encoding="utf-8") for n in ("en_origin.md", "en.md", "zh.md")]
        sync = sync_chapter(section.name, *texts, "en", "zh", encoder=encoder)
        shares[section.name] = sync.result.carried_share
        new_doc = parse(texts[1], "en")
        for block in new_doc.blocks:
            localized = sync.result.blocks.get(block.index)
            if localized is not None:  # the edition's own block (comments translated): the same code
                assert localized in sync.output and skeleton(parse(localized, "zh").blocks[0]) == skeleton(block)
            elif block.kind is BlockKind.CODE or ":label:" in block.raw or ":eqlabel:" in block.raw:
                assert block.raw in sync.output, (section.name, block.raw[:60])
        assert parse(sync.output, "zh").render().text == sync.output
        for seg in sync.result.segments:  # a carried translation is the old one, word for word
            if seg.status is Status.UNCHANGED and seg.translation:
                assert seg.old_source == seg.source
    barely_changed = sorted(shares.values())[2:]
    assert all(share >= 0.8 for share in barely_changed), shares
    assert min(shares.values()) > 0.2, shares


def test_reimporting_a_newer_source_keeps_the_previous_translation_as_a_draft(project, tmp_path, capsys):
    from amts_gui.cli.main import main
    from amts_gui.core.project.finals import accept_segment
    from amts_gui.core.project.review import review_rows

    src = tmp_path / "src"
    (src / "c.md").write_text("# Title\n\nThe `model` learns fast. It stops early.\n", encoding="utf-8")
    assert main(["import", str(project.path), str(src / "c.md")]) == 0
    rows = {r.source_markup: r.id for r in live_segments(project, "c.md")}
    accept_segment(project, rows["The `model` learns fast."], "⟦1⟧ 学得很快。")
    add_drafts(project, [Draft(rows["It stops early."], "它提前停止。", "tm", "tm")])

    (src / "c.md").write_text("# Title\n\nThe `net` learns fast. It stops early.\n", encoding="utf-8")
    assert main(["import", str(project.path), str(src / "c.md")]) == 0
    assert "1 new (1 changed: the previous translation kept as a draft)" in capsys.readouterr().out
    rows = {r.source: r for r in review_rows(project, "c.md")}
    changed = rows["The ⟦1⟧ learns fast."]
    assert changed.source_changed and changed.draft is not None
    assert changed.draft.engine == "sync" and changed.draft.text == "⟦1⟧ 学得很快。"  # only the code changed: repaired
    assert rows["It stops early."].draft.text == "它提前停止。"  # unchanged: kept as it was
    meta = project.db.execute("SELECT meta FROM drafts WHERE engine = 'sync'").fetchone()[0]
    assert json.loads(meta)["old_source"] == "The `model` learns fast."
    assert json.loads(meta)["trivial"] == ["code, math or roles"]
    assert changed.draft.trivial == ("code, math or roles",)


def test_a_merged_translation_is_reviewed_when_one_of_its_sentences_changed():
    old = "Alpha is first. Beta is second.\n"
    new = "Alpha is first. Beta is the second one now.\n"
    translation = "阿尔法是第一个，贝塔是第二个。\n"
    src = list(parse(old, "en").segments())
    [tgt] = list(parse(translation, "zh").segments())
    bead = AlignedPair((src[0].key, src[1].key), (tgt.key,), old.strip(), tgt.text, 0.95)
    result = synchronize(parse(old, "en"), parse(new, "en"), parse(translation, "zh"), alignment=[bead])
    first, second = result.segments
    assert first.status is Status.UNCHANGED and first.translation == "阿尔法是第一个，贝塔是第二个。"
    assert first.review and "also covers an old sentence that changed" in first.reasons[-1]
    assert second.status is Status.CHANGED and second.translation == ""

"""Chapter alignment into stored pairs, re-alignment, export options and the CLI around them."""

from __future__ import annotations

import re

import pytest

from amts_gui.cli.main import main
from amts_gui.core.align.beads import check_coverage, parse_beads
from amts_gui.core.align.documents import align_documents
from amts_gui.core.errors import InputError
from amts_gui.core.parallel.project_pairs import align_chapter, align_project, export_project_pairs, import_pairs
from amts_gui.core.parallel.tmx import read_tmx
from amts_gui.core.project.chapters import import_chapter
from amts_gui.core.project.pairs import add_pairs, list_pairs
from amts_gui.core.project.rows import NewPair
from amts_gui.core.text.markdown import parse
from tests.conftest import DEMO, shared_path

CHAPTER = "softmax-temperature.md"


def demo_docs():
    en = parse((DEMO / "en" / CHAPTER).read_text(encoding="utf-8"), "en")
    zh = parse((DEMO / "zh" / CHAPTER).read_text(encoding="utf-8"), "zh")
    return en, zh


def test_demo_chapter_aligns_sentence_by_sentence():
    en, zh = demo_docs()
    result = align_documents(en, zh)
    n_en = sum(1 for _ in en.segments())
    covered = [k for p in result.sentences for k in p.src_keys]
    assert covered == [s.key for s in en.segments()]  # every source sentence once, in order
    complete = [p for p in result.sentences if p.complete]
    assert len(complete) >= n_en - 1
    assert all(p.confidence >= 0.5 for p in complete)
    first = complete[0]
    assert (first.source, first.target) == ("Softmax Temperature", "Softmax温度")
    # inline markup travels with the text into the pair
    assert any(":numref:`sec_softmax_temperature_sampling`" in p.target for p in complete)


def test_paragraph_missing_from_the_translation_is_left_unaligned():
    en, zh = demo_docs()
    zh_text = (DEMO / "zh" / CHAPTER).read_text(encoding="utf-8")
    # drop the first body paragraph of the translation, as if the English had grown since
    first_para = re.search(r"\n\n(分类器.*?)\n\n", zh_text, re.S)
    assert first_para
    shorter = parse(zh_text.replace(first_para.group(1) + "\n\n", ""), "zh")
    result = align_documents(en, shorter)
    unaligned = {k for p in result.sentences if not p.tgt_keys for k in p.src_keys}
    en_para = next(b for b in en.blocks if b.segments and b.text.startswith("A classifier"))
    assert {s.key for s in en_para.segments} <= unaligned
    assert len(unaligned) <= len(en_para.segments) + 1
    assert not any(p.complete and "分类器通常" in p.target for p in result.sentences)


def test_align_stores_pairs_and_realign_keeps_accepted_edits(sample_store):
    result = align_chapter(sample_store, CHAPTER)
    # the demo chapter and its translation match sentence for sentence
    assert (result.sentence_pairs, result.paragraph_pairs, result.flagged) == (30, 25, 0)
    assert result.levels == {"high": 30, "medium": 0, "low": 0, "flagged": 0}
    assert (result.unaligned_source, result.unaligned_target) == (0, 0)
    rows = list(list_pairs(sample_store, granularity="sentence"))
    assert all(r.origin == "aligned" and r.chapter == CHAPTER and r.confidence is not None for r in rows)
    assert all(r.segment_id for r in rows)
    add_pairs(sample_store, [NewPair("Accepted.", "已接受。", "accepted")])
    again = align_chapter(sample_store, CHAPTER)
    assert again.sentence_pairs == result.sentence_pairs
    origins = [r.origin for r in list_pairs(sample_store)]
    assert origins.count("accepted") == 1
    assert origins.count("aligned") == result.sentence_pairs + result.paragraph_pairs


def test_chapter_without_reference_is_a_clear_error(project, tmp_path):
    import_chapter(project, "lonely.md", "# Title\n\nSome text here.\n")
    with pytest.raises(InputError, match="lonely.md: has no reference translation"):
        align_chapter(project, "lonely.md")
    assert align_project(project) == []


def test_export_excludes_a_chapter_and_low_confidence(sample_store, tmp_path):
    align_project(sample_store)
    add_pairs(sample_store, [NewPair("Accepted one.", "已接受的一句。", "accepted")])
    out = tmp_path / "all.tmx"
    report = export_project_pairs(sample_store, out, "tmx")
    units = read_tmx(out)
    assert report.written == len(list(units)) == 31  # 30 aligned sentences and the accepted edit
    report = export_project_pairs(sample_store, tmp_path / "loo.tmx", "tmx", exclude_chapters=[CHAPTER])
    assert report.written == 1  # only the accepted edit is left
    para = export_project_pairs(sample_store, tmp_path / "para.tsv", "tsv", granularity="paragraph")
    assert (para.written, para.notes) == (25, [])


def test_import_skips_pairs_already_imported(sample_store, tmp_path):
    align_project(sample_store)
    out = tmp_path / "mem.tmx"
    export_project_pairs(sample_store, out, "tmx")
    first = import_pairs(sample_store, out)
    second = import_pairs(sample_store, out)
    assert first.added > 0 and second.added == 0 and second.duplicates == first.added


def test_cli_align_sents_prints_covering_beads(tmp_path, capsys):
    src = tmp_path / "en.txt"
    tgt = tmp_path / "zh.txt"
    src.write_text("The cat sat on the mat.\nIt was happy.\nThen it slept all afternoon.\n", encoding="utf-8")
    tgt.write_text("猫坐在垫子上。\n它很开心。\n然后它睡了一下午。\n", encoding="utf-8")
    assert main(["align-sents", "--src-lang", "en", "--tgt-lang", "zh", str(src), str(tgt)]) == 0
    out = capsys.readouterr().out
    assert out == "[0]:[0]\n[1]:[1]\n[2]:[2]\n"
    check_coverage(parse_beads(out), 3, 3)


def test_cli_align_sents_bad_input(tmp_path, capsys):
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\xff")
    assert main(["align-sents", "--src-lang", "en", "--tgt-lang", "zh", str(binary), str(binary)]) == 2
    assert "b.txt" in capsys.readouterr().err


def test_cli_align_and_export_report(sample_store, tmp_path, capsys):
    path = str(sample_store.path)
    assert main(["align", path, "--quiet"]) == 0
    out = capsys.readouterr().out
    assert re.search(rf"{CHAPTER}: \d+ sentence pairs \(\d+ high", out)
    assert main(["pairs", "export", path, "--format", "csv", "--out", str(tmp_path / "p.csv")]) == 0
    assert re.search(r"wrote .*p.csv: \d+ pairs; 0 skipped", capsys.readouterr().out)
    assert main(["pairs", "export", path, "--out", str(tmp_path / "x.tmx"), "--exclude-chapter", "nope.md"]) == 2
    assert "no chapter named 'nope.md'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["pairs", "export", path, "--out", str(tmp_path / "y.tmx"), "--min-confidence", "2"])
    assert exit_info.value.code == 2
    assert "--min-confidence: must be between 0 and 1" in capsys.readouterr().err


def test_shared_d2l_sections_align_with_few_doubts():
    root = shared_path("d2l", "sentiment-analysis-and-dataset")
    en = parse((root / "en_origin.md").read_text(encoding="utf-8"), "en")
    zh = parse((root / "zh.md").read_text(encoding="utf-8"), "zh")
    result = align_documents(en, zh)
    complete = [p for p in result.sentences if p.complete]
    assert len(complete) >= 28
    assert sum(p.confidence < 0.5 for p in complete) <= 1


def test_shared_en_es_sections_align():
    root = shared_path("en-es", "hf-course-ch6-6-wordpiece")
    en = parse((root / "en.mdx").read_text(encoding="utf-8"), "en")
    es = parse((root / "es.mdx").read_text(encoding="utf-8"), "es")
    result = align_documents(en, es)
    complete = [p for p in result.sentences if p.complete]
    assert len(complete) >= 0.9 * sum(1 for _ in en.segments())
    assert all(p.confidence >= 0.5 for p in complete)


def test_cli_align_sents_batch_writes_one_file_per_pair_like_single_runs(tmp_path, capsys):
    pairs = [
        ("The cat sat on the mat.\nIt was happy.\n", "猫坐在垫子上。\n它很开心。\n"),
        ("A model learns.\nThe loss falls.\nWe stop early.\n", "模型在学习。\n损失下降。\n我们提前停止。\n"),
    ]
    lines = []
    for k, (en, zh) in enumerate(pairs):
        (tmp_path / f"en{k}.txt").write_text(en, encoding="utf-8")
        (tmp_path / f"zh{k}.txt").write_text(zh, encoding="utf-8")
        lines.append(f"en{k}.txt\tzh{k}.txt\tout/{k}.beads")
    listing = tmp_path / "list.tsv"
    listing.write_text("# source, target, output\n" + "\n".join(lines) + "\n", encoding="utf-8")
    assert main(["align-sents", "--src-lang", "en", "--tgt-lang", "zh", "--batch", str(listing)]) == 0
    for k in range(len(pairs)):
        capsys.readouterr()
        single = ["align-sents", "--src-lang", "en", "--tgt-lang", "zh"]
        assert main([*single, str(tmp_path / f"en{k}.txt"), str(tmp_path / f"zh{k}.txt")]) == 0
        assert (tmp_path / "out" / f"{k}.beads").read_text(encoding="utf-8") == capsys.readouterr().out


def test_cli_align_sents_batch_checks_the_whole_list_before_writing(tmp_path, capsys):
    (tmp_path / "en.txt").write_text("One.\n", encoding="utf-8")
    (tmp_path / "zh.txt").write_text("一。\n", encoding="utf-8")
    listing = tmp_path / "list.tsv"
    listing.write_text("en.txt\tzh.txt\tfirst.beads\nen.txt\tmissing.txt\tsecond.beads\n", encoding="utf-8")
    assert main(["align-sents", "--src-lang", "en", "--tgt-lang", "zh", "--batch", str(listing)]) == 2
    err = capsys.readouterr().err
    assert "list.tsv:2:" in err and "missing.txt: no such file" in err
    assert not (tmp_path / "first.beads").exists()
    listing.write_text("en.txt zh.txt out.beads\n", encoding="utf-8")
    assert main(["align-sents", "--src-lang", "en", "--tgt-lang", "zh", "--batch", str(listing)]) == 2
    assert "want SRC.txt<TAB>TGT.txt<TAB>OUT.txt" in capsys.readouterr().err
    assert main(["align-sents", "--src-lang", "en", "--tgt-lang", "zh", "--batch", str(listing), "en.txt"]) == 2


def test_a_realign_encodes_only_the_new_sentences(sample_store):
    from amts_gui.core.align.embed import default_encoder
    from amts_gui.core.parallel.cached_encoder import CachedEncoder
    from amts_gui.core.project.chapters import import_chapter, list_chapters, source_text

    chapter = list_chapters(sample_store)[0].path
    first = CachedEncoder(default_encoder(), sample_store)
    align_chapter(sample_store, chapter, encoder=first)
    assert first.encoded > 20
    again = CachedEncoder(default_encoder(), sample_store)
    align_chapter(sample_store, chapter, encoder=again)
    assert again.encoded == 0
    changed = source_text(sample_store, chapter) + "\n\nA brand new closing paragraph of one sentence.\n"
    reference = sample_store.db.execute("SELECT text FROM chapter_references").fetchone()[0]
    import_chapter(sample_store, chapter, changed, reference, chapter)
    third = CachedEncoder(default_encoder(), sample_store)
    align_chapter(sample_store, chapter, encoder=third)
    assert 1 <= third.encoded <= 3


def test_aligning_the_book_again_skips_chapters_that_did_not_change(sample_store, capsys):
    from amts_gui.core.project.chapters import import_chapter, list_chapters, source_text

    path = str(sample_store.path)
    assert main(["align", path, "--quiet"]) == 0
    first = capsys.readouterr().out
    assert "unchanged" not in first
    pairs = sorted((p.source, p.target) for p in list_pairs(sample_store))
    assert main(["align", path, "--quiet"]) == 0
    assert "unchanged since it was aligned" in capsys.readouterr().out
    assert sorted((p.source, p.target) for p in list_pairs(sample_store)) == pairs
    assert main(["align", path, "--quiet", "--threshold", "0.6"]) == 0  # another threshold: aligned again
    assert "unchanged" not in capsys.readouterr().out
    chapter = list_chapters(sample_store)[0].path
    reference = sample_store.db.execute("SELECT text FROM chapter_references").fetchone()[0]
    import_chapter(sample_store, chapter, source_text(sample_store, chapter) + "\n\nOne more sentence.\n", reference)
    [result] = align_project(sample_store, threshold=0.6)
    assert not result.unchanged
    [again] = align_project(sample_store, threshold=0.6)
    assert again.unchanged and again.sentence_pairs == result.sentence_pairs
    [forced] = align_project(sample_store, threshold=0.6, force=True)
    assert not forced.unchanged


def test_a_project_is_encoded_a_few_chapters_at_a_time_each_sentence_once(sample_store, monkeypatch):
    """The new sentences of several small chapters go to the encoder in one call (its batches stay
    full), each sentence once; the chapters align as they do one by one; Cancel stops between them."""
    import amts_gui.core.parallel.project_pairs as project_pairs
    from amts_gui.core.align.embed import default_encoder
    from amts_gui.core.project.chapters import list_chapters, source_text

    first = list_chapters(sample_store)[0].path
    reference = sample_store.db.execute("SELECT text FROM chapter_references").fetchone()[0]
    for copy in ("b/copy.md", "c/copy.md"):
        import_chapter(sample_store, copy, source_text(sample_store, first) + "\n\nOnly in the copies.\n", reference)
    single = {c.path: align_chapter(sample_store, c.path) for c in list_chapters(sample_store)}

    class Counting:
        def __init__(self, inner) -> None:  # noqa: ANN001
            self.inner, self.calls = inner, []
            self.name, self.version, self.pooled_ok = inner.name, inner.version, inner.pooled_ok

        def units(self, texts):  # noqa: ANN001, ANN201
            self.calls.append(list(texts))
            return self.inner.units(texts)

        def head(self, pooled, tokens):  # noqa: ANN001, ANN201
            return self.inner.head(pooled, tokens)

    sample_store.db.execute("DELETE FROM embeddings")
    counting = Counting(default_encoder())
    results = align_project(sample_store, encoder=counting, force=True)
    assert len(counting.calls) == 1  # three chapters, one call
    encoded = counting.calls[0]
    assert len(encoded) == len(set(encoded))  # the copies' shared sentences once
    assert "Only in the copies." in encoded
    assert [r.chapter for r in results] == sorted(single)
    assert all(r.sentence_pairs == single[r.chapter].sentence_pairs for r in results)

    monkeypatch.setattr(project_pairs, "_ENCODE_TOGETHER", 1)  # a group per chapter, so Cancel is seen
    asked = []
    stopped = align_project(sample_store, force=True, cancelled=lambda: len(asked) >= 2 or asked.append(1) is not None)
    assert len(stopped) == 1


def test_a_sentence_the_translation_left_in_english_is_a_flagged_pair(project):
    source = "# Title\n\nWe draw the weights. Pooling has no parameters. We stop here.\n"
    reference = "# 标题\n\n我们抽取权重。Pooling has no parameters. 我们到此为止。\n"
    import_chapter(project, "left.md", source, reference, "left.md")
    align_chapter(project, "left.md")
    pairs = {r.source: r for r in list_pairs(project, granularity="sentence")}
    assert pairs["Pooling has no parameters."].flagged  # no pair to learn from
    assert not pairs["We draw the weights."].flagged

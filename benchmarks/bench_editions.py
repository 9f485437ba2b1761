"""The community editions of D2L (Japanese, Korean, Turkish) through the tool's stages, per language.

Run: python3 benchmarks/bench_editions.py [--lang ja --lang ko --lang tr] [--chapters N]

For each edition in ``../shared/data/d2l-book-LANG`` (every chapter beside its English original, or the
first N in path order):

- **round trip**: chapters whose English and translation parse and write back byte for byte;
- **segments, sentence pairs, flagged**: the English sentences, the complete sentence beads of the
  alignment, and those under the confidence threshold; the share of the edition's sentences that stand
  in unflagged pairs;
- **gold**: strict precision, recall and F1 of the alignment's beads on the hand-made gold of
  ``benchmarks/align-gold-editions/LANG.txt`` (see its README);
- **QA findings per 1,000 sentences, by kind**, on the edition's sentences of the aligned pairs, with the
  language's default rules (punctuation, numbers, emphasis), and the sentence ends glued to the next
  sentence in the edition's files (``amts check``), where the language wants a space;
- **seconds** of each stage (parse, align, QA) and the time of the sentence encoder's load apart.

Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
GOLD = Path(__file__).resolve().parent / "align-gold-editions"
sys.path.insert(0, str(REPO))

from amts_gui.core.align.documents import AlignedPair, align_documents  # noqa: E402
from amts_gui.core.parallel.project_pairs import confidence_level  # noqa: E402
from amts_gui.core.text.document import Document  # noqa: E402
from amts_gui.core.text.file_check import glued_sentence_ends  # noqa: E402
from amts_gui.core.text.markdown import parse  # noqa: E402
from amts_gui.core.text.punctuation import DECIMAL_COMMA, default_rules, punctuation_findings  # noqa: E402
from amts_gui.core.text.qa import emphasis_findings, number_findings  # noqa: E402

Bead = tuple[tuple[int, ...], tuple[int, ...]]


def chapters(lang: str, limit: int | None) -> list[Path]:
    root = SHARED / f"d2l-book-{lang}"
    found = sorted(
        p.relative_to(root / lang)
        for p in (root / lang).rglob("*.md")
        if (root / "en_origin" / p.relative_to(root / lang)).exists()
    )
    return found[:limit] if limit else found


def read_gold(lang: str) -> dict[str, list[tuple[int, int, int, int, list[Bead]]]]:
    """Chapter → (English block, translation block, English sentences, translation sentences, beads)."""
    gold: dict[str, list[tuple[int, int, int, int, list[Bead]]]] = {}
    for line in (GOLD / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
        chapter, src_block, tgt_block, counts, *beads = line.split()
        n_src, n_tgt = (int(n) for n in counts.split(":"))
        parsed = [
            (tuple(int(i) for i in a.split(",")), tuple(int(j) for j in b.split(",")))
            for a, b in (bead.split(":") for bead in beads)
        ]
        gold.setdefault(chapter, []).append((int(src_block), int(tgt_block), n_src, n_tgt, parsed))
    return gold


def _block_beads(pairs: list[AlignedPair], src_block: int, tgt_block: int) -> list[Bead]:
    """The alignment's complete beads inside one English block and one translation block, by ordinal."""
    out = []
    for pair in pairs:
        if pair.complete and all(k[0] == src_block for k in pair.src_keys):
            if all(k[0] == tgt_block for k in pair.tgt_keys):
                out.append((tuple(k[1] for k in pair.src_keys), tuple(k[1] for k in pair.tgt_keys)))
            else:
                out.append((tuple(k[1] for k in pair.src_keys), (-1,)))  # a bead that leaves the block
    return out


def _ordinals(doc: Document, block: int) -> int:
    return len(doc.blocks[block].segments)


def score_gold(entries: list[Any], source: Document, target: Document, pairs: list[AlignedPair]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for src_block, tgt_block, n_src, n_tgt, beads in entries:
        if _ordinals(source, src_block) != n_src or _ordinals(target, tgt_block) != n_tgt:
            counts["stale"] += 1
            continue
        found = set(_block_beads(pairs, src_block, tgt_block))
        counts["gold"] += len(beads)
        counts["found"] += len(found)
        counts["right"] += len(found & set(beads))
        counts["sentences"] += n_src
    return counts


def _qa(pairs: list[AlignedPair], source: Document, target: Document, rules: tuple[str, ...]) -> Counter[str]:
    """QA of the edition's sentences against their English, code, math and links masked on both sides
    (placeholders are numbered per side, so their own check is left out)."""
    english = {s.key: s for s in source.segments()}
    translated = {s.key: s for s in target.segments()}
    kinds: Counter[str] = Counter()
    for pair in pairs:
        if not pair.complete:
            continue
        src = " ".join(english[k].source for k in pair.src_keys)
        tgt = " ".join(translated[k].source for k in pair.tgt_keys)
        findings = (
            number_findings(src, tgt, decimal_comma=DECIMAL_COMMA in rules)
            + emphasis_findings(src, tgt)
            + punctuation_findings(tgt, rules)
        )
        for finding in findings:
            kinds[finding.kind.name.lower()] += 1
    return kinds


def edition(lang: str, limit: int | None, encoder: Any) -> dict[str, Any]:
    root = SHARED / f"d2l-book-{lang}"
    gold = read_gold(lang) if (GOLD / f"{lang}.txt").exists() else {}
    rules = default_rules(lang)
    seconds: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    scored: Counter[str] = Counter()
    files = chapters(lang, limit)
    for rel in files:
        begin = time.perf_counter()
        english = (root / "en_origin" / rel).read_text(encoding="utf-8")
        translated = (root / lang / rel).read_text(encoding="utf-8")
        source, target = parse(english, "en"), parse(translated, lang)
        totals["round_trip"] += source.render().text == english and target.render().text == translated
        seconds["parse"] += time.perf_counter() - begin
        begin = time.perf_counter()
        pairs = list(align_documents(source, target, encoder=encoder).sentences)
        seconds["align"] += time.perf_counter() - begin
        begin = time.perf_counter()
        kinds += _qa(pairs, source, target, rules)
        if "sentence-space" in rules:  # a file-level finding: inside the tool each sentence is a segment
            kinds["glued_sentence_ends"] += len(glued_sentence_ends(target))
        seconds["qa"] += time.perf_counter() - begin
        complete = [p for p in pairs if p.complete]
        unflagged = [p for p in complete if confidence_level(p.confidence) != "flagged"]
        totals["segments"] += sum(1 for _ in source.segments())
        totals["target_sentences"] += sum(1 for _ in target.segments())
        totals["pairs"] += len(complete)
        totals["flagged"] += len(complete) - len(unflagged)
        totals["target_in_unflagged"] += sum(len(p.tgt_keys) for p in unflagged)
        if str(rel) in gold:
            scored += score_gold(gold[str(rel)], source, target, pairs)
    per_thousand = {k: round(1000 * v / max(1, totals["target_sentences"]), 1) for k, v in sorted(kinds.items())}
    precision = scored["right"] / max(1, scored["found"])
    recall = scored["right"] / max(1, scored["gold"])
    return {
        "chapters": len(files),
        "round_trip_exact": totals["round_trip"],
        "segments": totals["segments"],
        "target_sentences": totals["target_sentences"],
        "sentence_pairs": totals["pairs"],
        "flagged": totals["flagged"],
        "target_in_unflagged_pairs": round(totals["target_in_unflagged"] / max(1, totals["target_sentences"]), 4),
        "gold": {
            "paragraphs_stale": scored["stale"],
            "sentences": scored["sentences"],
            "beads": scored["gold"],
            "strict_precision": round(precision, 4),
            "strict_recall": round(recall, 4),
            "strict_f1": round(2 * precision * recall / max(1e-9, precision + recall), 4),
        },
        "qa_rules": list(rules),
        "qa_findings_per_1000_sentences": per_thousand,
        "seconds": {k: round(v, 2) for k, v in seconds.items()},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", choices=("ja", "ko", "tr"))
    parser.add_argument("--chapters", type=int, default=None, help="only the first N chapters of each edition")
    args = parser.parse_args()
    langs = args.lang or ["ja", "ko", "tr"]
    missing = [lang for lang in langs if not (SHARED / f"d2l-book-{lang}").exists()]
    if missing:
        print(json.dumps({"skipped": f"needs the editions at {SHARED}/d2l-book-{{{','.join(missing)}}}"}))
        return 0
    from amts_gui.core.align.embed import default_encoder

    begin = time.perf_counter()
    encoder = default_encoder()
    encoder.units(["warm up"])
    load = time.perf_counter() - begin
    result = {lang: edition(lang, args.chapters, encoder) for lang in langs}
    print(json.dumps({"encoder_load_seconds": round(load, 2), "editions": result}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

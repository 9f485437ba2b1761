"""Sentence alignment: quality on the dev gold, speed, and pairs per shared D2L section, as JSON.

    python3 benchmarks/bench_align.py [--set d2l-dev] [--set mac-dev] [--no-baseline] [--no-sections]

- ``sets``: strict and lax P/R/F1 of the AMTS aligner and of the length-only
  Gale-Church baseline (``amts_gui/core/align/galechurch.py``) on each dev set, and
  their speed in sentences per second (source plus target sentences over wall
  time, embeddings included, the one-off model load reported apart as
  ``model_load_seconds``). MAC gold is zh→en (left = zh) and is scored so.
- ``confidence``: how often beads at each confidence level are exactly right
  (strict precision per level, both dev sets together), which is what the
  flagging threshold rests on.
- ``sections``: for each section in ../shared/data/d2l, the pairs that
  ``amts align`` stores for en_origin.md → zh.md (the English the Chinese was
  translated from) and for en.md → zh.md (the current, newer English), per
  confidence level, with the time taken; likewise for the en→es sections.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from amts_gui.core.align.beads import AlignmentScores, BeadIds, parse_beads, score_alignments

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
GOLD = SHARED / "align-gold"
# set -> (left folder, right folder, left language, right language)
SETS = {"d2l-dev": ("en", "zh", "en", "zh"), "mac-dev": ("zh", "en", "zh", "en")}
Doc = tuple[str, list[str], list[str], list[BeadIds]]


def load_set(name: str) -> list[Doc]:
    folder = GOLD / name
    left, right, _, _ = SETS[name]
    docs = []
    for gold in sorted((folder / "gold").glob("*.align")):
        src = (folder / left / gold.stem).read_text(encoding="utf-8").splitlines()
        tgt = (folder / right / gold.stem).read_text(encoding="utf-8").splitlines()
        docs.append((gold.stem, src, tgt, parse_beads(gold.read_text(encoding="utf-8"), where=str(gold))))
    return docs


def prf(scores: AlignmentScores) -> dict[str, Any]:
    def one(x: Any) -> dict[str, float]:
        return {"precision": round(x.precision, 4), "recall": round(x.recall, 4), "f1": round(x.f1, 4)}

    return {"strict": one(scores.strict), "lax": one(scores.lax)}


def run(docs: list[Doc], align: Callable[[list[str], list[str]], list[BeadIds]]) -> dict[str, Any]:
    results = []
    sentences = 0
    start = time.perf_counter()
    for _name, src, tgt, gold in docs:
        results.append((align(src, tgt), gold))
        sentences += len(src) + len(tgt)
    elapsed = time.perf_counter() - start
    return {
        **prf(score_alignments(results)),
        "sentences": sentences,
        "seconds": round(elapsed, 3),
        "sentences_per_second": round(sentences / elapsed),
    }


def confidence_levels(sets: Sequence[str], encoder: Any) -> dict[str, Any]:
    from amts_gui.core.align.aligner import align_sentences
    from amts_gui.core.parallel.project_pairs import confidence_level

    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for name in sets:
        _, _, sl, tl = SETS[name]
        for _doc, src, tgt, gold in load_set(name):
            gold_set = set(gold)
            for bead in align_sentences(src, tgt, sl, tl, encoder=encoder):
                if bead.src and bead.tgt:
                    level = confidence_level(bead.confidence)
                    total[level] += 1
                    right[level] += bead.ids in gold_set
    return {
        level: {"beads": total[level], "strict_precision": round(right[level] / total[level], 4)}
        for level in ("high", "medium", "low", "flagged")
        if total[level]
    }


def _section_row(source: Any, target: Any, encoder: Any) -> dict[str, Any]:
    from amts_gui.core.align.documents import align_documents
    from amts_gui.core.parallel.project_pairs import confidence_level

    start = time.perf_counter()
    result = align_documents(source, target, encoder=encoder)
    elapsed = time.perf_counter() - start
    complete = [p for p in result.sentences if p.complete]
    levels = Counter(confidence_level(p.confidence) for p in complete)
    return {
        "sentence_pairs": len(complete),
        **{level: levels.get(level, 0) for level in ("high", "medium", "low", "flagged")},
        "paragraph_pairs": sum(1 for p in result.paragraphs if p.complete),
        "unaligned_source": sum(len(p.src_keys) for p in result.sentences if not p.tgt_keys),
        "unaligned_target": sum(len(p.tgt_keys) for p in result.sentences if not p.src_keys),
        "sentences": sum(1 for _ in source.segments()) + sum(1 for _ in target.segments()),
        "seconds": round(elapsed, 3),
    }


def sections(encoder: Any) -> dict[str, Any]:
    from amts_gui.core.text.markdown import parse

    def read(path: Path, lang: str) -> Any:
        return parse(path.read_text(encoding="utf-8"), lang)

    out: dict[str, Any] = {}
    for folder in sorted(p for p in (SHARED / "d2l").iterdir() if (p / "zh.md").is_file()):
        zh = read(folder / "zh.md", "zh")
        out[folder.name] = {
            f"{english} → zh.md": _section_row(read(folder / english, "en"), zh, encoder)
            for english in ("en_origin.md", "en.md")
        }
    for folder in sorted(p for p in (SHARED / "en-es").iterdir() if (p / "es.mdx").is_file()):
        source, target = read(folder / "en.mdx", "en"), read(folder / "es.mdx", "es")
        out[f"en-es/{folder.name}"] = {"en.mdx → es.mdx": _section_row(source, target, encoder)}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", action="append", choices=sorted(SETS))
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--no-sections", action="store_true")
    parser.add_argument(
        "--through-cache",
        action="store_true",
        help="encode through a project's embedding cache (float16), as `amts align` does",
    )
    args = parser.parse_args(argv)
    if not GOLD.is_dir():
        print(json.dumps({"skipped": f"{GOLD} not found (../shared beside the repository)"}))
        return 0
    from amts_gui.core.align.aligner import align_sentences
    from amts_gui.core.align.embed import default_encoder
    from amts_gui.core.align.galechurch import gale_church

    start = time.perf_counter()
    encoder: Any = default_encoder()
    out: dict[str, Any] = {"model_load_seconds": round(time.perf_counter() - start, 3), "workers": encoder.workers}
    if args.through_cache:
        import tempfile

        from amts_gui.core.parallel.cached_encoder import CachedEncoder
        from amts_gui.core.project.store import Store

        folder = Path(tempfile.mkdtemp(prefix="amts-bench-align-"))
        encoder = CachedEncoder(encoder, Store.create(folder / "cache.amts", "en", "zh"))
        out["through_cache"] = True
    names = args.set or sorted(SETS)
    out["sets"] = {}
    for name in names:
        docs = load_set(name)
        sl, tl = SETS[name][2], SETS[name][3]

        def amts(src: list[str], tgt: list[str], sl: str = sl, tl: str = tl) -> list[BeadIds]:
            return [b.ids for b in align_sentences(src, tgt, sl, tl, encoder=encoder)]

        row = {"amts": run(docs, amts)}
        if not args.no_baseline:
            row["gale_church"] = run(docs, gale_church)
        out["sets"][name] = row
    out["confidence"] = confidence_levels(names, encoder)
    if not args.no_sections and (SHARED / "d2l").is_dir():
        out["sections"] = sections(encoder)
    json.dump(out, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

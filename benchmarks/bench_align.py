"""Sentence-alignment quality and speed on the dev gold in ../shared, printed as JSON.

    python3 benchmarks/bench_align.py [--set d2l-dev|mac-dev] [--no-baseline]

For each dev set: strict and lax P/R/F1 of the AMTS aligner and of the
length-only Gale-Church baseline, and sentences per second (source plus target
sentences, divided by wall time; the one-off model load is reported apart).
MAC gold is zh→en (left = zh); it is scored in that direction.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from amts_gui.core.beads import parse_beads, score_alignments

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "align-gold"
# (folder, source-side subfolder, target-side subfolder, languages)
SETS = {
    "d2l-dev": ("en", "zh", "en", "zh"),
    "mac-dev": ("zh", "en", "zh", "en"),
}


def load_set(name: str) -> list[tuple[str, list[str], list[str], list]]:
    folder = SHARED / name
    left, right, _, _ = SETS[name]
    docs = []
    for gold in sorted((folder / "gold").glob("*.align")):
        doc = gold.stem
        src = (folder / left / doc).read_text(encoding="utf-8").splitlines()
        tgt = (folder / right / doc).read_text(encoding="utf-8").splitlines()
        docs.append((doc, src, tgt, parse_beads(gold.read_text(encoding="utf-8"), where=str(gold))))
    return docs


def prf(scores) -> dict:  # type: ignore[no-untyped-def]
    def one(x) -> dict:  # type: ignore[no-untyped-def]
        return {"precision": round(x.precision, 4), "recall": round(x.recall, 4), "f1": round(x.f1, 4)}

    return {"strict": one(scores.strict), "lax": one(scores.lax)}


def run_aligner(name: str, docs, align) -> dict:  # type: ignore[no-untyped-def]
    results = []
    sentences = 0
    start = time.perf_counter()
    for _doc, src, tgt, gold in docs:
        beads = align(src, tgt)
        results.append(([b for b in beads], gold))
        sentences += len(src) + len(tgt)
    elapsed = time.perf_counter() - start
    scores = score_alignments(results)
    return {
        **prf(scores),
        "sentences": sentences,
        "seconds": round(elapsed, 3),
        "sentences_per_second": round(sentences / elapsed),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", action="append", choices=sorted(SETS))
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(json.dumps({"skipped": f"{SHARED} not found"}))
        return 0
    from amts_gui.core.align import align_sentences
    from amts_gui.core.embed import default_encoder
    from amts_gui.core.galechurch import gale_church

    t = time.perf_counter()
    encoder = default_encoder()
    out: dict = {"model_load_seconds": round(time.perf_counter() - t, 3), "sets": {}}
    for name in args.set or sorted(SETS):
        docs = load_set(name)
        _, _, sl, tl = SETS[name]
        row = {
            "amts": run_aligner(
                name, docs, lambda s, t: [b.ids for b in align_sentences(s, t, sl, tl, encoder=encoder)]
            )
        }
        if not args.no_baseline:
            row["gale_church"] = run_aligner(name, docs, gale_church)
        out["sets"][name] = row
    json.dump(out, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

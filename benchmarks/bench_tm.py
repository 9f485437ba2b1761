"""Translation-memory lookup latency with 100,000 pairs, for English and for Chinese sources, as JSON.

Run: python3 benchmarks/bench_tm.py [--pairs N] [--queries N] [--seed N]

The memory is synthetic but shaped like real prose: sentences are drawn from a token-bigram
Markov chain trained on real chapters (the demo chapter, plus the D2L sections in ../shared/data
when present), so common bigrams ("of the", "的模") are as common as in a book. Queries are one
third exact sources, one third sources with 1-3 tokens edited (fuzzy hits), and one third fresh
sentences (mostly misses): every kind of lookup a translator triggers. Prints one JSON object per
source language with p50_ms, p95_ms, pairs and source_lang.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections import defaultdict
from pathlib import Path

from amts_gui.core.memory.index import Entry, TranslationMemory, tokenize
from amts_gui.core.memory.thresholds import STUDY_MIN_SCORE
from amts_gui.core.text.markdown import parse

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data" / "d2l"


def corpus(lang: str) -> list[list[str]]:
    files = [REPO / "resources" / "demo" / lang / "softmax-temperature.md"]
    if SHARED.exists():
        files += sorted(SHARED.glob(f"*/{lang}.md"))
    sentences = []
    for path in files:
        for seg in parse(path.read_text(encoding="utf-8"), lang).segments():
            toks = list(tokenize(seg.text).raw)
            if len(toks) >= 4:
                sentences.append(toks)
    return sentences


class Chain:
    def __init__(self, sentences: list[list[str]]) -> None:
        self.next: dict[str, list[str]] = defaultdict(list)
        self.lengths = [len(s) for s in sentences]
        for s in sentences:
            for a, b in zip(["<s>", *s], s, strict=False):
                self.next[a].append(b)
        self.vocab = sorted({t for s in sentences for t in s})

    def sentence(self, rng: random.Random) -> list[str]:
        n = rng.choice(self.lengths)
        out, prev = [], "<s>"
        while len(out) < n:
            prev = rng.choice(self.next.get(prev) or self.vocab)
            out.append(prev)
        return out


def join(tokens: list[str], lang: str) -> str:
    return ("" if lang == "zh" else " ").join(tokens)


def bench(lang: str, pairs: int, queries: int, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    chain = Chain(corpus(lang))
    sources = [join(chain.sentence(rng), lang) + f" {i}" for i in range(pairs)]
    entries = [Entry(s, f"T{i}", i, "aligned", "") for i, s in enumerate(sources)]
    start = time.perf_counter()
    memory = TranslationMemory(entries, min_score=STUDY_MIN_SCORE)  # as in the recorded results
    build = time.perf_counter() - start
    texts = []
    for q in range(queries):
        kind = q % 3
        if kind == 0:
            texts.append(rng.choice(sources))
        elif kind == 1:
            toks = list(tokenize(rng.choice(sources)).raw)
            for _ in range(rng.randint(1, 3)):
                toks[rng.randrange(len(toks))] = rng.choice(chain.vocab)
            texts.append(join(toks, lang))
        else:
            texts.append(join(chain.sentence(rng), lang))
    times, hits = [], 0
    for text in texts:
        t0 = time.perf_counter()
        match = memory.lookup(text)
        times.append((time.perf_counter() - t0) * 1000)
        hits += match is not None
    times.sort()
    return {
        "source_lang": lang,
        "pairs": len(memory),
        "queries": queries,
        "p50_ms": round(statistics.median(times), 3),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 3),
        "max_ms": round(times[-1], 3),
        "hit_rate": round(hits / queries, 3),
        "build_s": round(build, 2),
        "corpus": "demo + shared D2L" if SHARED.exists() else "demo only",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for lang in ("en", "zh"):
        print(json.dumps(bench(lang, args.pairs, args.queries, args.seed)))


if __name__ == "__main__":
    main()

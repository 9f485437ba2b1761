"""Precision and recall of glossary term matching on a hand-annotated sample of the shared D2L sections.

The gold file (``benchmarks/annotations/term-matching-gold.json``) lists, for every fifth segment of the
five sections, the glossary entries used there in the glossary's sense.  The finder's matches are
compared entry by entry (as multisets per segment).  Prints JSON: precision, recall and every miss;
and, over every segment of the book's ``en_origin``, the matches of words that only start like a term
(issue 31: Transformer(s) as *transform*, important as *import*, labeled as *label*…), which must be none,
and the plural abbreviations found (RNNs, LSTMs, GRUs).  Needs ../shared (skips with a reason otherwise).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from amts_gui.core.terms.files import read_glossary  # noqa: E402
from amts_gui.core.text.terms import TermFinder  # noqa: E402

SHARED = REPO.parent / "shared" / "data"
SAMPLES = {
    "tuning": REPO / "benchmarks" / "annotations" / "term-matching-gold.json",
    "held_out": REPO / "benchmarks" / "annotations" / "term-matching-heldout.json",
}


def sample_segments(every: int, offset: int) -> dict[str, str]:
    from amts_gui.core.text.markdown import parse

    found: dict[str, str] = {}
    for section in sorted(p for p in (SHARED / "d2l").iterdir() if (p / "en_origin.md").is_file()):
        document = parse((section / "en_origin.md").read_text(encoding="utf-8"), "en")
        segments = [s for block in document.blocks for s in block.segments]
        found.update({f"{section.name}#{i}": s.source for i, s in enumerate(segments) if i % every == offset})
    return found


def main() -> None:
    if not (SHARED / "d2l").is_dir():
        print(json.dumps({"skipped": f"needs the shared D2L sections at {SHARED / 'd2l'}"}))
        return
    finder = TermFinder(read_glossary(SHARED / "d2l-book" / "zh" / "TERMINOLOGY.md", "en", "zh"))
    results: dict[str, Any] = {
        name: score(json.loads(path.read_text(encoding="utf-8")), finder) for name, path in SAMPLES.items()
    }
    results["book"] = related_words(finder)
    print(json.dumps(results, indent=1, ensure_ascii=False))


RELATED = {  # words that start like a term but are other words, as issue 31 counted them
    "transform": ("transformer", "transformers"),
    "label": ("labeled", "labeling", "labelled", "labelling"),
    "import": ("important", "importance"),
    "encoder": ("encode", "encoded", "encodes", "encoding"),
    "weight": ("weighted", "weighting"),
    "optimizer": ("optimize", "optimized", "optimizing"),
    "mean": ("meaning", "meanings"),
}


def related_words(finder: TermFinder) -> dict[str, Any]:
    """Over the whole book's en_origin: related words matched as terms, and plural abbreviations found."""
    from amts_gui.core.text.markdown import parse

    related: Counter[str] = Counter()
    plurals: Counter[str] = Counter()
    segments = 0
    for path in sorted((SHARED / "d2l-book" / "en_origin").rglob("*.md")):
        for block in parse(path.read_text(encoding="utf-8"), "en").blocks:
            for segment in block.segments:
                segments += 1
                for match in finder.find(segment.source):
                    written = match.text(segment.source)
                    if written.lower() in RELATED.get(match.entry.source, ()):
                        related[match.entry.source] += 1
                    if match.entry.case_sensitive and written != match.entry.source:
                        plurals[written] += 1
    return {
        "segments": segments,
        "related_words_matched": sum(related.values()),
        "by_entry": dict(related),
        "abbreviation_plurals": dict(plurals),
    }


def score(gold: dict[str, Any], finder: TermFinder) -> dict[str, Any]:
    """Precision and recall of ``finder`` on one annotated sample, with every miss named."""
    segments = sample_segments(gold["sample"]["every"], gold["sample"]["offset"])
    if len(segments) != gold["sample"]["segments"]:
        raise SystemExit(f"the sample has {len(segments)} segments, the annotation {gold['sample']['segments']}")
    true_positive = false_positive = false_negative = 0
    wrong, missed = [], []
    for key, text in segments.items():
        expected = Counter(gold["segments"].get(key, []))
        matches = finder.find(text)
        found = Counter(m.entry.source for m in matches)
        true_positive += sum((expected & found).values())
        false_positive += sum((found - expected).values())
        false_negative += sum((expected - found).values())
        extra = found - expected
        wrong += [f"{key}: {m.text(text)!r} as {m.entry.source!r}" for m in matches if extra[m.entry.source]]
        missed += [f"{key}: {term!r}" for term in (expected - found).elements()]
    return {
        "segments": len(segments),
        "gold_terms": true_positive + false_negative,
        "found": true_positive + false_positive,
        "true_positives": true_positive,
        "precision": round(true_positive / (true_positive + false_positive), 3),
        "recall": round(true_positive / (true_positive + false_negative), 3),
        "false_positives": wrong,
        "false_negatives": missed,
    }


if __name__ == "__main__":
    main()

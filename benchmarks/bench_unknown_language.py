"""Alignment for a language the sentence encoder does not know, measured on one it knows made unknown.

Run: python3 benchmarks/bench_unknown_language.py [--chapters N]

The encoder (multilingual USE) covers 16 languages, not Vietnamese.  To measure what the aligner does for
such a language with a gold to judge it, the Turkish edition is made into one: every letter of its prose
is written in Ethiopic letters (a script the encoder never learned, and without case), except the words its English also
has (the Latin terms and code names an unknown-language edition keeps, *GPU*, *PyTorch*), numbers,
punctuation, code, math and links.  The result is parsed as Amharic (``am``), whose rules are generic.

For the chapters of the Turkish gold (``benchmarks/align-gold-editions/tr.txt``) and the first N others:

- strict precision, recall and F1 on the gold beads;
- of the gold's correct pairs that the aligner finds, the share it flags (under the confidence threshold),
  and of the wrong ones it finds in the gold's paragraphs, how many it flags;
- of all complete pairs, the share flagged.

Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_editions import SHARED, chapters, read_gold, score_gold  # noqa: E402

from amts_gui.core.align.documents import AlignedPair, align_documents  # noqa: E402
from amts_gui.core.parallel.project_pairs import confidence_level  # noqa: E402
from amts_gui.core.text.markdown import parse  # noqa: E402
from amts_gui.core.text.placeholders import find_placeholders  # noqa: E402

_LETTERS = "abcçdefgğhıijklmnoöprsştuüvyzqwx"
_ETHIOPIC = "ሀለሐመሠረሰሸቀበተቸኀነኘአከኸወዐዘዠየደጀገጠጨጰጸፀፈፐ"
_WORD = re.compile(r"[^\W\d_]+")


def _ethiopic(word: str) -> str:
    lowered = word.replace("I", "ı").replace("İ", "i").lower()
    return "".join(_ETHIOPIC[_LETTERS.index(c) % len(_ETHIOPIC)] if c in _LETTERS else c for c in lowered)


def unknown(translation: str, english: str) -> str:
    """The translation in Ethiopic letters, but for the words its English has, numbers, code, math, links."""
    shared = {w.lower() for w in _WORD.findall(english)}
    protected = [(s.start, s.end) for s in find_placeholders(translation)]
    code = [m.span() for m in re.finditer(r"^```.*?^```", translation, re.M | re.S)]
    math = [m.span() for m in re.finditer(r"^\$\$.*?^\$\$", translation, re.M | re.S)]
    keep = sorted(protected + code + math)

    def inside(pos: int) -> bool:
        return any(a <= pos < b for a, b in keep)

    def swap(m: re.Match[str]) -> str:
        word = m.group()
        return word if inside(m.start()) or word.lower() in shared or word.startswith(":") else _ethiopic(word)

    return _WORD.sub(swap, translation)


def _flagged_correct(pairs: list[AlignedPair], entries: list[Any], threshold_of: Any) -> Counter[str]:
    counts: Counter[str] = Counter()
    for src_block, tgt_block, _n_src, _n_tgt, beads in entries:
        gold = set(beads)
        for pair in pairs:
            if not pair.complete or any(k[0] != src_block for k in pair.src_keys):
                continue
            if any(k[0] != tgt_block for k in pair.tgt_keys):
                continue
            bead = (tuple(k[1] for k in pair.src_keys), tuple(k[1] for k in pair.tgt_keys))
            kind = "correct" if bead in gold else "wrong"
            counts[kind] += 1
            counts[f"{kind}_flagged"] += threshold_of(pair) == "flagged"
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chapters", type=int, default=20, help="chapters beyond the gold's, for the flag share")
    args = parser.parse_args()
    root = SHARED / "d2l-book-tr"
    if not root.exists():
        print(json.dumps({"skipped": f"needs {root}"}))
        return 0
    from amts_gui.core.align.embed import default_encoder

    encoder = default_encoder()
    gold = read_gold("tr")
    names = sorted(set(gold) | {str(p) for p in chapters("tr", args.chapters)})
    scored: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for name in names:
        english = (root / "en_origin" / name).read_text(encoding="utf-8")
        translated = unknown((root / "tr" / name).read_text(encoding="utf-8"), english)
        source, target = parse(english, "en"), parse(translated, "am")
        pairs = list(align_documents(source, target, encoder=encoder).sentences)
        complete = [p for p in pairs if p.complete]
        total["pairs"] += len(complete)
        total["flagged"] += sum(confidence_level(p.confidence) == "flagged" for p in complete)
        if name in gold:
            scored += score_gold(gold[name], source, target, pairs)
            flags += _flagged_correct(pairs, gold[name], lambda p: confidence_level(p.confidence))
    precision = scored["right"] / max(1, scored["found"])
    recall = scored["right"] / max(1, scored["gold"])
    print(
        json.dumps(
            {
                "chapters": len(names),
                "gold": {
                    "paragraphs_stale": scored["stale"],
                    "beads": scored["gold"],
                    "strict_precision": round(precision, 4),
                    "strict_recall": round(recall, 4),
                    "strict_f1": round(2 * precision * recall / max(1e-9, precision + recall), 4),
                },
                "correct_pairs_flagged": round(flags["correct_flagged"] / max(1, flags["correct"]), 4),
                "correct_pairs": flags["correct"],
                "wrong_pairs_flagged": f"{flags['wrong_flagged']} of {flags['wrong']}",
                "pairs": total["pairs"],
                "pairs_flagged": round(total["flagged"] / max(1, total["pairs"]), 4),
            },
            indent=1,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How sure a sentence pair is when the sentence encoder does not know the language.

The encoder (multilingual USE) learned 16 languages; for any other (Vietnamese, Amharic…) its
embeddings say nothing, and a confidence made of them flags good pairs as readily as bad ones.  The
beads themselves still come out right from what the aligner has besides: lengths, anchors and the
document's structure.  So for such a language each pair's confidence is made of those:

- **structure**: its paragraph pair has as many sentences on each side and is aligned one to one
  throughout (an edition that keeps the English's sentences, as machine translation does);
- **length**: how far the pair's length ratio is from the document's own (log ratio, characters);
- **anchors**: numbers, code, math and Latin terms both sides have, against those only one side has.

The weights are set on the Turkish edition written in a script the encoder never learned
(``benchmarks/bench_unknown_language.py``), never on the language it is then used for.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from amts_gui.core.align.anchors import SentenceAnchors

# the languages the multilingual USE v3 encoder was trained on (its model card)
ENCODER_LANGUAGES = frozenset("ar de en es fr it ja ko nl pl pt ru th tr zh".split())
LENGTH_SMOOTHING = 12.0  # characters added to both sides, so a short heading is not over-judged


def encoder_knows(lang: str | None) -> bool:
    """Whether the encoder was trained on ``lang`` (an unknown language counts as known: no change)."""
    return lang is None or lang.split("-")[0].split("_")[0].lower() in ENCODER_LANGUAGES


@dataclass(frozen=True)
class Evidence:
    """What a pair has going for it besides the encoder."""

    regular: bool  # its paragraph pair is one to one throughout, as many sentences a side
    length_gap: float  # |log of its length ratio − log of the document's|
    shared: int  # anchors both sides have
    missing: int  # anchors one side has


def log_ratio(src_chars: float, tgt_chars: float) -> float:
    return math.log((tgt_chars + LENGTH_SMOOTHING) / (src_chars + LENGTH_SMOOTHING))


def evidence(
    src: Sequence[SentenceAnchors],
    tgt: Sequence[SentenceAnchors],
    lengths: tuple[float, float],
    regular: bool,
    doc_ratio: float,
) -> Evidence:
    """The evidence of a pair of ``src`` and ``tgt`` sentences' anchors and character ``lengths``."""
    a, b = SentenceAnchors.union(src).strong, SentenceAnchors.union(tgt).strong
    return Evidence(regular, abs(log_ratio(*lengths) - doc_ratio), len(a & b), len(a ^ b))


def confidence(ev: Evidence) -> float:
    """A confidence on the encoder's scale (0.5: the flagging threshold) from the evidence alone."""
    score = 1.2 if ev.regular else -0.2
    score -= 2.5 * max(0.0, ev.length_gap - 0.35)  # a ratio within ±40 % of the document's is no evidence
    score += 0.5 * min(ev.shared, 3) - 0.7 * min(ev.missing, 3)
    return round(1.0 / (1.0 + math.exp(-2.0 * score)), 4)

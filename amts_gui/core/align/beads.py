"""Alignment beads: the MAC/Bertalign text format and the strict/lax precision-recall-F1 metric.

A bead links a run of source sentences with a run of target sentences, by
0-based line index; either side may be empty (a 1-0 or 0-1 bead). The text
form is one bead per line, ``[0, 1]:[0]``.

The metric follows Sennrich & Volk (2010) as used by Vecalign and Bertalign:
precision over the system's beads, recall over the gold beads with empty-sided
beads removed from both, counts summed over documents before dividing. A *lax*
hit shares at least one (source, target) sentence link with some bead of the
other alignment; a bead with an empty side can only be a strict hit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message

BeadIds = tuple[tuple[int, ...], tuple[int, ...]]

_BEAD_RE = re.compile(r"^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$")


def _ids(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.replace(",", " ").split())


def parse_beads(text: str, *, where: str = "alignment") -> list[BeadIds]:
    """Beads from the text format; a malformed line raises InputError naming it."""
    beads: list[BeadIds] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        m = _BEAD_RE.match(line)
        if not m:
            raise InputError(
                message(
                    "{where}, line {number}: not a bead like [0, 1]:[2]: {line!r}",
                    where=where,
                    number=number,
                    line=line[:80],
                )
            )
        beads.append((_ids(m.group(1)), _ids(m.group(2))))
    return beads


def format_bead(src: Sequence[int], tgt: Sequence[int]) -> str:
    return f"[{', '.join(map(str, src))}]:[{', '.join(map(str, tgt))}]"


def check_coverage(beads: Sequence[BeadIds], n_src: int, n_tgt: int) -> None:
    """Raise ValueError unless every line of both sides is in exactly one bead, in order."""
    for side, count, name in ((0, n_src, "source"), (1, n_tgt, "target")):
        seen = [i for bead in beads for i in bead[side]]
        if seen != list(range(count)):
            raise ValueError(f"{name} lines are not covered once each, in order ({len(seen)} ids for {count} lines)")


def swap(beads: Iterable[BeadIds]) -> list[BeadIds]:
    """The same alignment with source and target exchanged (MAC gold is zh→en)."""
    return [(t, s) for s, t in beads]


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class AlignmentScores:
    strict: PRF
    lax: PRF
    system_beads: int
    gold_beads: int


def _links(bead: BeadIds) -> set[tuple[int, int]]:
    return {(s, t) for s in bead[0] for t in bead[1]}


def _hits(test: list[BeadIds], ref: list[BeadIds]) -> tuple[int, int]:
    """(strict hits, lax hits) of ``test`` beads against ``ref`` beads."""
    ref_set = set(ref)
    ref_links: set[tuple[int, int]] = set()
    for bead in ref:
        ref_links |= _links(bead)
    strict = lax = 0
    for bead in test:
        if bead in ref_set:
            strict += 1
            lax += 1
        elif bead[0] and bead[1] and _links(bead) & ref_links:
            lax += 1
    return strict, lax


def _prf(p_hits: int, p_total: int, r_hits: int, r_total: int) -> PRF:
    p = p_hits / p_total if p_total else 0.0
    r = r_hits / r_total if r_total else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(p, r, f)


def score_alignments(documents: Iterable[tuple[Sequence[BeadIds], Sequence[BeadIds]]]) -> AlignmentScores:
    """Micro-averaged strict and lax P/R/F1 over (system, gold) bead lists, one pair per document."""
    sp = lp = rs = rl = n_sys = n_gold_r = n_sys_r = n_gold = 0
    for system, gold in documents:
        sys_set = sorted({b for b in system if b[0] or b[1]})
        gold_set = sorted({b for b in gold if b[0] or b[1]})
        s, lx = _hits(sys_set, gold_set)
        sp, lp, n_sys, n_gold = sp + s, lp + lx, n_sys + len(sys_set), n_gold + len(gold_set)
        sys_full = [b for b in sys_set if b[0] and b[1]]
        gold_full = [b for b in gold_set if b[0] and b[1]]
        s, lx = _hits(gold_full, sys_full)
        rs, rl, n_gold_r, n_sys_r = rs + s, rl + lx, n_gold_r + len(gold_full), n_sys_r + len(sys_full)
    return AlignmentScores(_prf(sp, n_sys, rs, n_gold_r), _prf(lp, n_sys, rl, n_gold_r), n_sys, n_gold)

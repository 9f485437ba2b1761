"""What is scored, per chapter: the aligned sentence beads, and each draft variant's text for them.

A *unit* is one aligned sentence bead that is not flagged as doubtful: its source sentences and its
human reference, with the markup written out (as the book has it).  A variant's hypothesis for a unit
joins its drafts of the bead's segments; a unit none of whose segments has a draft of that variant
scores as an empty translation (it still counts: the translator would have to write it), and the
share of units with a draft is reported as *coverage*.

The project's own drafts may have been made with the chapter's own pairs in the memory or the parallel
data; leave-one-out figures come from ``amts evaluate`` (:mod:`amts_gui.studies.leave_one_out`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.project.pairs import aligned_units
from amts_gui.core.project.segments import chapter_drafts
from amts_gui.core.project.store import Store
from amts_gui.core.scoring.metrics import CorpusScores, corpus_scores, sentence_bleu
from amts_gui.core.text.document import join_sep
from amts_gui.core.text.placeholders import restore

PARAGRAPH_SUFFIX = "-paragraph"


def variant_key(engine: str, variant: str) -> str:
    """The scoring variant of a stored draft: the engine's name, with ``-paragraph`` for ACT drafts
    made with paragraph-pair parallel data."""
    return engine + PARAGRAPH_SUFFIX if "paragraph" in variant.lower() else engine


def variant_order(variants: Sequence[str], known: Sequence[str] = ()) -> list[str]:
    """The distinct ``variants``: those in ``known`` first, in its order (the engine catalog's), then the
    others by name."""
    first = [v for v in known if v in variants]
    return first + sorted(v for v in set(variants) if v not in known)


@dataclass(frozen=True)
class Direction:
    source_lang: str
    target_lang: str
    reversed: bool  # True: translate the reference language into the project's source language

    @property
    def name(self) -> str:
        return f"{self.source_lang}-{self.target_lang}"


def direction(store: Store, name: str | None = None) -> Direction:
    """The project's direction, or its reverse when ``name`` says so (``en-zh`` / ``zh-en``)."""
    settings = store.settings()
    forward = Direction(settings.source_lang, settings.target_lang, False)
    if name is None or name == forward.name:
        return forward
    backward = Direction(settings.target_lang, settings.source_lang, True)
    if name == backward.name:
        return backward
    raise InputError(
        message(
            "direction {name!r} does not fit this project; use {forward} or {backward}",
            name=name,
            forward=forward.name,
            backward=backward.name,
        )
    )


@dataclass(frozen=True)
class Unit:
    """One aligned sentence bead: ``source`` is translated and compared with ``reference``."""

    pair_id: int
    segment_ids: tuple[str, ...]
    source: str
    reference: str


def chapter_units(store: Store, chapter: str, how: Direction | None = None) -> list[Unit]:
    """The chapter's aligned, unflagged sentence beads in reading order."""
    how = how or direction(store)
    return [
        Unit(p.id, p.segment_ids, *((p.target, p.source) if how.reversed else (p.source, p.target)))
        for p in aligned_units(store, chapter)
    ]


def project_drafts(store: Store, chapter: str) -> dict[str, dict[str, str]]:
    """Per variant, the latest draft of each live segment of the chapter, markup written out."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for d in chapter_drafts(store, chapter):
        out[variant_key(d.engine, d.variant)][d.segment_id] = restore(d.text, d.markup)
    return dict(out)


def _join(parts: Sequence[str]) -> str:
    text = ""
    for part in parts:
        text = text + join_sep(text, part) + part if text else part
    return text


def bead_hypotheses(units: Sequence[Unit], drafts: Mapping[str, str]) -> list[str | None]:
    """Per unit, its segments' drafts joined (a missing segment adds nothing), or None when it has none."""
    out: list[str | None] = []
    for unit in units:
        parts = [drafts[sid] for sid in unit.segment_ids if sid in drafts]
        out.append(_join(parts) if parts else None)
    return out


@dataclass(frozen=True)
class VariantScore:
    chapter: str
    variant: str
    scores: CorpusScores
    units: int
    covered: int  # units with a translation; the others scored as empty

    @property
    def coverage(self) -> float:
        return self.covered / self.units if self.units else 0.0


def score_variant(
    chapter: str, variant: str, units: Sequence[Unit], hypotheses: Sequence[str | None], target_lang: str
) -> VariantScore | None:
    """Corpus scores over every unit (missing translations as empty), or None if nothing was translated."""
    covered = sum(h is not None for h in hypotheses)
    if not units or covered == 0:
        return None
    scores = corpus_scores([h or "" for h in hypotheses], [u.reference for u in units], target_lang)
    return VariantScore(chapter, variant, scores, len(units), covered)


def score_project_chapter(store: Store, chapter: str, order: Sequence[str] = ()) -> list[VariantScore]:
    """Every variant with drafts in the chapter, scored against the chapter's aligned reference; the
    variants in ``order`` (the engine catalog's) first."""
    units = chapter_units(store, chapter)
    target = store.settings().target_lang
    drafts = project_drafts(store, chapter)
    results = []
    for variant in variant_order(list(drafts), order):
        scored = score_variant(chapter, variant, units, bead_hypotheses(units, drafts[variant]), target)
        if scored is not None:
            results.append(scored)
    return results


@dataclass(frozen=True)
class UnitScore:
    unit: Unit
    hypothesis: str
    bleu: float  # sentence BLEU, 0–100


def worst_units(
    units: Sequence[Unit], hypotheses: Sequence[str | None], target_lang: str, limit: int = 50
) -> list[UnitScore]:
    """The translated units with the lowest sentence BLEU, worst first."""
    scored = [
        UnitScore(u, h, sentence_bleu(h, u.reference, target_lang))
        for u, h in zip(units, hypotheses, strict=True)
        if h is not None
    ]
    scored.sort(key=lambda s: (s.bleu, s.unit.pair_id))
    return scored[:limit]


def worst_project_units(store: Store, chapter: str, variant: str, limit: int = 50) -> list[UnitScore]:
    units = chapter_units(store, chapter)
    drafts = project_drafts(store, chapter).get(variant, {})
    return worst_units(units, bead_hypotheses(units, drafts), store.settings().target_lang, limit)

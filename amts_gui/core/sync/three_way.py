"""Three-way source synchronization: OLD source + its TRANSLATION + NEW source → an updated translation.

1. OLD is aligned with TRANSLATION sentence by sentence (:mod:`amts_gui.core.align.documents`).
2. OLD's sentences are matched with NEW's: identical runs in order (difflib), fuzzy pairs inside the
   replaced runs, and identical sentences found elsewhere are *moves* (a moved block carries its text).
3. Every NEW segment is classified:

   * ``unchanged`` / ``moved``: the translation is carried over verbatim;
   * ``changed``: the old translation becomes a fuzzy draft, with a word diff of the source change;
   * ``new``: untranslated, to be drafted;

   and OLD segments matched by nothing are ``removed`` (kept in the report with their translation).
4. The target Markdown is rendered on NEW's structure: code, math, labels and figures come from NEW.

A carried translation whose alignment confidence is below :data:`REVIEW_BELOW` is marked for review,
never trusted blindly.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from rapidfuzz import fuzz

from amts_gui.core.align.documents import AlignedPair, align_documents
from amts_gui.core.align.embed import SpanEncoder
from amts_gui.core.sync.blocks import changed_blocks, localized_blocks, protected_matches
from amts_gui.core.sync.layout import LineLayout, kept_blanks, kept_blocks, line_layout, structure_matches
from amts_gui.core.sync.slide_markers import MARKER
from amts_gui.core.sync.trivial import carry_trivial, partial_slide_markers, trivial_change
from amts_gui.core.text.diffs import Change, diff
from amts_gui.core.text.document import Document, Rendered, Segment, SegmentKey
from amts_gui.core.text.markdown import parse
from amts_gui.core.text.placeholders import check_placeholders, mask

# alignment confidence under which a carried translation is marked for review; calibrated on the
# development events of real history, where every carried translation between 0.5 and 0.7 (short
# headings) was the one the maintainers kept
REVIEW_BELOW = 0.5
FUZZY_AT_LEAST = 50.0  # rapidfuzz ratio for an OLD sentence to count as the changed version of a NEW one
FUZZY_ANYWHERE = 75.0  # the same for a sentence found outside the run it was replaced in


class Status(StrEnum):
    UNCHANGED = "unchanged"
    MOVED = "moved"
    CHANGED = "changed"
    NEW = "new"
    OMITTED = "omitted"  # the old translation has nothing for this unchanged sentence: nor does the output
    TRIVIAL = "trivial"  # the English changed only in form (markers, punctuation, numbers…): carried, with a note


@dataclass(frozen=True)
class SyncedSegment:
    """One NEW segment and what the sync made of it."""

    key: SegmentKey
    status: Status
    source: str  # NEW text, markup written out
    old_source: str | None = None
    translation: str | None = None  # ⟦n⟧ tokens of the NEW segment; "" when a merged translation covers it
    confidence: float | None = None  # of the OLD ↔ TRANSLATION alignment the translation comes from
    review: bool = False
    reasons: tuple[str, ...] = ()
    similarity: float | None = None  # OLD → NEW source, for changed segments (0–100)
    source_diff: tuple[Change, ...] = ()

    @property
    def carried(self) -> bool:
        return self.status in (Status.UNCHANGED, Status.MOVED, Status.TRIVIAL) and self.translation is not None


@dataclass(frozen=True)
class RemovedSegment:
    key: SegmentKey  # in OLD
    source: str
    translation: str | None


@dataclass
class SyncResult:
    new_doc: Document
    segments: list[SyncedSegment]
    removed: list[RemovedSegment]
    alignment: tuple[AlignedPair, ...] = field(default=())
    blocks: dict[int, str] = field(default_factory=dict)  # NEW protected block → its localized translation
    layout: LineLayout = field(default_factory=lambda: LineLayout(set(), set()))  # the translation's, per block
    kept: dict[int, str] = field(default_factory=dict)  # NEW paragraph or blank lines → the old translation's

    def counts(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Status}
        for seg in self.segments:
            counts[seg.status.value] += 1
        counts["removed"] = len(self.removed)
        counts["review"] = sum(s.review for s in self.segments)
        counts["untranslated"] = sum(s.translation is None for s in self.segments)
        counts["blocks_carried"] = len(self.blocks)
        return counts

    @property
    def carried_share(self) -> float:
        """The share of NEW segments whose translation was carried over verbatim."""
        return sum(s.carried for s in self.segments) / len(self.segments) if self.segments else 1.0

    def translations(self, drafts: Mapping[SegmentKey, str] | None = None) -> dict[SegmentKey, str]:
        """Carried and fuzzy translations, then ``drafts`` for segments that have none."""
        out = {s.key: s.translation for s in self.segments if s.translation is not None}
        for key, text in (drafts or {}).items():
            out.setdefault(key, text)
        return out

    def render(self, drafts: Mapping[SegmentKey, str] | None = None) -> Rendered:
        blocks = {**self.kept, **self.blocks}
        return self.new_doc.render(self.translations(drafts), blocks, self.layout.one_line, self.layout.wrapped)


def _beads(pairs: Sequence[AlignedPair]) -> dict[SegmentKey, AlignedPair]:
    """OLD segment key → the sentence bead that holds its translation."""
    return {key: pair for pair in pairs if pair.complete for key in pair.src_keys}


def match_sentences(old: Sequence[str], new: Sequence[str]) -> tuple[dict[int, tuple[int, Status]], set[int]]:
    """NEW index → (OLD index, status) for unchanged, moved and changed sentences; and the OLD indices
    matched by nothing."""
    matched: dict[int, tuple[int, Status]] = {}
    used: set[int] = set()
    replaced: list[tuple[list[int], list[int]]] = []
    matcher = difflib.SequenceMatcher(None, list(old), list(new), autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for k in range(i2 - i1):
                matched[j1 + k] = (i1 + k, Status.UNCHANGED)
                used.add(i1 + k)
        elif op == "replace":
            replaced.append((list(range(i1, i2)), list(range(j1, j2))))
    # identical sentences out of order are moves (a block moved elsewhere keeps its translation)
    free_old: dict[str, list[int]] = {}
    for i, text in enumerate(old):
        if i not in used:
            free_old.setdefault(text, []).append(i)
    for j, text in enumerate(new):
        if j not in matched and free_old.get(text):
            i = free_old[text].pop(0)
            matched[j] = (i, Status.MOVED)
            used.add(i)

    # inside each replaced run, the most similar remaining OLD sentence is the changed version (the floor
    # itself counts; of equally similar ones, the first, which keeps the order); then, more strictly,
    # anywhere (a sentence that moved and changed)
    def pair_up(olds: Sequence[int], news: Sequence[int], floor: float) -> None:
        for j in news:
            if j in matched:
                continue
            best, score = None, floor
            for i in olds:
                if i in used:
                    continue
                ratio = fuzz.ratio(old[i], new[j])
                if ratio > score or (best is None and ratio == score):
                    best, score = i, ratio
            if best is not None:
                matched[j] = (best, Status.CHANGED)
                used.add(best)

    for olds, news in replaced:
        pair_up(olds, news, FUZZY_AT_LEAST)
    pair_up(range(len(old)), range(len(new)), FUZZY_ANYWHERE)
    return matched, set(range(len(old))) - used


NEW_REASON = "new in the English: nothing to carry over (drafted from the memory or an engine where one is given)"
RECOVERED_CONFIDENCE = -1.0  # marks a pair the sync made of two sentences the alignment left alone
RECOVERED = "the alignment left this sentence and the translation's sentence beside it unpaired: paired here"
OMITTED_REASON = "the old translation has no sentence for it (left out, or said with its neighbours): left out here too"


def _recovered(pairs: Sequence[AlignedPair]) -> dict[SegmentKey, AlignedPair]:
    """An old sentence the alignment left without a counterpart, beside a translation sentence it also left
    alone (the same place in both texts): paired, for review, with :data:`RECOVERED_CONFIDENCE`."""
    found: dict[SegmentKey, AlignedPair] = {}
    used: set[int] = set()
    for n, pair in enumerate(pairs):
        if not pair.src_keys or pair.tgt_keys:
            continue
        for m in (n + 1, n - 1):
            if 0 <= m < len(pairs) and m not in used and pairs[m].tgt_keys and not pairs[m].src_keys:
                used.add(m)
                found[pair.src_keys[0]] = AlignedPair(
                    pair.src_keys, pairs[m].tgt_keys, pair.source, pairs[m].target, RECOVERED_CONFIDENCE
                )
                break
    return found


def _translated_elsewhere(out: list[SyncedSegment]) -> list[SyncedSegment]:
    """A segment without a translation whose sentence the chapter translates elsewhere takes that
    translation (the same words have the same markup), for review."""
    known = {s.source: s.translation for s in out if s.translation}
    reason = "the same sentence is translated elsewhere in the chapter"
    return [
        replace(s, translation=known[s.source], review=True, reasons=(*s.reasons, reason))
        if s.translation is None and s.source in known
        else s
        for s in out
    ]


def _translation_for(
    seg: Segment, pair: AlignedPair, old_key: SegmentKey, verbatim: frozenset[str]
) -> tuple[str, tuple[str, ...]]:
    """The bead's translation with NEW's placeholders as tokens; '' for the 2nd… segment of a merged bead.
    When its placeholders do not fit and the translation has the English sentence word for word (a link,
    a name the edition keeps), that sentence is its translation."""
    if pair.src_keys[0] != old_key:
        return "", ()
    text = mask(pair.target, seg.markup)
    problems = tuple(str(f) for f in check_placeholders(text, seg.markup))
    if problems and seg.text in verbatim:
        return mask(seg.text, seg.markup), ()
    return text, problems


def synchronize(
    old_doc: Document,
    new_doc: Document,
    translation_doc: Document,
    *,
    encoder: SpanEncoder | None = None,
    alignment: Sequence[AlignedPair] | None = None,
) -> SyncResult:
    """Classify NEW's segments against OLD and carry TRANSLATION over (see the module docstring)."""
    pairs = (
        tuple(alignment)
        if alignment is not None
        else align_documents(old_doc, translation_doc, encoder=encoder).sentences
    )
    beads = _beads(pairs)
    verbatim = frozenset(s.text for s in translation_doc.segments())
    recovered = {k: p for k, p in _recovered(pairs).items() if k not in beads}
    old_segs, new_segs = list(old_doc.segments()), list(new_doc.segments())
    matched, gone = match_sentences([s.text for s in old_segs], [s.text for s in new_segs])
    out: list[SyncedSegment] = []
    sources: dict[int, set[int]] = {}  # NEW block → the translation blocks its translations come from
    for j, seg in enumerate(new_segs):
        if j not in matched:
            out.append(SyncedSegment(seg.key, Status.NEW, seg.text, review=True, reasons=(NEW_REASON,)))
            continue
        i, status = matched[j]
        key = old_segs[i].key
        pair = beads.get(key) or recovered.get(key)
        if pair is not None:
            sources.setdefault(seg.block, set()).update(k[0] for k in pair.tgt_keys)
        out.append(_carried(seg, old_segs[i], status, pair, new_doc.lang, verbatim))
    out = _flag_split_beads(out, [matched.get(j) for j in range(len(new_segs))], old_segs, beads)
    out = _translated_elsewhere(out)
    removed = []
    for i in sorted(gone):
        pair = beads.get(old_segs[i].key)
        removed.append(RemovedSegment(old_segs[i].key, old_segs[i].text, pair.target if pair else None))
    return _with_layout(SyncResult(new_doc, out, removed, pairs), old_doc, translation_doc, matched, old_segs, sources)


def _with_layout(
    result: SyncResult,
    old_doc: Document,
    translation_doc: Document,
    matched: Mapping[int, tuple[int, Status]],
    old_segs: Sequence[Segment],
    sources: Mapping[int, set[int]],
) -> SyncResult:
    """The result with what it takes of the old translation's own text and layout (see :mod:`.layout`)."""
    new_doc = result.new_doc
    unchanged = {
        s.key: old_segs[matched[j][0]].key
        for j, s in enumerate(result.segments)
        if s.status in (Status.UNCHANGED, Status.OMITTED)
    }
    protected = protected_matches(old_doc, new_doc, translation_doc)
    paragraphs = kept_blocks(old_doc, new_doc, translation_doc, unchanged, _beads(result.alignment))
    blanks = kept_blanks(new_doc, translation_doc, {**structure_matches(new_doc, translation_doc), **paragraphs})
    result.blocks = {
        **changed_blocks(old_doc, new_doc, translation_doc),
        **localized_blocks(new_doc, translation_doc, protected),
    }
    result.kept = {**{j: translation_doc.blocks[k].raw for j, k in paragraphs.items()}, **blanks}
    result.layout = line_layout(new_doc, translation_doc, sources)
    return result


def _carried(
    seg: Segment, old: Segment, status: Status, pair: AlignedPair | None, lang: str, verbatim: frozenset[str]
) -> SyncedSegment:
    """A NEW segment matched to an OLD one, with the old translation and why it may need a review.

    ``reasons`` ask for a review (a doubtful alignment); ``notes`` only say something (a translation said
    with the previous sentence's; placeholders that differed already in the old translation, such as the
    edition's own forum links, which the unchanged English does not make wrong)."""
    translation: str | None = None
    reasons: list[str] = []
    notes: list[str] = []
    doubts: list[str] = []  # about the alignment the translation comes from
    confidence = pair.confidence if pair and pair.confidence != RECOVERED_CONFIDENCE else None
    if pair is None and status is not Status.CHANGED:
        return SyncedSegment(seg.key, Status.OMITTED, seg.text, old.text, "", None, True, (OMITTED_REASON,))
    if pair is None:
        reasons.append("the old sentence had no aligned translation")
    else:
        translation, problems = _translation_for(seg, pair, old.key, verbatim)
        if status is Status.CHANGED:
            reasons += problems
        else:
            notes += [f"as in the old translation: {p}" for p in problems]
        if translation == "":
            notes.append("its translation is merged into the previous segment's")
        if pair.confidence == RECOVERED_CONFIDENCE:
            doubts.append(RECOVERED)
        elif pair.confidence < REVIEW_BELOW:
            doubts.append(f"alignment confidence {pair.confidence:.2f}")
        reasons += doubts
    if status is Status.CHANGED and pair is not None and translation:
        # the old translation's placeholder problems are the repair's to solve: it says its own
        trivial = _trivial(seg, old, pair, confidence, tuple(doubts), lang)
        if trivial is not None:
            return trivial
    if status is Status.CHANGED:
        return SyncedSegment(
            seg.key,
            status,
            seg.text,
            old.text,
            translation,
            confidence,
            review=True,
            reasons=("the source changed", *reasons, *notes),
            similarity=fuzz.ratio(old.text, seg.text),
            source_diff=tuple(diff(old.text, seg.text, lang)),
        )
    review = bool(reasons) and translation is not None
    return SyncedSegment(seg.key, status, seg.text, old.text, translation, confidence, review, (*reasons, *notes))


MARKERS_PLACED = "slide markers now mark a part of the sentence: placed in the translation by position, check them"
MARKERS_TO_PLACE = "slide markers now mark a part of the sentence: mark the same part of the translation"


def _trivial(
    seg: Segment, old: Segment, pair: AlignedPair, confidence: float | None, reasons: tuple[str, ...], lang: str
) -> SyncedSegment | None:
    """The old translation carried over a change of form only, with a note of what changed; None when the
    words changed or a number or placeholder cannot be repaired."""
    kinds = trivial_change(old.text, seg.text)
    carried = carry_trivial(old.text, seg.text, pair.target) if kinds else None
    if kinds is None or carried is None:
        return None
    translation = mask(carried, seg.markup)
    problems = tuple(str(f) for f in check_placeholders(translation, seg.markup))
    note = f"only its {', '.join(kinds)} changed"
    if partial_slide_markers(old.text, seg.text):
        problems += (MARKERS_PLACED if MARKER.search(carried) else MARKERS_TO_PLACE,)
    return SyncedSegment(
        seg.key,
        Status.TRIVIAL,
        seg.text,
        old.text,
        translation,
        confidence,
        review=bool(problems or reasons),
        reasons=(note, *problems, *reasons),
        similarity=fuzz.ratio(old.text, seg.text),
        source_diff=tuple(diff(old.text, seg.text, lang)),
    )


def _flag_split_beads(
    out: list[SyncedSegment],
    matches: list[tuple[int, Status] | None],
    old_segs: list[Segment],
    beads: Mapping[SegmentKey, AlignedPair],
) -> list[SyncedSegment]:
    """A translation that covers several old sentences (a merged bead) is carried on the first; when any
    other of those sentences changed or went away, the carried text still says the old thing: review it."""
    carried_keys = {old_segs[m[0]].key for seg, m in zip(out, matches, strict=True) if m and seg.carried}
    result = []
    for seg, m in zip(out, matches, strict=True):
        pair = beads.get(old_segs[m[0]].key) if m else None
        if seg.carried and seg.translation and pair is not None and len(pair.src_keys) > 1:
            if not all(key in carried_keys for key in pair.src_keys):
                reason = "its translation also covers an old sentence that changed or was removed"
                seg = replace(seg, review=True, reasons=(*seg.reasons, reason))
        result.append(seg)
    return result


def synchronize_texts(
    old: str,
    new: str,
    translation: str,
    source_lang: str,
    target_lang: str,
    *,
    encoder: SpanEncoder | None = None,
) -> SyncResult:
    return synchronize(
        parse(old, source_lang), parse(new, source_lang), parse(translation, target_lang), encoder=encoder
    )

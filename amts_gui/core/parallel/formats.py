"""Parallel data files for Amazon Translate (TMX 1.4b, CSV, TSV): export under its rules, and import.

Amazon Translate's rules for parallel data (see ``DESIGN.md``): a first row of
language codes in CSV/TSV, source first; no field spanning lines; no CSV/TSV
field starting with ``+ - = @``; fields over 1000 UTF-8 bytes are skipped by
the service; duplicate sources, the last one wins. We apply them before the
upload, so that nothing is dropped silently: every pair that is skipped or
changed is reported with its reason.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from amts_gui import __version__
from amts_gui.core.errors import InputError
from amts_gui.core.fileio import atomic_write_bytes, read_text_file
from amts_gui.core.messages import message
from amts_gui.core.parallel.languages import Tag, best_tag, other_script, pick_sides
from amts_gui.core.parallel.tmx import LINE_BREAKS, read_tmx, tmx_bytes, unit_extra
from amts_gui.core.parallel.xml_files import start_lines, xml_safe
from amts_gui.core.project.rows import PairRow

FORMATS = ("tmx", "csv", "tsv")
MAX_FIELD_BYTES = 1000
FORMULA_STARTS = ("+", "-", "=", "@")
DEFAULT_MIN_CONFIDENCE = 0.5


# why a pair is left out: the words of every count of pairs that did not go out (messages: the GUI translates them)
FLAGGED = message("flagged")
QA = message("QA")
DUPLICATE = message("duplicate")
RULES = message("Amazon's rules")
BELOW_CONFIDENCE = message("below the confidence")
LANGUAGE = message("other language or script")


@dataclass(frozen=True)
class Note:
    """Why a pair was skipped or changed."""

    pair: str  # where it came from: "pair 12 (chapter x.md)" or "TMX unit 7"
    reason: str
    skipped: bool
    kind: str = RULES  # for a skipped pair: FLAGGED, QA, DUPLICATE, RULES, BELOW_CONFIDENCE or LANGUAGE

    def __str__(self) -> str:
        return f"{'skipped' if self.skipped else 'altered'}: {self.pair}: {self.reason}"


def skipped_by_kind(notes: Iterable[Note]) -> dict[str, int]:
    """Skipped pairs per reason, in a fixed order, those with none left out."""
    counts: dict[str, int] = {kind: 0 for kind in (FLAGGED, QA, DUPLICATE, RULES, BELOW_CONFIDENCE, LANGUAGE)}
    for note in notes:
        if note.skipped:
            counts[note.kind] += 1
    return {kind: n for kind, n in counts.items() if n}


@dataclass
class ExportReport:
    written: int = 0
    notes: list[Note] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        return sum(1 for n in self.notes if n.skipped)

    def skipped_by_kind(self) -> dict[str, int]:
        return skipped_by_kind(self.notes)


def _clean_field(text: str, fmt: str) -> tuple[str, list[str]]:
    """The field as it will be written, and what was changed."""
    changes = []
    out = LINE_BREAKS.sub(" ", text)
    if out != text:
        changes.append("line breaks replaced by spaces")
    if fmt == "tsv" and "\t" in out:
        out = out.replace("\t", " ")
        changes.append("tabs replaced by spaces")
    safe = xml_safe(out)
    if safe != out:
        changes.append("control characters removed")
        out = safe
    trimmed = out.strip()
    if trimmed != out:
        changes.append("surrounding whitespace trimmed")
        out = trimmed
    return out, changes


def select_pairs(
    rows: Iterable[PairRow], fmt: str, *, min_confidence: float | None = None, include_qa: bool = False
) -> tuple[list[tuple[str, str]], list[Note]]:
    """Apply Amazon Translate's rules to pair rows (oldest first); returns (source, target) units and notes.

    Without ``min_confidence``, flagged pairs are left out; with it, pairs below it are.
    """
    units, notes = select_dated_pairs(rows, fmt, min_confidence=min_confidence, include_qa=include_qa)
    return [(s, t) for s, t, _ in units], notes


@dataclass(frozen=True)
class Unit:
    """A pair as it goes out: its text under Amazon's rules, when it last changed, what it brought along."""

    source: str
    target: str
    updated_at: str | None
    extra: dict[str, Any] | None = None


def select_units(
    rows: Iterable[PairRow], fmt: str, *, min_confidence: float | None = None, include_qa: bool = False
) -> tuple[list[Unit], list[Note]]:
    """Apply Amazon Translate's rules to pair rows (oldest first): the units that go out, and notes on
    every pair left out or altered.  Without ``min_confidence``, flagged pairs are left out."""
    if fmt not in FORMATS:
        raise InputError(message("unknown format {fmt!r}; use one of {formats}", fmt=fmt, formats=", ".join(FORMATS)))
    notes: list[Note] = []
    kept: dict[str, tuple[Unit, str]] = {}  # source -> (unit, where)
    for row in rows:
        where = f"pair {row.id} ({row.chapter or row.origin})"
        left_out = _left_out(row, where, min_confidence, include_qa)
        if left_out is not None:
            notes.append(left_out)
            continue
        source, s_changes = _clean_field(row.source, fmt)
        target, t_changes = _clean_field(row.target, fmt)
        problem = _problem(source, target, fmt)
        if problem:
            notes.append(Note(where, problem, True, RULES))
            continue
        for side, changes in (("source", s_changes), ("target", t_changes)):
            if changes:
                notes.append(Note(where, f"{side}: {', '.join(changes)}", False))
        if source in kept:
            newer = f"same source as the newer {where}, which replaces it"
            notes.append(Note(kept[source][1], newer, True, DUPLICATE))
        kept[source] = (Unit(source, target, row.updated_at, row.extra), where)
    return [unit for unit, _ in kept.values()], notes


def select_dated_pairs(
    rows: Iterable[PairRow], fmt: str, *, min_confidence: float | None = None, include_qa: bool = False
) -> tuple[list[tuple[str, str, str | None]], list[Note]]:
    """Like :func:`select_pairs`, with each unit's last-change timestamp (ISO) as a third element."""
    units, notes = select_units(rows, fmt, min_confidence=min_confidence, include_qa=include_qa)
    return [(u.source, u.target, u.updated_at) for u in units], notes


def _left_out(row: PairRow, where: str, min_confidence: float | None, include_qa: bool) -> Note | None:
    """Why the pair stays out whatever its text: a doubtful alignment, or QA errors it was accepted with."""
    confidence = row.confidence
    if min_confidence is None and row.flagged:
        scored = f" (confidence {confidence:.2f})" if confidence is not None else ""
        return Note(where, f"flagged as a doubtful alignment{scored}", True, FLAGGED)
    if min_confidence is not None and confidence is not None and confidence < min_confidence:
        return Note(where, f"confidence {confidence:.2f} is below {min_confidence:.2f}", True, BELOW_CONFIDENCE)
    if row.qa and not include_qa:
        errors = "; ".join(row.qa)
        return Note(where, f"accepted with QA errors ({errors}); fix the segment, or include it explicitly", True, QA)
    return None


def _problem(source: str, target: str, fmt: str) -> str | None:
    for side, text in (("source", source), ("target", target)):
        if not text:
            return f"empty {side}"
        size = len(text.encode("utf-8"))
        if size > MAX_FIELD_BYTES:
            return f"{side} is {size} UTF-8 bytes; Amazon Translate skips fields over {MAX_FIELD_BYTES}"
        if fmt != "tmx" and text.startswith(FORMULA_STARTS):
            return (
                f"{side} starts with {text[0]!r}, which Amazon Translate refuses in CSV/TSV "
                "(spreadsheet formula injection); export TMX to keep it"
            )
    return None


def render_pairs(
    units: Sequence[tuple[str, str]],
    fmt: str,
    source_lang: str,
    target_lang: str,
    granularity: str,
    changedates: Sequence[str | None] | None = None,
    extras: Sequence[dict[str, Any] | None] | None = None,
) -> bytes:
    """The file's bytes; TMX carries each unit's ``changedate`` when ``changedates`` are given, and what a
    pair brought from another tool (inline codes, notes, props) when ``extras`` are."""
    if fmt == "tmx":
        return tmx_bytes(
            units,
            source_lang,
            target_lang,
            segtype=granularity,
            tool_version=__version__,
            changedates=changedates,
            extras=extras,
        )
    buffer = io.StringIO()
    # Amazon's rule is the same for CSV and TSV: a field holding the quote character is quoted, its quotes
    # doubled (fields hold no tabs or line breaks by now)
    writer = csv.writer(buffer, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
    writer.writerow([source_lang, target_lang])
    writer.writerows(units)
    return buffer.getvalue().encode("utf-8")


def export_pairs(
    rows: Iterable[PairRow],
    out: Path,
    fmt: str,
    source_lang: str,
    target_lang: str,
    *,
    granularity: str = "sentence",
    min_confidence: float | None = None,
    include_qa: bool = False,
) -> ExportReport:
    units, notes = select_units(rows, fmt, min_confidence=min_confidence, include_qa=include_qa)
    texts = [(u.source, u.target) for u in units]
    data = render_pairs(texts, fmt, source_lang, target_lang, granularity, extras=[u.extra for u in units])
    try:
        atomic_write_bytes(out, data)
    except OSError as exc:
        raise InputError(message("{out}: cannot write ({reason})", out=out, reason=exc.strerror)) from None
    return ExportReport(len(units), notes)


# ---------------------------------------------------------------------------
# Import
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportedPairs:
    pairs: list[tuple[str, str]]
    notes: list[Note]
    dates: list[str | None] = field(default_factory=list)  # per pair: the TMX changedate, if written
    extras: list[dict[str, Any] | None] = field(default_factory=list)  # per pair: inline codes, notes, props


def _missing(have: Iterable[str], source_lang: str, target_lang: str) -> str:
    """Why a unit or a header does not serve the project: the languages it lacks, in the other script if so
    (a text that serves one side by its exact tag does not also serve the other)."""
    tags = list(have)
    reasons = []
    for lang, other_lang in ((source_lang, target_lang), (target_lang, source_lang)):
        taken = other_lang.replace("_", "-").lower()
        if best_tag(lang, [t for t in tags if t.replace("_", "-").lower() != taken]) is None:
            other = other_script(lang, tags)
            wanted = Tag.parse(lang).describe()
            reasons.append(f"{other} is not {wanted}" if other else f"no {lang}")
    return "; ".join(reasons) + f" (has {', '.join(sorted(tags)) or 'no languages'})"


def language_columns(path: Path, header: Sequence[str], source_lang: str, target_lang: str) -> tuple[int, int]:
    """The source and target columns of a CSV/TSV whose first row names the languages (pairs and
    terminology alike); a one-line error naming what is missing, or in the other script, otherwise."""
    langs = [h.strip() for h in header]
    sides = pick_sides(source_lang, target_lang, langs)
    if len(langs) < 2 or sides is None:
        raise InputError(
            message(
                "{path}: the first row must name the languages, e.g. {source_lang},{target_lang} ({why})",
                path=path,
                source_lang=source_lang,
                target_lang=target_lang,
                why=_missing(langs[:4], source_lang, target_lang),
            )
        )
    return sides


def read_pairs_file(path: Path, source_lang: str, target_lang: str) -> ImportedPairs:
    """Pairs in the project's direction from a TMX, CSV or TSV file; units in other languages are reported."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix == "tmx":
        return _read_tmx_pairs(path, source_lang, target_lang)
    if suffix in ("csv", "tsv"):
        return _read_table_pairs(path, suffix, source_lang, target_lang)
    raise InputError(
        message(
            "{path}: unknown parallel-data format {suffix!r}; use .tmx, .csv or .tsv", path=path, suffix=path.suffix
        )
    )


def _read_tmx_pairs(path: Path, source_lang: str, target_lang: str) -> ImportedPairs:
    pairs: list[tuple[str, str]] = []
    notes: list[Note] = []
    dates: list[str | None] = []
    extras: list[dict[str, Any] | None] = []
    seen: dict[tuple[str, str], str] = {}
    for unit in read_tmx(path):
        where = f"TMX unit {unit.number}"
        langs = [v.lang for v in unit.variants]
        sides = pick_sides(source_lang, target_lang, langs)
        if sides is None:
            notes.append(Note(where, _missing(langs, source_lang, target_lang), True, LANGUAGE))
            continue
        source, target = (unit.variants[i] for i in sides)
        notes += _doubled_variants(where, langs, sides)
        if _add(pairs, notes, where, source.text, target.text, seen):
            dates.append(unit.changedate)
            extras.append(unit_extra(unit, source, target))
    return ImportedPairs(pairs, _with_lines(path, notes), dates, extras)


def _with_lines(path: Path, notes: list[Note]) -> list[Note]:
    """The notes, each "TMX unit N" with the line the unit starts on (found only when there is a note)."""
    if not notes:
        return notes
    lines = start_lines(path, ("tu",))

    def placed(text: str) -> str:
        return _TMX_UNIT.sub(
            lambda m: (
                f"{m.group(0)} (line {lines[int(m.group(1)) - 1]})" if int(m.group(1)) <= len(lines) else m.group(0)
            ),
            text,
        )

    return [replace(n, pair=placed(n.pair), reason=placed(n.reason)) for n in notes]


_TMX_UNIT = re.compile(r"TMX unit (\d+)")


def _doubled_variants(where: str, langs: Sequence[str], chosen: Iterable[int]) -> list[Note]:
    """A note for each side whose language tag the unit has more than once (the first is taken)."""
    notes = []
    for index in chosen:
        key = langs[index].lower()
        count = sum(1 for lang in langs if lang.lower() == key)
        if count > 1:
            notes.append(Note(where, f"{count} <tuv> of {langs[index]}; the first is taken", False))
    return notes


def _read_table_pairs(path: Path, fmt: str, source_lang: str, target_lang: str) -> ImportedPairs:
    text = read_text_file(path)
    reader = csv.reader(io.StringIO(text), delimiter="\t" if fmt == "tsv" else ",")
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(
            message("{path}: empty file; the first row must name the languages, e.g. en,zh", path=path)
        ) from None
    except csv.Error as exc:
        raise InputError(message("{path}: line 1: {reason}", path=path, reason=exc)) from None
    si, ti = language_columns(path, header, source_lang, target_lang)
    pairs: list[tuple[str, str]] = []
    notes: list[Note] = []
    seen: dict[tuple[str, str], str] = {}
    try:
        for row in reader:
            where = f"line {reader.line_num}"
            if len(row) <= max(si, ti):
                notes.append(Note(where, f"{len(row)} fields, expected {len(header)}", True))
                continue
            _add(pairs, notes, where, row[si], row[ti], seen)
    except csv.Error as exc:
        raise InputError(
            message("{path}: line {line}: {reason}", path=path, line=reader.line_num, reason=exc)
        ) from None
    return ImportedPairs(pairs, notes)


def _add(
    pairs: list[tuple[str, str]],
    notes: list[Note],
    where: str,
    source: str,
    target: str,
    seen: dict[tuple[str, str], str],
) -> bool:
    """Add the pair unless a side is empty or the file had it before (both said); True if added."""
    source, _ = _clean_field(source, "tmx")
    target, _ = _clean_field(target, "tmx")
    if not source or not target:
        notes.append(Note(where, "empty source or target", True))
        return False
    first = seen.setdefault((source, target), where)
    if first != where:
        notes.append(Note(where, f"the same pair as {first}", True, DUPLICATE))
        return False
    pairs.append((source, target))
    return True

"""Translations back from an XLIFF file: each unit's target becomes the segment's edit, or its accepted
final where the state says final, through the same QA gate as the review pane (a final with QA errors
is kept as an edit, and said).  All of one file in one transaction; a unit that does not fit is reported
and left alone."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from amts_gui.core.bilingual.xliff_read import XliffUnit, read_xliff
from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.parallel.languages import same_text
from amts_gui.core.project.chapters import get_chapter
from amts_gui.core.project.finals import QAError, accept_segment, save_edit
from amts_gui.core.project.review import ReviewRow, State, review_rows
from amts_gui.core.project.store import Store
from amts_gui.core.text.qa import check_final


@dataclass
class XliffImport:
    chapter: str
    accepted: int = 0
    edited: int = 0
    unchanged: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)  # "unit ID (#n): what"


def _chapter_of(store: Store, path: Path, original: str | None, chapter: str | None) -> str:
    name = chapter or original
    if not name:
        raise InputError(message("{path}: the file names no chapter; give it with --chapter", path=path))
    get_chapter(store, name)  # an unknown chapter is a clear error
    return name


def _apply(store: Store, row: ReviewRow, unit: XliffUnit, report: XliffImport) -> None:
    text = unit.target or ""
    where = f"unit {unit.id} (#{row.number})"
    if (unit.final and row.state == State.ACCEPTED and row.final == text) or (
        not unit.final and text == row.target and row.state != State.UNTRANSLATED
    ):
        report.unchanged += 1  # as it is in the project: nothing to write, nothing new to report
        return
    for finding in check_final(row.source, row.markup, text):  # changed or missing placeholders, per unit
        report.problems.append(f"{where}: {finding}")
    if unit.final:
        try:
            accept_segment(store, row.id, text, editor="xliff")
            report.accepted += 1
            return
        except QAError as refused:  # the accept gate's own findings (the glossary's too), each named
            listed = "; ".join(str(f) for f in refused.problems)
            report.problems.append(f"{where}: not accepted ({listed}); kept as an edit")
    save_edit(store, row.id, text, editor="xliff")
    report.edited += 1


def _where(unit: XliffUnit) -> str:
    return f"unit {unit.id}" + (f" (line {unit.line})" if unit.line else "")


def import_xliff(store: Store, path: Path, chapter: str | None = None) -> XliffImport:
    """Write the file's targets into the chapter it was made from (or ``chapter``)."""
    document = read_xliff(path)
    name = _chapter_of(store, path, document.original, chapter)
    project_lang = store.settings().target_lang
    if document.target_lang and not same_text(project_lang, document.target_lang):
        raise InputError(
            message(
                "{path}: its target language is {found}, the project's is {wanted}",
                path=path,
                found=document.target_lang,
                wanted=project_lang,
            )
        )
    rows = {r.id: r for r in review_rows(store, name)}
    report = XliffImport(name)
    seen: dict[str, XliffUnit] = {}
    with store.transaction():
        for unit in document.units:
            row = rows.get(unit.id)
            first = seen.setdefault(unit.id, unit)
            if first is not unit:
                report.problems.append(f"{_where(unit)}: the same unit id as {_where(first)}; only the first is read")
                report.skipped += 1
            elif row is None:
                report.problems.append(f"unit {unit.id}: not a segment of {name} (was the chapter re-imported?)")
                report.skipped += 1
            elif unit.problem is not None:
                report.problems.append(f"unit {unit.id} (#{row.number}): {unit.problem}")
                report.skipped += 1
            elif not (unit.target or "").strip():  # not translated there either
                report.unchanged += 1
            else:
                _apply(store, row, unit, report)
    return report

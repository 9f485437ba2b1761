"""Every QA finding of a project's translations, finals and untouched drafts alike: placeholders, emphasis,
numbers and glossary terms (what `amts qa` lists)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from amts_gui.core.project.chapters import get_chapter, list_chapters
from amts_gui.core.project.review import State, review_rows
from amts_gui.core.project.store import Store
from amts_gui.core.text.qa import Finding


@dataclass(frozen=True)
class QaItem:
    chapter: str
    number: int  # the segment's number in the chapter, as in the review table
    segment_id: str
    of: str  # "final" or "draft": what was checked
    finding: Finding

    def as_dict(self) -> dict[str, Any]:
        return {
            "chapter": self.chapter,
            "segment": self.number,
            "segment_id": self.segment_id,
            "of": self.of,
            "kind": str(self.finding.kind.value),
            "detail": str(self.finding.detail),
            "error": self.finding.is_error,
        }


def qa_report(store: Store, chapter: str | None = None) -> list[QaItem]:
    """The findings of every segment with a translation, in reading order (one chapter, or all)."""
    names = [get_chapter(store, chapter).path] if chapter else [c.path for c in list_chapters(store)]
    items: list[QaItem] = []
    for name in names:
        for row in review_rows(store, name):
            target = row.target
            if target is None or row.state == State.UNTRANSLATED:
                continue
            of = "draft" if row.state == State.DRAFT else "final"
            items += [QaItem(name, row.number, row.id, of, f) for f in row.findings]
    return items

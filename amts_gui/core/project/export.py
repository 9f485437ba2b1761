"""Render a chapter's target Markdown from the project."""

from __future__ import annotations

from amts_gui.core.project.chapters import source_document
from amts_gui.core.project.segments import best_translations
from amts_gui.core.project.store import Store
from amts_gui.core.text.document import Rendered
from amts_gui.core.text.ids import segment_ids


def render_chapter(store: Store, name: str) -> Rendered:
    """Target Markdown: accepted, edited or draft finals, else the latest draft, else the source."""
    doc = source_document(store, name)
    best = best_translations(store, name)
    translations = {key: best[sid] for key, sid in segment_ids(name, doc).items() if sid in best}
    return doc.render(translations)

"""Render a chapter's target Markdown from the store."""

from __future__ import annotations

from amts_gui.core.project.store import Store, segment_ids
from amts_gui.core.text.document import Rendered


def render_chapter(store: Store, name: str) -> Rendered:
    """Target Markdown: accepted, edited or draft finals, else the latest draft, else the source."""
    doc = store.document(name)
    best = store.best_translations(name)
    translations = {key: best[sid] for key, sid in segment_ids(name, doc).items() if sid in best}
    return doc.render(translations)

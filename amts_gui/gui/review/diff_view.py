"""A read-only view of a diff between two translations (word-level for en/es, character-level for zh)."""

from __future__ import annotations

import html

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from amts_gui.core.text.diffs import Change, Op, diff


def diff_html(changes: list[Change], dark: bool = False) -> str:
    """Deletions struck through on red, insertions underlined on green; both readable on any palette."""
    deleted = "#7a2630" if dark else "#fbd5d8"
    inserted = "#23582f" if dark else "#cdeccf"
    parts = []
    for change in changes:
        text = html.escape(change.text)
        if change.op == Op.DELETE:
            parts.append(f'<span style="background:{deleted}; text-decoration:line-through">{text}</span>')
        elif change.op == Op.INSERT:
            parts.append(f'<span style="background:{inserted}; text-decoration:underline">{text}</span>')
        else:
            parts.append(text)
    return "".join(parts)


class DiffView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.changes: list[Change] = []

    def show_diff(self, old: str | None, new: str | None, lang: str) -> None:
        if not old and not new:
            self.changes = []
            self.clear()
            return
        self.changes = diff(old or "", new or "", lang)
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self.setHtml(diff_html(self.changes, dark))

"""Words in a segment as Unicode's word boundaries (UAX #29, ``QTextBoundaryFinder``) draw them, chips whole.

Qt's own double-click and Ctrl+Left/Right look for spaces, so in Chinese or Japanese, which have none, a
double-click selected the whole segment.  Here a Chinese or Japanese character run breaks where the
boundary finder breaks it (a Han character, a katakana word, a Latin word), and a ``⟦n⟧`` chip is one word.
"""

from __future__ import annotations

from PySide6.QtCore import QTextBoundaryFinder

from amts_gui.core.text.placeholders import TOKEN_RE


def boundaries(text: str) -> list[int]:
    """Every word boundary of ``text``, from 0 to ``len(text)``, none inside a chip."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Word, text)
    found = {0, len(text)}
    position = finder.toNextBoundary()
    while position >= 0:
        found.add(position)
        position = finder.toNextBoundary()
    for chip in TOKEN_RE.finditer(text):
        found = {p for p in found if not chip.start() < p < chip.end()} | {chip.start(), chip.end()}
    return sorted(found)


def word_at(text: str, position: int) -> tuple[int, int]:
    """The word (or chip, or run of spaces) around ``position``: what a double-click there selects."""
    marks = boundaries(text)
    start = max((m for m in marks if m <= position), default=0)
    end = min((m for m in marks if m > position), default=len(text))
    return start, end


def next_word_start(text: str, position: int) -> int:
    """Where Ctrl+Right goes: the start of the next word after ``position`` (spaces skipped), else the end."""
    for mark in boundaries(text):
        if mark > position and (mark == len(text) or not text[mark].isspace()):
            return mark
    return len(text)


def previous_word_start(text: str, position: int) -> int:
    """Where Ctrl+Left goes: the start of the word before ``position`` (spaces skipped), else 0."""
    for mark in reversed(boundaries(text)):
        if mark < position and mark < len(text) and not text[mark].isspace():
            return mark
    return 0

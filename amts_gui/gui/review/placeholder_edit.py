"""Text views whose ``⟦n⟧`` placeholders are chips: drawn apart, atomic, and hard to delete by accident.

In the editable final, the caret never stops inside a chip, and Backspace/Delete next to a chip, or
typing over a selection that holds one, first selects the whole chip and says so; only a second
press removes it.  Ctrl+Alt+1…9 inserts the placeholder with that number; Alt+1…9 asks for the n-th
glossary term of the segment (``term_requested``).  Hovering a chip shows the markup it stands for.
Glossary terms can be underlined (``set_term_spans``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from amts_gui.core.text.placeholders import TOKEN_RE, token
from amts_gui.gui.review.word_bounds import next_word_start, previous_word_start, word_at

_EDIT_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)


def chip_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


class ChipHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self.chip = QTextCharFormat()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        self.chip.setBackground(QColor(120, 144, 200, 110) if dark else QColor(197, 210, 240))
        self.chip.setForeground(QColor(230, 236, 255) if dark else QColor(25, 45, 110))
        self.chip.setFontWeight(QFont.Weight.DemiBold)

        self.term = QTextCharFormat()
        self.term.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        self.term.setUnderlineColor(QColor(230, 150, 40) if dark else QColor(200, 110, 0))
        self.term_spans: list[tuple[int, int]] = []  # offsets in the document's text
        self.spelling = QTextCharFormat()
        self.spelling.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.spelling.setUnderlineColor(QColor(220, 60, 60))
        self.misspelled: Callable[[str], list[tuple[int, int]]] | None = None  # the final's spell checker

    def highlightBlock(self, text: str) -> None:
        offset = self.currentBlock().position()
        if self.misspelled is not None:
            for start, end in self.misspelled(text):
                self.setFormat(start, end - start, self.spelling)
        for start, end in self.term_spans:
            if start < offset + len(text) and end > offset:
                first = max(start - offset, 0)
                self.setFormat(first, min(end - offset, len(text)) - first, self.term)
        for start, end in chip_spans(text):
            self.setFormat(start, end - start, self.chip)


class ChipTextEdit(QPlainTextEdit):
    """A plain-text view with chips; read-only unless ``editable``."""

    notice = Signal(str)  # a short message for the user (e.g. "press again to delete ⟦2⟧")
    term_requested = Signal(int)  # Alt+n: insert the segment's n-th glossary term

    def __init__(self, parent: QWidget | None = None, *, editable: bool = False) -> None:
        super().__init__(parent)
        self.markup: tuple[str, ...] = ()
        self.highlighter = ChipHighlighter(self.document(), self.palette())
        self.setReadOnly(not editable)
        self.setTabChangesFocus(True)
        self.setMouseTracking(True)
        self._armed: tuple[int, int] | None = None
        self._last_position = 0
        self.cursorPositionChanged.connect(self._keep_out_of_chips)

    # -- content ------------------------------------------------------------------------
    def set_segment_text(self, text: str, markup: tuple[str, ...] = ()) -> None:
        """Replace the text (clears the editor's own undo history: a new segment starts fresh)."""
        self.markup = markup
        self._armed = None
        self.setPlainText(text)

    def set_term_spans(self, spans: list[tuple[int, int]]) -> None:
        """Underline these (start, end) character ranges: the glossary terms found in the text."""
        self.highlighter.term_spans = spans
        self.highlighter.rehighlight()

    def replace_all(self, text: str) -> None:
        """Replace the text as one undoable edit (Ctrl+Z in the editor brings the old text back)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self._armed = None

    def text(self) -> str:
        return self.toPlainText()

    # -- chips are atomic ------------------------------------------------------------------
    def _chip_at(self, position: int) -> tuple[int, int] | None:
        """The chip strictly containing ``position`` (between its first and last character)."""
        for start, end in chip_spans(self.toPlainText()):
            if start < position < end:
                return start, end
        return None

    def _keep_out_of_chips(self) -> None:
        cursor = self.textCursor()
        position = cursor.position()
        chip = self._chip_at(position)
        if chip is not None:
            target = chip[1] if position >= self._last_position else chip[0]
            mode = QTextCursor.MoveMode.KeepAnchor if cursor.hasSelection() else QTextCursor.MoveMode.MoveAnchor
            cursor.setPosition(target, mode)
            self.setTextCursor(cursor)
            position = target
        self._last_position = position
        if self._armed is not None and (cursor.selectionStart(), cursor.selectionEnd()) != self._armed:
            self._armed = None

    def _chips_touched(self, start: int, end: int) -> list[tuple[int, int]]:
        return [(s, e) for s, e in chip_spans(self.toPlainText()) if s < end and e > start]

    def _arm(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self._armed = (start, end)
        chips = " ".join(m.group() for m in TOKEN_RE.finditer(self.toPlainText()[start:end]))
        self.notice.emit(self.tr("Press again to delete the placeholder {0}").format(chips))

    def _guard(self, event: QKeyEvent) -> bool:
        """True when the key press was turned into a warning instead of deleting a chip."""
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        key = event.key()
        if start != end:
            touched = self._chips_touched(start, end)
        elif key == Qt.Key.Key_Backspace:
            touched = [c for c in chip_spans(self.toPlainText()) if c[1] == start]
        elif key == Qt.Key.Key_Delete:
            touched = [c for c in chip_spans(self.toPlainText()) if c[0] == start]
        else:
            return False
        return self._warn_first(start, end, touched)

    def _warn_first(self, start: int, end: int, touched: list[tuple[int, int]]) -> bool:
        """The first attempt to remove the chips ``touched`` by the range start–end selects them and warns
        (True: stop it); the same attempt again goes through."""
        if self._armed == (start, end):
            self._armed = None
            self.notice.emit("")  # done as asked: the warning no longer applies
            return False
        if not touched:
            return False
        self._arm(min(start, touched[0][0]), max(end, touched[-1][1]))
        return True

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        """An input method's text (Chinese, Japanese…) over chips gets the key press's guard: the first event
        that would replace a chip selects it and warns; the next one goes through."""
        if not self.isReadOnly() and self._ime_guard(event):
            event.accept()
            return
        super().inputMethodEvent(event)

    def _ime_guard(self, event: QInputMethodEvent) -> bool:
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if start == end and event.replacementLength() > 0:  # the method rewrites text beside the caret
            start = cursor.position() + event.replacementStart()
            end = start + event.replacementLength()
        replaces = bool(event.commitString() or event.preeditString() or event.replacementLength())
        if start == end or not replaces:
            return False
        return self._warn_first(start, end, self._chips_touched(start, end))

    # -- words, as Unicode draws them (Chinese and Japanese have no spaces) -----------------
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        start, end = word_at(self.toPlainText(), position)
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        event.accept()

    def _word_move(self, event: QKeyEvent) -> bool:
        """Ctrl+Left/Right, with Shift to select: by word boundaries, not by spaces."""
        moves = {
            QKeySequence.StandardKey.MoveToNextWord: (next_word_start, QTextCursor.MoveMode.MoveAnchor),
            QKeySequence.StandardKey.MoveToPreviousWord: (previous_word_start, QTextCursor.MoveMode.MoveAnchor),
            QKeySequence.StandardKey.SelectNextWord: (next_word_start, QTextCursor.MoveMode.KeepAnchor),
            QKeySequence.StandardKey.SelectPreviousWord: (previous_word_start, QTextCursor.MoveMode.KeepAnchor),
        }
        for key, (step, mode) in moves.items():
            if event.matches(key):
                cursor = self.textCursor()
                cursor.setPosition(step(self.toPlainText(), cursor.position()), mode)
                self.setTextCursor(cursor)
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._word_move(event):
            return
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9:
            number = event.key() - Qt.Key.Key_0
            if modifiers == Qt.KeyboardModifier.AltModifier:
                self.term_requested.emit(number)
                return
            if modifiers == Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier:
                self.insert_placeholder(number)
                return
        modifies = (
            event.key() in _EDIT_KEYS
            or event.matches(QKeySequence.StandardKey.Cut)
            or (
                bool(event.text())
                and event.text().isprintable()
                and not modifiers & Qt.KeyboardModifier.ControlModifier
            )
        )
        if modifies and self._guard(event):
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        cursor = self.textCursor()
        if cursor.hasSelection() and self._chips_touched(cursor.selectionStart(), cursor.selectionEnd()):
            if self._armed != (cursor.selectionStart(), cursor.selectionEnd()):
                touched = self._chips_touched(cursor.selectionStart(), cursor.selectionEnd())
                self._arm(min(cursor.selectionStart(), touched[0][0]), max(cursor.selectionEnd(), touched[-1][1]))
                return
        self._armed = None
        self.insertPlainText(" ".join(source.text().splitlines()))  # a segment is one line

    def insert_placeholder(self, number: int) -> None:
        if not 1 <= number <= len(self.markup):
            self.notice.emit(self.tr("This segment has no placeholder {0}").format(token(number)))
            return
        self.insertPlainText(token(number))

    # -- chips explain themselves ------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.markup:
            position = self.cursorForPosition(event.pos()).position()  # type: ignore[attr-defined]
            for m in TOKEN_RE.finditer(self.toPlainText()):
                if m.start() <= position <= m.end():
                    number = int(m.group(1))
                    if 1 <= number <= len(self.markup):
                        QToolTip.showText(event.globalPos(), self.markup[number - 1], self)  # type: ignore[attr-defined]
                        return True
            QToolTip.hideText()
            return True
        if event.type() == QEvent.Type.ShortcutOverride and not self.isReadOnly():
            key_event: Any = event
            # the editor's own undo while it has something to undo; else the window's segment undo
            if key_event.matches(QKeySequence.StandardKey.Undo) and not self.document().isUndoAvailable():
                return False
            if key_event.matches(QKeySequence.StandardKey.Redo) and not self.document().isRedoAvailable():
                return False
        return super().event(event)

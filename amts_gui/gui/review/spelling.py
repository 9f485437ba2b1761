"""Spell checking in the Final box: misspelled words underlined as one types (``core.text.spelling``),
their suggestions in the context menu, and F7 to the next misspelled word with its suggestions."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QMenu

from amts_gui.core.text.spelling import SpellChecker, checker_for
from amts_gui.core.text.terms import TermFinder
from amts_gui.gui.review.placeholder_edit import ChipTextEdit

LOAD_DELAY_MS = 300


class FinalSpelling(QObject):
    def __init__(self, final: ChipTextEdit) -> None:
        super().__init__(final)
        self.final = final
        self.checker: SpellChecker | None = None
        self.lang = ""
        self._glossary: TermFinder | None = None  # the glossary whose words are known already
        self._wanted: TermFinder | None = None  # the current segment's glossary
        final.installEventFilter(self)

    def set_language(self, lang: str, glossary: TermFinder | None) -> None:
        """Check in ``lang`` (nothing for Chinese and Japanese, or where no dictionary is installed); the
        glossary's translations are words too.  A dictionary loads a moment later, never before the window
        has painted (Enchant and a Hunspell dictionary take some 70 ms)."""
        self._wanted = glossary
        if lang == self.lang:
            self._know(glossary)
            return
        self.lang, self.checker, self._glossary = lang, None, None
        self.final.highlighter.misspelled = None
        QTimer.singleShot(LOAD_DELAY_MS, self._load)

    def _load(self) -> None:
        self.checker = checker_for(self.lang)
        self.final.highlighter.misspelled = self.checker.misspelled if self.checker else None
        if not self._know(self._wanted):
            self.final.highlighter.rehighlight()

    def _know(self, glossary: TermFinder | None) -> bool:
        """Take the glossary's translations as words (once per glossary); whether the final was checked again."""
        if self.checker is None or glossary is None or glossary is self._glossary:
            return False
        self._glossary = glossary
        self.checker.ignore([t for entry in glossary.entries for t in entry.targets])
        self.final.highlighter.rehighlight()
        return True

    def spans(self) -> list[tuple[int, int]]:
        return self.checker.misspelled(self.final.text()) if self.checker else []

    # -- F7 and the context menu ---------------------------------------------------------------
    def next_mistake(self) -> bool:
        """Select the next misspelled word after the caret (wrapping) and offer its suggestions."""
        spans = self.spans()
        if not spans:
            self.final.notice.emit(
                self.tr("No spelling mistakes.")
                if self.checker
                else self.tr("No spelling dictionary for this language.")
            )
            return False
        caret = self.final.textCursor().selectionEnd()
        start, end = next(((s, e) for s, e in spans if s >= caret), spans[0])
        cursor = self.final.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.final.setTextCursor(cursor)
        self.final.setFocus()
        menu = self.menu_for(start, end)
        menu.popup(self.final.viewport().mapToGlobal(self.final.cursorRect(cursor).bottomLeft()))
        return True

    def menu_for(self, start: int, end: int, extra: QMenu | None = None) -> QMenu:
        """The word's suggestions (each replaces it) and Ignore; then ``extra``'s entries (cut, copy, paste)."""
        menu = QMenu(self.final)
        menu.setObjectName("spelling-menu")
        word = self.final.text()[start:end]
        options = self.checker.suggestions(word) if self.checker else []
        if not options:
            menu.addAction(self.tr("(no suggestions)")).setEnabled(False)
        for suggestion in options:
            action = menu.addAction(suggestion)
            action.setEnabled(not self.final.isReadOnly())
            action.triggered.connect(lambda _c=False, s=suggestion: self._replace(start, end, word, s))
        menu.addSeparator()
        menu.addAction(self.tr("Ignore “{0}”").format(word)).triggered.connect(lambda _c=False: self._ignore(word))
        if extra is not None:
            menu.addSeparator()
            menu.addActions(extra.actions())
        return menu

    def _replace(self, start: int, end: int, word: str, suggestion: str) -> None:
        if self.final.text()[start:end] != word:
            return
        cursor = self.final.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(suggestion)
        self.final.setTextCursor(cursor)

    def _ignore(self, word: str) -> None:
        if self.checker is not None:
            self.checker.ignore([word])
            self.final.highlighter.rehighlight()

    def eventFilter(self, watched: QObject, event: object) -> bool:
        if watched is self.final and isinstance(event, QContextMenuEvent) and self.checker is not None:
            position = self.final.cursorForPosition(event.pos()).position()
            span = next(((s, e) for s, e in self.spans() if s <= position <= e), None)
            if span is not None:
                standard = self.final.createStandardContextMenu()  # kept alive while the menu shows
                self.menu_for(*span, standard).exec(event.globalPos())
                return True
        return False

"""The editor under the table: source, draft and reference beside the editable final, a diff, a QA badge,
the suggestions and the glossary terms of the current segment (underlined in the source)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from amts_gui.core.project.review import ReviewRow
from amts_gui.core.text.diffs import diff
from amts_gui.core.text.placeholders import restore
from amts_gui.core.text.qa import TERM_KINDS, check_final
from amts_gui.core.text.terms import TermFinder
from amts_gui.gui.common.messages import translated
from amts_gui.gui.common.wrapping import WrappingDelegate
from amts_gui.gui.review.diff_view import DiffView, diff_html
from amts_gui.gui.review.placeholder_edit import ChipTextEdit
from amts_gui.gui.review.prompt_bar import PromptBar
from amts_gui.gui.review.spelling import FinalSpelling
from amts_gui.gui.review.suggestions import Suggestions
from amts_gui.gui.review.terms_pane import TermsPane, segment_terms

SUGGESTION_ROLE = Qt.ItemDataRole.UserRole  # the text a suggestion puts into the final
DIFF_FINAL = 0  # draft → final
DIFF_REFERENCE = 1  # draft ↔ reference


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    return label


class EditorPane(QWidget):
    accept_requested = Signal()
    use_suggestion = Signal(str)
    leaving_row = Signal()  # another segment (or none) is about to be shown: the editing log ends its visit
    row_shown = Signal()
    comment_entered = Signal(str, str)  # (segment id, the comment as typed): Enter, or leaving the field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor-pane")
        self.row: ReviewRow | None = None
        self.target_lang = "en"
        self.source = ChipTextEdit(self)
        self.source.setObjectName("source-view")
        self.draft = ChipTextEdit(self)
        self.draft.setObjectName("draft-view")
        self.reference = ChipTextEdit(self)
        self.reference.setObjectName("reference-view")
        self.final = ChipTextEdit(self, editable=True)
        self.final.setObjectName("final-edit")
        self.final.setPlaceholderText(self.tr("Type the translation; Ctrl+Enter accepts it and moves on"))
        self.draft_label = _label(self.tr("Draft"), "draft-label")
        self.source_change = QLabel()
        self.source_change.setObjectName("source-change")
        self.source_change.setWordWrap(True)
        self.source_change.setTextFormat(Qt.TextFormat.RichText)
        self.source_change.hide()
        self.source_lang = "en"
        self.qa_badge = QLabel()
        self.qa_badge.setObjectName("qa-badge")
        self.qa_badge.setWordWrap(False)  # one line beside "Final", never taller (the whole list is its tooltip)
        self.qa_badge.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.notice = QLabel()
        self.notice.setObjectName("editor-notice")
        self.notice.setWordWrap(True)
        self.final.notice.connect(self.notice.setText)
        self.final.textChanged.connect(self._text_changed)
        self.final.term_requested.connect(self.insert_term)
        self.spelling = FinalSpelling(self.final)
        self.terms = TermsPane()
        self.terms.use_term.connect(self._use_term)
        self.prompt = PromptBar(self)  # questions that do not stop the work (repetitions)
        self.comment = QLineEdit()
        self.comment.setObjectName("comment-edit")
        self.comment.setClearButtonEnabled(True)
        self.comment.setPlaceholderText(self.tr("Comment (Ctrl+M; Enter keeps it)"))
        self.comment.editingFinished.connect(self._comment_finished)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("editor-splitter")
        self.splitter.addWidget(self._texts())
        self.splitter.addWidget(self._side())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        layout.addWidget(self.splitter)
        self.show_row(None)

    def _texts(self) -> QWidget:
        """Source and draft above, reference and the final below, and the Accept button."""
        accept = QPushButton(self.tr("Accept (Ctrl+Enter)"))
        accept.setObjectName("accept-button")
        accept.clicked.connect(self.accept_requested)
        texts = QGridLayout()
        texts.addWidget(_label(self.tr("Source"), "source-label"), 0, 0)
        texts.addWidget(self.draft_label, 0, 1)
        texts.addWidget(self.source, 1, 0)
        texts.addWidget(self.draft, 1, 1)
        texts.addWidget(self.source_change, 2, 0, 1, 2)  # shown only when the source changed under a draft
        texts.addWidget(_label(self.tr("Reference"), "reference-label"), 3, 0)
        final_head = QHBoxLayout()
        final_head.addWidget(_label(self.tr("Final"), "final-label"))
        final_head.addWidget(self.qa_badge, 1)  # the rest of the row (a stretch beside it left it no width)
        texts.addLayout(final_head, 3, 1)
        texts.addWidget(self.reference, 4, 0)
        texts.addWidget(self.final, 4, 1)
        bottom = QHBoxLayout()  # its own row, below the boxes: nothing is drawn over the text
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.comment, 1)
        bottom.addWidget(accept)
        texts.addLayout(bottom, 5, 0, 1, 2)
        for row in (1, 4):  # the text boxes take the height, the same share each
            texts.setRowStretch(row, 1)
        for column in (0, 1):
            texts.setColumnStretch(column, 1)
        left = QWidget()
        left.setObjectName("editor-texts")
        left.setLayout(texts)
        return left

    def _side(self) -> QWidget:
        """The diff and the translation-memory suggestions."""
        self.diff_mode = QComboBox()
        self.diff_mode.setObjectName("diff-mode")
        self.diff_mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.diff_mode.setMinimumContentsLength(8)
        self.diff_mode.addItems([self.tr("Diff: draft → final"), self.tr("Diff: draft ↔ reference")])
        self.diff_mode.currentIndexChanged.connect(lambda _i: self.update_diff())
        self.diff = DiffView()
        self.diff.setObjectName("diff-view")
        self.suggestions = QTreeWidget()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setRootIsDecorated(False)
        self.suggestions.setItemDelegate(WrappingDelegate(self.suggestions))  # read whole, never cut to "机器翻…"
        self.suggestions.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.suggestions.setHeaderLabels([self.tr("%"), self.tr("Suggestion"), self.tr("Memory source")])
        header = self.suggestions.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the two texts share the pane
        self.suggestions.itemActivated.connect(lambda item, _c: self.use_suggestion.emit(item.data(1, SUGGESTION_ROLE)))
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.diff_mode)
        side.addWidget(self.diff, 2)
        hint = _label(self.tr("Translation memory and concordance (Enter or double-click to use)"), "suggestions-label")
        hint.setWordWrap(True)  # never wider than the pane, so the pane can shrink
        side.addWidget(hint)
        side.addWidget(self.suggestions, 3)
        terms_hint = _label(self.tr("Glossary terms (Alt+1…9 inserts; Ctrl+Shift+G adds a term)"), "terms-label")
        terms_hint.setWordWrap(True)
        side.addWidget(terms_hint)
        side.addWidget(self.terms, 2)
        right.setObjectName("editor-side")
        return right

    # -- the current segment --------------------------------------------------------------
    def show_row(self, row: ReviewRow | None, target_lang: str | None = None) -> None:
        if self.row is not None and (row is None or row.id != self.row.id):
            self.leaving_row.emit()
        self.row = row
        if target_lang:
            self.target_lang = target_lang
        if row is not None:
            self.spelling.set_language(self.target_lang, row.terms)
        markup = row.markup if row else ()
        self.source.set_segment_text(row.source if row else "", markup)
        hidden = row is not None and row.from_scratch  # a from-scratch control: no draft, no reference
        self.draft.set_segment_text(row.draft.text if row and row.draft and not hidden else "", markup)
        self.draft_label.setText(self._draft_title(row))
        self.reference.set_segment_text(row.reference or "" if row and not hidden else "", markup)
        self._show_source_change(None if hidden else row)
        self._show_terms(row)
        self.final.blockSignals(True)
        self.final.set_segment_text(self.initial_final(row), markup)
        self.final.blockSignals(False)
        self.final.setEnabled(row is not None)
        self.final.setReadOnly(row is not None and row.locked)
        self.comment.setText(row.comment or "" if row else "")
        self.comment.setEnabled(row is not None)
        self.notice.setText(
            self.tr("Locked: the final cannot change (Ctrl+L unlocks it).") if row and row.locked else ""
        )
        self.suggestions.clear()
        self._text_changed()
        self.row_shown.emit()

    def _comment_finished(self) -> None:
        row = self.row
        if row is not None and self.comment.text().strip() != (row.comment or ""):
            self.comment_entered.emit(row.id, self.comment.text())

    def edit_comment(self) -> None:
        """Ctrl+M: into the comment field (Enter keeps the comment, Esc or Tab goes back)."""
        if self.row is not None:
            self.comment.setFocus()
            self.comment.selectAll()

    def selections(self) -> tuple[str, str]:
        """What is selected in the source and in the final: a new glossary term and its translation."""
        return self.source.textCursor().selectedText(), self.final.textCursor().selectedText()

    def set_glossary(self, terms: TermFinder) -> None:
        """A changed glossary: the current segment's terms, underlines and QA again (the typing stays)."""
        if self.row is None:
            return
        self.row = replace(self.row, terms=terms)
        self._show_terms(self.row)
        self._text_changed()

    def _draft_title(self, row: ReviewRow | None) -> str:
        if row is not None and row.from_scratch:
            return self.tr("Draft hidden: translate this one from scratch (a control for the editing log)")
        return self.tr("Draft ({0})").format(row.draft.label) if row and row.draft else self.tr("Draft")

    def _show_terms(self, row: ReviewRow | None) -> None:
        """The glossary's terms of the segment: underlined in the source, listed in the Terms pane."""
        matches = row.terms.find(row.source) if row is not None and row.terms is not None else []
        self.source.set_term_spans([(m.start, m.end) for m in matches])
        self.terms.show_terms(segment_terms(matches))

    def insert_term(self, number: int) -> None:
        """Alt+n: the n-th term's preferred translation at the caret."""
        target = self.terms.target(number)
        if target is None:
            self.notice.setText(self.tr("This segment has no glossary term {0}").format(number))
            return
        self._use_term(target)

    def writable(self) -> bool:
        """Whether the final may change; a locked one says so instead."""
        if self.row is not None and self.row.locked:
            self.notice.setText(self.tr("Locked: the final cannot change (Ctrl+L unlocks it)."))
            return False
        return self.row is not None

    def _use_term(self, target: str) -> None:
        if self.writable():
            self.final.insertPlainText(target)
            self.final.setFocus()

    def _show_source_change(self, row: ReviewRow | None) -> None:
        """What the draft's own source sentence says differently: for a draft carried over from a changed
        source sentence, that sentence; for a fuzzy memory match, the memory's sentence (as Trados shows it)."""
        draft = row.draft if row is not None else None
        if row is None or draft is None:
            self.source_change.hide()
            return
        if draft.old_source is not None and draft.trivial:
            kinds = ", ".join(self._form_kinds().get(k, k) for k in draft.trivial)
            intro = self.tr("Only the form of the source changed ({0}); the translation was carried:").format(kinds)
            old = draft.old_source
        elif draft.old_source is not None:
            intro, old = self.tr("Source changed since this translation was made:"), draft.old_source
        elif draft.match_source is not None and draft.score is not None and draft.score < 100:
            intro, old = self.tr("The memory's sentence differs:"), draft.match_source
        else:
            self.source_change.hide()
            return
        changes = diff(old, restore(row.source, row.markup), self.source_lang)
        self.source_change.setText(intro + " " + diff_html(changes, self._dark()))
        self.source_change.show()

    def _form_kinds(self) -> dict[str, str]:
        """The kinds of a change of form (core/sync/trivial.py's names) in the interface language."""
        return {
            "slide markers": self.tr("slide markers"),
            "emphasis": self.tr("emphasis"),
            "code, math or roles": self.tr("code, math or roles"),
            "contractions": self.tr("contractions"),
            "case": self.tr("case"),
            "numbers": self.tr("numbers"),
            "punctuation": self.tr("punctuation"),
            "spacing": self.tr("spacing"),
        }

    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightness() < 128

    @staticmethod
    def initial_final(row: ReviewRow | None) -> str:
        """What the editor starts with: the final if there is one, else the draft to post-edit."""
        if row is None:
            return ""
        return row.shown_target or ""

    def is_modified(self) -> bool:
        return self.row is not None and self.final.text() != self.initial_final(self.row)

    def _text_changed(self) -> None:
        row = self.row
        if row is None:
            self.qa_badge.clear()
            self.diff.show_diff(None, None, self.target_lang)
            return
        text = self.final.text()
        findings = (
            check_final(row.source, row.markup, text, row.terms, row.rules, row.ignored_terms)
            if text or row.target
            else []
        )
        if findings:
            first = findings[0]  # one line: a term finding as its term (the kind is in the tooltip)
            shown = translated(first.detail) if first.kind in TERM_KINDS else translated(first.text)
            more = self.tr(" (+{0} more)").format(len(findings) - 1) if len(findings) > 1 else ""
            self.qa_badge.setText("⚠ " + shown + more)
            color = "#c62828" if any(f.is_error for f in findings) else "#a15c00"  # errors red, warnings amber
            self.qa_badge.setStyleSheet(f"color: {color}; font-weight: 600")
            self.qa_badge.setToolTip("\n".join(translated(f.text) for f in findings))
        else:
            self.qa_badge.setText(self.tr("✓ QA") if self.final.text() else "")
            self.qa_badge.setStyleSheet("color: #2e7d32")
            self.qa_badge.setToolTip("")
        self.update_diff()

    def update_diff(self) -> None:
        row = self.row
        if row is None:
            return
        draft = row.draft.text if row.draft else ""
        if self.diff_mode.currentIndex() == DIFF_REFERENCE:
            self.diff.show_diff(draft, row.reference, self.target_lang)
        else:
            self.diff.show_diff(draft, self.final.text(), self.target_lang)

    def origin_word(self, origin: str) -> str:
        """Where a pair came from, in the interface language."""
        words = {
            "aligned": self.tr("aligned"),
            "accepted": self.tr("accepted"),
            "imported": self.tr("imported"),
        }
        return words.get(origin, origin)

    def show_suggestions(self, found: Suggestions) -> None:
        self.suggestions.clear()
        for s in found.matches:
            label = f"{s.score:.0f}" if s.is_match else f"~{s.score:.0f}"
            item = QTreeWidgetItem([label, s.target, s.source])
            item.setData(1, SUGGESTION_ROLE, s.target)
            item.setToolTip(1, f"{self.origin_word(s.origin)}: {s.source}\n→ {s.target}")
            self.suggestions.addTopLevelItem(item)
        for c in found.concordance:
            item = QTreeWidgetItem(["≈", c.target, c.source])
            item.setData(1, SUGGESTION_ROLE, c.target)
            item.setToolTip(1, f"{self.origin_word(c.origin)} ({c.chapter or '—'}): {c.source}\n→ {c.target}")
            self.suggestions.addTopLevelItem(item)

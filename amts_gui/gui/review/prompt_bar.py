"""A question that does not stop the work: a line above the editor, with buttons.

A modal dialog in the flow of work takes the next keys typed (issue 30: Ctrl+Enter in the repetitions
dialog meant "Fill", and the next translation landed on the wrong segment).  This bar never takes the
keyboard focus: typing goes on in the Final, the bar's own shortcuts (window commands) or a click answer
it, and the next question replaces an unanswered one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


@dataclass(frozen=True)
class Choice:
    key: str  # the button's name ("fill" → objectName "prompt-fill"), and what answer() takes
    label: str  # the button's text, with its shortcut if it has one
    act: Callable[[], None]


class PromptBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prompt-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text = QLabel()
        self.text.setObjectName("prompt-text")
        self.text.setWordWrap(True)
        self.buttons = QHBoxLayout()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.text, 1)
        layout.addLayout(self.buttons)
        self.asking: str | None = None  # the name of the question on show
        self._choices: dict[str, Choice] = {}
        self.hide()

    def ask(self, name: str, text: str, choices: list[Choice]) -> None:
        """Show a question (replacing any other); each choice answers it and clears the bar."""
        self.clear()
        self.asking = name
        self.text.setText(text)
        for choice in choices:
            self._choices[choice.key] = choice
            button = QPushButton(choice.label)
            button.setObjectName(f"prompt-{choice.key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing never reaches it
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, key=choice.key: self.answer(key))
            self.buttons.addWidget(button)
        self.show()

    def answer(self, key: str) -> bool:
        """Answer the question on show with choice ``key``; False when there is none, or no such choice."""
        choice = self._choices.get(key)
        if self.asking is None or choice is None:
            return False
        self.clear()
        choice.act()
        return True

    def clear(self) -> None:
        self.asking = None
        self._choices = {}
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.text.clear()
        self.hide()

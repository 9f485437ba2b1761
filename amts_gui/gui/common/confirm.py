"""Asking before anything that Amazon bills or that changes what is stored there.

The question's default button is Cancel, and Escape cancels too: Enter pressed by habit (the key that
accepts a segment, or the one another CAT tool binds) never starts a paid job or replaces parallel data.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget


class Reach(Enum):
    """How far a command reaches: what a shortcut pressed by accident could cost."""

    LOCAL = "local"  # this machine only
    READS = "reads"  # asks Amazon or S3 and changes nothing there (checking batch jobs)
    WRITES = "writes"  # changes what Amazon stores (parallel data, terminology) or merges it into the project
    PAID = "paid"  # Amazon Translate bills it

    @property
    def asks(self) -> bool:
        """Whether the command asks first, with Cancel as the default."""
        return self in (Reach.WRITES, Reach.PAID)


def ask_before(parent: QWidget | None, title: str, text: str, proceed: str, details: str = "") -> bool:
    """True only when the user clicks ``proceed``; Enter and Escape both mean Cancel."""
    return ask_before_with_option(parent, title, text, proceed, details)[0]


def ask_before_with_option(
    parent: QWidget | None, title: str, text: str, proceed: str, details: str = "", option: str = ""
) -> tuple[bool, bool]:
    """As :func:`ask_before`, with a check box (``option``, unchecked) under the question: (go, checked)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    if option:
        check = QCheckBox(option)
        check.setObjectName("confirm-option")
        box.setCheckBox(check)
    box.setObjectName("confirm-box")
    if details:
        box.setInformativeText(details)
    go = box.addButton(proceed, QMessageBox.ButtonRole.AcceptRole)
    go.setObjectName("confirm-proceed")
    go.setAutoDefault(False)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("confirm-cancel")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    checked = box.checkBox() is not None and box.checkBox().isChecked()
    return box.clickedButton() is go, checked

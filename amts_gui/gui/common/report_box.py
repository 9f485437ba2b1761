"""A report that has more to say than a status line: its summary, and the list behind it under
"Show Details…" (the units an import left out or changed, the conflicts of a pull)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def report_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str, name: str
) -> QMessageBox:
    """A non-modal box, deleted on close; ``name`` is its objectName.  The caller opens it."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setObjectName(name)
    box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box

"""For the real-window tests (``--report-widgets``): every modal window shown, and every key pressed while one
was up.  A key typed for the desk that went into a dialog instead is what the "day" test must never see."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class DialogWatcher(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.seen: list[str] = []  # the modal windows shown, by objectName, in order
        self.keys = 0  # key presses delivered while a modal window was up

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow() and watched.isModal():
            self.seen.append(watched.objectName() or type(watched).__name__)
        elif kind == QEvent.Type.KeyPress and watched is QApplication.focusWidget():
            if QApplication.activeModalWidget() is not None:
                self.keys += 1
        return False


def watch_dialogs(parent: QObject) -> DialogWatcher:
    watcher = DialogWatcher(parent)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(watcher)
    return watcher

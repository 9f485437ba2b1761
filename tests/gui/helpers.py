"""Helpers for the GUI tests: a window on a fresh project, waiting for its background work."""

from __future__ import annotations

from amts_gui.gui.common.preferences import Preferences
from amts_gui.gui.main_window import MainWindow

CHAPTER = "softmax-temperature.md"


def open_window(qtbot, store, prefs: Preferences | None = None) -> MainWindow:
    window = MainWindow(store, prefs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)  # window shortcuts need an active window
    counting = lambda: any(t.kind.startswith("quiet:counts") for t in window.runner.running.values())  # noqa: E731
    qtbot.waitUntil(lambda: not counting(), timeout=10_000)  # the toolbar and status bar have their counts
    return window


def wait_idle(qtbot, window: MainWindow, timeout: int = 60_000) -> None:
    """Wait until no task runs (suggestion lookups included) and their results are delivered."""
    qtbot.waitUntil(lambda: not window.runner.running, timeout=timeout)


def row_number(window: MainWindow) -> int:
    row = window.review.current_row()
    assert row is not None
    return row.number


def type_text(widget, text: str) -> None:
    """Type any text, Chinese included, as key events (QTest's keyClicks handles ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def answer(name: str, button: str, seen: list[str] | None = None) -> None:
    """Press button ``button`` of the modal box ``name`` as soon as it is shown (call before what opens it)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    box = QApplication.activeModalWidget()
    if box is None or box.objectName() != name:
        QTimer.singleShot(20, lambda: answer(name, button, seen))
        return
    if seen is not None:
        seen.append(box.text())
    box.findChild(type(box.defaultButton()), button).click()


def confirm_next(seen: list[str] | None = None) -> None:
    """Say yes to the next question before a paid or remote action (its default is Cancel)."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: answer("confirm-box", "confirm-proceed", seen))

"""Clicks and keys where there is nothing to act on never raise: an empty project, a chapter without
segments, and while a task runs.  Every command is triggered; dialogs they open are dismissed."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from amts_gui.core.project.chapters import import_chapter  # noqa: E402
from tests.gui.helpers import open_window, type_text, wait_idle  # noqa: E402

SKIPPED = {"quit"}  # closes the window; covered by the window tests
KEYS = [Qt.Key.Key_Return, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_A]


@pytest.fixture
def dismiss_dialogs(qapp):
    """Close every modal dialog a command opens (a file dialog, a question, the settings)."""
    timer = QTimer()
    timer.timeout.connect(lambda: (QApplication.activeModalWidget() or _Nothing()).close())
    timer.start(30)
    yield
    timer.stop()


class _Nothing:
    def close(self) -> None:
        pass


def _poke_everything(qtbot, window) -> None:
    for commands in window.all_commands():
        for key in commands.keys():
            if key not in SKIPPED and commands[key].isEnabled():
                commands[key].trigger()
    for widget in (window.review.table, window.review.editor.final, window.review.search, window.tree):
        for key in KEYS:
            qtbot.keyClick(widget, key)
        qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.mouseClick(widget.viewport() if hasattr(widget, "viewport") else widget, Qt.MouseButton.LeftButton)


def test_an_empty_project_takes_every_click_and_key_and_says_what_to_do(qtbot, project, dismiss_dialogs):
    window = open_window(qtbot, project)
    assert window.review.hint.isVisible() and "Import chapters" in window.review.hint.text()
    assert window.review.shown_label.text() == ""
    _poke_everything(qtbot, window)
    wait_idle(qtbot, window)


def test_a_chapter_without_segments_takes_every_click_and_key(qtbot, project, dismiss_dialogs):
    import_chapter(project, "code-only.md", "```python\nprint(1)\n```\n")
    window = open_window(qtbot, project)
    assert window.current_chapter() == "code-only.md" and window.review.model.rowCount() == 0
    assert window.review.hint.isVisible() and "no sentences to translate" in window.review.hint.text()
    _poke_everything(qtbot, window)
    wait_idle(qtbot, window)


def test_every_command_during_a_running_task_is_refused_or_queued_not_raised(qtbot, sample_store, dismiss_dialogs):
    window = open_window(qtbot, sample_store)
    window.parallel_data.commands["align"].trigger()  # loads the encoder: runs for a while
    assert window.busy
    _poke_everything(qtbot, window)
    wait_idle(qtbot, window)


def test_an_unexpected_error_goes_to_the_log_and_the_user_gets_a_message(qtbot, sample_store, tmp_path, monkeypatch):
    import logging
    import sys

    from amts_gui.gui.common.unexpected import report_unexpected_errors

    window = open_window(qtbot, sample_store)
    log = tmp_path / "amts-gui.log"
    handler = logging.FileHandler(log, encoding="utf-8")
    logging.getLogger().addHandler(handler)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    try:
        hook = report_unexpected_errors(window.notify, log)
        try:
            raise ZeroDivisionError("a bug")
        except ZeroDivisionError as exc:
            hook(type(exc), exc, exc.__traceback__)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert sys.excepthook is hook
    assert "Something went wrong (ZeroDivisionError)" in window.last_message and str(log) in window.last_message
    assert "Traceback" in log.read_text(encoding="utf-8") and "a bug" in log.read_text(encoding="utf-8")
    warning = window.findChild(QMessageBox, "warning-box")
    assert warning is not None and "ZeroDivisionError" in warning.text()


def test_a_read_only_project_opens_for_viewing_and_a_write_says_why(qtbot, tmp_path, monkeypatch):
    from amts_gui.core.project import store as store_module
    from amts_gui.core.project.review import review_rows
    from amts_gui.core.project.store import Store
    from tests.conftest import SAMPLE_CHAPTER, create_sample_project

    create_sample_project(tmp_path / "p.amts").close()
    real = store_module.os.access
    monkeypatch.setattr(store_module.os, "access", lambda path, mode: False if mode & 2 else real(path, mode))
    store = Store(tmp_path / "p.amts")
    window = open_window(qtbot, store)
    assert "[read-only]" in window.windowTitle() and window.review.model.rowCount() == 30
    window.review.editor.final.setFocus()
    type_text(window.review.editor.final, "软最大温度")
    window.review.accept_and_next()
    assert "opened read-only" in window.last_message
    assert review_rows(store, SAMPLE_CHAPTER)[0].final is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.amts"]
    store.close()

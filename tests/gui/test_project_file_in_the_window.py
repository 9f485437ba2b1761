"""The open project survives the window's file dialogs, and a project that can no longer be written is told at
once, with a way to keep the work (issue 29)."""

from __future__ import annotations

import ast
import os
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

from amts_gui.core.project.review import review_rows
from amts_gui.core.project.store import Store
from amts_gui.core.project.wal_guard import Loss
from amts_gui.gui.common import file_dialogs
from tests.conftest import REPO
from tests.gui.helpers import CHAPTER, open_window
from tests.gui.kill_trials import DIALOGS, run_trial
from tests.gui.real_window import needs_x11

linux_proc = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="the lock check needs Linux's /proc")


def test_every_file_dialog_of_the_window_is_made_by_file_dialogs():
    """Qt's static dialogs (getOpenFileName and the like) use the default icon provider, which reads files."""
    found = []
    for path in (REPO / "amts_gui").rglob("*.py"):
        if path.name == "file_dialogs.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in (
                "getOpenFileName",
                "getOpenFileNames",
                "getSaveFileName",
                "getExistingDirectory",
            ):
                found.append(f"{path.relative_to(REPO)}:{node.lineno}")
            if isinstance(node, ast.Name) and node.id == "QFileDialog":
                found.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert found == []


def list_folder(qtbot, dialog: QFileDialog) -> dict[str, str]:
    """Show the dialog until its list has the folder's files with their types; {name: type}."""
    dialog.show()
    fs_model = dialog.findChild(QFileSystemModel)
    root = fs_model.index(dialog.directory().absolutePath())

    def types() -> dict[str, str]:
        rows = (fs_model.index(row, 0, root) for row in range(fs_model.rowCount(root)))
        return {fs_model.fileName(index): fs_model.type(index) for index in rows}

    qtbot.waitUntil(lambda: types().get("sample.amts"), timeout=10_000)
    qtbot.wait(500)  # the gatherer's thread has looked at every file of the folder, listed or not
    listed = types()
    dialog.close()
    return listed


def a_reader_closes(path: Path) -> None:
    """Another program reads the project and closes: were it the last holder, SQLite deletes the log."""
    db = sqlite3.connect(path)
    db.execute("SELECT count(*) FROM settings").fetchone()
    db.close()


@linux_proc
@pytest.mark.parametrize("mode", ["open", "save"])
def test_the_dialog_lists_the_project_by_name_without_opening_it(qtbot, sample_store, mode):
    sample_store.set_setting("name", "written")
    folder = str(sample_store.path.parent)
    dialog = file_dialogs.make_dialog(None, "Pick", folder, "AMTS projects (*.amts)")
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    types = list_folder(qtbot, dialog)
    assert types["sample.amts"] == "AMTS project"
    assert sample_store.lost() is None
    a_reader_closes(sample_store.path)
    assert sample_store.path.with_name("sample.amts-wal").exists()
    sample_store.set_setting("name", "still written")


@linux_proc
def test_qt_s_own_icon_provider_is_what_took_the_locks(qtbot, sample_store):
    """The root cause, kept as a check: Qt's default provider reads the files to name their type."""
    dialog = QFileDialog(None, "Pick", str(sample_store.path.parent), "AMTS projects (*.amts)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    types = list_folder(qtbot, dialog)
    # known only by reading the file: "SQLite3 database", or "application/x-sqlite3" where the system has no
    # shared-mime-info (a fresh Debian) and Qt's own database names it
    assert "sqlite" in types["sample.amts"].lower()
    assert sample_store.lost() is Loss.LOCKS_LOST


@linux_proc
def test_a_project_that_lost_its_locks_is_told_once_and_takes_no_more_accepts(
    qtbot, sample_store, tmp_path, monkeypatch
):
    window = open_window(qtbot, sample_store)
    window.tree.select(CHAPTER)
    for name in (sample_store.path.name, sample_store.path.name + "-wal", sample_store.path.name + "-shm"):
        os.close(os.open(sample_store.path.with_name(name), os.O_RDONLY))  # what the dialog's type guess did
    assert not window.project_file.check()
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "project-lost-box" and w.isVisible()]
    assert len(boxes) == 1 and "locks were lost" in boxes[0].text()
    assert not window.project_file.check()  # told once
    assert len([w for w in QApplication.topLevelWidgets() if w.objectName() == "project-lost-box"]) == 1
    boxes[0].close()
    window.review.open_segment(review_rows(sample_store, CHAPTER)[0].id)
    window.review.editor.final.replace_all("软最大温度")
    window.review.accept_and_next()
    assert "nothing more is written" in window.last_message
    other = Store(sample_store.path)
    assert review_rows(other, CHAPTER)[0].status != "accepted"
    copy = tmp_path / "rescued.amts"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *args: str(copy))
    window.project_file.save_copy()
    assert Store(copy).settings().source_lang == "en" and str(copy) in window.last_message


def test_save_a_copy_is_in_the_file_menu_and_writes_a_consistent_copy(qtbot, sample_store, tmp_path, monkeypatch):
    window = open_window(qtbot, sample_store)
    sample_store.set_setting("name", "kept in the copy")
    assert window.project_file.commands["save_copy"] in window.menuBar().actions()[0].menu().actions()
    copy = tmp_path / "copy.amts"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *args: str(copy))
    window.project_file.save_copy()
    assert Store(copy).settings().name == "kept in the copy"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *args: str(sample_store.path))
    window.project_file.save_copy()  # over the open project itself: refused, in words
    assert "is a file of the project that is open" in window.last_message
    assert sample_store.lost() is None


def test_a_busy_project_is_said_in_words_and_the_accept_tried_again(qtbot, sample_store, monkeypatch):
    from amts_gui.gui.review import review_tab

    monkeypatch.setattr(review_tab, "BUSY_RETRY_MS", 200)
    window = open_window(qtbot, sample_store)
    window.store.set_busy_timeout(0.2)
    window.tree.select(CHAPTER)
    row = review_rows(sample_store, CHAPTER)[0]
    window.review.open_segment(row.id)
    window.review.editor.final.replace_all("软最大温度")
    holder = sqlite3.connect(sample_store.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    window.review.accept_and_next()
    assert "in use by another program" in window.last_message and "Trying again" in window.last_message
    holder.execute("ROLLBACK")
    holder.close()
    qtbot.waitUntil(lambda: review_rows(Store(sample_store.path), CHAPTER)[0].status == "accepted", timeout=5_000)


@needs_x11
@pytest.mark.skipif(sys.platform != "linux", reason="the trial reads /proc to see a deleted log")
@pytest.mark.parametrize("dialog", list(DIALOGS))
def test_kill_trial_every_acknowledged_accept_survives_the_dialog_a_terminal_and_kill_9(display, tmp_path, dialog):
    """The issue's reproduction as a person did it, in a real window; `python -m tests.gui.kill_trials` runs many."""
    trial = run_trial(display, tmp_path / dialog, dialog)
    assert trial.dialog_seen, "the dialog did not open"
    assert trial.acknowledged == ["app:2", f"terminal:{10}", "app:3", "app:4"], trial.refused
    assert trial.lost == [] and not trial.wal_unlinked and trial.integrity == "ok"

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402

from amts_gui.gui.main_window import MainWindow  # noqa: E402
from amts_gui.gui.segment_model import SegmentTableModel  # noqa: E402


def test_segment_model_without_a_window(qtbot, demo_store):
    model = SegmentTableModel(demo_store)
    model.load("softmax-temperature.md")
    rows = demo_store.segments("softmax-temperature.md")
    assert model.rowCount() == len(rows) > 20
    assert model.index(0, 1).data() == "Softmax Temperature"
    assert model.index(0, 3).data() == "new"


def test_main_window_opens_the_demo_project(qtbot, demo_store):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.chapters.count() == 1
    assert "en → zh" in window.windowTitle()
    assert window.table.model().rowCount() > 20
    assert "segments" in window.statusBar().currentMessage()


def test_align_runs_in_a_worker_and_reports_the_pairs(qtbot, demo_store):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    window.align_action.trigger()  # Ctrl+Shift+A
    assert window.worker is not None  # the GUI thread returned at once; the work goes on in the worker
    qtbot.waitUntil(lambda: window.worker is None, timeout=60_000)
    assert window.last_message.startswith("Aligned 1 chapter:")
    pairs = demo_store.stats()["pairs"]
    assert pairs > 25
    assert window.statusBar().currentMessage() == window.last_message


def test_cancelled_alignment_writes_nothing(qtbot, demo_store):
    from amts_gui.gui.tasks import Worker

    def job(progress, cancelled):
        from amts_gui.core.parallel import align_project

        return align_project(demo_store, progress=progress, cancelled=lambda: True)

    worker = Worker(job)
    with qtbot.waitSignal(worker.succeeded, timeout=10_000) as blocker:
        worker.start()
    assert blocker.args == [[]]
    worker.wait()
    assert demo_store.stats()["pairs"] == 0


def test_worker_turns_bad_input_into_a_message(qtbot, demo_store):
    from amts_gui.core.errors import InputError
    from amts_gui.gui.tasks import Worker

    def job(progress, cancelled):
        raise InputError("chapter x.md: has no reference translation")

    worker = Worker(job)
    with qtbot.waitSignal(worker.failed, timeout=10_000) as blocker:
        worker.start()
    worker.wait()
    assert blocker.args == ["chapter x.md: has no reference translation"]


def test_memory_drafts_from_the_translate_menu(qtbot, demo_store):
    from amts_gui.core.parallel import align_chapter

    align_chapter(demo_store, "softmax-temperature.md")
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    window.engines.actions["tm"].trigger()  # Ctrl+T
    qtbot.waitUntil(lambda: window.worker is None, timeout=60_000)
    assert window.last_message.startswith("Memory drafts:"), window.last_message
    drafted = [r for r in demo_store.segments("softmax-temperature.md") if r["draft"]]
    assert len(drafted) > 20
    # the table shows the drafts without reopening the chapter
    column = next(
        c
        for c in range(window.model.columnCount())
        if window.model.headerData(c, Qt.Orientation.Horizontal) == "Translation"
    )
    assert any(window.model.index(r, column).data() for r in range(window.model.rowCount()))


def test_one_click_parallel_data_sync_against_the_double(qtbot, demo_store, aws):
    from amts_gui.core.parallel import align_chapter
    from amts_gui.engines.aws import save_settings

    align_chapter(demo_store, "softmax-temperature.md")
    save_settings(demo_store, aws.settings)
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    window.engines.actions["push"].trigger()  # Ctrl+Shift+S
    qtbot.waitUntil(lambda: window.worker is None, timeout=60_000)
    assert ": ACTIVE." in window.last_message, window.last_message
    assert aws.double.count("CreateParallelData") == 1


def test_settings_dialog_keeps_keys_out_of_the_project(qtbot, demo_store):
    from keyring.backends import fail

    from amts_gui.engines.aws import AwsSettings
    from amts_gui.engines.secrets import CredentialVault
    from amts_gui.gui.aws_settings_dialog import AwsSettingsDialog

    vault = CredentialVault(fail.Keyring())
    dialog = AwsSettingsDialog(AwsSettings(), vault)
    qtbot.addWidget(dialog)
    assert "in memory until AMTS Studio quits" in dialog.key_note.text()
    dialog.fields["parallel_data_name"].setText("bad name")
    dialog.accept()
    assert dialog.error.text() and dialog.result() == 0  # refused, stays open
    dialog.fields["parallel_data_name"].setText("d2l-en-zh")
    dialog.fields["bucket"].setText("my-bucket")
    qtbot.keyClicks(dialog.access_key, "AKIAEXAMPLE")
    qtbot.keyClicks(dialog.secret_key, "s3cr3t")
    dialog.accept()
    assert dialog.settings().bucket == "my-bucket" and vault.get().secret_access_key == "s3cr3t"


def test_screenshot_option_renders_the_window_to_a_png(qtbot, tmp_path):
    from amts_gui.demo import create_demo_project
    from amts_gui.gui.app import main
    from tests.conftest import DEMO

    project = tmp_path / "demo.amts"
    create_demo_project(project, DEMO).close()
    out = tmp_path / "shot.png"
    assert main([str(project), "--screenshot", str(out), "--chapter", "softmax-temperature.md"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 10_000
    assert main([str(project), "--screenshot", str(out), "--chapter", "missing.md"]) == 2

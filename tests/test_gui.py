from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

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

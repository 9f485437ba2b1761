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

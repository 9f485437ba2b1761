"""Translate ▸ Analyze: the analysis runs in a worker and its dialog shows the bands, per chapter or in total."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QApplication  # noqa: E402

from amts_gui.core.overview.analysis import BANDS  # noqa: E402
from amts_gui.studies.analysis import analyze_chapters  # noqa: E402
from tests.gui.helpers import open_window  # noqa: E402


def _dialog():
    return next(
        (w for w in QApplication.topLevelWidgets() if w.objectName() == "analysis-dialog" and w.isVisible()), None
    )


def test_the_analysis_dialog_shows_the_bands_of_the_demo(qtbot, demo_store):
    expected = analyze_chapters(demo_store)
    window = open_window(qtbot, demo_store)
    window.drafting.commands["analyze"].trigger()
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=20_000)
    dialog = _dialog()
    table = dialog.table

    def column(index: int) -> list[str]:
        return [table.item(row, index).text() for row in range(len(BANDS) + 1)]

    total = expected.total
    assert column(0) == [f"{total.bands[b].words:,}" for b in BANDS] + [f"{total.total_words:,}"]
    assert column(2)[-1] == str(sum(c.segments for c in total.bands.values()))
    assert f"{total.total_characters:,} characters" in dialog.cost.text()
    assert "List prices as checked on" in dialog.cost.text()
    dialog.scope.setCurrentIndex(dialog.scope.findData("temperature-scaling.md"))
    chapter = next(c for c in expected.chapters if c.chapter == "temperature-scaling.md")
    assert column(0)[-1] == f"{chapter.total_words:,}"
    assert column(0)[BANDS.index("repetition")] == f"{chapter.bands['repetition'].words:,}"
    dialog.close()

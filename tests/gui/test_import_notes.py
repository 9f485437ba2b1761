"""What an import noticed is shown, not just counted: units of a memory left out or changed and terms a
glossary names twice, each with its reason, under the report's details."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from amts_gui.gui.common import file_dialogs
from tests.conftest import REPO
from tests.gui.helpers import open_window

FIXTURES = REPO / "tests" / "fixtures" / "exchange"


def _notes_box(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: any(w.objectName() == "import-notes" for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if w.objectName() == "import-notes")


def test_a_memory_import_shows_the_units_it_left_out_with_their_reasons(qtbot, sample_store, monkeypatch):
    monkeypatch.setattr(file_dialogs, "open_file", lambda *args, **kwargs: str(FIXTURES / "olifant.tmx"))
    window = open_window(qtbot, sample_store)
    window.parallel_data.commands["import_tm"].trigger()
    box = _notes_box(qtbot)
    assert "Imported 4 pairs" in box.text() and "1 unit left out or changed" in box.text()
    assert box.detailedText() == "altered: TMX unit 3 (line 6): 2 <tuv> of zh; the first is taken"
    box.close()


def test_a_glossary_import_shows_the_terms_named_twice(qtbot, sample_store, monkeypatch):
    monkeypatch.setattr(file_dialogs, "open_file", lambda *args, **kwargs: str(FIXTURES / "okapi-tbx-basic.tbx"))
    window = open_window(qtbot, sample_store)
    window.glossary.commands["import_glossary"].trigger()
    box = _notes_box(qtbot)
    assert "Imported 3 terms" in box.text() and "2 remarks on the file" in box.text()
    assert "'learning rate' again (first at entry c2 (line 28))" in box.detailedText()
    box.close()

"""Several target languages in the window: the switcher, the tree's columns, the review of the chosen
target, the dashboard's comparison, and Run pipeline… against the doubles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from amts_gui.core.project.segments import live_segments, set_final
from amts_gui.core.project.targets import add_target
from amts_gui.gui.common.preferences import Preferences
from tests.gui.helpers import CHAPTER, open_window, wait_idle
from tests.gui.test_review_window import CTRL, type_text


@pytest.fixture
def prefs(tmp_path):
    return Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def two_target_store(sample_store):
    es = add_target(sample_store, "es")
    first = live_segments(es, CHAPTER)[0]
    set_final(es, first.id, "Temperatura del softmax", "accepted")
    return sample_store


def test_the_switcher_moves_the_whole_window_to_the_other_target(qtbot, two_target_store, prefs):
    window = open_window(qtbot, two_target_store, prefs)
    box = window.targets.box
    assert box.isEnabled() and [box.itemData(i) for i in range(box.count())] == ["zh", "es"]
    header = window.tree.headerItem()
    assert header.text(1) == "zh %" and header.text(6) == "es %"
    qtbot.waitUntil(lambda: window.tree.items[CHAPTER].text(6) != "", timeout=10_000)
    assert window.tree.items[CHAPTER].text(6) == "3 %"  # es: 1 of 30 segments accepted
    assert window.review.model.rows[0].final is None  # zh has no final there
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, window)
    assert window.store.target == "es" and box.currentData() == "es" and "→ es)" in window.windowTitle()
    assert window.tree.headerItem().text(1) == "es %" and window.tree.headerItem().text(6) == "zh %"
    assert window.review.model.rows[0].final == "Temperatura del softmax"
    window.review.select_proxy_row(1)
    window.review.editor.final.setFocus()
    type_text(window.review.editor.final, "¿Por qué la temperatura?")
    qtbot.keyClick(window.review.editor.final, Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, window)
    second = live_segments(two_target_store.for_target("es"), CHAPTER)[1]
    assert second.final == "¿Por qué la temperatura?" and second.status == "accepted"
    assert live_segments(two_target_store, CHAPTER)[1].final is None  # zh untouched
    window.close()
    again = open_window(qtbot, two_target_store, prefs)  # the project opens on the target last worked on
    assert again.store.target == "es" and again.targets.box.currentData() == "es"


def test_the_dashboard_compares_the_targets(qtbot, two_target_store, prefs):
    window = open_window(qtbot, two_target_store, prefs)
    window.show_dashboard()
    wait_idle(qtbot, window)
    table = window.dashboard.targets.table
    assert [table.item(i, 0).text() for i in range(table.rowCount())] == ["zh", "es"]
    es_accepted = table.item(1, 5).text()
    assert es_accepted == "1" and table.item(1, 6).text() == "3 %"


def test_one_target_project_shows_no_switcher_choice(qtbot, sample_store, prefs):
    window = open_window(qtbot, sample_store, prefs)
    assert not window.targets.box.isEnabled() and window.tree.headerItem().text(1) == "%"
    assert window.tree.columnCount() == 6


@pytest.mark.parametrize("aws", ["json"], indirect=True)
def test_run_pipeline_drafts_both_targets_from_the_window(qtbot, two_targets, aws, prefs):
    from amts_gui.core.project.segments import live_segment_ids
    from tests.engines.pipeline.test_pipeline import act_drafts
    from tests.two_targets import on_the_doubles

    on_the_doubles(two_targets, aws)
    window = open_window(qtbot, two_targets, prefs)
    window.targets.commands["run_pipeline"].trigger()
    qtbot.waitUntil(lambda: window.targets.dialog is not None, timeout=30_000)
    dialog = window.targets.dialog
    assert [dialog.table.item(i, 0).text() for i in range(dialog.table.rowCount())] == ["zh", "es"]
    assert dialog.table.item(1, 2).text().startswith("D2L-and-HF-en-es")
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.last_message.startswith("Pipeline:"), timeout=120_000)
    assert window.last_message == "Pipeline: zh: done, es: done"
    ends = [dialog.table.item(i, 6).text() for i in range(2)]
    every = len(live_segment_ids(two_targets))  # nothing was drafted before: every segment, in each language
    assert ends == [f"done, {every} drafts fetched"] * 2
    assert act_drafts(two_targets) and act_drafts(two_targets.for_target("es"))
    dialog.close()
    QApplication.processEvents()


def test_targets_are_added_set_and_removed_from_the_window(qtbot, two_target_store, prefs, tmp_path):
    from amts_gui.core.project.targets import target_settings

    window = open_window(qtbot, two_target_store, prefs)
    window.targets.commands["manage_targets"].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "targets-dialog")
    assert [dialog.table.item(i, 0).text() for i in range(dialog.table.rowCount())] == ["zh", "es"]
    dialog.add("ja")
    wait_idle(qtbot, window)
    box = window.targets.box
    assert [box.itemData(i) for i in range(box.count())] == ["zh", "es", "ja"]
    assert window.tree.headerItem().text(7) == "ja %"
    dialog.table.selectRow(1)  # es
    dialog.threshold.setValue(85)
    dialog.rules["halfwidth-punctuation"].setChecked(False)
    dialog.reference.setText(str(tmp_path))
    dialog.save_button.click()
    own = target_settings(two_target_store.for_target("es"))
    assert (own.memory_threshold, own.qa_rules, own.reference_root) == (
        85.0,
        ("inverted-marks", "decimal-comma"),
        str(tmp_path),
    )
    assert dialog.table.item(1, 2).text() == "85 %"
    wait_idle(qtbot, window)
    assert window.current_chapter() == CHAPTER and len(window.review.model.rows) == 30  # the review stays put
    window.set_target("ja")
    wait_idle(qtbot, window)
    dialog.table.selectRow(2)
    dialog.remove("ja")  # the target the window works on: it moves to the first one
    wait_idle(qtbot, window)
    assert window.store.target == "zh" and two_target_store.targets() == ["zh", "es"]
    assert [box.itemData(i) for i in range(box.count())] == ["zh", "es"]
    assert list(two_target_store.path.parent.glob("sample.amts.before-removing-ja.*.bak"))
    dialog.close()

"""The main window, driven through real widgets and keys (pytest-qt, offscreen), a fresh project each."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt, QTimer  # noqa: E402

from amts_gui.core.parallel.project_pairs import align_chapter  # noqa: E402
from amts_gui.core.project.pairs import list_pairs
from amts_gui.core.project.review import State, review_rows  # noqa: E402
from amts_gui.core.project.rows import PairRow
from amts_gui.core.project.segments import live_segments
from amts_gui.engines.drafting import draft_chapter  # noqa: E402
from amts_gui.engines.memory import MemoryEngine  # noqa: E402
from amts_gui.gui.review.segment_model import Filter  # noqa: E402
from tests.gui.helpers import CHAPTER, confirm_next, open_window, row_number, type_text, wait_idle  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
PLACEHOLDER_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def accepted_pairs(store) -> list[PairRow]:
    return list(list_pairs(store, origins=["accepted"]))


@pytest.fixture
def drafted_store(sample_store):
    align_chapter(sample_store, CHAPTER)
    draft_chapter(sample_store, CHAPTER, MemoryEngine.for_project(sample_store))
    return sample_store


def test_main_window_shows_chapters_with_progress(qtbot, sample_store):
    window = open_window(qtbot, sample_store)
    item = window.tree.items[CHAPTER]
    assert [item.text(c) for c in range(1, 6)] == ["0 %", "30", "0", "0", "0"]
    assert "en → zh" in window.windowTitle()
    assert window.review.table.model().rowCount() == 30
    assert row_number(window) == 1  # the first segment is open in the editor
    assert window.review.editor.source.text() == "Softmax Temperature"
    assert window.counts_label.text() == (
        "1 chapter · 30 segments: 30 untranslated, 0 draft, 0 edited, 0 accepted · 0 sentence pairs, 0 paragraph pairs"
    )


def test_accept_flow_stores_the_pair_and_moves_on(qtbot, sample_store):
    window = open_window(qtbot, sample_store)
    window.review.select_proxy_row(2)
    row = window.review.current_row()
    tokened = next(r for r in window.review.model.rows if r.markup)
    window.review.select_segment(tokened.id)
    final = window.review.editor.final
    final.setFocus()
    type_text(final, "占位符 ")
    for number in range(1, len(tokened.markup) + 1):
        qtbot.keyClick(final, Qt.Key(Qt.Key.Key_0.value + number), PLACEHOLDER_KEYS)
    qtbot.keyClick(final, Qt.Key.Key_Return, CTRL)  # accept and go to the next unaccepted segment
    [pair] = accepted_pairs(sample_store)
    assert pair.segment_id == tokened.id and pair.granularity == "sentence"
    assert pair.target.startswith("占位符 ") and tokened.markup[0] in pair.target  # markup written out
    assert pair.source == next(s.source_markup for s in live_segments(sample_store, CHAPTER) if s.id == tokened.id)
    assert row_number(window) == tokened.number + 1
    wait_idle(qtbot, window)  # the chapter's progress is counted in a worker
    assert window.tree.items[CHAPTER].text(5) == "1"
    assert window.review.model.rows[tokened.number - 1].state == State.ACCEPTED
    assert row is not None


def test_accept_skips_to_the_next_unaccepted_and_refuses_empty(qtbot, drafted_store):
    window = open_window(qtbot, drafted_store)
    window.review.select_proxy_row(0)
    window.review.editor.final.setFocus()
    qtbot.keyClick(window.review.editor.final, Qt.Key.Key_Return, CTRL)  # accepts the memory draft as it is
    qtbot.keyClick(window.review.editor.final, Qt.Key.Key_Return, CTRL)
    assert len(accepted_pairs(drafted_store)) == 2 and row_number(window) == 3
    window.review.select_proxy_row(1)  # back to an accepted one: Ctrl+Enter goes to the next *unaccepted*
    window.review.editor.final.setFocus()
    qtbot.keyClick(window.review.editor.final, Qt.Key.Key_Return, CTRL)
    assert row_number(window) == 3
    window.review.editor.final.replace_all("")
    qtbot.keyClick(window.review.editor.final, Qt.Key.Key_Return, CTRL)
    assert "empty" in window.last_message and row_number(window) == 3


def test_undo_and_redo_across_segments(qtbot, sample_store):
    window = open_window(qtbot, sample_store)
    window.review.editor.final.setFocus()
    type_text(window.review.editor.final, "软最大温度")
    qtbot.keyClick(window.review.editor.final, Qt.Key.Key_Return, CTRL)  # accept segment 1
    type_text(window.review.editor.final, "草稿")
    qtbot.keyClick(window.review.editor.final, Qt.Key.Key_Down, CTRL)  # leave segment 2: kept as edited
    rows = review_rows(sample_store, CHAPTER)
    assert rows[0].state == State.ACCEPTED and rows[1].state == State.EDITED and rows[1].final == "草稿"
    assert len(accepted_pairs(sample_store)) == 1 and window.undo_stack.count() == 2
    window.review.table.setFocus()
    qtbot.keyClick(window.review.table, Qt.Key.Key_Z, CTRL)  # undo the edit of segment 2
    rows = review_rows(sample_store, CHAPTER)
    assert rows[1].state == State.UNTRANSLATED and rows[1].final is None
    qtbot.keyClick(window.review.table, Qt.Key.Key_Z, CTRL)  # undo the acceptance: its pair goes too
    assert review_rows(sample_store, CHAPTER)[0].state == State.UNTRANSLATED
    assert accepted_pairs(sample_store) == [] and window.tree.items[CHAPTER].text(5) == "0"
    qtbot.keyClick(window.review.table, Qt.Key.Key_Z, CTRL_SHIFT)  # redo
    assert review_rows(sample_store, CHAPTER)[0].final == "软最大温度" and len(accepted_pairs(sample_store)) == 1


def test_editor_undo_comes_first_while_typing(qtbot, sample_store):
    window = open_window(qtbot, sample_store)
    final = window.review.editor.final
    final.setFocus()
    qtbot.keyClicks(final, "abc")
    qtbot.keyClick(final, Qt.Key.Key_Z, CTRL)  # the editor's own undo: the typing goes, nothing else
    assert final.text() == "" and window.undo_stack.count() == 0


def test_keyboard_shortcuts(qtbot, drafted_store):
    window = open_window(qtbot, drafted_store)
    final = window.review.editor.final
    final.setFocus()
    qtbot.keyClick(final, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(final, Qt.Key.Key_Down, CTRL)
    assert row_number(window) == 3
    qtbot.keyClick(window.review.editor.final, Qt.Key.Key_Up, CTRL)
    assert row_number(window) == 2
    row = window.review.current_row()
    window.review.editor.final.replace_all("")
    qtbot.keyClick(window.review.editor.final, Qt.Key.Key_D, CTRL_SHIFT)
    assert window.review.editor.final.text() == row.draft.text
    window.review.editor.final.replace_all("")
    qtbot.keyClick(window.review.editor.final, Qt.Key.Key_R, CTRL_SHIFT)
    assert window.review.editor.final.text() == row.reference
    qtbot.keyClick(window.review.editor.final, Qt.Key.Key_F, CTRL)
    assert window.review.search.hasFocus()
    qtbot.keyClicks(window.review.search, "temperature")
    assert 0 < window.review.proxy.rowCount() < 30
    assert all(
        "temperature" in " ".join(filter(None, [r.source, r.reference or "", r.final or ""])).lower()
        or (r.draft and "temperature" in r.draft.text.lower())
        for r in (
            window.review.proxy.index(i, 0).data(Qt.ItemDataRole.UserRole + 1)
            for i in range(window.review.proxy.rowCount())
        )
    )
    qtbot.keyClick(window, Qt.Key.Key_F1)
    sheet = window.findChild(type(window), "") or next(
        w for w in window.findChildren(object) if type(w).__name__ == "ShortcutSheet"
    )
    keys = [sheet.table.item(i, 0).text() for i in range(sheet.table.rowCount())]
    for expected in ("Ctrl+Return", "Ctrl+Up", "Ctrl+Down", "Ctrl+Shift+D", "Ctrl+Shift+R", "Ctrl+F", "Ctrl+Z"):
        assert any(expected in k for k in keys), (expected, keys)


def test_filters_in_the_window_keep_the_list_while_working(qtbot, sample_store):
    window = open_window(qtbot, sample_store)
    window.review.filter_box.setCurrentIndex(window.review.filter_box.findData(Filter.UNTRANSLATED))
    assert window.review.proxy.rowCount() == 30 and "30 of 30" == window.review.shown_label.text()
    window.review.editor.final.setFocus()
    type_text(window.review.editor.final, "软最大温度")
    qtbot.keyClick(window.review.editor.final, Qt.Key.Key_Return, CTRL)
    assert window.review.proxy.rowCount() == 30 and row_number(window) == 2  # the accepted row stays until refiltered
    window.review.filter_box.setCurrentIndex(window.review.filter_box.findData(Filter.ACCEPTED))
    assert window.review.proxy.rowCount() == 1 and row_number(window) == 1
    window.review.filter_box.setCurrentIndex(window.review.filter_box.findData(Filter.UNTRANSLATED))
    assert window.review.proxy.rowCount() == 29


def test_suggestions_arrive_for_the_current_segment_and_stale_ones_are_dropped(qtbot, drafted_store):
    window = open_window(qtbot, drafted_store)
    wait_idle(qtbot, window)
    service = window.review.suggestions
    gate = threading.Event()
    original = service._lookup
    first = window.review.model.rows[3]

    def slow_then_fast(text):
        if text.startswith(first.source[:20]) and not gate.is_set():
            gate.wait(5)  # the lookup for segment 4 is slow…
        return original(text)

    service._lookup = slow_then_fast
    dropped = service.dropped
    window.review.select_proxy_row(3)
    window.review.select_proxy_row(5)  # …and the translator has moved on before it ends
    qtbot.waitUntil(lambda: window.review.editor.suggestions.topLevelItemCount() > 0, timeout=10_000)
    gate.set()
    wait_idle(qtbot, window)
    assert service.dropped == dropped + 1
    assert row_number(window) == 6
    sixth = window.review.model.rows[5]
    shown = window.review.editor.suggestions.topLevelItem(0)
    assert shown.text(0) == "100" and shown.text(1) == sixth.reference  # its own memory match, not the 4th's
    window.review.editor.final.replace_all("")
    window.review.editor.suggestions.setCurrentItem(shown)
    window.review.editor.suggestions.setFocus()
    qtbot.keyClick(window.review.editor.suggestions, Qt.Key.Key_Return)
    assert window.review.editor.final.text() == sixth.reference


def test_cancel_a_running_translation(qtbot, sample_store, monkeypatch):
    from amts_gui.core.project.memory import ProjectMemory

    align_chapter(sample_store, CHAPTER)
    window = open_window(qtbot, sample_store)
    wait_idle(qtbot, window)
    slow = threading.Event()
    lookup = ProjectMemory.lookup

    def slow_lookup(self, text):
        slow.wait(0.2)
        return lookup(self, text)

    monkeypatch.setattr(ProjectMemory, "lookup", slow_lookup)
    window.drafting.commands["memory"].trigger()  # Ctrl+T
    qtbot.waitUntil(lambda: bool(window.task_panel.rows), timeout=5_000)
    row = next(iter(window.task_panel.rows.values()))
    qtbot.waitUntil(lambda: row.bar.maximum() == 30, timeout=10_000)
    qtbot.mouseClick(row.cancel, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert "(cancelled)" in window.last_message, window.last_message
    drafted = [r for r in review_rows(sample_store, CHAPTER) if r.draft]
    assert len(drafted) < 30  # the run stopped early; what came back is kept
    assert not window.task_panel.rows


def test_memory_drafts_from_the_toolbar(qtbot, sample_store):
    align_chapter(sample_store, CHAPTER)
    window = open_window(qtbot, sample_store)
    window.drafting.commands["translate"].trigger()  # the toolbar's engine is the memory by default
    wait_idle(qtbot, window)
    assert window.last_message == "Memory: 30 drafts", window.last_message
    assert sum(1 for r in window.review.model.rows if r.draft) == 30  # the table shows them at once
    shown = window.review.editor.row
    assert shown is not None and window.review.editor.draft.text() == shown.draft.text  # and so does the editor


def test_drafting_from_an_empty_memory_says_what_to_do(qtbot, sample_store):
    window = open_window(qtbot, sample_store)
    window.drafting.commands["translate"].trigger()
    wait_idle(qtbot, window)
    assert window.last_message.startswith("Memory: 0 drafts, 30 segments without a draft. The memory is empty: ")
    assert "Ctrl+Shift+A" in window.last_message and "TMX" in window.last_message


def test_translate_selected_segments_only(qtbot, sample_store):
    from PySide6.QtCore import QItemSelectionModel

    align_chapter(sample_store, CHAPTER)
    window = open_window(qtbot, sample_store)
    selection = window.review.table.selectionModel()
    for r in (2, 4):
        selection.select(
            window.review.proxy.index(r, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    selection.select(
        window.review.proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.Deselect | QItemSelectionModel.SelectionFlag.Rows,
    )
    window.drafting.commands["translate_selected"].trigger()  # the toolbar's button: no shortcut (Ctrl+Alt+T
    wait_idle(qtbot, window)  # opens a terminal on GNOME)
    assert [r.number for r in review_rows(sample_store, CHAPTER) if r.draft] == [3, 5]


def test_translate_selected_asks_before_drafting_the_translator_s_segments_again(qtbot, sample_store):
    from PySide6.QtCore import QItemSelectionModel

    from amts_gui.core.project.finals import accept_segment
    from tests.gui.helpers import answer

    align_chapter(sample_store, CHAPTER)
    rows = review_rows(sample_store, CHAPTER)
    accept_segment(sample_store, rows[2].id, rows[2].reference or "译文")
    window = open_window(qtbot, sample_store)
    selection = window.review.table.selectionModel()
    selection.clearSelection()
    for r in (2, 4):
        selection.select(
            window.review.proxy.index(r, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    seen: list[str] = []
    QTimer.singleShot(0, lambda: answer("redraft-box", "redraft-others", seen))
    window.drafting.commands["translate_selected"].trigger()
    wait_idle(qtbot, window)
    assert seen == ["1 of the selected segments has your translation (edited or accepted)."]
    after = review_rows(sample_store, CHAPTER)
    assert [r.number for r in after if r.draft] == [5] and after[2].final == rows[2].reference
    QTimer.singleShot(0, lambda: answer("redraft-box", "redraft-all", seen))
    window.drafting.commands["translate_selected"].trigger()
    wait_idle(qtbot, window)
    assert [r.number for r in review_rows(sample_store, CHAPTER) if r.draft] == [3, 5]


def test_align_runs_in_the_background_and_reports(qtbot, sample_store):
    window = open_window(qtbot, sample_store)
    window.parallel_data.commands["align"].trigger()  # Ctrl+Shift+A
    assert window.busy  # the GUI thread returned at once
    wait_idle(qtbot, window)
    assert window.last_message == "Aligned 1 chapter: 30 sentence pairs, 0 flagged", window.last_message
    assert sum(1 for r in window.review.model.rows if r.reference) == 30
    assert window.parallel_data.push_label.text().strip() == "30 pairs not yet on Amazon (30 to push)"
    assert window.parallel_data.push_label.toolTip() == "Never pushed."


def test_sync_button_against_the_local_doubles(qtbot, sample_store, aws):
    from amts_gui.engines.amazon.settings import save_settings

    align_chapter(sample_store, CHAPTER)
    save_settings(sample_store, aws.settings)
    window = open_window(qtbot, sample_store)
    wait_idle(qtbot, window)  # the pairs are counted in a worker
    assert "Never pushed" in window.parallel_data.push_label.toolTip()
    seen: list[str] = []
    confirm_next(seen)
    window.parallel_data.commands["push"].trigger()  # the toolbar's one-click sync, asked first
    assert "as parallel data" in seen[0]
    wait_idle(qtbot, window)
    assert ": ACTIVE." in window.last_message, window.last_message
    assert aws.double.count("CreateParallelData") == 1
    assert window.parallel_data.push_label.text().strip() == "every sentence pair is on Amazon"
    assert ": ACTIVE." in window.parallel_data.push_label.toolTip()
    window.activateWindow()  # active again after the question: the window's shortcuts need it
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    window.review.editor.final.setFocus()
    type_text(window.review.editor.final, "软最大温度")
    qtbot.keyClick(window.review.editor.final, Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, window)
    # the accepted pair replaces the aligned one with the same source, which is not sent again
    assert window.parallel_data.push_label.text().strip() == "2 pairs not yet on Amazon (1 to push, 1 duplicate)"


def test_sync_failure_is_a_message_not_a_traceback(qtbot, sample_store, aws):
    from amts_gui.engines.amazon.settings import save_settings

    save_settings(sample_store, aws.settings)
    aws.double.fail("CreateParallelData", "AccessDeniedException")
    align_chapter(sample_store, CHAPTER)
    window = open_window(qtbot, sample_store)
    confirm_next()
    window.parallel_data.commands["push"].trigger()
    wait_idle(qtbot, window)
    assert "AccessDeniedException" in window.last_message and "Traceback" not in window.last_message


def test_act_job_status_survives_a_restart(qtbot, sample_store, aws):
    from amts_gui.engines.amazon.batch import ActJobs
    from amts_gui.engines.amazon.parallel_data import ParallelData
    from amts_gui.engines.amazon.settings import save_settings

    align_chapter(sample_store, CHAPTER)
    save_settings(sample_store, aws.settings)
    ParallelData(sample_store, aws.services).push()
    aws.double.job_seconds = 0.5
    ActJobs(sample_store, aws.services).submit([CHAPTER])  # then the app "restarts"
    window = open_window(qtbot, sample_store)
    assert "1 ACT job running" in window.drafting.job_label.text()
    wait_idle(qtbot, window)  # the check at start found it still running
    qtbot.waitUntil(lambda: all(j["JobStatus"] == "COMPLETED" for j in aws.double.jobs.values()), timeout=30_000)
    window.drafting.commands["jobs"].trigger()  # F6: check now
    wait_idle(qtbot, window)
    assert "done" in window.drafting.job_label.text(), window.drafting.job_label.text()
    assert aws.double.count("StartTextTranslationJob") == 1
    assert sum(1 for r in window.review.model.rows if r.draft and r.draft.engine == "amazon-act") == 30


def test_layout_is_saved_and_restored(qtbot, sample_store, tmp_path):
    from PySide6.QtCore import QSettings

    from amts_gui.gui.common.preferences import Preferences

    prefs = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    window = open_window(qtbot, sample_store, prefs)
    window.resize(720, 540)  # within the offscreen screen, so the geometry comes back unclamped
    qtbot.waitUntil(lambda: window.width() == 720)
    window.main_splitter.setSizes([300, 400])
    sizes = window.main_splitter.sizes()
    window.review.table.setColumnWidth(0, 77)
    window.close()
    again = open_window(qtbot, sample_store, prefs)
    assert again.size() == window.size()
    assert again.main_splitter.sizes() == sizes and again.review.table.columnWidth(0) == 77

"""The glossary at the desk: the Terms pane, underlined source terms, Alt+n, Ctrl+Shift+G, the Glossary
filter and the toolbar status."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtWidgets import QPushButton  # noqa: E402

from amts_gui.core.project.review import review_rows  # noqa: E402
from amts_gui.core.project.terms import list_terms, save_terms  # noqa: E402
from amts_gui.core.text.terms import TermEntry  # noqa: E402
from amts_gui.gui.review.segment_model import ROW_ROLE, Filter  # noqa: E402
from tests.gui.helpers import confirm_next, open_window, type_text  # noqa: E402

CHAPTER = "temperature-scaling.md"
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
GLOSSARY = [
    TermEntry("accuracy", ("准确率", "精度")),
    TermEntry("temperature", ("温度",), note="as in softmax temperature"),
]


def _open_at_accuracy(qtbot, store):
    save_terms(store, GLOSSARY)
    window = open_window(qtbot, store)
    window.tree.select(CHAPTER)
    row = review_rows(store, CHAPTER)[7]  # segment 8: "accuracy", drafted without 准确率
    assert window.review.select_segment(row.id)
    return window, row


def test_the_terms_pane_lists_the_segments_terms_and_the_source_underlines_them(qtbot, demo_store):
    window, row = _open_at_accuracy(qtbot, demo_store)
    editor = window.review.editor
    pane = editor.terms
    shown = [[pane.topLevelItem(i).text(c) for c in range(3)] for i in range(pane.topLevelItemCount())]
    in_reading_order = sorted(GLOSSARY, key=lambda e: row.source.lower().index(e.source))
    expected = [[f"Alt+{n}", e.source, " / ".join(e.targets)] for n, e in enumerate(in_reading_order, 1)]
    assert shown == expected and ["Alt+2", "accuracy", "准确率 / 精度"] in shown
    assert pane.topLevelItem(0).toolTip(1) == "Preferred: 温度\nas in softmax temperature"  # the note
    spans = editor.source.highlighter.term_spans
    assert [row.source[a:b].lower() for a, b in spans] == [
        m.entry.source for m in row.terms.find(row.source)
    ]  # underlined where the finder found them
    assert "accuracy → 准确率" in editor.qa_badge.text()


def test_alt_n_inserts_the_terms_translation_at_the_caret_and_the_badge_clears(qtbot, demo_store):
    window, row = _open_at_accuracy(qtbot, demo_store)
    final = window.review.editor.final
    final.setFocus()
    final.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(final, Qt.Key.Key_2, ALT)  # the second term of the sentence: accuracy
    assert final.text() == "准确率" + row.target
    assert "准确率" not in window.review.editor.qa_badge.text()
    qtbot.keyClick(final, Qt.Key.Key_9, ALT)  # no ninth term: nothing typed, a notice says so
    assert final.text() == "准确率" + row.target
    assert "9" in window.review.editor.notice.text()


def test_ctrl_shift_g_opens_the_editor_on_the_selected_pair_and_enter_adds_it(qtbot, demo_store):
    window, row = _open_at_accuracy(qtbot, demo_store)
    editor = window.review.editor
    source_text = editor.source.toPlainText()
    word = "ranking"
    cursor = editor.source.textCursor()
    cursor.setPosition(source_text.index(word))
    cursor.setPosition(source_text.index(word) + len(word), QTextCursor.MoveMode.KeepAnchor)
    editor.source.setTextCursor(cursor)
    final = editor.final
    final.setFocus()
    type_text(final, "，")  # the translator is typing: the typing stays
    cursor = final.textCursor()
    cursor.setPosition(final.text().index("排序"))
    cursor.setPosition(final.text().index("排序") + 2, QTextCursor.MoveMode.KeepAnchor)
    final.setTextCursor(cursor)
    typed = final.text()
    before = list_terms(demo_store)
    qtbot.keyClick(final, Qt.Key.Key_G, CTRL_SHIFT)
    glossary = window.glossary.editor
    assert glossary is not None and glossary.isVisible() and not glossary.isModal()
    qtbot.addWidget(glossary)  # closed after the test: a window left up would keep the next one's keys
    assert (glossary.source.text(), glossary.targets.text()) == (word, "排序")
    assert list_terms(demo_store) == before  # nothing is written before the translator says so
    qtbot.keyClick(glossary.targets, Qt.Key.Key_Return)
    added = next(e for e in list_terms(demo_store) if e.source == word)
    assert added.targets == ("排序",)
    assert word in [editor.terms.topLevelItem(i).text(1) for i in range(editor.terms.topLevelItemCount())]
    assert final.text() == typed


def test_the_glossary_editor_fixes_a_partial_term_deletes_and_undoes(qtbot, demo_store):
    from amts_gui.core.project.terms import add_term

    add_term(demo_store, "held-out d", "留出数据")  # a partial selection, added in a hurry
    window, _row = _open_at_accuracy(qtbot, demo_store)
    window.glossary.commands["edit_terms"].trigger()
    glossary = window.glossary.editor
    qtbot.addWidget(glossary)
    type_text(glossary.filter, "held-out")
    assert glossary.table.rowCount() == 1
    glossary.table.selectRow(0)
    assert glossary.source.text() == "held-out d"
    glossary.source.setText("held-out data")
    glossary.forbidden.setText("测试数据")
    qtbot.keyClick(glossary.source, Qt.Key.Key_Return)
    terms = {e.source: e for e in list_terms(demo_store)}
    assert "held-out d" not in terms and terms["held-out data"].forbidden == ("测试数据",)
    glossary.findChild(type(glossary.findChild(QPushButton, "glossary-delete")), "glossary-delete").click()
    assert "held-out data" not in {e.source for e in list_terms(demo_store)}
    glossary.undo()  # the deletion back
    glossary.undo()  # the rename back
    assert "held-out d" in {e.source for e in list_terms(demo_store)}
    glossary.source.setText("")
    glossary.save()
    assert "source term" in glossary.error.text()


def test_ctrl_shift_g_without_selections_opens_an_empty_entry(qtbot, demo_store):
    window, _row = _open_at_accuracy(qtbot, demo_store)
    before = list_terms(demo_store)
    qtbot.keyClick(window.review.editor.final, Qt.Key.Key_G, CTRL_SHIFT)
    glossary = window.glossary.editor
    qtbot.addWidget(glossary)
    assert glossary.source.text() == "" and glossary.focusWidget() is glossary.source
    assert list_terms(demo_store) == before


def test_the_glossary_filter_and_the_toolbar_status(qtbot, demo_store):
    window, _row = _open_at_accuracy(qtbot, demo_store)
    box = window.review.filter_box
    box.setCurrentIndex(box.findData(Filter.TERMS))
    proxy = window.review.proxy
    numbers = sorted(proxy.index(i, 0).data(ROW_ROLE).number for i in range(proxy.rowCount()))
    assert numbers == [8, 23]
    assert window.glossary.status_label.text().strip() == f"{len(list_terms(demo_store))} terms, not pushed"


def test_push_glossary_in_one_click_against_the_double(qtbot, sample_store, aws):
    from dataclasses import replace

    from amts_gui.engines.amazon.settings import save_settings

    save_settings(sample_store, replace(aws.settings, terminology_name="d2l-terms"))
    save_terms(sample_store, GLOSSARY)
    window = open_window(qtbot, sample_store)
    assert window.glossary.status_label.text().strip() == "2 terms, not pushed"
    confirm_next()
    window.glossary.commands["push_glossary"].trigger()
    qtbot.waitUntil(lambda: not window.runner.running, timeout=20_000)
    assert window.last_message == "Glossary pushed to d2l-terms: 2 terms", window.last_message
    assert aws.double.count("ImportTerminology") == 1
    assert window.glossary.status_label.text().strip() == "2 terms on Amazon"
    assert "d2l-terms" in window.glossary.status_label.toolTip()
    aws.double.fail("ImportTerminology", "AccessDeniedException")  # a refusal is a message, not a traceback
    confirm_next()
    window.glossary.commands["push_glossary"].trigger()
    qtbot.waitUntil(lambda: not window.runner.running, timeout=20_000)
    assert "AccessDeniedException" in window.last_message and "Traceback" not in window.last_message


def test_without_a_terminology_name_the_push_says_what_to_set(qtbot, sample_store, aws):
    from amts_gui.engines.amazon.settings import save_settings

    save_settings(sample_store, aws.settings)
    save_terms(sample_store, GLOSSARY)
    window = open_window(qtbot, sample_store)
    window.glossary.commands["push_glossary"].trigger()
    qtbot.waitUntil(lambda: not window.runner.running, timeout=20_000)
    assert "terminology name" in window.last_message and aws.double.count("ImportTerminology") == 0


def test_a_term_rendered_otherwise_is_said_without_stopping_the_accept_and_the_pair_still_goes_out(qtbot, demo_store):
    """Issue 30: a term warning opened a question on every accept; only QA errors stop the work now."""
    from PySide6.QtWidgets import QApplication

    from amts_gui.core.project.pairs import list_pairs

    window, row = _open_at_accuracy(qtbot, demo_store)
    window.prefs.propagation = "never"  # segment 23 repeats it: no offer
    final = window.review.editor.final
    final.setFocus()
    try:
        qtbot.keyClick(final, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    finally:
        window.prefs.propagation = "ask"  # the preferences are the test session's: the next test asks again
    assert QApplication.activeModalWidget() is None
    assert review_rows(demo_store, CHAPTER)[7].status == "accepted"
    assert "Accepted segment 8 with QA findings" in window.last_message and "accuracy" in window.last_message
    [pair] = [p for p in list_pairs(demo_store) if p.origin == "accepted" and p.segment_id == row.id]
    assert pair.qa == ()  # not kept out of exports and pushes


def test_forbidden_translations_show_after_the_required_one(qtbot, demo_store):
    save_terms(demo_store, [TermEntry("accuracy", ("准确率",), forbidden=("正确率",), note="not precision")])
    window = open_window(qtbot, demo_store)
    window.tree.select(CHAPTER)
    assert window.review.select_segment(review_rows(demo_store, CHAPTER)[7].id)
    pane = window.review.editor.terms
    [item] = [
        pane.topLevelItem(i) for i in range(pane.topLevelItemCount()) if pane.topLevelItem(i).text(1) == "accuracy"
    ]
    assert item.text(2) == "准确率 ≠ 正确率"
    assert item.toolTip(0) == "Preferred: 准确率\nnot precision\nnot: 正确率"

"""Term warnings a translator can act on: "Ignore here" and "Never in this phrase" from the desk (undoable,
listed in the glossary editor), the editor's senses and measured use, the push that leaves ambiguous
entries out unless ticked, and the Settings option that makes term warnings ask on accept."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QInputDialog  # noqa: E402

from amts_gui.core.project.review import State, review_rows  # noqa: E402
from amts_gui.core.project.term_senses import ASK_ON_TERMS, ignored_terms, set_ambiguous  # noqa: E402
from amts_gui.core.project.terms import list_terms, save_terms  # noqa: E402
from amts_gui.gui.review.segment_model import ROW_ROLE, Filter  # noqa: E402
from tests.gui.helpers import answer, confirm_next, open_window  # noqa: E402
from tests.gui.test_terms_in_the_editor import CHAPTER, GLOSSARY, _open_at_accuracy  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier


def _term_rows(window) -> list[int]:
    box = window.review.filter_box
    box.setCurrentIndex(box.findData(Filter.TERMS))
    proxy = window.review.proxy
    numbers = sorted(proxy.index(i, 0).data(ROW_ROLE).number for i in range(proxy.rowCount()))
    box.setCurrentIndex(box.findData(Filter.ALL))
    return numbers


def test_ignore_here_hides_the_warning_in_this_segment_only_and_undoes(qtbot, demo_store):
    window, row = _open_at_accuracy(qtbot, demo_store)
    assert _term_rows(window) == [8, 23]
    window.segments.commands["ignore_term"].trigger()
    assert ignored_terms(demo_store, row.id) == {"accuracy"}
    assert "accuracy" not in window.review.editor.qa_badge.text()
    assert _term_rows(window) == [23]  # the other segment still warns
    window.review.select_segment(row.id)
    window.review.undo_stack.undo()
    assert ignored_terms(demo_store, row.id) == frozenset()
    assert _term_rows(window) == [8, 23]


def _answer_phrase(phrase: str, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QInputDialog) or box.objectName() != "never-in-phrase":
        QTimer.singleShot(20, lambda: _answer_phrase(phrase, seen))
        return
    seen.append(box.textValue())
    box.setTextValue(phrase)
    box.accept()


def test_never_in_this_phrase_teaches_the_entry_every_segment_follows_and_undoes(qtbot, demo_store):
    window, row = _open_at_accuracy(qtbot, demo_store)
    match = next(m for m in row.terms.find(row.source) if m.entry.source == "accuracy")
    word_before = row.source[: match.start].split()[-1].strip(",.;:")
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer_phrase(f"{word_before} accuracy", seen))
    window.segments.commands["never_in_phrase"].trigger()
    assert seen == [f"{word_before} {match.text(row.source)}"]  # suggested: the term and the word before it
    [entry] = [e for e in list_terms(demo_store) if e.source == "accuracy"]
    assert entry.not_in == (f"{word_before} accuracy",)
    assert "accuracy" not in window.review.editor.qa_badge.text()
    window.glossary.commands["edit_terms"].trigger()
    editor = window.glossary.editor
    qtbot.addWidget(editor)
    shown = {editor.table.item(r, 0).text(): editor.table.item(r, 3).text() for r in range(editor.table.rowCount())}
    assert shown["accuracy"] == f"{word_before} accuracy"  # listed in the glossary editor
    window.review.undo_stack.undo()
    assert [e.not_in for e in list_terms(demo_store) if e.source == "accuracy"] == [()]
    assert "accuracy → 准确率" in window.review.editor.qa_badge.text()


def test_the_glossary_editor_edits_senses_lists_ignores_and_measures_use(qtbot, demo_store):
    from amts_gui.core.project.term_senses import ignore_here

    window, row = _open_at_accuracy(qtbot, demo_store)
    ignore_here(demo_store, row.id, "accuracy")
    window.glossary.commands["edit_terms"].trigger()
    editor = window.glossary.editor
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: bool(editor.usage), timeout=20_000)  # measured in the background
    row_of = {editor.table.item(r, 0).text(): r for r in range(editor.table.rowCount())}
    editor.table.selectRow(row_of["accuracy"])
    assert editor.ignored.text() == "Its warning is ignored in 1 segment."
    editor.variants.setText("acc")
    editor.not_in.setText("top-1 accuracy / numerical accuracy")
    editor.ambiguous.setChecked(True)
    editor.save()
    [entry] = [e for e in list_terms(demo_store) if e.source == "accuracy"]
    assert (entry.variants, entry.not_in, entry.ambiguous) == (
        ("acc",),
        ("top-1 accuracy", "numerical accuracy"),
        True,
    )
    assert editor.table.item(row_of["accuracy"], 4).text().startswith("⚠")
    editor.unignore.click()
    assert ignored_terms(demo_store, row.id) == frozenset()
    editor.undo()  # the ignores back
    assert ignored_terms(demo_store, row.id) == {"accuracy"}


def test_push_leaves_ambiguous_entries_out_unless_ticked(qtbot, sample_store, aws):
    from dataclasses import replace

    from amts_gui.engines.amazon.settings import save_settings

    save_settings(sample_store, replace(aws.settings, terminology_name="d2l-terms"))
    save_terms(sample_store, GLOSSARY)
    set_ambiguous(sample_store, "accuracy", True)
    window = open_window(qtbot, sample_store)
    seen: list[str] = []
    confirm_next(seen)
    window.glossary.commands["push_glossary"].trigger()
    qtbot.waitUntil(lambda: aws.double.count("ImportTerminology") == 1 and not window.runner.running, timeout=20_000)
    assert seen == ["Send 1 term to Amazon Translate as custom terminology d2l-terms?"]
    assert window.last_message == "Glossary pushed to d2l-terms: 1 term (1 ambiguous left out)", window.last_message

    def tick_and_push() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "confirm-box":
            QTimer.singleShot(20, tick_and_push)
            return
        box.checkBox().setChecked(True)
        box.findChild(type(box.defaultButton()), "confirm-proceed").click()

    QTimer.singleShot(0, tick_and_push)
    window.glossary.commands["push_glossary"].trigger()
    qtbot.waitUntil(lambda: aws.double.count("ImportTerminology") == 2 and not window.runner.running, timeout=20_000)
    assert window.last_message == "Glossary pushed to d2l-terms: 2 terms", window.last_message


def test_term_warnings_ask_on_accept_only_when_settings_say_so(qtbot, demo_store):
    window, row = _open_at_accuracy(qtbot, demo_store)
    demo_store.set_settings({ASK_ON_TERMS: "1"})
    final = window.review.editor.final
    final.setFocus()
    seen: list[str] = []
    QTimer.singleShot(0, lambda: answer("qa-question", "qa-fix", seen))
    qtbot.keyClick(final, Qt.Key.Key_Return, CTRL)
    assert seen == ["Accept with 1 term not translated as the glossary says?"]
    [now] = review_rows(demo_store, CHAPTER, only=[row.id])
    assert now.state != State.ACCEPTED and window.review.current_row().id == row.id

    demo_store.set_settings({ASK_ON_TERMS: "0"})  # the default: no question, the warning stays a warning
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    final.setFocus()
    qtbot.keyClick(final, Qt.Key.Key_Return, CTRL)
    assert len(seen) == 1
    [now] = review_rows(demo_store, CHAPTER, only=[row.id])
    assert now.state == State.ACCEPTED and any("accuracy" in str(f.detail) for f in now.findings)


def test_settings_turn_the_question_on(qtbot, demo_store, monkeypatch):
    from amts_gui.gui.dialogs import settings_dialog

    window = open_window(qtbot, demo_store)

    def tick(dialog) -> int:
        assert not dialog.ask_on_terms.isChecked()
        dialog.ask_on_terms.setChecked(True)
        dialog.accept()
        return 1

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", tick)
    settings_dialog.edit_settings(window)
    assert demo_store.settings_with_prefix(ASK_ON_TERMS).get("") == "1"

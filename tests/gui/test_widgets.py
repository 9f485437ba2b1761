"""The placeholder editor, the diff view and the task runner."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402

from amts_gui.core.errors import InputError  # noqa: E402
from amts_gui.gui.common.task_panel import TaskPanel  # noqa: E402
from amts_gui.gui.common.tasks import TaskRunner  # noqa: E402
from amts_gui.gui.review.diff_view import DiffView  # noqa: E402
from amts_gui.gui.review.placeholder_edit import ChipTextEdit  # noqa: E402


def _editor(qtbot, text: str, markup=("`x`", "$y$")) -> ChipTextEdit:
    edit = ChipTextEdit(editable=True)
    qtbot.addWidget(edit)
    edit.set_segment_text(text, markup)
    edit.show()
    edit.setFocus()
    return edit


def _put_cursor(edit: ChipTextEdit, position: int) -> None:
    cursor = edit.textCursor()
    cursor.setPosition(position)
    edit.setTextCursor(cursor)


def test_backspace_next_to_a_chip_selects_it_first(qtbot):
    edit = _editor(qtbot, "a ⟦1⟧ b")
    notices = []
    edit.notice.connect(notices.append)
    _put_cursor(edit, len("a ⟦1⟧"))
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "a ⟦1⟧ b"  # nothing deleted yet
    assert edit.textCursor().selectedText() == "⟦1⟧" and "⟦1⟧" in notices[-1]
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "a  b" and notices[-1] == ""  # done as asked: the warning goes


def test_delete_before_a_chip_and_typing_over_a_selection_are_guarded(qtbot):
    edit = _editor(qtbot, "⟦1⟧ and ⟦2⟧")
    _put_cursor(edit, 0)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.text() == "⟦1⟧ and ⟦2⟧" and edit.textCursor().selectedText() == "⟦1⟧"
    cursor = edit.textCursor()
    cursor.setPosition(2)  # the selection starts inside the first chip…
    cursor.setPosition(7, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    qtbot.keyClicks(edit, "z")
    assert edit.text() == "⟦1⟧ and ⟦2⟧"  # …so typing first widens it to the whole chip and warns
    assert edit.textCursor().selectedText().startswith("⟦1⟧")
    qtbot.keyClicks(edit, "z")
    assert edit.text() == "z ⟦2⟧"  # "⟦1⟧ and" replaced


def test_caret_never_stops_inside_a_chip_and_alt_digit_inserts_one(qtbot):
    edit = _editor(qtbot, "x ⟦1⟧ y")
    _put_cursor(edit, 2)
    qtbot.keyClick(edit, Qt.Key.Key_Right)
    assert edit.textCursor().position() == len("x ⟦1⟧")  # jumped over the chip
    qtbot.keyClick(edit, Qt.Key.Key_Left)
    assert edit.textCursor().position() == 2
    _put_cursor(edit, len(edit.text()))
    qtbot.keyClick(edit, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier)
    assert edit.text().endswith("⟦2⟧")
    # no ⟦7⟧ in this segment
    qtbot.keyClick(edit, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier)
    assert "⟦7⟧" not in edit.text()


def test_pasting_multiple_lines_gives_one_line(qtbot):
    from PySide6.QtCore import QMimeData

    edit = _editor(qtbot, "")
    data = QMimeData()
    data.setText("one\ntwo")
    edit.insertFromMimeData(data)
    assert edit.text() == "one two"


def test_diff_view_marks_insertions_and_deletions(qtbot):
    view = DiffView()
    qtbot.addWidget(view)
    view.show_diff("我们使用温度。", "我们使用了温度。", "zh")
    assert "了" in [c.text for c in view.changes if c.op == 1]
    assert "underline" in view.toHtml()
    view.show_diff(None, None, "zh")
    assert view.changes == [] and view.toPlainText() == ""


def test_cancel_a_running_task_from_the_status_area(qtbot):
    runner = TaskRunner()
    panel = TaskPanel(runner)
    qtbot.addWidget(panel)
    started = threading.Event()
    outcomes = []

    def job(progress, cancelled):
        started.set()
        done = 0
        while not cancelled():
            done += 1
            progress(done % 100, 100, f"item {done}")
            threading.Event().wait(0.005)
        return done

    task = runner.start("Counting", job, outcomes.append)
    assert task is not None and started.wait(5)
    assert runner.start("Counting", job) is None  # one task of a kind at a time
    qtbot.waitUntil(lambda: panel.isVisibleTo(panel.parentWidget() or panel) or panel.rows, timeout=5_000)
    row = panel.rows[task.id]
    qtbot.waitUntil(lambda: row.bar.maximum() == 100, timeout=5_000)
    qtbot.mouseClick(row.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5_000)
    assert outcomes[0].cancelled and outcomes[0].value > 0
    qtbot.waitUntil(lambda: not panel.rows and not runner.running, timeout=5_000)


def test_task_errors_become_messages(qtbot):
    runner = TaskRunner()
    errors = []

    def bad_input(progress, cancelled):
        raise InputError("x.md: has no reference translation")

    def bug(progress, cancelled):
        raise ZeroDivisionError("secret-ish internals")

    runner.start("a", bad_input, failed=errors.append)
    runner.start("b", bug, failed=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=5_000)
    messages = sorted(e.message for e in errors)
    assert messages[0].startswith("Unexpected error (ZeroDivisionError); see the log")
    assert "internals" not in messages[0]
    assert messages[1] == "x.md: has no reference translation"


def _ime(edit: ChipTextEdit, *, commit: str = "", preedit: str = "", start: int = 0, length: int = 0) -> None:
    """What an input method sends: composing text (preedit), then the chosen characters (commit)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent(preedit, [])
    if commit or length:
        event.setCommitString(commit, start, length)
    QApplication.sendEvent(edit, event)


def test_an_input_method_over_a_chip_gets_the_same_guard_as_a_key(qtbot):
    """Issue 30: committing Chinese through an input method over a selection with ⟦1⟧ removed the chip."""
    edit = _editor(qtbot, "把 ⟦1⟧ 设为")
    notices = []
    edit.notice.connect(notices.append)
    cursor = edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(len("把 ⟦1⟧"), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    _ime(edit, commit="将")
    assert edit.text() == "把 ⟦1⟧ 设为" and "⟦1⟧" in notices[-1]  # first: warned, nothing replaced
    _ime(edit, preedit="jiang")  # the translator goes on composing: as a second key press
    _ime(edit, commit="将")
    assert edit.text() == "将 设为"


def test_an_input_method_beside_chips_or_rewriting_text_next_to_one(qtbot):
    edit = _editor(qtbot, "把⟦1⟧设为")
    _put_cursor(edit, len("把⟦1⟧设为"))
    _ime(edit, preedit="wen")
    _ime(edit, commit="温度")  # no selection, no chip replaced: straight through
    assert edit.text() == "把⟦1⟧设为温度"
    _put_cursor(edit, len("把⟦1⟧"))
    _ime(edit, commit="将", start=-len("把⟦1⟧"), length=len("把⟦1⟧"))  # a reconversion over the chip
    assert edit.text() == "把⟦1⟧设为温度"


def test_a_double_click_in_chinese_selects_a_word_not_the_segment(qtbot):
    """Issue 30: Qt's default selected the whole Chinese segment (it looks for spaces)."""
    from amts_gui.gui.review.word_bounds import word_at

    text = "分类器通常用softmax函数把⟦1⟧转换为概率。"
    assert text[slice(*word_at(text, text.index("softmax") + 2))] == "softmax"
    assert text[slice(*word_at(text, text.index("⟦1⟧") + 1))] == "⟦1⟧"  # a chip is one word
    edit = _editor(qtbot, text)
    rect = edit.cursorRect(_cursor_at(edit, text.index("通")))
    qtbot.mouseDClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(2, 0))
    selected = edit.textCursor().selectedText()
    assert selected and selected != text and len(selected) <= 2, selected


def test_ctrl_shift_right_selects_word_by_word_in_chinese_and_japanese(qtbot):
    edit = _editor(qtbot, "温度スケーリングはモデルを調整する")
    _put_cursor(edit, 0)
    steps = []
    for _ in range(4):
        qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        steps.append(edit.textCursor().selectedText())
    assert steps[-1] != edit.text() and "スケーリング" in steps[-1] and len(steps[-1]) < len(edit.text())
    assert len(set(steps)) == 4  # every press takes one more word
    qtbot.keyClick(edit, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert not edit.textCursor().hasSelection()


def _cursor_at(edit: ChipTextEdit, position: int) -> QTextCursor:
    cursor = edit.textCursor()
    cursor.setPosition(position)
    return cursor

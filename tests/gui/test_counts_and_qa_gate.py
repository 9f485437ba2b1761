"""The desk's counts agree with `amts stats --json`, and accepting a segment with QA errors asks first."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from amts_gui.cli.main import main  # noqa: E402
from amts_gui.core.overview.counts import STATES  # noqa: E402
from amts_gui.core.parallel.project_pairs import align_chapter  # noqa: E402
from amts_gui.core.project.finals import accept_segment, save_edit  # noqa: E402
from amts_gui.core.project.pairs import list_pairs  # noqa: E402
from amts_gui.core.project.review import State, review_rows  # noqa: E402
from amts_gui.core.project.rows import Draft  # noqa: E402
from amts_gui.core.project.segments import add_drafts  # noqa: E402
from amts_gui.engines.drafting import draft_chapter  # noqa: E402
from amts_gui.engines.memory import MemoryEngine  # noqa: E402
from amts_gui.gui.review.segment_model import ROW_ROLE, Filter  # noqa: E402
from tests.gui.helpers import CHAPTER, open_window, type_text  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier


def _busy_project(store) -> None:
    """TM drafts, ACT drafts, an edit, accepts (one with QA errors) and flagged pairs."""
    align_chapter(store, CHAPTER)
    rows = review_rows(store, CHAPTER)
    draft_chapter(store, CHAPTER, MemoryEngine.for_project(store), only=[r.id for r in rows[:8]])
    add_drafts(store, [Draft(r.id, "ACT 译文", "amazon-act", "amazon-act") for r in rows[8:12]])
    save_edit(store, rows[12].id, "编辑过的句子")
    accept_segment(store, rows[13].id, "确认的句子" + "".join(f"⟦{i + 1}⟧" for i in range(len(rows[13].markup))))
    broken = next(r for r in rows[14:] if r.markup)
    accept_segment(store, broken.id, "占位符丢了", force=True)
    flagged = [p.id for p in list_pairs(store) if p.origin == "aligned"][:3]
    store.db.execute(f"UPDATE pairs SET flagged = 1 WHERE id IN ({', '.join('?' * len(flagged))})", flagged)
    store.db.conn.commit()


def test_the_tree_status_bar_toolbar_and_dashboard_agree_with_amts_stats(qtbot, sample_store, capsys):
    _busy_project(sample_store)
    assert main(["stats", str(sample_store.path), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    [chapter] = stats["chapters"]
    assert chapter["draft"] == 12 and chapter["edited"] == 1 and chapter["accepted"] == 2  # TM and ACT drafts alike
    window = open_window(qtbot, sample_store)

    tree = [int(window.tree.items[CHAPTER].text(column)) for column in range(2, 6)]
    assert tree == [chapter[str(state)] for state in STATES]
    window.show_dashboard()
    table = window.dashboard.table
    assert [int(table.item(0, c).text().split()[0]) for c in range(2, 6)] == tree

    segments = stats["segments"]
    words = ", ".join(f"{segments[str(state)]} {state}" for state in STATES)
    assert f"{segments['total']} segments: {words}" in window.counts_label.text()
    pairs = stats["pairs"]
    assert f"{pairs['sentence']} sentence pairs, {pairs['paragraph']} paragraph pairs" in window.counts_label.text()
    assert pairs["kept_out"] == {"flagged": 3, "QA": 1, "duplicate": 1}  # the accept replaced an aligned pair
    reasons = [f"{pairs['to_push']} to push"] + [f"{n} {why}" for why, n in pairs["kept_out"].items()]
    expected = f"{pairs['not_on_amazon']} pairs not yet on Amazon ({', '.join(reasons)})"
    assert window.parallel_data.push_label.text().strip() == expected


def _answer_qa_question(button: str, seen: list[str]) -> None:
    """Press a button of the QA question as soon as it is shown."""
    box = QApplication.activeModalWidget()
    if box is None or box.objectName() != "qa-question":
        QTimer.singleShot(20, lambda: _answer_qa_question(button, seen))
        return
    seen.append(box.text())
    box.findChild(type(box.defaultButton()), button).click()


def test_accepting_with_qa_errors_asks_and_fix_keeps_editing(qtbot, sample_store):
    window = open_window(qtbot, sample_store)
    row = next(r for r in window.review.model.rows if len(r.markup) >= 2)
    window.review.select_segment(row.id)
    final = window.review.editor.final
    final.setFocus()
    type_text(final, "占位符都丢了")
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer_qa_question("qa-fix", seen))
    qtbot.keyClick(final, Qt.Key.Key_Return, CTRL)
    assert seen == [f"Accept with {len(row.markup)} QA errors?"]
    [now] = review_rows(sample_store, CHAPTER, only=[row.id])
    assert now.state != State.ACCEPTED and window.review.current_row().id == row.id  # still there, to fix
    assert final.text() == "占位符都丢了"
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)  # the window is active again after the question

    QTimer.singleShot(0, lambda: _answer_qa_question("qa-accept-anyway", seen))
    qtbot.keyClick(final, Qt.Key.Key_Return, CTRL)
    assert len(seen) == 2
    [now] = review_rows(sample_store, CHAPTER, only=[row.id])
    assert now.state == State.ACCEPTED
    [pair] = [p for p in list_pairs(sample_store) if p.origin == "accepted"]
    assert len(pair.qa) == len(row.markup)
    window.review.filter_box.setCurrentIndex(window.review.filter_box.findData(Filter.QA_ERRORS))
    proxy = window.review.proxy
    assert [proxy.index(i, 0).data(ROW_ROLE).id for i in range(proxy.rowCount())] == [row.id]


def test_a_project_reopens_at_the_chapter_segment_and_filter_left(qtbot, sample_store, tmp_path):
    from PySide6.QtCore import QSettings

    from amts_gui.gui.common.preferences import Preferences

    prefs = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    window = open_window(qtbot, sample_store, prefs)
    assert window.review.current_row().number == 1  # the first time: the first untranslated segment
    window.review.filter_box.setCurrentIndex(window.review.filter_box.findData(Filter.UNTRANSLATED))
    window.review.select_proxy_row(6)
    left_at = window.review.current_row()
    window.close()

    again = open_window(qtbot, sample_store, prefs)
    assert again.current_chapter() == CHAPTER and again.review.current_row().id == left_at.id
    assert again.review.filter_box.currentData() == Filter.UNTRANSLATED
    assert again.review.editor.row.id == left_at.id


def test_the_first_start_opens_where_the_work_is(qtbot, sample_store, tmp_path):
    from PySide6.QtCore import QSettings

    from amts_gui.gui.common.preferences import Preferences

    rows = review_rows(sample_store, CHAPTER)
    add_drafts(sample_store, [Draft(rows[9].id, "初稿", "tm", "tm", {"score": 80})])
    prefs = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    window = open_window(qtbot, sample_store, prefs)
    assert window.review.current_row().id == rows[9].id  # the first draft to review


def _answer(name: str, button: str, seen: list[str]) -> None:
    """Press a button of the question ``name`` as soon as it is shown."""
    box = QApplication.activeModalWidget()
    if box is None or box.objectName() != name:
        QTimer.singleShot(20, lambda: _answer(name, button, seen))
        return
    seen.append(box.text())
    box.findChild(type(box.defaultButton()), button).click()


def test_accepting_offers_the_repetitions_and_one_undo_takes_them_back(qtbot, project):
    from amts_gui.core.project.chapters import import_chapter

    import_chapter(project, "one.md", "# One\n\nRun `train()` again. A first sentence.\n\nRun `train()` again.\n")
    import_chapter(project, "two.md", "# Two\n\nRun `train()` again.\n")
    window = open_window(qtbot, project)
    twins = [r for c in ("one.md", "two.md") for r in review_rows(project, c) if r.source == "Run ⟦1⟧ again."]
    window.tree.select("one.md")
    window.review.select_segment(twins[0].id)
    final = window.review.editor.final
    final.setFocus()
    type_text(final, "再次运行 ")
    qtbot.keyClick(final, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier | CTRL)  # the placeholder
    qtbot.keyClick(final, Qt.Key.Key_Return, CTRL)
    bar = window.review.editor.prompt  # the offer waits above the editor: no dialog, the focus stays
    assert QApplication.activeModalWidget() is None and bar.isVisible()
    assert bar.text.text() == "Segment 2 occurs 2 more times without your text. Fill them with this translation?"
    shown = window.review.editor.final.text()
    type_text(window.review.editor.final, "下一句")  # typing goes on in the Final, never into the offer
    assert bar.asking == "repetitions" and window.review.editor.final.text().endswith("下一句")
    qtbot.keyClick(window.review.editor.final, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.AltModifier)
    assert not bar.isVisible()
    window.review.editor.final.replace_all(shown)  # nothing kept of the typing, so no edit joins the undo steps
    states = {r.id: r for c in ("one.md", "two.md") for r in review_rows(project, c)}
    assert [states[t.id].state for t in twins] == [State.ACCEPTED] * 3
    assert [states[t.id].propagated for t in twins] == [False, True, True]
    assert "⇉" in window.review.model.data(window.review.model.index(window.review.model.row_of(twins[1].id), 6))
    window.review.filter_box.setCurrentIndex(window.review.filter_box.findData(Filter.PROPAGATED))
    assert window.review.proxy.rowCount() == 1

    window.undo_stack.undo()  # the propagation, all of it
    states = {r.id: r for c in ("one.md", "two.md") for r in review_rows(project, c)}
    assert [states[t.id].state for t in twins] == [State.ACCEPTED, State.UNTRANSLATED, State.UNTRANSLATED]
    window.undo_stack.undo()  # then the acceptance
    assert review_rows(project, "one.md", only=[twins[0].id])[0].state != State.ACCEPTED

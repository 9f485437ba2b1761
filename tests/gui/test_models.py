"""Table models and small widgets, without a main window."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402

from amts_gui.core.parallel.project_pairs import align_chapter  # noqa: E402
from amts_gui.core.project.finals import accept_segment, save_edit  # noqa: E402
from amts_gui.engines.drafting import draft_chapter  # noqa: E402
from amts_gui.engines.memory import MemoryEngine  # noqa: E402
from amts_gui.gui.review.segment_model import COLUMNS, ROW_ROLE, Column, Filter, SegmentFilter, SegmentTableModel  # noqa: E402
from tests.gui.helpers import CHAPTER  # noqa: E402


def _column(column: Column) -> int:
    return COLUMNS.index(column)


def test_segment_model_without_a_window(qtbot, sample_store):
    model = SegmentTableModel(sample_store)
    model.load(CHAPTER)
    assert model.rowCount() == 30 and model.columnCount() == len(COLUMNS)
    assert model.index(0, _column(Column.SOURCE)).data() == "Softmax Temperature"
    assert model.index(0, _column(Column.STATUS)).data() == "untranslated"
    assert model.headerData(_column(Column.SCORE), Qt.Orientation.Horizontal) == "TM %"
    align_chapter(sample_store, CHAPTER)
    draft_chapter(sample_store, CHAPTER, MemoryEngine.for_project(sample_store))
    model.refresh()
    drafted = [r for r in range(model.rowCount()) if model.index(r, _column(Column.DRAFT)).data()]
    assert len(drafted) > 20
    r = drafted[0]
    assert model.index(r, _column(Column.ENGINE)).data() == "TM 100 %"
    assert model.index(r, _column(Column.SCORE)).data() == "100"
    assert model.index(r, _column(Column.REFERENCE)).data()
    assert model.index(r, _column(Column.STATUS)).data() == "draft"


def test_refresh_of_one_segment_signals_only_its_row(qtbot, sample_store):
    model = SegmentTableModel(sample_store)
    model.load(CHAPTER)
    seg = model.rows[4]
    accept_segment(sample_store, seg.id, "接受")
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.refresh([seg.id])
    top, bottom = blocker.args[0], blocker.args[1]
    assert top.row() == bottom.row() == 4
    assert model.index(4, _column(Column.FINAL)).data() == "接受"
    assert model.index(4, _column(Column.STATUS)).data() == "accepted"


def test_filters_and_search_without_a_window(qtbot, sample_store):
    model = SegmentTableModel(sample_store)
    model.load(CHAPTER)
    rows = model.rows
    accept_segment(sample_store, rows[0].id, "Softmax 温度")
    save_edit(sample_store, rows[1].id, "分类器 99")  # a number the source does not have
    model.refresh()
    proxy = SegmentFilter()
    proxy.setSourceModel(model)

    def shown() -> list[int]:
        return [proxy.index(i, 0).data(ROW_ROLE).number for i in range(proxy.rowCount())]

    assert len(shown()) == 30
    proxy.set_filter(Filter.ACCEPTED)
    assert shown() == [1]
    proxy.set_filter(Filter.EDITED)
    assert shown() == [2]
    proxy.set_filter(Filter.QA)
    assert 2 in shown() and 1 not in shown()
    proxy.set_filter(Filter.UNTRANSLATED)
    assert len(shown()) == 28 and 1 not in shown()
    proxy.set_filter(Filter.NEEDS_REVIEW)
    assert shown() == [2]
    proxy.set_filter(Filter.SOURCE_CHANGED)
    assert shown() == []
    proxy.set_filter(Filter.ALL)
    proxy.set_search("TEMPERATURE")  # case-insensitive, over source and target
    assert 1 in shown() and 0 < len(shown()) < 30
    proxy.set_search("温度")
    assert shown() == [1]


def test_suggestions_offer_an_edit_accepted_this_session(qtbot, sample_store):
    from amts_gui.gui.common.tasks import TaskRunner
    from amts_gui.gui.review.suggestions import SuggestionService

    service = SuggestionService(sample_store, TaskRunner())
    source = "A classifier usually turns its raw scores into probabilities with the softmax function."
    assert service._lookup(source) == []  # no pairs yet
    service.add_pair(source, "分类器通常用 softmax 函数把原始得分转换为概率。")
    [match] = service._lookup(source)
    assert match.score == 100.0 and match.target.startswith("分类器")
    service.add_pair("Softmax Temperature", "Softmax 温度")  # the session memory is rebuilt with both
    assert service._lookup("Softmax Temperature")[0].target == "Softmax 温度"
    service.invalidate()
    assert service._lookup(source) == []

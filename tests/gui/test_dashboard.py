"""The dashboard tab with real scores: table, charts, worst segments, scale toggle, export."""

from __future__ import annotations

import base64
import re

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt

from amts_gui.core.project.finals import accept_segment
from amts_gui.core.project.rows import Draft
from amts_gui.core.project.scores import history
from amts_gui.core.project.segments import add_drafts, live_segments
from tests.core.scoring.test_evaluation import add_chapters
from tests.gui.helpers import open_window, wait_idle


@pytest.fixture
def scored(project):
    add_chapters(project)
    for chapter, drafts in {
        "a.md": ["阿尔法", "猫坐在垫子上。", "完全不同的句子"],
        "b.md": ["贝塔", "猫坐在垫子上。", "鸟儿在早晨歌唱。"],
    }.items():
        for seg, text in zip(live_segments(project, chapter), drafts, strict=False):
            add_drafts(project, [Draft(seg.id, text, "tm", "tm")])
    segs = live_segments(project, "b.md")
    add_drafts(project, [Draft(segs[2].id, "鸟在早上唱歌。", "amazon-realtime", "without ACT")])
    accept_segment(project, segs[2].id, "鸟儿在早晨唱歌。")
    return project


def _open_dashboard(qtbot, store):
    window = open_window(qtbot, store)
    window.show_dashboard()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.dashboard.board is not None, timeout=10_000)
    return window


def test_dashboard_shows_chapters_variants_charts_and_effort(qtbot, scored):
    window = _open_dashboard(qtbot, scored)
    dash = window.dashboard
    table = dash.scores
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["a.md", "b.md", "Average"]
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[1:4] == ["tm\nBLEU", "tm\nchrF", "tm\nTER"]
    assert "amazon-realtime\nBLEU" in headers and "HTER" in headers
    b_bleu = float(table.item(1, 1).text())
    a_bleu = float(table.item(0, 1).text())
    assert 0 < a_bleu < b_bleu <= 100
    assert table.item(2, 1).text() == f"{(a_bleu + b_bleu) / 2:.1f}"
    assert "tok:zh" in table.item(0, 1).toolTip()

    bars = [i for i in dash.bar_chart.data_items() if isinstance(i, pg.BarGraphItem)]
    assert {b.name() for b in bars} == {"tm", "amazon-realtime"}
    tm_heights = next(list(b.opts["height"]) for b in bars if b.name() == "tm")
    assert tm_heights == pytest.approx([a_bleu, b_bleu], abs=0.05)
    assert dash.trend_chart.data_items(), "the trend chart has BLEU and HTER lines"
    image = dash.grab().toImage()
    assert not image.isNull() and image.width() > 300
    # the scores were kept for the trend
    assert {r.score.chapter for r in history(scored, metric="BLEU")} == {"a.md", "b.md"}


def test_scale_toggle_shows_the_study_scale(qtbot, scored):
    window = _open_dashboard(qtbot, scored)
    dash = window.dashboard
    before = float(dash.scores.item(0, 1).text())
    dash.unit_scale.setChecked(True)
    after = dash.scores.item(0, 1).text()
    assert re.fullmatch(r"0\.\d{3}", after) and float(after) == pytest.approx(before / 100, abs=0.0006)
    bars = [i for i in dash.bar_chart.data_items() if isinstance(i, pg.BarGraphItem)]
    assert max(max(b.opts["height"]) for b in bars) == pytest.approx(1.0)  # b.md: a perfect tm draft
    assert window.prefs.score_scale == "0-1"


def test_clicking_a_chapter_lists_its_worst_segments_and_enter_opens_one(qtbot, scored):
    window = _open_dashboard(qtbot, scored)
    dash = window.dashboard
    dash.scores.selectRow(0)
    qtbot.waitUntil(lambda: dash.worst_table.rowCount() > 0, timeout=10_000)
    assert dash.worst_table.item(0, 1).text() == "The dog ran fast."
    assert dash.worst_table.item(0, 2).text() == "完全不同的句子"
    scores = [float(dash.worst_table.item(r, 0).text()) for r in range(dash.worst_table.rowCount())]
    assert scores == sorted(scores)
    dash.worst_table.setCurrentCell(0, 1)
    dash.worst_table.setFocus()
    qtbot.keyClick(dash.worst_table, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.review
    assert window.current_chapter() == "a.md"
    assert window.review.current_row().source == "The dog ran fast."


def test_export_writes_csv_and_html_with_the_charts_as_png(qtbot, scored, tmp_path):
    window = _open_dashboard(qtbot, scored)
    csv_path, html_path = window.dashboard.export_to(tmp_path / "export")
    text = html_path.read_text(encoding="utf-8")
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', text)
    assert len(images) == 2
    assert all(base64.b64decode(i).startswith(b"\x89PNG") for i in images)
    assert "a.md" in text and "<table>" in text
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("a.md,tm,BLEU,") for line in lines)
    assert any(line.startswith("b.md,post-edit,HTER,") for line in lines)
    folder = tmp_path / "export"
    for chart in ("bar-chart", "trend-chart", "workload-chart"):  # each chart as PNG, and its data as CSV
        assert (folder / f"{chart}.png").read_bytes().startswith(b"\x89PNG")
    bar_rows = (folder / "bar-chart.csv").read_text(encoding="utf-8").splitlines()
    assert bar_rows[0] == "chapter,variant,metric,value"
    bars = {(c, v): float(x) for c, v, _m, x in (r.split(",") for r in bar_rows[1:])}
    table = window.dashboard.scores
    assert bars[("a.md", "tm")] == pytest.approx(float(table.item(0, 1).text()), abs=0.05)
    trend = (folder / "trend-chart.csv").read_text(encoding="utf-8").splitlines()
    assert trend[0] == "series,time,value" and any(",20" in row for row in trend[1:])  # ISO times
    assert (
        (folder / "workload-chart.csv").read_text(encoding="utf-8").splitlines()[0].startswith("draft,seconds_per_word")
    )


def test_evaluation_source_without_a_run_says_how_to_make_one(qtbot, scored):
    window = _open_dashboard(qtbot, scored)
    dash = window.dashboard
    dash.source_box.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "amts evaluate" in dash.summary.text(), timeout=10_000)
    assert dash.scores.rowCount() == 0


def test_a_chapter_without_a_reference_shows_its_post_edit_effort(qtbot, demo_store):
    """The demo's new chapter has no human translation to score drafts against; the translator's edits of
    its memory drafts are still measured, and one day of them reads as a date, not as seconds."""
    from amts_gui.core.project.review import review_rows

    row = next(r for r in review_rows(demo_store, "temperature-scaling.md") if r.draft is not None)
    assert row.draft is not None
    accept_segment(demo_store, row.id, "训练好的" + row.draft.text)
    window = _open_dashboard(qtbot, demo_store)
    table = window.dashboard.scores
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["temperature-scaling.md", "Average"]
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    hter = float(table.item(0, headers.index("HTER")).text())
    assert 0 < hter < 50
    assert "no drafts with a reference to score" in window.dashboard.bar_chart.getPlotItem().titleLabel.text
    low, high = window.dashboard.trend_chart.getViewBox().viewRange()[0]
    assert high - low >= 24 * 3600


def _logged(store, from_scratch: int, post_edited: int) -> None:
    from amts_gui.core.overview.analysis import count_words
    from amts_gui.core.project.editing_log import LoggedVisit, log_visit
    from amts_gui.core.project.segments import live_segments

    segments = [s for c in ("softmax-temperature.md", "temperature-scaling.md") for s in live_segments(store, c)]
    segments = [s for s in segments if count_words(s.source, "en") > 0]
    for n, segment in enumerate(segments[: from_scratch + post_edited]):
        scratch = n < from_scratch
        words = count_words(segment.source, "en")
        seconds = (5.0 if scratch else 1.0) * words  # 5 s/word from scratch, 1 s/word post-editing
        log_visit(store, LoggedVisit(segment.id, seconds, 3, 2, 1, "tm", "100", 10, 8, from_scratch=scratch))


def test_the_workload_view_shows_rates_and_the_saving(qtbot, demo_store):
    _logged(demo_store, from_scratch=20, post_edited=25)
    window = _open_dashboard(qtbot, demo_store)
    view = window.dashboard.workload
    qtbot.waitUntil(lambda: view.result is not None, timeout=10_000)
    rates = [[view.rates.item(r, c).text() for c in range(4)] for r in range(view.rates.rowCount())]
    assert [r[0] for r in rates] == ["from scratch", "tm 100"]
    assert [r[1] for r in rates] == ["20", "25"] and [r[3] for r in rates] == ["5.00", "1.00"]
    saved = [view.savings.item(0, c).text() for c in range(5)]
    assert saved == ["all chapters", "25", "20", "80%", "80%–80%"]
    assert "post-editing (25 segments)" in view.note.text() and "control (20 segments)" in view.note.text()
    assert "at least 20 segments in each group" in view.note.text()


def test_the_workload_view_says_not_enough_data(qtbot, demo_store):
    _logged(demo_store, from_scratch=5, post_edited=25)
    window = _open_dashboard(qtbot, demo_store)
    view = window.dashboard.workload
    qtbot.waitUntil(lambda: view.result is not None, timeout=10_000)
    assert view.savings.item(0, 3).text() == "not enough data"

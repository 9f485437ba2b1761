"""The desk on a small screen, in a real window: at 900×650 the segment list shows at least 6 whole rows and
every column header reads; at 1280×720 at least 8 rows; the chapter tree gives way and can collapse."""

from __future__ import annotations

import pytest

from tests.gui.real_window import App, needs_x11

pytestmark = needs_x11


@pytest.fixture
def project(demo_store):
    demo_store.close()
    return demo_store.path


@pytest.mark.parametrize(("width", "height", "rows"), [(900, 650, 6), (1280, 720, 8), (1400, 900, 8)])
def test_the_desk_shrinks_in_proportion(display, project, tmp_path, width, height, rows):
    app = App(display, project, tmp_path)
    try:
        app.resize(width, height)
        table = app.widgets["_table"]
        assert table["rows"] >= rows, table
        assert table["clipped_headers"] == [], table
        tabs, chapters = app.widgets["tabs"], app.widgets.get("chapters", [0, 0, 0, 0])
        assert tabs[2] >= 700 or chapters[2] == 0, (tabs, chapters)  # the review keeps its width
        for name in ("final-edit", "accept-button", "source-view", "comment-edit"):
            left, top, w, h = app.widgets[name]
            assert w > 0 and h > 0 and left + w <= width + 1 and top + h <= height + 1, (name, app.widgets[name])
    finally:
        app.close()


def test_the_chapter_tree_collapses_and_comes_back(display, project, tmp_path):
    app = App(display, project, tmp_path)
    try:
        app.resize(1280, 720)
        wide = app.widgets["chapters"][2]
        assert wide >= 160
        app.click("segments", 0.5, 40)  # the window has the keyboard
        app.xdo("key", "ctrl+shift+h")
        app.reread(lambda w: w.get("chapters", [0, 0, 0, 0])[2] == 0)
        assert app.widgets.get("chapters", [0, 0, 0, 0])[2] == 0
        assert app.widgets["_table"]["clipped_headers"] == []
        app.xdo("key", "ctrl+shift+h")
        app.reread(lambda w: w.get("chapters", [0, 0, 0, 0])[2] > 0)
        assert app.widgets["chapters"][2] >= 160
    finally:
        app.close()


def test_the_tree_gives_way_to_a_narrowing_window_and_gets_it_back(display, project, tmp_path):
    app = App(display, project, tmp_path)
    try:
        app.resize(1280, 720)
        wide = app.widgets["chapters"][2]
        app.resize(900, 650)
        assert app.widgets["chapters"][2] < wide and app.widgets["tabs"][2] >= 700
        app.resize(1280, 720)
        assert app.widgets["chapters"][2] == wide
    finally:
        app.close()

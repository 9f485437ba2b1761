"""The editor's boxes receive the mouse over their whole area: nothing is laid over them.

``window.childAt`` over a grid of points inside each box must find the box or its viewport, at a
large and at a small window size; the boxes shrink with the window rather than to a sliver.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from tests.gui.helpers import open_window

EDITORS = ("source", "draft", "reference", "final")
SIZES = ((1400, 900), (900, 650))


def landing(window, box, steps: int = 5) -> list[tuple[QPoint, object]]:
    """Each grid point inside ``box`` (in window coordinates) and the widget a click there reaches."""
    out = []
    width, height = box.width(), box.height()
    for i in range(1, steps + 1):
        for j in range(1, steps + 1):
            inside = QPoint(width * i // (steps + 1), height * j // (steps + 1))
            at = box.mapTo(window, inside)
            out.append((at, window.childAt(at)))
    return out


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_editor_box_receives_the_mouse_over_its_whole_area(qtbot, sample_store, width, height):
    window = open_window(qtbot, sample_store)
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    window.review.select_proxy_row(3)
    editor = window.review.editor
    editor.notice.setText("再按一次以删除占位符")  # the notice row is shown, as when a chip is about to go
    qtbot.wait(50)
    for name in EDITORS:
        box = getattr(editor, name)
        assert box.isVisible(), name
        missed = [
            (p.x(), p.y(), w.objectName() if w else None)
            for p, w in landing(window, box)
            if w not in (box, box.viewport())
        ]
        assert missed == [], f"{name} at {width}×{height}: clicks land elsewhere: {missed}"


def test_the_boxes_keep_a_useful_size_in_a_small_window(qtbot, sample_store):
    window = open_window(qtbot, sample_store)
    window.resize(900, 650)
    qtbot.waitUntil(lambda: window.width() == 900)
    editor = window.review.editor
    side = editor.splitter.widget(1)
    for name in EDITORS:
        box = getattr(editor, name)
        assert box.width() >= 120 and box.height() >= 60, (name, box.width(), box.height())
    # the texts keep the larger share of the editor, as they do in a large window
    assert editor.final.width() * 2 >= side.width() * 0.9, (editor.final.width(), side.width())

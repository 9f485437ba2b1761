"""The main window's layout: remembered between sessions, and shrinking in proportion on a small screen.

The review keeps at least ``REVIEW_WIDTH``: on a narrow window the chapter tree gives way, and collapses
when too little of it would be left (View ▸ Chapters brings it back).  Without a remembered layout the
segment list takes ``LIST_SHARE`` of the review's height; the table's rows are one line high when two-line
rows would show fewer than ``segment_table.TWO_LINE_ROWS`` (``SegmentTable``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QSplitter

REVIEW_WIDTH = 700  # the narrowest review that fitting the chapter tree may leave
MIN_TREE_WIDTH = 160  # a tree narrower than this is collapsed rather than shown cut
LIST_SHARE = 0.45  # the segment list's share of the review's height, until the translator moves the splitter


class WindowLayout:
    def __init__(self, window: Any) -> None:
        """``window``: the MainWindow (typed loosely: it imports this module)."""
        self.window = window
        self.restored = False
        self._tree_width = 0  # the tree's width before it collapsed, to bring it back
        self._width = 0  # the window's width at the last look
        self._given = False  # the tree gave width to a narrowing window and gets it back as it widens

    def parts(self) -> list[tuple[str, Any, Any]]:
        """(name, save, restore) of every part whose layout is remembered."""
        w = self.window
        parts = [
            ("window", w.saveState, w.restoreState),
            ("main-splitter", w.main_splitter.saveState, w.main_splitter.restoreState),
            ("review-splitter", w.review.splitter.saveState, w.review.splitter.restoreState),
            ("editor-splitter", w.review.editor.splitter.saveState, w.review.editor.splitter.restoreState),
        ]
        header = w.review.table.horizontalHeader()
        return [*parts, ("table-header", header.saveState, header.restoreState)]

    def restore_once(self) -> None:
        """At the first show (splitters restore best once the window has its size)."""
        if self.restored:
            return
        self.restored = True
        remembered = set()
        for name, _save, restore in self.parts():
            state = self.window.prefs.layout(name)
            if state is not None:
                restore(state)
                remembered.add(name)
        if "review-splitter" not in remembered:
            split(self.window.review.splitter, LIST_SHARE)
        self.window.tree.fit_in(self.window.main_splitter, REVIEW_WIDTH)
        if "main-splitter" not in remembered:  # a width the translator chose stays as chosen
            self.keep_review_room()
        self._width = self.window.width()

    def resized(self) -> None:
        """The window was resized: when it got narrower, the tree gives way first; wider, it gets back what
        it gave."""
        if self.restored and self.window.width() < self._width:
            self.keep_review_room()
        elif self.restored and self.window.width() > self._width and self._given:
            self._take_back()
        self._width = self.window.width()

    def _take_back(self) -> None:
        splitter = self.window.main_splitter
        tree, review = splitter.sizes()
        total = tree + review
        wider = min(self._tree_width, total - REVIEW_WIDTH)
        if wider >= MIN_TREE_WIDTH and wider > tree:
            splitter.setSizes([wider, total - wider])
        self._given = wider < self._tree_width

    def save(self) -> None:
        self.window.prefs.save_layout("geometry", self.window.saveGeometry())
        for name, save, _restore in self.parts():
            self.window.prefs.save_layout(name, save())

    def keep_review_room(self) -> None:
        """On a narrow window the tree gives the review its width, collapsing when little of it is left."""
        splitter = self.window.main_splitter
        tree, review = splitter.sizes()
        if tree == 0 or review >= REVIEW_WIDTH:
            return
        total = tree + review
        if not self._given:  # the width the translator had, before the window took any of it
            self._tree_width, self._given = tree, True
        narrower = max(total - REVIEW_WIDTH, 0)
        narrower = narrower if narrower >= MIN_TREE_WIDTH else 0  # collapsed rather than cut to a sliver
        splitter.setSizes([narrower, total - narrower])

    def toggle_chapters(self) -> None:
        """View ▸ Chapters: collapse the tree, or bring it back at its last width."""
        splitter = self.window.main_splitter
        tree, review = splitter.sizes()
        self._given = False  # the translator's own choice from now on
        if tree:
            self._tree_width = tree
            splitter.setSizes([0, tree + review])
            return
        width = max(self._tree_width, self.window.tree.wanted_width(), MIN_TREE_WIDTH)
        width = min(width, max(tree + review - 320, MIN_TREE_WIDTH))
        splitter.setSizes([width, tree + review - width])


def split(splitter: QSplitter, first_share: float) -> None:
    total = sum(splitter.sizes())
    first = int(total * first_share)
    splitter.setSizes([first, total - first])

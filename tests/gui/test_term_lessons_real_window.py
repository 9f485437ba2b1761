"""Term warnings at the desk in a real window, by keyboard: a warning never asks on accept; Ctrl+Alt+I ignores
it in one segment; Ctrl+Alt+X teaches the entry a phrase (the one dialog), and Ctrl+Z takes it back."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from amts_gui.core.project.review import review_rows
from amts_gui.core.project.store import Store
from amts_gui.core.project.term_senses import ignored_terms
from amts_gui.core.project.terms import list_terms, save_terms
from amts_gui.core.text.terms import TermEntry
from tests.gui.real_window import App, needs_x11, wait_until

pytestmark = needs_x11
CHAPTER = "temperature-scaling.md"


@pytest.fixture
def project(demo_store) -> Path:
    save_terms(demo_store, [TermEntry("accuracy", ("准确率", "精度")), TermEntry("temperature", ("温度",))])
    demo_store.close()
    return demo_store.path


def _row(project: Path, number: int):
    store = Store(project)
    try:
        return review_rows(store, CHAPTER)[number - 1]
    finally:
        store.close()


def _accuracy_entry(project: Path) -> TermEntry:
    store = Store(project)
    try:
        return next(e for e in list_terms(store) if e.source == "accuracy")
    finally:
        store.close()


def _ignored(project: Path, segment_id: str) -> frozenset[str]:
    store = Store(project)
    try:
        return ignored_terms(store, segment_id)
    finally:
        store.close()


def test_term_warnings_are_taught_away_by_keyboard(display, project, tmp_path):
    eight, twenty_three = _row(project, 8), _row(project, 23)
    assert any("accuracy" in str(f.detail) for f in eight.findings)  # the draft lacks 准确率
    app = App(display, project, tmp_path, "--chapter", CHAPTER, "--segment", "8")
    try:
        app.click("final-edit", 0.5, 12)
        app.xdo("key", "ctrl+shift+d")  # the draft as the final: the badge warns, beside "Final"
        app.reread(lambda w: w.get("qa-badge", [0, 0, 0, 0])[2] > 100)
        assert app.widgets["qa-badge"][2] > 100, app.widgets.get("qa-badge")  # a stretch once left it no width
        app.xdo("key", "ctrl+alt+i")
        wait_until(lambda: _ignored(project, eight.id) == {"accuracy"}, "Ctrl+Alt+I did not ignore the warning")
        app.xdo("key", "ctrl+Return")  # no question: accepted at once
        wait_until(lambda: _row(project, 8).status == "accepted", "the accept did not happen")

        app.xdo("key", "ctrl+g")
        time.sleep(0.3)
        app.xdo("type", "23")
        app.xdo("key", "Return")
        time.sleep(0.5)
        app.click("final-edit", 0.5, 12)
        app.xdo("key", "ctrl+shift+d", "ctrl+alt+x")  # Never in this phrase: the one dialog
        app.reread(lambda w: "never-in-phrase" in w.get("_dialogs", []))
        app.xdo("key", "ctrl+a")
        app.xdo("type", "--delay", "12", "the accuracy")
        app.xdo("key", "Return")
        wait_until(lambda: _accuracy_entry(project).not_in == ("the accuracy",), "the phrase was not taught")
        assert not any("accuracy" in str(f.detail) for f in _row(project, 23).findings)
        app.click("terms-pane", 0.5, 12)  # out of the final, whose own Ctrl+Z undoes typing
        app.xdo("key", "ctrl+z")  # the lesson back
        wait_until(lambda: _accuracy_entry(project).not_in == (), "Ctrl+Z did not take the phrase back")
        app.reread()
        assert app.widgets.get("_dialogs", []) == ["never-in-phrase"]  # the accept asked nothing
        assert _row(project, 23).id == twenty_three.id
    finally:
        app.close()

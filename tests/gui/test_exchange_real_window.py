"""A memory and a glossary from other tools imported in a real window, by keyboard: the menus, the file
dialog, and the report of what each import noticed."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from amts_gui.core.project.pairs import list_pairs
from amts_gui.core.project.store import Store
from amts_gui.core.project.terms import list_terms
from tests.conftest import REPO
from tests.gui.real_window import App, needs_x11, wait_until

pytestmark = needs_x11
FIXTURES = REPO / "tests" / "fixtures" / "exchange"


@pytest.fixture
def project(demo_store) -> Path:
    demo_store.close()
    return demo_store.path


def _imported(project: Path) -> tuple[int, set[str]]:
    """Imported pairs, and the glossary's source terms."""
    store = Store(project)
    try:
        return sum(1 for p in list_pairs(store) if p.origin == "imported"), {e.source for e in list_terms(store)}
    finally:
        store.close()


def _open_from_menu(app: App, menu_key: str, downs: int, path: Path) -> None:
    """Open a menu by its Alt key, walk down to the item, and give the file dialog a path."""
    app.xdo("key", menu_key)
    time.sleep(0.8)
    app.xdo("key", *(["Down"] * downs), "Return")
    app.reread(lambda w: "file-dialog" in w)  # on the screen now (the list of dialogs seen keeps the last one)
    assert "file-dialog" in app.widgets
    time.sleep(0.3)
    app.xdo("type", "--delay", "8", str(path))
    app.xdo("key", "Return")


def test_a_memory_and_a_glossary_from_other_tools_say_what_they_noticed(display, project, tmp_path):
    pairs_before, terms_before = _imported(project)
    assert "LSTM" not in terms_before
    app = App(display, project, tmp_path)
    try:
        app.click("final-edit", 0.5, 12)
        _open_from_menu(app, "alt+p", 2, FIXTURES / "olifant.tmx")  # Parallel data ▸ Import translation memory
        wait_until(lambda: _imported(project)[0] == pairs_before + 4, "the memory was not imported")
        app.reread(lambda w: "import-notes" in w)  # the report box, on the screen
        assert "import-notes" in app.widgets
        app.click("import-notes", 0.5, 10)
        app.xdo("key", "Escape")
        app.reread(lambda w: "import-notes" not in w)
        assert "import-notes" not in app.widgets
        app.click("final-edit", 0.5, 12)  # no window manager gives the window its focus back
        _open_from_menu(app, "alt+l", 2, FIXTURES / "okapi-tbx-basic.tbx")  # Glossary ▸ Import glossary
        expected = {"dropout", "learning rate", "LSTM"}
        wait_until(lambda: expected <= _imported(project)[1], "the glossary was not imported")
        app.reread(lambda w: "import-notes" in w)
        assert "import-notes" in app.widgets
    finally:
        app.close()

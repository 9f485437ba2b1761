"""The README's keymap table is what the code binds (``docs/keymap_table.py`` prints it)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from tests.gui.helpers import open_window  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_keymap_table_is_the_one_the_window_binds(qtbot, sample_store):
    spec = importlib.util.spec_from_file_location("keymap_table", ROOT / "docs" / "keymap_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    window = open_window(qtbot, sample_store)
    expected = module.table(a for commands in window.all_commands() for a in commands)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("<!-- keymap -->\n", 1)[1].split("\n<!-- /keymap -->", 1)[0]
    assert shown == expected
    unbound = [line for line in expected.splitlines()[2:] if line.split(" | ")[1] == "—"]
    assert unbound == []  # every function of the desk has a key in the default keymap

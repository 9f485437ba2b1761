"""A project another program keeps locked: one line, exit 2, a bounded wait and nothing written (issue 29)."""

from __future__ import annotations

import sqlite3
import time

import pytest

from amts_gui.cli.main import main
from amts_gui.core.project import store as store_module
from tests.cli.test_bad_input_table import project_state
from tests.conftest import create_sample_project

CHAPTER = "softmax-temperature.md"
MESSAGE = "the project is in use by another program; nothing was written — try again when it is done"


@pytest.fixture
def project(tmp_path, capsys):
    path = tmp_path / "p.amts"
    create_sample_project(path).close()
    assert main(["xliff", "export", str(path), "--chapter", CHAPTER, "--out", str(tmp_path / "c.xlf")]) == 0
    (tmp_path / "TERMINOLOGY.md").write_text("温度，temperature\n", encoding="utf-8")
    capsys.readouterr()
    return path


COMMANDS = {
    "accept": ["accept", "{p}", "--chapter", CHAPTER, "--segment", "1", "--text", "软最大温度"],
    "xliff import": ["xliff", "import", "{p}", "{tmp}/c.xlf"],
    "terms import": ["terms", "import", "{p}", "{tmp}/TERMINOLOGY.md"],
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_project_locked_by_another_program_gives_one_line_and_exit_2(command, project, capsys, monkeypatch):
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.5)
    argv = [a.replace("{p}", str(project)).replace("{tmp}", str(project.parent)) for a in COMMANDS[command]]
    before = project_state(project)
    holder = sqlite3.connect(project, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # held for longer than a write waits
    try:
        started = time.monotonic()
        code = main(argv)
        waited = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert code == 2, err
    assert err == f"amts: error: {project}: {MESSAGE}\n"
    assert waited < 10
    assert project_state(project) == before
    assert main(argv) in (0, 1)  # once the other program is done, the same command goes through

"""Bad input, table-driven: every case ends with one line naming the file or argument and what to do,
exit code 2, no traceback, and the project exactly as it was.

The cases are those issue 18 found giving a traceback or a wrong message, and a set of kinds that
already behaved (kept here so that they keep behaving).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from amts_gui.cli.main import main
from amts_gui.core.project import store as store_module
from tests.conftest import DEMO, create_sample_project

CHAPTER = "softmax-temperature.md"


def project_state(path: Path) -> str:
    """The project's content (every table, row by row) and its size on disk, as one digest."""
    if not path.exists():
        return "absent"
    if path.stat().st_size == 0:
        return "empty file"
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            dump = "\n".join(db.iterdump()).encode("utf-8")
    except sqlite3.DatabaseError:  # not a database: its bytes
        dump = path.read_bytes()
    return hashlib.sha256(dump).hexdigest()


def full_disk(monkeypatch) -> None:
    """SQLite's own "database or disk is full", where a full disk gives it: when the transaction's pages
    are written, at COMMIT (and SQLite leaves the transaction open, for the caller to roll back)."""
    from amts_gui.core.project.connection import Connection

    real = Connection.execute

    def execute(self, sql, parameters=None):
        if sql == "COMMIT":
            raise sqlite3.OperationalError("database or disk is full")
        return real(self, sql, parameters) if parameters is not None else real(self, sql)

    monkeypatch.setattr(Connection, "execute", execute)


def read_only(monkeypatch) -> None:
    """A project file and folder the user may not write (tests may run as root, who can write anyway)."""
    real = store_module.os.access
    monkeypatch.setattr(store_module.os, "access", lambda path, mode: False if mode & 2 else real(path, mode))


@dataclass
class Case:
    argv: list[str]
    message: str  # a fragment of the one error line
    setup: Callable[[pytest.MonkeyPatch], None] | None = None
    files: dict[str, bytes] = field(default_factory=dict)


CASES = {
    # -- found by issue 18 --------------------------------------------------------------------
    "unknown job id": Case(["jobs", "{p}", "--stop", "999"], "no batch job 999 in this project"),
    "endpoint url, broken IPv6": Case(
        ["pairs", "status", "{p}", "--endpoint-url", "http://[::1"],
        "argument --endpoint-url: 'http://[::1' is not a URL",
    ),
    "endpoint url, not a url": Case(
        ["pairs", "status", "{p}", "--endpoint-url", "not a url"], "'not a url' is not an http(s) URL"
    ),
    "s3 endpoint url, not http": Case(
        ["pairs", "status", "{p}", "--s3-endpoint-url", "ftp://x"], "argument --s3-endpoint-url: 'ftp://x' is not"
    ),
    "full disk on import": Case(
        ["import", "{p}", "{demo}/en/temperature-scaling.md"], "the disk is full; nothing was written", full_disk
    ),
    "full disk on accept": Case(
        ["accept", "{p}", "--chapter", CHAPTER, "--segment", "1", "--text", "软最大温度"], "the disk is full", full_disk
    ),
    "read-only project, a write": Case(
        ["accept", "{p}", "--chapter", CHAPTER, "--segment", "1", "--text", "软最大温度"], "opened read-only", read_only
    ),
    "empty file as the project": Case(["stats", "{tmp}/empty.amts"], "empty.amts: an empty file, not an AMTS project"),
    "folder as the project": Case(["stats", "{tmp}"], "is a folder, not a project file"),
    "negative min score": Case(
        ["translate", "{p}", "--chapter", CHAPTER, "--min-score", "-5"], "argument --min-score: -5 is not a percentage"
    ),
    "min score over 100": Case(
        ["translate", "{p}", "--chapter", CHAPTER, "--min-score", "101"], "101 is not a percentage"
    ),
    "empty source language": Case(
        ["init", "{tmp}/n.amts", "--src", "", "--tgt", "zh"], "argument --src: '' is not a language"
    ),
    "source language with a space": Case(
        ["init", "{tmp}/n.amts", "--src", "e n", "--tgt", "zh"], "'e n' is not a language"
    ),
    "no workers": Case(
        ["translate", "{p}", "--chapter", CHAPTER, "--workers", "0"], "argument --workers: 0 must be 1 or more"
    ),
    "negative timeout": Case(["jobs", "{p}", "--timeout", "-1"], "argument --timeout: -1 must be 0 or more"),
    "negative rate": Case(["aws", "{p}", "--act-rate", "-3"], "argument --act-rate: -3 must be 0 or more"),
    "UTF-16 with a BOM": Case(["import", "{p}", "{tmp}/u16.md"], "u16.md: UTF-16 text; save it as UTF-8"),
    # -- kinds that already behaved --------------------------------------------------------------
    "no such project": Case(["stats", "{tmp}/none.amts"], "none.amts: no such project"),
    "not a project": Case(["stats", "{tmp}/text.amts"], "text.amts: not an AMTS project"),
    "unknown chapter": Case(["export", "{p}", "--chapter", "x.md", "--out", "{tmp}/o.md"], "no chapter named 'x.md'"),
    "unknown segment": Case(["accept", "{p}", "--chapter", CHAPTER, "--segment", "999", "--text", "x"], "999"),
    "binary chapter": Case(["import", "{p}", "{tmp}/bin.md"], "bin.md: looks like a binary file"),
    "latin-1 chapter": Case(["import", "{p}", "{tmp}/l1.md"], "l1.md: not valid UTF-8"),
    "missing chapter file": Case(["import", "{p}", "{tmp}/missing.md"], "missing.md: no such file"),
    "tmx with an entity": Case(["pairs", "import", "{p}", "{tmp}/evil.tmx"], "evil.tmx: refused"),
    "tmx in an unknown encoding": Case(["pairs", "import", "{p}", "{tmp}/odd.tmx"], "declares the encoding 'X-NONE'"),
    "unknown pair format": Case(["pairs", "import", "{p}", "{tmp}/pairs.xls"], "unknown parallel-data format"),
    "csv header in the other script": Case(["pairs", "import", "{p}", "{tmp}/tw.csv"], "zh-TW (Traditional) is not zh"),
    "existing project on init": Case(["init", "{p}", "--src", "en", "--tgt", "zh"], "already exists"),
    # -- found by issue 29 --------------------------------------------------------------------
    "xliff 1.2, 1,000 nested <g>": Case(["xliff", "import", "{p}", "{tmp}/deep12.xlf"], "nested more than 100 deep"),
    "xliff 2.1, 5,000 nested <mrk>": Case(["xliff", "import", "{p}", "{tmp}/deep21.xlf"], "nested more than 100 deep"),
    "tbx, 2,000 nested <hi>": Case(["terms", "import", "{p}", "{tmp}/deep.tbx"], "nested more than 100 deep"),
    "tmx, 3,000 nested <hi>": Case(["pairs", "import", "{p}", "{tmp}/deep.tmx"], "nested more than 100 deep"),
    "the project as the output": Case(
        ["export", "{p}", "--chapter", CHAPTER, "--out", "{p}"], "is a file of the project that is open"
    ),
}


def _nested(tag: str, depth: int, text: str = "x") -> str:
    return f"<{tag}>" * depth + text + f"</{tag}>" * depth


FILES = {
    "empty.amts": b"",
    "text.amts": b"just some text, not a database\n",
    "u16.md": "# Title\n\nText.\n".encode("utf-16"),
    "bin.md": b"# x\x00\x01\x02",
    "l1.md": "# Caf\xe9\n".encode("latin-1"),
    "evil.tmx": b'<!DOCTYPE tmx [<!ENTITY a "x">]><tmx><body/></tmx>',
    "odd.tmx": b'<?xml version="1.0" encoding="X-NONE"?><tmx><body/></tmx>',
    "pairs.xls": b"x",
    "tw.csv": "en,zh-TW\nHello.,哈囉。\n".encode(),
    "deep12.xlf": (
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="softmax-temperature.md" '
        'source-language="en" target-language="zh" datatype="plaintext"><body><trans-unit id="1"><source>x</source>'
        f"<target>{_nested('g', 1000)}</target></trans-unit></body></file></xliff>"
    ).encode(),
    "deep21.xlf": (
        '<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="zh">'
        '<file id="f" original="softmax-temperature.md"><unit id="1"><segment><source>x</source>'
        f"<target>{_nested('mrk', 5000)}</target></segment></unit></file></xliff>"
    ).encode(),
    "deep.tbx": (
        '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>'
        '<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>temperature</term></termSec></langSec>'
        f'<langSec xml:lang="zh"><termSec><term>{_nested("hi", 2000, "温度")}</term></termSec></langSec>'
        "</conceptEntry></body></text></tbx>"
    ).encode(),
    "deep.tmx": (
        '<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" '
        'creationtool="t" creationtoolversion="1" o-tmf="t"/><body><tu><tuv xml:lang="en"><seg>Hi.</seg></tuv>'
        f'<tuv xml:lang="zh"><seg>{_nested("hi", 3000, "你好。")}</seg></tuv></tu></body></tmx>'
    ).encode(),
}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_one_line_exit_2_no_traceback_and_the_project_unchanged(name, tmp_path, capsys, monkeypatch):
    case = CASES[name]
    for file, data in FILES.items():
        (tmp_path / file).write_bytes(data)
    project = tmp_path / "p.amts"
    create_sample_project(project).close()
    before = {p.name: project_state(p) for p in tmp_path.glob("*.amts")}
    if case.setup is not None:
        case.setup(monkeypatch)
    places = {"{p}": str(project), "{tmp}": str(tmp_path), "{demo}": str(DEMO)}
    argv = [
        a.replace("{p}", places["{p}"]).replace("{tmp}", places["{tmp}"]).replace("{demo}", places["{demo}"])
        for a in case.argv
    ]
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse's own errors
        code = exit_.code
    _, err = capsys.readouterr()
    monkeypatch.undo()
    lines = [line for line in err.splitlines() if line.strip() and not line.startswith(("usage:", " "))]
    assert code == 2, err
    assert len(lines) == 1 and case.message in lines[0], err
    assert "Traceback" not in err
    assert {p.name: project_state(p) for p in tmp_path.glob("*.amts")} == before


def test_a_literal_placeholder_bracket_in_the_source_stays_text(tmp_path, capsys):
    """``⟦1⟧`` written in a chapter is text: it never becomes a placeholder, and exports as written."""
    source = "# Title\n\nUse ⟦1⟧x in text. Then `code` here.\n"
    (tmp_path / "a.md").write_text(source, encoding="utf-8")
    project = str(tmp_path / "p.amts")
    assert main(["init", project, "--src", "en", "--tgt", "zh"]) == 0
    assert main(["import", project, str(tmp_path / "a.md")]) == 0
    assert main(["export", project, "--chapter", "a.md", "--out", str(tmp_path / "o.md")]) == 0
    assert (tmp_path / "o.md").read_text(encoding="utf-8") == source
    accept = ["accept", project, "--chapter", "a.md", "--segment", "2"]  # "Use ⟦1⟧1⟦2⟧x in text."
    assert main([*accept, "--text", "在文本中使用1x。"]) == 1  # the brackets are placeholders to keep: QA says so
    assert main([*accept, "--text", "在文本中使用⟦1⟧1⟦2⟧x。"]) == 0
    assert main(["export", project, "--chapter", "a.md", "--out", str(tmp_path / "o.md")]) == 0
    assert "在文本中使用⟦1⟧x。" in (tmp_path / "o.md").read_text(encoding="utf-8")
    capsys.readouterr()


def test_a_read_only_project_opens_for_viewing_with_a_note(tmp_path, capsys, monkeypatch):
    project = tmp_path / "p.amts"
    create_sample_project(project).close()
    read_only(monkeypatch)
    assert main(["stats", str(project)]) == 0
    out, err = capsys.readouterr()
    assert "30 segments" in out and err.strip() == f"amts: note: {project} is read-only: opened for viewing only"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.amts"]  # no WAL files made beside it


def test_an_error_never_shares_the_progress_line(capsys):
    from amts_gui.cli.common import end_progress_line, progress_line

    progress_line(False)(3, 10, "uploading")
    main(["stats", "/nonexistent/p.amts"])
    err = capsys.readouterr().err
    assert err.endswith("\namts: error: /nonexistent/p.amts: no such project; create it with `amts init`\n")
    end_progress_line()  # nothing left open: prints nothing
    assert capsys.readouterr().err == ""

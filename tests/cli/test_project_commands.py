from __future__ import annotations

import re
import subprocess
import sys

import pytest

from amts_gui.cli.main import build_parser, main
from tests.conftest import DEMO, REPO, shared_path


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def d2l_tree(tmp_path):
    """Two real D2L sections laid out as source and reference roots."""
    data = shared_path("d2l")
    src, ref = tmp_path / "src", tmp_path / "ref"
    for section in ("bert-dataset", "approx-training"):
        (src / section).mkdir(parents=True)
        (ref / section).mkdir(parents=True)
        (src / section / "index.md").write_bytes((data / section / "en_origin.md").read_bytes())
        (ref / section / "index.md").write_bytes((data / section / "zh.md").read_bytes())
    return src, ref


def test_init_import_stats_export_round_trip(capsys, tmp_path, d2l_tree):
    src, ref = d2l_tree
    project = tmp_path / "book.amts"
    assert run(capsys, "init", project, "--src", "en", "--tgt", "zh", "--source-root", src)[0] == 0
    code, out, _ = run(capsys, "import", project, src, "--reference-root", ref)
    assert code == 0 and "bert-dataset/index.md:" in out
    code, out, _ = run(capsys, "stats", project)
    assert code == 0 and "2 chapters" in out and "yes" in out
    out_file = tmp_path / "out" / "bert.md"
    code, _, _ = run(capsys, "export", project, "--chapter", "bert-dataset/index.md", "--out", out_file)
    assert code == 0
    assert out_file.read_bytes() == (src / "bert-dataset" / "index.md").read_bytes()
    code, out, _ = run(capsys, "import", project, src)
    assert "0 new" in out and "0 removed" in out


def test_segment_markdown_and_plain(capsys, tmp_path):
    code, out, _ = run(capsys, "segment", "--lang", "en", DEMO / "en" / "softmax-temperature.md")
    assert code == 0
    blocks = out.split("\n\n")
    assert blocks[0] == "Softmax Temperature"
    assert blocks[1].splitlines()[0] == (
        "A classifier usually turns its raw scores into probabilities with the softmax function."
    )
    assert "import torch" not in out
    plain = tmp_path / "p.txt"
    plain.write_text("One. Two.\n  \n三。四！\n", encoding="utf-8")
    code, out, _ = run(capsys, "segment", "--lang", "zh", "--plain", plain)
    assert out == "One.\nTwo.\n\n三。\n四！\n"


@pytest.mark.parametrize(
    ("setup", "args", "pattern"),
    [
        (None, ["segment", "--lang", "en", "{tmp}/missing.md"], r"missing\.md: no such file"),
        ("binary", ["segment", "--lang", "en", "{tmp}/bin.md"], r"bin\.md: looks like a binary file"),
        ("latin1", ["segment", "--lang", "en", "{tmp}/l1.md"], r"l1\.md: not valid UTF-8 \(byte 5, line 1\)"),
        ("empty", ["segment", "--lang", "en", "{tmp}/e.md"], r"e\.md: the file is empty"),
        ("bindir", ["import", "{tmp}/p.amts", "{tmp}/bins"], r"bins: no \.md or \.mdx files"),
        ("project", ["import", "{tmp}/p.amts", "{tmp}/src/bad.md"], r"bad\.md: not valid UTF-8"),
        (None, ["stats", "{tmp}/none.amts"], r"none\.amts: no such project"),
        (
            "project",
            ["export", "{tmp}/p.amts", "--chapter", "x.md", "--out", "{tmp}/o.md"],
            r"no chapter named 'x\.md'",
        ),
    ],
)
def test_bad_input_is_one_line_exit_2_and_no_traceback(capsys, tmp_path, setup, args, pattern):
    (tmp_path / "bin.md").write_bytes(b"# x\x00\x01\x02")
    (tmp_path / "l1.md").write_bytes("# Caf\xe9\n".encode("latin-1") + b"\xe9")
    (tmp_path / "e.md").write_text("  \n")
    (tmp_path / "bins").mkdir()
    (tmp_path / "bins" / "a.bin").write_bytes(b"\x00\x01")
    if setup == "project":
        (tmp_path / "src").mkdir()
        (tmp_path / "src" / "bad.md").write_bytes(b"ok\n\xff\xfe")
        main(["init", str(tmp_path / "p.amts"), "--src", "en", "--tgt", "zh", "--source-root", str(tmp_path / "src")])
        capsys.readouterr()
    if setup == "bindir":
        main(["init", str(tmp_path / "p.amts"), "--src", "en", "--tgt", "zh"])
        capsys.readouterr()
    code, out, err = run(capsys, *[a.format(tmp=tmp_path) for a in args])
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert re.search(pattern, err), err
    assert "Traceback" not in err
    if setup == "project":
        assert run(capsys, "stats", tmp_path / "p.amts")[1].startswith("chapter")
        assert "0 chapters" in run(capsys, "stats", tmp_path / "p.amts")[1]


def test_unclosed_fence_warns_but_works(capsys, tmp_path):
    f = tmp_path / "u.md"
    f.write_text("Text one. Text two.\n\n```python\nx = 1\n", encoding="utf-8")
    code, out, err = run(capsys, "segment", "--lang", "en", f)
    assert code == 0 and out == "Text one.\nText two.\n"
    assert "warning" in err and "line 3" in err and "never closed" in err


def test_entry_point_runs_as_a_subprocess(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "amts_gui.cli.main", "stats", str(tmp_path / "no.amts")],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert proc.returncode == 2 and proc.stderr.startswith("amts: error:")


def test_every_cli_command_is_documented_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    missing = [name for name in commands if f"amts {name}" not in readme]
    assert missing == []

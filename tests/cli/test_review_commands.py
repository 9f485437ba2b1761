from __future__ import annotations

from amts_gui.cli.main import main
from amts_gui.core.project.review import State, review_rows

CHAPTER = "softmax-temperature.md"


def test_accept_and_edit_from_the_command_line(sample_store, capsys):
    project = str(sample_store.path)
    rows = review_rows(sample_store, CHAPTER)
    tokened = next(r for r in rows if r.markup)
    written_out = "这一想法 " + " ".join(tokened.markup)  # markup as in the source, not tokens
    assert main(["accept", project, "--chapter", CHAPTER, "--segment", str(tokened.number), "--text", written_out]) == 0
    assert "accepted (pair" in capsys.readouterr().out
    [row] = review_rows(sample_store, CHAPTER, only=[tokened.id])
    assert row.state == State.ACCEPTED and "⟦1⟧" in row.final and row.findings == ()
    pair = next(sample_store.db.query("SELECT * FROM pairs WHERE origin = 'accepted'"))
    assert pair["target"] == written_out
    assert main(["accept", project, "--chapter", CHAPTER, "--segment", "1", "--text", "草稿", "--edit-only"]) == 0
    assert review_rows(sample_store, CHAPTER)[0].state == State.EDITED
    assert main(["accept", project, "--chapter", CHAPTER, "--segment", "31", "--text", "x"]) == 2
    assert "has segments 1 to 30, not 31" in capsys.readouterr().err
    assert main(["accept", project, "--chapter", CHAPTER, "--segment", "2", "--text", "  "]) == 2
    assert "empty translation cannot be accepted" in capsys.readouterr().err


def test_export_counts_what_it_left_out_and_why(sample_store, tmp_path, capsys):
    project = str(sample_store.path)
    row = next(r for r in review_rows(sample_store, CHAPTER) if r.markup)
    args = ["accept", project, "--chapter", CHAPTER, "--segment", str(row.number), "--text", "丢了占位符"]
    assert main([*args, "--force"]) == 0
    capsys.readouterr()
    out = str(tmp_path / "pairs.tmx")
    assert main(["pairs", "export", project, "--out", out]) == 0
    assert "0 pairs; 1 skipped (1 QA)" in capsys.readouterr().out
    assert main(["pairs", "export", project, "--out", out, "--include-qa"]) == 0
    assert "1 pairs; 0 skipped," in capsys.readouterr().out


def test_accept_can_fill_the_repetitions(project, capsys):
    from amts_gui.core.project.chapters import import_chapter

    import_chapter(project, "one.md", "# One\n\nSee `x` here. Another one.\n\nSee `x` here.\n")
    path = str(project.path)
    assert main(["accept", path, "--chapter", "one.md", "--segment", "2", "--text", "见 ⟦1⟧。", "--propagate"]) == 0
    assert "1 repetitions filled" in capsys.readouterr().out
    rows = review_rows(project, "one.md")
    assert rows[3].state == State.ACCEPTED and rows[3].propagated and rows[3].final == "见 ⟦1⟧。"

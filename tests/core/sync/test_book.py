"""A book's chapters synced in worker processes: the same outcomes as in one process, in the book's order,
and the rest done here when the workers fail."""

from __future__ import annotations

from concurrent.futures.process import BrokenProcessPool

from amts_gui.core.sync import book
from amts_gui.core.sync.book import sync_chapters

OLD = "# A\n\nThe model learns. It stops early.\n\n```python\nx = 1  # set x\n```\n"
NEW = "# A\n\nThe model learns fast. It stops early.\n\n```python\nx = 1  # set x\n```\n"
ZH = "# 甲\n\n模型在学习。它会提前停止。\n\n```python\nx = 1  # 设置x\n```\n"
CHAPTERS = [(f"c{n}.md", OLD, NEW if n % 2 else OLD, ZH) for n in range(4)]


def _figures(outcomes):
    return [(o.name, o.output, o.counts) for o in outcomes]


def test_worker_processes_give_what_one_process_gives_in_the_books_order():
    alone = _figures(sync_chapters(CHAPTERS, "en", "zh", draft_from_memory=True, processes=1))
    together = _figures(sync_chapters(CHAPTERS, "en", "zh", draft_from_memory=True, processes=2))
    assert together == alone
    assert [name for name, _, _ in together] == ["c0.md", "c1.md", "c2.md", "c3.md"]
    assert "x = 1  # 设置x" in alone[1][1] and alone[0][1].startswith("# 甲")  # the edition's comment kept


def test_when_the_worker_processes_fail_the_rest_is_synced_here(monkeypatch):
    class Broken:
        def __init__(self, *args, **kwargs):
            raise BrokenProcessPool("no processes here")

    monkeypatch.setattr(book, "ProcessPoolExecutor", Broken)
    outcomes = list(sync_chapters(CHAPTERS, "en", "zh", draft_from_memory=False, processes=2))
    assert [o.name for o in outcomes] == ["c0.md", "c1.md", "c2.md", "c3.md"]
    assert all(o.output.startswith("# 甲") for o in outcomes)


def test_sync_source_does_the_book_of_every_target_a_project_has_each_with_its_report(tmp_path, capsys):
    from amts_gui.cli.main import main
    from amts_gui.core.project.store import Store
    from amts_gui.core.project.targets import add_target

    roots = {name: tmp_path / name for name in ("old", "new", "zh", "ja")}
    texts = {
        "old": "# A\n\nThe model learns. It stops.\n",
        "new": "# A\n\nThe model learns. It stops early.\n",
        "zh": "# 甲\n\n模型在学习。它停下。\n",
        "ja": "# あ\n\nモデルは学ぶ。止まる。\n",
    }
    for name, root in roots.items():
        root.mkdir()
        (root / "c.md").write_text(texts[name], encoding="utf-8")
    store = Store.create(tmp_path / "p.amts", "en", "zh")
    store.set_setting("target_root", str(roots["zh"]))
    add_target(store, "ja", reference_root=roots["ja"])
    store.close()
    out, report = tmp_path / "out", tmp_path / "sync.json"
    args = ["sync-source", "--old-root", str(roots["old"]), "--new-root", str(roots["new"]), "--out-root", str(out)]
    assert main([*args, "--project", str(tmp_path / "p.amts"), "--report", str(report)]) == 0
    printed = capsys.readouterr().out
    assert printed.index("== ja") < printed.index("== zh")
    assert (out / "zh" / "c.md").read_text(encoding="utf-8").startswith("# 甲\n\n模型在学习。")
    assert (out / "ja" / "c.md").read_text(encoding="utf-8").startswith("# あ\n\nモデルは学ぶ。")
    assert (tmp_path / "sync.zh.json").exists() and (tmp_path / "sync.ja.json").exists()
    assert main(args) == 2  # no translation root and no project: said in one line
    assert "--project (the book of every target the project has)" in capsys.readouterr().err

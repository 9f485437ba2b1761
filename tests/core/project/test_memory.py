"""The project's memory saved beside it: built once, reopened from the file, kept current by the
pair-change log, and rebuilt when the file is missing, damaged or belongs to another project."""

from __future__ import annotations

import pytest

from amts_gui.core.memory.index_file import index_path, load_index
from amts_gui.core.project import memory as project_index
from amts_gui.core.project.pairs import add_pair, add_pairs
from amts_gui.core.project.rows import NewPair
from amts_gui.core.project.store import Store

PAIRS = [
    ("The model is trained on the data.", "模型在数据上训练。"),
    ("We compute the gradient of the loss.", "我们计算损失的梯度。"),
    ("Softmax turns scores into probabilities.", "softmax把分数变成概率。"),
]


@pytest.fixture
def store(tmp_path):
    store = Store.create(tmp_path / "p.amts", "en", "zh")
    add_pairs(store, [NewPair(s, t, "imported") for s, t in PAIRS])
    yield store
    store.close()


@pytest.fixture
def builds(monkeypatch):
    counted: list[int] = []
    real = project_index._build

    def counting(store, token):
        counted.append(1)
        return real(store, token)

    monkeypatch.setattr(project_index, "_build", counting)
    return counted


def test_the_first_open_builds_and_saves_and_the_next_reads_the_file(store, builds):
    memory = project_index.open_project_memory(store, min_score=50)
    assert len(builds) == 1 and index_path(store.path, store.target).exists()
    again = project_index.open_project_memory(store, min_score=50)
    assert len(builds) == 1, "the saved index was not used"
    match = again.lookup("The model is tested on the data.")
    assert match is not None and match.target == "模型在数据上训练。" and match.score == 87.5
    assert len(memory) == len(again) == 3


def test_pairs_written_after_the_save_are_found_without_a_rebuild(store, builds):
    project_index.open_project_memory(store)
    add_pair(store, NewPair("The model is trained on the data.", "模型用数据训练。", "accepted"))
    add_pair(store, NewPair("A brand new sentence about layers.", "关于层的新句子。", "accepted"))
    memory = project_index.open_project_memory(store, min_score=50)
    assert len(builds) == 1
    assert memory.lookup("A brand new sentence about layers.").target == "关于层的新句子。"
    # the newer pair with the same source wins, in lookups and in the suggestion list alike
    assert memory.lookup("The model is trained on the data.").target == "模型用数据训练。"
    listed = memory.matches("The model is trained on the data.", limit=5)
    assert [m.target for m in listed if m.source == "The model is trained on the data."] == ["模型用数据训练。"]


def test_a_deleted_or_flagged_pair_leaves_the_memory(store, builds):
    project_index.open_project_memory(store)
    store.db.execute("DELETE FROM pairs WHERE source = ?", [PAIRS[1][0]])
    store.db.execute("UPDATE pairs SET flagged = 1 WHERE source = ?", [PAIRS[2][0]])
    memory = project_index.open_project_memory(store, min_score=50)
    assert len(builds) == 1
    assert memory.lookup(PAIRS[1][0]) is None and memory.lookup(PAIRS[2][0]) is None
    assert memory.lookup(PAIRS[0][0]).target == PAIRS[0][1]


def test_a_damaged_or_foreign_index_is_rebuilt(store, builds, tmp_path):
    project_index.open_project_memory(store)
    path = index_path(store.path, store.target)
    path.write_bytes(path.read_bytes()[:100])
    assert load_index(path) is None
    assert project_index.open_project_memory(store, min_score=50).lookup(PAIRS[0][0]) is not None
    assert len(builds) == 2
    other = Store.create(tmp_path / "other.amts", "en", "zh")
    add_pairs(other, [NewPair("Another project entirely.", "另一个项目。", "imported")])
    project_index.open_project_memory(other)
    index_path(other.path, other.target).replace(path)  # the other project's index under this project's name
    memory = project_index.open_project_memory(store, min_score=50)
    assert len(builds) == 4 and memory.lookup(PAIRS[0][0]) is not None
    assert memory.lookup("Another project entirely.") is None


def test_many_changes_rebuild_and_the_change_log_is_emptied(store, builds, monkeypatch):
    monkeypatch.setattr(project_index, "REBUILD_SHARE", 0.0)
    project_index.open_project_memory(store)
    add_pairs(store, [NewPair(f"Sentence number {k} of many.", f"第{k}句。", "accepted") for k in range(2001)])
    memory = project_index.open_project_memory(store, min_score=50)
    assert len(builds) == 2 and len(memory) == 2004
    assert store.db.execute("SELECT COUNT(*) FROM pair_changes").fetchone()[0] == 0
    assert memory.lookup("Sentence number 1999 of many.").target == "第1999句。"


def test_a_read_only_project_gets_a_memory_without_writing(store, tmp_path, monkeypatch):
    path = store.path
    store.close()
    monkeypatch.setattr("amts_gui.core.project.store.os.access", lambda *_: False)
    read_only = Store(path)
    memory = project_index.open_project_memory(read_only, min_score=50)
    assert memory.lookup(PAIRS[0][0]) is not None and not index_path(path, "zh").exists()


def test_an_older_index_saved_after_a_newer_one_is_not_trusted(store, builds):
    """Two processes build at once; the slower one saves an index that misses the other's pairs."""
    from amts_gui.core.project.pair_changes import forget_changes

    older = project_index._build(store, project_index._project_token(store))
    add_pair(store, NewPair("Written between the two builds.", "两次构建之间写入。", "accepted"))
    project_index.open_project_memory(store)  # the newer index: saved, the log emptied up to it
    project_index.save_index(index_path(store.path, store.target), older)  # the slower process, saving its older one
    forget_changes(store, older.covers)
    built = len(builds)
    memory = project_index.open_project_memory(store, min_score=50)
    assert memory.lookup("Written between the two builds.") is not None
    assert len(builds) == built + 1  # the older file was not trusted: the log no longer reaches back to it

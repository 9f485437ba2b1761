"""Chapter names are unique and stable: another file is never taken for a new version of a chapter (issue 29).

A project made without a source root named a chapter by its file name, so importing
``chapter_linear-networks/index.md`` after ``chapter_preliminaries/index.md`` replaced the first chapter,
its accepted translation with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from amts_gui.cli.main import main
from amts_gui.core.errors import InputError
from amts_gui.core.project.chapters import import_chapter, list_chapters
from amts_gui.core.project.finals import accept_segment
from amts_gui.core.project.importer import ChapterNameTaken, first_import_root, import_paths
from amts_gui.core.project.review import review_rows
from amts_gui.core.project.store import Store


@pytest.fixture
def book(tmp_path) -> Path:
    """Two chapters of a book, each an index.md in its own folder."""
    root = tmp_path / "book"
    for folder, title in (("chapter_preliminaries", "Preliminaries"), ("chapter_linear-networks", "Linear Networks")):
        (root / folder).mkdir(parents=True)
        (root / folder / "index.md").write_text(f"# {title}\n\nThis chapter is about {title}.\n", encoding="utf-8")
    return root


@pytest.fixture
def bare(tmp_path) -> Store:
    """A project as File ▸ New project made it: no source root."""
    return Store.create(tmp_path / "p.amts", "en", "zh")


def names(store: Store) -> list[str]:
    return [c.path for c in list_chapters(store)]


def test_the_first_import_gives_a_project_without_a_root_the_folder_it_came_from(bare, book):
    import_paths(bare, [book / "chapter_preliminaries" / "index.md", book / "chapter_linear-networks" / "index.md"])
    assert names(bare) == ["chapter_linear-networks/index.md", "chapter_preliminaries/index.md"]
    assert bare.settings().source_root == str(book.resolve())


def test_the_issue_s_two_index_files_one_after_the_other_never_replace_each_other(bare, book):
    import_paths(bare, [book / "chapter_preliminaries"])
    first = review_rows(bare, "index.md")[0]
    accept_segment(bare, first.id, "预备知识")
    with pytest.raises(InputError, match="is not under the source root"):  # the first import's folder is the root
        import_paths(bare, [book / "chapter_linear-networks" / "index.md"])
    assert names(bare) == ["index.md"] and review_rows(bare, "index.md")[0].status == "accepted"


def legacy_project(store: Store, book: Path) -> None:
    """A chapter imported by name alone, as before: no source root, the file it came from recorded."""
    path = book / "chapter_preliminaries" / "index.md"
    import_chapter(store, "index.md", path.read_text(encoding="utf-8"), source_file=str(path.resolve()))


def test_a_file_with_the_name_of_a_chapter_from_another_file_is_refused_naming_both(bare, book):
    legacy_project(bare, book)
    accept_segment(bare, review_rows(bare, "index.md")[0].id, "预备知识")
    other = book / "chapter_linear-networks" / "index.md"
    with pytest.raises(ChapterNameTaken) as taken:
        import_paths(bare, [other])
    text = str(taken.value)
    assert str(other) in text and str((book / "chapter_preliminaries" / "index.md").resolve()) in text
    assert "--replace" in text and taken.value.replaceable
    assert review_rows(bare, "index.md")[0].source == "Preliminaries"  # untouched
    assert review_rows(bare, "index.md")[0].status == "accepted"


def test_replacing_a_chapter_s_source_is_explicit_and_recorded(bare, book):
    legacy_project(bare, book)
    other = book / "chapter_linear-networks" / "index.md"
    [result] = import_paths(bare, [other], new_source=True)
    assert (result.added, result.removed) == (2, 2)
    assert list_chapters(bare)[0].source_file == str(other.resolve())
    import_paths(bare, [other])  # now it is the chapter's own file: no question


def test_two_files_of_one_import_with_one_name_are_refused_before_anything_is_written(bare, book):
    legacy_project(bare, book)
    before = list_chapters(bare)
    files = [book / "chapter_linear-networks" / "index.md", book / "chapter_preliminaries" / "index.md"]
    with pytest.raises(ChapterNameTaken) as taken:
        import_paths(bare, files, new_source=True)
    assert not taken.value.replaceable and "like" in str(taken.value)
    assert list_chapters(bare) == before


def test_re_importing_the_same_file_keeps_its_name_and_asks_nothing(tmp_path, book):
    store = Store.create(tmp_path / "r.amts", "en", "zh", source_root=str(book))
    import_paths(store, [book])
    (book / "chapter_preliminaries" / "index.md").write_text("# Preliminaries\n\nChanged text.\n", encoding="utf-8")
    [result] = import_paths(store, [book / "chapter_preliminaries" / "index.md"])
    assert result.chapter == "chapter_preliminaries/index.md" and result.added == 1


def test_first_import_root_is_the_common_folder(book):
    files = [book / "chapter_preliminaries" / "index.md", book / "chapter_linear-networks" / "index.md"]
    assert first_import_root(files) == book.resolve()
    assert first_import_root([files[0]]) == (book / "chapter_preliminaries").resolve()
    assert first_import_root([book]) == book.resolve()


def test_cli_refuses_then_replaces_with_the_flag(tmp_path, book, capsys):
    project = tmp_path / "c.amts"
    store = Store.create(project, "en", "zh")
    legacy_project(store, book)
    store.close()
    other = str(book / "chapter_linear-networks" / "index.md")
    assert main(["import", str(project), other]) == 2
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]  # a progress line left open ends first
    assert len(lines) == 1 and "chapter 'index.md' was imported from" in lines[0]
    assert main(["import", str(project), other, "--replace"]) == 0
    assert "index.md: 2 new, 0 unchanged, 2 removed segments" in capsys.readouterr().out

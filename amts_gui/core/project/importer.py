"""Import Markdown chapters (files or directories) into a project, all or nothing."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from amts_gui.core.errors import InputError
from amts_gui.core.fileio import find_markdown, read_text_file
from amts_gui.core.messages import message
from amts_gui.core.project.carry_over import carry_over
from amts_gui.core.project.chapters import ImportResult, get_chapter, import_chapter, list_chapters, set_reference
from amts_gui.core.project.rows import ChapterRow
from amts_gui.core.project.segments import live_segments
from amts_gui.core.project.store import Store, text_hash


@dataclass(frozen=True)
class Reference:
    path: Path
    text: str


@dataclass(frozen=True)
class SourceFile:
    name: str  # chapter name: path relative to the source root, with forward slashes
    path: Path
    text: str
    references: Mapping[str, Reference] = field(default_factory=dict)  # per target language


class ChapterNameTaken(InputError):
    """Another file has the name of a chapter already in the project (or of another file of the import)."""

    def __init__(self, text: str, name: str, existing: str, incoming: str, *, replaceable: bool) -> None:
        super().__init__(text)
        self.name, self.existing, self.incoming = name, existing, incoming
        self.replaceable = replaceable  # a chapter of the project, which the incoming file may replace on request


def first_import_root(paths: Sequence[Path]) -> Path:
    """The source root a project without one takes from its first import: the folder given, or the folder
    that holds every file given, so that chapters in different folders get different names."""
    folders = [p.resolve() if p.is_dir() else p.resolve().parent for p in paths]
    return Path(os.path.commonpath(folders))


def check_names(files: Sequence[SourceFile], chapters: Sequence[ChapterRow], new_source: bool) -> None:
    """Refuse a chapter name that two files would share, in this import or with a chapter imported before from
    another file (unless ``new_source``: that file becomes the chapter's new source, on purpose)."""
    seen: dict[str, Path] = {}
    for f in files:
        other = seen.setdefault(f.name, f.path)
        if other != f.path:
            raise ChapterNameTaken(
                message(
                    "{new}: would be chapter {name!r}, like {old}; import them under a source root that tells them "
                    "apart",
                    new=f.path,
                    name=f.name,
                    old=other,
                ),
                f.name,
                str(other),
                str(f.path),
                replaceable=False,
            )
    known = {c.path: c.source_file for c in chapters}
    for f in files:
        before = known.get(f.name)
        if before is not None and Path(before) != f.path.resolve() and not new_source:
            raise ChapterNameTaken(
                message(
                    "{new}: chapter {name!r} was imported from {old}; nothing was imported — to make this file its "
                    "new source, import it again with --replace",
                    new=f.path,
                    name=f.name,
                    old=before,
                ),
                f.name,
                before,
                str(f.path),
                replaceable=True,
            )


def chapter_name(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        raise InputError(
            message("{path}: is not under the source root {root}; import from inside it", path=path, root=root)
        ) from None


def collect(paths: Sequence[Path], source_root: Path | None, reference_roots: Mapping[str, Path]) -> list[SourceFile]:
    """Read and check every file first, so that a bad file stops the import before any write."""
    files: list[SourceFile] = []
    for given in paths:
        found = find_markdown(given)
        root = source_root or (given if given.is_dir() else given.parent)
        for path in found:
            text = read_text_file(path)
            name = chapter_name(path, root)
            references = {
                lang: Reference(ref_root / name, read_text_file(ref_root / name))
                for lang, ref_root in reference_roots.items()
                if (ref_root / name).is_file()
            }
            files.append(SourceFile(name, path, text, references))
    return files


def reference_roots(
    store: Store, reference_root: Path | None = None, per_target: Mapping[str, Path] | None = None
) -> dict[str, Path]:
    """Where each target's reference translation is read from: ``per_target``, else ``reference_root``
    for the store's target, else the root each target keeps in its settings."""
    targets = store.targets()
    roots: dict[str, Path] = {}
    for lang in targets:
        saved = store.for_target(lang).settings().target_root
        if saved:
            roots[lang] = Path(saved)
    if reference_root is not None:
        roots[store.target] = reference_root
    for lang, root in (per_target or {}).items():
        if lang not in targets:
            store.for_target(lang)  # the error that names the targets there are
        roots[lang] = root
    for root in roots.values():
        if not root.is_dir():
            raise InputError(message("{reference_root}: reference root is not a directory", reference_root=root))
    return roots


def import_paths(
    store: Store,
    paths: Sequence[Path],
    reference_root: Path | None = None,
    per_target: Mapping[str, Path] | None = None,
    *,
    new_source: bool = False,
) -> list[ImportResult]:
    """Import the source once for every target, with each target's reference where it has one, all or
    nothing.  A changed sentence gets its previous translation as a draft in every target.

    A chapter's name is its path under the project's source root; a project without one takes the first
    import's folder.  A file whose name is a chapter imported from another file is refused, unless
    ``new_source`` says it is that chapter's new source."""
    settings = store.settings()
    chapters = list_chapters(store)
    source_root = Path(settings.source_root) if settings.source_root else None
    new_root = first_import_root(paths) if source_root is None and not chapters and paths else None
    files = collect(paths, source_root or new_root, reference_roots(store, reference_root, per_target))
    check_names(files, chapters, new_source)
    results: list[ImportResult] = []
    known = {c.path: c.source_hash for c in chapters}
    views = [store.for_target(lang) for lang in store.targets()]
    with store.transaction():
        if new_root is not None:
            store.set_setting("source_root", str(new_root))
        for f in files:
            changed_source = f.name in known and known[f.name] != text_hash(f.text)
            before = {v.target: live_segments(v, f.name) for v in views} if changed_source else {}
            result = import_chapter(store, f.name, f.text, source_file=str(f.path.resolve()))
            chapter_id = get_chapter(store, f.name).id
            for lang, ref in f.references.items():
                set_reference(store.for_target(lang), chapter_id, ref.text, str(ref.path))
            carried = {v.target: carry_over(v, f.name, before.get(v.target, [])) for v in views}
            changed = {lang: c.changed + c.moved for lang, c in carried.items()}
            results.append(replace(result, changed=changed.get(store.target, 0), changed_by_target=changed))
    return results

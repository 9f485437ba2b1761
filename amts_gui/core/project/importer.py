"""Import Markdown chapters (files or directories) into a project, all or nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from amts_gui.core.errors import InputError
from amts_gui.core.fileio import find_markdown, read_text_file
from amts_gui.core.messages import message
from amts_gui.core.project.carry_over import carry_over
from amts_gui.core.project.chapters import ImportResult, import_chapter, list_chapters
from amts_gui.core.project.segments import live_segments
from amts_gui.core.project.store import Store, text_hash


@dataclass(frozen=True)
class SourceFile:
    name: str  # chapter name: path relative to the source root, with forward slashes
    path: Path
    text: str
    reference_path: Path | None = None
    reference_text: str | None = None


def chapter_name(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        raise InputError(
            message("{path}: is not under the source root {root}; import from inside it", path=path, root=root)
        ) from None


def collect(paths: Sequence[Path], source_root: Path | None, reference_root: Path | None) -> list[SourceFile]:
    """Read and check every file first, so that a bad file stops the import before any write."""
    files: list[SourceFile] = []
    for given in paths:
        found = find_markdown(given)
        root = source_root or (given if given.is_dir() else given.parent)
        for path in found:
            text = read_text_file(path)
            name = chapter_name(path, root)
            ref_path = reference_root / name if reference_root else None
            ref_text = read_text_file(ref_path) if ref_path and ref_path.is_file() else None
            files.append(SourceFile(name, path, text, ref_path if ref_text is not None else None, ref_text))
    return files


def import_paths(store: Store, paths: Sequence[Path], reference_root: Path | None = None) -> list[ImportResult]:
    settings = store.settings()
    source_root = Path(settings.source_root) if settings.source_root else None
    if reference_root is None and settings.target_root:
        reference_root = Path(settings.target_root)
    if reference_root is not None and not reference_root.is_dir():
        raise InputError(message("{reference_root}: reference root is not a directory", reference_root=reference_root))
    files = collect(paths, source_root, reference_root)
    results: list[ImportResult] = []
    known = {c.path: c.source_hash for c in list_chapters(store)}
    with store.transaction():
        for f in files:
            changed_source = f.name in known and known[f.name] != text_hash(f.text)
            before = live_segments(store, f.name) if changed_source else []
            reference_path = str(f.reference_path) if f.reference_path else None
            result = import_chapter(store, f.name, f.text, f.reference_text, reference_path)
            carried = carry_over(store, f.name, before)
            results.append(replace(result, changed=carried.changed + carried.moved))
    return results

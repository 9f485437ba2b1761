"""Create the demo project from ``resources/demo``: a small book written by us.

``project.json`` names the languages, the source and reference folders, the memory shipped ready-made
(``memory.tmx``: the translated chapter's sentence pairs, as ``amts align`` and ``amts pairs export``
made them), the glossary (``glossary.tbx``) and the chapters drafted from that memory at creation.
Nothing is aligned when the demo is created, so the first start stays quick and needs no embedding model.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from amts_gui.config import demo_dir, user_data_dir
from amts_gui.core.errors import ProjectError
from amts_gui.core.messages import message
from amts_gui.core.project.store import Store


@dataclass(frozen=True)
class DemoManifest:
    name: str
    source_lang: str
    target_lang: str
    source_root: Path
    target_root: Path
    memory: Path | None
    glossary: Path | None
    draft_from_memory: tuple[str, ...]

    @classmethod
    def read(cls, folder: Path) -> DemoManifest:
        path = folder / "project.json"
        if not path.is_file():
            raise ProjectError(
                message("{manifest_path}: demo project manifest is missing; reinstall AMTS Studio", manifest_path=path)
            )
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            name=data["name"],
            source_lang=data["source_lang"],
            target_lang=data["target_lang"],
            source_root=folder / data["source_root"],
            target_root=folder / data["target_root"],
            memory=folder / data["memory"] if data.get("memory") else None,
            glossary=folder / data["glossary"] if data.get("glossary") else None,
            draft_from_memory=tuple(data.get("draft_from_memory", ())),
        )


def create_demo_project(path: Path, source: Path | None = None) -> Store:
    """Create the demo project at ``path``: import the chapters (with their references), add the shipped
    memory and draft the new chapters from it.  It is built beside ``path`` and moved into place when
    complete, so an interrupted first start never leaves a half-made demo behind."""
    from amts_gui.core.parallel.project_pairs import import_pairs  # the aligner and numpy: only when building
    from amts_gui.core.project.importer import import_paths
    from amts_gui.core.project.terms import save_terms
    from amts_gui.core.terms.files import read_glossary
    from amts_gui.engines.drafting import draft_chapter
    from amts_gui.engines.memory import MemoryEngine

    manifest = DemoManifest.read(source or demo_dir())
    partial = path.with_name(path.name + ".partial")
    index_suffix = f".{manifest.target_lang}.tmindex"
    for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm", index_suffix))):
        leftover.unlink(missing_ok=True)
    store = Store.create(
        partial,
        manifest.source_lang,
        manifest.target_lang,
        source_root=str(manifest.source_root),
        target_root=str(manifest.target_root),
        name=manifest.name,
    )
    try:
        import_paths(store, [manifest.source_root], reference_root=manifest.target_root)
        if manifest.memory is not None:
            import_pairs(store, manifest.memory)
        if manifest.glossary is not None:  # before drafting: the memory repairs terms with it
            save_terms(store, read_glossary(manifest.glossary, manifest.source_lang, manifest.target_lang))
        memory = MemoryEngine.for_project(store)
        for chapter in manifest.draft_from_memory:
            draft_chapter(store, chapter, memory)
    finally:
        store.close()
    os.replace(partial, path)
    memory_index = partial.with_name(partial.name + index_suffix)  # the memory's saved index goes with it
    if memory_index.exists():
        os.replace(memory_index, path.with_name(path.name + index_suffix))
    return Store(path)


def open_demo_project() -> Store:
    """The user's copy of the demo project, created on first use."""
    path = user_data_dir() / "demo.amts"
    if path.exists():
        return Store(path)
    return create_demo_project(path)

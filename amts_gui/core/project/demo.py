"""The built-in demo project: our own sample chapter and its Chinese translation."""

from __future__ import annotations

import json
from pathlib import Path

from amts_gui.config import demo_dir, user_data_dir
from amts_gui.core.errors import ProjectError
from amts_gui.core.messages import message
from amts_gui.core.project.importer import import_paths
from amts_gui.core.project.store import Store


def create_demo_project(path: Path, source: Path | None = None) -> Store:
    """Create a project at ``path`` from the demo source folder and import its chapters."""
    source = source or demo_dir()
    manifest_path = source / "project.json"
    if not manifest_path.is_file():
        raise ProjectError(
            message(
                "{manifest_path}: demo project manifest is missing; reinstall AMTS Studio", manifest_path=manifest_path
            )
        )
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    src_root = source / manifest["source_root"]
    tgt_root = source / manifest["target_root"]
    store = Store.create(
        path,
        manifest["source_lang"],
        manifest["target_lang"],
        source_root=str(src_root),
        target_root=str(tgt_root),
        name=manifest["name"],
    )
    import_paths(store, [src_root], reference_root=tgt_root)
    return store


def open_demo_project() -> Store:
    """The user's copy of the demo project, created on first use."""
    path = user_data_dir() / "demo.amts"
    if path.exists():
        return Store(path)
    return create_demo_project(path)

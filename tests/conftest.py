from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"
DEMO = REPO / "resources" / "demo"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, skipping the test when the shared data is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs the shared data at {path} (../shared beside the repo); not present here")
    return path


def shared_markdown_files() -> list[Path]:
    if not SHARED_DATA.exists():
        return []
    return sorted(p for p in SHARED_DATA.rglob("*") if p.suffix in (".md", ".mdx"))


def lang_of(path: Path) -> str:
    stem = path.stem.removesuffix("_origin")
    return stem if stem in ("zh", "es") else "en"


@pytest.fixture
def project(tmp_path: Path):
    from amts_gui.core.store import Store

    store = Store.create(tmp_path / "p.amts", "en", "zh", source_root=str(tmp_path / "src"))
    (tmp_path / "src").mkdir()
    yield store
    store.close()


@pytest.fixture
def demo_store(tmp_path: Path):
    from amts_gui.demo import create_demo_project

    store = create_demo_project(tmp_path / "demo.amts", DEMO)
    yield store
    store.close()

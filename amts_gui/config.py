"""Where things live: bundled resources (frozen or not) and per-user data."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "AMTS Studio"


def resources_dir() -> Path:
    """The ``resources/`` folder: inside a PyInstaller bundle, or beside the package in a checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def demo_dir() -> Path:
    return resources_dir() / "demo"


def user_data_dir() -> Path:
    from platformdirs import user_data_path  # 3 ms at the window's start, where it is not needed

    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)

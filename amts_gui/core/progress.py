"""How long work reports progress and learns that it was cancelled (for the CLI and the GUI's workers)."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]  # (done, total, what): total 0 means "unknown"
Cancelled = Callable[[], bool]

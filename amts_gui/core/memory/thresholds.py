"""How close a memory match must be to become a draft (light to import: no index, no numpy)."""

from __future__ import annotations

DEFAULT_MIN_SCORE = 75.0  # the lowest fuzzy match a draft comes from, as translators know it from Trados
STUDY_MIN_SCORE = 50.0  # the studies' memory variant, as in the recorded benchmark results

"""The analysis before a job with the engines' own measures (a study: it drives the memory engine over the
chapters): the project's translation memory asked down to 50 %, and the characters as Amazon Translate
bills them (the cost preview of a job counts the same)."""

from __future__ import annotations

from collections.abc import Sequence

from amts_gui.core.overview.analysis import LOWEST_MATCH, TRADOS, Analysis, Convention, analyze
from amts_gui.core.project.chapters import get_chapter, list_chapters
from amts_gui.core.project.store import Store
from amts_gui.engines.amazon.costs import billed_characters
from amts_gui.engines.memory import project_memory


def analyze_chapters(store: Store, chapters: Sequence[str] = (), convention: Convention = TRADOS) -> Analysis:
    """The analysis of these chapters (every chapter when none is named), in the project's order, by
    ``convention`` (Trados's by default)."""
    names = [get_chapter(store, name).path for name in chapters] or [c.path for c in list_chapters(store)]
    return analyze(store, names, project_memory(store, min_score=LOWEST_MATCH), billed_characters, convention)

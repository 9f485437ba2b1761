"""The words of the project's counts (see :mod:`amts_gui.core.overview.counts`), in the interface language,
so that the chapter tree, the status bar, the toolbar and the dashboard say the same thing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from amts_gui.core.overview.counts import STATES, PairCounts, ProjectCounts, State
from amts_gui.gui.common.messages import translated


def state_names() -> list[str]:
    """Column headings, in the order of :data:`STATES`."""
    names = {
        State.UNTRANSLATED: QCoreApplication.translate("Vocabulary", "Untranslated"),
        State.DRAFT: QCoreApplication.translate("Vocabulary", "Draft"),
        State.EDITED: QCoreApplication.translate("Vocabulary", "Edited"),
        State.ACCEPTED: QCoreApplication.translate("Vocabulary", "Accepted"),
    }
    return [names[state] for state in STATES]


def states_text(states: dict[State, int]) -> str:
    """``12 untranslated, 3 draft, 1 edited, 4 accepted``."""
    parts = {
        State.UNTRANSLATED: QCoreApplication.translate(
            "Vocabulary", "%n untranslated", None, states[State.UNTRANSLATED]
        ),
        State.DRAFT: QCoreApplication.translate("Vocabulary", "%n draft", None, states[State.DRAFT]),
        State.EDITED: QCoreApplication.translate("Vocabulary", "%n edited", None, states[State.EDITED]),
        State.ACCEPTED: QCoreApplication.translate("Vocabulary", "%n accepted", None, states[State.ACCEPTED]),
    }
    return QCoreApplication.translate("Vocabulary", ", ").join(parts[state] for state in STATES)


def project_text(counts: ProjectCounts) -> str:
    """The status bar's summary of the whole project."""
    chapters = QCoreApplication.translate("Vocabulary", "%n chapter(s)", None, len(counts.chapters))
    segments = QCoreApplication.translate("Vocabulary", "%n segment(s)", None, counts.segments)
    pairs = QCoreApplication.translate("Vocabulary", "%n sentence pair(s)", None, counts.pairs.sentence)
    paragraphs = QCoreApplication.translate("Vocabulary", "%n paragraph pair(s)", None, counts.pairs.paragraph)
    summary = QCoreApplication.translate("Vocabulary", "{0} · {1}: {2} · {3}, {4}")
    return summary.format(chapters, segments, states_text(counts.states), pairs, paragraphs)


def not_on_amazon_text(pairs: PairCounts) -> str:
    """``7 pairs not yet on Amazon (5 to push, 2 flagged)``, or that Amazon has them all."""
    if not pairs.sentence:
        return QCoreApplication.translate("Vocabulary", "no sentence pairs yet")
    if not pairs.not_on_amazon:
        return QCoreApplication.translate("Vocabulary", "every sentence pair is on Amazon")
    reasons = [QCoreApplication.translate("Vocabulary", "%n to push", None, pairs.to_push)] if pairs.to_push else []
    reasons += [
        QCoreApplication.translate("Vocabulary", "{0} {1}").format(n, translated(why))
        for why, n in pairs.kept_out.items()
    ]
    text = QCoreApplication.translate("Vocabulary", "%n pair(s) not yet on Amazon ({0})", None, pairs.not_on_amazon)
    return text.format(QCoreApplication.translate("Vocabulary", ", ").join(reasons))


def left_out_text(left_out: dict[str, int]) -> str:
    """What an export or a push left out and why (``Left out: 2 flagged, 1 QA.``), or nothing."""
    if not left_out:
        return ""
    reasons = [
        QCoreApplication.translate("Vocabulary", "{0} {1}").format(n, translated(why)) for why, n in left_out.items()
    ]
    return QCoreApplication.translate("Vocabulary", "Left out: {0}.").format(
        QCoreApplication.translate("Vocabulary", ", ").join(reasons)
    )

"""The targets side by side: how far each language is, what it has to learn from, and how its drafts
score (what the dashboard's Targets view and `amts targets list` compare)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from amts_gui.core.project.jobs import list_jobs
from amts_gui.core.project.pairs import count_pairs
from amts_gui.core.project.pushes import push_summary
from amts_gui.core.project.review import State, chapter_progress
from amts_gui.core.project.scores import StoredScore, latest, newest_run
from amts_gui.core.project.store import Store


@dataclass(frozen=True)
class TargetOverview:
    target: str
    states: dict[State, int]  # segments per state
    references: int  # chapters with a human reference
    sentence_pairs: int
    unfinished_jobs: int
    last_push: str | None  # the status of the last push of its parallel data
    bleu: dict[str, float]  # variant → BLEU averaged over chapters, the latest project scores
    evaluation_bleu: dict[str, float]  # the same, of the newest leave-one-out evaluation run

    @property
    def segments(self) -> int:
        return sum(self.states.values())

    @property
    def percent_accepted(self) -> float:
        return 100.0 * self.states[State.ACCEPTED] / self.segments if self.segments else 0.0


def _average_bleu(rows: list[StoredScore]) -> dict[str, float]:
    values: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        if row.score.metric == "BLEU":
            values[row.score.variant].append(row.score.value)
    return {variant: sum(v) / len(v) for variant, v in values.items()}


def target_overview(store: Store) -> list[TargetOverview]:
    """Every target of the project, in its order."""
    found = []
    for lang in store.targets():
        view = store.for_target(lang)
        progress = chapter_progress(view)
        states = {state: sum(p.counts[state] for p in progress) for state in State}
        found.append(
            TargetOverview(
                target=lang,
                states=states,
                references=sum(1 for p in progress if p.reference),
                sentence_pairs=count_pairs(view, granularity="sentence"),
                unfinished_jobs=len(list_jobs(view, active_only=True)),
                last_push=push_summary(view).last_status,
                bleu=_average_bleu(latest(view, kind="project")),
                evaluation_bleu=_average_bleu(newest_run(view, "evaluation")),
            )
        )
    return found

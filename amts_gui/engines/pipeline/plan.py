"""What a pipeline run would do for each target, and what it would cost, before anything is sent.

Each target has its own parallel-data resource (named in its settings, else named after the project
and the language pair) and its own drafts.  The segments to send are those of the target with neither a
draft nor a final, less those already in one of its unfinished jobs: a run repeated after a restart
never sends a segment twice."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from amts_gui.core.messages import message
from amts_gui.core.project.chapters import list_chapters
from amts_gui.core.project.jobs import list_jobs
from amts_gui.core.project.segments import undrafted_segments
from amts_gui.core.project.store import Store
from amts_gui.engines.amazon.costs import CostEstimate, estimate_cost
from amts_gui.engines.amazon.settings import AwsSettings

SettingsOf = Callable[[Store], AwsSettings]  # a target's Amazon settings (with this run's overrides)


@dataclass(frozen=True)
class TargetPlan:
    target: str
    resource: str  # its parallel-data resource
    resource_named: bool  # False: the name is the default one, saved to the target when the run starts
    references: int  # chapters with a reference to align (those unchanged since are skipped)
    to_draft: dict[str, list[str]]  # chapter → segment ids to send
    unfinished_jobs: int  # jobs of an earlier run still queued or running: carried on, not sent again
    estimate: CostEstimate
    problem: str = ""  # why this target cannot run (the others still do)

    @property
    def segments(self) -> int:
        return sum(map(len, self.to_draft.values()))


def default_resource(store: Store, source_lang: str, target: str) -> str:
    """A parallel-data name Amazon accepts: the project's name, then the language pair."""
    stem = store.settings().name or store.path.stem
    slug = re.sub(r"[^A-Za-z0-9]+", "-", stem).strip("-") or "amts"
    return f"{slug[:200]}-{source_lang}-{target}"


def segments_in_unfinished_jobs(store: Store) -> set[str]:
    """Segments the target's queued, pending or running jobs will bring back."""
    found: set[str] = set()
    for job in list_jobs(store, active_only=True):
        for document in job.params.get("documents", {}).values():
            found.update(document.get("markup", {}))
    return found


def plan_target(store: Store, settings: AwsSettings, taken: dict[str, str]) -> TargetPlan:
    """The plan of the store's target; ``taken``: resource names of the targets planned before it."""
    source_lang = store.settings().source_lang
    resource = settings.parallel_data_name or default_resource(store, source_lang, store.target)
    waiting = segments_in_unfinished_jobs(store)
    to_draft = {
        chapter: kept
        for chapter, ids in undrafted_segments(store).items()
        if (kept := [i for i in ids if i not in waiting])
    }
    only = {i for ids in to_draft.values() for i in ids}
    estimate = estimate_cost(store, list(to_draft), settings, act=True, only=only)
    problem = ""
    if resource in taken:
        problem = message(
            "parallel data {name!r} is also {other}'s; give {target} its own "
            "(`amts targets set PROJECT {target} --parallel-data-name NAME`)",
            name=resource,
            other=taken[resource],
            target=store.target,
        )
    taken.setdefault(resource, store.target)
    return TargetPlan(
        target=store.target,
        resource=resource,
        resource_named=bool(settings.parallel_data_name),
        references=sum(1 for c in list_chapters(store) if c.has_reference),
        to_draft=to_draft,
        unfinished_jobs=len(list_jobs(store, active_only=True)),
        estimate=estimate,
        problem=problem,
    )


def plan_pipeline(store: Store, targets: Sequence[str] | None, settings_of: SettingsOf) -> list[TargetPlan]:
    """The plan of each named target (every target when None), in the project's order."""
    chosen = store.targets() if not targets else [t for t in store.targets() if t in set(targets)]
    for target in targets or ():
        store.for_target(target)  # an unknown language is named, with the targets there are
    taken: dict[str, str] = {}
    return [plan_target(view := store.for_target(t), settings_of(view), taken) for t in chosen]

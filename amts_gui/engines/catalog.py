"""THE list of engines, and of the draft variants that scores and studies compare.

Every other place – the CLI's ``--engine`` choices, the toolbar, the preferences, the evaluation's
variants, the installer's hidden imports – reads this module; no engine name is written anywhere
else.  An engine's module is imported only when the engine is created (``create``), in the style of
sacrebleu's lazy tokenizer registry, so listing the engines costs nothing.

Labels are English; the GUI translates them in the ``Engines`` context (``QT_TRANSLATE_NOOP`` below
marks them for Qt's lupdate and returns the text unchanged).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from amts_gui.core.messages import message
from amts_gui.engines.base import EngineError

if TYPE_CHECKING:
    from amts_gui.core.project.store import Store


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class Kind(StrEnum):
    REALTIME = "realtime"  # drafts come back while you wait, segment by segment
    BATCH = "batch"  # a job that takes minutes to hours; its drafts are fetched when it ends


class Billing(StrEnum):
    NONE = "none"  # offline, free
    STANDARD = "standard"  # Amazon Translate's standard rate
    ACT = "act"  # Active Custom Translation's higher rate


@dataclass(frozen=True)
class EngineOptions:
    """What creating an engine may need; each engine takes what it uses."""

    store: Store
    # the Amazon services (``amazon.services.AmazonServices``), built on first use: boto3 loads only then
    services: Callable[[], Any] | None = None
    min_score: float | None = None  # the memory's lowest match in percent; None: the target's own, else 75
    workers: int = 4  # parallel requests of a realtime service
    exclude_chapters: Sequence[str] = ()  # pairs of these chapters are not used (evaluation)


@dataclass(frozen=True)
class EngineEntry:
    name: str  # as stored with each draft, and as typed on the command line
    label: str  # for menus and the toolbar
    variant: str  # what kind of draft it makes, stored with each draft
    kind: Kind
    billing: Billing
    factory: str = field(repr=False)  # "module:attribute", a class with ``create(options)``

    @property
    def paid(self) -> bool:
        return self.billing is not Billing.NONE

    @property
    def module(self) -> str:
        return self.factory.partition(":")[0]

    def load(self) -> Any:
        """The engine's class, imported now."""
        module, _, attribute = self.factory.partition(":")
        return getattr(importlib.import_module(module), attribute)

    def create(self, options: EngineOptions) -> Any:
        """A ready engine: a realtime engine (``translate``) or a batch-job manager (``submit``)."""
        return self.load().create(options)


TM = EngineEntry(
    "tm",
    QT_TRANSLATE_NOOP("Engines", "Translation memory"),
    "tm",
    Kind.REALTIME,
    Billing.NONE,
    "amts_gui.engines.memory:MemoryEngine",
)
AMAZON_REALTIME = EngineEntry(
    "amazon-realtime",
    QT_TRANSLATE_NOOP("Engines", "Amazon Translate"),
    "without ACT",
    Kind.REALTIME,
    Billing.STANDARD,
    "amts_gui.engines.amazon.realtime:AmazonRealtimeEngine",
)
AMAZON_ACT = EngineEntry(
    "amazon-act",
    QT_TRANSLATE_NOOP("Engines", "Amazon Translate + ACT (batch)"),
    "ACT",
    Kind.BATCH,
    Billing.ACT,
    "amts_gui.engines.amazon.batch:ActJobs",
)
ENGINES: tuple[EngineEntry, ...] = (TM, AMAZON_REALTIME, AMAZON_ACT)
DEFAULT = TM


def names() -> list[str]:
    return [e.name for e in ENGINES]


def entry(name: str) -> EngineEntry:
    for candidate in ENGINES:
        if candidate.name == name:
            return candidate
    raise EngineError(message("unknown engine {name!r}; use one of {engines}", name=name, engines=", ".join(names())))


# -- what scores and studies compare ---------------------------------------------------------------------
@dataclass(frozen=True)
class Variant:
    """A kind of draft that is scored: an engine, and for ACT the granularity of its parallel data."""

    key: str  # the variant's name in scores and reports
    engine: EngineEntry
    label: str
    granularity: str = "sentence"  # of the parallel data an ACT job uses


VARIANTS: tuple[Variant, ...] = (
    Variant(TM.name, TM, "translation memory"),
    Variant(AMAZON_REALTIME.name, AMAZON_REALTIME, "Amazon Translate, without ACT"),
    Variant(AMAZON_ACT.name, AMAZON_ACT, "ACT, sentence pairs"),
    Variant(f"{AMAZON_ACT.name}-paragraph", AMAZON_ACT, "ACT, paragraph pairs", "paragraph"),
)


def variant_keys() -> list[str]:
    """The variants in the reference study's order; any other engine's drafts follow by name."""
    return [v.key for v in VARIANTS]


def variant_labels() -> dict[str, str]:
    return {v.key: v.label for v in VARIANTS}


def variant(key: str) -> Variant:
    for candidate in VARIANTS:
        if candidate.key == key:
            return candidate
    raise EngineError(message("unknown variant {key!r}; use {variants}", key=key, variants=", ".join(variant_keys())))

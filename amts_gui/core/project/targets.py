"""A project's target languages: listing, adding and removing them, and each target's own settings.

Segments belong to the source and serve every target.  What belongs to a target (drafts, finals,
pairs, references, jobs, pushes, glossary entries, scores, the editing log, its settings) is read
and written through a store bound to it (:meth:`Store.for_target`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.project.store import Store

# what a target owns, table by table: removing the target deletes these rows (children first)
_OWNED = (
    "drafts",
    "finals",
    "editing_log",
    "pairs",
    "chapter_references",
    "terms",
    "scores",
    "sync_history",
    "jobs",
    "target_settings",
    "segment_marks",
    "term_ignores",
)


@dataclass(frozen=True)
class TargetSummary:
    lang: str
    position: int
    rows: dict[str, int]  # rows it owns, per table


def target_summaries(store: Store) -> list[TargetSummary]:
    """Every target in order, with what it owns."""
    found = []
    for position, lang in enumerate(store.targets()):
        rows = {
            table: int(store.db.execute(f"SELECT COUNT(*) FROM {table} WHERE target_lang = ?", [lang]).fetchone()[0])
            for table in _OWNED
        }
        found.append(TargetSummary(lang, position, rows))
    return found


def add_target(store: Store, lang: str, reference_root: Path | None = None) -> Store:
    """Add a target language (last in order); returns a store bound to it."""
    if lang in store.targets():
        raise InputError(message("{path}: already translates into {lang}", path=store.path, lang=lang))
    if lang == store.settings().source_lang:
        raise InputError(message("{lang} is the project's source language, not a target", lang=lang))
    if reference_root is not None and not reference_root.is_dir():
        raise InputError(message("{root}: reference root is not a directory", root=reference_root))
    with store.transaction() as db:
        position = db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM targets").fetchone()[0]
        db.insert("targets", {"lang": lang, "position": position, "created_at": store.now()})
        added = store.for_target(lang)
        if reference_root is not None:
            added.set_setting("target_root", str(reference_root.resolve()))
    return added


def remove_target(store: Store, lang: str) -> Path:
    """Remove a target and everything it owns, after a backup copy of the project; returns the backup.
    The last target, and a target with batch jobs still running (paid output), are kept."""
    targets = store.targets()
    if lang not in targets:
        store.for_target(lang)  # the error that names the targets there are
    if targets == [lang]:
        raise InputError(message("{lang} is the project's only target language; a project needs one", lang=lang))
    active = store.db.execute(
        "SELECT COUNT(*) FROM jobs WHERE target_lang = ? AND status IN ('queued', 'pending', 'running')", [lang]
    ).fetchone()[0]
    if active:
        raise InputError(
            message(
                "{lang} has {n} batch jobs still running; fetch or stop them first (`amts jobs PROJECT`)",
                lang=lang,
                n=active,
            )
        )
    backup = store.backup(store.path.with_name(f"{store.path.name}.before-removing-{lang}.{_stamp()}.bak"))
    with store.transaction() as db:
        for table in _OWNED:
            db.execute(f"DELETE FROM {table} WHERE target_lang = ?", [lang])
        db.execute("DELETE FROM targets WHERE lang = ?", [lang])
    from amts_gui.core.memory.index_file import index_path  # numpy: not for listing targets

    index_path(store.path, lang).unlink(missing_ok=True)
    return backup


def _stamp() -> str:
    return f"{datetime.now(UTC):%Y%m%dT%H%M%S}"


@dataclass(frozen=True)
class TargetSettings:
    """What each target language has its own of, beside its Amazon names and formality (``aws.*``)."""

    lang: str
    segmentation_lang: str  # the sentence rules its reference is split with
    memory_threshold: float | None  # the lowest memory match a draft may come from; None: the user's default
    qa_rules: tuple[str, ...]  # the language's own QA checks (see core.text.punctuation)
    reference_root: str | None


def target_settings(store: Store) -> TargetSettings:
    """The store's target's settings, with the language's defaults where none is set."""
    from amts_gui.core.text.punctuation import default_rules

    values = store.settings_with_prefix("")
    threshold = values.get("memory.threshold")
    rules = values.get("qa.rules")
    return TargetSettings(
        lang=store.target,
        segmentation_lang=values.get("segmentation_lang") or store.target,
        memory_threshold=float(threshold) if threshold else None,
        qa_rules=tuple(r for r in rules.split(",") if r) if rules is not None else default_rules(store.target),
        reference_root=values.get("target_root"),
    )


def memory_threshold(store: Store, fallback: float) -> float:
    """The lowest memory match a draft of the store's target may come from: its own, else ``fallback``."""
    own = target_settings(store).memory_threshold
    return own if own is not None else fallback


def save_target_settings(store: Store, changes: dict[str, str]) -> TargetSettings:
    """Set some of the store's target's own settings (keys as in TARGET_SETTING_KEYS), in one transaction."""
    from amts_gui.core.project.store import TARGET_SETTING_KEYS
    from amts_gui.core.text.punctuation import RULES

    unknown = set(changes) - TARGET_SETTING_KEYS
    if unknown:
        raise ValueError(f"not a target's own setting: {sorted(unknown)[0]!r}")
    for rule in (changes.get("qa.rules") or "").split(","):
        if rule and rule not in RULES:
            raise InputError(message("no QA rule {rule!r}; the rules are {known}", rule=rule, known=", ".join(RULES)))
    store.set_settings(changes)
    return target_settings(store)

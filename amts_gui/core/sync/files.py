"""Source sync on files: one chapter, or a whole book paired by path or by ``:label:``.

Everything is read and checked before anything is written; outputs are written atomically.  New
segments are drafted from a translation memory (the chapter's own OLD ↔ TRANSLATION pairs, plus any
extra pairs given), or by a caller-supplied engine function.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from amts_gui.core.align.embed import SpanEncoder
from amts_gui.core.errors import InputError
from amts_gui.core.fileio import MARKDOWN_SUFFIXES, atomic_write_text, read_text_file
from amts_gui.core.memory.index import Entry, TranslationMemory
from amts_gui.core.messages import message
from amts_gui.core.sync.report import report
from amts_gui.core.sync.three_way import SyncResult, synchronize_texts
from amts_gui.core.text.document import SegmentKey
from amts_gui.core.text.ids import segment_ids
from amts_gui.core.text.placeholders import mask

# (the sync, the chapter's memory) → drafts with ⟦n⟧ tokens for the NEW segments
Drafter = Callable[[SyncResult, TranslationMemory], dict[SegmentKey, str]]
_LABEL = re.compile(r":label:`([^`]+)`")


def memory_drafts(result: SyncResult, memory: TranslationMemory) -> dict[SegmentKey, str]:
    """Drafts for the segments the sync left without a translation (new ones, and changed ones whose old
    sentence had none) from the memory; segments without a match stay untranslated."""
    segments = {seg.key: seg for seg in result.new_doc.segments()}
    drafts = {}
    for synced in result.segments:
        if synced.translation is not None:
            continue
        match = memory.lookup(synced.source)
        if match is not None:
            drafts[synced.key] = mask(match.target, segments[synced.key].markup)
    return drafts


def chapter_memory(result: SyncResult, extra: Iterable[tuple[str, str]] = ()) -> TranslationMemory:
    """The chapter's own confident OLD ↔ TRANSLATION sentence pairs, plus ``extra`` pairs."""
    entries = [
        Entry(p.source, p.target, n, "aligned", "")
        for n, p in enumerate(result.alignment)
        if p.complete and p.confidence >= 0.5
    ]
    entries += [Entry(s, t, len(entries) + n, "imported", "") for n, (s, t) in enumerate(extra)]
    return TranslationMemory(entries)


@dataclass
class ChapterSync:
    name: str
    result: SyncResult
    output: str
    drafted: int
    seconds: float

    def report(self) -> dict[str, Any]:
        ids = segment_ids(self.name, self.result.new_doc)
        out = report(self.result, ids, {"sync": round(self.seconds, 3)})
        out["chapter"] = self.name
        out["drafted"] = self.drafted
        return out


def sync_chapter(
    name: str,
    old: str,
    new: str,
    translation: str,
    source_lang: str,
    target_lang: str,
    *,
    encoder: SpanEncoder | None = None,
    drafter: Drafter | None = memory_drafts,
    extra_pairs: Sequence[tuple[str, str]] = (),
) -> ChapterSync:
    start = time.perf_counter()
    result = synchronize_texts(old, new, translation, source_lang, target_lang, encoder=encoder)
    drafts = drafter(result, chapter_memory(result, extra_pairs)) if drafter else {}
    rendered = result.render(drafts)
    return ChapterSync(name, result, rendered.text, len(drafts), time.perf_counter() - start)


# -- whole books ------------------------------------------------------------------------------------
def _markdown(root: Path) -> dict[str, Path]:
    if not root.is_dir():
        raise InputError(message("{root}: not a directory", root=root))
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*")) if p.suffix in MARKDOWN_SUFFIXES}


def _labels(files: Mapping[str, Path]) -> dict[str, str]:
    """First ``:label:`` of each file → its relative path (to pair renamed files)."""
    out: dict[str, str] = {}
    for rel, path in files.items():
        m = _LABEL.search(read_text_file(path))
        if m:
            out.setdefault(m.group(1), rel)
    return out


@dataclass
class BookPlan:
    chapters: list[tuple[str, Path, Path, Path]] = field(default_factory=list)  # (NEW rel, OLD, NEW, TRANSLATION)
    renamed: dict[str, str] = field(default_factory=dict)  # NEW rel → OLD rel
    only_new: list[str] = field(default_factory=list)
    only_translation: list[str] = field(default_factory=list)
    missing_translation: list[str] = field(default_factory=list)


def plan_book(old_root: Path, new_root: Path, translation_root: Path) -> BookPlan:
    old, new, translated = _markdown(old_root), _markdown(new_root), _markdown(translation_root)
    plan = BookPlan()
    old_by_label = _labels(old)
    used_old: set[str] = set()
    for rel, new_path in new.items():
        old_rel = rel if rel in old else None
        if old_rel is None:
            m = _LABEL.search(read_text_file(new_path))
            old_rel = old_by_label.get(m.group(1)) if m else None
            if old_rel is not None:
                plan.renamed[rel] = old_rel
        if old_rel is None:
            plan.only_new.append(rel)
            continue
        used_old.add(old_rel)
        if old_rel not in translated:
            plan.missing_translation.append(rel)
            continue
        plan.chapters.append((rel, old[old_rel], new_path, translated[old_rel]))
    plan.only_translation = [rel for rel in translated if rel not in used_old]
    return plan


def write_outputs(outputs: Mapping[Path, str]) -> None:
    """Write every output atomically, once all of them were computed."""
    for path, text in outputs.items():
        atomic_write_text(path, text)

"""Render a chapter's target Markdown from the project, or the whole book into a folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from amts_gui.core.errors import InputError
from amts_gui.core.fileio import atomic_write_text
from amts_gui.core.messages import message
from amts_gui.core.open_projects import refuse_open_project
from amts_gui.core.progress import Cancelled, Progress
from amts_gui.core.project.chapters import list_chapters, source_document
from amts_gui.core.project.segments import best_translations
from amts_gui.core.project.store import Store
from amts_gui.core.text.document import Rendered
from amts_gui.core.text.ids import segment_ids


def render_chapter(store: Store, name: str) -> Rendered:
    """Target Markdown: accepted, edited or draft finals, else the latest draft, else the source."""
    doc = source_document(store, name)
    best = best_translations(store, name)
    translations = {key: best[sid] for key, sid in segment_ids(name, doc).items() if sid in best}
    return doc.render(translations)


@dataclass(frozen=True)
class BookExport:
    """What ``export_book`` did: chapters written, chapters whose file already said the same, findings."""

    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    findings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    cancelled: bool = False


def export_book(
    store: Store, out_root: Path, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> BookExport:
    """Every chapter's target Markdown at its own path under ``out_root`` (a checkout of the translated
    book).  Each file is written atomically, and a file that already has the text is not touched, so
    the checkout's ``git status`` shows only real changes."""
    if out_root.exists() and not out_root.is_dir():
        raise InputError(message("{path}: --out-root must be a folder, not a file", path=out_root))
    root = out_root.resolve()
    chapters = list_chapters(store)
    targets = {c.path: (root / c.path).resolve() for c in chapters}
    for name, target in targets.items():
        if not target.is_relative_to(root):
            raise InputError(message("{name}: the chapter's path leads outside {path}", name=name, path=out_root))
    written: list[str] = []
    unchanged: list[str] = []
    findings: dict[str, tuple[str, ...]] = {}
    for done, chapter in enumerate(chapters):
        if cancelled and cancelled():
            return BookExport(tuple(written), tuple(unchanged), findings, cancelled=True)
        if progress:
            progress(done, len(chapters), chapter.path)
        rendered = render_chapter(store, chapter.path)
        if rendered.findings:
            findings[chapter.path] = tuple(str(f) for f in rendered.findings)
        target = targets[chapter.path]
        refuse_open_project(target)
        if target.is_file() and target.read_bytes() == rendered.text.encode("utf-8"):
            unchanged.append(chapter.path)
            continue
        try:
            atomic_write_text(target, rendered.text)
        except OSError as exc:
            raise InputError(message("{path}: cannot write ({reason})", path=target, reason=exc.strerror)) from None
        written.append(chapter.path)
    if progress:
        progress(len(chapters), len(chapters), "")
    return BookExport(tuple(written), tuple(unchanged), findings)

"""Chapters in and out: import Markdown chapters (with their reference); export a chapter's target or the book."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from amts_gui.core.changes import Changes
from amts_gui.core.errors import AmtsError
from amts_gui.core.fileio import atomic_write_text
from amts_gui.core.progress import Cancelled, Progress
from amts_gui.gui.common import file_dialogs
from amts_gui.gui.common.commands import Commands
from amts_gui.gui.common.messages import translated

if TYPE_CHECKING:
    from amts_gui.core.project.export import BookExport
    from amts_gui.gui.common.host import Host


class ChapterActions(QObject):
    def __init__(self, host: Host, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.host, self.dialog_parent = host, dialog_parent
        self.commands = Commands(self)
        self.commands.add("import", self.tr("&Import chapters…"), self.import_chapters, "Ctrl+Shift+O")
        self.commands.add("export", self.tr("&Export chapter Markdown…"), self.export_chapter, "Ctrl+E")
        self.commands.add("export_book", self.tr("Export &book…"), self.export_book, "Ctrl+Shift+E")

    def import_chapters(self) -> None:
        from amts_gui.gui.dialogs.project_dialogs import ask_import

        request = ask_import(self.dialog_parent)
        if request is not None:
            self._import(*request)

    def _import(self, paths: list[Path], reference_root: Path | None, *, new_source: bool = False) -> None:
        """Import in a worker; a file named like a chapter from another file is asked about, never replaced."""
        from amts_gui.core.project.importer import ChapterNameTaken

        store = self.host.store

        def job(progress: Progress, cancelled: Cancelled) -> int | ChapterNameTaken:
            from amts_gui.core.project.importer import import_paths

            progress(0, 0, self.tr("reading the files"))
            try:
                return len(import_paths(store, paths, reference_root=reference_root, new_source=new_source))
            except ChapterNameTaken as taken:
                return taken

        def done(result: int | ChapterNameTaken, _cancelled: bool) -> None:
            from amts_gui.gui.dialogs.project_dialogs import ask_new_source

            if isinstance(result, int):
                self.host.report(self.tr("Imported %n chapter(s)", "", result))
            elif not result.replaceable:
                self.host.notify(translated(result), warn=True)
            elif ask_new_source(self.dialog_parent, result):
                self._import(paths, reference_root, new_source=True)
            else:
                self.host.notify(self.tr("Nothing was imported."))

        self.host.run_in_background(self.tr("Importing"), self.tr("reading…"), job, done)

    def export_chapter(self) -> None:
        from amts_gui.core.project.export import render_chapter

        chapter = self.host.current_chapter()
        if chapter is None:
            return
        self.host.commit_edit()
        path = file_dialogs.save_file(
            self.dialog_parent, self.tr("Export chapter"), Path(chapter).name, "Markdown (*.md)"
        )
        if not path:
            return
        try:
            rendered = render_chapter(self.host.store, chapter)
            atomic_write_text(Path(path), rendered.text)
        except (AmtsError, OSError) as exc:
            self.host.notify(self.tr("Cannot export {0}: {1}").format(path, exc), warn=True)
            return
        findings = self.tr(" ({0} QA warnings)").format(len(rendered.findings)) if rendered.findings else ""
        self.host.notify(self.tr("Wrote {0}{1}").format(path, findings))

    def export_book(self) -> None:
        """Every chapter into a folder (a checkout of the translated book), in a worker with Cancel."""
        folder = file_dialogs.choose_folder(self.dialog_parent, self.tr("Export book into folder"))
        if not folder:
            return
        store, root = self.host.store, Path(folder)

        def job(progress: Progress, cancelled: Cancelled) -> BookExport:
            from amts_gui.core.project.export import export_book

            return export_book(store, root, progress=progress, cancelled=cancelled)

        def done(result: BookExport, cancelled: bool) -> None:
            note = self.tr(" (cancelled)") if cancelled or result.cancelled else ""
            written = self.tr("Exported the book into {0}{1}: ", "").format(root, note)
            counts = self.tr("%n chapter(s) written", "", len(result.written))
            same = self.tr("{0} unchanged").format(len(result.unchanged))
            findings = sum(map(len, result.findings.values()))
            warnings = self.tr(", {0} QA warnings").format(findings) if findings else ""
            self.host.report(f"{written}{counts}, {same}{warnings}", Changes(frozenset(), False, False, False))

        self.host.run_in_background(self.tr("Exporting the book"), self.tr("rendering…"), job, done)

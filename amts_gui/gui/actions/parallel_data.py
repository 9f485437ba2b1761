"""The Parallel data menu: align chapters into pairs, export and import pair files, and push (or pull)
the pairs to (or from) Amazon Translate in one click, with the push status in the toolbar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtWidgets  # dialogs by attribute: their types are made when first used
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from amts_gui.core.changes import Changes
from amts_gui.core.errors import AmtsError
from amts_gui.core.overview.counts import PairCounts
from amts_gui.core.progress import Cancelled, Progress
from amts_gui.core.project.pushes import push_summary
from amts_gui.gui.common import file_dialogs
from amts_gui.gui.common.commands import Commands
from amts_gui.gui.common.confirm import Reach, ask_before
from amts_gui.gui.common.messages import translated
from amts_gui.gui.common.report_box import report_box
from amts_gui.gui.common.vocabulary import left_out_text, not_on_amazon_text

if TYPE_CHECKING:
    from amts_gui.core.parallel.project_pairs import ChapterAlignment
    from amts_gui.engines.amazon.merge import PullResult
    from amts_gui.engines.amazon.parallel_data import PushResult
    from amts_gui.engines.amazon.services import AmazonServices
    from amts_gui.gui.common.host import Host


class ParallelDataActions(QObject):
    def __init__(self, host: Host, dialog_parent: QWidget, services: Any) -> None:
        """``services()`` gives the project's Amazon services (see the drafting actions)."""
        super().__init__(dialog_parent)
        self.host, self.dialog_parent = host, dialog_parent
        self._services: Any = services
        self.commands = Commands(self)
        add = self.commands.add
        add("align", self.tr("&Align chapters with their reference"), self.align_chapters, "Ctrl+Shift+A")
        add("export_pairs", self.tr("&Export pairs for Amazon Translate…"), self.export_pairs)
        add("import_tm", self.tr("&Import translation memory…"), self.import_memory)
        # they change what Amazon stores (or merge it here): menu and toolbar, a question, no shortcut
        # (memoQ's Ctrl+Shift+S copies the source, OmegaT's Ctrl+Shift+P goes back)
        add("push", self.tr("&Push parallel data"), self.push, reach=Reach.WRITES)
        add("pull", self.tr("P&ull teammates' parallel data"), self.pull, reach=Reach.WRITES)
        self.push_label = QLabel()
        self.push_label.setObjectName("push-status")

    def show_pairs(self, pairs: PairCounts) -> None:
        """The toolbar's word on the parallel data: what Amazon does not have yet and why; the last push in
        the tooltip."""
        summary = push_summary(self.host.store)
        if summary.last_status is None:
            last = self.tr("Never pushed.")
        else:
            when = (summary.last_at or "")[:16].replace("T", " ")
            last = self.tr("Last push {0}: {1}.").format(when, summary.last_status)
        self.push_label.setText(" " + not_on_amazon_text(pairs) + " ")
        self.push_label.setToolTip("\n".join(filter(None, [last, summary.message])))

    # -- pairs from the project -------------------------------------------------------------
    def align_chapters(self) -> None:
        """Align every chapter that has a reference, in a worker, with progress and Cancel."""
        store = self.host.store

        def job(progress: Progress, cancelled: Cancelled) -> list[ChapterAlignment]:
            from amts_gui.core.parallel.project_pairs import align_project  # the aligner loads numpy
            from amts_gui.core.project.term_survey import survey_if_glossary

            results = align_project(store, progress=progress, cancelled=cancelled)
            survey_if_glossary(store, progress, cancelled)  # the new pairs say how the glossary is used
            return results

        def done(results: list[ChapterAlignment], cancelled: bool) -> None:
            pairs = sum(r.sentence_pairs for r in results)
            flagged = sum(r.flagged for r in results)
            note = self.tr(" (cancelled)") if cancelled else ""
            if not results:
                self.host.report(self.tr("No chapter has a reference translation to align with."))
                return
            aligned = self.tr("Aligned %n chapter(s){0}: ", "", len(results)).format(note)
            found = self.tr("%n sentence pair(s), {0} flagged", "", pairs).format(flagged)
            self.host.report(aligned + found)

        self.host.run_in_background(self.tr("Aligning"), self.tr("loading the sentence encoder…"), job, done)

    def export_pairs(self) -> None:
        path = file_dialogs.save_file(
            self.dialog_parent, self.tr("Export pairs"), "pairs.tmx", "TMX 1.4b (*.tmx);;CSV (*.csv);;TSV (*.tsv)"
        )
        if not path:
            return
        out = Path(path)
        fmt = out.suffix.lower().lstrip(".") or "tmx"
        from amts_gui.core.parallel.project_pairs import export_project_pairs

        try:
            report = export_project_pairs(self.host.store, out, fmt)
        except AmtsError as exc:
            self.host.notify(translated(exc), warn=True)
            return
        message = self.tr("Wrote %n pair(s) to {0}.", "", report.written).format(out.name)
        self.host.notify(" ".join([message, left_out_text(report.skipped_by_kind())]).strip())

    def import_memory(self) -> None:
        path = file_dialogs.open_file(
            self.dialog_parent,
            self.tr("Import translation memory"),
            "",
            self.tr("Translation memories (*.tmx *.csv *.tsv)"),
        )
        if not path:
            return
        from amts_gui.core.parallel.project_pairs import import_pairs

        try:
            report = import_pairs(self.host.store, Path(path))
        except AmtsError as exc:
            self.host.notify(translated(exc), warn=True)
            return
        text = self.tr("Imported %n pair(s); {0} already present", "", report.added).format(report.duplicates)
        if report.notes:  # units left out or changed, each with its reason
            said = self.tr("%n unit(s) left out or changed; see the details.", "", len(report.notes))
            details = "\n".join(str(note) for note in report.notes)
            title = self.tr("Import translation memory")
            icon = QtWidgets.QMessageBox.Icon.Information
            report_box(self.dialog_parent, icon, title, f"{text}\n{said}", details, "import-notes").open()
        self.host.report(text)

    # -- Amazon Translate -------------------------------------------------------------------
    def _parallel_data(self) -> Any:
        from amts_gui.engines.amazon.parallel_data import ParallelData

        services: AmazonServices = self._services()
        return ParallelData(self.host.store, services)

    def _resource_name(self) -> str:
        from amts_gui.engines.amazon.settings import load_settings

        return load_settings(self.host.store).parallel_data_name

    def push(self) -> None:
        name = self._resource_name()
        if name and not ask_before(  # without a name nothing is sent: the push says what to set
            self.dialog_parent,
            self.tr("Push parallel data"),
            self.tr("Send the project's sentence pairs to Amazon Translate as parallel data {0}?").format(name),
            self.tr("Push"),
            self.tr("The resource's data is replaced by them; until the import ends, jobs use the previous version."),
        ):
            return
        self.push_confirmed()

    def push_confirmed(self) -> None:
        """The push, once the translator said yes: in a worker, with progress and Cancel."""

        def job(progress: Progress, cancelled: Cancelled) -> PushResult:
            result: PushResult = self._parallel_data().push(progress=progress, cancelled=cancelled)
            return result

        def done(result: PushResult, cancelled: bool) -> None:
            counts = self.tr("%n pair(s) sent, {0} imported, {1} failed, {2} skipped.", "", result.pairs).format(
                result.imported, result.failed, result.skipped
            )
            text = self.tr("{0} {1}: {2}.").format(result.name, result.version, result.status) + " " + counts
            text = " ".join([text, left_out_text(result.left_out)]).strip()
            if result.status != "ACTIVE":
                details = "\n".join([result.message, *result.error_summary])
                box = self._box(QtWidgets.QMessageBox.Icon.Warning, self.tr("Parallel data not updated"), text, details)
                box.setInformativeText(self.tr("The previous version stays active; your local pairs are unchanged."))
                box.open()
            self.host.report(text, Changes.pairs_only())  # the pairs' push state; no segment changed

        self.host.run_in_background(self.tr("Parallel data"), self.tr("Exporting pairs…"), job, done)

    def pull(self) -> None:
        name = self._resource_name()
        if name and not ask_before(
            self.dialog_parent,
            self.tr("Pull parallel data"),
            self.tr("Download parallel data {0} and merge it into the project's pairs?").format(name),
            self.tr("Pull"),
            self.tr("Newer remote edits replace local ones; conflicts are listed."),
        ):
            return

        def job(progress: Progress, cancelled: Cancelled) -> PullResult:
            progress(0, 0, self.tr("downloading"))
            result: PullResult = self._parallel_data().pull()
            return result

        def done(result: PullResult, cancelled: bool) -> None:
            pulled = self.tr("%n pair(s) added, {0} replaced by newer remote edits, {1} conflicts", "", result.added)
            text = f"{result.name}: " + pulled.format(result.replaced, len(result.conflicts))
            if result.conflicts:
                conflict = self.tr("{0}\n  local:  {1}\n  remote: {2}\n  kept:   {3}")
                details = "\n\n".join(conflict.format(c.source, c.local, c.remote, c.winner) for c in result.conflicts)
                self._box(QtWidgets.QMessageBox.Icon.Information, self.tr("Pulled parallel data"), text, details).open()
            self.host.report(text)

        self.host.run_in_background(self.tr("Parallel data"), self.tr("Pulling…"), job, done)

    def _box(self, icon: QtWidgets.QMessageBox.Icon, title: str, text: str, details: str) -> QtWidgets.QMessageBox:
        return report_box(self.dialog_parent, icon, title, text, details, "parallel-data-box")

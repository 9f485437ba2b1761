"""The Translate menu and the toolbar's engine: draft with any engine of the catalog, follow batch jobs.

Every engine runs in a worker thread; a batch job in flight is checked by a quiet timer, so the
window stays usable for the hours a job can take, and a restarted app picks it up again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6 import QtWidgets  # dialogs by attribute: their types are made when first used
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from amts_gui.core.changes import Changes
from amts_gui.core.progress import Cancelled, Progress
from amts_gui.core.project.jobs import JobRecord, list_jobs
from amts_gui.core.project.pairs import count_pairs
from amts_gui.engines import catalog
from amts_gui.engines.base import DraftRun
from amts_gui.engines.catalog import EngineEntry, EngineOptions, Kind
from amts_gui.gui.common.commands import Commands
from amts_gui.gui.common.confirm import Reach, ask_before
from amts_gui.gui.common.look import engine_label
from amts_gui.gui.common.messages import translated

if TYPE_CHECKING:
    from amts_gui.core.project.store import Store
    from amts_gui.engines.amazon.secrets import CredentialVault
    from amts_gui.engines.amazon.services import AmazonServices
    from amts_gui.engines.amazon.settings import AwsSettings
    from amts_gui.gui.common.host import Host

JOB_CHECK_MS = 60_000


class DraftingActions(QObject):
    def __init__(self, host: Host, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.host, self.dialog_parent = host, dialog_parent
        self._vault: CredentialVault | None = None
        self.commands = Commands(self)
        add = self.commands.add
        # drafting fills: segments with the translator's text are left alone; Amazon's engines have no shortcut
        # (OmegaT's Ctrl+Shift+T inserts a tag) and ask first, Cancel being the default
        add("memory", self.tr("Draft chapter from translation &memory"), lambda: self.draft(catalog.TM), "Ctrl+T")
        add(
            "realtime",
            self.tr("Draft chapter with Amazon Translate (without ACT)…"),
            lambda: self.draft(catalog.AMAZON_REALTIME),
            reach=Reach.PAID,
        )
        add("act", self.tr("Start an ACT &batch job for the chapter…"), self.start_act_job, reach=Reach.PAID)
        add("jobs", self.tr("&Check batch jobs"), self.check_jobs, "F6", reach=Reach.READS)
        add("analyze", self.tr("A&nalyze: words per match band and cost…"), self.analyze)
        add("translate", self.tr("Translate chapter"), lambda: self.translate(selected=False), reach=Reach.PAID)
        add(
            "translate_selected",
            self.tr("Translate selected"),
            lambda: self.translate(selected=True),
            reach=Reach.PAID,
        )
        self.engine_box = QComboBox()
        self.engine_box.setObjectName("engine")
        for entry in catalog.ENGINES:
            self.engine_box.addItem(engine_label(entry), entry.name)
        self.show_preferred_engine()
        self.engine_box.currentIndexChanged.connect(
            lambda _i: setattr(host.prefs, "engine", self.engine_box.currentData())
        )
        self.job_label = QLabel()
        self.job_label.setObjectName("job-status")
        self.timer = QTimer(self)
        self.timer.setInterval(JOB_CHECK_MS)
        self.timer.timeout.connect(self.check_jobs_quietly)
        self.timer.start()
        self.project_changed()

    def _engine_chosen(self, _index: int) -> None:
        self.host.prefs.engine = self.engine_box.currentData()

    def show_preferred_engine(self) -> None:
        self.engine_box.setCurrentIndex(max(self.engine_box.findData(self.host.prefs.engine), 0))

    def project_changed(self) -> None:
        """A project was opened: show its unfinished batch jobs (they survive restarts) and check them."""
        self.update_job_status()
        if list_jobs(self.host.store, active_only=True, every_target=True):
            QTimer.singleShot(0, self.check_jobs_quietly)

    def update_job_status(self) -> None:
        """The toolbar's short word on the batch jobs; their names, statuses and messages in the tooltip."""
        jobs = list_jobs(self.host.store, every_target=True)
        active = [j for j in jobs if j.active]
        if active:
            text = self.tr("%n ACT job(s) running", "", len(active))
        elif jobs:
            text = self.tr("Last ACT job: {0}").format(self.job_status(jobs[-1].status))
        else:
            text = ""
        self.job_label.setText(f" {text} " if text else "")
        lines = [f"{j.target_lang} {j.params.get('job_name', j.id)}: {self.job_status(j.status)}" for j in jobs[-10:]]
        details = [f"{j.service_status or ''} {j.message or ''}".strip() for j in jobs[-10:]]
        self.job_label.setToolTip(
            "\n".join(f"{line} {more}".strip() for line, more in zip(lines, details, strict=True))
        )

    def job_status(self, status: str) -> str:
        """A job's status in the interface language."""
        words = {
            "queued": self.tr("queued"),
            "pending": self.tr("pending"),
            "running": self.tr("running"),
            "done": self.tr("done"),
            "partial": self.tr("partly done"),
            "failed": self.tr("failed"),
            "stopped": self.tr("stopped"),
        }
        return words.get(status, status)

    # -- helpers ----------------------------------------------------------------------
    @property
    def vault(self) -> CredentialVault:
        if self._vault is None:
            from amts_gui.engines.amazon.secrets import CredentialVault

            self._vault = CredentialVault()
        return self._vault

    def settings(self) -> AwsSettings:
        from amts_gui.engines.amazon.settings import load_settings

        return load_settings(self.host.store)

    def save_settings(self, settings: AwsSettings, key_name: str | None = None) -> None:
        """The project's Amazon settings; ``key_name``: keys were stored under it (the project remembers the name,
        so that forgetting its keys forgets every one)."""
        from amts_gui.engines.amazon.key_names import remember_key_name
        from amts_gui.engines.amazon.settings import save_settings

        save_settings(self.host.store, settings)
        if key_name:
            remember_key_name(self.host.store, key_name)

    def services(self) -> AmazonServices:
        """Clients for the project's settings, with the keys the user stored (built when first needed)."""
        from amts_gui.engines.amazon.services import AmazonServices

        return AmazonServices.for_user(self.settings(), self.vault)

    def services_for(self, store: Store) -> AmazonServices:
        """Clients for one target's own settings (its parallel data and terminology), with the user's keys."""
        from amts_gui.engines.amazon.services import AmazonServices
        from amts_gui.engines.amazon.settings import load_settings

        return AmazonServices.for_user(load_settings(store), self.vault)

    def options(self) -> EngineOptions:
        from amts_gui.core.project.targets import memory_threshold

        store = self.host.store  # the target's own threshold, else the translator's
        return EngineOptions(
            store, services=self.services, min_score=memory_threshold(store, self.host.prefs.tm_min_score)
        )

    def _chapter(self) -> str | None:
        chapter = self.host.current_chapter()
        if chapter is None:
            self.host.notify(self.tr("Choose a chapter first."))
        return chapter

    def _confirm_cost(self, chapter: str, entry: EngineEntry, only: list[str] | None, redraft: bool) -> bool:
        """The cost of what will be sent (segments with the translator's text are not, unless re-drafted), asked
        with Cancel as the default."""
        from amts_gui.engines.amazon.costs import estimate_cost

        act = entry.kind is Kind.BATCH
        estimate = estimate_cost(self.host.store, [chapter], self.settings(), act=act, only=only, redraft=redraft)
        if not estimate.segments:
            self.host.notify(self.tr("Nothing to send: every segment chosen has your translation."))
            return False
        question = self.tr("Translate {0} with {1}?\n\n{2}\n\nThis uses your AWS account.").format(
            chapter, engine_label(entry), translated(estimate.text)
        )
        return ask_before(self.dialog_parent, self.tr("Cost preview"), question, self.tr("Translate (paid)"))

    def _report_run(self, run: DraftRun, cancelled: bool, entry: EngineEntry, chapter: str) -> None:
        note = self.tr(" (cancelled)") if cancelled or run.cancelled else ""
        # offline drafting is the translation memory's
        what = engine_label(entry) if entry.paid else self.tr("Memory")
        parts = [self.tr("%n draft(s)", "", len(run.drafts))]
        if run.failures:
            parts.append(self.tr("%n segment(s) without a draft", "", len(run.failures)))
        if run.requests:
            parts.append(self.tr("%n request(s)", "", run.requests))
        if run.kept:
            parts.append(self.tr("%n segment(s) with your translation left as they are", "", run.kept))
        text = self.tr("{0}{1}: {2}").format(what, note, self.tr(", ").join(parts))
        if not entry.paid and not run.drafts and not self._memory_has_pairs():
            text += self.tr(". ") + self.tr(
                "The memory is empty: align chapters with their reference (Ctrl+Shift+A) or import a TMX first."
            )
        self.host.report(text, Changes.in_chapters([chapter]))

    def _memory_has_pairs(self) -> bool:
        return count_pairs(self.host.store, granularity="sentence") > 0

    # -- drafting -----------------------------------------------------------------------
    def translate(self, *, selected: bool) -> None:
        """The toolbar's Translate: the chapter, or the selected segments, with the engine chosen there.  A chapter
        is filled; selected segments that have the translator's text are drafted again only when asked."""
        entry = catalog.entry(self.engine_box.currentData())
        only, redraft = None, False
        if selected:
            only = self.host.selected_segments()
            if not only:
                self.host.notify(self.tr("Select the segments to translate first."))
                return
            answer = self._ask_redraft(only)
            if answer is None:
                return
            redraft = answer
        if entry.kind is Kind.BATCH:
            self.start_act_job(only, redraft)
        else:
            self.draft(entry, only, redraft)

    def _ask_redraft(self, only: list[str]) -> bool | None:
        """Whether selected segments with the translator's text are drafted again too (None: cancelled)."""
        from amts_gui.core.project.segments import translated_segments

        chapter = self.host.current_chapter()
        done = translated_segments(self.host.store, chapter, only) if chapter else []
        if not done:
            return False
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question,
            self.tr("Draft again?"),
            self.tr("%n of the selected segments have your translation (edited or accepted).", "", len(done)),
            parent=self.dialog_parent,
        )
        box.setObjectName("redraft-box")
        box.setInformativeText(self.tr("A new draft does not change your text; it shows beside it."))
        again = box.addButton(self.tr("Draft them again too"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        others = box.addButton(self.tr("Only the others"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        again.setObjectName("redraft-all")
        others.setObjectName("redraft-others")
        cancel = box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is again else False if clicked is others else None

    def draft(self, entry: EngineEntry, only: list[str] | None = None, redraft: bool = False) -> None:
        """Draft the current chapter's segments without the translator's text (of ``only``; ``redraft``: all of
        ``only``) with a realtime engine, in a worker."""
        chapter = self._chapter()
        if chapter is None or (entry.paid and not self._confirm_cost(chapter, entry, only, redraft)):
            return
        store, options = self.host.store, self.options()

        def job(progress: Progress, cancelled: Cancelled) -> DraftRun:
            from amts_gui.engines.drafting import draft_chapter

            progress(0, 0, self.tr("preparing {0}").format(engine_label(entry)))
            engine = entry.create(options)
            return draft_chapter(
                store, chapter, engine, only=only, redraft=redraft, progress=progress, cancelled=cancelled
            )

        self.host.run_in_background(
            engine_label(entry), self.tr("Translating…"), job, lambda run, c: self._report_run(run, c, entry, chapter)
        )

    # -- batch jobs -----------------------------------------------------------------------
    def _batch(self) -> EngineEntry:
        return next(e for e in catalog.ENGINES if e.kind is Kind.BATCH)

    def _jobs(self) -> Any:
        return self._batch().create(self.options())

    def start_act_job(self, only: list[str] | None = None, redraft: bool = False) -> None:
        chapter = self._chapter()
        if chapter is None or not self._confirm_cost(chapter, self._batch(), only, redraft):
            return

        def job(progress: Progress, cancelled: Cancelled) -> JobRecord:
            progress(0, 0, self.tr("uploading the chapter and starting the job"))
            record: JobRecord = self._jobs().submit([chapter], only=only, redraft=redraft)
            return record

        def done(record: JobRecord, cancelled: bool) -> None:
            self.update_job_status()
            self.host.report(
                self.tr(
                    "Batch job {0} is {1}; its drafts arrive when it ends (checked every minute, F6 to check now)"
                ).format(record.params["job_name"], record.service_status)
            )

        self.host.run_in_background(self.tr("ACT batch job"), self.tr("Starting…"), job, done)

    def analyze(self) -> None:
        """The analysis before a job, in a worker; then the dialog with its table and the cost."""
        from amts_gui.studies.analysis import analyze_chapters

        store = self.host.store

        def job(progress: Progress, cancelled: Cancelled) -> Any:
            progress(0, 0, self.tr("matching against the memory"))
            return analyze_chapters(store)

        def done(analysis: Any, cancelled: bool) -> None:
            from amts_gui.gui.dialogs.analysis_dialog import AnalysisDialog

            dialog = AnalysisDialog(analysis, self.settings(), self.dialog_parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        self.host.run_in_background(self.tr("Analysis"), self.tr("Matching against the memory…"), job, done)

    def check_jobs(self) -> None:
        def job(progress: Progress, cancelled: Cancelled) -> list[JobRecord]:
            from amts_gui.engines.amazon.batch import resume_every_target

            return resume_every_target(self.host.store, self.services(), cancelled=cancelled)

        self.host.run_in_background(self.tr("Batch jobs"), self.tr("Checking…"), job, self._jobs_checked)

    def check_jobs_quietly(self) -> None:
        """The timer's check: no progress row; skipped while a check runs or nothing is unfinished."""
        from amts_gui.engines.amazon.batch import resume_every_target

        if not list_jobs(self.host.store, active_only=True, every_target=True) or not self.settings().bucket:
            return

        def failed(message: str) -> None:
            self.host.notify(message)
            self.update_job_status()

        self.host.run_quietly(
            "quiet:jobs",
            lambda progress, cancelled: resume_every_target(self.host.store, self.services()),
            lambda records: self._jobs_checked(records, False),
            failed,
        )

    def _jobs_checked(self, records: list[JobRecord], cancelled: bool) -> None:
        self.update_job_status()
        if not records:
            self.host.report(self.tr("No unfinished batch jobs."))
            return
        parts = []
        for r in records:
            extra = ", " + self.tr("%n draft(s)", "", int(r.detail.get("drafts", 0))) if not r.active else ""
            parts.append(f"{r.params['job_name']}: {self.job_status(r.status)}{extra}")
        self.host.report("; ".join(parts))
        for r in records:
            if r.status in ("failed", "partial") and r.message:
                self.host.notify(f"{r.params['job_name']}: {translated(r.message)}", warn=True)

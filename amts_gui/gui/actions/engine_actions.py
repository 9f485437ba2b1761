"""The Translate menu: draft with the memory or Amazon Translate, ACT batch jobs, one-click parallel-data sync.

Every action runs its engine in a worker thread; a batch job in flight is checked by a quiet timer,
so the window stays usable for the hours a job can take, and a restarted app picks it up again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from amts_gui.core.project.jobs import JobRecord, list_jobs
from amts_gui.engines.base import DraftRun
from amts_gui.gui.tasks import Cancelled, Progress, TaskError, TaskResult

if TYPE_CHECKING:
    from amts_gui.engines.amazon.parallel_data import PullResult, PushResult
    from amts_gui.engines.amazon.secrets import CredentialVault
    from amts_gui.engines.amazon.services import AwsSettings
    from amts_gui.gui.main_window import MainWindow

JOB_CHECK_MS = 60_000


class EngineActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._vault: CredentialVault | None = None
        menu = QMenu(self.tr("&Translate"), window)
        window.menuBar().insertMenu(window.help_menu.menuAction(), menu)
        self.actions: dict[str, QAction] = {}
        for key, text, shortcut, slot in (
            ("tm", self.tr("Draft chapter from translation &memory"), "Ctrl+T", self.draft_from_memory),
            (
                "realtime",
                self.tr("Draft chapter with Amazon Translate (without ACT)…"),
                "Ctrl+Shift+T",
                self.draft_realtime,
            ),
            ("act", self.tr("Start an ACT &batch job for the chapter…"), "Ctrl+Shift+B", self.start_act_job),
            ("jobs", self.tr("&Check batch jobs"), "F6", self.check_jobs),
            ("push", self.tr("&Sync parallel data to Amazon Translate"), "Ctrl+Shift+S", self.push_parallel_data),
            ("pull", self.tr("&Pull teammates' parallel data"), "Ctrl+Shift+P", self.pull_parallel_data),
        ):
            action = QAction(text, window)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            window.addAction(action)
            menu.addAction(action)
            self.actions[key] = action
            if key in ("act", "pull"):
                menu.addSeparator()
        self.timer = QTimer(window)
        self.timer.setInterval(JOB_CHECK_MS)
        self.timer.timeout.connect(self.check_jobs_quietly)
        self.timer.start()
        self.project_changed()

    def project_changed(self) -> None:
        """A project was opened: show its unfinished batch jobs (they survive restarts) and check them."""
        self.update_job_status()
        if list_jobs(self.window.store, active_only=True):
            QTimer.singleShot(0, self.check_jobs_quietly)

    def update_job_status(self) -> None:
        jobs = list_jobs(self.window.store)
        active = [j for j in jobs if j.active]
        label = self.window.jobs_label
        if active:
            names = ", ".join(f"{j.params.get('job_name', j.id)}: {j.service_status or j.status}" for j in active)
            label.setText(" " + self.tr("ACT jobs running: {0}").format(names) + " ")
        elif jobs:
            last = jobs[-1]
            label.setText(
                " " + self.tr("last ACT job {0}: {1}").format(last.params.get("job_name", last.id), last.status) + " "
            )
        else:
            label.setText("")
        label.setToolTip(
            "\n".join(f"{j.params.get('job_name', j.id)}: {j.status} {j.message or ''}" for j in jobs[-10:])
        )

    # -- helpers ----------------------------------------------------------------------
    @property
    def vault(self) -> CredentialVault:
        if self._vault is None:
            from amts_gui.engines.amazon.secrets import CredentialVault

            self._vault = CredentialVault()
        return self._vault

    def settings(self) -> AwsSettings:
        from amts_gui.engines.amazon.services import load_settings

        return load_settings(self.window.store)

    def _clients(self, settings: AwsSettings) -> tuple[Any, Any]:
        from amts_gui.engines.amazon.services import clients

        return clients(settings, self.vault.get(settings.profile or "default"))

    def _chapter(self) -> str | None:
        chapter = self.window.current_chapter()
        if chapter is None:
            self.window.statusBar().showMessage("Choose a chapter first.", 5_000)
        return chapter

    def _confirm_cost(self, chapter: str, act: bool) -> bool:
        from amts_gui.engines.amazon.batch import estimate_cost

        estimate = estimate_cost(self.window.store, [chapter], self.settings(), act=act)
        kind = "an ACT batch job" if act else "Amazon Translate (realtime, without ACT)"
        answer = QMessageBox.question(
            self.window,
            "Cost preview",
            f"Translate {chapter} with {kind}?\n\n{estimate}\n\nThis uses your AWS account.",
        )
        return answer == QMessageBox.StandardButton.Yes

    def _report_run(self, run: DraftRun, cancelled: bool, what: str) -> None:
        note = " (cancelled)" if cancelled or run.cancelled else ""
        self.window.report(
            f"{what}{note}: {len(run.drafts)} drafts, {len(run.failures)} segments without a draft"
            + (f", {run.requests} requests" if run.requests else "")
        )

    # -- drafting -----------------------------------------------------------------------
    def draft_from_memory(self, only: list[str] | None = None) -> None:
        chapter = self._chapter()
        if chapter is None:
            return
        store = self.window.store
        min_score = self.window.prefs.tm_min_score

        def job(progress: Progress, cancelled: Cancelled) -> DraftRun:
            from amts_gui.engines.drafting import draft_chapter
            from amts_gui.engines.memory import MemoryEngine

            progress(0, 0, "indexing the translation memory")
            engine = MemoryEngine.for_project(store, min_score=min_score)
            return draft_chapter(store, chapter, engine, only=only, progress=progress, cancelled=cancelled)

        self.window.run_in_background(
            "Translation memory", "Indexing…", job, lambda run, c: self._report_run(run, c, "Memory drafts")
        )

    def draft_realtime(self, only: list[str] | None = None) -> None:
        chapter = self._chapter()
        if chapter is None or not self._confirm_cost(chapter, act=False):
            return
        store, settings = self.window.store, self.settings()

        def job(progress: Progress, cancelled: Cancelled) -> DraftRun:
            from amts_gui.engines.amazon.realtime import AmazonRealtimeEngine
            from amts_gui.engines.drafting import draft_chapter

            translate, _s3 = self._clients(settings)
            engine = AmazonRealtimeEngine(translate, settings)
            return draft_chapter(store, chapter, engine, only=only, progress=progress, cancelled=cancelled)

        self.window.run_in_background(
            "Amazon Translate", "Translating…", job, lambda run, c: self._report_run(run, c, "Amazon Translate drafts")
        )

    # -- batch jobs -----------------------------------------------------------------------
    def _jobs(self) -> Any:
        from amts_gui.engines.amazon.batch import ActJobs

        settings = self.settings()
        translate, s3 = self._clients(settings)
        return ActJobs(self.window.store, translate, s3, settings)

    def start_act_job(self) -> None:
        chapter = self._chapter()
        if chapter is None or not self._confirm_cost(chapter, act=True):
            return

        def job(progress: Progress, cancelled: Cancelled) -> JobRecord:
            progress(0, 0, "uploading the chapter and starting the job")
            record: JobRecord = self._jobs().submit([chapter])
            return record

        def done(record: JobRecord, cancelled: bool) -> None:
            self.update_job_status()
            self.window.report(
                f"Batch job {record.params['job_name']} is {record.service_status}; "
                "its drafts arrive when it ends (checked every minute, F6 to check now)"
            )

        self.window.run_in_background("ACT batch job", "Starting…", job, done)

    def check_jobs(self) -> None:
        def job(progress: Progress, cancelled: Cancelled) -> list[JobRecord]:
            records: list[JobRecord] = self._jobs().resume(wait=False, cancelled=cancelled)
            return records

        self.window.run_in_background("Batch jobs", "Checking…", job, self._jobs_checked)

    def check_jobs_quietly(self) -> None:
        """The timer's check: no progress row; skipped while a check runs or nothing is unfinished."""
        window = self.window
        if window.runner.busy("quiet:jobs") or not list_jobs(window.store, active_only=True):
            return
        if not self.settings().bucket:
            return

        def done(result: TaskResult) -> None:
            self._jobs_checked(result.value, False)

        def failed(error: TaskError) -> None:
            window.statusBar().showMessage(error.message, 15_000)
            self.update_job_status()

        window.runner.start(
            "Batch jobs", lambda progress, cancelled: self._jobs().resume(wait=False), done, failed, kind="quiet:jobs"
        )

    def _jobs_checked(self, records: list[JobRecord], cancelled: bool) -> None:
        self.update_job_status()
        if not records:
            self.window.report(self.tr("No unfinished batch jobs."))
            return
        parts = []
        for r in records:
            extra = f", {r.detail.get('drafts', 0)} drafts" if not r.active else ""
            parts.append(f"{r.params['job_name']}: {r.status}{extra}")
        self.window.report("; ".join(parts))
        for r in records:
            if r.status in ("failed", "partial") and r.message:
                self.window.notify(f"{r.params['job_name']}: {r.message}", warn=True)

    # -- parallel data ---------------------------------------------------------------------
    def _sync(self) -> Any:
        from amts_gui.engines.amazon.parallel_data import ParallelDataSync

        settings = self.settings()
        translate, s3 = self._clients(settings)
        return ParallelDataSync(self.window.store, translate, s3, settings)

    def push_parallel_data(self) -> None:
        def job(progress: Progress, cancelled: Cancelled) -> PushResult:
            result: PushResult = self._sync().push(progress=progress, cancelled=cancelled)
            return result

        def done(result: PushResult, cancelled: bool) -> None:
            text = (
                f"{result.name} {result.version}: {result.status}. {result.pairs} pairs sent, "
                f"{result.imported} imported, {result.failed} failed, {result.skipped} skipped."
            )
            if result.status != "ACTIVE":
                details = "\n".join([result.message, *result.error_summary])
                box = QMessageBox(QMessageBox.Icon.Warning, "Parallel data not updated", text, parent=self.window)
                box.setInformativeText("The previous version stays active; your local pairs are unchanged.")
                box.setDetailedText(details)
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()
            self.window.report(text)

        self.window.run_in_background("Parallel data", "Exporting pairs…", job, done)

    def pull_parallel_data(self) -> None:
        def job(progress: Progress, cancelled: Cancelled) -> PullResult:
            progress(0, 0, "downloading")
            result: PullResult = self._sync().pull()
            return result

        def done(result: PullResult, cancelled: bool) -> None:
            text = (
                f"{result.name}: {result.added} pairs added, {result.replaced} replaced by newer remote edits, "
                f"{len(result.conflicts)} conflicts"
            )
            if result.conflicts:
                box = QMessageBox(QMessageBox.Icon.Information, "Pulled parallel data", text, parent=self.window)
                box.setDetailedText(
                    "\n\n".join(
                        f"{c.source}\n  local:  {c.local}\n  remote: {c.remote}\n  kept:   {c.winner}"
                        for c in result.conflicts
                    )
                )
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()
            self.window.report(text)

        self.window.run_in_background("Parallel data", "Pulling…", job, done)

    def save_settings(self, settings: AwsSettings) -> None:
        from amts_gui.engines.amazon.services import save_settings

        save_settings(self.window.store, settings)

    # -- the toolbar's Translate ------------------------------------------------------------------
    def translate(self, engine: str, only: list[str] | None = None) -> None:
        """Draft the current chapter (or the ``only`` segments) with ``engine``: tm, amazon-realtime, amazon-act."""
        if engine == "amazon-act":
            if only is not None:
                self.window.notify(self.tr("ACT batch jobs translate whole chapters; drafting the whole chapter."))
            self.start_act_job()
        elif engine == "amazon-realtime":
            self.draft_realtime(only)
        else:
            self.draft_from_memory(only)

"""The target languages in the window: the toolbar's switcher (the review, the tree's own columns and
the drafting all work on the chosen target), and "Run pipeline…" for every target at once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from amts_gui.core.languages import LANGUAGES, language
from amts_gui.core.progress import Cancelled, Progress
from amts_gui.gui.common.commands import Commands
from amts_gui.gui.common.confirm import Reach

if TYPE_CHECKING:
    from amts_gui.engines.amazon.services import AmazonServices
    from amts_gui.engines.pipeline.plan import TargetPlan
    from amts_gui.gui.common.host import Host


def language_label(lang: str) -> str:
    """``zh · 中文``: the code as the project writes it, and the language's own name (the tool's own for the
    languages it has rules for, :mod:`amts_gui.core.languages`; else Qt's)."""
    known = LANGUAGES.get(language(lang).code)
    native = known.native if known is not None else QLocale(lang.replace("-", "_")).nativeLanguageName()
    return f"{lang} · {native}" if native and lang.split("-")[0] != "C" else lang


class TargetActions(QObject):
    step_reported = Signal(str, str, object)  # target, step, what happens (a Message): from the pipeline's workers

    def __init__(self, host: Host, dialog_parent: QWidget, switch: Any, services_for: Any, reopen: Any) -> None:
        """``switch(lang)`` makes the window work on another target; ``services_for(store)`` gives the Amazon
        services of a target's own settings; ``reopen(store)`` shows the project again (its targets changed)."""
        super().__init__(dialog_parent)
        self.host, self.dialog_parent = host, dialog_parent
        self._switch, self._services_for, self._reopen = switch, services_for, reopen
        self.commands = Commands(self)
        add = self.commands.add
        add("next_target", self.tr("Next &target language"), self.next_target, "Ctrl+Shift+L")
        add(  # opens the plan and its cost; nothing is sent before its Run button is clicked
            "run_pipeline",
            self.tr("Run &pipeline for every target…"),
            self.plan_pipeline,
            "Ctrl+Alt+P",
            reach=Reach.PAID,
        )
        add("manage_targets", self.tr("Target &languages…"), self.manage_targets)
        self.box = QComboBox()
        self.box.setObjectName("target-switcher")
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # "es · español" whole
        self.box.setToolTip(self.tr("The target language you review and draft (Ctrl+Shift+L: the next one)"))
        self.box.activated.connect(lambda index: self._switch(self.box.itemData(index)))
        self.dialog: Any = None
        self.step_reported.connect(self._show_step)

    def project_changed(self) -> None:
        """Fill the switcher with the project's targets; the chosen one current."""
        store = self.host.store
        self.box.blockSignals(True)
        self.box.clear()
        for lang in store.targets():
            self.box.addItem(language_label(lang), lang)
        self.box.setCurrentIndex(max(0, self.box.findData(store.target)))
        self.box.blockSignals(False)
        self.box.setEnabled(self.box.count() > 1)

    def next_target(self) -> None:
        targets = self.host.store.targets()
        if len(targets) < 2:
            self.host.notify(self.tr("The project has one target language; add another in File ▸ Target languages…"))
            return
        self._switch(targets[(targets.index(self.host.store.target) + 1) % len(targets)])

    def manage_targets(self) -> None:
        """The project's targets and their own settings; the window follows what changes there."""
        from amts_gui.gui.dialogs.targets_dialog import TargetsDialog

        self.host.commit_edit()
        dialog = TargetsDialog(self.host.store, self.dialog_parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.targets_changed.connect(self._targets_changed)
        dialog.open()

    def _targets_changed(self) -> None:
        store = self.host.store
        targets = store.targets()
        self._reopen(store if store.target in targets else store.for_target(targets[0]))

    # -- the pipeline -------------------------------------------------------------------------
    def plan_pipeline(self) -> None:
        """Plan every target in a worker (what would be aligned, pushed and sent, and its cost), then ask."""
        from amts_gui.engines.amazon.settings import load_settings
        from amts_gui.engines.pipeline.plan import plan_pipeline

        store = self.host.store

        def job(progress: Progress, cancelled: Cancelled) -> list[TargetPlan]:
            progress(0, 0, self.tr("planning every target"))
            return plan_pipeline(store, None, load_settings)

        self.host.run_in_background(self.tr("Pipeline"), self.tr("Planning…"), job, self._show_plan)

    def _show_plan(self, plans: list[TargetPlan], cancelled: bool) -> None:
        from amts_gui.gui.dialogs.pipeline_dialog import PipelineDialog

        if cancelled:
            return
        self.dialog = PipelineDialog(plans, self.dialog_parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.run_requested.connect(self._run)
        self.dialog.destroyed.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _show_step(self, target: str, step: str, text: object) -> None:
        if self.dialog is not None:  # closed meanwhile: the run goes on, the status bar has its end
            self.dialog.show_step(target, step, text)

    def _run(self, targets: list[str], wait: bool) -> None:
        from amts_gui.engines.pipeline.run import PipelineContext, TargetRun, run_pipeline

        store = self.host.store
        plans: list[TargetPlan] = [p for p in self.dialog.plans if p.target in targets]
        status_word = self.dialog.status_word

        def job(progress: Progress, cancelled: Cancelled) -> list[TargetRun]:
            context = PipelineContext(
                store, self._services, wait=wait, report=self.step_reported.emit, cancelled=cancelled
            )
            progress(0, 0, self.tr("every target at once"))
            return run_pipeline(context, plans)

        def done(runs: list[TargetRun], cancelled: bool) -> None:
            if self.dialog is not None:
                self.dialog.show_runs(runs)
            words = ", ".join(f"{r.target}: {status_word(r.status)}" for r in runs)
            self.host.report(self.tr("Pipeline: {0}").format(words))

        self.host.run_in_background(self.tr("Pipeline"), self.tr("Running…"), job, done, kind="pipeline")

    def _services(self, store: Any) -> AmazonServices:
        services: AmazonServices = self._services_for(store)
        return services

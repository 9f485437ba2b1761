"""Run pipeline…: each target's plan and cost before anything is sent, then each target's progress as
it goes (align → push → ACT job → drafts), side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from amts_gui.engines.pipeline.plan import TargetPlan
from amts_gui.engines.pipeline.run import TargetRun
from amts_gui.gui.common.messages import translated

STEP_COLUMN, STATUS_COLUMN = 5, 6


def _cell(text: str, *, number: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    return item


class PipelineDialog(QDialog):
    run_requested = Signal(list, bool)  # the targets chosen, wait for the drafts

    def __init__(self, plans: list[TargetPlan], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipeline-dialog")
        self.setWindowTitle(self.tr("Run pipeline"))
        self.plans = plans
        intro = QLabel(
            self.tr(
                "For every chosen target at once: align its chapters that have a reference, push its parallel "
                "data, start ACT batch jobs for its segments without a draft, and bring the drafts into its "
                "review queue. Amazon runs 10 batch jobs at a time; more wait in a queue."
            )
        )
        intro.setObjectName("pipeline-intro")
        intro.setWordWrap(True)
        self.table = QTableWidget(len(plans), 7)
        self.table.setObjectName("pipeline-table")
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Target"),
                self.tr("References"),
                self.tr("Parallel data"),
                self.tr("Segments to send"),
                self.tr("Cost"),
                self.tr("Step"),
                self.tr("Status"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(STATUS_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.total = QLabel()
        self.total.setObjectName("pipeline-total")
        self.wait = QCheckBox(self.tr("Wait for the jobs and fetch their drafts"))
        self.wait.setObjectName("pipeline-wait")
        self.wait.setChecked(True)
        buttons = QDialogButtonBox()
        buttons.setObjectName("pipeline-buttons")
        self.run_button = QPushButton(self.tr("&Run"))
        self.run_button.setObjectName("pipeline-run")
        self.run_button.setAutoDefault(False)  # it pays: a click, never Enter pressed by habit
        buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("pipeline-close")
        close.setDefault(True)
        self.run_button.clicked.connect(self._run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.total, self.wait, buttons):
            layout.addWidget(widget)
        self._fill()
        self.resize(980, 200 + 34 * len(plans))

    def _fill(self) -> None:
        total = 0.0
        for row, plan in enumerate(self.plans):
            target = _cell(plan.target)
            target.setFlags(target.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            target.setCheckState(Qt.CheckState.Unchecked if plan.problem else Qt.CheckState.Checked)
            resource = plan.resource if plan.resource_named else self.tr("{0} (new)").format(plan.resource)
            cost = translated(plan.estimate.text)
            self.table.setItem(row, 0, target)
            self.table.setItem(row, 1, _cell(str(plan.references), number=True))
            self.table.setItem(row, 2, _cell(resource))
            waiting = self.tr(" + %n in unfinished jobs", "", plan.unfinished_jobs) if plan.unfinished_jobs else ""
            self.table.setItem(row, 3, _cell(f"{plan.segments}{waiting}", number=True))
            self.table.setItem(row, 4, _cell(f"${plan.estimate.cost:.2f}", number=True, tip=cost))
            self.table.setItem(row, STEP_COLUMN, _cell("–"))
            problem = translated(plan.problem) if plan.problem else self.tr("ready")
            self.table.setItem(row, STATUS_COLUMN, _cell(problem, tip=problem))
            if not plan.problem:
                total += plan.estimate.cost
        self.total.setText(self.tr("Cost preview for every target: ${0}").format(f"{total:.2f}"))
        self.table.resizeColumnsToContents()

    def chosen(self) -> list[str]:
        return [
            plan.target
            for row, plan in enumerate(self.plans)
            if (item := self.table.item(row, 0)) is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def _run(self) -> None:
        targets = self.chosen()
        if not targets:
            return
        self.run_button.setEnabled(False)
        self.wait.setEnabled(False)
        self.run_requested.emit(targets, self.wait.isChecked())

    def _row(self, target: str) -> int:
        return next((row for row, plan in enumerate(self.plans) if plan.target == target), -1)

    def show_step(self, target: str, step: str, text: object) -> None:
        row = self._row(target)
        if row >= 0:
            said = translated(text)
            self.table.setItem(row, STEP_COLUMN, _cell(self.step_word(step)))
            self.table.setItem(row, STATUS_COLUMN, _cell(said, tip=said))
            self.table.resizeColumnToContents(STEP_COLUMN)

    def show_runs(self, runs: list[TargetRun]) -> None:
        """Each target's end: its status, and why when it failed."""
        for run in runs:
            row = self._row(run.target)
            if row < 0:
                continue
            timeline = "\n".join(
                f"{self.step_word(r.step)}: {r.started:.1f}–{r.ended or 0:.1f} s {translated(r.outcome)}"
                for r in run.steps
            )
            text = self.status_word(run.status) + (f": {translated(run.error)}" if run.error else "")
            if run.drafts:
                text += self.tr(", %n draft(s) fetched", "", run.drafts)
            self.table.setItem(row, STATUS_COLUMN, _cell(text, tip=timeline or text))
        self.run_button.setEnabled(True)
        self.wait.setEnabled(True)

    def step_word(self, step: str) -> str:
        words = {
            "align": self.tr("align"),
            "push": self.tr("push parallel data"),
            "submit": self.tr("ACT job"),
            "fetch": self.tr("drafts"),
        }
        return words.get(step, step)

    def status_word(self, status: str) -> str:
        words = {
            "done": self.tr("done"),
            "waiting": self.tr("jobs still running"),
            "failed": self.tr("failed"),
            "cancelled": self.tr("cancelled"),
            "skipped": self.tr("skipped"),
            "running": self.tr("running"),
        }
        return words.get(status, status)

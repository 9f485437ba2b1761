"""The dashboard's Targets view: the project's target languages side by side (progress, references,
pairs, jobs, the last push, and BLEU of the latest scores and of the newest evaluation run)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QVBoxLayout, QWidget

from amts_gui.core.overview.counts import STATES
from amts_gui.core.overview.targets import TargetOverview, target_overview
from amts_gui.core.progress import Cancelled, Progress
from amts_gui.core.project.store import Store
from amts_gui.gui.common.tasks import TaskResult, TaskRunner
from amts_gui.gui.common.vocabulary import state_names
from amts_gui.gui.dashboard.cells import cell


def _bleu(values: dict[str, float]) -> str:
    return " · ".join(f"{variant} {value:.1f}" for variant, value in sorted(values.items())) or "–"


class TargetsView(QWidget):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self.setObjectName("targets-view")
        self.runner = runner
        self._request = 0
        self.rows: list[TargetOverview] = []
        self.note = QLabel(self.tr("Each target language of the project, side by side. BLEU on the 0–100 scale."))
        self.note.setObjectName("targets-note")
        self.note.setWordWrap(True)
        headers = [
            self.tr("Target"),
            self.tr("Segments"),
            *state_names(),
            self.tr("Accepted %"),
            self.tr("References"),
            self.tr("Sentence pairs"),
            self.tr("Unfinished jobs"),
            self.tr("Last push"),
            self.tr("BLEU (latest scores)"),
            self.tr("BLEU (evaluation)"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("targets-table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def refresh(self, store: Store) -> None:
        """Compare the targets in a worker; the newest request wins."""
        self._request += 1
        request = self._request

        def job(progress: Progress, cancelled: Cancelled) -> list[TargetOverview]:
            return target_overview(store)

        def done(result: TaskResult) -> None:
            if request == self._request:
                self.show_targets(result.value)

        self.runner.start(self.tr("Targets"), job, done, kind="quiet:targets")

    def _unscored(self, target: str) -> str:
        return self.tr(
            "Not scored yet: switch to {0} and refresh the scores (F5), or run `amts scores PROJECT --target {0}`"
        ).format(target)

    def show_targets(self, rows: list[TargetOverview]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            values = [
                cell(row.target, right=False),
                cell(str(row.segments)),
                *(cell(str(row.states[state])) for state in STATES),
                cell(f"{row.percent_accepted:.0f} %"),
                cell(str(row.references)),
                cell(str(row.sentence_pairs)),
                cell(str(row.unfinished_jobs)),
                cell(row.last_push or "–", right=False),
                cell(_bleu(row.bleu), self._unscored(row.target) if not row.bleu else "", right=False),
                cell(_bleu(row.evaluation_bleu), right=False),
            ]
            for j, item in enumerate(values):
                self.table.setItem(i, j, item)

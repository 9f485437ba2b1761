"""The dashboard's Workload view: seconds per word for each draft origin and band against the from-scratch
control (bars with their 95 % intervals), and the workload saved, overall and per chapter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableWidget, QVBoxLayout, QWidget

from amts_gui.core.progress import Cancelled, Progress
from amts_gui.core.project.store import Store
from amts_gui.core.scoring.editing_report import editing_report, timed
from amts_gui.core.scoring.workload import MIN_SEGMENTS, Workload, workload
from amts_gui.gui.common.tasks import TaskResult, TaskRunner
from amts_gui.gui.dashboard.cells import cell
from amts_gui.gui.dashboard.score_charts import WorkloadChart


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    return table


class WorkloadView(QWidget):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self.setObjectName("workload-view")
        self.runner = runner
        self.result: Workload | None = None
        self.note = QLabel()
        self.note.setObjectName("workload-note")
        self.note.setWordWrap(True)
        self.rates = _table(
            "workload-rates",
            [self.tr("Draft"), self.tr("Segments"), self.tr("Words"), self.tr("s/word"), self.tr("95 %")],
        )
        self.savings = _table(
            "workload-savings",
            [self.tr("Scope"), self.tr("Post-edited"), self.tr("Control"), self.tr("Saved"), self.tr("95 %")],
        )
        self.chart = WorkloadChart()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("workload-splitter")
        tables = QWidget()
        column = QVBoxLayout(tables)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.rates, 3)
        column.addWidget(self.savings, 2)
        split.addWidget(tables)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)  # the tables read whole; the chart takes the rest
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])  # at first too: the chart's own size hint would take more than its share
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)

    def refresh(self, store: Store) -> None:
        def job(progress: Progress, cancelled: Cancelled) -> Workload:
            return workload(timed(editing_report(store)))

        def done(result: TaskResult) -> None:
            self.show_workload(result.value)

        self.runner.start(self.tr("Workload"), job, done, kind="quiet:workload")

    def show_workload(self, result: Workload) -> None:
        self.result = result
        self.rates.setRowCount(len(result.rates))
        for row, rate in enumerate(result.rates):
            group = self.tr("from scratch") if rate.group == "from scratch" else rate.group
            cells = [group, str(rate.segments), f"{rate.words:,}", f"{rate.seconds_per_word:.2f}"]
            few = self.tr("not enough data")
            cells.append(f"{rate.low:.2f}–{rate.high:.2f}" if rate.low is not None and rate.high is not None else few)
            for column, text in enumerate(cells):
                self.rates.setItem(row, column, cell(text, right=column > 0))
        self.savings.setRowCount(len(result.savings))
        for row, saving in enumerate(result.savings):
            scope = self.tr("all chapters") if saving.scope == "all" else saving.scope
            if saving.saved is None:
                saved, interval = self.tr("not enough data"), ""
            else:
                saved, interval = f"{saving.saved:.0%}", f"{saving.low:.0%}–{saving.high:.0%}"
            cells = [scope, str(saving.post_edited), str(saving.control), saved, interval]
            for column, text in enumerate(cells):
                self.savings.setItem(row, column, cell(text, right=column > 0))
        self._draw(result)
        control = result.savings[0].control if result.savings else 0
        edited = result.savings[0].post_edited if result.savings else 0
        self.note.setText(
            self.tr(
                "Active editing time from the editing log; the saving compares post-editing ({0} segments) with "
                "the from-scratch control ({1} segments): an interval needs at least {2} segments in each group. "
                "Control segments are drawn among those the drafting would fill, before drafting, so the two "
                "groups differ only by the draft. Switch the control on in Settings."
            ).format(edited, control, MIN_SEGMENTS)
        )

    def _draw(self, result: Workload) -> None:
        self.chart.show_rates(result.rates, "from scratch", self.tr("seconds per word"))

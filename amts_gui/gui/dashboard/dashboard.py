"""The dashboard tab: scores per chapter and variant, charts, worst segments, progress, export.

Scores are computed by :mod:`amts_gui.core.scoring.scoreboard` in a worker; this widget only shows them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from amts_gui.core.overview.counts import STATES, State
from amts_gui.core.progress import Cancelled, Progress
from amts_gui.core.project.review import ChapterProgress
from amts_gui.core.project.scores import ScoreRow
from amts_gui.core.project.store import Store, now
from amts_gui.core.scoring.history import POST_EDIT
from amts_gui.core.scoring.report import Chart, Report, write_report
from amts_gui.core.scoring.scoreboard import EVALUATION, PROJECT, Scoreboard, evaluation_scoreboard, project_scoreboard
from amts_gui.core.scoring.units import UnitScore, variant_order, worst_project_units
from amts_gui.engines import catalog
from amts_gui.gui.common import file_dialogs
from amts_gui.gui.common.preferences import Preferences
from amts_gui.gui.common.tasks import TaskResult, TaskRunner
from amts_gui.gui.common.vocabulary import state_names
from amts_gui.gui.dashboard.cells import cell
from amts_gui.gui.dashboard.score_charts import BarChart, TrendChart, widget_png
from amts_gui.gui.dashboard.targets_view import TargetsView
from amts_gui.gui.dashboard.workload_view import WorkloadView
from amts_gui.studies.reference import REFERENCE_BLEU

METRICS = ("BLEU", "chrF", "TER")
EFFORT = ("HTER", "char edit ratio", "unchanged")
CHAPTER_ROLE = Qt.ItemDataRole.UserRole + 1


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    return label


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    return table


class Dashboard(QWidget):
    segment_requested = Signal(str, str)  # chapter, segment id: open it in the review tab

    def __init__(self, runner: TaskRunner | None = None, prefs: Preferences | None = None) -> None:
        super().__init__()
        self.setObjectName("dashboard")
        self.runner = runner or TaskRunner(self)
        self.prefs = prefs or Preferences()
        self.store: Store | None = None
        self.board: Scoreboard | None = None
        self.worst: list[UnitScore] = []
        self._score_request = 0
        self._worst_request = 0

        self.scores = _table("scores-table", 1)
        self.scores.itemSelectionChanged.connect(self._chapter_chosen)
        self.bar_chart = BarChart()
        self.trend_chart = TrendChart()
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.setObjectName("dashboard-charts")
        charts.addWidget(self.bar_chart)
        charts.addWidget(self.trend_chart)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setObjectName("dashboard-details")
        self.detail_tabs.addTab(self._worst_pane(), self.tr("Worst segments"))
        self.detail_tabs.addTab(self._progress_pane(), self.tr("Progress"))
        self.workload = WorkloadView(self.runner)
        self.detail_tabs.addTab(self.workload, self.tr("Workload"))
        self.targets = TargetsView(self.runner)
        self.detail_tabs.addTab(self.targets, self.tr("Targets"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("dashboard-splitter")
        split.addWidget(self.scores)
        split.addWidget(charts)
        split.addWidget(self.detail_tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        self._add_controls(layout)
        layout.addWidget(split, 1)

    def _add_controls(self, layout: QVBoxLayout) -> None:
        """The score source, the chart's metric, the scale, Refresh and Export, and the summary line."""
        self.source_box = QComboBox()
        self.source_box.setObjectName("score-source")
        self.source_box.addItem(self.tr("Project drafts"), PROJECT)
        self.source_box.addItem(self.tr("Last evaluation run (leave-one-out)"), EVALUATION)
        self.source_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source_box.setMinimumContentsLength(14)
        self.metric_box = QComboBox()
        self.metric_box.setObjectName("chart-metric")
        self.metric_box.addItems(METRICS)
        self.unit_scale = QCheckBox(self.tr("0–1 scale (as in the study)"))
        self.unit_scale.setObjectName("unit-scale")
        self.unit_scale.setChecked(self.prefs.score_scale == "0-1")
        self.refresh_button = QPushButton(self.tr("Refresh scores"))
        self.refresh_button.setObjectName("refresh-scores")
        self.refresh_button.setToolTip(self.tr("Score the drafts again (F5)"))
        self.export_button = QPushButton(self.tr("Export report…"))
        self.export_button.setObjectName("export-report")
        self.summary = QLabel()
        self.summary.setObjectName("score-summary")
        self.summary.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(_label(self.tr("Scores of"), "score-source-label"))
        bar.addWidget(self.source_box, 1)
        bar.addWidget(_label(self.tr("Chart"), "chart-metric-label"))
        bar.addWidget(self.metric_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unit_scale)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.export_button)
        layout.addLayout(bar)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        self.source_box.currentIndexChanged.connect(lambda _i: self.refresh_scores())
        self.metric_box.currentIndexChanged.connect(lambda _i: self._redraw())
        self.unit_scale.toggled.connect(self._scale_changed)
        self.refresh_button.clicked.connect(self.refresh_scores)
        self.export_button.clicked.connect(self._ask_export)

    def _worst_pane(self) -> QWidget:
        self.worst_variant = QComboBox()
        self.worst_variant.setObjectName("worst-variant")
        self.worst_variant.currentIndexChanged.connect(self._chapter_chosen)
        self.worst_label = QLabel()
        self.worst_label.setObjectName("worst-summary")
        self.worst_table = _table("worst-table", 4)
        self.worst_table.setHorizontalHeaderLabels(
            [self.tr("Sentence BLEU"), self.tr("Source"), self.tr("Draft"), self.tr("Reference")]
        )
        for column in (1, 2, 3):
            self.worst_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.worst_table.itemActivated.connect(self._open_worst)
        worst = QWidget()
        worst.setObjectName("worst-pane")
        worst_layout = QVBoxLayout(worst)
        worst_layout.setContentsMargins(0, 0, 0, 0)
        worst_bar = QHBoxLayout()
        worst_bar.addWidget(self.worst_label, 1)
        worst_bar.addWidget(_label(self.tr("Variant"), "worst-variant-label"))
        worst_bar.addWidget(self.worst_variant)
        worst_layout.addLayout(worst_bar)
        worst_layout.addWidget(self.worst_table)
        return worst

    def _progress_pane(self) -> QWidget:
        self.progress_summary = QLabel()
        self.progress_summary.setObjectName("progress-summary")
        self.table = _table("progress-table", 6)
        self.table.setHorizontalHeaderLabels([self.tr("Chapter"), self.tr("Segments"), *state_names()])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        progress = QWidget()
        progress.setObjectName("progress-pane")
        progress_layout = QVBoxLayout(progress)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addWidget(self.progress_summary)
        progress_layout.addWidget(self.table)
        return progress

    # -- scale ---------------------------------------------------------------------------------
    @property
    def factor(self) -> float:
        return 0.01 if self.unit_scale.isChecked() else 1.0

    def _fmt(self, value: float) -> str:
        return f"{value * self.factor:.3f}" if self.unit_scale.isChecked() else f"{value:.1f}"

    def _scale_changed(self, checked: bool) -> None:
        self.prefs.score_scale = "0-1" if checked else "0-100"
        self._redraw()

    # -- data ------------------------------------------------------------------------------------
    def set_store(self, store: Store) -> None:
        self.store = store
        self.board = None
        self.worst = []
        self._redraw()

    def refresh_scores(self) -> None:
        """Compute the scores in a worker; the newest request wins."""
        if self.store is None:
            return
        self._score_request += 1
        request, store, kind = self._score_request, self.store, self.source_box.currentData()
        self.summary.setText(self.tr("Scoring…"))

        def job(progress: Progress, cancelled: Cancelled) -> Scoreboard | None:
            return (
                project_scoreboard(store, progress, catalog.variant_keys())
                if kind == PROJECT
                else evaluation_scoreboard(store)
            )

        def done(result: TaskResult) -> None:
            if request == self._score_request and store is self.store:
                self.show_scoreboard(result.value, kind)
                self.targets.refresh(store)  # with the scores just kept

        self.runner.start(self.tr("Scores"), job, done, kind="quiet:scores")
        self.workload.refresh(store)

    def show_scoreboard(self, board: Scoreboard | None, kind: str = PROJECT) -> None:
        self.board = board
        self._redraw()
        if board is None:
            self.summary.setText(
                self.tr("No evaluation run yet: run `amts evaluate PROJECT --chapters … --out DIR`.")
                if kind == EVALUATION
                else self.tr("Nothing to score yet.")
            )

    # -- drawing ---------------------------------------------------------------------------------
    def _variants(self) -> list[str]:
        rows = self.board.rows if self.board else []
        return variant_order([r.variant for r in rows if r.variant != POST_EDIT], catalog.variant_keys())

    def _redraw(self) -> None:
        board = self.board
        rows = board.rows if board else []
        self._fill_scores(rows)
        metric = self.metric_box.currentText()
        self.bar_chart.show_scores(rows, metric, self.factor)
        self.trend_chart.show_trend(
            board.bleu_trend if board else [],
            board.effort_days if board else [],
            self.factor,
            self.tr("BLEU"),
            self.tr("HTER (post-edit)"),
        )
        variants = self._variants()
        current = self.worst_variant.currentText()
        self.worst_variant.blockSignals(True)
        self.worst_variant.clear()
        self.worst_variant.addItems(variants)
        if current in variants:
            self.worst_variant.setCurrentText(current)
        self.worst_variant.blockSignals(False)
        if board is not None:
            where = "; ".join(f"{v}: {e}" for v, e in board.endpoints.items() if v != POST_EDIT)
            scale = self.tr("0–1 scale") if self.unit_scale.isChecked() else self.tr("0–100 scale")
            note = (
                self.tr(
                    "Project drafts may have used the chapter's own pairs; `amts evaluate` gives leave-one-out figures."
                )
                if board.kind == PROJECT
                else self.tr("Evaluation run of {0}.").format(board.created_at[:16].replace("T", " "))
            )
            self.summary.setText(f"{note} {scale}. {where}")

    def _columns(self) -> list[tuple[str, str]]:
        columns = [(v, m) for v in self._variants() for m in METRICS]
        if self.board and any(r.variant == POST_EDIT for r in self.board.rows):
            columns += [(POST_EDIT, m) for m in EFFORT]
        return columns

    def _fill_scores(self, rows: list[ScoreRow]) -> None:
        columns = self._columns()
        labels = {"HTER": "HTER", "char edit ratio": self.tr("edit ratio"), "unchanged": self.tr("unchanged")}
        self.scores.setColumnCount(1 + len(columns))
        self.scores.setHorizontalHeaderLabels(
            [self.tr("Chapter")] + [f"{v}\n{labels.get(m, m)}" if v != POST_EDIT else labels[m] for v, m in columns]
        )
        self.scores.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        chapters = list(dict.fromkeys(r.chapter for r in rows))
        found = {(r.chapter, r.variant, r.metric): r for r in rows}
        self.scores.setRowCount(len(chapters) + (1 if chapters else 0))
        sums: dict[int, list[float]] = {}
        for i, chapter in enumerate(chapters):
            name = cell(chapter, right=False)
            name.setData(CHAPTER_ROLE, chapter)
            self.scores.setItem(i, 0, name)
            for j, (variant, metric) in enumerate(columns, start=1):
                row = found.get((chapter, variant, metric))
                if row is None:
                    self.scores.setItem(i, j, cell("–"))
                    continue
                sums.setdefault(j, []).append(row.value)
                tip = self.tr("{0} of %n unit(s) translated", "", row.units).format(row.covered)
                if variant == POST_EDIT:
                    tip = self.tr("{0} accepted segments, {1} with a draft").format(row.units, row.covered)
                self.scores.setItem(i, j, cell(self._fmt(row.value), f"{tip}\n{row.signature}".strip()))
        if chapters:
            last = len(chapters)
            average = cell(self.tr("Average"), right=False)
            font = average.font()
            font.setBold(True)
            average.setFont(font)
            self.scores.setItem(last, 0, average)
            for j in range(1, len(columns) + 1):
                values = sums.get(j, [])
                item = cell(self._fmt(sum(values) / len(values)) if values else "–")
                item.setFont(font)
                self.scores.setItem(last, j, item)
        self.scores.resizeRowsToContents()

    # -- worst segments ------------------------------------------------------------------------
    def selected_chapter(self) -> str | None:
        items = self.scores.selectedItems()
        row = items[0].row() if items else -1
        item = self.scores.item(row, 0) if row >= 0 else None
        return item.data(CHAPTER_ROLE) if item is not None else None

    def _chapter_chosen(self) -> None:
        chapter, variant, store = self.selected_chapter(), self.worst_variant.currentText(), self.store
        if chapter is None or not variant or store is None:
            return
        self._worst_request += 1
        request = self._worst_request

        def job(progress: Progress, cancelled: Cancelled) -> list[UnitScore]:
            return worst_project_units(store, chapter, variant)

        def done(result: TaskResult) -> None:
            if request == self._worst_request:
                self.show_worst(chapter, variant, result.value)

        self.runner.start(self.tr("Worst segments"), job, done, kind="quiet:worst")

    def show_worst(self, chapter: str, variant: str, worst: list[UnitScore]) -> None:
        self.worst = worst
        self.worst_label.setText(
            self.tr("{0}: the project's {1} drafts, lowest sentence BLEU first (Enter opens the segment)").format(
                chapter, variant
            )
        )
        self.worst_table.setRowCount(len(worst))
        for i, w in enumerate(worst):
            score = cell(self._fmt(w.bleu))
            score.setData(CHAPTER_ROLE, (chapter, w.unit.segment_ids[0] if w.unit.segment_ids else ""))
            self.worst_table.setItem(i, 0, score)
            for j, text in enumerate((w.unit.source, w.hypothesis, w.unit.reference), start=1):
                self.worst_table.setItem(i, j, cell(text, text, right=False))
        self.detail_tabs.setCurrentIndex(0)

    def _open_worst(self, item: QTableWidgetItem) -> None:
        first = self.worst_table.item(item.row(), 0)
        chapter, segment = first.data(CHAPTER_ROLE) if first is not None else ("", "")
        if segment:
            self.segment_requested.emit(chapter, segment)

    # -- export ------------------------------------------------------------------------------------
    def _ask_export(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("Export the scores to a folder"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> tuple[Path, Path]:
        """Write scores.csv and a self-contained report.html (the charts as PNG) into ``folder``, and each
        chart as ``<chart>.png`` with its data as ``<chart>.csv``."""
        board = self.board
        rows = board.rows if board else []
        metric = self.metric_box.currentText()
        report = Report(
            title=self.tr("AMTS Studio scores"),
            project=str(self.store.path) if self.store else "",
            direction=board.direction if board else "",
            created_at=now(),
            rows=rows,
            endpoints=board.endpoints if board else {},
            notes=[self.summary.text()],
            charts=[
                Chart(self.tr("{0} per chapter").format(metric), png=widget_png(self.bar_chart)),
                Chart(self.tr("Trend"), png=widget_png(self.trend_chart)),
            ],
            order=catalog.variant_keys(),
            labels=catalog.variant_labels(),
            reference=REFERENCE_BLEU.get(board.direction, {}) if board else {},
        )
        written = write_report(folder, report)
        for chart in (self.bar_chart, self.trend_chart, self.workload.chart):
            chart.write(folder)
        return written

    # -- progress ----------------------------------------------------------------------------------
    def show_progress(self, progress: list[ChapterProgress]) -> None:
        self.table.setRowCount(len(progress))
        for i, p in enumerate(progress):
            values = [p.chapter, str(p.total)] + [str(p.counts[s]) for s in STATES]
            values[-1] += f" ({p.percent_accepted:.0f} %)"
            for j, value in enumerate(values):
                self.table.setItem(i, j, cell(value, right=bool(j)))
        total = sum(p.total for p in progress)
        accepted = sum(p.counts[State.ACCEPTED] for p in progress)
        share = 100.0 * accepted / total if total else 0.0
        self.progress_summary.setText(
            self.tr("{0} of %n segment(s) accepted ({1} %)", "", total).format(accepted, f"{share:.0f}")
        )

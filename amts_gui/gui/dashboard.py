"""The dashboard tab: where each chapter stands (the BLEU study joins it with `amts evaluate`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from amts_gui.core.review_data import ChapterProgress, State


class Dashboard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.summary = QLabel()
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("progress-table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Chapter"),
                self.tr("Segments"),
                self.tr("Untranslated"),
                self.tr("Draft"),
                self.tr("Edited"),
                self.tr("Accepted"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_progress(self, progress: list[ChapterProgress]) -> None:
        self.table.setRowCount(len(progress))
        for i, p in enumerate(progress):
            values = [p.chapter, str(p.total)] + [
                str(p.counts[s]) for s in (State.UNTRANSLATED, State.DRAFT, State.EDITED, State.ACCEPTED)
            ]
            values[-1] += f" ({p.percent_accepted:.0f} %)"
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                if j:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        total = sum(p.total for p in progress)
        accepted = sum(p.counts[State.ACCEPTED] for p in progress)
        share = 100.0 * accepted / total if total else 0.0
        self.summary.setText(self.tr("{0} of {1} segments accepted ({2} %)").format(accepted, total, f"{share:.0f}"))

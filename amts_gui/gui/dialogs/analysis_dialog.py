"""The analysis before a job (Translate ▸ Analyze…): words, segments and billed characters per match band,
for the whole project or one chapter, and what Amazon Translate would charge for it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from amts_gui.core.overview.analysis import BANDS, Analysis, ChapterAnalysis
from amts_gui.engines.amazon.costs import price
from amts_gui.engines.amazon.settings import DEFAULT_ACT_RATE, DEFAULT_RATES_CHECKED, DEFAULT_STANDARD_RATE, AwsSettings

BAND_LABELS = {
    "repetition": QT_TRANSLATE_NOOP("AnalysisDialog", "Repetitions"),
    "cross-file repetition": QT_TRANSLATE_NOOP("AnalysisDialog", "Cross-file repetitions"),
    "100": QT_TRANSLATE_NOOP("AnalysisDialog", "100 %"),
    "95-99": QT_TRANSLATE_NOOP("AnalysisDialog", "95–99 %"),
    "85-94": QT_TRANSLATE_NOOP("AnalysisDialog", "85–94 %"),
    "75-84": QT_TRANSLATE_NOOP("AnalysisDialog", "75–84 %"),
    "50-74": QT_TRANSLATE_NOOP("AnalysisDialog", "50–74 %"),
    "no match": QT_TRANSLATE_NOOP("AnalysisDialog", "No match"),
}


def _cell(text: str, *, number: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class AnalysisDialog(QDialog):
    def __init__(self, analysis: Analysis, settings: AwsSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysis-dialog")
        self.setWindowTitle(self.tr("Analysis"))
        self.analysis, self.settings = analysis, settings
        self.scope = QComboBox()
        self.scope.setObjectName("analysis-scope")
        self.scope.addItem(self.tr("All chapters"), "")
        for chapter in analysis.chapters:
            self.scope.addItem(chapter.chapter, chapter.chapter)
        self.table = QTableWidget(len(BANDS) + 1, 4)
        self.table.setObjectName("analysis-table")
        unit = self.tr("Characters (CJK)") if analysis.counted_by == "characters" else self.tr("Words")
        self.table.setHorizontalHeaderLabels([unit, "%", self.tr("Segments"), self.tr("Billed characters")])
        labels = [QCoreApplication.translate("AnalysisDialog", str(BAND_LABELS[b])) for b in BANDS] + [self.tr("Total")]
        self.table.setVerticalHeaderLabels(labels)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.cost = QLabel()
        self.cost.setObjectName("analysis-cost")
        self.cost.setWordWrap(True)
        self.rules = QLabel(
            self.tr(
                "Counted as Trados counts: a 100 % match stays 100 % when it repeats; repetitions across chapters "
                "apart; a difference only in numbers or code is 100 % when the memory repairs it; a number is "
                "one word, and each Chinese or Japanese character is one word."
            )
        )
        self.rules.setObjectName("analysis-rules")
        self.rules.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("analysis-buttons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addWidget(self.table)
        layout.addWidget(self.rules)
        layout.addWidget(self.cost)
        layout.addWidget(buttons)
        self.scope.currentIndexChanged.connect(lambda _i: self.show_scope())
        self.show_scope()
        self.resize(620, 420)

    def selected(self) -> ChapterAnalysis:
        name = self.scope.currentData()
        return next((c for c in self.analysis.chapters if c.chapter == name), self.analysis.total)

    def show_scope(self) -> None:
        result = self.selected()
        total = result.total_words
        for row, band in enumerate(BANDS):
            count = result.bands[band]
            share = f"{100 * count.words / total:.1f}" if total else "0.0"
            for column, text in enumerate((f"{count.words:,}", share, f"{count.segments:,}", f"{count.characters:,}")):
                self.table.setItem(row, column, _cell(text))
        segments = sum(c.segments for c in result.bands.values())
        for column, text in enumerate((f"{total:,}", "100.0", f"{segments:,}", f"{result.total_characters:,}")):
            self.table.setItem(len(BANDS), column, _cell(text))
        self.cost.setText(self.cost_text(result.total_characters))

    def cost_text(self, characters: int) -> str:
        standard, act = self.settings.standard_rate, self.settings.act_rate
        text = self.tr("Amazon Translate would bill {0:,} characters: realtime ${1:.2f}, ACT batch ${2:.2f}.").format(
            characters, price(characters, self.settings, act=False), price(characters, self.settings, act=True)
        )
        if (standard, act) == (DEFAULT_STANDARD_RATE, DEFAULT_ACT_RATE):
            rates = self.tr("List prices as checked on {0} (${1:.2f} and ${2:.2f} per million); set yours in Settings.")
            return text + " " + rates.format(DEFAULT_RATES_CHECKED, standard, act)
        return text + " " + self.tr("The project's prices: ${0:.2f} and ${1:.2f} per million.").format(standard, act)

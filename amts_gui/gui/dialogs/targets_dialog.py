"""File ▸ Target languages…: the project's targets, each one's own settings, adding one and removing one
(asked first, with a backup kept), as `amts targets` does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from amts_gui.core.errors import AmtsError
from amts_gui.core.project.store import Store
from amts_gui.core.project.targets import (
    TargetSettings,
    add_target,
    remove_target,
    save_target_settings,
    target_settings,
)
from amts_gui.core.text.punctuation import RULES
from amts_gui.gui.common import file_dialogs
from amts_gui.gui.common.messages import translated

NO_THRESHOLD = -1.0  # the spin box's "default": the translator's own threshold


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class TargetsDialog(QDialog):
    targets_changed = Signal()  # a target was added or removed, or its settings saved

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targets-dialog")
        self.setWindowTitle(self.tr("Target languages"))
        self.store = store
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("targets-list")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Target"), self.tr("Reference folder"), self.tr("Memory threshold"), self.tr("QA rules")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.message = QLabel()
        self.message.setObjectName("targets-message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(self._list_buttons())
        layout.addLayout(self._settings_form())
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("targets-close")
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(820, 480)
        self.refresh()

    def _list_buttons(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("&Add a target…"))
        self.add_button.setObjectName("add-target")
        self.add_button.clicked.connect(self.ask_add)
        self.remove_button = QPushButton(self.tr("&Remove the target…"))
        self.remove_button.setObjectName("remove-target")
        self.remove_button.clicked.connect(self.ask_remove)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        return row

    def _settings_form(self) -> QFormLayout:
        self.reference = QLineEdit()
        self.reference.setObjectName("target-reference-root")
        folder = file_dialogs.browse_row(self.reference, "target-reference-browse", self._browse)
        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("target-memory-threshold")
        self.threshold.setRange(NO_THRESHOLD, 100.0)
        self.threshold.setDecimals(0)
        self.threshold.setSuffix(" %")
        self.threshold.setSpecialValueText(self.tr("the translator's own"))
        self.segmentation = QLineEdit()
        self.segmentation.setObjectName("target-segmentation")
        self.rules = {rule: QCheckBox(self.rule_label(rule)) for rule in RULES}
        rules = QHBoxLayout()
        for rule, box in self.rules.items():
            box.setObjectName(f"rule-{rule}")
            box.setToolTip(f"`amts targets set PROJECT LANG --qa-rules {rule}`")
            rules.addWidget(box)
        self.save_button = QPushButton(self.tr("&Save these settings"))
        self.save_button.setObjectName("save-target-settings")
        self.save_button.clicked.connect(self.save_selected)
        form = QFormLayout()
        form.addRow(self.tr("Reference folder"), folder)
        form.addRow(self.tr("Memory threshold"), self.threshold)
        form.addRow(self.tr("Sentence rules of"), self.segmentation)
        form.addRow(self.tr("QA rules"), rules)
        form.addRow(self.save_button)
        return form

    # -- the list ------------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        targets = self.store.targets()
        current = select or self.selected() or self.store.target
        self.table.setRowCount(len(targets))
        for row, lang in enumerate(targets):
            own = target_settings(self.store.for_target(lang))
            threshold = f"{own.memory_threshold:g} %" if own.memory_threshold is not None else "–"
            rules = ", ".join(self.rule_label(rule) for rule in own.qa_rules) or "–"
            for column, text in enumerate((lang, own.reference_root or "–", threshold, rules)):
                self.table.setItem(row, column, _cell(text))
        for column in (0, 2, 3):
            self.table.resizeColumnToContents(column)
        if current in targets:
            self.table.selectRow(targets.index(current))
        self.remove_button.setEnabled(len(targets) > 1)

    def rule_label(self, rule: str) -> str:
        labels = {
            "fullwidth-punctuation": self.tr("Full-width punctuation (，。：)"),
            "halfwidth-punctuation": self.tr("No full-width punctuation"),
            "inverted-marks": self.tr("Opening ¿ and ¡"),
            "sentence-space": self.tr("A space after each sentence"),
            "decimal-comma": self.tr("Decimal comma (3,5) accepted"),
        }
        return labels.get(rule, rule)

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        item = self.table.item(rows[0].row(), 0) if rows else None
        return item.text() if item is not None else None

    def _show_selected(self) -> None:
        lang = self.selected()
        if lang is None:
            return
        own: TargetSettings = target_settings(self.store.for_target(lang))
        self.reference.setText(own.reference_root or "")
        self.threshold.setValue(own.memory_threshold if own.memory_threshold is not None else NO_THRESHOLD)
        self.segmentation.setText(own.segmentation_lang)
        for rule, box in self.rules.items():
            box.setChecked(rule in own.qa_rules)

    def _browse(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("Folder of the reference translation"))
        if folder:
            self.reference.setText(folder)

    # -- changes -------------------------------------------------------------------------------
    def save_selected(self) -> None:
        lang = self.selected()
        if lang is None:
            return
        root = self.reference.text().strip()
        if root and not Path(root).is_dir():
            self.message.setText(self.tr("{0} is not a folder.").format(root))
            return
        changes = {
            "target_root": str(Path(root).resolve()) if root else "",
            "memory.threshold": "" if self.threshold.value() == NO_THRESHOLD else f"{self.threshold.value():g}",
            "segmentation_lang": self.segmentation.text().strip(),
            "qa.rules": ",".join(rule for rule, box in self.rules.items() if box.isChecked()),
        }
        self._apply(lambda: save_target_settings(self.store.for_target(lang), changes), lang)
        self.message.setText(self.tr("Saved {0}'s settings.").format(lang))

    def ask_add(self) -> None:
        lang, ok = QInputDialog.getText(self, self.tr("Add a target"), self.tr("Language code, e.g. ja or pt-BR:"))
        if ok and lang.strip():
            self.add(lang.strip())

    def add(self, lang: str) -> None:
        if self._apply(lambda: add_target(self.store, lang), lang):
            self.message.setText(
                self.tr("Added {0}. Import the chapters again to read its references, once its folder is set.").format(
                    lang
                )
            )

    def ask_remove(self) -> None:
        lang = self.selected()
        if lang is None:
            return
        question = self.tr("Remove {0} and every translation into it? A copy of the project is kept first.")
        answer = QMessageBox.question(self, self.tr("Remove a target"), question.format(lang))
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(lang)

    def remove(self, lang: str) -> None:
        backup: list[Path] = []
        if self._apply(lambda: backup.append(remove_target(self.store, lang)), None):
            self.message.setText(self.tr("Removed {0}; the project before it is kept in {1}.").format(lang, backup[0]))

    def _apply(self, change: Callable[[], object], select: str | None) -> bool:
        """Run ``change``; say what went wrong in words, or show the new state and tell the window."""
        try:
            change()
        except AmtsError as exc:
            self.message.setText(translated(exc))
            return False
        self.refresh(select)
        self.targets_changed.emit()
        return True

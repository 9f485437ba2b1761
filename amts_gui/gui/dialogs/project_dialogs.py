"""New project and Import chapters dialogs."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from amts_gui.core.project.store import Store

LANGUAGES = ("en", "zh", "es", "fr", "de", "ja", "ko", "pt", "ru", "it")
LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")


class NewProjectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new-project-dialog")
        self.setWindowTitle(self.tr("New project"))
        self.path = QLineEdit()
        self.path.setObjectName("project-path")
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("project-browse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.name = QLineEdit()
        self.name.setObjectName("project-name")
        self.source = QComboBox()
        self.source.setObjectName("source-lang")
        self.source.setEditable(True)
        self.source.addItems(LANGUAGES)
        self.target = QComboBox()
        self.target.setObjectName("target-lang")
        self.target.setEditable(True)
        self.target.addItems(LANGUAGES)
        self.target.setCurrentText("zh")
        self.target.setToolTip(self.tr("One or more, separated by commas: zh, es (the first is the default)"))
        form = QFormLayout()
        form.addRow(self.tr("Project file"), row)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Source language"), self.source)
        form.addRow(self.tr("Target languages"), self.target)
        self.error = QLabel()
        self.error.setObjectName("project-error")
        self.error.setStyleSheet("color: #c62828")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("new-project-buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New project"), "book.amts", self.tr("AMTS projects (*.amts)")
        )
        if path:
            self.path.setText(path if path.endswith(".amts") else path + ".amts")

    def accept(self) -> None:
        path = self.path.text().strip()
        if not path:
            self.error.setText(self.tr("Choose where to save the project file."))
            return
        if Path(path).exists():
            self.error.setText(self.tr("{0} already exists; open it instead, or choose another name.").format(path))
            return
        targets = self.targets()
        if not targets or not all(LANGUAGE_CODE.fullmatch(t) for t in targets):
            self.error.setText(self.tr("Give the target languages as codes separated by commas, e.g. zh, es."))
            return
        if self.source.currentText().strip() in targets:
            self.error.setText(self.tr("Source and target languages must differ."))
            return
        super().accept()

    def targets(self) -> list[str]:
        """The target languages typed, in order, each once."""
        return list(dict.fromkeys(t for t in re.split(r"[,\s]+", self.target.currentText().strip()) if t))

    def create_project(self) -> Store:
        return Store.create(
            self.path.text().strip(),
            self.source.currentText().strip(),
            self.targets(),
            name=self.name.text().strip() or None,
        )


def ask_import(parent: QWidget) -> tuple[list[Path], Path | None] | None:
    """Markdown files to import and, optionally, the folder holding their human translations."""
    files, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("ImportChapters", "Import chapters"), "", "d2lbook Markdown (*.md *.mdx)"
    )
    if not files:
        return None
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ImportChapters", "Reference translation"),
        QCoreApplication.translate(
            "ImportChapters", "Do these chapters have a human translation to align with? Choose its folder next."
        ),
    )
    reference = None
    if answer == QMessageBox.StandardButton.Yes:
        folder = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("ImportChapters", "Folder of the reference translation")
        )
        reference = Path(folder) if folder else None
    return [Path(f) for f in files], reference

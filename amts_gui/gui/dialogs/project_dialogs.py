"""New project and Import chapters dialogs."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from amts_gui.core.project.importer import ChapterNameTaken
from amts_gui.core.project.store import Store
from amts_gui.gui.common import file_dialogs

LANGUAGES = ("en", "zh", "es", "fr", "de", "ja", "ko", "pt", "ru", "it")
LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")


class NewProjectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new-project-dialog")
        self.setWindowTitle(self.tr("New project"))
        self.path = QLineEdit()
        self.path.setObjectName("project-path")
        row = file_dialogs.browse_row(self.path, "project-browse", self._browse)
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
        self.source_root = QLineEdit()
        self.source_root.setObjectName("source-root")
        self.source_root.setPlaceholderText(self.tr("the book's source folder (else the folder of the first import)"))
        self.source_root.setToolTip(
            self.tr("A chapter is named by its path under this folder, so chapters in different folders never clash.")
        )
        root_row = file_dialogs.browse_row(self.source_root, "source-root-browse", self._browse_root)
        form = QFormLayout()
        form.addRow(self.tr("Project file"), row)
        form.addRow(self.tr("Source folder"), root_row)
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
        path = file_dialogs.save_file(self, self.tr("New project"), "book.amts", self.tr("AMTS projects (*.amts)"))
        if path:
            self.path.setText(path if path.endswith(".amts") else path + ".amts")

    def _browse_root(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("The book's source folder"))
        if folder:
            self.source_root.setText(folder)

    def accept(self) -> None:
        root = self.source_root.text().strip()
        if root and not Path(root).is_dir():
            self.error.setText(self.tr("{0} is not a folder.").format(root))
            return
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
        root = self.source_root.text().strip()
        return Store.create(
            self.path.text().strip(),
            self.source.currentText().strip(),
            self.targets(),
            source_root=str(Path(root).resolve()) if root else None,
            name=self.name.text().strip() or None,
        )


def ask_import(parent: QWidget) -> tuple[list[Path], Path | None] | None:
    """Markdown files to import and, optionally, the folder holding their human translations."""
    files = file_dialogs.open_files(
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
        folder = file_dialogs.choose_folder(
            parent, QCoreApplication.translate("ImportChapters", "Folder of the reference translation")
        )
        reference = Path(folder) if folder else None
    return [Path(f) for f in files], reference


def ask_new_source(parent: QWidget, taken: ChapterNameTaken) -> bool:
    """Whether a file named like a chapter imported from another file becomes that chapter's source (Cancel first)."""
    title = QCoreApplication.translate("ImportChapters", "Chapter name taken")
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", parent=parent)
    box.setObjectName("chapter-name-taken")
    box.setText(
        QCoreApplication.translate("ImportChapters", "Chapter {0} was imported from\n{1}.").format(
            taken.name, taken.existing
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ImportChapters",
            "Make {0} its new source? Translations of unchanged sentences are kept; the others are marked removed.",
        ).format(taken.incoming)
    )
    replace = box.addButton(
        QCoreApplication.translate("ImportChapters", "Replace the chapter's source"), QMessageBox.ButtonRole.AcceptRole
    )
    replace.setObjectName("chapter-replace-source")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is replace

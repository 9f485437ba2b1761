"""The program's file dialogs: Qt's own dialog, with icons and type names taken from file names alone.

Qt's file dialog guesses each listed file's type by reading its first bytes (``QMimeDatabase`` in the
default icon provider), and a native dialog of the desktop that runs in this process may do the same.
When the folder holds the open project, that read opens and closes the project file, its ``-wal`` and
its ``-shm``, and POSIX then drops every lock this process holds on them: the next SQLite client to
close deletes the project's log, and accepted work is lost (issue 29).  Every dialog of the program is
made here, with :class:`NameOnlyIcons`, so no listed file is ever opened.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QStyle, QTreeView, QWidget

from amts_gui.engines.catalog import QT_TRANSLATE_NOOP

# type names by suffix, as the dialog's Type column shows them (translated when shown)
KNOWN_TYPES = {
    "amts": QT_TRANSLATE_NOOP("FileTypes", "AMTS project"),
    "md": "Markdown",
    "mdx": "MDX",
    "tmx": QT_TRANSLATE_NOOP("FileTypes", "Translation memory (TMX)"),
    "xlf": "XLIFF",
    "xliff": "XLIFF",
    "tbx": QT_TRANSLATE_NOOP("FileTypes", "Glossary (TBX)"),
    "csv": "CSV",
    "tsv": "TSV",
    "html": "HTML",
    "png": QT_TRANSLATE_NOOP("FileTypes", "PNG image"),
}


class NameOnlyIcons(QAbstractFileIconProvider):
    """Icons and type names from the name and ``stat`` of a file, never from its contents."""

    def icon(self, what: QFileInfo | QAbstractFileIconProvider.IconType) -> QIcon:
        style = QApplication.style()
        if isinstance(what, QFileInfo):
            if what.isRoot():
                return style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
            folder = what.isDir()
            return style.standardIcon(QStyle.StandardPixmap.SP_DirIcon if folder else QStyle.StandardPixmap.SP_FileIcon)
        by_kind = {
            QAbstractFileIconProvider.IconType.Computer: QStyle.StandardPixmap.SP_ComputerIcon,
            QAbstractFileIconProvider.IconType.Desktop: QStyle.StandardPixmap.SP_DesktopIcon,
            QAbstractFileIconProvider.IconType.Trashcan: QStyle.StandardPixmap.SP_TrashIcon,
            QAbstractFileIconProvider.IconType.Network: QStyle.StandardPixmap.SP_DriveNetIcon,
            QAbstractFileIconProvider.IconType.Drive: QStyle.StandardPixmap.SP_DriveHDIcon,
            QAbstractFileIconProvider.IconType.Folder: QStyle.StandardPixmap.SP_DirIcon,
        }
        return style.standardIcon(by_kind.get(what, QStyle.StandardPixmap.SP_FileIcon))

    def type(self, info: QFileInfo) -> str:
        # Qt's own words where it has them (and their translations: see qt_strings)
        if info.isRoot():
            return QCoreApplication.translate("QAbstractFileIconProvider", "Drive")
        if info.isDir():
            return QCoreApplication.translate("QAbstractFileIconProvider", "Folder")
        suffix = info.suffix().lower()
        known = KNOWN_TYPES.get(suffix)
        if known is not None:
            return QCoreApplication.translate("FileTypes", known)
        if suffix:
            return QCoreApplication.translate("QAbstractFileIconProvider", "%1 File").replace("%1", suffix.upper())
        return QCoreApplication.translate("QAbstractFileIconProvider", "File")


_icons: NameOnlyIcons | None = None


def name_only_icons() -> NameOnlyIcons:
    global _icons
    if _icons is None:
        _icons = NameOnlyIcons()
    return _icons


def make_dialog(parent: QWidget | None, caption: str, folder: str = "", filters: str = "") -> QFileDialog:
    """Qt's own dialog (a native one may read the files it lists, in this process), naming types by suffix."""
    dialog = QFileDialog(parent, caption, folder, filters)
    dialog.setObjectName("file-dialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, sys.platform != "win32")
    dialog.setIconProvider(name_only_icons())
    dialog.resize(900, 540)  # wide enough that the size, type and date columns read whole
    view = dialog.findChild(QTreeView, "treeView")
    if view is not None:
        view.header().setMinimumSectionSize(90)
        view.header().resizeSection(0, 380)
    return dialog


def _chosen(dialog: QFileDialog) -> list[str]:
    return dialog.selectedFiles() if dialog.exec() else []


def open_file(parent: QWidget | None, caption: str, folder: str = "", filters: str = "") -> str:
    """An existing file to read, or "" when cancelled."""
    dialog = make_dialog(parent, caption, folder, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return next(iter(_chosen(dialog)), "")


def open_files(parent: QWidget | None, caption: str, folder: str = "", filters: str = "") -> list[str]:
    """Existing files to read (none when cancelled)."""
    dialog = make_dialog(parent, caption, folder, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _chosen(dialog)


def save_file(parent: QWidget | None, caption: str, suggested: str = "", filters: str = "") -> str:
    """Where to write a file (asks before replacing one), or "" when cancelled."""
    dialog = make_dialog(parent, caption, suggested, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return next(iter(_chosen(dialog)), "")


def choose_folder(parent: QWidget | None, caption: str, folder: str = "") -> str:
    """An existing folder, or "" when cancelled."""
    dialog = make_dialog(parent, caption, folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return next(iter(_chosen(dialog)), "")


def browse_row(edit: QLineEdit, button_name: str, browse: Callable[[], None]) -> QHBoxLayout:
    """A path field with its Browse… button beside it (``browse`` opens the dialog and fills the field)."""
    button = QPushButton(QCoreApplication.translate("FileDialogs", "Browse…"))
    button.setObjectName(button_name)
    button.clicked.connect(browse)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row

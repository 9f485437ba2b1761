"""Help ▸ About: what the program is for, its version and where the user's data lives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from amts_gui import __version__
from amts_gui.config import user_data_dir


def show_about(parent: QWidget) -> None:
    summary = QCoreApplication.translate(
        "MainWindow",
        "AMTS Studio: post-editing that teaches Amazon Translate (Active Custom Translation) "
        "from every accepted sentence.",
    )
    version, data = (
        QCoreApplication.translate("MainWindow", "Version"),
        QCoreApplication.translate("MainWindow", "Your data"),
    )
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About AMTS Studio"),
        f"{summary}\n\n{version} {__version__}\n{data}: {user_data_dir()}",
    )

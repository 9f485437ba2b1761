"""Render resources/icons/amts-studio.svg to the 256 px PNG beside it (window icon, .desktop icon)."""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"

app = QGuiApplication([])
image = QImage(256, 256, QImage.Format.Format_ARGB32)
image.fill(Qt.GlobalColor.transparent)
painter = QPainter(image)
QSvgRenderer(str(ICONS / "amts-studio.svg")).render(painter)
painter.end()
image.save(str(ICONS / "amts-studio.png"))
print(ICONS / "amts-studio.png")

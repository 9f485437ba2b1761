"""Interface language, colour scheme and fonts, and engine labels in the interface language.

The Simplified Chinese interface ships as ``resources/i18n/amts_zh_CN.qm`` (from the ``.ts`` beside
it); it follows the system locale unless the settings choose a language.  Chinese text is drawn
with a CJK font in the fallback list, so it never falls back to tofu boxes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from amts_gui.config import resources_dir
from amts_gui.engines.catalog import EngineEntry

CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei")


def ui_language(choice: str) -> str:
    """The interface language for a settings choice: ``zh_CN`` or ``en``."""
    if choice == "system":
        return "zh_CN" if QLocale.system().name().startswith("zh") else "en"
    return choice


def translation_file(language: str = "zh_CN") -> str:
    return str(resources_dir() / "i18n" / f"amts_{language}.qm")


def install_translators(app: QCoreApplication, choice: str) -> list[QTranslator]:
    """Load our translation and Qt's own (standard buttons and dialogs); keep the result alive.

    English has a translation too: the plural forms of ``%n`` strings ("1 chapter", "2 chapters")."""
    language = ui_language(choice)
    installed = []
    ours = QTranslator(app)
    if ours.load(translation_file(language)):
        app.installTranslator(ours)
        installed.append(ours)
    if language != "zh_CN":
        return installed
    qt = QTranslator(app)
    if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def apply_theme(app: QApplication, theme: str) -> None:
    """``system`` follows the desktop's light/dark setting; ``light``/``dark`` force one."""
    if theme == "system":
        return
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt ≥ 6.8
        app.setStyle("Fusion")
        hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)


def apply_fonts(app: QApplication) -> None:
    """Keep the platform font first and put a Simplified Chinese font right behind it."""
    font = QFont(app.font())
    font.setFamilies([font.family(), *CJK_FAMILIES])
    app.setFont(font)


def app_icon_file() -> str:
    return str(resources_dir() / "icons" / "amts-studio.png")


def apply_icon(app: QApplication) -> None:
    """The window and task-bar icon (the same picture as the Linux ``.desktop`` entry's); on Wayland the
    desktop finds that entry by this name."""
    app.setWindowIcon(QIcon(app_icon_file()))
    app.setDesktopFileName("amts-studio")


def engine_label(entry: EngineEntry) -> str:
    """An engine's label from the catalog, in the interface language."""
    return QCoreApplication.translate("Engines", entry.label)

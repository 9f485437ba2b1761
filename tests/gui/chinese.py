"""Finding English in the Chinese interface: every text a user can see in a widget tree, and the words
in it that are English rather than allowed names (source text, paths, engines, file formats, keys)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# names that stay as they are in a Chinese interface: products, services, formats, metrics, keys, units
ALLOWED = {
    "AMTS",
    "Studio",
    "OmegaT",  # product names: the keymap profiles
    "Trados",
    "memoQ",
    "Amazon",
    "Translate",
    "AWS",
    "ACT",
    "S3",
    "IAM",
    "TMX",
    "CSV",
    "TSV",
    "XLIFF",
    "TBX",
    "BLEU",
    "chrF",
    "HTER",
    "TER",
    "Markdown",
    "UTF",
    "Ctrl",
    "Shift",
    "Alt",
    "Enter",
    "Return",
    "Esc",
    "Tab",
    "PgUp",
    "PgDown",
    "Home",
    "End",
    "Del",
    "Delete",
    "Ins",
    "Space",
    "Backspace",
    "amts",
    "json",
    "tmx",
    "csv",
    "tsv",
    "md",
    "mdx",
    "http",
    "https",
    "ARN",
    "arn",
    "KMS",
    "SDK",
    "API",
    "URL",
    "Qt",
    "Linux",
    "Windows",
    "macOS",
    "TM",
    "MT",
    "QA",
    "GB",
    "MB",
    "KB",
    "zh",
    "en",
    "CN",
    "png",
    "svg",
    "pdf",
    "html",
    "Noto",
    "Sans",
    "CJK",
    "SC",
    "Fusion",
    "d2l",
    "DOCTYPE",
    "DTD",
    "TranslateText",
    "DataAccessRoleArn",
    "boto",  # AWS's own names
    "English",  # a language picker names each language in its own language
}
WORD = re.compile(r"[A-Za-z][A-Za-z]{2,}")


def widget_texts(root: QWidget) -> Iterator[str]:
    """The texts a user sees in ``root`` and its visible children (menus, every tab's page, headers, items
    and tooltips included)."""
    texts: list[str] = []
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisibleTo(root):
            current = tabs.currentIndex()
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                texts += _visible_texts(tabs.widget(i), root)
            tabs.setCurrentIndex(current)
    texts += _visible_texts(root, root)
    yield from texts
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            yield from _menu_texts(action.text(), action.menu())


def _visible_texts(top: QWidget, root: QWidget) -> list[str]:
    return [t for w in [top, *top.findChildren(QWidget)] if w is root or w.isVisibleTo(root) for t in _own_texts(w)]


def _own_texts(w: QWidget) -> Iterator[str]:
    yield w.toolTip()
    if w.isWindow() and w.windowTitle():
        yield w.windowTitle()
    if isinstance(w, QLabel | QAbstractButton):
        yield w.text()
    if isinstance(w, QGroupBox):
        yield w.title()
    if isinstance(w, QLineEdit):
        yield w.placeholderText()
    if isinstance(w, QPlainTextEdit | QTextEdit):
        yield w.placeholderText()
    if isinstance(w, QComboBox):
        yield from (w.itemText(i) for i in range(w.count()))
    if isinstance(w, QTabWidget):
        yield from (w.tabText(i) for i in range(w.count()))
    if isinstance(w, QAbstractItemView) and w.model() is not None:
        model = w.model()
        for section in range(model.columnCount()):
            yield str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        yield from _cells(model, w.rootIndex())
    for action in w.actions():
        yield action.text()
        yield action.toolTip()


def _cells(model, parent, depth: int = 0) -> Iterator[str]:
    """Display texts and tooltips of the first rows, and of their children (a tree's chapters)."""
    for row in range(min(model.rowCount(parent), 40)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
        if depth < 3:
            yield from _cells(model, model.index(row, 0, parent), depth + 1)


def _menu_texts(title: str, menu: QMenu | None) -> Iterator[str]:
    yield title
    if menu is None:
        return
    for action in menu.actions():
        yield from _menu_texts(action.text(), action.menu())


def english(texts: Iterable[str], allowed_text: Iterable[str] = ()) -> list[str]:
    """The texts with English words left once allowed names and ``allowed_text`` (source sentences, paths)
    are taken out."""
    allowed = sorted({t for t in allowed_text if t}, key=len, reverse=True)
    found = []
    for text in texts:
        rest = re.sub(r"<[^>]+>", " ", text or "")  # rich-text tags
        rest = re.sub(r"\S+\.(?:md|mdx|amts|tmx|csv|tsv|json|png|qm)\b|\S*[/\\]\S*", " ", rest)  # file names, paths
        rest = re.sub(r"&(?=\w)", "", rest)  # mnemonics
        rest = re.sub(r"`[^`]*`", " ", rest)  # commands and code
        for piece in allowed:
            rest = rest.replace(piece, " ")
        words = [w for w in WORD.findall(rest) if w not in ALLOWED]
        if words:
            found.append(f"{text!r} ({' '.join(words)})")
    return sorted(set(found))

"""The start-time anchor: a bare PySide6 window with a tree, a 200-row table and a text box.

Run: python3 benchmarks/anchors/bare_window.py — prints ``first-paint <epoch seconds>`` at the
first paint of the window and quits, exactly like ``amts-gui --report-first-paint``.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QSplitter, QTableView, QTreeView


class FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self.app.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    splitter = QSplitter()
    tree_model = QStandardItemModel()
    for part in range(10):
        item = QStandardItem(f"chapter {part}")
        item.appendRows([QStandardItem(f"section {part}.{k}") for k in range(5)])
        tree_model.appendRow(item)
    tree = QTreeView()
    tree.setModel(tree_model)
    table_model = QStandardItemModel(200, 3)
    for row in range(200):
        for column in range(3):
            table_model.setItem(row, column, QStandardItem(f"segment {row} text {column}"))
    table = QTableView()
    table.setModel(table_model)
    splitter.addWidget(tree)
    splitter.addWidget(table)
    splitter.addWidget(QPlainTextEdit("a text box"))
    window.setCentralWidget(splitter)
    window.resize(1200, 800)
    spy = FirstPaint(app)
    window.installEventFilter(spy)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

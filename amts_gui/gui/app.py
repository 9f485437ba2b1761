"""`amts-gui [PROJECT.amts]`: open a project, or the built-in demo project.

``--screenshot FILE`` renders the main window offscreen to a PNG and exits (for the README).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from amts_gui.core.errors import AmtsError
from amts_gui.core.store import Store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from amts_gui.gui.main_window import MainWindow


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="amts-gui", description="AMTS Studio")
    parser.add_argument("project", nargs="?", help="project file; the demo project when omitted")
    parser.add_argument("--demo", action="store_true", help="open the built-in demo project")
    parser.add_argument("--screenshot", metavar="FILE.png", help="render the main window to a PNG and exit")
    parser.add_argument("--chapter", metavar="NAME", help="with --screenshot: the chapter to show")
    parser.add_argument("--size", default="1280x760", help="with --screenshot: window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication, QMessageBox

    from amts_gui.demo import open_demo_project
    from amts_gui.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("AMTS Studio")
    try:
        store = Store(args.project) if args.project and not args.demo else open_demo_project()
    except AmtsError as exc:
        QMessageBox.critical(None, "AMTS Studio", str(exc))
        return 2
    window = MainWindow(store)
    if args.screenshot:
        return _screenshot(app, window, args.screenshot, args.chapter, args.size)
    window.show()
    return int(app.exec())


def _screenshot(app: QApplication, window: MainWindow, out: str, chapter: str | None, size: str) -> int:
    from PySide6.QtCore import Qt

    width, _, height = size.partition("x")
    window.resize(int(width), int(height))
    if chapter:
        matches = window.chapters.findItems(chapter, Qt.MatchFlag.MatchExactly)
        if not matches:
            print(f"amts-gui: error: no chapter named {chapter!r}", file=sys.stderr)
            return 2
        window.chapters.setCurrentItem(matches[0])
    window.show()
    app.processEvents()
    window.table.resizeRowsToContents()
    app.processEvents()
    if not window.grab().save(out):
        print(f"amts-gui: error: cannot write {out}", file=sys.stderr)
        return 2
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

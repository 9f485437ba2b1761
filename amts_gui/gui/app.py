"""`amts-gui [PROJECT.amts]`: open a project; with no argument, the last project, and on the very
first start the demo project (copied into the user's data folder).

``--screenshot FILE`` renders the main window offscreen to a PNG and exits (for the README).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from amts_gui import __version__
from amts_gui.core.errors import AmtsError

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from amts_gui.core.project.store import Store
    from amts_gui.gui.common.preferences import Preferences
    from amts_gui.gui.main_window import MainWindow


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="amts-gui", description="AMTS Studio")
    parser.add_argument("--version", action="version", version=f"AMTS Studio (amts-gui) {__version__}")
    parser.add_argument("project", nargs="?", help="project file; default: the last one, or the demo project")
    parser.add_argument("--project", dest="project_option", metavar="P", help="project file (same as PROJECT)")
    parser.add_argument("--demo", action="store_true", help="open the built-in demo project")
    parser.add_argument("--screenshot", metavar="FILE.png", help="render the main window to a PNG and exit")
    parser.add_argument("--chapter", metavar="NAME", help="open at this chapter")
    parser.add_argument("--segment", type=int, metavar="N", help="open at segment N of the chapter (1-based)")
    parser.add_argument("--tab", choices=("review", "dashboard"), default="review", help="with --screenshot: the tab")
    parser.add_argument("--size", default="1400x860", help="with --screenshot: window size, WIDTHxHEIGHT")
    parser.add_argument("--language", choices=("system", "en", "zh_CN"), help="interface language for this run")
    parser.add_argument("--report-first-paint", action="store_true", help=argparse.SUPPRESS)  # bench_gui.py
    # the real-window tests: where the named widgets are on the screen, once the window is shown
    parser.add_argument("--report-widgets", metavar="FILE.json", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def open_start_project(args: argparse.Namespace, prefs: Preferences) -> tuple[Store, str]:
    """The project to start with, and a note for the status bar when the last one could not be opened."""
    from amts_gui.core.project.store import Store

    explicit = args.project_option or args.project
    if explicit and not args.demo:
        return Store(explicit), ""
    from amts_gui.demo.book import open_demo_project

    last = prefs.last_project
    if last and not args.demo:
        if Path(last).exists():
            try:
                return Store(last), ""
            except AmtsError as exc:
                return open_demo_project(), f"Could not open the last project: {exc}"
        return open_demo_project(), f"The last project {last} is gone; showing the demo project."
    return open_demo_project(), ""


def log_to_file() -> Path:
    """Details of unexpected errors go to ``amts-gui.log`` in the user's data folder (1 MB, 3 kept)."""
    import logging
    from logging.handlers import RotatingFileHandler

    from amts_gui.config import user_data_dir

    path = user_data_dir() / "amts-gui.log"
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    # Starting makes many objects and no garbage; collecting meanwhile cost about a tenth of the start.
    # Once the window is up, garbage is collected on the GUI thread (collect_garbage_on_the_gui_thread).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv)
    finally:
        if collecting:
            gc.enable()


def answer_pyside_scan_by_layer() -> None:
    """PySide reads the source of every module imported after it, looking for the word PySide6, to
    know whether the module may use ``from __feature__ import ...`` (we use none). Our layering gives
    the answer without reading a file: only ``amts_gui.gui`` imports Qt (tests/test_architecture.py).
    That is 5 ms of the start; any other module is still asked PySide's way."""
    feature = sys.modules.get("PySide6.support.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if scan is None or getattr(scan, "by_layer", False):
        return  # another PySide, or done already

    def uses_pyside(module: object) -> bool:
        name = str(getattr(module, "__name__", ""))
        if name == "amts_gui" or name.startswith("amts_gui."):
            return name.startswith("amts_gui.gui")
        return bool(scan(module))

    uses_pyside.by_layer = True  # type: ignore[attr-defined]
    uses_pyside.pyside_scan = scan  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


def _main(argv: Sequence[str] | None) -> int:
    args = parse_args(argv)
    if not (args.screenshot or args.report_first_paint):
        log_to_file()
    if args.screenshot or args.report_first_paint:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    answer_pyside_scan_by_layer()
    from amts_gui.gui.common.look import apply_fonts, apply_icon, apply_theme, install_translators
    from amts_gui.gui.common.preferences import APPLICATION, ORGANIZATION, Preferences

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    prefs = Preferences(_scratch_settings()) if args.screenshot or args.report_first_paint else Preferences()
    apply_fonts(app)
    apply_icon(app)
    apply_theme(app, prefs.theme)
    translators = install_translators(app, args.language or prefs.language)
    try:
        return _run(app, args, prefs)
    finally:
        for translator in translators:  # main() may run again in the same process (tests, screenshots)
            app.removeTranslator(translator)


def _run(app: QApplication, args: argparse.Namespace, prefs: Preferences) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    try:
        store, note = open_start_project(args, prefs)
    except AmtsError as exc:
        if args.screenshot:
            print(f"amts-gui: error: {exc}", file=sys.stderr)
        else:
            from amts_gui.gui.common.messages import translated

            QMessageBox.critical(None, "AMTS Studio", translated(exc))
        return 2

    from amts_gui.gui.main_window import MainWindow

    window = MainWindow(store, prefs)
    if not (args.screenshot or args.report_first_paint):
        from amts_gui.gui.common.unexpected import report_unexpected_errors

        report_unexpected_errors(window.notify, log_to_file())
    if note:
        window.notify(note)
    if args.screenshot:
        return _screenshot(app, window, args)
    if args.report_first_paint:
        return _report_first_paint(app, window)
    if args.chapter and not window.tree.select(args.chapter):
        window.notify(QCoreApplication.translate("App", "No chapter named {0}").format(repr(args.chapter)))
    window.show()
    if args.segment:
        window.review.select_proxy_row(max(0, args.segment - 1))
    if args.report_widgets:
        _report_widgets_soon(window, args.report_widgets)
    from amts_gui.gui.common.garbage import GarbageCollector

    collector = GarbageCollector(app)
    try:
        return int(app.exec())
    finally:
        collector.stop()
        gc.enable()


def _report_widgets_soon(window: MainWindow, path: Path) -> None:
    """Write the screen rectangles of the window's named, visible widgets to ``path`` (JSON), once the
    window is laid out, and again after each change of tab: the real-window tests click by them."""
    import json

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from amts_gui.core.fileio import atomic_write_text

    last = [""]
    from amts_gui.gui.common.dialog_watch import watch_dialogs

    watcher = watch_dialogs(window)

    def write() -> None:
        rects: dict[str, object] = {}
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.objectName() and widget.isVisible():
                corner = widget.mapToGlobal(widget.rect().topLeft())
                rects[widget.objectName()] = [corner.x(), corner.y(), widget.width(), widget.height()]
        rects["_table"] = _table_facts(window)
        rects["_dialogs"] = watcher.seen
        rects["_keys_into_dialogs"] = watcher.keys
        text = json.dumps(rects)
        if text != last[0]:  # again whenever something moved (a resize, a tab, a pane)
            last[0] = text
            atomic_write_text(path, text)

    timer = QTimer(window)
    timer.timeout.connect(write)
    QTimer.singleShot(800, lambda: timer.start(400))
    QTimer.singleShot(800, write)


def _table_facts(window: MainWindow) -> dict[str, object]:
    """What the segment list shows: whole rows in view, and the column headers whose text is cut."""
    from PySide6.QtCore import Qt

    table = window.review.table
    header = table.horizontalHeader()
    model = table.model()
    metrics = header.fontMetrics()
    clipped = [
        str(model.headerData(i, Qt.Orientation.Horizontal))
        for i in range(header.count())
        if header.sectionSize(i) < metrics.horizontalAdvance(str(model.headerData(i, Qt.Orientation.Horizontal))) + 8
    ]
    row = table.verticalHeader().defaultSectionSize()
    return {"rows": table.viewport().height() // row, "clipped_headers": clipped, "row_height": row}


def _scratch_settings() -> QSettings:
    """Throw-away preferences, so screenshots and benchmarks never change the user's."""
    import tempfile

    from PySide6.QtCore import QSettings

    folder = tempfile.mkdtemp(prefix="amts-gui-")
    return QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)


def _report_first_paint(app: QApplication, window: MainWindow) -> int:
    """Print the wall-clock time of the first paint of the main window, then quit (bench_gui.py)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
                self.seen = True
                print(f"first-paint {time.time():.6f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()
    window.close()
    return 0


def _screenshot(app: QApplication, window: MainWindow, args: argparse.Namespace) -> int:
    width, _, height = args.size.partition("x")
    window.resize(int(width), int(height))
    if args.chapter and not window.tree.select(args.chapter):
        print(f"amts-gui: error: no chapter named {args.chapter!r}", file=sys.stderr)
        return 2
    window.show()
    app.processEvents()
    if args.segment:
        window.review.select_proxy_row(max(0, args.segment - 1))
    for _ in range(3):
        app.processEvents()
    window.runner.pool.waitForDone(10_000)  # suggestions for the selected segment
    app.processEvents()
    if args.tab == "dashboard":
        window.show_dashboard()
        window.runner.pool.waitForDone(10_000)  # the scores
        app.processEvents()
        if window.dashboard.scores.rowCount():
            window.dashboard.scores.selectRow(0)  # and the chapter's worst segments
            window.runner.pool.waitForDone(10_000)
        for _ in range(3):
            app.processEvents()
    ok = window.grab().save(args.screenshot)
    window.close()
    if not ok:
        print(f"amts-gui: error: cannot write {args.screenshot}", file=sys.stderr)
        return 2
    print(args.screenshot)
    return 0


if __name__ == "__main__":
    sys.exit(main())

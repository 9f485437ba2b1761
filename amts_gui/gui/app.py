"""`amts-gui [PROJECT.amts]`: open a project, or the built-in demo project."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from amts_gui.core.errors import AmtsError
from amts_gui.core.store import Store


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="amts-gui", description="AMTS Studio")
    parser.add_argument("project", nargs="?", help="project file; the demo project when omitted")
    parser.add_argument("--demo", action="store_true", help="open the built-in demo project")
    args = parser.parse_args(argv)

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
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())

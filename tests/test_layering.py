import subprocess
import sys

from tests.conftest import REPO


def test_core_and_engines_do_not_import_qt():
    code = (
        "import sys, pkgutil, importlib, amts_gui.core, amts_gui.engines\n"
        "for pkg in (amts_gui.core, amts_gui.engines):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(f'{pkg.__name__}.{m.name}')\n"
        "import amts_gui.cli.main\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0, proc.stdout + proc.stderr

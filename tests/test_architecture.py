"""The layout's rules, checked on the source: layers, cycles, where SQL lives, one engine catalog, sizes.

Imports are read with ``ast`` from every module of ``amts_gui`` – at the top, inside functions and
under ``TYPE_CHECKING`` alike – so a cycle hidden behind a lazy or typing-only import is a cycle too.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "amts_gui"
QT = ("PySide6", "shiboken6", "pyqtgraph")
QT_FREE = ("amts_gui.core", "amts_gui.engines", "amts_gui.studies", "amts_gui.cli")
SQL = re.compile(r"\.execute(many)?\(|\.db\[|\.query\(|\.db\.|\bsqlite3\b")
MAX_MODULE_LINES = 450
MAX_FUNCTION_LINES = 60
TABLE_DEFINITIONS = {"amts_gui.core.project.migrations"}  # CREATE TABLE statements, kept whole


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, ast.Module]:
    return {module_name(path): ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in PACKAGE.rglob("*.py")}


def imported(name: str, tree: ast.Module) -> set[str]:
    """The amts_gui modules that ``name`` imports, wherever in the module the import stands."""
    known, found = modules(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            base = node.module if node.level == 0 else None
            assert base is not None, f"{name}: relative import of {node.module}"
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        found |= {t for t in targets if t.startswith("amts_gui") and t != name}
    return found


def graph() -> dict[str, set[str]]:
    return {name: imported(name, tree) for name, tree in modules().items()}


def package_of(module: str) -> str:
    """A module's package: the folder it is in (a package's ``__init__`` belongs to that package).
    ``python -m amts_gui`` runs ``__main__``, which nothing imports: it stands apart, as a script."""
    if module.endswith(".__main__"):
        return module
    path = PACKAGE.parent / module.replace(".", "/")
    return module if path.is_dir() else module.rpartition(".")[0]


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_between_modules():
    assert cycles(graph()) == []


def test_no_import_cycle_between_packages():
    packages: dict[str, set[str]] = defaultdict(set)
    for module, targets in graph().items():
        here = package_of(module)
        for target in targets:
            there = package_of(target)
            # a package may use its own parents' plain modules (errors, progress, the version); the
            # parent's modules may not import the package back (that would be a cycle below)
            if there != here:
                packages[here].add(there)
    assert cycles(packages) == []


def test_core_engines_studies_and_cli_never_import_qt():
    offenders = []
    for name, tree in modules().items():
        if not name.startswith(QT_FREE):
            continue
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{name}: {n}" for n in names if n.split(".")[0] in QT]
    assert offenders == []


def test_importing_core_engines_studies_and_the_cli_loads_no_qt():
    code = (
        "import sys, pkgutil, importlib, amts_gui.core, amts_gui.engines, amts_gui.studies, amts_gui.cli\n"
        "for pkg in (amts_gui.core, amts_gui.engines, amts_gui.studies, amts_gui.cli):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_sql_lives_in_the_project_package_only():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if module_name(path).startswith("amts_gui.core.project"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if SQL.search(line):
                offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert offenders == []


def engine_names() -> set[str]:
    from amts_gui.engines import catalog

    return set(catalog.names()) | set(catalog.variant_keys())


def test_engine_names_are_written_only_in_the_catalog():
    names, offenders = engine_names(), []
    for name, tree in modules().items():
        if name == "amts_gui.engines.catalog":
            continue
        offenders += [
            f"{name}:{node.lineno}: {node.value!r}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in names
        ]
    assert offenders == []


def test_the_checks_above_would_notice():
    """The detectors themselves: a cycle, SQL and an engine name are found where they are."""
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert SQL.search('store.db.execute("SELECT 1")') and not SQL.search("executor.submit(job)")
    tree = ast.parse('ENGINE = "amazon-act"')
    assert any(isinstance(n, ast.Constant) and n.value in engine_names() for n in ast.walk(tree))


@pytest.mark.parametrize("limit", [MAX_MODULE_LINES])
def test_no_module_is_longer_than_the_limit(limit):
    long = {
        str(path.relative_to(REPO)): n
        for path in PACKAGE.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > limit
    }
    assert long == {}


def test_no_function_is_longer_than_the_limit():
    long = []
    for name, tree in modules().items():
        if name in TABLE_DEFINITIONS:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long.append(f"{name}.{node.name}: {length} lines")
    assert long == []

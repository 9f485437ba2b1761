"""The mutation score per module, from the results mutmut leaves in ``mutants/``; prints JSON.

Run the mutants first (``python3 -m mutmut run``, configured under ``[tool.mutmut]`` in pyproject.toml:
the modules a restructure can break silently, and the tests that cover them), then this script.

Score = (killed + timed out) / every mutant that was run.  A mutant no test reaches ("no tests") counts
as surviving.  Two kinds of survivor are equivalent by construction and reported apart, not hidden:

* ``sql_case``: the mutation only changes the letter case of an SQL string or of a column name
  (SQL keywords and SQLite's identifiers are case-insensitive);
* ``strict_zip``: it only drops or flips ``strict=`` of a ``zip`` over sequences of equal length.

``score`` counts them as survivors; ``score_without_equivalent`` leaves them out.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from functools import cache
from pathlib import Path

KILLED = {1, 3, 36, -24, 24, 152, 255, 37, -11, -9}
SURVIVED = {0, 5, 33}  # survived, and no test reached it
SQL_WORDS = re.compile(r"\b(?:select|insert|update|delete|from|where|order by|values|limit|count)\b", re.IGNORECASE)
STRING = re.compile(r"\"([^\"]*)\"")


def equivalent_kind(root: Path, name: str) -> str | None:
    """``sql_case`` or ``strict_zip`` when the mutant's diff is one of those, else None."""
    diff = subprocess.run(
        [sys.executable, "-m", "mutmut", "show", name], cwd=root, capture_output=True, text=True
    ).stdout
    removed = [line[1:] for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    if len(removed) != 1 or len(added) != 1:
        return None
    old, new = removed[0], added[0]
    if old != new and old.lower() == new.lower() and _only_sql_changed(old, new):
        return "sql_case"
    zipped = re.compile(r"zip\((.*?)(?:,\s*strict=\w+)?\s*,?\s*\)")
    if "zip(" in old and "strict=" in old and zipped.sub(r"zip(\1)", old) == zipped.sub(r"zip(\1)", new):
        return "strict_zip"
    return None


def _status(code: int | None) -> str:
    return "killed" if code in KILLED else "survived" if code in SURVIVED else "not run"


@cache
def column_names() -> frozenset[str]:
    """Every column of the project file's tables, from a new project."""
    from amts_gui.core.project.store import Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store.create(Path(folder) / "p.amts", "en", "zh")
        db = store.db
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        names = {r[1] for table in tables for r in db.execute(f'PRAGMA table_info("{table}")')}
        store.close()
    return frozenset(names)


def _only_sql_changed(old: str, new: str) -> bool:
    """Every string literal that changed is SQL, or a column name used as a row's key (SQLite folds the
    case of identifiers)."""
    changed = [a for a, b in zip(STRING.findall(old), STRING.findall(new), strict=False) if a != b]
    return bool(changed) and all(SQL_WORDS.search(a) or (a in column_names() and f'"{a}":' in old) for a in changed)


def module_scores(root: Path) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for meta in sorted((root / "mutants").rglob("*.py.meta")):
        codes: dict[str, int | None] = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        module = str(meta.relative_to(root / "mutants")).removesuffix(".meta")
        counts = Counter(
            "killed" if c in KILLED else "survived" if c in SURVIVED else "not run" for c in codes.values()
        )
        survivors = [name for name, c in codes.items() if c in SURVIVED]
        equivalent = Counter(kind for name in survivors if (kind := equivalent_kind(root, name)))
        run = counts["killed"] + counts["survived"]
        out[module] = {
            "mutants": len(codes),
            "killed": counts["killed"],
            "survived": counts["survived"],
            "not_run": counts["not run"],
            "equivalent": dict(equivalent),
            "score": round(counts["killed"] / run, 3) if run else None,
            "score_without_equivalent": round(counts["killed"] / (run - sum(equivalent.values())), 3) if run else None,
        }
    return out


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    scores = module_scores(root)
    killed = sum(int(s["killed"]) for s in scores.values())  # type: ignore[call-overload]
    run = killed + sum(int(s["survived"]) for s in scores.values())  # type: ignore[call-overload]
    print(
        json.dumps(
            {"modules": scores, "total": {"run": run, "killed": killed, "score": round(killed / run, 3)}}, indent=2
        )
    )


if __name__ == "__main__":
    main()

"""The benchmark scripts still import: a renamed module breaks them, and nothing else runs them."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.conftest import REPO

SCRIPTS = sorted((REPO / "benchmarks").glob("*.py"))


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.stem for s in SCRIPTS])
def test_a_benchmark_script_imports_and_has_a_main(script):
    spec = importlib.util.spec_from_file_location(f"benchmark_{script.stem}", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)  # runs its imports, not its main()
    assert callable(module.main)


def _compare_module():
    spec = importlib.util.spec_from_file_location("benchmark_compare", REPO / "benchmarks" / "compare.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_compare_flags_a_figure_more_than_a_fifth_worse_in_its_own_direction(tmp_path, capsys):
    compare = _compare_module()
    figures = (compare.Figure("summary.start_vs_bare", "lower"), compare.Figure("summary.recall", "higher"))
    recorded = {"summary": {"start_vs_bare": 2.0, "recall": 0.98}}
    lines, flagged = compare.compare("b", recorded, {"summary": {"start_vs_bare": 2.3, "recall": 0.97}}, figures)
    assert flagged == 0 and len(lines) == 2
    lines, flagged = compare.compare("b", recorded, {"summary": {"start_vs_bare": 2.5, "recall": 0.7}}, figures)
    assert flagged == 2 and all("WORSE" in line for line in lines)
    lines, flagged = compare.compare("b", recorded, {"summary": {"start_vs_bare": 1.0, "recall": 0.99}}, figures)
    assert flagged == 0 and "+50%" in lines[0]
    run = tmp_path / "now.json"
    run.write_text('{"sets": {"d2l-dev": {"amts": {"strict": {"f1": 0.5}}}}}', encoding="utf-8")
    assert compare.main(["--only", "bench_align", "--from", f"bench_align={run}"]) == 1
    assert "WORSE" in capsys.readouterr().out

"""The README's term QA figures are the recorded benchmark results, not numbers typed by hand."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_the_readme_quotes_the_recorded_term_figures():
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from bench_term_findings import readme_figures
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    results = REPO / "benchmarks" / "results"
    findings = json.loads((results / "bench_term_findings.json").read_text(encoding="utf-8"))
    matching = json.loads((results / "bench_term_matching.json").read_text(encoding="utf-8"))
    frozen = json.loads((results / "bench_term_findings-heldout-f.json").read_text(encoding="utf-8"))
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert readme_figures(findings, matching, frozen) in readme
    assert "0.955" not in readme and "0.984 (`benchmarks/bench_term_matching.py`)" not in readme

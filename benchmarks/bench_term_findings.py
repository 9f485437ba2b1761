"""Term QA judged as a translator judges it: how many of its warnings are real.

Run: python3 benchmarks/bench_term_findings.py [--out FILE]

The whole Chinese D2L edition (``../shared/data/d2l-book``: ``en_origin`` with ``zh``) is imported and
aligned into sentence pairs, with its ``zh/TERMINOLOGY.md`` as the glossary.  Then:

- **findings**: the glossary's use is surveyed (``amts terms list`` does the same), then every pair of
  the annotated chapters is checked by the review's term QA (``core.project.terms.term_finder`` and
  ``core.text.qa.term_findings``), and each finding is looked up in the hand annotations
  ``benchmarks/annotations/term-findings-zh*.json`` (real: another word used, or the term left out;
  false: the word in another sense, a wrong word, or an alignment artifact).  The findings the matcher
  made before issue 31 are recorded there (``before``); today's are computed.  Prints, per sample and
  for all six, the findings by class before and after, the share that is real, and how many of the
  real findings of before are still found.  The samples say how they were used: the first five shaped
  the rules, the sixth (``-f``) was annotated with the rules frozen and is the held-out figure (as recorded
  then: ``results/bench_term_findings-heldout-f.json``).  A
  finding not in an annotation is listed as unannotated (the figures then need a look).
- **ambiguity**: the entries the project's pairs flag as ambiguous (``core.project.term_usage``), which
  ``amts terms push`` leaves out of Amazon's Custom Terminology.

Prints one JSON object; with ``--out`` writes it too.  Needs ../shared (prints a reason otherwise).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
BOOK = REPO.parent / "shared" / "data" / "d2l-book"
ANNOTATIONS = sorted((REPO / "benchmarks" / "annotations").glob("term-findings-zh*.json"))


def _book_store() -> Any:
    from amts_gui.core.parallel.project_pairs import align_chapter
    from amts_gui.core.project.chapters import list_chapters
    from amts_gui.core.project.importer import import_paths
    from amts_gui.core.project.store import Store
    from amts_gui.core.project.terms import save_terms
    from amts_gui.core.terms.files import read_glossary

    store = Store.create(Path(tempfile.mkdtemp(prefix="amts-bench-findings-")) / "book.amts", "en", "zh")
    import_paths(store, [BOOK / "en_origin"], reference_root=BOOK / "zh")
    for chapter in list_chapters(store):
        if chapter.has_reference:
            align_chapter(store, chapter.path)
    save_terms(store, read_glossary(BOOK / "zh" / "TERMINOLOGY.md", "en", "zh"))
    from amts_gui.core.project.term_survey import term_usage

    term_usage(store)  # as `amts align` and `amts terms import` do: QA reads the survey
    return store


Finding = tuple[str, str, str, str]  # (chapter, SHA-1 of the pair's English, entry, written)


def findings_of(store: Any, chapters: list[str]) -> tuple[list[Finding], set[tuple[str, str]]]:
    """Every term finding in these chapters, and the pairs of more than one segment (chapter, SHA-1): a
    source paragraph the aligner merged, whose translation may hold only part of it."""
    from amts_gui.core.project.pairs import list_pairs
    from amts_gui.core.project.terms import term_finder
    from amts_gui.core.text.placeholders import protect
    from amts_gui.core.text.qa import term_findings

    finder = term_finder(store)
    found = []
    merged = set()
    for pair in list_pairs(store, granularity="sentence"):
        if pair.chapter not in chapters or pair.flagged:
            continue
        english, chinese = protect(pair.source)[0], protect(pair.target)[0]
        entries = {}
        for match in finder.find(english):
            entries.setdefault(match.text(english), match.entry.source)
        digest = hashlib.sha1(pair.source.encode("utf-8")).hexdigest()[:12]
        if len(pair.segment_ids) > 1:
            merged.add((pair.chapter, digest))
        for finding in term_findings(finder, english, chinese):
            written = str(finding.detail).split(" → ")[0].split(":")[0]
            found.append((pair.chapter, digest, entries.get(written, written), written))
    return found, merged


def _table(labels: list[str], real: set[str]) -> dict[str, Any]:
    counts = Counter(labels)
    total = len(labels)
    return {
        "findings": total,
        "by_class": dict(sorted(counts.items())),
        "real": sum(counts[c] for c in real),
        "real_share": round(sum(counts[c] for c in real) / total, 3) if total else None,
    }


def judge(
    annotation: dict[str, Any], today: list[Finding], leave_out: set[tuple[str, str]] = frozenset()
) -> dict[str, Any]:
    """Before and after, by class, from the annotation and today's findings (but on the pairs left out)."""
    annotation = {
        **annotation,
        "findings": [f for f in annotation["findings"] if (f["chapter"], f["source_sha1"]) not in leave_out],
    }
    today = [f for f in today if (f[0], f[1]) not in leave_out]
    labelled = {(f["chapter"], f["source_sha1"], f["term"]): f for f in annotation["findings"]}
    real = set(annotation["real"])
    now = {(c, d, t) for c, d, t, _ in today}
    unannotated = sorted(f"{c} {d} {t} ({w})" for c, d, t, w in today if (c, d, t) not in labelled)
    before = [f for f in annotation["findings"] if f["before"]]
    after = [labelled[k] for k in sorted(now) if k in labelled]
    real_before = [f for f in before if f["class"] in real]
    kept = [f for f in real_before if (f["chapter"], f["source_sha1"], f["term"]) in now]
    return {
        "classes": annotation["classes"],
        "before": _table([f["class"] for f in before], real),
        "after": _table([f["class"] for f in after], real),
        "real_findings_of_before_still_found": len(kept),
        "real_findings_of_before": len(real_before),
        "real_kept_share": round(len(kept) / len(real_before), 3) if real_before else None,
        "false_after": sorted(f"{f['class']} {f['term']} ({f['written']})" for f in after if f["class"] not in real),
        "unannotated": unannotated,
    }


def _brief(judged: dict[str, Any]) -> dict[str, Any]:
    keys = ("before", "after", "real_findings_of_before_still_found", "real_findings_of_before", "real_kept_share")
    return {k: judged[k] for k in (*keys, "unannotated")}


def ambiguity(store: Any) -> dict[str, Any]:
    from amts_gui.core.project.term_survey import pushable_entries, term_usage
    from amts_gui.core.project.term_usage import MINIMUM, THRESHOLD

    usage = [u for u in term_usage(store) if u.ambiguous]
    _, left_out = pushable_entries(store)
    return {
        "threshold": THRESHOLD,
        "minimum_pairs": MINIMUM,
        "flagged": [{"term": u.term, "pairs": u.pairs, "rendered": u.rendered} for u in usage],
        "push_leaves_out": left_out,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    args = parser.parse_args()
    if not (BOOK / "en_origin").is_dir():
        print(json.dumps({"skipped": f"needs the shared book at {BOOK}"}))
        return
    started = time.perf_counter()
    store = _book_store()
    samples = {}
    merged: dict[str, Any] = {"findings": []}
    for path in ANNOTATIONS:
        annotation = json.loads(path.read_text(encoding="utf-8"))
        today, merged_pairs = findings_of(store, annotation["chapters"])
        samples[path.stem] = {
            "sample": annotation["sample"],
            "chapters": annotation["chapters"],
            **judge(annotation, today, merged_pairs),  # segments as the desk shows them
            "with_merged_pairs": _brief(judge(annotation, today)),
        }
        merged = {**annotation, "findings": merged["findings"] + annotation["findings"]}
    today, merged_pairs = findings_of(store, sorted({f["chapter"] for f in merged["findings"]}))
    result = {
        "book": BOOK.name,
        "unit": "sentence pairs of one segment each (with_merged_pairs: with the pairs merged from several too)",
        "samples": samples,
        "all": _brief(judge(merged, today, merged_pairs)),
        "all_with_merged_pairs": _brief(judge(merged, today)),
        "ambiguity": ambiguity(store),
        "seconds": round(time.perf_counter() - started, 1),
    }
    text = json.dumps(result, ensure_ascii=False, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()


def readme_figures(findings: dict[str, Any], matching: dict[str, Any], frozen: dict[str, Any]) -> str:
    """The README's sentence of term QA figures, from the results files (a test compares them): the held-out
    sample as it stood when it was annotated (``frozen``: nothing since may count for it), the rest today."""
    held = frozen["samples"]["term-findings-zh-f"]
    every = findings["all"]
    matched = matching["held_out"]

    def said(part: dict[str, Any]) -> str:
        before, after = part["before"], part["after"]
        return (
            f"{after['findings']} findings, {100 * after['real_share']:.1f} % real (before issue 31: "
            f"{before['findings']}, {100 * before['real_share']:.1f} % real), "
            f"{part['real_findings_of_before_still_found']} of the {part['real_findings_of_before']} real "
            "findings of before still found"
        )

    return (
        f"held out (annotated with the rules frozen, {len(held['chapters'])} chapters): {said(held)}; "
        f"all six annotated samples ({sum(len(s['chapters']) for s in findings['samples'].values())} chapters): "
        f"{said(every)}; matching on the held-out sentence sample: precision {matched['precision']:.3f}, "
        f"recall {matched['recall']:.3f} ({matched['gold_terms']} terms)"
    )

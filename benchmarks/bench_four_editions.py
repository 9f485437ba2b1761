"""The job the D2L communities face, end to end: four editions brought up to the current English book.

Run: python3 benchmarks/bench_four_editions.py [--chapters N] [--keep DIR]

One project, source the current English book (``../shared/data/d2l-book/en``), targets zh, ja, ko and tr,
each with its edition as the reference folder (``d2l-book/zh``, ``d2l-book-ja/ja``, …).  Then, with the
``amts`` commands a maintainer types:

1. ``sync-source --project``: every edition synced at once from the English it was translated from
   (``--old-root ja=d2l-book-ja/en_origin``, …) to the current one, each with its report;
2. ``import --reference-root L=synced/L --drafts-root L=synced/L``: the chapters, each synced edition as
   the target's reference (its parallel data) and as drafts of origin ``imported`` to review;
3. ``pipeline --wait``: for every target at once, align, push the parallel data, draft the rest with ACT
   batch jobs and fetch them: here against the repository's Amazon Translate double and moto's S3 on
   loopback (``tests/aws_double``), as no machine here reaches AWS.

With ``--chapters N``, only the first N chapters (in path order) that all four editions and the current
English have.  Prints JSON: per target, the sync's counts and carried share, the drafts imported, the
drafts the pipeline fetched, what is left undrafted, and the seconds of each stage.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
sys.path.insert(0, str(REPO))

from helpers.aws_doubles import CREDENTIALS, doubles_in_child  # noqa: E402

TARGETS = ("zh", "ja", "ko", "tr")
NEW = SHARED / "d2l-book" / "en"


def edition_roots(lang: str) -> tuple[Path, Path]:
    """An edition's English original and its translation."""
    if lang == "zh":
        return SHARED / "d2l-book" / "en_origin", SHARED / "d2l-book" / "zh"
    return SHARED / f"d2l-book-{lang}" / "en_origin", SHARED / f"d2l-book-{lang}" / lang


def common_chapters() -> list[str]:
    names = {p.relative_to(NEW).as_posix() for p in NEW.rglob("*.md")}
    for lang in TARGETS:
        old, translated = edition_roots(lang)
        names &= {
            p.relative_to(translated).as_posix()
            for p in translated.rglob("*.md")
            if (old / p.relative_to(translated)).exists()
        }
    return sorted(names)


def subset(root: Path, chapters: list[str]) -> dict[str, Path]:
    """The chapters copied under ``root``: the current English and each edition with its original."""
    roots = {"new": root / "en"}
    for name in chapters:
        target = roots["new"] / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(NEW / name, target)
    for lang in TARGETS:
        old, translated = edition_roots(lang)
        roots[f"old-{lang}"], roots[lang] = root / f"old-{lang}", root / lang
        for name in chapters:
            for source, folder in ((old, roots[f"old-{lang}"]), (translated, roots[lang])):
                (folder / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(source / name, folder / name)
    return roots


def full_roots() -> dict[str, Path]:
    roots = {"new": NEW}
    for lang in TARGETS:
        roots[f"old-{lang}"], roots[lang] = edition_roots(lang)
    return roots


LOG: list[str] = []


def amts(*argv: Any) -> float:
    """Run one ``amts`` command in this process (what it prints kept apart from the JSON); its seconds."""
    from amts_gui.cli.main import main

    begin = time.perf_counter()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main([str(a) for a in argv])
    LOG.append(out.getvalue())
    if code != 0:
        raise SystemExit(f"amts {' '.join(str(a) for a in argv[:2])} exited {code}")
    return time.perf_counter() - begin


def target_counts(project: Path) -> dict[str, dict[str, int]]:
    from amts_gui.core.project.segments import live_segment_ids, undrafted_segments
    from amts_gui.core.project.store import Store

    store = Store(project)
    out = {}
    live = len(live_segment_ids(store))
    for lang in TARGETS:
        view = store.for_target(lang)
        engines = Counter(e for (e,) in view.db.execute("SELECT engine FROM drafts WHERE target_lang = ?", [lang]))
        out[lang] = {
            "segments": live,
            "drafts_imported": engines.get("imported", 0),
            "drafts_act": engines.get("amazon-act", 0),
            "undrafted": sum(map(len, undrafted_segments(view).values())),
        }
    store.close()
    return out


def sync_summary(report: Path) -> dict[str, Any]:
    data = json.loads(report.read_text(encoding="utf-8"))
    counts: Counter[str] = Counter()
    carried = segments = 0
    for chapter in data["chapters"]:
        counts.update(chapter["counts"])
        segments += sum(
            v
            for k, v in chapter["counts"].items()
            if k in ("unchanged", "moved", "changed", "new", "omitted", "trivial")
        )
        carried += sum(chapter["counts"].get(k, 0) for k in ("unchanged", "moved", "trivial"))
    return {
        "counts": dict(counts),
        "carried_share": round(carried / max(1, segments), 4),
        "untranslated_chapters": len(data["untranslated"]),
    }


def run(work: Path, roots: dict[str, Path], chapters: int) -> dict[str, Any]:
    project, synced = work / "editions.amts", work / "synced"
    seconds: dict[str, float] = {}
    references = [a for lang in TARGETS for a in ("--reference-root", f"{lang}={roots[lang]}")]
    seconds["init"] = amts(
        "init",
        project,
        "--src",
        "en",
        *[a for lang in TARGETS for a in ("--tgt", lang)],
        "--source-root",
        roots["new"],
        *references,
    )
    old_roots = [
        "--old-root",
        roots["old-zh"],
        *[a for lang in TARGETS[1:] for a in ("--old-root", f"{lang}={roots[f'old-{lang}']}")],
    ]
    seconds["sync"] = amts(
        "sync-source",
        "--project",
        project,
        *old_roots,
        "--new-root",
        roots["new"],
        "--out-root",
        synced,
        "--report",
        synced / "sync.json",
        "--engine",
        "none",
    )
    imported = [
        a
        for lang in TARGETS
        for a in ("--reference-root", f"{lang}={synced / lang}", "--drafts-root", f"{lang}={synced / lang}")
    ]
    seconds["import"] = amts("import", project, roots["new"], *imported)
    os.environ.update(CREDENTIALS, AWS_CONFIG_FILE=str(work / "none"), AWS_SHARED_CREDENTIALS_FILE=str(work / "none"))
    os.environ.pop("AWS_PROFILE", None)
    with doubles_in_child() as endpoints:  # moto's S3 and the Translate double, in a process of their own
        for lang in TARGETS:
            amts(
                "aws",
                project,
                "--target",
                lang,
                "--region",
                "us-east-1",
                "--bucket",
                "bench",
                "--role-arn",
                "arn:aws:iam::123456789012:role/TranslateBatch",
                "--translate-endpoint",
                endpoints["translate"],
                "--s3-endpoint",
                endpoints["s3"],
            )
        seconds["pipeline"] = amts("pipeline", project, "--yes", "--wait", "--quiet", "--timeout", "3600")
    per_target = target_counts(project)
    for lang in TARGETS:
        per_target[lang]["sync"] = sync_summary(synced / f"sync.{lang}.json")
    return {
        "chapters": sum(1 for _ in roots["new"].rglob("*.md")),
        "chapters_every_edition_has": chapters,
        "cores": os.cpu_count(),
        "seconds": {k: round(v, 1) for k, v in seconds.items()},
        "total_seconds": round(sum(seconds.values()), 1),
        "targets": per_target,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chapters", type=int, default=None, help="only the first N chapters all editions share")
    parser.add_argument("--keep", type=Path, default=None, help="work in DIR and keep it")
    args = parser.parse_args()
    missing = [p for p in (NEW, *(r for lang in TARGETS for r in edition_roots(lang))) if not p.exists()]
    if missing:
        print(json.dumps({"skipped": f"needs {missing[0]}"}))
        return 0
    work = args.keep or Path(tempfile.mkdtemp(prefix="four-editions-"))
    work.mkdir(parents=True, exist_ok=True)
    names = common_chapters()
    chosen = names[: args.chapters] if args.chapters else names
    roots = subset(work / "book", chosen) if args.chapters else full_roots()
    result = run(work, roots, len(chosen))
    (work / "commands.log").write_text("".join(LOG), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Import throughput, segmentation speed against pySBD, and Golden Rules pass rates, as JSON.

Run: python3 benchmarks/bench_core.py [--repeat N]
Needs ../shared/data beside the repository; pySBD comes with the `dev` extra.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from amts_gui.core.project.chapters import import_chapter
from amts_gui.core.project.store import Store
from amts_gui.core.text.markdown import parse
from amts_gui.core.text.sentences import sentences, split_sentences

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"


def d2l_files() -> list[tuple[Path, str]]:
    files = sorted((DATA / "d2l").glob("*/*.md"))
    return [(f, "zh" if f.stem == "zh" else "en") for f in files]


def bench_import(repeat: int) -> dict[str, float]:
    files = [(f, lang, f.read_text(encoding="utf-8")) for f, lang in d2l_files()]
    best = float("inf")
    sentences_total = 0
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            stores = {
                lang: Store.create(Path(tmp) / f"{lang}.amts", lang, "en" if lang == "zh" else "zh")
                for lang in ("en", "zh")
            }
            start = time.perf_counter()
            sentences_total = 0
            for f, lang, text in files:
                result = import_chapter(stores[lang], f"{f.parent.name}/{f.name}", text)
                sentences_total += result.added + result.kept
            best = min(best, time.perf_counter() - start)
            for s in stores.values():
                s.close()
    return {
        "files": len(files),
        "sentences": sentences_total,
        "seconds": round(best, 4),
        "chapters_per_s": round(len(files) / best, 1),
        "sentences_per_s": round(sentences_total / best, 1),
    }


def english_paragraphs() -> list[str]:
    """Joined English prose of every D2L en/en_origin file, as the document model sees it."""
    out = []
    for f, lang in d2l_files():
        if lang == "en":
            doc = parse(f.read_text(encoding="utf-8"), lang)
            out.extend(b.text for b in doc.blocks if b.segments)
    return out


def bench_segmentation(repeat: int) -> dict[str, object]:
    paragraphs = english_paragraphs()
    import pysbd

    pysbd_seg = pysbd.Segmenter(language="en", clean=False)

    def timed(fn) -> tuple[float, int]:
        best, count = float("inf"), 0
        for _ in range(repeat):
            start = time.perf_counter()
            count = sum(len(fn(p)) for p in paragraphs)
            best = min(best, time.perf_counter() - start)
        return best, count

    ours_s, ours_n = timed(lambda p: split_sentences(p, "en"))
    sbd_s, sbd_n = timed(pysbd_seg.segment)
    return {
        "paragraphs": len(paragraphs),
        "characters": sum(map(len, paragraphs)),
        "amts": {"sentences": ours_n, "seconds": round(ours_s, 4), "sentences_per_s": round(ours_n / ours_s)},
        "pysbd": {"sentences": sbd_n, "seconds": round(sbd_s, 4), "sentences_per_s": round(sbd_n / sbd_s)},
        "speedup": round((ours_n / ours_s) / (sbd_n / sbd_s), 1),
    }


def bench_golden() -> dict[str, dict[str, object]]:
    import pysbd

    data = json.loads((DATA / "segmentation" / "golden_rules.json").read_text(encoding="utf-8"))
    out: dict[str, dict[str, object]] = {}
    for lang, lists in data.items():
        for name, cases in lists.items():
            clean = name in ("ES_CLEAN_TEST_CASES", "ES_PDF_CASE")  # pySBD's own tests use clean=True there
            sbd = pysbd.Segmenter(language=lang, clean=clean)
            ours = sum([s.strip() for s in sentences(c["text"], lang)] == c["expected"] for c in cases)
            theirs = sum([s.strip() for s in sbd.segment(c["text"])] == c["expected"] for c in cases)
            out[f"{lang}/{name}"] = {"cases": len(cases), "amts_passed": ours, "pysbd_passed": theirs}
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not DATA.exists():
        print(json.dumps({"error": f"{DATA} is missing"}))
        return 1
    report = {
        "import": bench_import(args.repeat),
        "segmentation_en": bench_segmentation(args.repeat),
        "golden_rules": bench_golden(),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

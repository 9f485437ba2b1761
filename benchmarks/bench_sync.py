"""Source sync on the five D2L sections of ../shared/data/d2l, as JSON: one object per section.

Run: python3 benchmarks/bench_sync.py

Each section has the three inputs: en_origin.md (OLD, what the Chinese was translated from), en.md
(NEW, the current English) and zh.md (TRANSLATION).  Per section: the counts (unchanged, moved,
changed, new, removed, to review), the share of NEW prose sentences carried over verbatim, how many
new ones the chapter's own memory drafted, the OLD → NEW similarity (share of lines kept), and the time of the sync
(alignment included; the model is loaded once, before timing: load_s).
"""

from __future__ import annotations

import difflib
import json
import sys
import time
from pathlib import Path

from amts_gui.core.align.embed import default_encoder
from amts_gui.core.sync.files import sync_chapter

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data" / "d2l"


def main() -> int:
    if not SHARED.exists():
        print(json.dumps({"skipped": f"needs the shared data at {SHARED}"}))
        return 0
    start = time.perf_counter()
    encoder = default_encoder()
    encoder.units(["warm up"])
    print(json.dumps({"load_s": round(time.perf_counter() - start, 2)}))
    for section in sorted(p for p in SHARED.iterdir() if (p / "en.md").exists() and (p / "en_origin.md").exists()):
        old, new, zh = ((section / n).read_text(encoding="utf-8") for n in ("en_origin.md", "en.md", "zh.md"))
        sync = sync_chapter(section.name, old, new, zh, "en", "zh", encoder=encoder)
        counts = sync.result.counts()
        print(
            json.dumps(
                {
                    "section": section.name,
                    "similarity": round(
                        difflib.SequenceMatcher(None, old.splitlines(), new.splitlines(), autojunk=False).ratio(), 2
                    ),
                    "new_sentences": len(sync.result.segments),
                    **{k: counts[k] for k in ("unchanged", "moved", "changed", "new", "removed", "review")},
                    "carried_pct": round(100 * sync.result.carried_share, 1),
                    "drafted_from_memory": sync.drafted,
                    "seconds": round(sync.seconds, 3),
                },
                ensure_ascii=False,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

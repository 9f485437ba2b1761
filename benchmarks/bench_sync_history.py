"""Source sync judged against the editions' real history: ``../shared/data/sync-history-dev/``.

Run: python3 benchmarks/bench_sync_history.py [--events DIR]

Each event is a commit in which the maintainers changed a chapter's English (``old.md`` → ``new.md``) and
its Chinese (``t.md`` → ``human.md``) together, by hand.  The sync gets old, new and t, and its output is
compared with the human's, sentence by sentence (the target language's segmentation of each document's
prose) and as a whole:

- **carry precision**: of the old translation's sentences the output keeps, the share the human kept too;
- **carry recall**: of the old translation's sentences the human kept, the share the output keeps (the
  translations of English sentences the new English removed left out: the sync drops them by design);
- **changed flags**: of the segments the sync flags *changed* that had a translation, the share whose old
  translation the human did not keep (the human acted on the flag);
- **review flag**: of the carried segments, precision and recall of the review flag against the human's
  edits (a carried sentence of the output that the human's Chinese does not have verbatim);
- **English left**: output segments left in English although the old translation had a translation for
  that English sentence, or the chapter translates the same sentence elsewhere;
- **removed, kept by the human**: translations of English sentences the new English removed that the
  human's Chinese still has (the sync drops them; a human who keeps them keeps a stale sentence);
- **lines unlike the human's**: lines added or removed by a line diff of the whole file (code included)
  from the output, and from the old translation, to the human's: what a maintainer reviews;
- **chrF** (sacrebleu, character 6-grams) of the output and of the old translation against the human's,
  prose only: fenced code and ``$$`` math blocks are removed from all three the same way.

Prints JSON: one object per event and the totals (chrF over all events as one corpus), and carry
precision and recall on the *ordinary* events: those whose English change puts no new slide markers.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
EVENTS = REPO.parent / "shared" / "data" / "sync-history-dev"
sys.path.insert(0, str(REPO))

from amts_gui.core.sync.files import sync_chapter  # noqa: E402
from amts_gui.core.sync.three_way import Status  # noqa: E402
from amts_gui.core.text.markdown import parse  # noqa: E402
from amts_gui.core.text.placeholders import restore  # noqa: E402

_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.M | re.S)
_SLIDE = re.compile(r"\[\*\*|\(\*\*")
_MATH = re.compile(r"^\$\$.*?^\$\$[^\n]*$", re.M | re.S)


def prose(markdown: str) -> str:
    """The document without fenced code and ``$$`` math blocks, for chrF."""
    return _MATH.sub("", _FENCE.sub("", markdown))


def sentences(markdown: str, lang: str) -> Counter[str]:
    return Counter(s.text.strip() for s in parse(markdown, lang).segments() if s.text.strip())


def _share(hit: int, total: int) -> float | None:
    return round(hit / total, 4) if total else None


def _overlap(a: Counter[str], b: Counter[str]) -> int:
    return sum((a & b).values())


def event_row(folder: Path, encoder: Any) -> dict[str, Any]:
    """Sync one event and compare its output with the human's."""
    from sacrebleu.metrics import CHRF

    old, new, t, human = ((folder / f"{n}.md").read_text(encoding="utf-8") for n in ("old", "new", "t", "human"))
    sync = sync_chapter(folder.name, old, new, t, "en", "zh", encoder=encoder)
    result, output = sync.result, sync.output
    before, kept_by_human, out = sentences(t, "zh"), sentences(human, "zh"), sentences(output, "zh")
    removed = Counter(r.translation.strip() for r in result.removed if r.translation)
    human_kept = (before - removed) & kept_by_human  # what the human kept of what the new English still says
    tool_kept = before & out
    beads = {k: p for p in result.alignment if p.complete for k in p.src_keys}
    old_segments = {s.text: s for s in parse(old, "en").segments()}
    changed = [s for s in result.segments if s.status is Status.CHANGED and s.translation is not None]
    acted = sum(1 for s in changed if _old_translation(s, old_segments, beads) not in kept_by_human)
    carried = [s for s in result.segments if s.carried and s.translation]
    markup = {s.key: s.markup for s in result.new_doc.segments()}
    human_edited = {id(s) for s in carried if restore(s.translation or "", markup[s.key]).strip() not in kept_by_human}
    flagged = {id(s) for s in carried if s.review}
    chrf = CHRF()
    return {
        "_flags": (len(changed), acted, len(flagged), len(flagged & human_edited), len(human_edited)),
        "event": folder.name,
        "counts": result.counts(),
        "carry_precision": _share(_overlap(tool_kept, kept_by_human), sum(tool_kept.values())),
        "carry_recall": _share(_overlap(human_kept, out), sum(human_kept.values())),
        "changed_flags": len(changed),
        "changed_flags_acted_on": _share(acted, len(changed)),
        "review_precision": _share(len(flagged & human_edited), len(flagged)),
        "review_recall": _share(len(flagged & human_edited), len(human_edited)),
        "english_left": _english_left(result, old_segments, beads),
        "removed_kept_by_human": _overlap(removed, kept_by_human),
        "lines_unlike_human_output": _lines_unlike(output, human),
        "lines_unlike_human_old": _lines_unlike(t, human),
        "chrf_output": round(chrf.corpus_score([prose(output)], [[prose(human)]]).score, 2),
        "chrf_old": round(chrf.corpus_score([prose(t)], [[prose(human)]]).score, 2),
        "_ordinary": len(_SLIDE.findall(new)) <= len(_SLIDE.findall(old)),
        "_texts": (prose(output), prose(t), prose(human)),
        "_counts": (tool_kept, kept_by_human, human_kept, out),
    }


def _lines_unlike(text: str, reference: str) -> int:
    diff = difflib.unified_diff(text.splitlines(), reference.splitlines(), lineterm="", n=0)
    return sum(1 for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---"))


def _old_translation(segment: Any, old_segments: dict[str, Any], beads: dict[Any, Any]) -> str | None:
    """The old translation's sentence the segment's old English was aligned with."""
    old = old_segments.get(segment.old_source or "")
    pair = beads.get(old.key) if old is not None else None
    return pair.target.strip() if pair is not None else None


def _english_left(result: Any, old_segments: dict[str, Any], beads: dict[Any, Any]) -> int:
    """Segments left untranslated although a translation of the same English existed: in the old
    translation, or elsewhere in the new chapter."""
    translated = {s.source for s in result.segments if s.translation}
    left = 0
    for segment in result.segments:
        if segment.translation is not None:
            continue
        old = old_segments.get(segment.source)
        if segment.source in translated or (old is not None and old.key in beads):
            left += 1
    return left


def _summed(rows: list[dict[str, Any]], index: int) -> Counter[str]:
    total: Counter[str] = Counter()
    for row in rows:
        total += Counter({f"{row['event']}|{k}": v for k, v in row["_counts"][index].items()})
    return total


def _carry(rows: list[dict[str, Any]]) -> dict[str, Any]:
    tool_kept, kept_by_human, human_kept, out = (_summed(rows, i) for i in range(4))
    return {
        "events": len(rows),
        "carry_precision": _share(_overlap(tool_kept, kept_by_human), sum(tool_kept.values())),
        "carry_recall": _share(_overlap(human_kept, out), sum(human_kept.values())),
    }


def totals(rows: list[dict[str, Any]]) -> dict[str, Any]:
    from sacrebleu.metrics import CHRF

    changed, acted, flagged, right, edited = (sum(row["_flags"][i] for row in rows) for i in range(5))
    outputs, olds, humans = ([row["_texts"][i] for row in rows] for i in range(3))
    chrf = CHRF()
    return {
        **_carry(rows),
        "changed_flags": changed,
        "changed_flags_acted_on": _share(acted, changed),
        "review_precision": _share(right, flagged),
        "review_recall": _share(right, edited),
        "english_left": sum(r["english_left"] for r in rows),
        "chrf_output": round(chrf.corpus_score(outputs, [humans]).score, 2),
        "chrf_old": round(chrf.corpus_score(olds, [humans]).score, 2),
        "events_below_old": sum(1 for r in rows if r["chrf_output"] < r["chrf_old"]),
        "events_above_old": sum(1 for r in rows if r["chrf_output"] > r["chrf_old"]),
        "removed_kept_by_human": sum(r["removed_kept_by_human"] for r in rows),
        "lines_unlike_human_output": sum(r["lines_unlike_human_output"] for r in rows),
        "lines_unlike_human_old": sum(r["lines_unlike_human_old"] for r in rows),
        "ordinary": _carry([r for r in rows if r["_ordinary"]]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=Path, default=EVENTS)
    args = parser.parse_args()
    if not args.events.exists():
        print(json.dumps({"skipped": f"needs the events at {args.events}"}))
        return 0
    from amts_gui.core.align.embed import default_encoder

    encoder = default_encoder()
    folders = sorted(p for p in args.events.iterdir() if (p / "human.md").exists())
    rows = [event_row(folder, encoder) for folder in folders]
    summary = totals(rows)
    for row in rows:
        del row["_texts"], row["_counts"], row["_flags"], row["_ordinary"]
    print(json.dumps({"events": rows, "total": summary}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

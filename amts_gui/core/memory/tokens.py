"""Memory tokens: words, punctuation, single CJK characters and whole markup spans, with the
OmegaT-style match percentage and the repair of spans and numbers in a memory target."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from amts_gui.core.text.placeholders import find_placeholders
from amts_gui.core.text.scripts import CJK_LETTERS

_CJK = CJK_LETTERS
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_TOKEN = re.compile(rf"{_NUMBER.pattern}(?![^\W\d{_CJK}])|[{_CJK}]|[^\W{_CJK}]+|[^\w\s]")
SPAN = "\x00span"
NUM = "\x00num"


@dataclass(frozen=True)
class Tokens:
    """A text as tokens; ``classes`` has markup spans and numbers replaced by their class."""

    raw: tuple[str, ...]
    classes: tuple[str, ...]
    spans: tuple[str, ...]  # markup spans in order
    numbers: tuple[str, ...]  # numbers in order (outside markup spans)


def tokenize(text: str) -> Tokens:
    raw: list[str] = []
    classes: list[str] = []
    spans: list[str] = []
    numbers: list[str] = []

    def words(chunk: str) -> None:
        for tok in _TOKEN.findall(chunk):
            raw.append(tok)
            if _NUMBER.fullmatch(tok):
                numbers.append(tok)
                classes.append(NUM)
            else:
                classes.append(tok.lower())

    pos = 0
    for span in find_placeholders(text):
        words(text[pos : span.start])
        markup = text[span.start : span.end]
        raw.append(markup)
        classes.append(SPAN)
        spans.append(markup)
        pos = span.end
    words(text[pos:])
    return Tokens(tuple(raw), tuple(classes), tuple(spans), tuple(numbers))


def similarity(a: Sequence[object], b: Sequence[object]) -> float:
    """OmegaT-style match percentage of two token sequences."""
    longest = max(len(a), len(b))
    if longest == 0:
        return 100.0
    return 100.0 * (1.0 - Levenshtein.distance(a, b) / longest)


def _replace_once(text: str, old: str, new: str, *, number: bool) -> str | None:
    """``text`` with the single occurrence of ``old`` replaced, or None if it is not exactly one."""
    if number:
        pattern = re.compile(rf"(?<![\d.,]){re.escape(old)}(?![\d]|[.,]\d)")
        found = pattern.findall(text)
        return pattern.sub(lambda _m: new, text, count=1) if len(found) == 1 else None
    return text.replace(old, new, 1) if text.count(old) == 1 else None


def repair(target: str, memory: Tokens, query: Tokens) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """Put the query's spans and numbers into ``target``; None when a substitution is ambiguous."""
    if len(memory.spans) != len(query.spans) or len(memory.numbers) != len(query.numbers):
        return None
    changes = [(old, new, False) for old, new in zip(memory.spans, query.spans, strict=True) if old != new]
    changes += [(old, new, True) for old, new in zip(memory.numbers, query.numbers, strict=True) if old != new]
    olds = [old for old, _, _ in changes]
    if len(set(olds)) != len(olds):
        return None
    # substitute through unique markers so that one change cannot rewrite another's result
    markers = [f"\x02{i}\x03" for i in range(len(changes))]
    for (old, _new, number), marker in zip(changes, markers, strict=True):
        replaced = _replace_once(target, old, marker, number=number)
        if replaced is None:
            return None
        target = replaced
    for (_old, new, _number), marker in zip(changes, markers, strict=True):
        target = target.replace(marker, new)
    return target, tuple((old, new) for old, new, _ in changes)

"""English changes that leave the words as they were: a translation survives them.

D2L's history is full of them: slide markers put around sentences (``[**…**]``, ``(**…**)``), emphasis,
punctuation, case, spacing, contractions spelled out ("Here's" → "Here is"), numbers, and code, math
or roles (placeholders).  :func:`trivial_change` says which of these kinds turn the old sentence into the
new one, or None when words changed.  :func:`carry_trivial` carries the old translation over such a
change: numbers and placeholders repaired the way the memory repairs them, a slide marker around the
whole sentence put around the whole translation, and markers around a part projected onto it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz.distance import Levenshtein

from amts_gui.core.memory.tokens import repair, tokenize
from amts_gui.core.sync.slide_markers import project_markers
from amts_gui.core.text.placeholders import find_placeholders

_SLIDE = re.compile(r"\[\*\*|\*\*\]|\(\*\*|\*\*\)")
_SLIDE_WRAP = re.compile(r"^(?P<open>\[\*\*|\(\*\*)(?P<body>.*)(?P<close>\*\*\]|\*\*\))$", re.S)
_EMPHASIS = re.compile(r"\*+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_PUNCT = re.compile(r"[^\w\s⟦⟧]|_")
_SPACE = re.compile(r"\s+")
_CONTRACTIONS = {
    "let's": "let us",
    "here's": "here is",
    "it's": "it is",
    "that's": "that is",
    "there's": "there is",
    "what's": "what is",
    "don't": "do not",
    "doesn't": "does not",
    "didn't": "did not",
    "isn't": "is not",
    "aren't": "are not",
    "wasn't": "was not",
    "can't": "cannot",
    "won't": "will not",
    "we're": "we are",
    "they're": "they are",
    "you're": "you are",
    "we'll": "we will",
    "we've": "we have",
    "i'm": "i am",
}
_CONTRACTION = re.compile(r"\b(" + "|".join(re.escape(c) for c in _CONTRACTIONS) + r")\b", re.I)


def _placeholders(text: str) -> str:
    spans = find_placeholders(text)
    for span in reversed(spans):
        text = text[: span.start] + "⟦⟧" + text[span.end :]
    return text


def _contractions(text: str) -> str:
    def spelled(found: re.Match[str]) -> str:
        out = _CONTRACTIONS[found.group(1).lower()]
        return out[0].upper() + out[1:] if found.group(1)[0].isupper() else out

    return _CONTRACTION.sub(spelled, text.replace("’", "'"))


# each kind of change and how it is undone, in the order they are undone (the most particular first)
KINDS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("slide markers", lambda t: _SLIDE.sub(" ", t)),
    ("emphasis", lambda t: _EMPHASIS.sub("", t)),
    ("code, math or roles", _placeholders),
    ("contractions", _contractions),
    ("case", str.lower),
    ("numbers", lambda t: _NUMBER.sub("0", t)),
    ("punctuation", lambda t: _PUNCT.sub(" ", t)),
)


def _spaced(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def trivial_change(old: str, new: str) -> tuple[str, ...] | None:
    """The kinds of change that turn ``old`` into ``new`` (spacing alone: ``("spacing",)``); None when the
    words themselves changed, or nothing did.  Each kind is undone in turn; a kind counts when undoing it
    brings the two sentences closer."""
    if old == new:
        return None
    kinds = []
    distance = Levenshtein.distance(_spaced(old), _spaced(new))
    for name, undo in KINDS:
        old, new = undo(old), undo(new)
        closer = Levenshtein.distance(_spaced(old), _spaced(new))
        if closer < distance:
            kinds.append(name)
        distance = closer
    if distance:
        return None
    return tuple(kinds) or ("spacing",)


def partial_slide_markers(old: str, new: str) -> bool:
    """The new sentence has slide markers around a part of it (the translation should mark the same part,
    which only a person can place)."""
    added = len(_SLIDE.findall(new)) > len(_SLIDE.findall(old))
    wrapped = _SLIDE_WRAP.match(new.strip())
    return added and not (wrapped and not _SLIDE.search(wrapped.group("body")))


def carry_trivial(old_source: str, new_source: str, translation: str) -> str | None:
    """The old translation (markup written out) over a trivial change: numbers and placeholders repaired,
    a slide marker around the whole new sentence put around the whole translation; None when a repair
    is ambiguous."""
    old_bare, new_bare = _SLIDE.sub("", old_source), _SLIDE.sub("", new_source)
    repaired = repair(translation, tokenize(old_bare), tokenize(new_bare))
    if repaired is None:
        return None
    text = repaired[0]
    wrapped, before = _SLIDE_WRAP.match(new_source.strip()), _SLIDE_WRAP.match(old_source.strip())
    if wrapped and not before and not _SLIDE.search(wrapped.group("body")):
        text = f"{wrapped.group('open')}{text.strip()}{wrapped.group('close')}"
    elif partial_slide_markers(old_source, new_source) and not _SLIDE.search(old_source):
        text = project_markers(new_source, text) or text
    return text

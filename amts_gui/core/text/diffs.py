"""Diffs between two versions of a translation, for the review pane.

Word-level for languages written with spaces (en, es, …) so that a changed word shows as one
change; character-level for Chinese and Japanese, where a "word" would be the whole clause.
Built on diff-match-patch: tokens are mapped to private characters, diffed, and mapped back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

from diff_match_patch import diff_match_patch

_WORDS = re.compile(r"⟦\d+⟧|\w+|\s+|[^\w\s]", re.UNICODE)
_CHAR_LEVEL = ("zh", "ja", "ko", "th")
_FIRST_CODE = 0xF0000  # supplementary private use area: never in real text
_TIMEOUT_S = 0.2


class Op(IntEnum):
    DELETE = -1
    EQUAL = 0
    INSERT = 1


@dataclass(frozen=True)
class Change:
    op: Op
    text: str


def char_level(lang: str) -> bool:
    return lang.lower().split("-")[0] in _CHAR_LEVEL


def tokens(text: str, lang: str) -> list[str]:
    """The units a diff works on: placeholders and words (or characters for zh/ja), spaces, punctuation."""
    if char_level(lang):
        out: list[str] = []
        pos = 0
        for m in re.finditer(r"⟦\d+⟧", text):
            out.extend(text[pos : m.start()])
            out.append(m.group())
            pos = m.end()
        out.extend(text[pos:])
        return out
    return _WORDS.findall(text)


def diff(old: str, new: str, lang: str) -> list[Change]:
    """The changes that turn ``old`` into ``new``, merged into human-sized runs."""
    vocabulary: dict[str, str] = {}
    words: list[str] = []

    def encode(text: str) -> str:
        chars = []
        for token in tokens(text, lang):
            code = vocabulary.get(token)
            if code is None:
                code = chr(_FIRST_CODE + len(words))
                vocabulary[token] = code
                words.append(token)
            chars.append(code)
        return "".join(chars)

    engine = diff_match_patch()
    engine.Diff_Timeout = _TIMEOUT_S
    ops = engine.diff_main(encode(old), encode(new), False)
    engine.diff_cleanupSemantic(ops)
    changes: list[Change] = []
    for op, chars in ops:
        text = "".join(words[ord(c) - _FIRST_CODE] for c in chars)
        if changes and changes[-1].op == op:
            changes[-1] = Change(Op(op), changes[-1].text + text)
        elif text:
            changes.append(Change(Op(op), text))
    return changes


def apply(changes: list[Change]) -> tuple[str, str]:
    """(old, new) rebuilt from the changes: a diff loses nothing."""
    old = "".join(c.text for c in changes if c.op != Op.INSERT)
    new = "".join(c.text for c in changes if c.op != Op.DELETE)
    return old, new


def edit_distance(changes: list[Change]) -> int:
    """Characters inserted plus characters deleted (a post-edit effort measure)."""
    return sum(len(c.text) for c in changes if c.op != Op.EQUAL)

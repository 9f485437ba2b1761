"""Protected blocks that an edition localized, carried over where the English did not change.

The Chinese edition translates the comments of its code cells (``# 初始化模型参数``), some ``\\text{}`` in
math and some directive lines.  A NEW code cell, math block or directive whose English is the OLD one
word for word takes the old translation's block, instead of the English again.

OLD's protected blocks are matched with NEW's by their text (identical runs in order), and with the
TRANSLATION's by their skeleton: the block without comments, quoted strings, CJK text and spacing, which
the translation leaves as it is.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from amts_gui.core.text.document import Block, BlockKind, Document

CARRIED_KINDS = frozenset({BlockKind.CODE, BlockKind.MATH, BlockKind.DIRECTIVE})
_COMMENT = re.compile(r"#[^\n]*")
_STRING = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")
_TEXT = re.compile(r"\\(?:text|mbox|mathrm)\{[^}]*\}")
_CJK_OR_SPACE = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef\s]+")


def skeleton(block: Block) -> str:
    """What a translation keeps of a protected block: its kind and its text without comments, strings,
    ``\\text{}``, CJK characters and spacing."""
    text = _TEXT.sub("", _STRING.sub("", _COMMENT.sub("", block.raw)))
    return f"{block.kind}:{_CJK_OR_SPACE.sub('', text)}"


def _protected(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if b.kind in CARRIED_KINDS]


def _equal_runs(a: Sequence[str], b: Sequence[str]) -> dict[int, int]:
    """Index in ``b`` → index in ``a`` for the items of identical runs, in order."""
    matched = {}
    for op, i1, i2, j1, _j2 in difflib.SequenceMatcher(None, list(a), list(b), autojunk=False).get_opcodes():
        if op == "equal":
            matched.update({j1 + k: i1 + k for k in range(i2 - i1)})
    return matched


def protected_matches(old: Document, new: Document, translation: Document) -> dict[int, int]:
    """NEW protected block index → the translation's block index, for each NEW block whose English is OLD's
    word for word, where the translation has OLD's block (by skeleton) in the same order."""
    old_blocks, new_blocks, translated = _protected(old), _protected(new), _protected(translation)
    new_to_old = _equal_runs([b.raw for b in old_blocks], [b.raw for b in new_blocks])
    old_to_translated = _equal_runs([skeleton(b) for b in translated], [skeleton(b) for b in old_blocks])
    return {
        new_blocks[j].index: translated[old_to_translated[i]].index
        for j, i in new_to_old.items()
        if i in old_to_translated
    }


def localized_blocks(new: Document, translation: Document, matches: dict[int, int]) -> dict[int, str]:
    """NEW block index → the translation's block, for each matched protected block (:func:`protected_matches`)
    whose translation differs from the English (nothing to carry where the edition kept it as it is)."""
    return {j: translation.blocks[k].raw for j, k in matches.items() if translation.blocks[k].raw != new.blocks[j].raw}

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
_COMMENT = re.compile(r"#(?!@)[^\n]*")  # a comment, not a d2lbook directive (``#@tab``, ``#@save``)
_STRING = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")
_TEXT = re.compile(r"\\(?:text|mbox|mathrm)\{[^}]*\}")
_CJK_OR_SPACE = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef\s]+")


def _bare(text: str) -> str:
    return _CJK_OR_SPACE.sub("", _TEXT.sub("", _STRING.sub("", _COMMENT.sub("", text))))


def _line_key(line: str) -> str:
    """A line's code: a comment alone is ``#``, an empty line nothing."""
    return _bare(line) or ("#" if line.strip() else "")


def skeleton(block: Block) -> str:
    """What a translation keeps of a protected block: its kind and its text without comments, strings,
    ``\\text{}``, CJK characters and spacing."""
    return f"{block.kind}:{_bare(block.raw)}"


def _protected(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if b.kind in CARRIED_KINDS]


def _equal_runs(a: Sequence[str], b: Sequence[str]) -> dict[int, int]:
    """Index in ``b`` → index in ``a`` for the items of identical runs, in order."""
    matched = {}
    for op, i1, i2, j1, _j2 in difflib.SequenceMatcher(None, list(a), list(b), autojunk=False).get_opcodes():
        if op == "equal":
            matched.update({j1 + k: i1 + k for k in range(i2 - i1)})
    return matched


def _translated_blocks(old_blocks: Sequence[Block], translated: Sequence[Block]) -> dict[int, int]:
    """OLD protected block → the translation's: identical runs of skeletons, and, where the runs differ
    by as many blocks on each side, the blocks in the same place of the same kind sharing half their
    lines (an edition that changed a line of code)."""
    out = {}
    matcher = difflib.SequenceMatcher(
        None, [skeleton(b) for b in translated], [skeleton(b) for b in old_blocks], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            for k in range(j2 - j1):
                ours, theirs = old_blocks[j1 + k], translated[i1 + k]
                if op == "equal" or _most_alike([theirs], ours) == 0:
                    out[j1 + k] = i1 + k
    return out


def protected_matches(old: Document, new: Document, translation: Document) -> dict[int, int]:
    """NEW protected block index → the translation's block index, for each NEW block whose English is OLD's
    word for word, where the translation has OLD's block in the same order (:func:`_translated_blocks`)."""
    old_blocks, new_blocks, translated = _protected(old), _protected(new), _protected(translation)
    new_to_old = _equal_runs([b.raw for b in old_blocks], [b.raw for b in new_blocks])
    old_to_translated = _translated_blocks(old_blocks, translated)
    return {
        new_blocks[j].index: translated[old_to_translated[i]].index
        for j, i in new_to_old.items()
        if i in old_to_translated
    }


def _units(text: str) -> list[str]:
    """The text's lines, a run of comment lines (``# …`` alone on their lines) as one unit: a translation
    often says a comment of two lines in one."""
    units: list[str] = []
    for line in text.splitlines(keepends=True):
        if units and _line_key(line) == "#" and _line_key(units[-1].splitlines()[-1]) == "#":
            units[-1] += line
        else:
            units.append(line)
    return units


def _trimmed(unit: str) -> str:
    return "\n".join(line.rstrip() for line in unit.splitlines())


def merged_lines(old: str, new: str, translated: str) -> str | None:
    """NEW's lines, each in the translation's wording (its comments and strings localized) where the
    translation has the line's code: unless OLD had the same code with other words (the English changed
    them: the translation's are out of date).  None when no line takes a localized wording."""
    new_units, translated_units = _units(new), _units(translated)
    old_units = {_trimmed(u) for u in _units(old)}
    old_code = {_line_key(u) for u in _units(old)}
    new_to_translated = _equal_runs([_line_key(u) for u in translated_units], [_line_key(u) for u in new_units])
    out, localized = [], False
    for j, unit in enumerate(new_units):
        k = new_to_translated.get(j)
        wording = translated_units[k].rstrip("\n") + unit[len(unit.rstrip("\n")) :] if k is not None else unit
        reworded = _trimmed(unit) not in old_units and _line_key(unit) in old_code
        if wording.strip() and not reworded:
            localized = localized or _trimmed(wording) != _trimmed(unit)
            unit = wording
        out.append(unit)
    return "".join(out) if localized else None


def changed_blocks(old: Document, new: Document, translation: Document) -> dict[int, str]:
    """NEW block index → NEW's block with the translation's wording of its lines (:func:`merged_lines`), for
    each protected NEW block that is not OLD's: a changed code cell keeps its translated comments.  The
    translation's block is the one with NEW's skeleton, or else the one of the OLD block most like it."""
    old_blocks, new_blocks, translated = _protected(old), _protected(new), _protected(translation)
    new_to_translated = _equal_runs([skeleton(b) for b in translated], [skeleton(b) for b in new_blocks])
    old_to_translated = _equal_runs([skeleton(b) for b in translated], [skeleton(b) for b in old_blocks])
    matcher = difflib.SequenceMatcher(None, [b.raw for b in old_blocks], [b.raw for b in new_blocks], False)
    out = {}
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        for j in range(j1, j2) if op in ("replace", "insert") else ():
            i = _most_alike(old_blocks[i1:i2], new_blocks[j])
            k = new_to_translated.get(j, old_to_translated.get(i1 + i) if i is not None else None)
            if k is None:
                continue
            old_raw = old_blocks[i1 + i].raw if i is not None else ""
            merged = merged_lines(old_raw, new_blocks[j].raw, translated[k].raw)
            if merged is not None:
                out[new_blocks[j].index] = merged
    return out


def _most_alike(candidates: Sequence[Block], block: Block) -> int | None:
    """The index of the candidate of the block's kind that shares most of its lines (at least half)."""
    best, best_ratio = None, 0.5
    for n, candidate in enumerate(candidates):
        if candidate.kind is block.kind:
            ratio = difflib.SequenceMatcher(None, candidate.raw.splitlines(), block.raw.splitlines(), False).ratio()
            if ratio >= best_ratio:
                best, best_ratio = n, ratio
    return best


def localized_blocks(new: Document, translation: Document, matches: dict[int, int]) -> dict[int, str]:
    """NEW block index → the translation's block, for each matched protected block (:func:`protected_matches`)
    whose translation differs from the English (nothing to carry where the edition kept it as it is)."""
    return {j: translation.blocks[k].raw for j, k in matches.items() if translation.blocks[k].raw != new.blocks[j].raw}

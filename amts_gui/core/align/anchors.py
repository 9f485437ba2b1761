"""Anchors: things a sentence and its translation share verbatim.

*Strong* anchors survive translation unchanged: inline code, math, d2lbook
roles and their targets, URLs, and numbers. *Terms* catch English words that a
translator kept in CJK text, as in ``机器翻译(machine translation)``: on the
CJK side the Latin words, on the other side every word, so that the CJK side's
terms can be looked up there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from amts_gui.core.text.placeholders import TOKEN_RE, PlaceholderKind, find_placeholders
from amts_gui.core.text.scripts import CJK_CHARS

_CJK_RE = re.compile(f"[{CJK_CHARS}]")
_NUMBER_RE = re.compile(r"(?<![A-Za-z0-9_.])\d+(?:[.,]\d+)*(?![A-Za-z0-9_])")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]")
_SPACE_RE = re.compile(r"\s+")
_STOP_TERMS = frozenset({"the", "and", "of", "to", "in", "is", "for", "on", "as", "by", "with"})


def is_cjk_language(lang: str) -> bool:
    return lang.split("-")[0].lower() in {"zh", "ja", "ko"}


def is_cjk_text(texts: Sequence[str]) -> bool:
    """True if most letters in the sample are CJK characters (for inputs whose language is unknown)."""
    sample = "".join(texts[:200])
    cjk = len(_CJK_RE.findall(sample))
    latin = len(re.findall(r"[A-Za-z]", sample))
    return cjk > latin


def _markup_key(text: str, kind: PlaceholderKind) -> str | None:
    if kind in (PlaceholderKind.HTML, PlaceholderKind.ANCHOR):
        return None
    if kind == PlaceholderKind.LINK:
        if not text.startswith("]("):
            return None  # the opening bracket says nothing
        text = text[2:-1]
    return _SPACE_RE.sub("", text).lower()


@dataclass(frozen=True)
class SentenceAnchors:
    strong: frozenset[str]
    terms: frozenset[str]  # CJK side: Latin words kept; other side: all its words

    def with_strong(self, extra: Iterable[str]) -> SentenceAnchors:
        return SentenceAnchors(self.strong | frozenset(extra), self.terms)

    @staticmethod
    def union(items: Iterable[SentenceAnchors]) -> SentenceAnchors:
        """The anchors of sentences taken together (a paragraph's, from its sentences')."""
        strong: set[str] = set()
        terms: set[str] = set()
        for item in items:
            strong |= item.strong
            terms |= item.terms
        return SentenceAnchors(frozenset(strong), frozenset(terms))


def writes_cjk(texts: Sequence[str], lang: str | None) -> bool:
    """Whether texts are Chinese, Japanese or Korean: their language says so, or without one, the texts."""
    return is_cjk_language(lang) if lang else is_cjk_text(texts)


def text_anchors(texts: Sequence[str], lang: str | None) -> list[SentenceAnchors]:
    """The anchors of each text."""
    cjk = writes_cjk(texts, lang)
    return [anchors_of(t, cjk) for t in texts]


def anchors_of(text: str, cjk: bool) -> SentenceAnchors:
    strong: set[str] = set()
    rest: list[str] = []
    pos = 0
    for span in find_placeholders(text):
        key = _markup_key(text[span.start : span.end], span.kind)
        if key:
            strong.add(key)
        rest.append(text[pos : span.start])
        pos = span.end
    rest.append(text[pos:])
    return _with_plain_text(strong, " ".join(rest), cjk)


def segment_anchors(text: str, source: str, markup: Sequence[str], cjk: bool) -> SentenceAnchors:
    """:func:`anchors_of` a parsed segment, from what parsing found: its markup pieces (``markup``)
    and its text with them as ``⟦n⟧`` tokens (``source``), so the sentence is not searched again."""
    strong: set[str] = set()
    for piece in markup:
        spans = find_placeholders(piece)
        if len(spans) != 1 or spans[0].start != 0 or spans[0].end != len(piece):
            return anchors_of(text, cjk)  # not one whole placeholder: search the sentence itself
        key = _markup_key(piece, spans[0].kind)
        if key:
            strong.add(key)
    return _with_plain_text(strong, TOKEN_RE.sub(" ", source) if markup else text, cjk)


def _with_plain_text(strong: set[str], plain: str, cjk: bool) -> SentenceAnchors:
    """Add the numbers and words of the text outside the markup."""
    strong.update("#" + n.replace(",", "") for n in _NUMBER_RE.findall(plain))
    words = {w.lower() for w in _WORD_RE.findall(plain)}
    terms = words - _STOP_TERMS if cjk else words
    return SentenceAnchors(frozenset(strong), frozenset(terms))


@dataclass(frozen=True)
class RunAnchors:
    """Anchors of the runs of one length: the ones the other side can share, and how many each run has."""

    strong: npt.NDArray[np.float32]  # (runs, anchors both sides have): 0/1
    strong_count: npt.NDArray[np.float32]  # (runs,): distinct strong anchors of the run, shared or not
    terms: npt.NDArray[np.float32]  # (runs, terms both sides have): 0/1
    terms_count: npt.NDArray[np.float32]  # (runs,): distinct terms of the run


@dataclass(frozen=True)
class AnchorMatrix:
    """0/1 incidence of anchors per sentence, and of runs of consecutive sentences."""

    strong: npt.NDArray[np.float32]  # (n, V)
    terms: npt.NDArray[np.float32]  # (n, W)
    shared_strong: npt.NDArray[np.bool_]  # (V,): the other side has it too
    shared_terms: npt.NDArray[np.bool_]  # (W,)
    _cache: dict[int, RunAnchors] = field(default_factory=dict, compare=False, repr=False)

    def runs(self, length: int) -> RunAnchors:
        """Only anchors both sides have can be shared, so only they enter the products (much smaller)."""
        if length not in self._cache:
            strong, terms = _runs(self.strong, length), _runs(self.terms, length)
            self._cache[length] = RunAnchors(
                np.ascontiguousarray(strong[:, self.shared_strong]),
                strong.sum(axis=1),
                np.ascontiguousarray(terms[:, self.shared_terms]),
                terms.sum(axis=1),
            )
        return self._cache[length]


def _runs(m: npt.NDArray[np.float32], length: int) -> npt.NDArray[np.float32]:
    n = m.shape[0]
    if length > n:
        return np.zeros((0, m.shape[1]), np.float32)
    c = np.concatenate([np.zeros((1, m.shape[1]), np.float32), np.cumsum(m, axis=0)])
    runs: npt.NDArray[np.float32] = np.minimum(c[length:] - c[: n - length + 1], 1.0)
    return runs


def anchor_matrices(
    src: Sequence[SentenceAnchors], tgt: Sequence[SentenceAnchors], cjk_side: Sequence[SentenceAnchors] | None
) -> tuple[AnchorMatrix, AnchorMatrix]:
    """Incidence matrices over the anchors seen. Terms count only when one side is CJK (``cjk_side``),
    and only that side's terms can be shared, so the vocabulary is that side's terms: the other
    side's whole vocabulary would cost memory for nothing."""
    strong_vocab = {a: k for k, a in enumerate(sorted({a for s in (*src, *tgt) for a in s.strong}))}
    terms_seen = {a for s in cjk_side for a in s.terms} if cjk_side is not None else set()
    term_vocab = {a: k for k, a in enumerate(sorted(terms_seen))}

    def build(items: Sequence[SentenceAnchors]) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        strong = np.zeros((len(items), len(strong_vocab)), np.float32)
        terms = np.zeros((len(items), len(term_vocab)), np.float32)
        for i, item in enumerate(items):
            strong[i, [strong_vocab[a] for a in item.strong]] = 1.0
            terms[i, [term_vocab[a] for a in item.terms if a in term_vocab]] = 1.0
        return strong, terms

    (s_strong, s_terms), (t_strong, t_terms) = build(src), build(tgt)
    both_strong = np.asarray(s_strong.any(axis=0) & t_strong.any(axis=0))
    both_terms = np.asarray(s_terms.any(axis=0) & t_terms.any(axis=0))
    return (
        AnchorMatrix(s_strong, s_terms, both_strong, both_terms),
        AnchorMatrix(t_strong, t_terms, both_strong, both_terms),
    )

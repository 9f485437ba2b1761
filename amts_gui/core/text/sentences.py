"""Rule-based sentence segmentation with character offsets.

One scanner serves every language.  A language contributes data, not code
(its :class:`~amts_gui.core.languages.Segmentation`): its abbreviations, the
words that may start a sentence after an ambiguous abbreviation, whether it
uses CJK full stops, and the letters between which a full stop with no space
after it still ends a sentence (the Korean edition's glued sentences).  The
scanner works in three passes over a paragraph:

1. *hard breaks*: blank lines, and single newlines after a colon, after a
   line with no letters, or before a bullet (plain text only; Markdown prose
   reaches us already joined into one line);
2. *list markers* such as ``1.) … 2.) …`` or ``a. … b. …`` that enumerate
   consecutive items inside one run of text;
3. *terminal punctuation* (``. ! ? …`` and CJK ``。！？``), each candidate
   judged by the word before it and the token after it.

Placeholder tokens (``⟦n⟧``, see :mod:`amts_gui.core.text.placeholders`) are
treated as opaque words, so a boundary never falls inside one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from amts_gui.core.languages import Segmentation, language
from amts_gui.core.text.scripts import CJK_CHARS

Span = tuple[int, int]

_CJK_RE = re.compile(f"[{CJK_CHARS}]")

# Characters that may close a sentence after its terminal punctuation.
_CLOSERS = "\"'”’»)\\]」』》）】*_"
# Characters that may open a sentence before its first letter.
_OPENERS = "\"'“‘«¿¡([*_「『《（【"

_LATIN_TERMINAL = re.compile(r"(?P<t>\.(?:[ ]\.){2,}|[.!?…‽]+)(?P<c>[" + re.escape(_CLOSERS) + r"]*)(?P<ws>\s+|$)")
_CJK_TERMINAL = re.compile(r"(?P<t>[。！？]+[!?]*|[!?]*[。！？]+|……)(?P<c>[" + re.escape(_CLOSERS) + r"]*)(?P<ws>\s*)")
_NEXT_TOKEN = re.compile(r"[" + re.escape(_OPENERS) + r"]*(?P<w>⟦\d+⟧|[^\s" + re.escape(_OPENERS) + r"]*)")
_WORD_BEFORE = re.compile(r"(\S*)$")
_LETTER = re.compile(r"[^\W\d_]|⟦")
_DOTTED_ACRONYM = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]$")
_BRACKET_ELLIPSIS = re.compile(r"[\[(]\.{3}[\])]")

_BULLETS = "•⁃▪◦‣"
_HARD_BREAK = re.compile(r"\n[^\S\n]*\n\s*|\n")
_MARKER = re.compile(r"(?:(?<=\s)|^)(?P<b>[" + _BULLETS + r"]\s*)?(?P<v>\d{1,2}|[a-z])(?P<p>\.\)|\)|\.)(?=\s+\S)")


def rules_for(lang: str) -> Segmentation:
    """The rules for a language code such as ``en``, ``zh-TW`` or ``es_ES`` (:mod:`amts_gui.core.languages`)."""
    return language(lang).segmentation


def split_sentences(text: str, lang: str) -> list[Span]:
    """Sentence spans in ``text``: (start, end) offsets, surrounding whitespace excluded."""
    return Segmenter.for_lang(lang).spans(text)


def sentences(text: str, lang: str) -> list[str]:
    """Sentence strings; line breaks inside a sentence become single spaces."""
    return [normalize_wraps(text[a:b]) for a, b in split_sentences(text, lang)]


_WRAP = re.compile(r"[^\S\n]*\n\s*")


def normalize_wraps(sentence: str) -> str:
    """Join a sentence wrapped over several lines into one line."""
    return _WRAP.sub(" ", sentence) if "\n" in sentence else sentence


class Segmenter:
    """Sentence splitter for one language; instances are cached per language."""

    def __init__(self, rules: Segmentation) -> None:
        self.rules = rules
        self._protected_open = {pair[0]: pair[1] for pair in rules.protected}
        self._glued = (
            re.compile(f"(?<=[{rules.glued_after}])(?P<t>[.!?]+)(?P<c>)(?P<ws>)(?=[{rules.glued_before}])")
            if rules.glued_after
            else None
        )
        self._script_end = re.compile(f"[{rules.glued_after}]") if rules.glued_after else None

    @staticmethod
    @cache
    def for_lang(lang: str) -> Segmenter:
        return Segmenter(rules_for(lang))

    # -- public -----------------------------------------------------------
    def spans(self, text: str) -> list[Span]:
        out: list[Span] = []
        for start, end in self._chunks(text):
            cuts = self._boundaries(text, start, end)
            prev = start
            for cut in [*cuts, end]:
                span = _strip(text, prev, cut)
                if span:
                    out.append(span)
                prev = cut
        return out

    # -- pass 1: hard breaks ----------------------------------------------
    def _chunks(self, text: str) -> Iterator[Span]:
        if "\n" not in text:
            yield 0, len(text)
            return
        start = 0
        for m in _HARD_BREAK.finditer(text):
            if m.group() == "\n" and not self._is_hard_newline(text, start, m.start(), m.end()):
                continue
            yield start, m.start()
            start = m.end()
        yield start, len(text)

    @staticmethod
    def _is_hard_newline(text: str, chunk_start: int, nl: int, after: int) -> bool:
        line_start = text.rfind("\n", chunk_start, nl) + 1
        line = text[max(line_start, chunk_start) : nl].strip()
        if not line or line.endswith(":") or not _LETTER.search(line):
            return True
        nxt = text[after : after + 2].lstrip()
        return bool(nxt) and nxt[0] in _BULLETS

    # -- pass 2 and 3: list markers and terminal punctuation -------------
    def _boundaries(self, text: str, start: int, end: int) -> list[int]:
        chunk = text[start:end]
        marker_cuts, marker_dots = _list_markers(chunk)
        cuts = {start + c for c in marker_cuts}
        protected = self._protected_ranges(chunk) if self._protected_open else ()
        last = 0
        for m in self._terminals(chunk):
            if m.start("t") in marker_dots or any(a < m.start("t") < b for a, b in protected):
                continue
            cut = self._judge(chunk, m, last)
            if cut is None:
                continue
            if _LETTER.search(chunk, last, cut) is None and not _CJK_RE.search(chunk, last, cut):
                continue  # a "sentence" with no words, e.g. a bare "1."
            cuts.add(start + cut)
            last = cut
        return sorted(c for c in cuts if start < c < end)

    def _terminals(self, chunk: str) -> Iterator[re.Match[str]]:
        if not self.rules.cjk and self._glued is None:
            yield from _LATIN_TERMINAL.finditer(chunk)
            return
        matches = [*_LATIN_TERMINAL.finditer(chunk)]
        matches += [*_CJK_TERMINAL.finditer(chunk)] if self.rules.cjk else []
        matches += [*self._glued.finditer(chunk)] if self._glued is not None else []
        seen: set[int] = set()
        for m in sorted(matches, key=lambda m: m.start()):
            if m.start() in seen:
                continue
            seen.update(range(m.start(), m.end()))
            yield m

    def _protected_ranges(self, chunk: str) -> list[Span]:
        ranges: list[Span] = []
        for opener, closer in self._protected_open.items():
            pos = chunk.find(opener)
            while pos >= 0:
                close = chunk.find(closer, pos + 1)
                if close < 0:
                    break
                ranges.append((pos, close))
                pos = chunk.find(opener, close + 1)
        return ranges

    def _judge(self, chunk: str, m: re.Match[str], sentence_start: int) -> int | None:
        """Return the cut offset for a terminal candidate, or None to keep going."""
        term = m.group("t")
        after = m.end()
        if after >= len(chunk):
            return None  # the end of the chunk ends the sentence anyway
        nxt = _NEXT_TOKEN.match(chunk, after)
        next_word = nxt.group("w") if nxt else ""
        lead = chunk[after] if after < len(chunk) else ""
        if m.re is self._glued:
            return m.end("c")  # a full stop glued between two words of the script (Korean)
        if self._script_end is not None and m.group("ws") and self._script_end.match(chunk, max(m.start() - 1, 0)):
            return m.end("c")  # after a word of the script, a full stop ends the sentence whatever follows
        if term[0] in "。！？…" or (term[-1] in "。！？" and self.rules.cjk):
            if term == "……" and not m.group("c") and lead and lead in "，,、":
                return None
            return m.end("c")
        if not m.group("ws"):
            return None
        if _BRACKET_ELLIPSIS.match(chunk, max(m.start() - 1, 0)):
            return None
        kind = _starts_with(lead, next_word)
        if kind in ("lower", "punct"):
            return None
        if term.startswith(". ") or " " in term:  # spaced ellipsis ". . ." / ". . . ."
            return self._judge_spaced_ellipsis(chunk, m, kind)
        if "." not in term or term.startswith(("!", "?", "‽")) or len(term) > 1:
            if term in ("..", "...") and kind != "upper":
                return None
            return m.end("c")
        return self._judge_period(chunk, m, kind, next_word, sentence_start)

    @staticmethod
    def _judge_spaced_ellipsis(chunk: str, m: re.Match[str], kind: str) -> int | None:
        dots = m.group("t").count(".")
        attached = m.start() > 0 and not chunk[m.start() - 1].isspace()
        if kind != "upper":
            return None
        if attached and dots >= 4:
            return m.start() + 1  # "word. . . . Next": the ellipsis opens the next sentence
        if dots >= 4:
            return m.end("c")
        return None

    def _judge_period(self, chunk: str, m: re.Match[str], kind: str, next_word: str, sentence_start: int) -> int | None:
        word = _WORD_BEFORE.search(chunk, sentence_start, m.start()).group(1)  # type: ignore[union-attr]
        word = word.lstrip(_OPENERS)
        key = word.lower()
        rules = self.rules
        cut = m.end("c")
        if m.group("c"):
            return cut  # 'great." She' – a closing quote or bracket ends the sentence
        if not word or "⟦" in word:
            return cut
        if key in rules.prepositive or key.replace("°", "") == "n":
            return None
        is_acronym = _DOTTED_ACRONYM.match(word) is not None
        if key in rules.time_abbreviations:
            if kind == "upper" and len(chunk[sentence_start : m.start()].split()) > 3:
                return cut
            return None
        if key in rules.ambiguous or is_acronym or _is_initial(word):
            if kind == "digit":
                return None
            return cut if next_word.rstrip(".,;:") in rules.starters else None
        return cut


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isalpha()


def _starts_with(lead: str, next_word: str) -> str:
    """Classify what follows a terminal: upper (or a letter without case), lower, digit, cjk, token or punct."""
    if next_word.startswith("⟦"):
        return "token"
    ch = next_word[:1] or lead
    if not ch:
        return "punct"
    if ch.isupper():
        return "upper"
    if ch.islower():
        return "lower"
    if ch.isdigit():
        return "digit"
    if _CJK_RE.match(ch):
        return "cjk"
    if ch.isalpha():
        return "upper"  # a letter of a script without case (Hangul, Thai…) may start a sentence

    if lead in "¿¡":
        return "upper"
    return "punct"


def _list_markers(chunk: str) -> tuple[list[int], set[int]]:
    """Cuts before enumerated list markers, and the offsets of the markers' dots.

    A marker counts only inside a run of at least two consecutive values
    (1, 2, … or a, b, …) that begins at the chunk start, after a bullet, or at 1/a.
    """
    found = []
    for m in _MARKER.finditer(chunk):
        value = m.group("v")
        num = int(value) if value.isdigit() else ord(value) - ord("a") + 1
        if not value.isdigit():
            after = chunk[m.end() :].lstrip()[:1]
            if not after.isupper():
                continue
        found.append((m.start(), num, value.isdigit(), m.group("b") is not None, m.start("p")))
    cuts: list[int] = []
    dots: set[int] = set()
    run: list[tuple[int, int, bool, bool, int]] = []

    def flush() -> None:
        if len(run) >= 2:
            first = run[0]
            if first[0] == 0 or first[3] or first[1] == 1:
                cuts.extend(item[0] for item in run if item[0] > 0)
                dots.update(item[4] for item in run)
        run.clear()

    for item in found:
        if run and item[2] == run[-1][2] and item[1] == run[-1][1] + 1:
            run.append(item)
            continue
        flush()
        run.append(item)
    flush()
    return cuts, dots


def _strip(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None

"""The term lists of the D2L editions (``TERMINOLOGY.md``), in their three layouts:

- Chinese: one ``中文，english`` line per term; ``准确率/精度`` gives two translations (the first
  preferred);
- Korean: a Markdown table of ``| english | 한국어 |`` rows (a row without a translation is a term still
  to be decided, and left out);
- Turkish: one ``english; türkçe`` line per term (``english: türkçe`` too); ``toptan, toplu`` gives two
  translations; a parenthesized part of a translation is a note (``(matrisin) sağlamlık sayısı``).

On the English side, a parenthesized abbreviation, ``long short-term memory (LSTM)``, is a term of its
own (case-sensitive); a parenthesized phrase of several words is the full form of an abbreviation,
``api (application programming interface)``, a variant of the entry; any other parenthesized word is
optional, ``momentum (method)``: both ``momentum`` and ``momentum method`` are terms; ``a/b`` are two
ways to write one entry (``tokenizer/tokenization``), and a plural marker ``(s)`` is dropped, since
matching knows plurals.  A list is read whole before anything is stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from amts_gui.core.errors import InputError
from amts_gui.core.fileio import MAX_GLOSSARY_BYTES, read_text_file
from amts_gui.core.messages import message
from amts_gui.core.parallel.languages import Tag
from amts_gui.core.terms.duplicates import Gathered, Glossary
from amts_gui.core.text.terms import TermEntry

_ABBREVIATION = re.compile(r"[A-Z][A-Za-z0-9]*s?|[a-z](\.[a-z])+\.?")  # LSTM, CBOW, i.i.d.
_PARENTHESIS = re.compile(r"^(?P<base>.*?)\s*\((?P<inner>[^()]+)\)\s*(?P<after>.*)$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NAMES = {"zh": "Chinese", "ko": "Korean"}


@dataclass(frozen=True)
class ListRow:
    """One term of a list: the English, its translations, a note; and the line it came from."""

    english: str
    targets: tuple[str, ...]
    note: str
    line: int


def english_forms(english: str) -> list[tuple[str, bool, tuple[str, ...]]]:
    """The source terms one English entry stands for: (term, case-sensitive, variants)."""
    english = english.replace("(s)", "").strip()
    if "/" in english and "(" not in english:
        first, *others = [w.strip() for w in english.split("/") if w.strip()]
        return [(first, False, tuple(others))]
    found = _PARENTHESIS.match(english)
    if found is None:
        return [(english, False, ())]
    base, inner, after = (found.group(k).strip() for k in ("base", "inner", "after"))
    if after:  # "continous bag-of-words (CBOW) model": the abbreviation stands for the words before it
        if _ABBREVIATION.fullmatch(inner):
            return [(f"{base} {after}", False, ()), (f"{inner} {after}", True, ())]
        return [(f"{base} {after}", False, (f"{base} {inner} {after}",))]
    if _ABBREVIATION.fullmatch(inner):
        return [(base, False, ()), (inner, True, ())]
    if len(inner.split()) > 1:
        return [(base, False, (inner,))]
    return [(base, False, ()), (f"{base} {inner}", False, ())]


def _zh_rows(lines: list[str]) -> list[ListRow]:
    rows = []
    for number, line in lines_of(lines):
        chinese, comma, english = line.partition("，")
        if not comma or not chinese.strip() or not english.strip():
            raise _bad_line(number, line, "中文，english")
        rows.append(ListRow(english.strip(), tuple(t.strip() for t in chinese.split("/") if t.strip()), "", number))
    return rows


def _table_rows(lines: list[str]) -> list[ListRow]:
    rows = []
    cells_seen = False
    for number, line in lines_of(lines):
        if not line.startswith("|") or _TABLE_RULE.match(line):
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if not cells_seen:  # the header row
            cells_seen = True
            continue
        if len(cells) < 2 or not cells[0]:
            raise _bad_line(number, line, "| english | translation |")
        targets = tuple(t.strip() for t in re.split(r"[,/]", cells[1]) if t.strip())
        if targets:
            rows.append(ListRow(cells[0], targets, "", number))
    return rows


def _semicolon_rows(lines: list[str]) -> list[ListRow]:
    rows = []
    for number, line in lines_of(lines):
        english, mark, rest = line.partition(";") if ";" in line else line.partition(":")
        if not mark or not english.strip() or not rest.strip():
            raise _bad_line(number, line, "english; translation")
        notes = re.findall(r"\(([^()]*)\)", rest)
        plain = re.sub(r"\s*\([^()]*\)\s*", " ", rest)
        targets = tuple(" ".join(t.split()) for t in plain.split(",") if t.strip())
        rows.append(ListRow(english.strip(), targets, "; ".join(n.strip() for n in notes if n.strip()), number))
    return rows


def lines_of(lines: list[str]) -> list[tuple[int, str]]:
    """The list's lines that hold terms, numbered: no blank lines, headings or directives."""
    return [
        (number, line.strip())
        for number, line in enumerate(lines, start=1)
        if line.strip() and not line.lstrip().startswith(("#", ":label:", ":"))
    ]


class _BadLine(Exception):
    """A line not in the list's layout; :func:`read_d2l_list` names the file."""

    def __init__(self, number: int, line: str, layout: str) -> None:
        super().__init__(number, line, layout)
        self.number, self.line, self.layout = number, line, layout


def _bad_line(number: int, line: str, layout: str) -> _BadLine:
    return _BadLine(number, line, layout)


def _rows(lines: list[str]) -> list[ListRow]:
    """The rows in the layout of the list's first term line."""
    first = next((line for _, line in lines_of(lines)), "")
    if first.startswith("|"):
        return _table_rows(lines)
    return _zh_rows(lines) if "，" in first else _semicolon_rows(lines)


def _language_of(rows: list[ListRow]) -> str | None:
    text = "".join(t for r in rows for t in r.targets)
    if _HANGUL.search(text):
        return "ko"
    return "zh" if _HAN.search(text) else None  # a Latin script: any language written in it


def read_d2l_list(path: Path, source_lang: str, target_lang: str) -> Glossary:
    """A D2L edition's list as entries for an English → X project (or X → English: each translation to its
    English)."""
    try:
        rows = _rows(read_text_file(path, max_bytes=MAX_GLOSSARY_BYTES).splitlines())
    except _BadLine as bad:
        raise InputError(
            message(
                "{path}, line {number}: not a `{layout}` line: {line!r}",
                path=path,
                number=bad.number,
                layout=bad.layout,
                line=bad.line,
            )
        ) from None
    source, target = Tag.parse(source_lang).language, Tag.parse(target_lang).language
    written = _language_of(rows)
    english_first = source == "en"
    other = target if english_first else source
    if (source != "en" and target != "en") or (written is not None and written != other):
        raise InputError(
            message(
                "{path}: the D2L term list is English–{language}; the project is {source} → {target}",
                path=path,
                language=_NAMES.get(written or "", written or "another language"),
                source=source_lang,
                target=target_lang,
            )
        )
    return _entries(rows, english_first)


def _entries(rows: list[ListRow], english_first: bool) -> Glossary:
    gathered = Gathered()
    for row in rows:
        forms = english_forms(row.english)
        where = f"line {row.line}"
        if not english_first:
            for translated in row.targets:
                gathered.add(TermEntry(translated, (forms[0][0],), note=row.note), where)
            continue
        for term, case_sensitive, variants in forms:
            note = f"abbreviation of {forms[0][0]}" if case_sensitive else row.note
            entry = TermEntry(term, row.targets, note=note, case_sensitive=case_sensitive, variants=variants)
            gathered.add(entry, where)
    return Glossary(list(gathered.entries.values()), gathered.notes)

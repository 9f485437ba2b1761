"""Glossary files: the D2L ``TERMINOLOGY.md`` list, Amazon's CSV/TSV terminology format, and TBX and TMX
(:mod:`amts_gui.core.terms.exchange`), read and written.

``TERMINOLOGY.md`` has one ``中文，english`` line per term; ``准确率/精度`` gives two Chinese translations
(the first preferred); a parenthesized abbreviation, ``long short-term memory (LSTM)``, is a term of its
own (case-sensitive); any other parenthesized word is optional, ``momentum (method)``: both ``momentum``
and ``momentum method`` are terms.  CSV/TSV has a first row of language codes, as Amazon Translate's
Custom Terminology reads it; a file is read whole before anything is stored.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from amts_gui.core.errors import InputError
from amts_gui.core.fileio import read_text_file
from amts_gui.core.messages import message
from amts_gui.core.parallel.formats import language_columns
from amts_gui.core.parallel.languages import Tag
from amts_gui.core.terms.exchange import read_tbx, read_tmx_glossary, render_tbx, render_tmx_glossary
from amts_gui.core.text.terms import TermEntry

FORMATS = ("md", "csv", "tsv", "tbx", "tmx")
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z0-9]*s?|[a-z](\.[a-z])+\.?")  # LSTM, CBOW, i.i.d.
_PARENTHESIS = re.compile(r"^(?P<base>.*?)\s*\((?P<inner>[^()]+)\)\s*$")


def _english_forms(english: str) -> list[tuple[str, bool]]:
    """The source terms one English entry stands for: (term, case-sensitive)."""
    found = _PARENTHESIS.match(english)
    if found is None:
        return [(english, False)]
    base, inner = found.group("base").strip(), found.group("inner").strip()
    if _ABBREVIATION.fullmatch(inner):
        return [(base, False), (inner, True)]
    return [(base, False), (f"{base} {inner}", False)]


def read_d2l_terminology(path: Path, source_lang: str, target_lang: str) -> list[TermEntry]:
    """The D2L list as entries for an en→zh project (or zh→en: each Chinese term to its English)."""
    english_first = Tag.parse(source_lang).language == "en" and Tag.parse(target_lang).language == "zh"
    if not english_first and not (Tag.parse(source_lang).language == "zh" and Tag.parse(target_lang).language == "en"):
        raise InputError(
            message(
                "{path}: the D2L term list is English–Chinese; the project is {source} → {target}",
                path=path,
                source=source_lang,
                target=target_lang,
            )
        )
    entries: dict[str, TermEntry] = {}
    for number, line in enumerate(read_text_file(path).splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        chinese, comma, english = line.partition("，")
        if not comma or not chinese.strip() or not english.strip():
            raise InputError(
                message(
                    "{path}, line {number}: not a `中文，english` line: {line!r}", path=path, number=number, line=line
                )
            )
        targets = tuple(t.strip() for t in chinese.split("/") if t.strip())
        forms = _english_forms(english.strip())
        if english_first:
            for term, case_sensitive in forms:
                note = f"abbreviation of {forms[0][0]}" if case_sensitive else ""
                entries[term] = TermEntry(term, targets, note=note, case_sensitive=case_sensitive)
        else:
            for chinese_term in targets:
                entries[chinese_term] = TermEntry(chinese_term, (forms[0][0],))
    return list(entries.values())


def read_term_table(path: Path, fmt: str, source_lang: str, target_lang: str) -> list[TermEntry]:
    """Amazon's terminology CSV/TSV: a header of language codes, then one term per row."""
    text = read_text_file(path)
    reader = csv.reader(io.StringIO(text), delimiter="\t" if fmt == "tsv" else ",")
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise InputError(
            message("{path}: line {line}: {reason}", path=path, line=reader.line_num, reason=exc)
        ) from None
    header = [h.strip() for h in rows[0]] if rows else []
    si, ti = language_columns(path, header, source_lang, target_lang)
    source_tag, target_tag = header[si], header[ti]
    entries: dict[str, TermEntry] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(si, ti) or not row[si].strip() or not row[ti].strip():
            raise InputError(
                message(
                    "{path}, line {number}: needs a {source} term and a {target} term",
                    path=path,
                    number=number,
                    source=source_tag,
                    target=target_tag,
                )
            )
        source, target = row[si].strip(), row[ti].strip()
        entries[source] = TermEntry(source, (target,), do_not_translate=source == target)
    return list(entries.values())


def read_glossary(path: Path, source_lang: str, target_lang: str) -> list[TermEntry]:
    fmt = path.suffix.lower().lstrip(".")
    if fmt == "md":
        return read_d2l_terminology(path, source_lang, target_lang)
    if fmt in ("csv", "tsv"):
        return read_term_table(path, fmt, source_lang, target_lang)
    if fmt == "tbx":
        return read_tbx(path, source_lang, target_lang)
    if fmt == "tmx":
        return read_tmx_glossary(path, source_lang, target_lang)
    raise InputError(
        message(
            "{path}: unknown glossary format {suffix!r}; use .md (D2L), .csv, .tsv, .tbx or .tmx",
            path=path,
            suffix=path.suffix,
        )
    )


def glossary_bytes(entries: list[TermEntry], fmt: str, source_lang: str, target_lang: str, tool_version: str) -> bytes:
    """The glossary as a file of ``fmt`` (one of FORMATS), for an atomic write."""
    if fmt == "tbx":
        return render_tbx(entries, source_lang, target_lang).encode("utf-8")
    if fmt == "tmx":
        return render_tmx_glossary(entries, source_lang, target_lang, tool_version)
    if fmt not in FORMATS:
        raise InputError(message("unknown glossary format {fmt!r}; use md, csv, tsv, tbx or tmx", fmt=fmt))
    return render_glossary(entries, fmt, source_lang, target_lang).encode("utf-8")


def render_glossary(entries: list[TermEntry], fmt: str, source_lang: str, target_lang: str) -> str:
    """The glossary as a file: Amazon's CSV/TSV (the preferred target), or the D2L list (en→zh)."""
    if fmt == "md":
        lines = ["## 英汉术语对照", ""]
        for entry in entries:
            lines += [f"{'/'.join(entry.targets) or entry.source}，{entry.source}", ""]
        return "\n".join(lines)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
    writer.writerow([source_lang, target_lang])
    writer.writerows([entry.source, entry.preferred] for entry in entries)
    return buffer.getvalue()

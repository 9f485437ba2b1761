"""Glossary files: the D2L editions' ``TERMINOLOGY.md`` lists (:mod:`amts_gui.core.terms.d2l_lists`),
Amazon's CSV/TSV terminology format, and TBX and TMX (:mod:`amts_gui.core.terms.exchange`), read and
written.

CSV/TSV has a first row of language codes, as Amazon Translate's Custom Terminology reads it, and after
them, when an entry has senses, our columns ``variants``, ``not in`` (phrases joined by ``|``) and
``ambiguous``; a file is read whole before anything is stored.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from amts_gui.core.errors import InputError
from amts_gui.core.fileio import MAX_GLOSSARY_BYTES, check_file_size, read_text_file
from amts_gui.core.messages import message
from amts_gui.core.parallel.formats import language_columns
from amts_gui.core.terms.d2l_lists import read_d2l_list
from amts_gui.core.terms.duplicates import Gathered, Glossary
from amts_gui.core.terms.exchange import read_tbx, read_tmx_glossary, render_tbx, render_tmx_glossary
from amts_gui.core.text.terms import TermEntry

FORMATS = ("md", "csv", "tsv", "tbx", "tmx")
# our columns after the two languages, written only when an entry has senses (Amazon reads two columns)
SENSE_COLUMNS = ("variants", "not in", "ambiguous")


def read_term_table(path: Path, fmt: str, source_lang: str, target_lang: str) -> Glossary:
    """Amazon's terminology CSV/TSV: a header of language codes, then one term per row."""
    text = read_text_file(path, max_bytes=MAX_GLOSSARY_BYTES, kind=fmt.upper())
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
    gathered = Gathered()
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
        senses = _senses(header, row)
        gathered.add(TermEntry(source, (target,), do_not_translate=source == target, **senses), f"line {number}")
    return Glossary(list(gathered.entries.values()), gathered.notes)


def _senses(header: list[str], row: list[str]) -> dict[str, Any]:
    """An entry's variants, excluded phrases and ambiguous flag from our extra columns, where present."""
    cells = {name: row[i].strip() for i, name in enumerate(header) if i < len(row) and name in SENSE_COLUMNS}
    listed = {
        key: tuple(p.strip() for p in cells.get(column, "").split("|") if p.strip())
        for key, column in (("variants", "variants"), ("not_in", "not in"))
    }
    return {**listed, "ambiguous": cells.get("ambiguous", "").lower() in ("yes", "1", "true")}


def read_glossary(path: Path, source_lang: str, target_lang: str) -> list[TermEntry]:
    """A glossary file's entries (see :func:`read_glossary_file`)."""
    return read_glossary_file(path, source_lang, target_lang).entries


def read_glossary_file(path: Path, source_lang: str, target_lang: str) -> Glossary:
    """A glossary file of any of our formats, read whole: its entries and what the reader noticed."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InputError(
            message(
                "{path}: unknown glossary format {suffix!r}; use .md (D2L), .csv, .tsv, .tbx or .tmx",
                path=path,
                suffix=path.suffix,
            )
        )
    check_file_size(path, MAX_GLOSSARY_BYTES)
    if fmt == "md":
        return read_d2l_list(path, source_lang, target_lang)
    if fmt in ("csv", "tsv"):
        return read_term_table(path, fmt, source_lang, target_lang)
    if fmt == "tbx":
        return read_tbx(path, source_lang, target_lang)
    return read_tmx_glossary(path, source_lang, target_lang)


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
    senses = any(e.variants or e.not_in or e.ambiguous for e in entries)  # else Amazon's two columns only
    writer.writerow([source_lang, target_lang, *(SENSE_COLUMNS if senses else ())])
    for entry in entries:
        extra = [" | ".join(entry.variants), " | ".join(entry.not_in), "yes" if entry.ambiguous else ""]
        writer.writerow([entry.source, entry.preferred, *(extra if senses else ())])
    return buffer.getvalue()

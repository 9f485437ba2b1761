"""Custom Terminology in the Translate double: ImportTerminology, GetTerminology, ListTerminologies, and
terms applied in its artificial translation.

The service's documented rules are applied to an imported file: CSV/TSV/TMX, a first row of language
codes (CSV/TSV), at most 10 MB, each term at most 200 bytes (longer ones are skipped and counted).  A
term of the source text (whole words, any case) comes out as the terminology's target, untouched by the
artificial upper-casing, so a test can see that the terminology was used.
"""

from __future__ import annotations

import csv
import io
import re
import time
from typing import Any

MAX_TERMINOLOGY_BYTES = 10 * 1024 * 1024
MAX_TERM_BYTES = 200


class TerminologyError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


def read_terms(data: bytes, fmt: str) -> tuple[list[str], dict[str, str], int]:
    """(language codes, source term -> target term, skipped) of a CSV/TSV terminology file."""
    if len(data) > MAX_TERMINOLOGY_BYTES:
        raise TerminologyError("LimitExceededException", "the terminology file is larger than 10 MB")
    if fmt not in ("CSV", "TSV"):
        raise TerminologyError("InvalidParameterValueException", f"this double reads CSV and TSV, not {fmt}")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8")), delimiter="\t" if fmt == "TSV" else ","))
    if not rows or len(rows[0]) < 2:
        raise TerminologyError("InvalidParameterValueException", "the first row must hold language codes")
    terms: dict[str, str] = {}
    skipped = 0
    for row in rows[1:]:
        if len(row) < 2 or not row[0] or not row[1]:
            skipped += 1
            continue
        if len(row[0].encode()) > MAX_TERM_BYTES or len(row[1].encode()) > MAX_TERM_BYTES:
            skipped += 1
            continue
        terms[row[0]] = row[1]
    return [c.strip() for c in rows[0]], terms, skipped


class Terminologies:
    """The terminologies of one double, by name."""

    def __init__(self, region: str, account: str) -> None:
        self.region, self.account = region, account
        self.items: dict[str, dict[str, Any]] = {}

    def import_(self, p: dict[str, Any]) -> dict[str, Any]:
        name, data = p["Name"], p["TerminologyData"]
        if p.get("MergeStrategy", "OVERWRITE") != "OVERWRITE":
            raise TerminologyError("InvalidParameterValueException", "MergeStrategy must be OVERWRITE")
        file = data["File"]
        if isinstance(file, str):  # JSON carries blobs as base64
            import base64

            file = base64.b64decode(file)
        codes, terms, skipped = read_terms(file, data["Format"])
        now = time.time()
        previous = self.items.get(name)
        self.items[name] = {
            "Name": name,
            "Description": p.get("Description", ""),
            "Arn": f"arn:aws:translate:{self.region}:{self.account}:terminology/{name}/LATEST",
            "SourceLanguageCode": codes[0],
            "TargetLanguageCodes": codes[1:],
            "TermCount": len(terms),
            "SkippedTermCount": skipped,
            "SizeBytes": len(file),
            "Format": data["Format"],
            "Directionality": data.get("Directionality", "UNI"),
            "CreatedAt": previous["CreatedAt"] if previous else now,
            "LastUpdatedAt": now,
            "terms": terms,
        }
        return {"TerminologyProperties": self.properties(name)}

    def properties(self, name: str) -> dict[str, Any]:
        return {k: v for k, v in self.get(name).items() if k != "terms"}

    def get(self, name: str) -> dict[str, Any]:
        if name not in self.items:
            raise TerminologyError("ResourceNotFoundException", f"terminology {name} not found")
        return self.items[name]

    def list(self) -> dict[str, Any]:
        return {"TerminologyPropertiesList": [self.properties(n) for n in sorted(self.items)]}

    def terms_of(self, names: list[str]) -> dict[str, str]:
        """The terms of the named terminologies (each must exist): what a request applies."""
        merged: dict[str, str] = {}
        for name in names:
            merged.update(self.get(name)["terms"])
        return merged


def apply_terms(data: str, terms: dict[str, str], translate: Any) -> tuple[str, list[dict[str, str]]]:
    """``data`` translated by ``translate``, except the terms, which become their targets as they are."""
    if not terms:
        return translate(data), []
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")(?!\w)",
        re.IGNORECASE,
    )
    lowered = {t.lower(): t for t in terms}
    out, applied, last = [], [], 0
    for found in pattern.finditer(data):
        source = lowered[found.group(1).lower()]
        out += [translate(data[last : found.start()]), terms[source]]
        applied.append({"SourceText": source, "TargetText": terms[source]})
        last = found.end()
    out.append(translate(data[last:]))
    return "".join(out), applied

"""XML files in any encoding their declaration names, as UTF-8 bytes for the parser.

Python's XML parser (expat) reads UTF-8, UTF-16, ISO-8859-1 and US-ASCII itself.  A TMX from a Chinese
or Japanese tool may say ``encoding="GBK"``, ``"Big5"`` or ``"Shift_JIS"``, which expat refuses; such a
file is decoded with Python's codec, incrementally (a large memory never sits in RAM whole), and handed
on as UTF-8 with the declaration saying so.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.open_projects import refuse_open_project

_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_EXPAT_NATIVE = {"utf_8", "utf_16", "latin_1", "ascii"}  # codec names, as codecs.lookup gives them
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
CHUNK = 64 * 1024


class _Transcoded:
    """A binary stream of UTF-8 read from ``raw`` in ``encoding``, its XML declaration rewritten."""

    def __init__(self, raw: BinaryIO, encoding: str) -> None:
        self.raw = raw
        self.decoder = codecs.getincrementaldecoder(encoding)()
        self.first = True
        self.done = False

    def read(self, size: int = -1) -> bytes:
        if self.done:
            return b""
        chunk = self.raw.read(CHUNK if size is None or size < 0 else max(size, 1024))
        final = not chunk
        text = self.decoder.decode(chunk, final=final)
        self.done = final
        data = text.encode("utf-8")
        if self.first:
            self.first = False
            data = _DECLARATION.sub(lambda m: m.group(0).replace(m.group(1), b"UTF-8"), data, count=1)
        return data


def declared_encoding(head: bytes) -> str | None:
    """The encoding an XML declaration names at the start of ``head`` (None: none named, or a BOM)."""
    if head.startswith(_BOMS):
        return None
    found = _DECLARATION.match(head)
    return found.group(1).decode("ascii") if found else None


@contextmanager
def utf8_stream(path: Path) -> Iterator[BinaryIO]:
    """The file opened for the XML parser: as it is when expat reads its encoding, else transcoded."""
    refuse_open_project(path)  # reading it would drop the project's locks
    with path.open("rb") as raw:
        name = declared_encoding(raw.read(512))
        raw.seek(0)
        if name is None:
            yield raw
            return
        try:
            codec = codecs.lookup(name).name.replace("-", "_")
        except LookupError:
            raise InputError(
                message(
                    "{path}: declares the encoding {encoding!r}, which is not known; save the file as UTF-8",
                    path=path,
                    encoding=name,
                )
            ) from None
        yield raw if codec in _EXPAT_NATIVE else _Transcoded(raw, codec)  # type: ignore[misc]

"""Reading source files safely and writing files atomically."""

from __future__ import annotations

import codecs
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.open_projects import refuse_open_project

MAX_SOURCE_BYTES = 5 * 1024 * 1024
MAX_GLOSSARY_BYTES = 64 * 1024 * 1024  # every glossary format alike; the D2L lists are 20 kB
MARKDOWN_SUFFIXES = (".md", ".mdx")
# byte order marks of the encodings whose zero bytes would look binary (UTF-32 first: it starts like UTF-16)
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def check_file_size(path: Path, limit: int) -> None:
    """Refuse a file over ``limit`` bytes before reading it, saying both sizes in MB."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(message("{path}: cannot read ({reason})", path=path, reason=exc.strerror)) from None
    if size > limit:
        raise InputError(
            message(
                "{path}: {size} MB is over the {limit} MB limit; split it into several files",
                path=path,
                size=size // (1024 * 1024),
                limit=limit // (1024 * 1024),
            )
        )


def read_text_file(path: Path, *, max_bytes: int = MAX_SOURCE_BYTES, kind: str = "Markdown") -> str:
    """Read a UTF-8 text file, or raise :class:`InputError` saying what is wrong with it; ``kind`` names
    the format expected (Markdown, CSV, TSV)."""
    if not path.exists():
        raise InputError(message("{path}: no such file", path=path))
    if path.is_dir():
        raise InputError(message("{path}: is a directory, not a file", path=path))
    refuse_open_project(path)  # reading it would drop the project's locks
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(message("{path}: cannot be read ({reason})", path=path, reason=exc.strerror)) from None
    if not data.strip():
        raise InputError(message("{path}: the file is empty", path=path))
    if len(data) > max_bytes:
        raise InputError(
            message(
                "{path}: {count:,} bytes is over the {max_bytes:,}-byte limit; split the chapter",
                path=path,
                count=len(data),
                max_bytes=max_bytes,
            )
        )
    wide = next((name for bom, name in _WIDE_BOMS if data.startswith(bom)), None)
    if wide is not None:
        raise InputError(
            message(
                "{path}: {encoding} text; save it as UTF-8 (e.g. iconv -f {encoding} -t UTF-8 FILE > NEW)",
                path=path,
                encoding=wide,
            )
        )
    if b"\x00" in data[:8192]:
        raise InputError(message("{path}: looks like a binary file, not {kind} text", path=path, kind=kind))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            message(
                "{path}: not valid UTF-8 (byte {start}, line {line}); re-save the file as UTF-8",
                path=path,
                start=exc.start,
                line=line,
            )
        ) from None


def find_markdown(path: Path) -> list[Path]:
    """The Markdown files at ``path``: the file itself or every .md/.mdx below a directory."""
    if not path.exists():
        raise InputError(message("{path}: no such file or directory", path=path))
    if path.is_file():
        if path.suffix.lower() not in MARKDOWN_SUFFIXES:
            raise InputError(message("{path}: not a .md or .mdx file", path=path))
        return [path]
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in MARKDOWN_SUFFIXES)
    if not files:
        raise InputError(message("{path}: no .md or .mdx files in this directory", path=path))
    return files


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 through a temporary file and an atomic rename."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    atomic_write_chunks(path, [data])


def atomic_write_chunks(path: Path, chunks: Iterable[bytes]) -> None:
    """Write the chunks one after another through a temporary file and an atomic rename (a big file
    without building it in memory first).  A file of a project open in this process is never written."""
    refuse_open_project(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

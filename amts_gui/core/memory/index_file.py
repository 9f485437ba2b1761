"""The memory index saved beside the project (``PROJECT.amts.LANG.tmindex``, one per target): the postings' arrays and
the pair id of each entry, after a small JSON header.  Written atomically; anything unreadable or
from another version reads as no index at all, and the memory is rebuilt."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from amts_gui.core.fileio import atomic_write_chunks
from amts_gui.core.memory.postings import Postings

VERSION = 1
_MAGIC = b"AMTS-TM\n"
_ARRAYS = ("token_ids", "token_offsets", "gram_keys", "gram_offsets", "entry_ids", "hash_keys", "hash_entries")


@dataclass
class SavedIndex:
    postings: Postings
    pair_ids: np.ndarray  # int64: the pair of each entry
    covers: int  # the last pair change the index includes
    token: str  # which project it belongs to


def index_path(project: Path, target: str) -> Path:
    """Where the memory index of the project's pairs into ``target`` is saved, beside the project."""
    return project.with_name(f"{project.name}.{target}.tmindex")


def save_index(path: Path, saved: SavedIndex) -> None:
    arrays = {name: getattr(saved.postings, name) for name in _ARRAYS} | {"pair_ids": saved.pair_ids}
    words = "\n".join(saved.postings.words).encode("utf-8")
    layout, offset = {}, 0
    for name, array in arrays.items():
        layout[name] = {"dtype": array.dtype.str, "shape": list(array.shape), "offset": offset}
        offset += array.nbytes
    header = {"version": VERSION, "covers": saved.covers, "token": saved.token, "arrays": layout}
    header["words"] = {"offset": offset, "bytes": len(words)}
    head = json.dumps(header).encode("utf-8")
    chunks = [_MAGIC + len(head).to_bytes(8, "little") + head]
    chunks += [np.ascontiguousarray(array).tobytes() for array in arrays.values()]
    atomic_write_chunks(path, [*chunks, words])


def load_index(path: Path) -> SavedIndex | None:
    """The saved index, or None when there is none or it cannot be used."""
    try:
        with path.open("rb") as fh:
            if fh.read(len(_MAGIC)) != _MAGIC:
                return None
            header: dict[str, Any] = json.loads(fh.read(int.from_bytes(fh.read(8), "little")))
            if header.get("version") != VERSION:
                return None
            base = fh.tell()
            arrays = {}
            for name, spec in header["arrays"].items():
                fh.seek(base + spec["offset"])
                dtype = np.dtype(spec["dtype"])
                count = int(np.prod(spec["shape"]))
                arrays[name] = np.fromfile(fh, dtype=dtype, count=count).reshape(spec["shape"])
                if arrays[name].size != count:
                    return None
            fh.seek(base + header["words"]["offset"])
            blob = fh.read(header["words"]["bytes"])
            words = blob.decode("utf-8").split("\n") if blob else []
    except (OSError, ValueError, KeyError, TypeError):
        return None
    pair_ids = arrays.pop("pair_ids")
    postings = Postings(words, **arrays)
    return SavedIndex(postings, pair_ids, int(header["covers"]), str(header["token"]))

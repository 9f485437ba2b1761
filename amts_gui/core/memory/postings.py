"""The memory's retrieval index in flat numpy arrays: compact to hold, quick to save and to reopen.

Every source is a run of integer token ids (its token *classes*: lower-cased words, CJK characters,
and one class each for markup spans and numbers) in one array with offsets.  Retrieval goes
through token bigrams: the posting lists of all bigrams are one array of entry numbers, sorted by
bigram key, with the keys and their offsets beside it.  Short sources (``SHORT`` tokens or fewer)
are posted under their single tokens as well, so a short query that shares no bigram with its
match (two Chinese words that share one character) still finds it.  Exact matches go through a
64-bit hash of the source text.

No per-entry Python object is kept: at a million pairs the arrays take a few hundred bytes per
pair, where a dict of token tuples took 4 KB.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

SHORT = 8  # sources this short are posted under single tokens too (a 4-token query matches ≤ 8 at 50 %)
SHORT_QUERY = 4  # queries this short look up single tokens as well as bigrams
_UNIGRAM = np.uint64(0xFFFFFFFF)  # the second half of a single token's key


def text_key(text: str) -> int:
    """A stable 64-bit hash of a text (Python's own ``hash`` changes between runs)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little", signed=True)


@dataclass
class Postings:
    """The arrays; ``vocabulary`` maps a token class to its id (the position in ``words``)."""

    words: list[str]
    token_ids: np.ndarray  # uint32, the sources' token classes one after another
    token_offsets: np.ndarray  # int64, len(entries) + 1
    gram_keys: np.ndarray  # uint64, sorted
    gram_offsets: np.ndarray  # int64, len(gram_keys) + 1
    entry_ids: np.ndarray  # uint32, the posting lists one after another
    hash_keys: np.ndarray  # int64, sorted: text_key of each source
    hash_entries: np.ndarray  # uint32, the entry of each hash key

    def __post_init__(self) -> None:
        self.vocabulary = {word: i for i, word in enumerate(self.words)}
        self.lengths = np.diff(self.token_offsets).astype(np.int32)

    def __len__(self) -> int:
        return len(self.token_offsets) - 1

    @property
    def nbytes(self) -> int:
        arrays = (self.token_ids, self.token_offsets, self.gram_keys, self.gram_offsets, self.entry_ids)
        return sum(a.nbytes for a in (*arrays, self.hash_keys, self.hash_entries)) + sum(map(len, self.words))

    def tokens(self, entry: int) -> list[int]:
        tokens: list[int] = self.token_ids[self.token_offsets[entry] : self.token_offsets[entry + 1]].tolist()
        return tokens

    def encode(self, classes: Sequence[str]) -> list[int]:
        """A query's token classes as ids; a class the memory never saw gets -1 (it matches nothing)."""
        return [self.vocabulary.get(c, -1) for c in classes]

    def exact(self, text: str) -> list[int]:
        """Entries whose source may be ``text`` (same hash; the caller compares the text)."""
        key = np.int64(text_key(text))
        lo = int(np.searchsorted(self.hash_keys, key, side="left"))
        hi = int(np.searchsorted(self.hash_keys, key, side="right"))
        return [int(e) for e in self.hash_entries[lo:hi]]

    def candidates(self, ids: Sequence[int], slack: float, limit: int) -> np.ndarray:
        """Up to ``limit`` entries sharing the most grams with the query, within the length slack."""
        keys = _query_keys(ids)
        if not len(keys) or not len(self):
            return np.empty(0, dtype=np.int64)
        starts = np.searchsorted(self.gram_keys, keys)
        found = starts < len(self.gram_keys)
        found[found] = self.gram_keys[starts[found]] == keys[found]
        starts = starts[found]
        if not len(starts):
            return np.empty(0, dtype=np.int64)
        ends = self.gram_offsets[starts + 1]
        begins = self.gram_offsets[starts]
        hits = np.concatenate([self.entry_ids[b:e] for b, e in zip(begins.tolist(), ends.tolist(), strict=True)])
        entries, counts = np.unique(hits, return_counts=True)
        n = len(ids)
        lengths = self.lengths[entries]
        near = np.abs(lengths - n) <= slack * np.maximum(lengths, n)
        entries, counts = entries[near], counts[near]
        # shared grams over the longer side: a short entry sharing one gram beats a long one sharing it
        share = counts / np.maximum(lengths[near], n)
        if len(entries) > limit:
            top = np.argpartition(-share, limit - 1)[:limit]
            entries, counts, share = entries[top], counts[top], share[top]
        order = np.lexsort((entries, -counts, -share))  # on a tie, more grams, then the earlier entry
        ranked: np.ndarray = entries[order].astype(np.int64)
        return ranked


def _query_keys(ids: Sequence[int]) -> np.ndarray:
    known = [i for i in ids if i >= 0]
    keys = {_key(a, b) for a, b in zip(ids, ids[1:], strict=False) if a >= 0 and b >= 0}
    if len(ids) == 1 or len(ids) <= SHORT_QUERY:
        keys.update(_key(a, None) for a in known)
    return np.array(sorted(keys), dtype=np.uint64)


def _key(a: int, b: int | None) -> int:
    return (a << 32) | (0xFFFFFFFF if b is None else b)


def build(sources: Iterable[Sequence[str]], texts: Sequence[str]) -> Postings:
    """The postings of sources given as token classes, with ``texts`` (the sources) for exact lookups."""
    vocabulary: dict[str, int] = {}
    runs: list[list[int]] = []
    for classes in sources:
        runs.append([vocabulary.setdefault(c, len(vocabulary)) for c in classes])
    lengths = np.fromiter((len(r) for r in runs), dtype=np.int64, count=len(runs))
    offsets = np.zeros(len(runs) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    token_ids = np.fromiter((t for r in runs for t in r), dtype=np.uint32, count=int(offsets[-1]))
    gram_keys, gram_offsets, entry_ids = _posting_lists(token_ids, offsets)
    hashes = np.fromiter((text_key(t) for t in texts), dtype=np.int64, count=len(texts))
    order = np.argsort(hashes, kind="stable")
    return Postings(
        list(vocabulary),
        token_ids,
        offsets,
        gram_keys,
        gram_offsets,
        entry_ids,
        hashes[order],
        order.astype(np.uint32),
    )


def _posting_lists(token_ids: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sorted unique gram keys, their offsets, and the entries under each (each entry once per gram)."""
    count = len(offsets) - 1
    entry_of = np.repeat(np.arange(count, dtype=np.uint64), np.diff(offsets))
    tokens = token_ids.astype(np.uint64)
    same_entry = entry_of[1:] == entry_of[:-1]
    bigrams = (tokens[:-1] << np.uint64(32)) | tokens[1:]
    keys = [bigrams[same_entry]]
    owners = [entry_of[1:][same_entry]]
    lengths = np.diff(offsets)
    short = np.repeat(lengths <= SHORT, lengths)  # every token of a short source
    keys.append((tokens[short] << np.uint64(32)) | _UNIGRAM)
    owners.append(entry_of[short])
    all_keys, all_owners = np.concatenate(keys), np.concatenate(owners)
    order = np.lexsort((all_owners, all_keys))
    all_keys, all_owners = all_keys[order], all_owners[order]
    first = np.ones(len(all_keys), dtype=bool)  # each entry once under each gram
    first[1:] = (all_keys[1:] != all_keys[:-1]) | (all_owners[1:] != all_owners[:-1])
    all_keys, all_owners = all_keys[first], all_owners[first]
    gram_keys, starts = np.unique(all_keys, return_index=True)
    gram_offsets = np.append(starts, len(all_keys)).astype(np.int64)
    return gram_keys, gram_offsets, all_owners.astype(np.uint32)

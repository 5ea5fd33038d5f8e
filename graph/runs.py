"""Sorted runs of written text, compressed, and their merge: how a long document's output,
written a part at a time, becomes one sorted text without being held whole in memory.

A run is a sorted sequence of items (Turtle statements, N-Quads lines) joined by NUL, which
no written term holds (the writers escape control characters), UTF-8 encoded and
zlib-compressed; runs travel between processes as bytes.
"""
from __future__ import annotations

import codecs
import heapq
import zlib
from collections.abc import Callable, Iterable, Iterator

__all__ = ["pack_run", "unpack_run", "merge_runs"]

_SEP = "\0"
#: zlib level: the fastest; written RDF repeats itself enough to shrink about tenfold.
_LEVEL = 1
#: Compressed bytes fed to the decompressor at a time while a run is read.
_READ = 1 << 16


def pack_run(items: Iterable[str]) -> bytes:
    """A run of `items` (already sorted; none empty or holding a NUL)."""
    text = _SEP.join(items)
    return zlib.compress(text.encode("utf-8"), _LEVEL) if text else b""


def unpack_run(run: bytes) -> Iterator[str]:
    """The items of a run, decompressed a slice at a time."""
    if not run:
        return
    inflate = zlib.decompressobj()
    decode = codecs.getincrementaldecoder("utf-8")().decode
    tail = ""
    for at in range(0, len(run), _READ):
        text = tail + decode(inflate.decompress(run[at:at + _READ]))
        *items, tail = text.split(_SEP)
        yield from items
    yield tail + decode(inflate.flush(), final=True)


def merge_runs(runs: Iterable[bytes], key: Callable[[str], str] | None = None,
               unique: bool = False) -> Iterator[str]:
    """The items of sorted runs in one sorted order (by `key`); with `unique`, an item equal
    to the one before it is left out."""
    merged = heapq.merge(*map(unpack_run, runs), key=key)
    if not unique:
        yield from merged
        return
    last = None
    for item in merged:
        if item != last:
            yield item
            last = item

"""Noun-phrase chunks from part-of-speech tags, so that concepts outside the lexicon are found.

A chunk is a run of noun-like tokens; an adjective, numeral or distinguishing word may open it,
a verb may sit inside it when nouns stand on both sides ("城市运行效率"), and "的" joins two
chunks when a noun follows ("城市治理的精准度"). Cue verbs never join a chunk.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from itertools import compress

from .model import Token

__all__ = ["NOUNISH", "is_punct", "chunks", "chunk_spans"]

#: First letters of jieba tags that count as nouns (n, nr, ns, nt, nz, ng; j abbreviations;
#: l fixed expressions).
NOUNISH = frozenset("njl")
_NOUN_TAGS = frozenset({"vn", "an", "b", "eng"})
_OPENERS = frozenset({"a", "m", "b", "ad"})
_LINK_WORDS = frozenset({"的", "之"})


class _PunctChars(dict):
    """Character -> punctuation, symbol or space, looked up in unicodedata on first sight."""

    def __missing__(self, ch: str) -> bool:
        punct = self[ch] = unicodedata.category(ch)[0] in "PSZ" or ch.isspace()
        return punct


_PUNCT = _PunctChars()


def is_punct(text: str) -> bool:
    """True for a token made only of punctuation, symbols or white space."""
    if len(text) == 1:
        return _PUNCT[text]
    for ch in text:
        if not _PUNCT[ch]:
            return False
    return True


class _NounTags(dict):
    """Tag -> whether it counts as a noun, learnt on first sight (tags are a small set)."""

    def __missing__(self, tag: str) -> bool:
        noun = self[tag] = tag[:1] in NOUNISH or tag in _NOUN_TAGS
        return noun


_IS_NOUN = _NounTags()


def chunks(tokens: Sequence[Token], blocked: Iterable[str] = ()) -> list[tuple[int, int]]:
    """(start, end) of every noun-phrase chunk, left to right, not overlapping."""
    return [(tokens[i].start, tokens[j].end) for i, j in chunk_spans(tokens, blocked)]


class _TagClass(dict):
    """Tag -> one letter: N noun, O opener, J joiner (a verb), X other; learnt on first sight."""

    def __missing__(self, tag: str) -> str:
        c = self[tag] = ("N" if _IS_NOUN[tag] else "O" if tag in _OPENERS
                         else "J" if tag[:1] == "v" else "X")
        return c


_CLASS = _TagClass()
#: A chunk over the token letters (B: a blocked word): an opener or a noun first, then nouns,
#: each after at most one joiner (a verb, 的/之 or an opener) that a noun follows.
_CHUNK = re.compile(r"O?N(?:[JO]?N)*")


def chunk_spans(tokens: Sequence[Token], blocked: Iterable[str] = ()) -> list[tuple[int, int]]:
    """(first, last) token indices of every chunk (last inclusive), as `chunks` finds them."""
    blocked = blocked if isinstance(blocked, frozenset) else frozenset(blocked)
    texts = [t.text for t in tokens]
    letters = list(map(_CLASS.__getitem__, [t.pos for t in tokens]))
    for k in compress(range(len(texts)), map(_LINK_WORDS.__contains__, texts)):
        if letters[k] == "X":
            letters[k] = "J"
    for k in compress(range(len(texts)), map(blocked.__contains__, texts)):
        letters[k] = "B"
    return [(m.start(), m.end() - 1) for m in _CHUNK.finditer("".join(letters))]

"""Noun-phrase chunks from part-of-speech tags, so that concepts outside the lexicon are found.

A chunk is a run of noun-like tokens; an adjective, numeral or distinguishing word may open it,
a verb may sit inside it when nouns stand on both sides ("城市运行效率"), and "的" joins two
chunks when a noun follows ("城市治理的精准度"). Cue verbs never join a chunk.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from .model import Token

__all__ = ["NOUNISH", "is_punct", "chunks"]

#: First letters of jieba tags that count as nouns (n, nr, ns, nt, nz, ng; j abbreviations;
#: l fixed expressions).
NOUNISH = frozenset("njl")
_NOUN_TAGS = frozenset({"vn", "an", "b", "eng"})
_OPENERS = frozenset({"a", "m", "b", "ad"})


def is_punct(text: str) -> bool:
    """True for a token made only of punctuation, symbols or white space."""
    return all(unicodedata.category(ch)[0] in "PSZ" or ch.isspace() for ch in text)


def _nounish(t: Token) -> bool:
    return t.pos[:1] in NOUNISH or t.pos in _NOUN_TAGS


def chunks(tokens: Sequence[Token], blocked: Iterable[str] = ()) -> list[tuple[int, int]]:
    """(start, end) of every noun-phrase chunk, left to right, not overlapping."""
    blocked = blocked if isinstance(blocked, frozenset) else frozenset(blocked)
    out: list[tuple[int, int]] = []
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        if t.text in blocked or not (_nounish(t) or (t.pos in _OPENERS and i + 1 < n
                                                     and _nounish(tokens[i + 1]))):
            i += 1
            continue
        start = t.start
        j = i
        end_j = i if _nounish(t) else None
        j += 1
        while j < n:
            u = tokens[j]
            if u.text in blocked:
                break
            if _nounish(u):
                end_j = j
                j += 1
                continue
            nxt = tokens[j + 1] if j + 1 < n else None
            joins = nxt is not None and _nounish(nxt) and nxt.text not in blocked
            if joins and end_j == j - 1 and (u.pos[:1] == "v" or u.text in ("的", "之")
                                             or u.pos in _OPENERS):
                j += 1
                continue
            break
        if end_j is not None:
            out.append((start, tokens[end_j].end))
            i = end_j + 1
        else:
            i = j
    return out

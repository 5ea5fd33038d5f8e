"""Noun-phrase chunks from part-of-speech tags, so that concepts outside the lexicon are found.

A chunk is a run of noun-like tokens; an adjective, numeral or distinguishing word may open it,
a verb may sit inside it when nouns stand on both sides ("城市运行效率"), and "的" joins two
chunks when a noun follows ("城市治理的精准度"). Cue verbs never join a chunk.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from .cuetable import phrase_words
from .model import Token
from .resources import Resources

__all__ = ["NOUNISH", "is_punct", "chunks", "chunk_spans"]

#: First letters of jieba tags that count as nouns (n, nr, ns, nt, nz, ng; j abbreviations;
#: l fixed expressions).
NOUNISH = frozenset("njl")
_NOUN_TAGS = frozenset({"vn", "an", "b", "eng"})
_OPENERS = frozenset({"a", "m", "b", "ad"})


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


def chunks(tokens: Sequence[Token], blocked: Iterable[str] = (), *,
           res: Resources) -> list[tuple[int, int]]:
    """(start, end) of every noun-phrase chunk, left to right, not overlapping."""
    return [(tokens[i].start, tokens[j].end) for i, j in chunk_spans(tokens, blocked, res=res)]


def chunk_spans(tokens: Sequence[Token], blocked: Iterable[str] = (), *,
                res: Resources) -> list[tuple[int, int]]:
    """(first, last) token indices of every chunk (last inclusive), as `chunks` finds them."""
    blocked = blocked if isinstance(blocked, frozenset) else frozenset(blocked)
    if tokens and isinstance(tokens[0], tuple):     # Toks: both columns in one C call
        _, _, texts, tags = zip(*tokens)
    else:
        tags = [t.pos for t in tokens]
        texts = [t.text for t in tokens]
    noun = list(map(_IS_NOUN.__getitem__, tags))
    links = phrase_words(res).link     # the particles that join two chunks (的)
    # `blocked` is looked up only where a chunk could open or grow, not for every token
    out: list[tuple[int, int]] = []
    n = len(tokens)
    last = n - 1
    i = 0
    while i < n:
        if not (noun[i] or (i < last and noun[i + 1] and tags[i] in _OPENERS)) \
                or texts[i] in blocked:
            i += 1
            continue
        end_j = i if noun[i] else -1
        j = i + 1
        while j < n:
            if texts[j] in blocked:
                break
            if noun[j]:
                end_j = j
                j += 1
                continue
            if end_j == j - 1 and j < last and noun[j + 1] and texts[j + 1] not in blocked and (
                    tags[j][:1] == "v" or texts[j] in links or tags[j] in _OPENERS):
                j += 1
                continue
            break
        if end_j >= 0:
            out.append((i, end_j))
            i = end_j + 1
        else:
            i = j
    return out

"""Split running text into sentences (at 。！？!? and line ends) and clauses, with offsets.

A stretch without an end mark longer than `MAX_SENTENCE` (a text with no sentence ends, a
line of a table) is cut into pieces of at most that length: after a clause mark where one
lies in reach (the strongest tier of `CUT_MARKS` found in the second half of the reach, else
any clause mark), else at the length itself. Every piece is a Sentence whose text is
`document.text[start:end]`, so the later stages stay linear in the length of the text.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .model import Document, Sentence

__all__ = ["MAX_SENTENCE", "CUT_MARKS", "split_sentences", "iter_sentences", "split_clauses",
           "cut_points"]

_SENT = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’\"'」』）)]*|$)")
_CLAUSE = re.compile(r"[^，,；;：:。！？!?]+")

#: Longest sentence, in code points, that is kept whole. The longest sentence of the shared
#: corpus (its texts and the development texts) has 417 code points; stages that read a
#: sentence's clauses against each other cost more than linear time in its length.
MAX_SENTENCE = 1000
#: Clause marks a long stretch is cut after, strongest first (one tier a string).
CUT_MARKS = ("；;", "：:", "，,", "、")
#: How far a cut that would split a run of ASCII letters and digits (a number, a URL) moves
#: back to the start of the run; a longer run is cut where the length falls.
_RUN_BACKOFF = 64
_CLOSERS = "”’\"'」』）)"
_TIERS = tuple(re.compile(f"[{re.escape(marks)}][{re.escape(_CLOSERS)}]*") for marks in CUT_MARKS)
_ANY_MARK = re.compile(f"[{re.escape(''.join(CUT_MARKS))}][{re.escape(_CLOSERS)}]*")


def split_sentences(document: Document) -> tuple[Sentence, ...]:
    """Sentences of the document body; a heading line is one sentence flagged `heading`."""
    return tuple(iter_sentences(document))


def iter_sentences(document: Document) -> Iterator[Sentence]:
    """`split_sentences`, one sentence at a time (a long document's parts take them so)."""
    text, doc_id = document.text, document.doc_id
    heading_lines = {(h.start, h.end) for h in document.headings}
    n = 0
    for start, end in document.body:
        is_heading = (start, end) in heading_lines
        for m in _SENT.finditer(text, start, end):
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e - s > MAX_SENTENCE:
                cuts = cut_points(text, s, e)
                for a, b in zip([s, *cuts], [*cuts, e]):
                    a, b = _trimmed(text, a, b)
                    if a < b:
                        n += 1
                        yield Sentence(doc_id, n, a, b, text[a:b], is_heading)
            elif s < e:
                n += 1
                yield Sentence(doc_id, n, s, e, text[s:e], is_heading)


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    """[s, e) without white space at either end."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def cut_points(text: str, start: int, end: int, limit: int = MAX_SENTENCE) -> list[int]:
    """Offsets inside [start, end) where a stretch longer than `limit` is cut (see the module
    docstring); each piece between them holds at most `limit` code points."""
    cuts = []
    pos = start
    while end - pos > limit:
        reach = pos + limit
        cut = _last(_TIERS, text, pos + limit // 2, reach) or _last((_ANY_MARK,), text, pos, reach)
        if not cut:
            cut = reach
            if _in_run(text, cut):
                back = cut - 1
                while back > pos and back > cut - _RUN_BACKOFF and _in_run(text, back):
                    back -= 1
                if back > pos and not _in_run(text, back):
                    cut = back
        cuts.append(cut)
        pos = cut
    return cuts


def _last(tiers, text: str, lo: int, hi: int) -> int:
    """The end of the last mark (with its closing quotes) ending by `hi` whose mark lies in
    [lo, hi), from the first tier that has one; 0 when none does."""
    for tier in tiers:
        best = 0
        for m in tier.finditer(text, lo, hi):
            best = m.end()
        if best:
            return best
    return 0


def _in_run(text: str, pos: int) -> bool:
    """Whether `pos` lies between two ASCII letters or digits (or . % inside a number)."""
    a, b = text[pos - 1], text[pos]
    return _runlike(a) and _runlike(b)


def _runlike(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in ".%")


def split_clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """(start, end) document offsets of the comma/semicolon-separated clauses of a sentence."""
    return [(sentence.start + m.start(), sentence.start + m.end())
            for m in _CLAUSE.finditer(sentence.text)]

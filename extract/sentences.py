"""Split running text into sentences (at 。！？!? and line ends) and clauses, with offsets."""
from __future__ import annotations

import re

from .model import Document, Sentence

__all__ = ["split_sentences", "split_clauses"]

_SENT = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’\"'」』）)]*|$)")
_CLAUSE = re.compile(r"[^，,；;：:。！？!?]+")


def split_sentences(document: Document) -> tuple[Sentence, ...]:
    """Sentences of the document body; a heading line is one sentence flagged `heading`."""
    text = document.text
    heading_lines = {(h.start, h.end) for h in document.headings}
    out: list[Sentence] = []
    for start, end in document.body:
        is_heading = (start, end) in heading_lines
        for m in _SENT.finditer(text, start, end):
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                out.append(Sentence(document.doc_id, len(out) + 1, s, e, text[s:e], is_heading))
    return tuple(out)


def split_clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """(start, end) document offsets of the comma/semicolon-separated clauses of a sentence."""
    return [(sentence.start + m.start(), sentence.start + m.end())
            for m in _CLAUSE.finditer(sentence.text)]

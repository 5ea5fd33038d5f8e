"""Concept mentions: lexicon matches (placeholder; noun-phrase chunking comes with issue 2)."""
from __future__ import annotations

import re

from .lexicon import Lexicon, load_lexicon
from .model import Document, Mention, Sentence

__all__ = ["normalise_label", "find_mentions"]

_QUOTES = re.compile(r"[\s“”\"'‘’《》〈〉「」『』]")


def normalise_label(text: str) -> str:
    """The label that fixes a concept's IRI: the span without white space and quote marks."""
    return _QUOTES.sub("", text)


def find_mentions(document: Document, sentences: tuple[Sentence, ...],
                  lexicon: Lexicon | None = None) -> tuple[Mention, ...]:
    """Lexicon terms found in the sentences, longest match first, left to right."""
    lexicon = lexicon or load_lexicon()
    words = sorted({w for w, _ in lexicon.words()}, key=len, reverse=True)
    if not words:
        return ()
    rx = re.compile("|".join(re.escape(w) for w in words))
    out = []
    for s in sentences:
        for m in rx.finditer(s.text):
            label = lexicon.canonical(m.group()) or normalise_label(m.group())
            entry = lexicon.entry(label)
            out.append(Mention(document.doc_id, s.start + m.start(), s.start + m.end(), m.group(),
                               label, entry.category if entry else "", entry.id if entry else ""))
    return tuple(out)

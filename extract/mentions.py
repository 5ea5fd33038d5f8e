"""Concept mentions: noun-phrase chunks of the segmented sentences, labelled through the lexicon."""
from __future__ import annotations

import re
from functools import lru_cache

from .chunking import chunks
from .cuetable import cue_table, phrase_words
from .lexicon import Lexicon, load_lexicon
from .model import Document, Mention, Sentence, Token
from .segment import get_segmenter

__all__ = ["normalise_label", "sentence_tokens", "make_mention", "find_mentions"]

_QUOTES = re.compile(r"[\s“”\"'‘’《》〈〉「」『』]")
_DEMONSTRATIVE = re.compile(r"^(?:这一|这种|这些|这个|该|此|其)(?=.{2})")


def normalise_label(text: str) -> str:
    """The label that fixes a concept's IRI: the span without white space and quote marks."""
    return _QUOTES.sub("", text)


@lru_cache(maxsize=8192)
def sentence_tokens(text: str) -> tuple[Token, ...]:
    """Tokens of one sentence, offsets relative to it (cached: mentions and claims share them)."""
    return tuple(get_segmenter().segment(text))


def make_mention(doc_id: str, sentence: Sentence, start: int, end: int,
                 lexicon: Lexicon | None = None, label: str | None = None) -> Mention:
    """A Mention for sentence-relative [start, end): surface text kept, label normalised.

    The label maps lexicon aliases to the preferred label and drops a leading demonstrative
    (这一, 该 …) unless `label` (a resolved antecedent) is given.
    """
    lexicon = lexicon or load_lexicon()
    text = sentence.text[start:end]
    if label is None:
        label = normalise_label(_DEMONSTRATIVE.sub("", text)) or normalise_label(text)
    label = lexicon.canonical(label) or label
    entry = lexicon.entry(label)
    return Mention(sentence.doc_id if not doc_id else doc_id, sentence.start + start,
                   sentence.start + end, text, label, entry.category if entry else "",
                   entry.id if entry else "")


@lru_cache(maxsize=1)
def _blocked() -> frozenset:
    words = phrase_words()
    return cue_table().verbs | words.create | {"是", "为", "作为", "成为"}


def find_mentions(document: Document, sentences: tuple[Sentence, ...],
                  lexicon: Lexicon | None = None) -> tuple[Mention, ...]:
    """Noun-phrase chunks of every sentence, and the lexicon terms nested inside them."""
    lexicon = lexicon or load_lexicon()
    blocked = _blocked()
    out: list[Mention] = []
    doc_id = document.doc_id
    for s in sentences:
        toks = sentence_tokens(s.text)
        for a, b in chunks(list(toks), blocked):
            out.append(make_mention(doc_id, s, a, b, lexicon))
            if b - a > 1:
                for t in toks:
                    if a <= t.start and t.end <= b and (t.start, t.end) != (a, b) \
                            and lexicon.canonical(t.text):
                        out.append(make_mention(doc_id, s, t.start, t.end, lexicon))
    return tuple(out)

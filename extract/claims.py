"""Claims from the cue table: infix verbs, circumfix and copula frames, means and agents,
enumerations, dimensions and 前者/后者, with coordination distributed over both ends.

The reading itself is in reader.py (state), infix.py, frames.py and circums.py (frames); the
tables are ontology/cues.tsv and ontology/phrase_words.tsv.
"""
from __future__ import annotations

from .anaphora import resolve_demonstratives
from .claim_words import Span, any_cue
from .cuetable import cue_table
from .lexicon import Lexicon, load_lexicon
from .model import Claim, Document, Mention, Sentence
from .reader import ClauseReader
from .resources import Resources, resources_or_default
from .spans import View

__all__ = ["extract_claims", "read_sentence"]


def read_sentence(sentence: Sentence, lexicon: Lexicon | None = None,
                  pair: list[Span] | None = None,
                  resources: Resources | None = None) -> list[Claim]:
    """Claims of one sentence (with `pair`, the two antecedents 前者/后者 may refer to)."""
    res = resources_or_default(resources)
    view = View(sentence, res=res)
    return ClauseReader(view, cue_table(res), lexicon or load_lexicon(res), pair).read()


def extract_claims(document: Document, sentences: tuple[Sentence, ...],
                   mentions: tuple[Mention, ...] = (),
                   lexicon: Lexicon | None = None,
                   before: tuple[tuple[Sentence, ...], tuple[Mention, ...]] = ((), ()),
                   resources: Resources | None = None) -> tuple[Claim, ...]:
    """Claims of every sentence that holds a cue, in sentence order; demonstratives
    ("该政策") take the label of their antecedent among `mentions`.

    `before` holds the sentences just before `sentences` and their mentions (a part of a
    long document after the first): antecedents found there too, no claims read there."""
    res = resources_or_default(resources)
    lexicon = lexicon or load_lexicon(res)
    cues = any_cue(res)
    table = cue_table(res)
    out: list[Claim] = []
    for s in sentences:
        if not cues.search(s.text):
            continue
        view = View(s, res=res)
        out.extend(ClauseReader(view, table, lexicon, None).read())
    if before[0]:
        return resolve_demonstratives(tuple(out), before[1] + mentions, before[0] + sentences,
                                      res)
    return resolve_demonstratives(tuple(out), mentions, sentences, res)

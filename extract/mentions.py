"""Concept mentions: noun-phrase chunks of the segmented sentences, labelled through the lexicon."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, chain, repeat
from operator import sub
from typing import Iterator, NamedTuple

from .chunking import chunk_spans
from .cuetable import cue_table, phrase_words
from .lexicon import Lexicon, load_lexicon
from .model import Document, Mention, Sentence
from .resources import Resources, derived, resources_or_default
from .segment import segmenter_of

__all__ = ["normalise_label", "Tok", "sentence_tokens", "tokenise", "tokens_of", "make_mention",
           "find_mentions", "clear_caches"]

_QUOTES = re.compile(r"[\s“”\"'‘’《》〈〉「」『』]")


@derived
def _demonstrative(res: Resources) -> tuple[re.Pattern, str]:
    """A demonstrative or deictic owner opening a label with two characters after it
    (phrase_words.tsv), and the first characters of those words."""
    w = phrase_words(res)
    words = sorted(w.demonstrative | w.deictic, key=lambda x: (-len(x), x))
    keep = sorted(h for h in w.head_lead - w.demonstrative - w.deictic   # 其他 is no 其
                  if any(h.startswith(x) for x in words))
    guard = f"(?!{'|'.join(map(re.escape, keep))})" if keep else ""
    return (re.compile(f"^{guard}(?:{'|'.join(map(re.escape, words))})(?=.{{2}})"),
            "".join(sorted({x[0] for x in words})))


def normalise_label(text: str) -> str:
    """The label that fixes a concept's IRI: the span without white space and quote marks."""
    return text if text.isalnum() else _QUOTES.sub("", text)    # most labels hold neither


class Tok(NamedTuple):
    """A light token (same fields as model.Token) for the per-sentence hot loops."""
    start: int
    end: int
    text: str
    pos: str


def sentence_tokens(text: str, res: Resources) -> tuple[Tok, ...]:
    """Tokens of one sentence, offsets relative to it."""
    return _tokens(segmenter_of(res).tagged, text)


def _tokens(tagged, text: str) -> tuple[Tok, ...]:
    """Tokens of `text` from the segmenter's `tagged`."""
    pairs = tagged(text)
    return _toks(*zip(*pairs)) if pairs else ()


def _toks(words: list[str], tags: list[str]) -> tuple[Tok, ...]:
    """Toks of a segmentation's words and tags, offsets from 0.

    Built by `tuple.__new__` over zipped columns: Tok._make would add a Python call per token.
    """
    ends = list(accumulate(map(len, words)))
    return tuple(map(tuple.__new__, repeat(Tok), zip([0, *ends], ends, words, tags)))


def tokenise(sentences: tuple[Sentence, ...], text: str | None = None,
             resources: Resources | None = None) -> tuple[Sentence, ...]:
    """The sentences with their tokens, segmented once for every later stage.

    With the document `text` (which the sentence offsets refer to) it is cut in one call
    and the tokens are dealt out to the sentences: the same tokens, without a call per sentence.
    """
    segmenter = segmenter_of(resources_or_default(resources))
    if text is None or any(text[s.start:s.end] != s.text for s in sentences):
        columns = map(segmenter.columns, (s.text for s in sentences))
    else:
        starts, ends = [s.start for s in sentences], [s.end for s in sentences]
        cut = segmenter.cut_spans(text, starts, ends)
        if cut is not None:
            return tuple(Sentence(s.doc_id, s.index, s.start, s.end, s.text, s.heading, toks)
                         for s, toks in zip(sentences, _dealt(*cut, starts)))
        columns = segmenter.span_columns(text, zip(starts, ends))
    return tuple(Sentence(s.doc_id, s.index, s.start, s.end, s.text, s.heading, _toks(*c))
                 for s, c in zip(sentences, columns))


def _dealt(words: list[str], tags: list[str], offsets: list[int], firsts: list[int],
           lasts: list[int], starts: list[int]) -> Iterator[tuple[Tok, ...]]:
    """The Toks of spans starting at `starts`, from the columns of a whole text (`cut_spans`).

    All Toks are built in one pass, each word's offsets made relative to the start of the span
    that holds it (words between spans: the one before), then sliced out per span.
    """
    counts = list(map(sub, firsts[1:], firsts))
    counts.append(len(words) - firsts[-1])
    bases = [0] * firsts[0]
    bases += chain.from_iterable(map(repeat, starts, counts))
    begins = list(map(sub, offsets, bases))
    # a word ends where the next begins, but at a span's first word: one subtraction per span,
    # not per word
    ends = begins[1:]
    if bases:
        ends.append(offsets[-1] - bases[-1])
    for k in firsts:
        if 0 < k < len(ends):
            ends[k - 1] = offsets[k] - bases[k - 1]
    toks = tuple(map(tuple.__new__, repeat(Tok), zip(begins, ends, words, tags)))
    return map(toks.__getitem__, map(slice, firsts, lasts))


def tokens_of(sentence: Sentence, res: Resources) -> tuple[Tok, ...]:
    """The sentence's tokens: those `tokenise` stored, else segmented now."""
    return sentence.tokens or sentence_tokens(sentence.text, res)


def make_mention(doc_id: str, sentence: Sentence, start: int, end: int,
                 lexicon: Lexicon | None = None, label: str | None = None, *,
                 res: Resources) -> Mention:
    """A Mention for sentence-relative [start, end): surface text kept, label normalised.

    The label maps lexicon aliases to the preferred label and drops a leading demonstrative
    or deictic owner (这一, 该, 我国 …) unless `label` (a resolved antecedent) is given.
    """
    text = sentence.text[start:end]
    if lexicon is None or lexicon is load_lexicon(res):
        label, category, lex_id = _labels(res)(text, label)
    else:
        label, category, lex_id = _label_with(res, lexicon, text, label)
    return Mention(doc_id or sentence.doc_id, sentence.start + start, sentence.start + end, text,
                   label, category, lex_id)


@derived
def _labels(res: Resources):
    """The memo of labels of `res` (keyed by mention text): `_labeller` over its lexicon."""
    return lru_cache(maxsize=65536)(_labeller(res, load_lexicon(res)))


def _label_with(res: Resources, lexicon: Lexicon, text: str,
                label: str | None) -> tuple[str, str, str]:
    return _labeller(res, lexicon)(text, label)


def _labeller(res: Resources, lexicon: Lexicon):
    """(label, category, lexicon id) of a mention's text (or of its resolved `label`), the
    tables of `res` and `lexicon` looked up once, not per mention."""
    drop, firsts = _demonstrative(res)
    canonical, entry_of, quotes = lexicon.canonical, lexicon.entry, _QUOTES.sub

    def label_of(text: str, label: str | None) -> tuple[str, str, str]:
        if label is None:
            bare = drop.sub("", text) if text[:1] in firsts else text
            label = bare if bare.isalnum() else quotes("", bare)     # normalise_label
            if not label:
                label = normalise_label(text)
        label = canonical(label) or label
        entry = entry_of(label)
        return label, entry.category if entry else "", entry.id if entry else ""
    return label_of


def clear_caches(res: Resources) -> None:
    """Forget the memo of labels (keyed by mention text) of `res`, so that a benchmark run
    is cold."""
    _labels(res).cache_clear()


@derived
def _blocked(res: Resources) -> frozenset:
    words = phrase_words(res)
    return cue_table(res).verbs | words.lead | words.copula | set(words.lever_copula)


def find_mentions(document: Document, sentences: tuple[Sentence, ...],
                  lexicon: Lexicon | None = None,
                  resources: Resources | None = None) -> tuple[Mention, ...]:
    """Noun-phrase chunks of every sentence, and the lexicon terms nested inside them."""
    res = resources_or_default(resources)
    lexicon = lexicon or load_lexicon(res)
    name = _labels(res) if lexicon is load_lexicon(res) else _labeller(res, lexicon)
    canonical = lexicon.canonical
    blocked = _blocked(res)
    out: list[Mention] = []
    add = out.append
    for s in sentences:
        toks = tokens_of(s, res)
        doc_id, base, text = document.doc_id or s.doc_id, s.start, s.text
        for i, j in chunk_spans(toks, blocked, res=res):
            a, b = toks[i].start, toks[j].end
            w = text[a:b]
            label, category, lex_id = name(w, None)
            add(Mention(doc_id, base + a, base + b, w, label, category, lex_id))
            if i == j:
                continue
            for t in toks[i:j + 1]:
                if canonical(t.text):
                    label, category, lex_id = name(t.text, None)
                    add(Mention(doc_id, base + t.start, base + t.end, t.text, label, category,
                                lex_id))
    return tuple(out)

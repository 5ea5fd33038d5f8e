"""Demonstratives resolved to antecedents: "该政策" names the 政策 mentioned just before it.

前者/后者 are resolved while a sentence is read (frames.py); this pass handles 这一/该/此/这种
noun phrases: the label becomes that of the nearest earlier mention (this or the previous
sentence) whose label ends with the same noun, and the surface text stays as written.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from operator import attrgetter

from .cuetable import phrase_words
from .model import Claim, Mention, Sentence
from .resources import Resources, derived

__all__ = ["resolve_demonstratives"]


@derived
def _demonstrative(res: Resources) -> tuple[re.Pattern, tuple[str, ...]]:
    """A demonstrative (phrase_words.tsv) and the noun after it, and the first characters the
    demonstratives open with (a str test first)."""
    words = sorted(phrase_words(res).demonstrative, key=lambda x: (-len(x), x))
    return (re.compile(f"^(?:{'|'.join(map(re.escape, words))})(.{{2,}})$"),
            tuple(sorted({x[0] for x in words})))


def resolve_demonstratives(claims: tuple[Claim, ...], mentions: tuple[Mention, ...],
                           sentences: tuple[Sentence, ...], res: Resources) -> tuple[Claim, ...]:
    """Claims whose demonstrative subjects or objects carry their antecedent's label."""
    rx, first = _demonstrative(res)
    todo = [i for i, c in enumerate(claims)
            if (c.subject.text.startswith(first) and rx.match(c.subject.text))
            or (c.object.text.startswith(first) and rx.match(c.object.text))]
    if not todo:
        return claims
    # mentions by start (stable); the pipeline hands them over in that order already, so
    # the check spares the sort, and each demonstrative then sorts only its own window
    starts = list(map(attrgetter("start"), mentions))
    if starts == sorted(starts):
        ordered = mentions
    else:
        ordered = sorted(mentions, key=attrgetter("start"))
        starts.sort()
    out = list(claims)
    for i in todo:
        c = claims[i]
        lo = _window_start(sentences, c.sentence)
        subject = _resolve(c.subject, ordered, starts, lo, rx)
        obj = _resolve(c.object, ordered, starts, lo, rx)
        if (subject, obj) != (c.subject, c.object):
            out[i] = replace(c, subject=subject, object=obj)
    return tuple(out)


def _window_start(sentences: tuple[Sentence, ...], index: int) -> int:
    """Start of the sentence before sentence `index` (of that sentence when it is the first):
    sentences[index - 2] when indices run 1, 2, … as the pipeline numbers them (or on from
    the first sentence's index, in a part of a document)."""
    first = sentences[0].index if sentences else 1     # a part of a document: not 1
    for k in (index - 1, index):
        if 0 <= k - first < len(sentences) and sentences[k - first].index == k:
            return sentences[k - first].start
        found = [s.start for s in sentences if s.index == k]
        if found:
            return found[-1]
    return 0


def _resolve(m: Mention, ordered, starts: list[int], lo: int, rx: re.Pattern) -> Mention:
    """The nearest earlier mention from `lo` on (latest start, then latest end) whose label
    ends with the demonstrative's noun (`rx`: _demonstrative's pattern)."""
    match = rx.match(m.text)
    if not match:
        return m
    noun = match.group(1)
    window = sorted(ordered[bisect_left(starts, lo):bisect_left(starts, m.start)],
                    key=attrgetter("start", "end"))
    for cand in reversed(window):
        if cand.end <= m.start and cand.label.endswith(noun) and len(cand.label) > len(noun) \
                and not rx.match(cand.text):
            return replace(m, label=cand.label, category=cand.category,
                           lexicon_id=cand.lexicon_id)
    return m

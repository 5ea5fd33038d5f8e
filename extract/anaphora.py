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

from .model import Claim, Mention, Sentence

__all__ = ["resolve_demonstratives"]

_DEMONSTRATIVE = re.compile(r"^(?:这一|这种|这个|该|此)(.{2,})$")


def resolve_demonstratives(claims: tuple[Claim, ...], mentions: tuple[Mention, ...],
                           sentences: tuple[Sentence, ...]) -> tuple[Claim, ...]:
    """Claims whose demonstrative subjects or objects carry their antecedent's label."""
    if not any(_DEMONSTRATIVE.match(m.text) for c in claims for m in (c.subject, c.object)):
        return claims
    ordered = sorted(mentions, key=attrgetter("start", "end"))
    starts = [m.start for m in ordered]
    first_start = {s.index: s.start for s in sentences}
    out = []
    for c in claims:
        lo = first_start.get(c.sentence - 1, first_start.get(c.sentence, 0))
        subject = _resolve(c.subject, ordered, starts, lo)
        obj = _resolve(c.object, ordered, starts, lo)
        out.append(c if (subject, obj) == (c.subject, c.object)
                   else replace(c, subject=subject, object=obj))
    return tuple(out)


def _resolve(m: Mention, ordered: list[Mention], starts: list[int], lo: int) -> Mention:
    match = _DEMONSTRATIVE.match(m.text)
    if not match:
        return m
    noun = match.group(1)
    for k in range(bisect_left(starts, m.start) - 1, -1, -1):
        cand = ordered[k]
        if cand.start < lo:
            break
        if cand.end <= m.start and cand.label.endswith(noun) and len(cand.label) > len(noun) \
                and not _DEMONSTRATIVE.match(cand.text):
            return replace(m, label=cand.label, category=cand.category,
                           lexicon_id=cand.lexicon_id)
    return m

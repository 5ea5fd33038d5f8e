"""Quantitative observations (placeholder: a number with %, 倍 or 个)."""
from __future__ import annotations

import re
from decimal import Decimal

from .model import Document, Observation, Sentence

__all__ = ["extract_observations"]


def extract_observations(document: Document,
                         sentences: tuple[Sentence, ...]) -> tuple[Observation, ...]:
    out = []
    for s in sentences:
        for m in re.finditer(r"(\d+(?:\.\d+)?)(%|倍|个)", s.text):
            out.append(Observation(document.doc_id, s.index, s.start + m.start(),
                                   s.start + m.end(), "", "", m.group(2),
                                   value=Decimal(m.group(1))))
    return tuple(out)

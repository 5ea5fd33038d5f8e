"""Policy events (placeholder: a stated year and a document title in 《》 in one sentence)."""
from __future__ import annotations

import re

from .model import Document, Event, Sentence

__all__ = ["extract_events"]


def extract_events(document: Document, sentences: tuple[Sentence, ...]) -> tuple[Event, ...]:
    out = []
    for s in sentences:
        y = re.search(r"((?:19|20)\d\d)年", s.text)
        t = re.search(r"《([^》]+)》", s.text)
        if y and t:
            out.append(Event(document.doc_id, s.index, s.start + t.start(), s.start + t.end(),
                             "document", int(y.group(1)), "stated", "", t.group(1)))
    return tuple(out)

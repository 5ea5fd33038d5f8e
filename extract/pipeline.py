"""The extraction pipeline: an explicit sequence of stage calls, text in, Extraction out."""
from __future__ import annotations

import gc
import re
from pathlib import Path

from .claims import extract_claims
from .events import extract_events
from .mentions import find_mentions, tokenise
from .model import Extraction
from .observations import extract_observations
from .reading import read_text
from .sentences import split_sentences
from .structure import read_structure

__all__ = ["extract_text", "extract_file", "doc_id_for"]


def doc_id_for(path: str | Path) -> str:
    """Document id from a file name: its stem, with characters other than letters, digits, -_."""
    stem = Path(path).stem
    return re.sub(r"[^\w\-]+", "_", stem).strip("_") or "document"


def extract_text(text: str, doc_id: str, source: str, encoding: str = "utf-8") -> Extraction:
    """Run every stage on one decoded text.

    The cyclic garbage collector is off while the stages run: they make many small objects
    and no reference cycles, so its passes would find nothing. It comes back on only after
    the stages' scratch objects (the tokens) are freed, or its first pass would walk them.
    """
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        return _stages(text, doc_id, source, encoding)
    finally:
        if gc_was_on:
            gc.enable()


def _stages(text: str, doc_id: str, source: str, encoding: str) -> Extraction:
    document = read_structure(doc_id, source, text, encoding)
    sentences = split_sentences(document)
    segmented = tokenise(sentences, document.text)    # shared by the stages, not kept
    mentions = find_mentions(document, segmented)
    claims = extract_claims(document, segmented, mentions)
    events = extract_events(document, segmented)
    observations = extract_observations(document, segmented)
    return Extraction(document, sentences, mentions, claims, events, observations)


def extract_file(path: str | Path, doc_id: str | None = None) -> Extraction:
    """Read, decode and extract one file."""
    text, encoding = read_text(path)
    return extract_text(text, doc_id or doc_id_for(path), Path(path).name, encoding)

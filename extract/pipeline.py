"""The extraction pipeline: an explicit sequence of stage calls, text in, Extraction out."""
from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import chain
from pathlib import Path

from .claims import extract_claims
from .events import extract_events
from .mentions import find_mentions, tokenise
from .model import Document, Extraction, Mention, Sentence
from .observations import extract_observations
from .reading import read_text
from .resources import Resources, resources_or_default
from .sections import section_years
from .sentences import iter_sentences
from .structure import read_structure

__all__ = ["PART_CHARS", "extract_text", "extract_parts", "join_parts", "extract_file",
           "doc_id_for"]

#: Code points of sentences a part of a document holds (at least one sentence): a longer
#: document is extracted a part at a time, so that its tokens and other scratch objects
#: never exist for the whole text at once. The shared corpus's longest text has about
#: 23,000 code points: one part.
PART_CHARS = 100_000


def doc_id_for(path: str | Path) -> str:
    """Document id from a file name: its stem, with characters other than letters, digits, -_."""
    stem = Path(path).stem
    return re.sub(r"[^\w\-]+", "_", stem).strip("_") or "document"


def extract_text(text: str, doc_id: str, source: str, encoding: str = "utf-8",
                 resources: Resources | None = None) -> Extraction:
    """Run every stage on one decoded text (the parts of `extract_parts`, joined), with the
    tables of `resources` (default: the package's, read for this call)."""
    return join_parts(extract_parts(text, doc_id, source, encoding, resources=resources))


def extract_parts(text: str, doc_id: str, source: str, encoding: str = "utf-8",
                  part_chars: int | None = None,
                  resources: Resources | None = None) -> Iterator[Extraction]:
    """The extraction of one decoded text in parts of about `part_chars` (default
    PART_CHARS) code points of sentences, in text order (at least one part, the first holding
    the document); `join_parts` makes them the extraction of the whole text.

    Every stage reads one sentence at a time, given the document's structure (headings,
    dated sections, issuer); demonstratives also look at the sentence before, which a part
    gets from the part before it. The cyclic garbage collector is off while the stages
    run: they make many small objects and no reference cycles, so its passes would find
    nothing. It comes back on between parts, after a part's scratch objects (the tokens)
    are freed, or its first pass would walk them. Every stage reads the tables of
    `resources` (default: the package's, read once for this call).
    """
    res = resources_or_default(resources)
    with _collector_off():
        document = read_structure(doc_id, source, text, encoding, resources=res)
        sections = section_years(res, document)
    before: tuple[tuple[Sentence, ...], tuple[Mention, ...]] = ((), ())
    counts = (0, 0, 0)
    for n, sentences in enumerate(_runs(iter_sentences(document), part_chars or PART_CHARS)):
        with _collector_off():
            part = _stages(document, sentences, sections, before, n, counts, res)
        last = sentences[-1]
        before = ((last,), tuple(m for m in part.mentions if m.start >= last.start))
        counts = (counts[0] + len(part.claims), counts[1] + len(part.events),
                  counts[2] + len(part.observations))
        yield part
    if not before[0]:           # no sentence at all: the document alone
        yield Extraction(document, (), (), (), (), ())


def _stages(document: Document, sentences: tuple[Sentence, ...], sections,
            before: tuple[tuple[Sentence, ...], tuple[Mention, ...]], n: int,
            counts: tuple[int, int, int], res: Resources) -> Extraction:
    """The stages of part `n`, in the pipeline's order."""
    segmented = tokenise(sentences, document.text, resources=res)   # shared, not kept
    mentions = find_mentions(document, segmented, resources=res)
    claims = extract_claims(document, segmented, mentions, before=before, resources=res)
    events = extract_events(document, segmented, sections, resources=res)
    observations = extract_observations(document, segmented, sections, resources=res)
    return Extraction(document, sentences, mentions, claims, events, observations, n, counts)


@contextmanager
def _collector_off():
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc_was_on:
            gc.enable()


def _runs(sentences: Iterable[Sentence], part_chars: int) -> Iterator[tuple[Sentence, ...]]:
    """Runs of whole sentences of at least `part_chars` code points (the last: any)."""
    run: list[Sentence] = []
    size = 0
    for s in sentences:
        run.append(s)
        size += len(s.text)
        if size >= part_chars:
            yield tuple(run)
            run, size = [], 0
    if run:
        yield tuple(run)


def join_parts(parts: Iterable[Extraction]) -> Extraction:
    """One Extraction of the parts of a document (`extract_parts`), in order."""
    parts = list(parts)
    if len(parts) == 1:
        return parts[0]
    cat = chain.from_iterable
    return Extraction(parts[0].document, tuple(cat(p.sentences for p in parts)),
                      tuple(cat(p.mentions for p in parts)), tuple(cat(p.claims for p in parts)),
                      tuple(cat(p.events for p in parts)),
                      tuple(cat(p.observations for p in parts)))


def extract_file(path: str | Path, doc_id: str | None = None,
                 resources: Resources | None = None) -> Extraction:
    """Read, decode and extract one file."""
    text, encoding = read_text(path)
    return extract_text(text, doc_id or doc_id_for(path), Path(path).name, encoding,
                        resources=resources)

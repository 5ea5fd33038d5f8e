"""Frozen dataclasses the extraction stages hand each other.

Every offset is a code-point index into `Document.text`, the file's text exactly as decoded.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

__all__ = [
    "RELATIONS", "Heading", "Document", "Sentence", "Token", "Mention", "Claim", "Event",
    "Observation", "Extraction",
]

#: Relations of the graph contract, in the order the contract lists them.
RELATIONS = ("drives", "supports", "improves", "hinders", "mitigates", "alignsWith", "hasPart",
             "broader")


@dataclass(frozen=True)
class Heading:
    """A section heading or marker: structure, kept as document metadata."""
    doc_id: str
    start: int
    end: int
    text: str
    level: int


@dataclass(frozen=True)
class Document:
    """One decoded source file and the metadata its text states."""
    doc_id: str
    source: str          # file name as given
    text: str            # decoded text; every offset refers to it
    encoding: str = "utf-8"
    title: str = ""
    author: str = ""
    affiliation: str = ""
    issuer: str = ""
    date: str = ""       # ISO date when the text states one
    doc_number: str = ""   # 文号 as written, without the brackets around it
    genre: str = ""      # a code of ontology/doc_genres.tsv (notice, opinion, work_report …)
    level: str = ""      # national, provincial, municipal or county (ontology/levels.tsv)
    region: str = ""     # the places the issuer's name opens with (浙江省), 中国 for national
    year: int | None = None    # from the date, else from the title or the 文号
    headings: tuple[Heading, ...] = ()
    footer: str = ""
    body: tuple[tuple[int, int], ...] = ()   # (start, end) spans that hold running text


@dataclass(frozen=True, init=False)
class Sentence:
    """One sentence (or heading) of a document, with its code-point span."""
    doc_id: str
    index: int           # 1-based, in document order
    start: int
    end: int
    text: str
    heading: bool = False
    #: The segmenter's tokens, offsets relative to `text`, when the pipeline has segmented
    #: the sentence (mentions.tokenise); left out of equality, hashing and repr.
    tokens: tuple = field(default=(), repr=False, compare=False)

    def __init__(self, doc_id: str, index: int, start: int, end: int, text: str,
                 heading: bool = False, tokens: tuple = ()):
        # plain dict stores instead of seven frozen-attribute writes (sentences are many)
        d = self.__dict__
        d["doc_id"] = doc_id
        d["index"] = index
        d["start"] = start
        d["end"] = end
        d["text"] = text
        d["heading"] = heading
        d["tokens"] = tokens


@dataclass(frozen=True)
class Token:
    """A segmenter token with its part-of-speech tag and document offsets."""
    start: int
    end: int
    text: str
    pos: str


@dataclass(frozen=True, init=False)
class Mention:
    """A span that names a concept; `label` is the normalised label that fixes its IRI."""
    doc_id: str
    start: int
    end: int
    text: str
    label: str
    category: str = ""
    lexicon_id: str = ""

    def __init__(self, doc_id: str, start: int, end: int, text: str, label: str,
                 category: str = "", lexicon_id: str = ""):
        # plain dict stores instead of seven frozen-attribute writes (mentions are many)
        d = self.__dict__
        d["doc_id"] = doc_id
        d["start"] = start
        d["end"] = end
        d["text"] = text
        d["label"] = label
        d["category"] = category
        d["lexicon_id"] = lexicon_id


@dataclass(frozen=True, init=False)
class Claim:
    """`subject` —relation→ `object`, licensed by `cue` in one sentence."""
    doc_id: str
    sentence: int
    subject: Mention
    relation: str
    object: Mention
    cue: str
    pattern: str = ""    # id of the cue-table row that matched
    role: str = ""       # "means" or "agent" for 通过/以 frames, else ""

    def __init__(self, doc_id: str, sentence: int, subject: Mention, relation: str,
                 object: Mention, cue: str, pattern: str = "", role: str = ""):  # noqa: A002
        # plain dict stores instead of eight frozen-attribute writes (claims are many)
        d = self.__dict__
        d["doc_id"] = doc_id
        d["sentence"] = sentence
        d["subject"] = subject
        d["relation"] = relation
        d["object"] = object
        d["cue"] = cue
        d["pattern"] = pattern
        d["role"] = role


@dataclass(frozen=True)
class Event:
    """A dated action of a named actor: issuing a document, naming a strategy, a congress."""
    doc_id: str
    sentence: int
    start: int
    end: int
    kind: str                    # "document", "strategy", "plan", "congress", "statement"
    year: int | None = None
    year_source: str = ""        # "stated" or "calendar"
    actor: str = ""
    document: str = ""


@dataclass(frozen=True)
class Observation:
    """A number with a unit tied to an indicator."""
    doc_id: str
    sentence: int
    start: int
    end: int
    indicator: str
    indicator_text: str
    unit: str
    value: Decimal | None = None
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    year: int | None = None
    qualifier: str = ""          # 超过, 多, 近, 约 … as written


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document, or from one part of a long document.

    A part (pipeline.extract_parts) holds a run of the document's sentences and what was
    found in them; `part` counts from 0, and `before` is how many claims, events and
    observations the earlier parts hold (their numbers in the document go on from there).
    """
    document: Document
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]
    events: tuple[Event, ...]
    observations: tuple[Observation, ...]
    part: int = 0
    before: tuple[int, int, int] = (0, 0, 0)

"""One document's written triples (DocFragment) and the writer that makes one, a part of the
document at a time.

A document extracted in one part gives its Turtle and N-Quads as text. A long document,
extracted in parts (policykg.extract.pipeline.extract_parts), gives a sorted run of each
part's statements and lines instead (graph/runs.py), merged in order when the graph is
written: the bytes are those of the document written in one part, and its text is never held
whole. Every subject of the document's own Turtle belongs to one part (the document node to
the first, a sentence, claim, event or observation to the part that holds its sentence).
An event's pk:timelineRank is over the whole build: the fragment keeps each event's key, and
the rank is written into the event's statement when the fragment is (`ranks`).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from .materialise import claim_tally, event_keys
from .namespaces import PK, PREFIXES
from .runs import merge_runs, pack_run
from .serialize import RDF_TYPE, TermWriter, group_triples, nquad_lines, turtle_statements

__all__ = ["DocFragment", "FragmentWriter", "TURTLE_PREFIXES"]

TURTLE_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items()}
_RANK = str(PK.timelineRank)
_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
#: Statements or lines joined into one piece of text while runs are merged.
_BATCH = 2048


@dataclass(frozen=True)
class DocFragment:
    """The triples of one document, written: its own nodes as Turtle, shared ones as triples."""
    doc_iri: str                      # as written in Turtle
    turtle: str                       # Turtle statements about the document's own nodes
    own_triples: int                  # how many triples `turtle` holds
    shared: tuple[tuple[str, str, str], ...]   # (s, p, o) as written in Turtle, sorted
    prefixes: tuple[str, ...]         # prefixes the written terms use
    nquads: str = ""                  # every triple of the document in its named graph
    subjects: int = 0                 # distinct subjects in `turtle`
    classes: tuple[str, ...] = ()     # rdf:type objects (written) of all its triples
    predicates: tuple[str, ...] = ()  # predicates (written) of all its triples
    turtle_runs: tuple[bytes, ...] = ()   # instead of `turtle`: its statements, in sorted runs
    nquad_runs: tuple[bytes, ...] = ()    # instead of `nquads`: its lines, in sorted runs
    tally: tuple[tuple[str, int, int], ...] = ()   # (node IRI, claims as subject, as object)
    #: (year or "9999", file name, evidence offset, IRI, as written in Turtle, in N-Quads)
    events: tuple[tuple[str, str, int, str, str, str], ...] = ()
    event_ends: tuple[tuple[int, str], ...] = ()   # where in `turtle` an event's " ." is
    rank_iri: str = ""                # pk:timelineRank as written in Turtle
    nq_graph: str = ""                # the document's graph IRI as written in N-Quads

    def turtle_pieces(self, ranks: Mapping[str, int] | None = None) -> Iterator[str]:
        """`turtle`, or the text its runs merge into, in pieces; each event's rank from
        `ranks` (written subject -> rank) in its statement."""
        if not self.turtle_runs:
            if self.turtle:
                yield self.ranked_turtle(ranks)
            return
        first = True
        for batch in _batches(self.run_statements(ranks)):
            yield "\n".join(batch) if first else "\n" + "\n".join(batch)
            first = False

    def ranked_turtle(self, ranks: Mapping[str, int] | None = None) -> str:
        """`turtle` with each event's pk:timelineRank from `ranks` (its last line)."""
        if not ranks or not self.event_ends:
            return self.turtle
        text, pieces, start = self.turtle, [], 0
        for end, subject in self.event_ends:
            pieces += [text[start:end], f" ;\n    {self.rank_iri} {ranks[subject]}"]
            start = end
        pieces.append(text[start:])
        return "".join(pieces)

    def run_statements(self, ranks: Mapping[str, int] | None = None) -> Iterator[str]:
        """The statements of `turtle_runs`, in order, events ranked from `ranks`; each ends
        in a line break."""
        statements = merge_runs(self.turtle_runs, key=_subject)
        if not ranks or not self.events:
            return statements
        return (self._ranked(st, ranks) for st in statements)

    def _ranked(self, statement: str, ranks: Mapping[str, int]) -> str:
        n = ranks.get(_subject(statement))
        return statement if n is None else (
            f"{statement[:-3]} ;\n    {self.rank_iri} {n} .\n")     # before its " .\n"

    def rank_lines(self, ranks: Mapping[str, int]) -> str:
        """The N-Quads of this document's events' ranks."""
        return "".join(f'{nq} <{_RANK}> "{ranks[tt]}"^^<{_INTEGER}> {self.nq_graph} .\n'
                       for *_, tt, nq in self.events)

    def nquad_pieces(self) -> Iterator[str]:
        """`nquads`, or the text its runs merge into (duplicate lines once), in pieces."""
        if not self.nquad_runs:
            if self.nquads:
                yield self.nquads
            return
        for batch in _batches(merge_runs(self.nquad_runs, unique=True)):
            yield "".join(batch)


def _subject(statement: str) -> str:
    return statement[:statement.index(" ")]


def _batches(items: Iterable[str]) -> Iterator[list[str]]:
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


class FragmentWriter:
    """Writes the DocFragment of the document `own_iri` from its triples, given a part at a
    time: its own subjects (`own_iri`, `own_iri#…`, `own_iri/…`) as Turtle, the others as
    written triples. One part gives text; more give sorted runs, one a part."""

    def __init__(self, own_iri: str, formats: Sequence[str] = ("ttl",)):
        self.own_iri = own_iri
        self._own_prefixes = (own_iri + "#", own_iri + "/")
        self._nq = "nq" in formats
        self._pending: tuple[list[str], list[str]] | None = None  # the last part, as text
        self._turtle_runs: list[bytes] = []
        self._nquad_runs: list[bytes] = []
        self._shared: set[tuple[str, str, str]] = set()
        self._classes: set[str] = set()
        self._predicates: set[str] = set()
        self._used: set[str] = set()
        self._own_triples = self._subjects = 0
        self._rdf_type = ""
        self._tally: dict[str, list[int]] = {}
        self._events: list[tuple[str, str, int, str, str, str]] = []
        self._rank_iri = ""

    def add(self, triples: Iterable[tuple]) -> None:
        """Write the rdflib triples of one part."""
        w = TermWriter(TURTLE_PREFIXES)     # one a part: its IRI cache stays a part's size
        t = w.term
        own, shared = [], set()
        own_iri, own_prefixes = self.own_iri, self._own_prefixes
        triples = triples if isinstance(triples, list) else list(triples)
        for node, out, inn in claim_tally(triples):
            counts = self._tally.setdefault(node, [0, 0])
            counts[0] += out
            counts[1] += inn
        nt = TermWriter().term
        events = {t(e): (*key, t(e), nt(e)) for e, key in event_keys(triples).items()
                  if key[3].startswith(own_prefixes)}     # in this document's statements
        self._events += events.values()
        for s, p, o in triples:
            key = str(s)
            row = (t(s), t(p), t(o))
            if key == own_iri or key.startswith(own_prefixes):
                own.append(row)
            else:
                shared.add(row)
        grouped = group_triples(own)
        rdf_type = self._rdf_type = w.iri(RDF_TYPE)
        lines: list[str] = []
        if self._nq:
            lines = nquad_lines(((nt(s), nt(p), nt(o)) for s, p, o in triples),
                                f"<{own_iri}>")
        if events:                            # one pk:timelineRank each, written with the file
            self._rank_iri = w.iri(str(PK.timelineRank))
            self._predicates.add(self._rank_iri)
        self._own_triples += sum(len(v) for v in grouped.values()) + len(events)
        self._subjects += len(grouped)
        new_shared = shared - self._shared
        self._shared |= new_shared
        for rows in (own, new_shared):
            self._classes.update(o for _, p, o in rows if p == rdf_type)
            self._predicates.update(p for _, p, _ in rows)
        self._used |= w.used
        if self._pending is not None:
            self._pack(*self._pending)
        statements = turtle_statements(grouped, rdf_type)
        self._pending = (statements, lines, _event_ends(statements, events))

    def _pack(self, statements: list[str], lines: list[str], _ends=()) -> None:
        if statements:
            self._turtle_runs.append(pack_run(statements))
        if lines:
            self._nquad_runs.append(pack_run(lines))

    def fragment(self) -> DocFragment:
        """The fragment of the parts written so far."""
        w = TermWriter(TURTLE_PREFIXES)
        doc_iri = w.iri(self.own_iri)
        rdf_type = self._rdf_type or w.iri(RDF_TYPE)
        statements, lines, ends = self._pending or ([], [], ())
        turtle, nquads = "\n".join(statements), "".join(lines)
        if self._turtle_runs or self._nquad_runs:
            self._pack(statements, lines)
            self._pending = None
            turtle = nquads = ""
            ends = ()
        return DocFragment(
            doc_iri=doc_iri, turtle=turtle, own_triples=self._own_triples,
            shared=tuple(sorted(self._shared)), prefixes=tuple(sorted(self._used | w.used)),
            nquads=nquads, subjects=self._subjects, classes=tuple(sorted(self._classes)),
            predicates=tuple(sorted(self._predicates)), turtle_runs=tuple(self._turtle_runs),
            nquad_runs=tuple(self._nquad_runs),
            tally=tuple((n, c[0], c[1]) for n, c in sorted(self._tally.items())),
            events=tuple(sorted(self._events)), event_ends=tuple(ends),
            rank_iri=self._rank_iri, nq_graph=f"<{self.own_iri}>")


def _event_ends(statements: list[str], events: Mapping) -> list[tuple[int, str]]:
    """(offset of the closing " ." in the statements joined by line breaks, subject) of the
    statements of `events` (written subjects)."""
    ends, pos = [], 0
    for st in statements:
        pos += len(st)
        subject = _subject(st)
        if subject in events:
            ends.append((pos - 3, subject))
        pos += 1
    return ends

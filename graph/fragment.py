"""One document's part of the graph, written as text where it is extracted, and their merge.

A document's own nodes (the document, its sentences, claims, events, observations: IRIs under
the document IRI) belong to no other document, so their Turtle is final where it is written,
in a worker process. Nodes that documents share (concepts, actors, policies) come back as
written triples and are merged once. The merge depends only on the documents' order, so any
executor gives the same bytes. A long document's own Turtle comes as sorted runs, one a part of
it (graph/docfragment.py), merged here while the file is written.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from rdflib import BNode, Graph, Literal, URIRef

from policykg.extract.model import Extraction
from policykg.extract.resources import Resources, resources_or_default

from .docfragment import TURTLE_PREFIXES as _TURTLE_PREFIXES
from .docfragment import DocFragment, FragmentWriter
from .materialise import count_triples
from .namespaces import bind_prefixes, document_iri
from .rdf import add_extraction, to_graph
from .serialize import (RDF_TYPE, TermWriter, group_triples, nquad_lines, turtle_blocks,
                        turtle_header)
from .void import void_description

__all__ = ["FORMATS", "DocFragment", "doc_triples", "fragment_for", "write_fragment",
           "MergedGraph", "RdflibTerms"]

#: Output formats: file name suffix -> description.
FORMATS = {"ttl": "Turtle, all documents in one graph",
           "trig": "TriG, one named graph per document (graph IRI = document IRI)",
           "nq": "N-Quads, one named graph per document (graph IRI = document IRI)"}

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class _TripleList(list):
    """What `add_extraction` fills: a list with rdflib's `Graph.add` spelling."""
    add = list.append


def doc_triples(ex: Extraction, resources: Resources | None = None) -> list[tuple]:
    """The rdflib triples `add_extraction` gives for one document (tables of `resources`,
    default the package's)."""
    triples = _TripleList()
    add_extraction(triples, ex, resources_or_default(resources))
    return triples


def fragment_for(ex: Extraction, formats: Sequence[str] = ("ttl",),
                 resources: Resources | None = None) -> DocFragment:
    """Write one extraction's triples; N-Quads too when "nq" is among `formats`."""
    return write_fragment(str(document_iri(ex.document.doc_id)), doc_triples(ex, resources),
                          formats)


def write_fragment(own_iri: str, triples: Sequence[tuple],
                   formats: Sequence[str] = ("ttl",)) -> DocFragment:
    """Write the triples of the document `own_iri`: its own subjects (`own_iri`, `own_iri#…`,
    `own_iri/…`) as Turtle, the others as written triples."""
    writer = FragmentWriter(own_iri, formats)
    writer.add(triples)
    return writer.fragment()


class MergedGraph:
    """The fragments of all documents, in document order, written out on demand.

    Triples that `to_graph` adds without any document (the concept scheme) and the claim
    counts over all documents (graph/materialise.py) are in the default graph of TriG and
    N-Quads, and among the shared nodes of Turtle. Each event's pk:timelineRank, over all
    documents too, is written with the event, in its document's graph.
    """

    def __init__(self, fragments: Sequence[DocFragment], resources: Resources | None = None):
        self.fragments = tuple(fragments)
        events = sorted(e for f in self.fragments for e in f.events)
        self.ranks = {e[4]: n for n, e in enumerate(events, 1)}   # written subject -> rank
        w = TermWriter(_TURTLE_PREFIXES)
        base = list(to_graph([], resources, void=False)) + count_triples(
            {f.doc_iri: {n: (o, i) for n, o, i in f.tally} for f in self.fragments})
        written = [(w.term(s), w.term(p), w.term(o)) for s, p, o in base]
        shared = group_triples([*written, *(row for f in self.fragments for row in f.shared)])
        base += void_description(self.fragments, shared, w)
        self.base = sorted({(w.term(s), w.term(p), w.term(o)) for s, p, o in base})
        nt = TermWriter().term
        self._base_nt = "".join(nquad_lines((nt(s), nt(p), nt(o)) for s, p, o in base))
        self.shared = group_triples(
            [*self.base, *(row for f in self.fragments for row in f.shared)])
        used = set(w.used).union(*(f.prefixes for f in self.fragments))
        self.prefixes = {p: ns for p, ns in _TURTLE_PREFIXES.items() if p in used}
        self._rdf_type = w.iri(RDF_TYPE)

    def __len__(self) -> int:
        """Number of distinct triples."""
        return (sum(f.own_triples for f in self.fragments)
                + sum(len(v) for v in self.shared.values()))

    def turtle_chunks(self) -> Iterator[str]:
        """graph.ttl: the documents' own nodes in document order, then the shared nodes."""
        yield turtle_header(self.prefixes)
        for f in self.fragments:
            if f.turtle or f.turtle_runs:
                yield from f.turtle_pieces(self.ranks)
                yield "\n"
        yield turtle_blocks(self.shared, self._rdf_type)

    def trig_chunks(self) -> Iterator[str]:
        """graph.trig: one named graph per document, named by the document IRI."""
        yield turtle_header(self.prefixes)
        if self.base:
            yield turtle_blocks(group_triples(self.base), self._rdf_type) + "\n"
        for f in self.fragments:
            own = turtle_blocks(group_triples(f.shared), self._rdf_type)
            if f.turtle_runs:
                yield from _trig_graph(f.doc_iri, f.run_statements(self.ranks), own)
                continue
            body = "\n".join(x for x in (f.ranked_turtle(self.ranks), own) if x).rstrip("\n")
            body = body.replace("\n", "\n    ").replace("\n    \n", "\n\n")
            yield f"{f.doc_iri} {{\n    {body}\n}}\n\n"

    def nquad_chunks(self) -> Iterator[str]:
        """graph.nq: every document's triples in its named graph, in document order."""
        yield self._base_nt
        for f in self.fragments:
            yield from f.nquad_pieces()
            if f.events:
                yield f.rank_lines(self.ranks)

    def chunks(self, fmt: str) -> Iterator[str]:
        """The chunks of one format of FORMATS."""
        return {"ttl": self.turtle_chunks, "trig": self.trig_chunks,
                "nq": self.nquad_chunks}[fmt]()

    def to_rdflib(self) -> Graph:
        """The merged graph as an rdflib Graph (slow for big corpora: ~30k triples/s).

        pyoxigraph parses the Turtle; its terms become rdflib terms (xsd:string literals
        become plain literals, which RDF 1.1 holds equal).
        """
        import pyoxigraph as ox
        graph = Graph()
        bind_prefixes(graph)
        term = RdflibTerms()
        data = "".join(self.turtle_chunks())
        graph.addN((term(q.subject), term(q.predicate), term(q.object), graph)
                   for q in ox.parse(data, format=ox.RdfFormat.TURTLE))
        return graph


def _trig_graph(doc_iri: str, statements: Iterator[str], own: str) -> Iterator[str]:
    """The named graph `trig_chunks` writes for a fragment in runs, a statement at a time:
    every line indented, a blank line between statements (none holds a blank line)."""
    yield f"{doc_iri} {{\n"
    sep = ""
    for st in statements:
        yield sep + "    " + st.rstrip("\n").replace("\n", "\n    ")
        sep = "\n\n"
    if own:
        yield sep + "    " + own.rstrip("\n").replace("\n", "\n    ").replace("\n    \n", "\n\n")
    yield "\n}\n\n"


class RdflibTerms:
    """pyoxigraph term -> rdflib term, IRIs cached."""

    def __init__(self):
        import pyoxigraph as ox
        self._ox = ox
        self._iris: dict[str, URIRef] = {}

    def __call__(self, term):
        ox = self._ox
        if type(term) is ox.NamedNode:
            value = term.value
            out = self._iris.get(value)
            if out is None:
                out = self._iris[value] = URIRef(value)
            return out
        if type(term) is ox.Literal:
            if term.language:
                return Literal(term.value, lang=term.language)
            dt = term.datatype.value
            if dt == _XSD_STRING:
                return Literal(term.value)
            return Literal(term.value, datatype=self(term.datatype))
        return BNode(term.value)

"""Read a graph file as rdflib-term triples, fast: pyoxigraph's parser, rdflib's terms.

rdflib takes about ten times longer to parse Turtle than pyoxigraph; the view only needs the
triples, so they are parsed with pyoxigraph and turned into rdflib terms (IRIs cached, typed
literals kept as their lexical form, which is all the view reads). Anything pyoxigraph cannot
read, and an empty file, goes through `policykg.graph.loading.load_graph`, so errors read the
same as in every other command.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from policykg.extract.errors import InputError
from policykg.graph.loading import load_graph

__all__ = ["read_triples"]


def _converter():
    iris: dict[str, URIRef] = {}

    def term(t):
        if isinstance(t, ox.NamedNode):
            v = t.value
            iri = iris.get(v)
            if iri is None:
                iri = iris[v] = URIRef(v)
            return iri
        if isinstance(t, ox.Literal):
            return Literal(t.value, lang=t.language) if t.language else Literal(t.value)
        return BNode(t.value)
    return term


def read_triples(path: str | Path) -> list[tuple]:
    """All triples of an RDF file (named graphs merged) as rdflib terms."""
    path = Path(path)
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower()) if path.suffix else None
    if not path.is_file() or fmt is None:
        return list(load_graph(path))          # raises the shared error, or reads via rdflib
    term = _converter()
    try:
        triples = [(term(q.subject), term(q.predicate), term(q.object))
                   for q in ox.parse(path=str(path), format=fmt)]
    except (SyntaxError, ValueError, OSError):
        return list(load_graph(path))          # the shared message for a broken file
    if not triples:
        load_graph(path)                       # "holds no RDF triples"
        raise InputError(path, "holds no RDF triples")
    return triples

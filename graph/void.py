"""The VoID description of a build: one void:Dataset node with the build's statistics."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from rdflib import Literal, Namespace, URIRef

from .namespaces import DCTERMS, ID, NIF, PK, PROV, RDF, SKOS, XSD
from .serialize import RDF_TYPE

__all__ = ["VOID", "DATASET", "void_description", "add_void"]

VOID = Namespace("http://rdfs.org/ns/void#")
#: The dataset node of every build (one build is one file, so one IRI serves).
DATASET = URIRef(ID + "dataset")
_VOCABULARIES = (str(PK), str(SKOS), str(PROV), str(NIF), str(DCTERMS),
                 "http://purl.org/linked-data/cube#", "https://schema.org/",
                 "http://data.europa.eu/eli/ontology#")


def void_description(fragments: Sequence, shared: Mapping[str, set], writer) -> list[tuple]:
    """Triples describing the build made of `fragments` and the `shared` nodes (grouped as
    written). The counts cover the whole file, this description included."""
    rdf_type = writer.iri(RDF_TYPE)
    classes = {o for pos in shared.values() for p, o in pos if p == rdf_type}
    predicates = {p for pos in shared.values() for p, _ in pos}
    for f in fragments:
        classes.update(f.classes)
        predicates.update(f.predicates)
    data = sum(f.own_triples for f in fragments) + sum(len(v) for v in shared.values())
    subjects = sum(f.subjects for f in fragments) + len(shared)
    return _describe(data, classes, predicates, subjects, writer.term)


def add_void(graph) -> None:
    """Add the VoID description of `graph` (an rdflib Graph) to it."""
    classes = set(graph.objects(None, RDF.type))
    triples = _describe(len(graph), classes, set(graph.predicates()),
                        len(set(graph.subjects())), lambda t: t)
    for t in triples:
        graph.add(t)


def _describe(data: int, classes: set, predicates: set, subjects: int, term) -> list[tuple]:
    """The description's triples; `classes` and `predicates` are in the form `term` gives."""
    head = [(RDF.type, VOID.Dataset),
            (DCTERMS.title, Literal("policykg build", lang="en")),
            (VOID.uriSpace, Literal(ID)),
            *((VOID.vocabulary, URIRef(v)) for v in _VOCABULARIES)]
    counts = (VOID.triples, VOID.classes, VOID.properties, VOID.distinctSubjects)
    classes = classes | {term(VOID.Dataset)}
    predicates = predicates | {term(p) for p, _ in head} | {term(p) for p in counts}
    values = (data + len(head) + len(counts), len(classes), len(predicates), subjects + 1)
    return [(DATASET, p, o) for p, o in head] + [
        (DATASET, p, Literal(n, datatype=XSD.integer)) for p, n in zip(counts, values)]

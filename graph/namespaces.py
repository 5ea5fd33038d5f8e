"""Namespaces and IRI minting: IRIs come from labels and document ids, never from random ids."""
from __future__ import annotations

from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

__all__ = [
    "PK", "NIF", "OA", "SKOS", "PROV", "DCTERMS", "RDF", "RDFS", "XSD", "OWL", "SCHEMA", "ELI", "ID",
    "PREFIXES", "slug", "concept_iri", "actor_iri", "policy_doc_iri", "document_iri",
    "sentence_iri", "quote_iri", "item_iri", "scheme_iri", "genre_iri", "level_iri", "bind_prefixes",
]

PK = Namespace("https://w3id.org/policykg/ontology#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SCHEMA = Namespace("https://schema.org/")
#: The W3C Web Annotation vocabulary: each evidence sentence's oa:TextQuoteSelector.
OA = Namespace("http://www.w3.org/ns/oa#")
#: The European Legislation Identifier ontology, for the official documents among the sources.
ELI = Namespace("http://data.europa.eu/eli/ontology#")
ID = "https://w3id.org/policykg/id/"
C = Namespace(ID + "concept/")
A = Namespace(ID + "actor/")
P = Namespace(ID + "policy/")
D = Namespace(ID + "doc/")
G = Namespace(ID + "genre/")
L = Namespace(ID + "level/")

PREFIXES = {
    "pk": PK, "skos": SKOS, "prov": PROV, "nif": NIF, "dcterms": DCTERMS, "rdf": RDF,
    "rdfs": RDFS, "xsd": XSD, "owl": OWL, "oa": OA, "c": C, "actor": A, "policy": P, "doc": D,
}


def bind_prefixes(graph) -> None:
    """Bind the project's prefixes on an rdflib graph (replacing rdflib's defaults)."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)


def slug(label: str) -> str:
    """IRI-safe form of a label: letters and digits of any script kept, the rest %-encoded."""
    out = []
    for ch in label.strip():
        if ch.isalnum() or ch in "-_~":
            out.append(ch)
        elif ch.isspace():
            out.append("_")
        else:
            out.append(quote(ch, safe=""))
    return "".join(out) or "_"


def concept_iri(label: str) -> URIRef:
    return C[slug(label)]


def actor_iri(label: str) -> URIRef:
    return A[slug(label)]


def policy_doc_iri(title: str) -> URIRef:
    return P[slug(title)]


def document_iri(doc_id: str) -> URIRef:
    return D[slug(doc_id)]


def sentence_iri(doc_id: str, start: int, end: int) -> URIRef:
    """NIF-style sentence IRI: the document IRI with a `#char=start,end` fragment."""
    return URIRef(f"{D}{slug(doc_id)}#char={start},{end}")


def quote_iri(doc_id: str, start: int, end: int) -> URIRef:
    """The IRI of a sentence's oa:TextQuoteSelector: the document IRI with `#quote=start,end`."""
    return URIRef(f"{D}{slug(doc_id)}#quote={start},{end}")


def item_iri(doc_id: str, kind: str, n: int | str) -> URIRef:
    """IRI of the n-th claim, event or observation of a document."""
    return URIRef(f"{D}{slug(doc_id)}/{kind}/{n}")


def genre_iri(code: str) -> URIRef:
    """IRI of a document genre (a code of ontology/doc_genres.tsv)."""
    return G[slug(code)]


def level_iri(code: str) -> URIRef:
    """IRI of an administrative level (national, provincial, municipal, county)."""
    return L[slug(code)]


def scheme_iri() -> URIRef:
    return URIRef(ID + "scheme")

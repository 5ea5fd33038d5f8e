"""SPARQL 1.1 Protocol details for the endpoint: media types, content negotiation, updates."""
from __future__ import annotations

import re

from .results import QueryResult, term_to_oxigraph

__all__ = ["RESULT_TYPES", "GRAPH_TYPES", "GRAPH_MEDIA", "RESULT_MEDIA", "UPSTREAM_ACCEPT",
           "READ_ONLY", "looks_like_update", "negotiate", "graph_bytes"]

#: Accepted media type -> results format (SELECT/ASK) or RDF format name (CONSTRUCT/DESCRIBE).
RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {"text/turtle": "turtle", "application/x-turtle": "turtle",
               "application/n-triples": "ntriples", "text/plain": "ntriples",
               "application/rdf+xml": "rdfxml"}
GRAPH_MEDIA = {"turtle": "text/turtle", "ntriples": "application/n-triples",
               "rdfxml": "application/rdf+xml"}
RESULT_MEDIA = {"json": "application/sparql-results+json",
                "xml": "application/sparql-results+xml", "csv": "text/csv",
                "tsv": "text/tab-separated-values"}
UPSTREAM_ACCEPT = "application/sparql-results+json, application/n-triples"
_UPDATE_WORDS = re.compile(
    r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*"
    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
READ_ONLY = "read-only endpoint: SPARQL updates are refused"


def looks_like_update(text: str) -> bool:
    """True when `text` (comments removed) starts, after its prologue, with an update keyword."""
    lines = [re.sub(r"(^|\s)#[^\n]*", " ", ln) if not re.search(r"<[^>]*#", ln) else ln
             for ln in text.splitlines()]
    return bool(_UPDATE_WORDS.match("\n".join(lines)))


def negotiate(accept: str, table: dict[str, str], default: str) -> str:
    """The supported format the Accept header prefers most (`default` for */* or none)."""
    best, best_q = default, -1.0
    for i, part in enumerate((accept or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        fmt = table.get(media)
        if fmt and q > best_q:
            best, best_q = fmt, q
    return best


def graph_bytes(result: QueryResult, fmt: str) -> bytes:
    """Triples in `fmt` ("turtle", "ntriples" or "rdfxml"), with the project's prefixes."""
    import pyoxigraph as ox

    from .namespaces import PREFIXES
    triples = [ox.Triple(*(term_to_oxigraph(t) for t in tr)) for tr in result.triples]
    rdf = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
           "rdfxml": ox.RdfFormat.RDF_XML}[fmt]
    prefixes = {k: str(v) for k, v in PREFIXES.items()} if fmt != "ntriples" else None
    return ox.serialize(triples, format=rdf, prefixes=prefixes)

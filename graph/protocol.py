"""SPARQL 1.1 Protocol details for the endpoint: media types, content negotiation, updates.

Negotiation follows RFC 9110: each supported media type takes the quality of the most specific
Accept range that matches it (`text/csv` before `text/*` before `*/*`), `q=0` excludes it, and
ties go to the range the client listed first, then to the order of the tables below. No
acceptable type gives None, which the endpoint answers with 406. A `format`, `output` or
`results` parameter (sent by SPARQLWrapper and understood by Fuseki) overrides Accept when it
names a format of the answer's kind; `json` and `xml` on a graph mean JSON-LD and RDF/XML.
"""
from __future__ import annotations

import re

from .results import QueryResult, term_to_oxigraph

__all__ = ["RESULT_TYPES", "GRAPH_TYPES", "QUAD_TYPES", "GRAPH_MEDIA", "RESULT_MEDIA",
           "UPSTREAM_ACCEPT", "READ_ONLY", "OVERRIDE_PARAMS", "looks_like_update", "negotiate",
           "pick_format", "not_acceptable", "graph_bytes"]

#: Accepted media type -> results format (SELECT/ASK); the first of each format is its own.
RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/sparql-results+xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv", "text/plain": "table",
    "application/json": "json", "application/xml": "xml", "text/xml": "xml",
}
#: Accepted media type -> RDF format of a graph (CONSTRUCT/DESCRIBE, Graph Store GET).
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/n-triples": "ntriples",
    "application/rdf+xml": "rdfxml", "application/ld+json": "jsonld",
    "application/n-quads": "nquads", "application/trig": "trig", "text/n3": "n3",
    "application/x-turtle": "turtle", "application/turtle": "turtle", "text/plain": "ntriples",
    "application/x-json+ld": "jsonld", "application/json": "jsonld", "application/xml": "rdfxml",
    "text/xml": "rdfxml", "text/x-nquads": "nquads", "text/rdf+n3": "n3", "application/n3": "n3",
}
#: Accepted media type -> RDF format of a whole dataset (Graph Store GET without a graph).
QUAD_TYPES = {"application/n-quads": "nquads", "application/trig": "trig",
              "text/x-nquads": "nquads"}
GRAPH_MEDIA = {"turtle": "text/turtle", "ntriples": "application/n-triples",
               "rdfxml": "application/rdf+xml", "jsonld": "application/ld+json",
               "nquads": "application/n-quads", "trig": "application/trig", "n3": "text/n3"}
RESULT_MEDIA = {"json": "application/sparql-results+json",
                "xml": "application/sparql-results+xml", "csv": "text/csv",
                "tsv": "text/tab-separated-values", "table": "text/plain"}
#: Names a `format`/`output`/`results` parameter may give, by kind of answer.
_RESULT_NAMES = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "text": "table"}
_GRAPH_NAMES = {"turtle": "turtle", "ttl": "turtle", "n3": "n3", "nt": "ntriples",
                "ntriples": "ntriples", "n-triples": "ntriples", "xml": "rdfxml",
                "rdfxml": "rdfxml", "rdf+xml": "rdfxml", "rdf": "rdfxml", "json": "jsonld",
                "jsonld": "jsonld", "json-ld": "jsonld", "nquads": "nquads", "nq": "nquads",
                "trig": "trig"}
OVERRIDE_PARAMS = ("format", "output", "results")
UPSTREAM_ACCEPT = "application/sparql-results+json, application/n-triples"
_UPDATE_WORDS = re.compile(
    r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*"
    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
READ_ONLY = "read-only endpoint: SPARQL updates are refused"


def looks_like_update(text: str) -> bool:
    """True when `text` (comments removed) starts, after its prologue, with an update keyword."""
    # `<[^<>]*#` finds the lines `<[^>]*#` finds (an IRI holds no `<`) in linear time
    lines = [re.sub(r"(^|\s)#[^\n]*", " ", ln) if not re.search(r"<[^<>]*#", ln) else ln
             for ln in text.splitlines()]
    return bool(_UPDATE_WORDS.match("\n".join(lines)))


def _ranges(accept: str) -> list[tuple[str, str, float]]:
    out = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        if "/" not in media:
            continue
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = min(1.0, max(0.0, float(f[2:])))
                except ValueError:
                    q = 0.0
        kind, _, sub = media.partition("/")
        out.append((kind, sub, q))
    return out


def negotiate(accept: str | None, table: dict[str, str], default: str) -> str | None:
    """The format of `table` the Accept header prefers (`default` without a header or for
    `*/*`); None when it accepts none of them."""
    if not (accept or "").strip():
        return default
    ranges = _ranges(accept)
    order = sorted(table, key=lambda m: table[m] != default)       # stable: default first
    best, best_key = None, None
    for pos, media in enumerate(order):
        kind, sub = media.split("/")
        match = None                               # (specificity, index, q) of the best range
        for i, (rk, rs, q) in enumerate(ranges):
            spec = 2 if (rk, rs) == (kind, sub) else 1 if (rk == kind and rs == "*") else \
                0 if (rk, rs) == ("*", "*") else -1
            if spec >= 0 and (match is None or spec > match[0]):
                match = (spec, i, q)
        if match is None or match[2] <= 0:
            continue
        key = (match[2], -match[1], -pos)
        if best_key is None or key > best_key:
            best, best_key = table[media], key
    return best


def pick_format(kind: str, accept: str | None, overrides: list[str]) -> str | None:
    """The response format for an answer of `kind` ("select", "ask", "graph" or "dataset")."""
    names, table, default = {
        "graph": (_GRAPH_NAMES, GRAPH_TYPES, "turtle"),
        "dataset": ({"nquads": "nquads", "nq": "nquads", "trig": "trig"}, QUAD_TYPES, "nquads"),
    }.get(kind, (_RESULT_NAMES, RESULT_TYPES, "json"))
    for value in overrides:
        value = value.strip().lower()
        fmt = names.get(value) or table.get(value.split(";")[0].strip())
        if fmt:
            return fmt
    return negotiate(accept, table, default)


def not_acceptable(kind: str) -> str:
    """The 406 message for an answer of `kind`."""
    table = {"graph": GRAPH_MEDIA, "dataset": {"nquads": "application/n-quads",
                                               "trig": "application/trig"}}.get(kind,
                                                                                RESULT_MEDIA)
    what = {"graph": "a graph", "dataset": "a dataset"}.get(kind, "query results")
    return (f"not acceptable: the Accept header names no format this endpoint writes for "
            f"{what}; it writes {', '.join(table.values())}")


def graph_bytes(result: QueryResult, fmt: str, extra_prefixes: dict | None = None) -> bytes:
    """Triples in `fmt` (a GRAPH_MEDIA key), with the project's prefixes (and
    `extra_prefixes`) where the syntax has them; JSON-LD is expanded (no context), N-Quads
    and TriG hold the default graph."""
    import pyoxigraph as ox

    from .namespaces import PREFIXES
    triples = [ox.Triple(*(term_to_oxigraph(t) for t in tr)) for tr in result.triples]
    rdf = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
           "rdfxml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD,
           "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
           "n3": ox.RdfFormat.N3}[fmt]
    prefixes = ({**{k: str(v) for k, v in PREFIXES.items()}, **(extra_prefixes or {})}
                if fmt in ("turtle", "rdfxml", "trig", "n3") else None)
    return ox.serialize(triples, format=rdf, prefixes=prefixes)

"""The endpoint's SPARQL 1.1 Service Description: what a GET with no query returns.

Everything is named by IRIs under the endpoint's URL (`#dataset`, `#default-graph`,
`#named-graph-N` in the order of the graph names), so the description has no blank nodes and
the same store gives the same triples. `sd:UnionDefaultGraph` is declared when the store
holds named graphs (its default graph is their merge). A result cut at the row limit links
(in its SPARQL JSON or XML head) to `truncation_link`, which the description comments on.
"""
from __future__ import annotations

from .results import QueryResult, Term

__all__ = ["SD", "FORMATS_NS", "SD_PREFIXES", "service_description", "truncation_link"]

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS_NS = "http://www.w3.org/ns/formats/"
#: Prefixes for writing a description (besides the project's).
SD_PREFIXES = {"sd": SD, "formats": FORMATS_NS}
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_COMMENT = "http://www.w3.org/2000/01/rdf-schema#comment"
_SEE_ALSO = "http://www.w3.org/2000/01/rdf-schema#seeAlso"
_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "N-Quads", "TriG",
            "N3")


def truncation_link(base: str, max_rows: int) -> str:
    """The IRI that the head of a cut SELECT/ASK result links to (JSON `link`, XML `<link>`);
    the description says what it means."""
    return f"{base}/query#truncated-at-{max_rows}"


def service_description(endpoint: str, base: str, graph_names: list[str], *,
                        allow_service: bool, timeout_s: float, max_rows: int) -> QueryResult:
    """The description of the endpoint at `endpoint` (its URL), served from `base` (the
    server's root URL, no trailing slash)."""
    iri, lit = Term.iri, Term.literal
    e = iri(endpoint)
    dataset, default = iri(endpoint + "#dataset"), iri(endpoint + "#default-graph")
    a = iri(_RDF_TYPE)
    triples = [
        (e, a, iri(SD + "Service")),
        (e, iri(SD + "endpoint"), e),
        (e, iri(SD + "supportedLanguage"), iri(SD + "SPARQL11Query")),
        *[(e, iri(SD + "resultFormat"), iri(FORMATS_NS + f)) for f in _FORMATS],
        (e, iri(SD + "defaultEntailmentRegime"),
         iri("http://www.w3.org/ns/entailment/Simple")),
        (e, iri(SD + "defaultDataset"), dataset),
        (e, iri(_COMMENT), lit(
            f"policykg read-only endpoint: updates are refused; each query runs at most "
            f"{timeout_s:g} s and returns at most {max_rows} rows or triples (header "
            f"X-PolicyKG-Truncated: true when it cut); named queries at {base}/queries/NAME; "
            f"Graph Store GET at {base}/data?default and {base}/data?graph=IRI")),
        (e, iri(_SEE_ALSO), iri(base + "/queries")),
        (iri(truncation_link(base, max_rows)), iri(_COMMENT), lit(
            f"a result whose head links here was cut at {max_rows} rows (--max-rows)")),
        (dataset, a, iri(SD + "Dataset")),
        (dataset, iri(SD + "defaultGraph"), default),
        (default, a, iri(SD + "Graph")),
    ]
    if allow_service:
        triples.append((e, iri(SD + "feature"), iri(SD + "BasicFederatedQuery")))
    if graph_names:
        triples.append((e, iri(SD + "feature"), iri(SD + "UnionDefaultGraph")))
    for n, name in enumerate(graph_names, 1):
        node = iri(f"{endpoint}#named-graph-{n}")
        triples += [(dataset, iri(SD + "namedGraph"), node), (node, a, iri(SD + "NamedGraph")),
                    (node, iri(SD + "name"), iri(name))]
    return QueryResult("graph", triples=tuple(triples))

"""The read-only side of the SPARQL 1.1 Graph Store HTTP Protocol: which graph a GET asks for.

`/data?default` is the default graph (the merge of the named graphs, as queries see it),
`/data?graph=IRI` one named graph (404 when the store holds no graph of that name), and `/data`
alone the whole dataset as quads (N-Quads or TriG; each triple of a named graph then appears
in it and in the default graph). `/get` (Fuseki's name for its read-only service) and `/store`
(Oxigraph's) are the same resource. PUT, POST, DELETE and PATCH get 405 with `Allow`. The
body is streamed from the Oxigraph child (graph/upstream.py), chunked, and is not cut at the
row limit: a client gets the whole graph within the query timeout, or a broken stream.
"""
from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass

__all__ = ["GRAPH_STORE_PATHS", "ALLOW", "GraphRequest", "GraphStoreError", "graph_request",
           "missing_graph"]

GRAPH_STORE_PATHS = ("/data", "/get", "/store")
ALLOW = "GET, HEAD, OPTIONS"
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*")


class GraphStoreError(Exception):
    """A Graph Store request that cannot be answered: `status` and `message`."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


@dataclass(frozen=True)
class GraphRequest:
    """What a GET names: `kind` "graph" or "dataset", the child's query string, the IRI."""
    kind: str
    target: str
    iri: str | None = None


def graph_request(params: dict[str, list[str]]) -> GraphRequest:
    """The graph that `?default`, `?graph=IRI` or neither names (GraphStoreError 400)."""
    graphs = params.get("graph", [])
    if "default" in params and graphs or len(graphs) > 1:
        raise GraphStoreError(400, "give either ?default or one ?graph=IRI, not both")
    if "default" in params:
        return GraphRequest("graph", "default")
    if graphs:
        iri = graphs[0].strip()
        if not _IRI.fullmatch(iri):
            raise GraphStoreError(400, f"?graph= must be an absolute IRI, got {iri!r}")
        return GraphRequest("graph", "graph=" + urllib.parse.quote(iri, safe=""), iri)
    return GraphRequest("dataset", "")


def missing_graph(request: GraphRequest) -> str:
    """The 404 message for a graph the store does not hold."""
    return (f"no graph named <{request.iri}> in this dataset (GET /data lists every graph "
            f"as quads; the service description at /query names them)")

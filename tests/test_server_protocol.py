"""`policykg serve` speaks the SPARQL 1.1 Protocol as Fuseki's read-only endpoint does: every
results and RDF format, content negotiation with 406, the Service Description. A real serve
process on a TriG build of the bundled article, queried with SPARQLWrapper and http.client on
loopback (the Graph Store, named queries and HTTP/1.1: tests/test_server_routes.py)."""
from __future__ import annotations

import csv
import http.client
import io
import json
import shutil
import sys
import urllib.parse
import warnings
from pathlib import Path

import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.compare import isomorphic
from serve_proc import Server, clean_run

from policykg.graph.formats import format_result
from policykg.graph.loading import load_graph
from policykg.graph.namespaces import document_iri
from policykg.graph.protocol import RESULT_TYPES, negotiate, pick_format
from policykg.graph.query import open_graph

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
pytestmark = pytest.mark.skipif(shutil.which("oxigraph") is None and not (
    Path(sys.executable).parent / "oxigraph").exists(), reason="oxigraph server not installed")

SD = "http://www.w3.org/ns/sparql-service-description#"
LABELS = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
          "SELECT ?c ?label WHERE { ?c skos:prefLabel ?label } ORDER BY ?label LIMIT 7")
OBS = ("PREFIX pk: <https://w3id.org/policykg/ontology#>\n"
       "CONSTRUCT { ?o pk:value ?v ; pk:unit ?u } WHERE { ?o a pk:Observation ; pk:value ?v . "
       "OPTIONAL { ?o pk:unit ?u } }")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
MAX_ROWS = 50


@pytest.fixture(scope="module", autouse=True)
def _nothing_left(tmp_path_factory):
    yield from clean_run(tmp_path_factory)


@pytest.fixture(scope="module")
def trig(seed_trig) -> Path:
    return seed_trig


@pytest.fixture(scope="module")
def server(trig, _nothing_left):
    s = Server(trig, "--max-rows", str(MAX_ROWS), "--timeout", "10")
    yield s
    s.close()


@pytest.fixture(scope="module")
def library(trig):
    return open_graph(trig)


def _wrapper(url, fmt, query, method="GET"):
    from SPARQLWrapper import SPARQLWrapper as W
    w = W(url)
    w.setReturnFormat(fmt)
    w.setMethod(method)
    w.setQuery(query)
    return w


def _convert(w):
    """The converted answer; SPARQLWrapper warns when the media type is not the one asked for."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        warnings.filterwarnings("ignore", "Sending Accept header", RuntimeWarning)  # JSON graph
        return w.query().convert()


def _request(conn, path, accept=None, method="GET", body=None, headers=None):
    conn.request(method, path, body=body, headers={**({"Accept": accept} if accept else {}),
                                                   **(headers or {})})
    resp = conn.getresponse()
    return resp, resp.read()


@pytest.fixture()
def conn(server):
    c = http.client.HTTPConnection("127.0.0.1", server.port, timeout=20)
    yield c
    c.close()


def _q(query: str, **extra) -> str:
    return "/query?" + urllib.parse.urlencode({"query": query, **extra})


# --- SPARQLWrapper: every results format and every RDF format -----------------------------

@pytest.mark.parametrize("method", ["GET", "POST"])
def test_select_in_every_results_format(server, library, method):
    from SPARQLWrapper import CSV, JSON, TSV, XML
    expected = library.query(LABELS)
    data = _convert(_wrapper(server.url, JSON, LABELS, method))
    assert json.loads(format_result(expected, "json")) == data
    doc = _convert(_wrapper(server.url, XML, LABELS, method))
    literals = [n.firstChild.data for n in doc.getElementsByTagName("literal")]
    assert literals == [r[1].value for r in expected.rows]
    assert [n.getAttribute("xml:lang") for n in doc.getElementsByTagName("literal")] == [
        r[1].lang for r in expected.rows] and "zh" in {r[1].lang for r in expected.rows}
    text = _convert(_wrapper(server.url, CSV, LABELS, method)).decode("utf-8")
    assert text == format_result(expected, "csv")
    assert list(csv.reader(io.StringIO(text)))[1] == [t.value for t in expected.rows[0]]
    assert _convert(_wrapper(server.url, TSV, LABELS, method)).decode() == format_result(
        expected, "tsv")


def test_ask_in_json_and_xml(server):
    from SPARQLWrapper import JSON, XML
    ask = "ASK { ?s a <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Sentence> }"
    assert _convert(_wrapper(server.url, JSON, ask)) == {"head": {}, "boolean": True}
    doc = _convert(_wrapper(server.url, XML, "ASK { <urn:x:a> ?p ?o }"))
    assert doc.getElementsByTagName("boolean")[0].firstChild.data == "false"


def test_construct_in_every_rdf_format(server, library):
    from SPARQLWrapper import JSON, JSONLD, N3, RDFXML, TURTLE, XML
    expected = Graph()
    for s, p, o in library.sparql(OBS):
        expected.add(tuple(_rdflib(t) for t in (s, p, o)))
    assert 10 < len(expected) < MAX_ROWS
    got = {}
    for name, fmt in [("turtle", TURTLE), ("n3", N3)]:
        got[name] = Graph().parse(data=_convert(_wrapper(server.url, fmt, OBS)), format="turtle")
    for name, fmt in [("rdfxml", RDFXML), ("xml", XML), ("jsonld", JSONLD), ("json", JSON)]:
        got[name] = _convert(_wrapper(server.url, fmt, OBS))           # an rdflib Graph
    for name, graph in got.items():
        assert isomorphic(graph, expected), name
    decimal = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
    assert any(o.datatype == decimal for o in got["jsonld"].objects()), "datatypes kept"


def _rdflib(value):
    """A value of PolicyGraph.sparql triples (Term) as an rdflib term."""
    from policykg.graph.results import term_to_rdflib
    return term_to_rdflib(value)


def test_count_agrees_with_the_library_on_the_union_default_graph(server, library, trig):
    from SPARQLWrapper import JSON
    data = _convert(_wrapper(server.url.replace("/query", "/sparql"), JSON, COUNT))
    n = int(data["results"]["bindings"][0]["n"]["value"])
    assert n == int(library.sparql(COUNT)[0]["n"]) == len(load_graph(trig)) > 4000


# --- plain HTTP: content negotiation and 406 ------------------------------------------------

def test_unsupported_accept_is_406(conn):
    for query, accept, what in [(LABELS, "text/html", "query results"),
                                (OBS, "text/html", "query results"),
                                (LABELS, "text/turtle", "query results"),
                                (OBS, "application/sparql-results+json", "a graph"),
                                (LABELS, "text/csv;q=0, application/pdf", "query results")]:
        resp, body = _request(conn, _q(query), accept)
        assert resp.status == 406, (query, accept)
        assert body.decode().startswith(f"not acceptable: the Accept header names no format "
                                        f"this endpoint writes for {what}; it writes ")
    resp, body = _request(conn, _q(LABELS), "text/html, */*;q=0.1")          # a browser
    assert resp.status == 200 and resp.getheader("Content-Type").startswith(
        "application/sparql-results+json")


@pytest.mark.parametrize("query, accept, media", [
    (LABELS, None, "application/sparql-results+json"),
    (LABELS, "text/*", "text/csv"),
    (LABELS, "application/sparql-results+json;q=0.1, text/tab-separated-values",
     "text/tab-separated-values"),
    (LABELS, "application/xml", "application/sparql-results+xml"),
    (LABELS, "text/plain", "text/plain"),
    (OBS, None, "text/turtle"),
    (OBS, "application/ld+json", "application/ld+json"),
    (OBS, "application/n-triples", "application/n-triples"),
    (OBS, "application/rdf+xml;q=0.5, application/trig", "application/trig"),
    (OBS, "application/n-quads", "application/n-quads"),
    (OBS, "text/n3", "text/n3"),
])
def test_negotiated_media_type(conn, library, query, accept, media):
    resp, body = _request(conn, _q(query), accept)
    assert resp.status == 200 and resp.getheader("Content-Type").split(";")[0] == media
    assert int(resp.getheader("Content-Length")) == len(body)
    if query == OBS:
        syntax = {"application/ld+json": "json-ld", "application/n-triples": "nt",
                  "application/trig": "trig", "application/n-quads": "nquads",
                  "text/n3": "n3"}.get(media, "turtle")
        got = Graph().parse(data=body, format=syntax)
        assert len(got) == len(library.sparql(OBS))


def test_format_parameter_overrides_accept(conn):
    resp, body = _request(conn, _q(OBS, format="json"), "text/turtle")       # Fuseki: JSON-LD
    assert resp.getheader("Content-Type").startswith("application/ld+json")
    assert json.loads(body)[0]["@id"].startswith("https://w3id.org/policykg/id/doc/")
    resp, body = _request(conn, _q(LABELS, output="csv"), "application/json")
    assert resp.getheader("Content-Type").startswith("text/csv")


# --- the Service Description ----------------------------------------------------------------

def test_get_without_a_query_is_the_service_description(conn, server):
    for path, accept, syntax in [("/query", "text/turtle", "turtle"),
                                 ("/sparql", "application/ld+json", "json-ld"),
                                 ("/", "application/rdf+xml", "xml"), ("/query", None, "turtle")]:
        resp, body = _request(conn, path, accept)
        assert resp.status == 200, path
        g = Graph().parse(data=body, format=syntax)
        endpoint = URIRef(f"http://127.0.0.1:{server.port}{path}")
        assert (endpoint, URIRef(SD + "endpoint"), endpoint) in g
        assert (endpoint, URIRef(SD + "supportedLanguage"), URIRef(SD + "SPARQL11Query")) in g
        assert (endpoint, URIRef(SD + "feature"), URIRef(SD + "UnionDefaultGraph")) in g
        formats = {str(o).rsplit("/", 1)[1] for o in g.objects(endpoint,
                                                               URIRef(SD + "resultFormat"))}
        assert {"SPARQL_Results_JSON", "SPARQL_Results_CSV", "JSON-LD", "RDF_XML"} <= formats
        names = set(g.objects(None, URIRef(SD + "name")))
        assert names == {document_iri("seed_smart_city_nqpf")}
        assert not any(isinstance(t, BNode) for t in g.all_nodes())
    resp, body = _request(conn, "/query", "text/html")
    assert resp.status == 406


def test_a_cut_result_links_to_what_the_description_says_about_it(conn, server):
    every = "SELECT ?s WHERE { ?s ?p ?o }"
    link = f"http://127.0.0.1:{server.port}/query#truncated-at-{MAX_ROWS}"
    resp, body = _request(conn, _q(every), "application/sparql-results+json")
    assert json.loads(body)["head"] == {"vars": ["s"], "link": [link]}
    resp, body = _request(conn, _q(every), "application/sparql-results+xml")
    assert f'<link href="{link}"/>'.encode() in body
    resp, body = _request(conn, _q(LABELS), "application/sparql-results+json")
    assert "link" not in json.loads(body)["head"]                        # not cut: no link
    _, sd = _request(conn, "/query", "application/n-triples")
    comment = next(Graph().parse(data=sd, format="nt").objects(URIRef(link), None))
    assert str(comment) == f"a result whose head links here was cut at {MAX_ROWS} rows " \
                           "(--max-rows)"


# --- negotiation rules, without a server ------------------------------------------------------

def test_negotiation_rules():
    assert negotiate(None, RESULT_TYPES, "json") == "json"
    assert negotiate("text/html", RESULT_TYPES, "json") is None
    assert negotiate("text/*;q=0.5, application/sparql-results+xml;q=0.4", RESULT_TYPES,
                     "json") == "csv"
    assert negotiate("*/*;q=0.9, text/csv;q=0", RESULT_TYPES, "json") == "json"
    assert negotiate("text/csv;q=0, */*", RESULT_TYPES, "csv") == "json"
    assert negotiate("text/tab-separated-values, text/csv", RESULT_TYPES, "json") == "tsv"
    assert pick_format("graph", "application/x-json+ld", []) == "jsonld"
    assert pick_format("graph", "text/html", ["json-ld", "application/ld+json"]) == "jsonld"
    assert pick_format("select", None, ["rdf+xml"]) == "json"        # not a results format
    assert pick_format("dataset", "text/turtle", []) is None
    assert pick_format("dataset", None, []) == "nquads"


def test_the_readme_sparqlwrapper_example_runs(server, library):
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("From SPARQLWrapper", 1)[1].split("\n\n", 2)[1]
    code = "\n".join(line[4:] for line in block.splitlines())
    assert code.startswith("from SPARQLWrapper import") and "http://127.0.0.1:7878/query" in code
    scope: dict = {}
    exec(code.replace("http://127.0.0.1:7878/query", server.url), scope)
    assert len(scope["rows"]) == 5 and scope["rows"][0]["c"]["type"] == "uri"
    assert isinstance(scope["graph"], Graph)
    assert len(scope["graph"]) == 2 * len(library.sparql(
        "SELECT ?o WHERE { ?o a pk:Observation ; pk:value ?v }"))

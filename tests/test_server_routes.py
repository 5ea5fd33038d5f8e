"""`policykg serve` beside its query URL: the read-only Graph Store GET (/data), the named
queries (/queries/NAME) and HTTP/1.1 (keep-alive, chunked downloads; HTTP/1.0 clients too).
A real serve process on a TriG build of the bundled article, asked with http.client and raw
sockets on loopback."""
from __future__ import annotations

import http.client
import json
import shutil
import socket
import sys
import urllib.parse
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from serve_proc import Server, clean_run

from policykg.graph.formats import format_result
from policykg.graph.loading import load_graph
from policykg.graph.namespaces import document_iri
from policykg.graph.query import open_graph

pytestmark = pytest.mark.skipif(shutil.which("oxigraph") is None and not (
    Path(sys.executable).parent / "oxigraph").exists(), reason="oxigraph server not installed")

LABELS = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
          "SELECT ?c ?label WHERE { ?c skos:prefLabel ?label } ORDER BY ?label LIMIT 7")
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


# --- the read-only Graph Store ----------------------------------------------------------------

def test_graph_store_get_returns_whole_graphs(conn, trig):
    iri = str(document_iri("seed_smart_city_nqpf"))
    for path, expected in [("/data?default", load_graph(trig)),
                           ("/data?graph=" + urllib.parse.quote(iri, safe=""),
                            load_graph(trig, graph=iri)),
                           ("/get?graph=" + urllib.parse.quote(iri, safe=""),
                            load_graph(trig, graph=iri))]:
        resp, body = _request(conn, path, "application/n-triples")
        assert resp.status == 200 and resp.getheader("Transfer-Encoding") == "chunked"
        got = Graph().parse(data=body, format="nt")
        assert len(got) > MAX_ROWS and isomorphic(got, expected), path    # not cut
    resp, body = _request(conn, "/data?default", "application/ld+json")
    assert isomorphic(Graph().parse(data=body, format="json-ld"), load_graph(trig))
    resp, body = _request(conn, "/data", "application/n-quads")
    assert resp.status == 200 and len(body.splitlines()) > 2 * 4000      # quads of the dataset


def test_graph_store_errors(conn):
    cases = [("GET", "/data?graph=urn%3Ax%3Anone", None, 404,
              "no graph named <urn:x:none> in this dataset (GET /data lists every graph as "
              "quads; the service description at /query names them)\n"),
             ("GET", "/data?default&graph=urn%3Ax%3Aa", None, 400,
              "give either ?default or one ?graph=IRI, not both\n"),
             ("GET", "/data?graph=not%20an%20iri", None, 400,
              "?graph= must be an absolute IRI, got 'not an iri'\n"),
             ("GET", "/data?default", "text/html", 406, None),
             ("GET", "/data", "text/turtle", 406, None)]
    for method in ("PUT", "POST", "DELETE"):
        cases.append((method, "/data?default", None, 405,
                      f"method {method} not allowed on this read-only graph store; allowed: "
                      "GET, HEAD, OPTIONS\n"))
    for method, path, accept, status, message in cases:
        body = b"<urn:x:a> <urn:x:b> <urn:x:c> .\n" if method in ("PUT", "POST") else None
        resp, got = _request(conn, path, accept, method, body,
                             {"Content-Type": "application/n-triples"} if body else None)
        assert resp.status == status, (method, path)
        if message:
            assert got.decode() == message
        if status == 405:
            assert resp.getheader("Allow") == "GET, HEAD, OPTIONS"
    resp, _ = _request(conn, "/query", method="PUT", body=b"x")
    assert resp.status == 405 and resp.getheader("Allow") == "GET, HEAD, POST, OPTIONS"


# --- named queries ------------------------------------------------------------------------------

def test_named_queries_bind_parameters_as_the_cli_does(conn, library):
    for name, params in [("drivers", {"x": "新质生产力"}), ("paths", {"y": "新质生产力", "n": "2"}),
                         ("hubs", {})]:
        resp, body = _request(conn, f"/queries/{name}?" + urllib.parse.urlencode(params))
        assert resp.status == 200, body
        expected = library.run(name, params, limit=MAX_ROWS)
        assert len(expected) > 0
        links = (f"http://127.0.0.1:{conn.port}/query#truncated-at-{MAX_ROWS}",) * \
            expected.truncated
        assert body.decode() == format_result(expected, "json", links=links), name
        assert (resp.getheader("X-PolicyKG-Truncated") == "true") == expected.truncated
        assert json.loads(body)["head"].get("link", []) == list(links)
    assert expected.truncated                                      # hubs: > MAX_ROWS rows
    resp, body = _request(conn, "/queries/drivers?" + urllib.parse.urlencode(
        {"x": "新质生产力", "format": "csv"}))
    assert body.decode() == format_result(library.run("drivers", {"x": "新质生产力"}), "csv")


def test_named_query_with_raw_utf8_in_the_request_line(server, library):
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall("GET /queries/drivers?x=新质生产力 HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n"
                     "Connection: close\r\n\r\n".encode("utf-8"))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 ")
    assert body.decode() == format_result(library.run("drivers", {"x": "新质生产力"}), "csv")


def test_named_query_errors_are_one_line(conn):
    for path, status, message in [
            ("/queries/nope", 404, "unknown query 'nope'; known queries: compare_claims, "
             "compare_concepts, compare_documents, concept, documents, drivers, effects, "
             "evidence, hubs, observations, paths, taxonomy, timeline, trends, trends_variants "
             "(hint: `policykg queries` lists them with their parameters)"),
            ("/queries/paths?y=a&n=abc", 400,
             "parameter n must be an integer, got 'abc' (hint: for example ?n=3)"),
            ("/queries/paths?y=a&n=9", 400, "parameter n must be between 1 and 4, got 9"),
            ("/queries/drivers?z=1", 400,
             "query drivers has no parameter 'z' (its parameters: x)"),
            ("/queries/drivers?x=a&x=b", 400, "parameter x is given 2 times: give it once")]:
        resp, body = _request(conn, path)
        assert (resp.status, body.decode()) == (status, message + "\n"), path
    resp, body = _request(conn, "/queries/drivers")
    assert resp.status == 400 and body.decode().startswith("query drivers needs parameter x: ")
    assert body.decode().endswith("(hint: add ?x=VALUE)\n") and body.count(b"\n") == 1
    resp, body = _request(conn, "/queries")
    assert resp.status == 200 and b"drivers: " in body and b"?x (label)" in body
    resp, _ = _request(conn, "/queries/drivers?x=a", "text/html")
    assert resp.status == 406


# --- HTTP/1.1 -----------------------------------------------------------------------------------

def test_one_keep_alive_connection_serves_every_kind_of_request(conn):
    seen = []
    for method, path, accept in [("GET", _q(LABELS), "text/csv"), ("GET", "/query", None),
                                 ("GET", "/data?default", "text/turtle"),
                                 ("HEAD", "/data?default", "text/turtle"),
                                 ("GET", "/queries/hubs", None), ("GET", "/nowhere", None),
                                 ("DELETE", "/data?default", None), ("HEAD", _q(LABELS), None),
                                 ("OPTIONS", "/data", None), ("GET", _q("ASK {}"), None)]:
        resp, body = _request(conn, path, accept, method)
        assert resp.version == 11 and not resp.will_close, (method, path)
        chunked = resp.getheader("Transfer-Encoding") == "chunked"
        assert chunked == (path == "/data?default" and resp.status == 200), (method, path)
        if method == "HEAD":
            assert body == b""
        elif not chunked:
            assert int(resp.getheader("Content-Length")) == len(body)
        seen.append(resp.status)
    assert seen == [200, 200, 200, 200, 200, 404, 405, 200, 200, 200]
    sock = conn.sock
    _request(conn, _q("ASK {}"))
    assert conn.sock is sock                                    # the same TCP connection


def test_an_http_1_0_client_gets_the_graph_without_chunks(server, trig):
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(b"GET /data?default HTTP/1.0\r\nAccept: application/n-triples\r\n\r\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 ") and b"Transfer-Encoding" not in head
    assert isomorphic(Graph().parse(data=body, format="nt"), load_graph(trig))

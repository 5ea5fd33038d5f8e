"""`policykg serve` (graph/server.py) as a real process on a loopback port, queried with
SPARQLWrapper and urllib."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from serve_proc import Server, alive, clean_run, oxigraph_children

from policykg.graph.protocol import RESULT_TYPES, looks_like_update, negotiate

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
pytestmark = pytest.mark.skipif(shutil.which("oxigraph") is None and not (
    Path(sys.executable).parent / "oxigraph").exists(), reason="oxigraph server not installed")

LABELS = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
          "SELECT ?c ?label WHERE { ?c skos:prefLabel ?label } ORDER BY ?label")


_children, _alive = oxigraph_children, alive


@pytest.fixture(scope="module", autouse=True)
def _nothing_left(tmp_path_factory):
    yield from clean_run(tmp_path_factory)


@pytest.fixture(scope="module")
def server(seed_graph_path):
    s = Server(seed_graph_path, "--max-rows", "5", "--timeout", "2")
    yield s
    s.close()


def _wrapper(url, fmt):
    from SPARQLWrapper import SPARQLWrapper as W
    w = W(url)
    w.setReturnFormat(fmt)
    return w


def test_select_json_with_sparqlwrapper(server, seed_graph_path):
    from SPARQLWrapper import JSON
    w = _wrapper(server.url, JSON)
    w.setQuery(LABELS)
    data = w.query().convert()
    assert data["head"]["vars"] == ["c", "label"]
    rows = data["results"]["bindings"]
    assert len(rows) == 5                                   # --max-rows 5
    assert rows[0]["label"]["xml:lang"] == "zh" and rows[0]["c"]["type"] == "uri"
    from policykg.graph import open_graph
    expected = open_graph(seed_graph_path).sparql(LABELS)[:5]
    assert [r["label"]["value"] for r in rows] == [e["label"] for e in expected]


def test_select_csv_with_sparqlwrapper_over_post(server):
    from SPARQLWrapper import CSV, POST
    w = _wrapper(server.url, CSV)
    w.setMethod(POST)
    w.setQuery(LABELS)
    text = w.query().convert().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["c", "label"] and len(rows) == 6
    assert text.endswith("\r\n")


def test_ask_and_construct(server):
    from SPARQLWrapper import JSON, TURTLE
    w = _wrapper(server.url, JSON)
    w.setQuery("ASK { ?s a <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Sentence> }")
    assert w.query().convert() == {"head": {}, "boolean": True}
    w = _wrapper(server.url, TURTLE)
    w.setQuery("CONSTRUCT WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?o }")
    ttl = w.query().convert()
    from rdflib import Graph
    assert len(Graph().parse(data=ttl, format="turtle")) == 5


def test_content_negotiation_and_truncation_header(server):
    query = urllib.parse.urlencode({"query": LABELS})
    for accept, media in [("text/tab-separated-values", "text/tab-separated-values"),
                          ("application/sparql-results+xml", "application/sparql-results+xml"),
                          ("text/csv;q=0.5, application/sparql-results+json", 
                           "application/sparql-results+json")]:
        req = urllib.request.Request(f"{server.url}?{query}", headers={"Accept": accept})
        with urllib.request.urlopen(req, timeout=10) as resp:
            assert resp.headers.get_content_type() == media
            assert resp.headers["X-PolicyKG-Truncated"] == "true"
    req = urllib.request.Request(server.url, data=LABELS.encode(), headers={
        "Content-Type": "application/sparql-query", "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        assert len(json.load(resp)["results"]["bindings"]) == 5


def test_update_is_refused(server):
    from SPARQLWrapper import POST
    w = _wrapper(server.url, "json")
    w.setMethod(POST)
    w.setQuery("INSERT DATA { <http://example.org/a> <http://example.org/b> 'c' }")
    with pytest.raises(urllib.error.HTTPError) as e:
        w.query()
    assert e.value.code == 403
    assert e.value.read().decode() == "read-only endpoint: SPARQL updates are refused\n"
    for body, ctype in [(b"INSERT DATA { <a:x> <a:y> <a:z> }", "application/sparql-update"),
                        (urllib.parse.urlencode({"query": "PREFIX a: <a:> DELETE WHERE "
                                                          "{ ?s ?p ?o }"}).encode(),
                         "application/x-www-form-urlencoded")]:
        req = urllib.request.Request(server.url, data=body, headers={"Content-Type": ctype})
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(req, timeout=10)
        assert e.value.code == 403
    from SPARQLWrapper import JSON
    w = _wrapper(server.url, JSON)
    w.setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?s <http://example.org/b> ?o }")
    assert w.query().convert()["results"]["bindings"][0]["n"]["value"] == "0"


def test_syntax_error_is_400_with_position(server):
    req = urllib.request.Request(f"{server.url}?" + urllib.parse.urlencode(
        {"query": "SELECT * WHERE { ?s ?p }"}))
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req, timeout=10)
    assert e.value.code == 400
    assert e.value.read().decode().startswith("error at 1:")


def _ask_loop(url: str, stop: threading.Event, statuses: list) -> None:
    while not stop.is_set():
        try:
            with urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=20) as resp:
                statuses.append(resp.status)
        except urllib.error.HTTPError as exc:
            statuses.append(exc.code)
        time.sleep(0.02)


def test_timeout_stops_that_query_only(server):
    slow = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    before = _children(server.proc.pid)
    stop, statuses = threading.Event(), []
    others = threading.Thread(target=_ask_loop, args=(server.url, stop, statuses))
    others.start()
    started = time.monotonic()
    try:
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(f"{server.url}?" + urllib.parse.urlencode({"query": slow}),
                                   timeout=30)
        assert e.value.code == 504
        assert e.value.read().decode() == "query stopped: it ran longer than the 2 s timeout\n"
        assert time.monotonic() - started < 5
        time.sleep(1)
    finally:
        stop.set()
        others.join(30)
    assert statuses and set(statuses) == {200}        # other clients' queries were not cut
    deadline = time.monotonic() + 5                   # the runaway query's process is gone
    while any(_alive(pid) for pid in before) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert before and not any(_alive(pid) for pid in before)
    assert not any(Path(f"/proc/{pid}").exists() for pid in before)      # and reaped
    with urllib.request.urlopen(f"{server.url}?" + urllib.parse.urlencode(
            {"query": "ASK {}"}), timeout=10) as resp:           # and the endpoint still answers
        assert json.load(resp)["boolean"] is True


def test_server_stops_cleanly(seed_graph_path, tmp_path):
    from policykg.graph.store import save_store
    store = save_store(seed_graph_path, tmp_path / "store")
    s = Server(store)
    children = _children(s.proc.pid)
    assert children
    with urllib.request.urlopen(f"{s.url}?" + urllib.parse.urlencode({"query": "ASK {}"}),
                                timeout=10) as resp:
        assert resp.status == 200
    code, out = s.stop()
    assert code == 0 and out.strip().endswith("stopped")
    assert not any(_alive(pid) for pid in children)
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(s.url + "?query=ASK%7B%7D", timeout=2)


def test_missing_graph_is_one_error_line(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "policykg.cli.main", "serve",
                           str(tmp_path / "none.ttl"), "--port", "0"],
                          capture_output=True, text=True, timeout=30)
    assert proc.returncode == 2
    assert proc.stderr == (f"Error: {tmp_path / 'none.ttl'}: no such graph file or store folder "
                           "(hint: build one first: policykg build -o out  (then use "
                           "out/graph.ttl))\n")


def test_helpers():
    assert looks_like_update("PREFIX a: <http://x#>\n# comment\n insert data { }")
    assert looks_like_update("WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert not looks_like_update("PREFIX a: <http://x#insert>\nSELECT * { ?s ?p ?o }")
    assert not looks_like_update("SELECT ?insert WHERE { ?insert ?p ?o }")
    assert negotiate("text/csv;q=0.2, application/sparql-results+xml;q=0.9", RESULT_TYPES,
                     "json") == "xml"
    assert negotiate("*/*", RESULT_TYPES, "json") == "json"


def test_the_update_check_is_linear_in_the_query_length():
    """A line of many `<` made the IRI test of looks_like_update quadratic (100,000 took
    about 14 s of CPU, with the GIL held: the whole endpoint stood still)."""
    started = time.process_time()
    assert not looks_like_update("<" * 100_000)
    assert not looks_like_update("SELECT * { ?s ?p ?o FILTER(?o " + "< " * 50_000 + "3) }")
    assert time.process_time() - started < 1.0
    assert looks_like_update("PREFIX a: <http://x#> " * 20_000 + "\n# a note\nINSERT DATA { }")


def test_a_timeout_does_not_cut_a_query_in_flight(seed_graph_path):
    """A cartesian COUNT of 1,000 triples by the graph (~1 s here) runs while a 4-pattern one
    times out: it gets its answer (it used to get 502 when the timeout restarted Oxigraph)."""
    server = Server(seed_graph_path, "--timeout", "6")
    medium = ("SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?a ?b ?c WHERE { ?a ?b ?c } LIMIT 1000 }"
              " ?d ?e ?f }")
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    answers: dict = {}

    def ask(name, query):
        try:
            with urllib.request.urlopen(f"{server.url}?" + urllib.parse.urlencode(
                    {"query": query}), timeout=30) as resp:
                answers[name] = (resp.status, json.load(resp))
        except urllib.error.HTTPError as exc:
            answers[name] = (exc.code, exc.read().decode())
    try:
        slow = threading.Thread(target=ask, args=("runaway", runaway))
        slow.start()
        time.sleep(5)                   # the medium query is in flight when the 6 s pass
        ask("medium", medium)
        slow.join(30)
    finally:
        server.close()
    assert answers["runaway"] == (504, "query stopped: it ran longer than the 6 s timeout\n")
    status, data = answers["medium"]
    assert status == 200
    n = int(data["results"]["bindings"][0]["n"]["value"])
    assert n % 1000 == 0 and n // 1000 > 1000       # 1,000 × every triple of the graph

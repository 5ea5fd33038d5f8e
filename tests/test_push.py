"""graph/push.py against a real Oxigraph server on a free loopback port."""
from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from policykg.cli.main import main
from policykg.graph.build import build
from policykg.graph.push import push
from policykg.graph.staging import PAUSE_ENV, PAUSE_FOR_ENV

OXIGRAPH = shutil.which("oxigraph")
pytestmark = pytest.mark.skipif(OXIGRAPH is None, reason="the oxigraph server is not installed")

GRAPH = "https://example.org/graph/policy"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(tmp_path, command: str = "serve"):
    port = _free_port()
    location = tmp_path / f"db-{command}"
    if command == "serve-read-only":       # a read-only server needs an existing store
        seed = tmp_path / "one.nt"
        seed.write_text("<https://e.org/s> <https://e.org/p> <https://e.org/o> .\n")
        subprocess.run([OXIGRAPH, "load", "--location", str(location), "--file", str(seed)],
                       check=True, capture_output=True, timeout=60)
    proc = subprocess.Popen([OXIGRAPH, command, "--location", str(location),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.05)
    proc.kill()
    pytest.fail("oxigraph did not start")


@pytest.fixture()
def server(tmp_path):
    proc, url = _start(tmp_path)
    yield url
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def graphs(tmp_path_factory, corpus_dir):
    """Two documents built with Turtle, TriG and N-Quads output."""
    out = tmp_path_factory.mktemp("push_graphs")
    docs = [corpus_dir / "seed_smart_city_nqpf.txt", corpus_dir / "guidance_2022_beijing_data_zones.txt"]
    result = build(docs, out, formats=("trig", "nq"), html=False, validate=False)
    return result


def _count(url: str, where: str) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"
    req = urllib.request.Request(f"{url}/query?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return int(json.load(resp)["results"]["bindings"][0]["n"]["value"])


def test_push_turtle_in_batches_then_query_back(server, graphs, capsys):
    n = graphs.summary()["triples"]
    assert main(["push", str(graphs.graph_path), "--endpoint", f"{server}/store",
                 "--batch-size", "1000"]) == 0
    batches = -(-n // 1000)
    assert capsys.readouterr().out == (f"sent {n} triples to {server}/store in {batches} requests "
                                       f"(replace: default graph {n}), moved into place by one "
                                       f"update at {server}/update\n")
    assert _count(server, "?s ?p ?o") == n


def test_replace_replaces_and_add_adds(server, graphs, seed_graph_path):
    big = push(graphs.graph_path, f"{server}/store", graph=GRAPH, batch_size=700)
    assert big.triples == _count(server, f"GRAPH <{GRAPH}> {{ ?s ?p ?o }}") == len(graphs.merged)
    small = push(seed_graph_path, f"{server}/store", graph=GRAPH)        # replace
    assert small.batches == 1
    assert _count(server, f"GRAPH <{GRAPH}> {{ ?s ?p ?o }}") == small.triples < big.triples
    push(graphs.graph_path, f"{server}/store", graph=GRAPH, mode="add")   # add: the union
    union = Graph().parse(seed_graph_path) + Graph().parse(graphs.graph_path)
    assert _count(server, f"GRAPH <{GRAPH}> {{ ?s ?p ?o }}") == len(union)   # VoID differs
    assert _count(server, "?s ?p ?o") == 0          # the default graph was never touched


@pytest.mark.parametrize("name", ["graph.trig", "graph.nq"])
def test_push_named_graphs_one_per_document(server, graphs, name):
    result = push(graphs.graph_path.parent / name, f"{server}/store", batch_size=500)
    docs = [f"https://w3id.org/policykg/id/doc/{ex.document.doc_id}" for ex in graphs.extractions]
    assert set(result.graphs) == {"", *docs}
    for iri in docs:
        assert _count(server, f"GRAPH <{iri}> {{ ?s ?p ?o }}") == result.graphs[iri] > 0
    assert _count(server, "?s ?p ?o") == result.graphs[""]
    # the union of the named graphs and the default graph is the Turtle graph
    union = _count(server, "SELECT DISTINCT ?s ?p ?o WHERE { { ?s ?p ?o } UNION "
                           "{ GRAPH ?g { ?s ?p ?o } } }")
    assert union == len(graphs.merged)


def test_unreachable_endpoint_is_one_error_line(graphs, capsys):
    url = f"http://127.0.0.1:{_free_port()}/store"
    assert main(["push", str(graphs.graph_path), "--endpoint", url]) == 2
    assert capsys.readouterr().err == (
        f"Error: cannot reach {url}?default ([Errno 111] Connection refused); nothing had "
        "arrived; the target is unchanged (hint: check the endpoint URL and that the server is running)\n")


def test_read_only_server_refuses_with_one_error_line(tmp_path, graphs, capsys):
    proc, url = _start(tmp_path, "serve-read-only")
    try:
        assert main(["push", str(graphs.graph_path), "--endpoint", f"{url}/store"]) == 2
    finally:
        proc.terminate()
        proc.wait(10)
    err = capsys.readouterr().err
    assert err.startswith(f"Error: PUT {url}/store?default was refused (HTTP 403 ")
    assert err.endswith("(hint: check that the endpoint accepts Graph Store updates)\n")
    assert err.count("\n") == 1


def test_a_file_that_does_not_parse_sends_nothing(server, tmp_path, capsys):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<https://e.org/s> <https://e.org/p> <https://e.org/o> .\n<unclosed\n")
    assert main(["push", str(bad), "--endpoint", f"{server}/store"]) == 2
    assert capsys.readouterr().err.startswith(f"Error: {bad}: not valid Turtle (")
    assert _count(server, "?s ?p ?o") == 0


@pytest.mark.parametrize("argv, message", [
    (["--endpoint", "ftp://host/store"], "Error: endpoint 'ftp://host/store' is not an http(s) "
     "URL (hint: give the Graph Store URL, e.g. http://127.0.0.1:7878/store)"),
    (["--endpoint", "http://127.0.0.1:1/store", "--graph", "policy"],
     "Error: graph name 'policy' is not an absolute IRI (hint: give a full IRI such as "
     "https://example.org/graph/policy)"),
])
def test_option_errors(argv, message, seed_graph_path, capsys):
    assert main(["push", str(seed_graph_path), *argv]) == 2
    assert capsys.readouterr().err == message + "\n"


def test_missing_and_unknown_files(tmp_path, capsys):
    assert main(["push", str(tmp_path / "none.ttl"), "--endpoint", "http://127.0.0.1:1/s"]) == 2
    assert capsys.readouterr().err == f"Error: {tmp_path / 'none.ttl'}: no such file\n"
    odd = tmp_path / "graph.xyz"
    odd.write_text("x")
    assert main(["push", str(odd), "--endpoint", "http://127.0.0.1:1/s"]) == 2
    assert capsys.readouterr().err == (f"Error: {odd}: unknown RDF file type (hint: name it "
                                       ".ttl, .nt, .trig, .nq, .rdf or .jsonld)\n")


# --- transactional replace and partial pushes (issue 11, defect 8) ---------------------------

def _fetch(url: str, graph: str = "") -> Graph:
    """The triples of one graph of the server, via the Graph Store protocol."""
    from policykg.graph.push import target_url
    req = urllib.request.Request(target_url(f"{url}/store", graph),
                                 headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return Graph().parse(data=resp.read().decode("utf-8"), format="nt")


_INTEGERS = {XSD + n for n in ("nonNegativeInteger", "positiveInteger", "int", "long",
                               "nonPositiveInteger", "negativeInteger", "short", "byte")}


def _normalised(graph: Graph) -> Graph:
    """Oxigraph stores every integer-derived datatype as xsd:integer (stack-notes)."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and str(o.datatype) in _INTEGERS:
            o = Literal(str(o), datatype=URIRef(XSD + "integer"))
        out.add((s, p, o))
    return out


def _named_graphs(url: str) -> int:
    return _count(url, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")


SMALL = "<https://e.org/old> <https://e.org/p> \"old\" .\n"


@pytest.mark.parametrize("update", ["auto", "none"])
def test_replace_twice_leaves_exactly_the_files_triples(server, seed_graph_path, tmp_path,
                                                         update, capsys):
    old = tmp_path / "old.nt"
    old.write_text(SMALL)
    argv = ["--endpoint", f"{server}/store", "--batch-size", "1000", "--update", update]
    assert main(["push", str(old), *argv]) == 0
    for _ in range(2):
        assert main(["push", str(seed_graph_path), *argv]) == 0
    out = capsys.readouterr().out.splitlines()
    tail = f", moved into place by one update at {server}/update" if update == "auto" else ""
    n = len(Graph().parse(seed_graph_path))
    assert out[-1] == (f"sent {n} triples to {server}/store in {-(-n // 1000)} requests "
                       f"(replace: default graph {n}){tail}")
    assert isomorphic(_fetch(server), _normalised(Graph().parse(seed_graph_path)))
    assert _named_graphs(server) == 0          # no temporary graph is left behind


def _push_until_killed(tmp_path, url, proc, graph_file, *argv):
    """Push with a pause after the first batch, kill the server there; (error, restarted url)."""
    env = {**os.environ, PAUSE_ENV: "pushed-batch", PAUSE_FOR_ENV: "2"}
    push_proc = subprocess.Popen([sys.executable, "-m", "policykg.cli.main", "push",
                                  str(graph_file), "--endpoint", f"{url}/store",
                                  "--batch-size", "1000", *argv],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env=env)
    assert push_proc.stderr.readline() == "paused at pushed-batch\n"
    proc.kill()
    proc.wait(10)
    out, err = push_proc.communicate(timeout=60)
    assert (push_proc.returncode, out) == (2, "")
    return err, _start(tmp_path)


def test_server_killed_mid_push_says_how_much_arrived(tmp_path, seed_graph_path):
    proc, url = _start(tmp_path)
    err, (proc, url2) = _push_until_killed(tmp_path, url, proc, seed_graph_path,
                                           "--update", "none")
    try:
        assert err == (f"Error: cannot reach {url}/store?default ([Errno 111] Connection "
                       f"refused); 1000 of {len(Graph().parse(seed_graph_path))} triples had arrived in 1 request: the target "
                       f"is partial (push again once the endpoint works) (hint: check the "
                       f"endpoint URL and that the server is running)\n")
        assert _count(url2, "?s ?p ?o") == 1000       # the same store, restarted
    finally:
        proc.terminate()
        proc.wait(10)


def test_transactional_replace_killed_mid_push_leaves_the_target_unchanged(tmp_path,
                                                                          seed_graph_path):
    proc, url = _start(tmp_path)
    old = tmp_path / "old.nt"
    old.write_text(SMALL)
    push(old, f"{url}/store")
    err, (proc, url2) = _push_until_killed(tmp_path, url, proc, seed_graph_path)
    try:
        m = re.fullmatch(
            rf"Error: cannot reach {re.escape(url)}/store\?graph=urn%3Apolicykg%3Apush%3A[-0-9a-f]+"
            rf" \(\[Errno 111\] Connection refused\); 1000 of {len(Graph().parse(seed_graph_path))}"
            r" triples had arrived in 1 "
            r"request in temporary graphs; drop (<urn:policykg:push:[-0-9a-f]+>) by hand; the "
            r"target is unchanged \(hint: check the endpoint URL and that the server is "
            r"running\)\n", err)
        assert m, err
        assert isomorphic(_fetch(url2), Graph().parse(old))      # the old triples, exactly
        assert _count(url2, f"GRAPH {m[1]} {{ ?s ?p ?o }}") == 1000
    finally:
        proc.terminate()
        proc.wait(10)

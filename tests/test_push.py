"""graph/push.py against a real Oxigraph server on a free loopback port."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request

import pytest

from policykg.cli.main import main
from policykg.graph.build import build
from policykg.graph.push import push

OXIGRAPH = shutil.which("oxigraph")
pytestmark = pytest.mark.skipif(OXIGRAPH is None, reason="the oxigraph server is not installed")

GRAPH = "https://example.org/graph/policy"


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
                                       f"(replace: default graph {n})\n")
    assert _count(server, "?s ?p ?o") == n


def test_replace_replaces_and_add_adds(server, graphs, seed_graph_path):
    big = push(graphs.graph_path, f"{server}/store", graph=GRAPH, batch_size=700)
    assert big.triples == _count(server, f"GRAPH <{GRAPH}> {{ ?s ?p ?o }}") == len(graphs.merged)
    small = push(seed_graph_path, f"{server}/store", graph=GRAPH)        # replace
    assert small.batches == 1
    assert _count(server, f"GRAPH <{GRAPH}> {{ ?s ?p ?o }}") == small.triples < big.triples
    push(graphs.graph_path, f"{server}/store", graph=GRAPH, mode="add")   # add: the union
    assert _count(server, f"GRAPH <{GRAPH}> {{ ?s ?p ?o }}") == big.triples
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
        f"Error: cannot reach {url}?default ([Errno 111] Connection refused) "
        "(hint: check the endpoint URL and that the server is running)\n")


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

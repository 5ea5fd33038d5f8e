"""Triples survive every path unchanged: a built file, its --store folder and what an Oxigraph
server holds after `push` are isomorphic graphs, datatypes included."""
from __future__ import annotations

import shutil
import urllib.request

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from policykg.graph.loading import load_graph
from policykg.graph.namespaces import NIF
from policykg.graph.push import push
from policykg.graph.query import open_graph
from policykg.graph.store import load_rdflib, save_store
from policykg.graph.validate import validate

OFFSETS = """SELECT (COUNT(*) AS ?n) WHERE {
  ?s nif:beginIndex ?o FILTER(DATATYPE(?o) = xsd:integer) }"""


@pytest.fixture(scope="module")
def seed_file(seed_build):
    return seed_build.graph_path


@pytest.fixture(scope="module")
def seed_store(seed_file, tmp_path_factory):
    return save_store(seed_file, tmp_path_factory.mktemp("rt") / "store")


def test_store_is_isomorphic_to_the_file(seed_file, seed_store):
    assert isomorphic(load_rdflib(seed_store), load_graph(seed_file))


def test_offset_datatype_is_the_same_on_every_engine_and_path(seed_file, seed_store):
    counts = {(str(p), e): int(open_graph(p, e).sparql(OFFSETS)[0]["n"])
              for p in (seed_file, seed_store) for e in ("oxigraph", "rdflib")}
    n = len(set(load_graph(seed_file).subjects(NIF.beginIndex)))
    assert n > 40 and set(counts.values()) == {n}, counts


def test_a_store_dump_validates(seed_store, tmp_path):
    dump = tmp_path / "dump.nt"
    dump.write_text(load_rdflib(seed_store).serialize(format="nt"), encoding="utf-8")
    assert validate(load_graph(dump)).lines() == ["conforms"]


@pytest.mark.skipif(shutil.which("oxigraph") is None, reason="the oxigraph server is not installed")
def test_pushed_graph_is_isomorphic_to_the_file(seed_file, tmp_path):
    from test_push import _start
    proc, url = _start(tmp_path)
    try:
        push(seed_file, f"{url}/store")
        req = urllib.request.Request(f"{url}/store?default",
                                     headers={"Accept": "application/n-triples"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            back = Graph().parse(data=resp.read().decode("utf-8"), format="nt")
    finally:
        proc.terminate()
        proc.wait(10)
    assert isomorphic(back, load_graph(seed_file))

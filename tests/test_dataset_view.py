"""One dataset view: the default graph of a TriG or N-Quads build is the merge of its graphs,
on every engine and in every command that reads it; `graph=` picks one graph."""
from __future__ import annotations

import pytest
from rdflib.compare import isomorphic

from policykg.extract.errors import InputError
from policykg.graph.build import build, default_input
from policykg.graph.loading import load_graph
from policykg.graph.namespaces import document_iri
from policykg.graph.query import open_graph
from policykg.graph.query_errors import StoreError

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
SECOND = "数字经济发展报告\n数字技术推动产业升级。数据要素赋能实体经济。\n智慧城市建设支撑新质生产力。\n"


@pytest.fixture(scope="module")
def two_docs(tmp_path_factory):
    """The bundled article and a small second document, built as Turtle, TriG and N-Quads."""
    tmp = tmp_path_factory.mktemp("two_docs")
    second = tmp / "second.txt"
    second.write_text(SECOND, encoding="utf-8")
    return build([default_input(), second], tmp / "out", formats=("trig", "nq"), html=False)


def _count(path, engine, graph=None) -> int:
    return int(open_graph(path, engine, graph=graph).sparql(COUNT)[0]["n"])


@pytest.mark.parametrize("suffix", ["trig", "nq"])
def test_count_agrees_across_engines_and_with_the_turtle(two_docs, suffix):
    ttl = two_docs.graph_path
    quads = ttl.with_suffix(f".{suffix}")
    n = _count(ttl, "oxigraph")
    assert n == len(two_docs.merged) > 4000
    assert _count(quads, "oxigraph") == _count(quads, "rdflib") == n


def test_named_queries_see_every_document_in_a_trig_file(two_docs):
    trig = two_docs.graph_path.with_suffix(".trig")
    ox, rl = open_graph(trig), open_graph(trig, "rdflib")
    hubs = ox.run("hubs")
    assert len(hubs) > 50
    assert hubs.rows == rl.run("hubs").rows
    assert ox.sparql("ASK { GRAPH ?g { ?s ?p ?o } }") is True        # the named graphs stay


def test_the_merge_is_the_turtle_graph(two_docs):
    trig = two_docs.graph_path.with_suffix(".trig")
    assert isomorphic(load_graph(trig), load_graph(two_docs.graph_path))


def test_graph_option_picks_one_document(two_docs):
    trig = two_docs.graph_path.with_suffix(".trig")
    iri = str(document_iri("second"))
    n_ox, n_rl = _count(trig, "oxigraph", iri), _count(trig, "rdflib", iri)
    assert n_ox == n_rl == len(load_graph(trig, graph=iri))
    assert 10 < n_ox < _count(trig, "oxigraph") / 10
    sources = open_graph(trig, graph=iri).sparql("SELECT DISTINCT ?f { ?d dcterms:source ?f }")
    assert [r["f"] for r in sources] == ["second.txt"]


def test_graph_option_names_a_missing_graph(two_docs):
    trig = two_docs.graph_path.with_suffix(".trig")
    with pytest.raises(StoreError, match=r"holds no graph named <urn:x:nothing>"):
        open_graph(trig, graph="urn:x:nothing")
    with pytest.raises(InputError, match=r"holds no graph named <urn:x:nothing>"):
        open_graph(trig, "rdflib", graph="urn:x:nothing")
    with pytest.raises(InputError, match="holds no named graphs"):
        load_graph(two_docs.graph_path, graph="urn:x:nothing")

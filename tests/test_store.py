"""On-disk stores and graph loading for queries (graph/store.py), and `policykg build --store`."""
from __future__ import annotations

import json

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from policykg.cli.main import main
from policykg.graph import open_graph
from policykg.graph.query_errors import StoreError
from policykg.graph.store import STORE_MARKER, is_store, load_oxigraph, load_rdflib, save_store

XSD = "http://www.w3.org/2001/XMLSchema#"
SMALL = """\
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix pk: <https://w3id.org/policykg/ontology#> .
@prefix c: <https://w3id.org/policykg/id/concept/> .
c:数字技术 skos:prefLabel "数字技术"@zh ; pk:supports c:智慧城市建设 .
c:智慧城市建设 skos:prefLabel "智慧城市建设"@zh ; pk:category "infrastructure" .
c:城镇化率 pk:value 17.9 .
"""


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "small.ttl"
    path.write_text(SMALL, encoding="utf-8")
    return path


def _values(graph: Graph) -> set:
    """Triples as engine-neutral terms, integer-derived datatypes as xsd:integer (what Oxigraph
    stores: it keeps a literal's value, not the name of its derived datatype)."""
    from policykg.graph.results import Term, term_from_rdflib
    out = set()
    for triple in graph:
        s, p, o = (term_from_rdflib(t) for t in triple)
        if o.datatype == XSD + "nonNegativeInteger":
            o = Term.literal(o.value, XSD + "integer")
        out.add((s, p, o))
    return out


def test_save_store_from_turtle_round_trips(small, tmp_path):
    store = save_store(small, tmp_path / "store")
    assert is_store(store) and not is_store(small)
    marker = json.loads((store / STORE_MARKER).read_text(encoding="utf-8"))
    assert marker == {"triples": 5, "source": str(small)}
    assert isomorphic(load_rdflib(store), Graph().parse(small, format="turtle"))
    assert len(open_graph(store)) == 5


def test_save_store_from_an_rdflib_graph(small, tmp_path):
    graph = Graph().parse(small, format="turtle")
    store = save_store(graph, tmp_path / "s")
    assert isomorphic(load_rdflib(store), graph)


def test_seed_store_answers_like_the_turtle_file(seed_graph_path, tmp_path):
    store = save_store(seed_graph_path, tmp_path / "store")
    from_store, from_file = open_graph(store), open_graph(seed_graph_path)
    assert len(from_store) == len(from_file)
    for name, params in [("hubs", {}), ("timeline", {}), ("observations", {"x": "率"})]:
        assert from_store.ask(name, **params) == from_file.ask(name, **params), name
    # Oxigraph keeps literal values, not their datatypes' names: nonNegativeInteger -> integer.
    assert _values(load_rdflib(store)) == _values(Graph().parse(seed_graph_path))


def test_store_replaces_only_its_own_folders(small, tmp_path):
    target = tmp_path / "store"
    save_store(small, target)
    (tmp_path / "other.ttl").write_text(SMALL.replace("17.9", "18.0"), encoding="utf-8")
    save_store(tmp_path / "other.ttl", target)                  # a store it wrote: replaced
    assert open_graph(target).sparql("SELECT ?v WHERE { ?s pk:value ?v }") == [
        {"v": pytest.approx(18)}]
    keep = tmp_path / "keep"
    keep.mkdir()
    (keep / "notes.txt").write_text("mine")
    with pytest.raises(StoreError) as e:
        save_store(small, keep)
    assert str(e.value) == f"{keep}: exists and is not a policykg store; not replacing it"
    assert (keep / "notes.txt").read_text() == "mine"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_two_read_only_opens_of_one_store(small, tmp_path):
    store = save_store(small, tmp_path / "store")
    a, b = load_oxigraph(store), load_oxigraph(store)
    assert len(a) == len(b) == 5


def test_load_errors(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix x: <http://e/> .\nx:a x:b "unterminated .\n', encoding="utf-8")
    for engine in ("oxigraph", "rdflib"):
        with pytest.raises(Exception) as e:
            open_graph(bad, engine=engine)
        assert str(e.value) == f"{bad}: line 2: not valid RDF: Unexpected end of file", engine
    with pytest.raises(StoreError, match="no such graph file or store folder"):
        open_graph(tmp_path / "missing.ttl")
    with pytest.raises(StoreError, match="folder is not an Oxigraph store"):
        open_graph(tmp_path)


def test_build_with_store_option(tmp_path, capsys):
    out, store = tmp_path / "out", tmp_path / "out" / "store"
    assert main(["build", "--no-html", "-o", str(out), "--store", str(store)]) == 0
    assert f"wrote {store}" in capsys.readouterr().out
    assert is_store(store)
    assert main(["query", str(store), "timeline", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("year,actorLabel,policy,kind,evidence,source,event")


_WATCHED: list = []     # (store folder, moments it held no store) while a test watches it


def _audit(event, args):
    if _WATCHED and event in ("os.rename", "os.remove", "os.rmdir", "shutil.rmtree"):
        for target, gaps in _WATCHED:
            if not is_store(target):
                gaps.append(event)


def test_save_store_never_leaves_a_moment_without_a_store(small, tmp_path):
    """Every rename and removal save_store makes finds a complete store at the target."""
    import sys
    target = tmp_path / "store"
    save_store(small, target)
    (tmp_path / "other.ttl").write_text(SMALL.replace("17.9", "18.0"), encoding="utf-8")
    if not getattr(sys, "_policykg_store_audit", False):
        sys.addaudithook(_audit)     # audit hooks cannot be removed: it checks _WATCHED only
        sys._policykg_store_audit = True
    gaps: list = []
    _WATCHED.append((target, gaps))
    try:
        save_store(tmp_path / "other.ttl", target)
    finally:
        _WATCHED.clear()
    assert gaps == []
    assert open_graph(target).sparql("SELECT ?v WHERE { ?s pk:value ?v }") == [
        {"v": pytest.approx(18)}]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []

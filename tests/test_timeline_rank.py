"""timeline sorts on the build's pk:timelineRank (graph/materialise.py) and gives the rows,
in the order, of its text before (tests/queries_before/timeline.rq: year, file name, offset,
IRI), on both engines: the whole build, one document's graph of TriG, N-Quads, a rebuild of
fewer documents into the same folder, and a graph materialised from the contract's triples."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from policykg.graph.build import build, default_input
from policykg.graph.catalog import named_query
from policykg.graph.loading import load_graph
from policykg.graph.materialise import EXTENSION_PREDICATES, materialise
from policykg.graph.namespaces import PK, document_iri
from policykg.graph.query import open_graph

BEFORE = (Path(__file__).parent / "queries_before" / "timeline.rq").read_text(encoding="utf-8")
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
#: Events in three years, one undated, in a file that sorts first and one that sorts last.
FIRST = ("数据局通知\n2022年，市经济和信息化局会同市财政局出台《某市智能制造专项资金管理办法》。\n"
         "2021年，我局制定了《某市数据开放管理办法》。\n市政府印发《关于某项工作的指导意见》。\n")
LAST = ("工作总结\n2021年，工业和信息化部正式印发《工业互联网发展行动计划》。\n"
        "国务院2019年6月印发《关于某项工作的指导意见》（以下简称《意见》），推动落实。\n")


def _texts(tmp: Path) -> list[Path]:
    (tmp / "a_first.txt").write_text(FIRST, encoding="utf-8")
    (tmp / "z_last.txt").write_text(LAST, encoding="utf-8")
    extra = [CORPUS / n for n in ("gov_work_report_2024_national.txt",
                                  "guidance_2022_beijing_data_zones.txt")]
    return [tmp / "a_first.txt", default_input(), *(f for f in extra if f.is_file()),
            tmp / "z_last.txt"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("timeline")
    return build(_texts(tmp), tmp / "out", formats=("trig", "nq"), html=False)


def _params(pg) -> list[dict]:
    rows = pg.run("timeline").dicts()
    actors = sorted({r["actorLabel"] for r in rows if "actorLabel" in r})[:3]
    policies = sorted({r["policy"] for r in rows if "policy" in r})[:3]
    return [{}] + [{"x": v} for v in [*actors, *policies, "某项工作", "没有这个"]]


def _same_rows(pg, params_list=None) -> int:
    q = named_query("timeline")
    seen = 0
    for params in params_list or _params(pg):
        bindings = q.bindings(params)
        new, old = pg.query(q.text, bindings), pg.query(BEFORE, bindings)
        assert new.vars == old.vars
        assert new.rows == old.rows, params
        seen += len(new.rows)
    return seen


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_rows_are_those_of_the_text_before(built, engine):
    pg = open_graph(built.graph_path, engine=engine)
    rows = pg.run("timeline").dicts()
    years = [r.get("year") for r in rows]
    assert len(rows) > 20 and None in years and len({r["source"] for r in rows}) >= 3
    assert _same_rows(pg) > len(rows)


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_each_document_graph_and_the_quads_sort_as_before(built, engine):
    for suffix in ("trig", "nq"):
        path = built.graph_path.with_suffix(f".{suffix}")
        assert _same_rows(open_graph(path, engine=engine), [{}]) > 20
    trig = built.graph_path.with_suffix(".trig")
    for doc in ("a_first", "z_last"):
        one = open_graph(trig, engine=engine, graph=str(document_iri(doc)))
        assert 0 < _same_rows(one, [{}, {"x": "某项工作"}]) < 10


def test_ranks_are_one_per_event_and_agree_across_formats(built):
    graph = load_graph(built.graph_path)
    ranks = sorted(int(o) for o in graph.objects(None, PK.timelineRank))
    assert ranks == list(range(1, len(set(graph.subjects(PK.eventKind))) + 1))
    for suffix in ("trig", "nq"):
        assert set(load_graph(built.graph_path.with_suffix(f".{suffix}")).triples(
            (None, PK.timelineRank, None))) == set(graph.triples((None, PK.timelineRank, None)))


def test_a_rebuild_into_the_same_folder_ranks_its_own_documents(built, tmp_path):
    out = built.graph_path.parent
    again = build([_texts(tmp_path)[-1]], out, html=False)
    graph = load_graph(again.graph_path)
    assert sorted(int(o) for o in graph.objects(None, PK.timelineRank)) == [1, 2]
    assert _same_rows(open_graph(again.graph_path), [{}]) == 2
    build(_texts(tmp_path), out, formats=("trig", "nq"), html=False)     # as the fixture was


def test_materialise_ranks_a_graph_of_the_contract(built):
    graph = load_graph(built.graph_path)
    bare = Graph()
    for t in graph:
        if t[1] not in EXTENSION_PREDICATES:
            bare.add(t)
    materialise(bare)
    assert set(bare.triples((None, PK.timelineRank, None))) == set(
        graph.triples((None, PK.timelineRank, None)))


def test_documents_in_parts_write_the_ranks_of_one_part(built, tmp_path, monkeypatch):
    from policykg.extract import pipeline
    texts, formats = _texts(tmp_path), ("trig", "nq")
    whole = build(texts, tmp_path / "whole", html=False, validate=False, formats=formats)
    monkeypatch.setattr(pipeline, "PART_CHARS", 1_500)
    parts = build(texts, tmp_path / "parts", html=False, validate=False, formats=formats)
    assert any(f.turtle_runs and f.events for f in parts.merged.fragments)
    for name in ("graph.ttl", "graph.trig", "graph.nq"):
        assert (tmp_path / "whole" / name).read_bytes() == (tmp_path / "parts" / name).read_bytes()
    assert (tmp_path / "whole" / "graph.ttl").read_bytes() == built.graph_path.read_bytes()

"""`policykg trends` (graph/trends.py, graph/trends_formats.py, graph/queries/trends.rq,
cli/trends_cmd.py) on a graph built from small hand-made texts, and on the shared corpus."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter

import pytest
from rdflib import Literal

from policykg.cli.main import main
from policykg.extract.pipeline import extract_text
from policykg.graph import open_graph
from policykg.graph.namespaces import PK, XSD, document_iri
from policykg.graph.query_errors import ParameterError
from policykg.graph.rdf import to_graph
from policykg.graph.serialize import write_turtle
from policykg.graph.trends import trends
from policykg.graph.trends_formats import format_trends

from test_compare import TEXT_A, TEXT_B

TEXT_C = "关于培育新动能的通知\n丙省人民政府\n2022年6月1日\n新质生产力发展推动产业升级。\n"
TEXT_D = "说明\n数字技术推动产业升级。\n"      # no issuer, no date


def build(path, year_of_d: int | None = None):
    g = to_graph([extract_text(t, d, f"{d}.txt") for d, t in
                  (("a", TEXT_A), ("b", TEXT_B), ("c", TEXT_C), ("d", TEXT_D))])
    if year_of_d is not None:       # what the document metadata of a later build states
        g.add((document_iri("d"), PK.year, Literal(year_of_d, datatype=XSD.integer)))
    write_turtle(g, path)
    return path


@pytest.fixture(scope="module")
def four(tmp_path_factory):
    return build(tmp_path_factory.mktemp("trends") / "four.ttl")


def summary(t):
    return [(c.concept, c.documents, c.issuers, c.sentences, c.first_year, c.first_document)
            for c in t.concepts]


def test_concepts_by_first_appearance(four):
    t = trends(four)
    assert [d.source for d in t.documents] == ["a.txt", "c.txt", "b.txt", "d.txt"]
    assert summary(t) == [
        ("产业升级", 4, 3, 5, 2021, "a.txt"),
        ("数字技术", 3, 2, 4, 2021, "a.txt"),
        ("新质生产力", 3, 3, 3, 2021, "a.txt"),
        ("人工智能", 2, 2, 2, 2021, "a.txt"),
        ("治理能力", 2, 2, 2, 2021, "a.txt"),
        ("高质量发展", 2, 2, 2, 2021, "a.txt"),
        ("数字经济", 1, 1, 1, 2021, "a.txt"),
        ("数据要素", 1, 1, 1, 2021, "a.txt"),
        ("城镇化率", 1, 1, 1, 2023, "b.txt"),
    ]
    rise = t.concepts[0]
    assert [(c.document, c.sentences, c.claims) for c in rise.cells] == [
        ("a.txt", 1, 1), ("c.txt", 1, 1), ("b.txt", 2, 2), ("d.txt", 1, 1)]
    assert t.concepts[-1].cells[0].claims == 0          # an observation's indicator


def test_variants_count_under_the_bare_concept(four):
    for x in ("新质生产力", "新质生产力发展", "发展新质生产力"):
        (c,) = trends(four, concept=x).concepts
        assert (c.concept, c.labels) == ("新质生产力", ("发展新质生产力", "新质生产力", "新质生产力发展"))
        assert [x.document for x in c.cells] == ["a.txt", "c.txt", "b.txt"]
    (c,) = trends(four, concept="高质量发展").concepts      # key 高质量, no concept of that name
    assert (c.concept, c.labels, c.documents) == ("高质量发展", ("高质量发展",), 2)


def test_filters_and_orders(four):
    assert [c.concept for c in trends(four, min_documents=3).concepts] == [
        "产业升级", "数字技术", "新质生产力"]
    assert [c.concept for c in trends(four, contains="数").concepts] == [
        "数字技术", "数字经济", "数据要素"]
    assert [c.concept for c in trends(four, sort="documents").concepts] == [
        "产业升级", "数字技术", "新质生产力", "人工智能", "治理能力", "高质量发展", "数字经济",
        "数据要素", "城镇化率"]
    with pytest.raises(ParameterError, match="no concept '数据' in"):
        trends(four, concept="数据")


def test_a_stated_year_is_read_before_the_date(tmp_path):
    t = trends(build(tmp_path / "y.ttl", year_of_d=2019), concept="数字技术")
    assert [d.source for d in t.documents][0] == "d.txt" and t.documents[0].year == 2019
    assert (t.concepts[0].first_year, t.concepts[0].first_document) == (2019, "d.txt")


def test_csv_rows_exact(four):
    text = format_trends(trends(four, concept="新质生产力"), "csv")
    labels = "发展新质生产力; 新质生产力; 新质生产力发展"
    assert text.split("\r\n") == [
        "concept,labels,document,title,year,date,issuer,sentences,claims,first_year,"
        "first_document,documents,issuers",
        f"新质生产力,{labels},a.txt,关于推进数据工作的意见,2021,2021-03-01,甲省人民政府,1,1,2021,a.txt,3,3",
        f"新质生产力,{labels},c.txt,关于培育新动能的通知,2022,2022-06-01,丙省人民政府,1,1,2021,a.txt,3,3",
        f"新质生产力,{labels},b.txt,关于加快数字经济发展的方案,2023,2023-05-08,乙市人民政府,1,1,2021,a.txt,3,3",
        ""]


def test_named_query_rows_on_both_engines(four):
    ox, rl = (open_graph(four, engine=e) for e in ("oxigraph", "rdflib"))
    for params in ({}, {"x": "新质生产力"}, {"x": "高质量发展"}):
        a, b = ox.run("trends", params), rl.run("trends", params)
        assert a.vars == b.vars and a.rows and Counter(a.rows) == Counter(b.rows)
    rows = ox.run("trends", {"x": "新质生产力"}).dicts()
    assert [(r["concept"], r["key"], r["source"], r["year"], r["issuer"]) for r in rows] == [
        ("新质生产力", "新质生产力", "a.txt", 2021, "甲省人民政府"),
        ("新质生产力发展", "新质生产力", "c.txt", 2022, "丙省人民政府"),
        ("发展新质生产力", "新质生产力", "b.txt", 2023, "乙市人民政府")]
    undated = [r for r in ox.run("trends").dicts() if r["source"] == "d.txt"]
    assert undated and all("year" not in r and "issuer" not in r for r in undated)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_table_json_and_chart(four, tmp_path, capsys):
    code, out, err = run(capsys, "trends", four, "--min-documents", "3")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[:5] == ["Documents (in date order)",
                         "  D1  a.txt  (2021-03-01, 甲省人民政府, 关于推进数据工作的意见)",
                         "  D2  c.txt  (2022-06-01, 丙省人民政府, 关于培育新动能的通知)",
                         "  D3  b.txt  (2023-05-08, 乙市人民政府, 关于加快数字经济发展的方案)",
                         "  D4  d.txt  (说明)"]
    assert [ln.split() for ln in lines[-4:]] == [
        ["产业升级", "4", "3", "2021", "D1", "1", "1", "2", "1"],
        ["数字技术", "3", "2", "2021", "D1", "1", "·", "2", "1"],
        ["新质生产力", "3", "3", "2021", "D1", "1", "1", "1", "·"],
        ["(3", "concepts", "of", "3)"]]
    page = tmp_path / "t.html"
    code, out, err = run(capsys, "trends", four, "-p", "x=人工智能", "-f", "json", "--html", page)
    doc = json.loads(out)
    assert doc["concepts"] == [{"concept": "人工智能", "labels": ["人工智能"], "documents": 2,
                                "issuers": 2, "sentences": 2,
                                "first": {"document": "a.txt", "year": 2021},
                                "counts": [{"document": "a.txt", "sentences": 1, "claims": 1},
                                           {"document": "b.txt", "sentences": 1, "claims": 1}]}]
    assert [d["issuer"] for d in doc["documents"]] == ["甲省人民政府", "丙省人民政府", "乙市人民政府", ""]
    assert err == f"wrote {page}\n" and page.stat().st_size > 5000


@pytest.mark.parametrize("argv, line", [
    (["-p", "y=1"], "Error: query trends has no parameter 'y' (its parameters: x)"),
    (["-p", "x=数据"], "Error: trends: no concept '数据' in {g} (hint: labels, aliases and "
                       "variant keys match exactly; try --contains 数据)"),
    (["--min-documents", "0"], "Error: --min-documents must be 1 or more, got 0"),
    (["-p", "x"], "Error: cannot read --param 'x' (hint: write --param NAME=VALUE)"),
])
def test_cli_errors_are_one_line_exit_2(four, capsys, argv, line):
    code, out, err = run(capsys, "trends", four, *argv)
    assert (code, out, err) == (2, "", line.format(g=four) + "\n")


def test_cli_missing_graph(tmp_path, capsys):
    code, out, err = run(capsys, "trends", tmp_path / "no.ttl")
    assert code == 2 and err == (f"Error: {tmp_path / 'no.ttl'}: no such graph file or store "
                                 f"folder (hint: build one first: policykg build -o out  "
                                 f"(then use out/graph.ttl))\n")


# --- the shared corpus --------------------------------------------------------------------

def test_corpus_trends_count_documents(corpus_build):
    t = trends(corpus_build.graph_path)
    years = {d.source: d.year for d in t.documents}
    assert len(t.documents) == 5 and sorted(years.values(), key=lambda y: y or 9999) == list(
        years.values())
    spread = [c for c in t.concepts if c.documents >= 2]
    assert len(spread) >= 50
    for c in t.concepts:
        assert c.documents == len(c.cells) and c.sentences == sum(x.sentences for x in c.cells)
        dated = [years[x.document] for x in c.cells if years[x.document]]
        assert c.first_year == (min(dated) if dated else None)
    ai = next(c for c in t.concepts if c.concept == "人工智能")
    assert ai.documents >= 3 and ai.first_year == 2021
    firsts = [c.first_year or 9999 for c in t.concepts]
    assert firsts == sorted(firsts)


def test_corpus_output_is_byte_identical_across_runs(corpus_build, tmp_path):
    outs = []
    for seed in ("1", "2"):
        folder = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        for fmt in ("csv", "json"):
            subprocess.run([sys.executable, "-m", "policykg.cli.main", "trends",
                            str(corpus_build.graph_path), "-f", fmt, "-o",
                            str(folder / f"t.{fmt}"), "--html", str(folder / "t.html")],
                           check=True, env=env, capture_output=True)
        outs.append([(folder / f).read_bytes() for f in ("t.csv", "t.json", "t.html")])
    assert outs[0] == outs[1]


def test_a_graph_without_the_build_extension_has_trends(tmp_path):
    """Turtle another tool wrote carries no pk:trendKey: trends adds the extension itself."""
    from test_viz import make_graph
    path = tmp_path / "bare.ttl"
    make_graph().serialize(path, format="turtle", encoding="utf-8")
    assert not open_graph(path).engine.has_predicate(PK.trendKey)
    got = {t.concept: sum(c.sentences for c in t.cells) for t in trends(path).concepts}
    assert got == {"数字经济": 4, "人工智能": 3, "新型基础设施": 2, "智慧城市": 2, "大数据": 1,
                   "数据要素": 1, "新兴技术": 1, "高质量发展": 1}   # as before pk:trendKey

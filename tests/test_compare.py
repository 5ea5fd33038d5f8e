"""`policykg compare` (graph/compare.py, graph/compare_formats.py, cli/compare_cmd.py) on graphs
built from small hand-made texts, and on the shared corpus."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from policykg.cli.main import main
from policykg.extract.pipeline import extract_text
from policykg.graph.compare import CompareError, compare, compare_graphs
from policykg.graph.compare_formats import format_comparison
from policykg.graph.rdf import to_graph
from policykg.graph.serialize import write_turtle

#: Two documents with an issuer and a date line each; one sentence a claim.
TEXT_A = ("关于推进数据工作的意见\n甲省人民政府\n2021年3月1日\n数字技术推动产业升级。\n"
          "数据要素支撑数字经济。\n人工智能提升治理能力。\n新质生产力推动高质量发展。\n")
TEXT_B = ("关于加快数字经济发展的方案\n乙市人民政府\n2023年5月8日\n数字技术推动产业升级。\n"
          "人工智能提升治理能力。\n数字技术带动产业升级。\n发展新质生产力推动高质量发展。\n"
          "城镇化率达到66%。\n")


def write_graph(path: Path, *docs: tuple[str, str]) -> Path:
    """A graph file of the given (doc id, text) documents, as the library builds it."""
    write_turtle(to_graph([extract_text(text, doc, f"{doc}.txt") for doc, text in docs]), path)
    return path


@pytest.fixture(scope="module")
def pair(tmp_path_factory) -> Path:
    return write_graph(tmp_path_factory.mktemp("compare") / "pair.ttl", ("a", TEXT_A),
                       ("b", TEXT_B))


def rows(items):
    return [(c.status, c.subject, c.relation, c.object, c.count_a, c.count_b) for c in items]


def test_concepts_and_claims_new_dropped_strengthened_shared(pair):
    c = compare(pair, "a", "b")
    assert rows(c.concepts) == [
        ("new", "城镇化率", "", "", 0, 1),
        ("dropped", "数字经济", "", "", 1, 0),
        ("dropped", "数据要素", "", "", 1, 0),
        ("strengthened", "产业升级", "", "", 1, 2),
        ("strengthened", "数字技术", "", "", 1, 2),
        ("shared", "人工智能", "", "", 1, 1),
        ("shared", "新质生产力", "", "", 1, 1),
        ("shared", "治理能力", "", "", 1, 1),
        ("shared", "高质量发展", "", "", 1, 1),
    ]
    assert rows(c.claims) == [
        ("dropped", "数据要素", "supports", "数字经济", 1, 0),
        ("strengthened", "数字技术", "drives", "产业升级", 1, 2),
        ("shared", "人工智能", "improves", "治理能力", 1, 1),
        ("shared", "新质生产力", "drives", "高质量发展", 1, 1),
    ]
    assert c.counts() == {"concepts": {"new": 1, "dropped": 2, "strengthened": 2, "shared": 4},
                          "claims": {"new": 0, "dropped": 1, "strengthened": 1, "shared": 2}}
    stronger = c.claims[1]
    assert [e.text for e in stronger.evidence_a] == ["数字技术推动产业升级。"]
    assert [e.text for e in stronger.evidence_b] == ["数字技术推动产业升级。", "数字技术带动产业升级。"]
    assert [e.source for e in stronger.evidence_b] == ["b.txt", "b.txt"]
    variant = c.concepts[6]
    assert variant.labels == ("发展新质生产力", "新质生产力")
    assert (c.a.doc.issuer, c.a.doc.date, c.a.doc.year) == ("甲省人民政府", "2021-03-01", 2021)


def test_exact_labels_keep_variants_apart(pair):
    c = compare(pair, "a", "b", variants=False)
    claims = rows(c.claims)
    assert ("new", "发展新质生产力", "drives", "高质量发展", 0, 1) in claims
    assert ("dropped", "新质生产力", "drives", "高质量发展", 1, 0) in claims
    assert c.counts()["concepts"] == {"new": 2, "dropped": 3, "strengthened": 2, "shared": 3}


def test_b_against_a_swaps_new_and_dropped(pair):
    ab, ba = compare(pair, "a", "b"), compare(pair, "b.txt", "a.txt")
    assert ba.counts()["concepts"] == {"new": 2, "dropped": 1, "strengthened": 0, "shared": 6}
    assert {(c.subject, c.relation, c.object) for c in ab.claims if c.status == "dropped"} == {
        (c.subject, c.relation, c.object) for c in ba.claims if c.status == "new"}


def test_two_graphs_each_taken_whole(pair, tmp_path):
    ga = write_graph(tmp_path / "a.ttl", ("a", TEXT_A))
    gb = write_graph(tmp_path / "b.ttl", ("b", TEXT_B))
    whole, docs = compare_graphs(ga, gb), compare(pair, "a", "b")
    assert rows(whole.concepts) == rows(docs.concepts)
    assert rows(whole.claims) == rows(docs.claims)
    assert whole.a.doc is None and whole.a.name == str(ga)


def test_errors_name_the_problem(pair, tmp_path):
    with pytest.raises(CompareError) as e:
        compare(pair, "a", "nope")
    assert str(e.value) == f"{pair}: no document 'nope'"
    assert e.value.hint == "its documents: a, b"
    with pytest.raises(CompareError, match=r"'a' and 'a.txt' are the same document \(a\)"):
        compare(pair, "a", "a.txt")
    with pytest.raises(CompareError, match="is given twice"):
        compare_graphs(pair, pair)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("argv, line", [
    (["A", "a", "zz"], "Error: {g}: no document 'zz' (hint: its documents: a, b)"),
    (["A", "b", "b.txt"], "Error: compare: 'b' and 'b.txt' are the same document (b) "
                          "(hint: name two different documents)"),
    (["A", "A"], "Error: compare: {g} is given twice (hint: name two graphs, or a graph and "
                 "two of its documents)"),
    (["A", "a"], "Error: compare: a: no such graph file or store folder (hint: give two "
                 "graphs, or a graph and two of its documents: policykg compare GRAPH A B)"),
    (["{missing}", "a", "b"], "Error: {missing}: no such graph file or store folder (hint: "
                              "build one first: policykg build -o out  (then use out/graph.ttl))"),
])
def test_cli_errors_are_one_line_exit_2(pair, tmp_path, capsys, argv, line):
    missing = tmp_path / "missing.ttl"
    argv = [str(pair) if a == "A" else a.format(missing=missing) for a in argv]
    out_file = tmp_path / "out.csv"
    code, out, err = run(capsys, "compare", *argv, "-f", "csv", "-o", out_file)
    assert code == 2 and out == ""
    assert err == line.format(g=pair, missing=missing) + "\n"
    assert not out_file.exists()


def test_cli_csv_json_table_and_page(pair, tmp_path, capsys):
    code, out, err = run(capsys, "compare", pair, "a", "b", "-f", "csv")
    assert code == 0 and err == ""
    table = list(csv.reader(io.StringIO(out)))
    assert table[0] == ["kind", "status", "subject", "relation", "object", "a", "b", "labels",
                        "evidence_a", "evidence_b"]
    assert ["claim", "strengthened", "数字技术", "drives", "产业升级", "1", "2",
            "数字技术 → 产业升级", "数字技术推动产业升级。",
            "数字技术推动产业升级。\n数字技术带动产业升级。"] in table
    assert len(table) == 1 + 9 + 4
    code, out, _ = run(capsys, "compare", pair, "a", "b", "-f", "json", "--limit", "1")
    doc = json.loads(out)
    assert doc["counts"]["claims"] == {"new": 0, "dropped": 1, "strengthened": 1, "shared": 2}
    assert [c["status"] for c in doc["concepts"]] == ["new", "dropped", "strengthened", "shared"]
    assert doc["a"]["document"]["issuer"] == "甲省人民政府" and doc["b"]["name"] == "b"
    page = tmp_path / "c.html"
    code, out, err = run(capsys, "compare", pair, "a", "b", "--html", page)
    assert code == 0 and err == f"wrote {page}\n"
    lines = out.splitlines()
    assert lines[:4] == ["A: a (关于推进数据工作的意见, 2021, 甲省人民政府)",
                         "B: b (关于加快数字经济发展的方案, 2023, 乙市人民政府)",
                         "concepts: 1 new, 2 dropped, 2 strengthened, 4 shared",
                         "claims: 0 new, 1 dropped, 1 strengthened, 2 shared"]
    assert lines[-1].split()[:6] == ["shared", "新质生产力", "drives", "高质量发展", "1", "1"]
    text = page.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in text and "'unsafe-inline'" not in text.split(
        "script-src")[1].split(";")[0]


def test_help_has_examples(capsys):
    with pytest.raises(SystemExit):
        main(["compare", "--help"])
    assert "examples:\n  policykg compare out/graph.ttl" in capsys.readouterr().out


# --- the shared corpus --------------------------------------------------------------------

NATIONAL, ZHEJIANG = "gov_work_report_2024_national", "gov_work_report_2026_zhejiang"


def test_corpus_reports_compared(corpus_build):
    c = compare(corpus_build.graph_path, NATIONAL, f"{ZHEJIANG}.txt")
    counts = c.counts()
    assert all(counts["concepts"][s] > 0 for s in ("new", "dropped", "shared", "strengthened"))
    assert counts["claims"]["new"] > 0 and counts["claims"]["dropped"] > 0
    for ch in c.concepts + c.claims:
        assert len(ch.evidence_a) == ch.count_a and len(ch.evidence_b) == ch.count_b
        assert {e.source for e in ch.evidence_a} <= {f"{NATIONAL}.txt"}
        assert {e.source for e in ch.evidence_b} <= {f"{ZHEJIANG}.txt"}
    both = {ch.subject for ch in c.concepts if ch.count_a and ch.count_b}
    assert "人工智能" in both


def test_corpus_output_is_byte_identical_across_runs(corpus_build, tmp_path):
    """Two processes with different hash seeds write the same CSV, JSON and page."""
    outs = []
    for seed in ("1", "2"):
        folder = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        for fmt in ("csv", "json"):
            subprocess.run([sys.executable, "-m", "policykg.cli.main", "compare",
                            str(corpus_build.graph_path), NATIONAL, ZHEJIANG, "-f", fmt, "-o",
                            str(folder / f"c.{fmt}"), "--html", str(folder / "c.html")],
                           check=True, env=env, capture_output=True)
        outs.append([(folder / f).read_bytes() for f in ("c.csv", "c.json", "c.html")])
    assert outs[0] == outs[1]
    assert format_comparison(compare(corpus_build.graph_path, NATIONAL, ZHEJIANG), "csv") \
        .encode("utf-8") == outs[0][0]

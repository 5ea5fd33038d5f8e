"""`policykg query` and `policykg queries` (cli/query_cmd.py) and the output formats
(graph/formats.py)."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from policykg.cli.main import main
from policykg.graph.formats import compact_iri, display_width, to_table
from policykg.graph.results import QueryResult, Term

from test_queries import materialised

PK = "https://w3id.org/policykg/ontology#"
C = "https://w3id.org/policykg/id/concept/"


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "fixture.ttl"
    path.write_text(materialised(), encoding="utf-8")
    return str(path)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_named_query_table_is_aligned_for_chinese(graph, capsys):
    code, out, err = run(capsys, "query", graph, "drivers", "--param", "x=新质生产力")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["cause", "causeLabel", "relation", "cue", "evidence", "source",
                                "claim"]
    assert lines[-1] == "(2 rows)"
    body = lines[2:4]
    assert body[0].split()[:4] == ["c:数字技术", "数字技术", "pk:improves", "提升"]
    # every column starts at the same display column on every line
    starts = [display_width(line[:line.index(cell)]) for line, cell in
              zip([lines[0]] + body, ["relation", "pk:improves", "pk:drives"])]
    assert len(set(starts)) == 1, starts


def test_json_is_the_w3c_results_format(graph, capsys):
    code, out, _ = run(capsys, "query", graph, "observations", "-p", "x=城镇化率",
                       "--format", "json")
    doc = json.loads(out)
    assert doc["head"]["vars"][:3] == ["year", "indicator", "value"]
    first = doc["results"]["bindings"][0]
    assert first["year"] == {"type": "literal", "value": "1978",
                             "datatype": "http://www.w3.org/2001/XMLSchema#gYear"}
    assert first["value"] == {"type": "literal", "value": "17.9",
                              "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}
    assert first["indicator"] == {"type": "literal", "value": "城镇化率", "xml:lang": "zh"}
    assert first["obs"]["type"] == "uri"


def test_xml_csv_tsv(graph, capsys):
    _, out, _ = run(capsys, "query", graph, "hubs", "--format", "xml")
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(out.encode("utf-8"))
    assert [v.get("name") for v in root.findall("s:head/s:variable", ns)] == [
        "concept", "label", "out", "in", "total", "documents"]
    first = root.find("s:results/s:result", ns)
    assert first.find("s:binding[@name='concept']/s:uri", ns).text == C + "新质生产力"
    label = first.find("s:binding[@name='label']/s:literal", ns)
    assert label.text == "新质生产力"
    assert label.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh"

    _, out, _ = run(capsys, "query", graph, "hubs", "--format", "csv")
    assert out.startswith("concept,label,out,in,total,documents\r\n")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[1] == [C + "新质生产力", "新质生产力", "1", "3", "4", "1"]

    _, out, _ = run(capsys, "query", graph, "hubs", "--format", "tsv")
    lines = out.splitlines()
    assert lines[0] == "?concept\t?label\t?out\t?in\t?total\t?documents"
    assert lines[1] == f'<{C}新质生产力>\t"新质生产力"@zh\t1\t3\t4\t1'


def test_construct_prints_turtle(graph, capsys):
    code, out, _ = run(capsys, "query", graph, "--sparql",
                       "CONSTRUCT { ?s pk:drives ?o } WHERE { ?s pk:drives ?o }")
    assert code == 0
    expected = Graph()
    expected.add((URIRef(C + "智慧城市建设"), URIRef(PK + "drives"), URIRef(C + "新质生产力")))
    expected.add((URIRef(C + "新质生产力"), URIRef(PK + "drives"), URIRef(C + "高质量发展")))
    assert isomorphic(Graph().parse(data=out, format="turtle"), expected)
    assert "@prefix pk: <https://w3id.org/policykg/ontology#> ." in out


def test_query_file_params_limit_and_out_file(graph, tmp_path, capsys):
    rq = tmp_path / "labels.rq"
    rq.write_text("SELECT ?c ?x WHERE { ?c skos:prefLabel ?l FILTER(CONTAINS(STR(?l), ?x)) }\n"
                  "ORDER BY ?c", encoding="utf-8")
    out_file = tmp_path / "res" / "labels.csv"
    code, out, _ = run(capsys, "query", graph, "--file", str(rq), "--param", "x=智慧",
                       "-f", "csv", "--limit", "1", "-o", str(out_file))
    assert code == 0 and out == ""
    assert out_file.read_bytes().decode("utf-8") == f"c,x\r\n{C}智慧交通,智慧\r\n"


def test_engines_print_the_same_table(graph, capsys):
    outs = [run(capsys, "query", graph, "paths", "-p", "x=数字技术", "-p", "y=高质量发展",
                "-p", "n=4", "--engine", e)[1] for e in ("oxigraph", "rdflib")]
    assert outs[0] == outs[1] and "数字技术 → 智慧城市建设 → 新质生产力 → 高质量发展" in outs[0]


def test_queries_lists_names_and_parameters(capsys):
    code, out, _ = run(capsys, "queries")
    assert code == 0
    for name in ("concept", "drivers", "effects", "paths", "timeline", "observations",
                 "evidence", "hubs", "taxonomy"):
        assert f"\n{name}: " in "\n" + out
    assert "    --param y (label): preferred label, alias or variant key (skos:hiddenLabel) of the end concept Y" in out
    assert "    --param n (integer, default 3, 1..4): the most hops a chain may have" in out
    code, out, _ = run(capsys, "queries", "hubs")
    assert out.startswith("# hubs: ") and "pk:documentCount ?documents" in out


# --- errors: one line, exit status 2 ---------------------------------------------------------

def test_syntax_error_gives_line_and_column(graph, capsys):
    code, out, err = run(capsys, "query", graph, "--sparql", "SELECT ?s\nWHERE { ?s ?p }")
    assert code == 2 and out == ""
    assert err == ("Error: --sparql: SPARQL syntax error at line 2, column 16: expected one of "
                   "LATERAL, SERVICE, [_] (hint: check the query text near that position)\n")
    code, _, err = run(capsys, "query", graph, "--engine", "rdflib", "--sparql",
                       "SELECT ?s\nWHERE { ?s ?p }")
    assert code == 2
    assert err == ("Error: --sparql: SPARQL syntax error at line 2, column 9: Expected "
                   "SelectQuery, found '?s ?p }' (hint: check the query text near that "
                   "position)\n")


def test_syntax_error_in_a_query_file(graph, tmp_path, capsys):
    rq = tmp_path / "bad.rq"
    rq.write_text("# comment\nSELECT * WHERE {\n  ?s ?p ?o .\n  FILTR(?s)\n}\n",
                  encoding="utf-8")
    code, _, err = run(capsys, "query", graph, "--file", str(rq))
    assert code == 2
    assert err == (f"Error: {rq}: SPARQL syntax error at line 4, column 11: expected OPTIONAL "
                   "(hint: check the query text near that position)\n")


def test_unknown_query_lists_the_known_ones(graph, capsys):
    code, out, err = run(capsys, "query", graph, "driver")
    assert code == 2 and out == ""
    assert err == ("Error: unknown query 'driver'; known queries: compare_claims, "
                   "compare_concepts, compare_documents, concept, documents, drivers, effects, "
                   "evidence, hubs, observations, paths, taxonomy, timeline, trends, "
                   "trends_variants (hint: `policykg queries` lists them with their parameters)\n")


def test_missing_and_bad_parameters(graph, capsys):
    code, _, err = run(capsys, "query", graph, "drivers")
    assert code == 2
    assert err == ("Error: query drivers needs parameter x: preferred label, alias or variant key (skos:hiddenLabel) of X, "
                   "matched exactly, e.g. 新质生产力 (hint: add --param x=VALUE)\n")
    code, _, err = run(capsys, "query", graph, "paths", "-p", "y=a", "-p", "n=7")
    assert err == "Error: parameter n must be between 1 and 4, got 7\n"
    code, _, err = run(capsys, "query", graph, "hubs", "-p", "x=1")
    assert err == "Error: query hubs has no parameter 'x' (its parameters: none)\n"


def test_no_query_and_missing_graph(graph, tmp_path, capsys):
    code, _, err = run(capsys, "query", graph)
    assert code == 2
    assert err == "Error: no query given (hint: policykg queries lists the named queries)\n"
    code, _, err = run(capsys, "query", str(tmp_path / "none.ttl"), "hubs")
    assert code == 2
    assert err == (f"Error: {tmp_path / 'none.ttl'}: no such graph file or store folder "
                   "(hint: build one first: policykg build -o out  (then use out/graph.ttl))\n")


def test_help_has_examples(capsys):
    for cmd in ("query", "queries", "serve"):
        with pytest.raises(SystemExit):
            main([cmd, "--help"])
        assert "examples:" in capsys.readouterr().out


# --- formatting helpers ----------------------------------------------------------------------

def test_table_clips_by_display_width():
    result = QueryResult("select", vars=("a", "b"), rows=(
        (Term.literal("智慧城市建设推动新质生产力发展"), Term.iri(C + "高质量发展")),
        (None, Term.literal("17.9", "http://www.w3.org/2001/XMLSchema#decimal"))))
    lines = to_table(result, max_width=10).splitlines()
    assert lines[2].startswith("智慧城市… ") and display_width("智慧城市…") == 9
    assert lines[2].endswith("  c:高质量…") and lines[3].endswith("17.9")
    assert lines[-1] == "(2 rows)"
    assert compact_iri("http://example.org/x") == "<http://example.org/x>"
    assert compact_iri(C + "3.5%25") == "c:3.5%"
    assert display_width("a智b") == 4


def test_api_rows_are_plain_python(graph):
    from decimal import Decimal

    from policykg.graph import open_graph
    rows = open_graph(graph).ask("observations", x="城镇化率")
    assert rows[0]["value"] == Decimal("17.9") and rows[0]["year"] == "1978"
    assert rows[0]["obs"] == "https://w3id.org/policykg/id/doc/t/obs/1"

"""graph/export.py, graph/netx.py, graph/rdfxml.py and `policykg export`."""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import kg_cases
from policykg.cli.main import main
from policykg.graph.export import FORMATS, export, export_file
from policykg.graph.loading import load_graph
from policykg.graph.netx import concept_graph

RDF_FORMATS = ("ttl", "nt", "nq", "trig", "jsonld", "xml")
C = "https://w3id.org/policykg/id/concept/"


@pytest.fixture(scope="module")
def seed_graph(seed_graph_path) -> Graph:
    return load_graph(seed_graph_path)


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_rdf_formats_round_trip(seed_graph, tmp_path, fmt):
    [path] = export(seed_graph, fmt, tmp_path / f"g{FORMATS[fmt]}")
    back = load_graph(path)
    assert len(back) == len(seed_graph)
    assert isomorphic(back, seed_graph)


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_rdf_formats_round_trip_hand_made(tmp_path, fmt):
    g = kg_cases.graph()
    [path] = export(g, fmt, tmp_path / f"g{FORMATS[fmt]}")
    assert isomorphic(load_graph(path), g)


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_rdf_formats_round_trip_corpus(corpus_graph, tmp_path, fmt):
    [path] = export(corpus_graph, fmt, tmp_path / f"g{FORMATS[fmt]}")
    assert isomorphic(load_graph(path), corpus_graph)


def test_line_formats_are_sorted_and_nq_names_the_graph(seed_graph, tmp_path):
    for fmt in ("nt", "nq"):
        [path] = export(seed_graph, fmt, tmp_path / f"g.{fmt}")
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines == sorted(lines) and len(lines) == len(seed_graph)
    assert all(ln.endswith(" <https://w3id.org/policykg/id/graph> .") for ln in lines)


def test_jsonld_keys_read_cause_effect_relation(tmp_path):
    [path] = export(kg_cases.graph(), "jsonld", tmp_path / "g.jsonld")
    doc = json.loads(path.read_text(encoding="utf-8"))
    claims = [n for n in doc["@graph"] if n.get("relation")]
    assert len(claims) == 4
    first = next(n for n in claims if n["@id"].endswith("/claim/1"))
    assert first["cause"] == "c:数字经济" and first["effect"] == "c:智慧城市"
    assert first["relation"] == "pk:drives"
    assert doc["@context"]["cause"] == {"@id": "rdf:subject", "@type": "@id"}


def test_concept_graph_of_hand_made_case():
    g = concept_graph(kg_cases.graph())
    assert list(g.nodes(data=True)) == [      # sorted by IRI, so by code point: 城 数 智
        (C + "城市发展", {"label": "城市发展", "category": "infrastructure"}),
        (C + "数字经济", {"label": "数字经济", "category": "economy"}),
        (C + "智慧城市", {"label": "智慧城市", "category": "infrastructure"}),
    ]
    assert list(g.edges(keys=True, data=True)) == [
        (C + "数字经济", C + "智慧城市", "drives", {"relation": "drives", "label": "drives",
                                               "weight": 2, "evidence": 1, "cues": "推动"}),
        (C + "数字经济", C + "智慧城市", "supports", {"relation": "supports", "label": "supports",
                                                 "weight": 1, "evidence": 1, "cues": "推动"}),
        (C + "智慧城市", C + "城市发展", "hasPart", {"relation": "hasPart", "label": "hasPart",
                                               "weight": 1, "evidence": 1, "cues": "推动"}),
    ]


def _same_network(back: nx.Graph, g: nx.MultiDiGraph):
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    assert dict(back.nodes(data=True)) == dict(g.nodes(data=True))
    want = sorted((s, o, a["relation"], a["weight"], a["evidence"], a["cues"], a["label"])
                  for s, o, a in g.edges(data=True))
    got = sorted((s, o, a["relation"], int(a["weight"]), a["evidence"], a["cues"], a["label"])
                 for s, o, a in back.edges(data=True))
    assert got == want


@pytest.mark.parametrize("case", ["corpus", "hand-made"])
def test_graphml_and_gexf_load_back(case, corpus_graph, tmp_path):
    rdf = corpus_graph if case == "corpus" else kg_cases.graph()
    g = concept_graph(rdf)
    assert g.number_of_edges() > (100 if case == "corpus" else 2)
    if case == "hand-made":
        assert any(len(g.get_edge_data(s, o)) > 1 for s, o in g.edges())   # parallel relations
    [gml] = export(rdf, "graphml", tmp_path / "g.graphml")
    _same_network(nx.read_graphml(gml, force_multigraph=True), g)
    [gexf] = export(rdf, "gexf", tmp_path / "g.gexf")
    back = nx.read_gexf(gexf)
    _same_network(back, g)
    node = next(iter(back.nodes(data=True)))
    assert set(node[1]) == {"label", "category"}


def test_csv_for_neo4j(corpus_graph, tmp_path):
    written = export(corpus_graph, "csv", tmp_path / "neo")
    assert [p.name for p in written] == ["nodes.csv", "edges.csv"]
    with open(written[0], encoding="utf-8", newline="") as fh:
        nodes = list(csv.reader(fh))
    with open(written[1], encoding="utf-8", newline="") as fh:
        edges = list(csv.reader(fh))
    assert nodes[0] == ["id:ID", "label", "category", ":LABEL"]
    assert edges[0] == [":START_ID", ":END_ID", ":TYPE", "weight:int", "evidence:int", "cues"]
    g = concept_graph(corpus_graph)
    assert len(nodes) - 1 == g.number_of_nodes() and len(edges) - 1 == g.number_of_edges()
    ids = {row[0] for row in nodes[1:]}
    assert all(row[0] in ids and row[1] in ids and int(row[3]) >= 1 for row in edges[1:])


def test_outputs_are_byte_identical_across_hash_seeds(seed_graph_path, tmp_path):
    script = ("import sys\nfrom policykg.graph.export import FORMATS, export_file\n"
              "for f in FORMATS:\n"
              "    export_file(sys.argv[1], f, sys.argv[2] + '/g' + FORMATS[f])\n")
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        out.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(seed_graph_path), str(out)], env=env,
                       check=True, timeout=300)
        outs.append({p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*"))
                     if p.is_file()})
    assert len(outs[0]) == len(FORMATS) + 1        # csv writes two files
    assert outs[0] == outs[1]


# --- the command -----------------------------------------------------------------------------

def test_cli_default_output_beside_graph(tmp_path, seed_graph_path, capsys):
    graph = tmp_path / "graph.ttl"
    graph.write_bytes(seed_graph_path.read_bytes())
    assert main(["export", str(graph), "--format", "gexf"]) == 0
    assert capsys.readouterr().out == f"wrote {tmp_path / 'graph.gexf'}\n"
    assert main(["export", str(graph), "-f", "csv"]) == 0
    folder = tmp_path / "graph-csv"
    assert capsys.readouterr().out.splitlines() == [
        f"wrote {folder / 'nodes.csv'}", f"wrote {folder / 'edges.csv'}"]


def test_cli_bad_input_is_one_error_line(tmp_path, capsys):
    broken = tmp_path / "cut.nt"
    broken.write_text('<http://a/b> <http://a/c> <http://a/d> .\n<http://a/b> <http://a/c> "x\n',
                      encoding="utf-8")
    assert main(["export", str(broken), "-f", "ttl", "-o", str(tmp_path / "x.ttl")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"Error: {broken}: line 2: not valid RDF: ")
    assert not (tmp_path / "x.ttl").exists()
    assert main(["export", str(tmp_path / "none.ttl"), "-f", "nt"]) == 2
    assert capsys.readouterr().err.startswith(f"Error: {tmp_path / 'none.ttl'}: no such file")


def test_cli_refuses_folder_as_file(tmp_path, seed_graph_path, capsys):
    assert main(["export", str(seed_graph_path), "-f", "xml", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err == (f"Error: {tmp_path}: is a folder (hint: give a file name, e.g. "
                   f"{tmp_path / 'graph.rdf'})\n")
    assert [p.name for p in tmp_path.iterdir()] == []


def test_export_file_leaves_no_temporary_files(tmp_path, seed_graph_path):
    out = tmp_path / "o"
    for fmt in FORMATS:
        export_file(seed_graph_path, fmt, out / f"g{FORMATS[fmt]}")
    assert not [p for p in out.rglob(".*")]

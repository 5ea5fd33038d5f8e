"""Standard vocabularies in built graphs: qb:Observation, schema.org documents, a VoID
description whose counts are the file's own."""
from __future__ import annotations

import pytest
from rdflib import Literal, Namespace, URIRef

from policykg.graph.build import build
from policykg.graph.loading import load_graph
from policykg.graph.namespaces import PK, RDF
from policykg.graph.query import open_graph
from policykg.graph.validate import validate
from policykg.graph.void import DATASET, VOID

QB = Namespace("http://purl.org/linked-data/cube#")
SCHEMA = Namespace("https://schema.org/")
ISSUED = "关于数据要素的指导意见\n国家数据局\n2024年1月5日\n数字技术推动产业升级。\n"


@pytest.fixture(scope="module")
def seed(seed_build):
    return load_graph(seed_build.graph_path)


def test_observations_are_data_cube_observations(seed):
    obs = set(seed.subjects(RDF.type, PK.Observation))
    assert obs and obs == set(seed.subjects(RDF.type, QB.Observation))


def test_documents_are_schema_org_works(seed, tmp_path):
    docs = set(seed.subjects(RDF.type, PK.Document))
    assert docs and all((d, RDF.type, SCHEMA.CreativeWork) in seed for d in docs)
    (tmp_path / "issued.txt").write_text(ISSUED, encoding="utf-8")
    g = build([tmp_path / "issued.txt"], tmp_path / "out", html=False).graph
    doc = next(g.subjects(RDF.type, PK.Document))
    assert g.value(doc, URIRef("http://purl.org/dc/terms/publisher")) == Literal("国家数据局", lang="zh")
    assert set(g.objects(doc, RDF.type)) >= {SCHEMA.Legislation, PK.Document}
    assert (doc, RDF.type, SCHEMA.CreativeWork) not in g


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_void_counts_are_the_files_own(seed_build, engine):
    g = open_graph(seed_build.graph_path, engine)
    real = g.sparql("""SELECT (COUNT(*) AS ?t) (COUNT(DISTINCT ?s) AS ?s)
                       (COUNT(DISTINCT ?p) AS ?p) WHERE { ?s ?p ?o }""")[0]
    classes = g.sparql("SELECT (COUNT(DISTINCT ?c) AS ?c) WHERE { ?x a ?c }")[0]["c"]
    said = g.sparql("""PREFIX void: <http://rdfs.org/ns/void#>
        SELECT ?t ?s ?p ?c WHERE { ?d a void:Dataset ; void:triples ?t ;
        void:distinctSubjects ?s ; void:properties ?p ; void:classes ?c }""")
    assert said == [{"t": real["t"], "s": real["s"], "p": real["p"], "c": classes}]
    assert real["t"] == len(seed_build.merged)


def test_void_shape_catches_a_bad_count(seed_build):
    g = load_graph(seed_build.graph_path)
    assert validate(g, with_ontology=False).conforms
    g.set((DATASET, VOID.triples, Literal("many")))
    assert validate(g, with_ontology=False).lines() == [
        "policykg build (<https://w3id.org/policykg/id/dataset>): "
        "<http://rdfs.org/ns/void#triples>: a dataset "
        'description needs exactly one void:triples, an xsd:integer (value: "many")']

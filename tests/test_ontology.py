"""ontology/policykg.ttl and the SKOS concept scheme of built graphs (graph/scheme.py)."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import owlrl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

import kg_cases
from policykg.extract.lexicon import CATEGORIES
from policykg.extract.resources import Resources
from policykg.graph.loading import load_graph
from policykg.graph.namespaces import PK, scheme_iri
from policykg.graph.scheme import FALLBACK, categories, categorise, category_iri
from policykg.graph.validate import ontology_graph
from policykg.ontology import data_path, read_table

RES = Resources()   # the package's tables, read once for this module

ONTOLOGY = URIRef("https://w3id.org/policykg/ontology")
DECLARED = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(data_path("policykg.ttl"), format="turtle")


def _pk_terms(onto):
    return sorted({s for s in onto.subjects(RDF.type, None)
                   if isinstance(s, URIRef) and str(s).startswith(str(PK))})


def test_header(onto):
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY, OWL.versionInfo) == Literal("0.1.0")
    assert onto.value(ONTOLOGY, OWL.versionIRI) is not None
    assert onto.value(ONTOLOGY, DCTERMS.license) == URIRef("https://spdx.org/licenses/MIT")
    assert onto.value(ONTOLOGY, DCTERMS.creator) is not None


def test_every_pk_term_has_labels_in_both_languages_and_a_definition(onto):
    terms = _pk_terms(onto)
    assert len(terms) >= 35
    for t in terms:
        langs = {lit.language for lit in onto.objects(t, RDFS.label)}
        assert {"zh", "en"} <= langs, t
        assert onto.value(t, RDFS.comment) is not None, t
        assert onto.value(t, SKOS.definition) is not None, t
        assert onto.value(t, RDFS.isDefinedBy) == ONTOLOGY, t


def test_relations(onto):
    for p in (PK.drives, PK.supports, PK.improves):
        assert (p, RDFS.subPropertyOf, PK.influences) in onto
    for p in (PK.hinders, PK.mitigates, PK.alignsWith, PK.hasPart):
        assert (p, RDFS.subPropertyOf, PK.influences) not in onto
    assert (PK.alignsWith, RDF.type, OWL.SymmetricProperty) in onto
    assert (PK.hasPart, OWL.inverseOf, PK.partOf) in onto
    assert (PK.year, RDFS.range, RDFS.Literal) in onto      # xsd:gYear is not in OWL 2's map
    for p in (PK.drives, PK.influences, PK.hasPart):
        assert onto.value(p, RDFS.domain) == SKOS.Concept


def _used_terms(graph: Graph) -> tuple[set, set]:
    """Predicates and classes that `graph` uses, but RDF's own (rdf:type, and rdf:Statement
    and rdf:subject/predicate/object of the contract's reification): OWL 2 DL reserves the
    rdf: vocabulary, so the ontology must not declare them."""
    own = lambda terms: {t for t in terms if not str(t).startswith(str(RDF))}   # noqa: E731
    return own(graph.predicates()), own(graph.objects(None, RDF.type))


def _assert_declared(onto, graph):
    predicates, classes = _used_terms(graph)
    missing = sorted(str(p) for p in predicates
                     if not any((p, RDF.type, k) in onto for k in DECLARED[1:]))
    assert not missing, f"properties used but not declared: {missing}"
    missing = sorted(str(c) for c in classes if (c, RDF.type, OWL.Class) not in onto)
    assert not missing, f"classes used but not declared: {missing}"


def test_declares_every_term_of_the_corpus_graph(onto, corpus_graph):
    predicates, classes = _used_terms(corpus_graph)
    assert PK.Claim in classes and PK.drives in predicates
    _assert_declared(onto, corpus_graph)


def test_declares_every_term_of_the_hand_made_graph(onto):
    _assert_declared(onto, kg_cases.graph())


def test_declares_every_term_of_the_seed_graph(onto, seed_graph_path):
    _assert_declared(onto, load_graph(seed_graph_path))


# --- OWL 2 DL: the ontology loads in a real reasoner ------------------------------------------

RESERVED = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2001/XMLSchema#", "http://www.w3.org/2002/07/owl#")
OWL2_DATATYPES = {XSD[t] for t in (
    "decimal", "integer", "nonNegativeInteger", "string", "date", "dateTime", "boolean",
    "double", "float", "anyURI")} | {RDFS.Literal, RDF.PlainLiteral, RDF.langString}


def test_declares_no_reserved_vocabulary_and_only_owl2_datatypes(onto):
    declared = {s for k in DECLARED for s in onto.subjects(RDF.type, k)}
    assert not sorted(str(t) for t in declared if str(t).startswith(RESERVED))
    ranges = {o for p in onto.subjects(RDF.type, OWL.DatatypeProperty)
              for o in onto.objects(p, RDFS.range)}
    assert ranges and ranges <= OWL2_DATATYPES, ranges - OWL2_DATATYPES
    used = {p for _, p, _ in onto} - {p for p in onto.subjects(RDF.type, None)}
    undeclared = sorted(str(p) for p in used if not str(p).startswith(RESERVED))
    assert not undeclared, f"annotation properties used but not declared: {undeclared}"


def _java_or_skip():
    if shutil.which("java") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must have a Java runtime for HermiT (apt-get install default-jre-headless)")
        pytest.skip("no Java runtime (apt-get install default-jre-headless)")


def test_hermit_loads_the_ontology_and_finds_it_consistent(tmp_path):
    _java_or_skip()
    if os.environ.get("CI") == "true":
        import owlready2                       # in the test extra: CI must have it
    else:
        owlready2 = pytest.importorskip("owlready2")
    nt = tmp_path / "policykg.nt"              # owlready2 reads N-Triples or RDF/XML, not Turtle
    Graph().parse(data_path("policykg.ttl"), format="turtle").serialize(
        nt, format="nt", encoding="utf-8")
    world = owlready2.World()
    onto = world.get_ontology(nt.as_uri()).load(format="ntriples")
    with onto:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    assert list(world.inconsistent_classes()) == []
    names = {c.iri for c in onto.classes()}
    assert {str(PK.Claim), str(PK.Observation), str(PK.PolicyEvent)} <= names
    # what HermiT inferred: every claim is a prov:Entity
    assert "http://www.w3.org/ns/prov#Entity" in {c.iri for c in world[str(PK.Claim)].ancestors()}


OWLAPI = Path("/usr/share/java/owlapi-distribution.jar")


@pytest.mark.skipif(not OWLAPI.is_file() or shutil.which("javac") is None,
                    reason="needs Debian's libowlapi-java and a JDK (javac)")
def test_owl_api_dl_profile_check_finds_no_violation():
    check = Path(__file__).parent / "owl" / "DLProfileCheck.java"
    r = subprocess.run(["java", "-cp", "/usr/share/java/*", str(check),
                        str(data_path("policykg.ttl"))], capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip().splitlines()[-1] == "violations: 0", r.stdout


def test_owl_rl_closure_yields_influences(seed_graph_path):
    g = load_graph(seed_graph_path)
    positive = [(s, o) for p in (PK.drives, PK.supports, PK.improves)
                for s, o in g.subject_objects(p)]
    aligned = list(g.subject_objects(PK.alignsWith))
    parts = list(g.subject_objects(PK.hasPart))
    assert positive, "the seed article yields positive causal claims"
    g += ontology_graph()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    assert all((s, PK.influences, o) in g for s, o in positive)
    assert all((o, PK.alignsWith, s) in g for s, o in aligned)
    assert all((o, PK.partOf, s) in g for s, o in parts)
    assert set(g.subject_objects(PK.influences)) == set(positive)   # not hinders, mitigates …


# --- the concept scheme ----------------------------------------------------------------------

def test_category_tables_agree():
    ids = list(categories(RES))
    assert ids == [*CATEGORIES, FALLBACK]
    for row in read_table("category_rules.tsv"):
        assert row["match"] in ("suffix", "contains") and row["category"] in ids, row
    for row in read_table("lexicon.tsv"):
        assert row["category"] in ids, row


@pytest.mark.parametrize("label, category", [
    ("城市治理", "governance"), ("数据要素市场", "economy"), ("政务数据", "data"),
    ("生态环境", "ecology"), ("算力基础设施", "infrastructure"), ("公共服务水平", "society"),
    ("产业数字化", "economy"), ("乡村振兴", "society"), ("世界和平", FALLBACK),
])
def test_categorise_by_rules(label, category):
    assert categorise(RES, label) == category


def test_scheme_of_a_hand_made_graph():
    g = kg_cases.graph()
    scheme = scheme_iri()
    assert set(g.subjects(RDF.type, SKOS.ConceptScheme)) == {scheme}
    tops = set(g.objects(scheme, SKOS.hasTopConcept))
    assert tops == {category_iri(c) for c in categories(RES)}
    for top in tops:
        assert (top, SKOS.topConceptOf, scheme) in g
        assert {lit.language for lit in g.objects(top, SKOS.prefLabel)} == {"zh", "en"}
    city = URIRef("https://w3id.org/policykg/id/concept/智慧城市")
    assert g.value(city, PK.category) == Literal("infrastructure")      # from the lexicon
    assert set(g.objects(city, SKOS.broader)) == {category_iri("infrastructure")}
    dev = URIRef("https://w3id.org/policykg/id/concept/城市发展")
    assert g.value(dev, PK.category) == Literal(categorise(RES, "城市发展"))   # from the rules


def test_every_concept_of_the_corpus_is_in_the_scheme_under_one_category(corpus_graph):
    g = corpus_graph
    scheme = scheme_iri()
    tops = set(g.objects(scheme, SKOS.hasTopConcept))
    concepts = set(g.subjects(RDF.type, SKOS.Concept)) - tops
    assert len(concepts) > 100
    for c in concepts:
        assert list(g.objects(c, SKOS.inScheme)) == [scheme], c
        assert len(set(g.objects(c, SKOS.broader)) & tops) == 1, c
    placed = {g.value(c, PK.category) for c in concepts}
    assert len(placed - {Literal(FALLBACK)}) >= 6        # the rules spread concepts out

"""ontology/policykg.ttl and the SKOS concept scheme of built graphs (graph/scheme.py)."""
from __future__ import annotations

import owlrl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

import kg_cases
from policykg.extract.lexicon import CATEGORIES
from policykg.graph.loading import load_graph
from policykg.graph.namespaces import PK, scheme_iri
from policykg.graph.scheme import FALLBACK, categories, categorise, category_iri
from policykg.graph.validate import ontology_graph
from policykg.ontology import data_path, read_table

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
    assert (PK.year, RDFS.range, URIRef("http://www.w3.org/2001/XMLSchema#gYear")) in onto
    for p in (PK.drives, PK.influences, PK.hasPart):
        assert onto.value(p, RDFS.domain) == SKOS.Concept


def _used_terms(graph: Graph) -> tuple[set, set]:
    """Predicates (but rdf:type, RDF's own) and classes that `graph` uses."""
    return set(graph.predicates()) - {RDF.type}, set(graph.objects(None, RDF.type))


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
    ids = list(categories())
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
    assert categorise(label) == category


def test_scheme_of_a_hand_made_graph():
    g = kg_cases.graph()
    scheme = scheme_iri()
    assert set(g.subjects(RDF.type, SKOS.ConceptScheme)) == {scheme}
    tops = set(g.objects(scheme, SKOS.hasTopConcept))
    assert tops == {category_iri(c) for c in categories()}
    for top in tops:
        assert (top, SKOS.topConceptOf, scheme) in g
        assert {lit.language for lit in g.objects(top, SKOS.prefLabel)} == {"zh", "en"}
    city = URIRef("https://w3id.org/policykg/id/concept/智慧城市")
    assert g.value(city, PK.category) == Literal("infrastructure")      # from the lexicon
    assert set(g.objects(city, SKOS.broader)) == {category_iri("infrastructure")}
    dev = URIRef("https://w3id.org/policykg/id/concept/城市发展")
    assert g.value(dev, PK.category) == Literal(categorise("城市发展"))   # from the rules


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

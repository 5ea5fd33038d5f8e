"""What a build adds beyond the contract for the named queries (graph/materialise.py): the
shortcuts, pk:influences and the claim counts, on a hand-made graph and on real builds."""
from __future__ import annotations

from collections import Counter

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from policykg.graph.build import build, default_input
from policykg.graph.loading import load_graph
from policykg.graph.materialise import COUNT_PREDICATES, EXTENSION_PREDICATES, materialise
from policykg.graph.namespaces import PK, RDF, XSD
from policykg.graph.validate import validate

from test_queries import FIXTURE

C = "https://w3id.org/policykg/id/concept/"
D = "https://w3id.org/policykg/id/doc/t"
SECOND = "数字经济发展报告\n数字技术推动产业升级。\n智慧城市建设支撑新质生产力。\n"   # 新质生产力: both


def _counts(graph, node) -> tuple[int, ...]:
    return tuple(int(graph.value(URIRef(node), p)) for p in COUNT_PREDICATES)


def _values(graph, node, p) -> set[str]:
    return {str(v) for v in graph.objects(URIRef(node), p)}


@pytest.fixture(scope="module")
def hand_made():
    graph = Graph().parse(data=FIXTURE, format="turtle")
    materialise(graph)
    return graph


def test_claim_counts_on_a_hand_made_graph(hand_made):
    assert _counts(hand_made, C + "新质生产力") == (1, 3, 1)      # as subject, object; documents
    assert _counts(hand_made, C + "数字技术") == (2, 0, 1)
    assert hand_made.value(URIRef(C + "智慧交通"), PK.documentCount) is None   # in no claim
    assert hand_made.value(URIRef(C + "数字技术"), PK.subjectClaimCount).datatype == XSD.integer


def test_shortcuts_on_a_hand_made_graph(hand_made):
    assert _values(hand_made, D + "#char=0,20", PK.documentSource) == {"t.txt"}
    event = D + "/event/1"
    assert _values(hand_made, event, PK.actorLabel) == {"戊委"}
    assert _values(hand_made, event, PK.policyTitle) == {"己指标"}
    assert _values(hand_made, event, PK.evidenceText) == {
        "2014年甲部发布《乙意见》，2016年丙会提出丁战略，2022年戊委发布《己指标》。"}
    assert _values(hand_made, event, PK.evidenceBegin) == {"100"}
    assert _values(hand_made, event, PK.documentSource) == {"t.txt"}
    assert _values(hand_made, D + "/event/3", PK.policyTitle) == set()    # no document named
    claim = D + "/claim/1"
    assert _values(hand_made, claim, PK.subjectLabel) == {"智慧城市建设"}
    assert _values(hand_made, claim, PK.objectLabel) == {"新质生产力"}
    assert hand_made.value(URIRef(claim), PK.subjectLabel).language == "zh"
    assert _values(hand_made, D + "/obs/1", PK.indicatorKey) == {"城镇化率", "城市化率"}
    assert _values(hand_made, D + "/obs/3", PK.indicatorKey) == {"全要素生产率"}


def test_influences_beside_the_positive_relations_only(hand_made):
    pairs = {(str(s), str(o)) for s, o in hand_made.subject_objects(PK.influences)}
    assert pairs == {(C + "智慧城市建设", C + "新质生产力"), (C + "新质生产力", C + "高质量发展"),
                     (C + "数字技术", C + "智慧城市建设"), (C + "数字技术", C + "新质生产力")}


@pytest.fixture(scope="module")
def two_docs(tmp_path_factory):
    """The bundled article and a small second document that shares concepts with it."""
    tmp = tmp_path_factory.mktemp("two_docs")
    second = tmp / "second.txt"
    second.write_text(SECOND, encoding="utf-8")
    return build([default_input(), second], tmp / "out", formats=("trig",), html=False)


def test_counts_are_over_the_whole_build(two_docs):
    """Every document's claims are counted on the one node of each concept; a concept that
    claims of both documents name counts two documents."""
    g = load_graph(two_docs.graph_path)
    out, inn = Counter(g.objects(None, RDF.subject)), Counter(g.objects(None, RDF.object))
    assert set(g.subjects(PK.subjectClaimCount, None)) == set(out) | set(inn)
    for node in set(out) | set(inn):
        assert _counts(g, node)[:2] == (out[node], inn[node]), node
    assert _counts(g, C + "新质生产力")[2] == 2 and _counts(g, C + "产业升级") == (0, 1, 1)
    # the counts belong to the build, not to one document: the default graph of TriG
    trig = load_graph(two_docs.graph_path.with_suffix(".trig"),
                      graph=str(URIRef("https://w3id.org/policykg/id/doc/second")))
    assert not set(trig.subjects(PK.documentCount, None))


def test_a_build_adds_what_materialise_adds(two_docs):
    """The build writes the extension per document (in worker processes) and the counts over
    the merge; computed again from the contract's triples alone, it is the same graph."""
    built = load_graph(two_docs.graph_path)
    bare = Graph()
    for t in built:
        if t[1] not in EXTENSION_PREDICATES:
            bare.add(t)
    assert len(bare) < len(built)
    materialise(bare)
    assert isomorphic(bare, built)


def test_the_shapes_check_the_counts(two_docs):
    g = load_graph(two_docs.graph_path)
    node = URIRef(C + "新质生产力")
    g.remove((node, PK.documentCount, None))
    g.add((node, PK.objectClaimCount, Literal(99, datatype=XSD.integer)))
    lines = validate(g, with_ontology=False).lines()
    assert lines == [
        "新质生产力 (c:新质生产力): pk:documentCount: a counted concept needs exactly one "
        "pk:documentCount, an integer >= 0",
        "新质生产力 (c:新质生产力): pk:objectClaimCount: a counted concept needs exactly one "
        "pk:objectClaimCount, an integer >= 0"]

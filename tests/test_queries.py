"""Named queries (graph/queries/*.rq, graph/catalog.py, graph/query.py) on a hand-made graph and
on the bundled article, on both engines."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest
from rdflib import Graph

from policykg.graph import open_graph
from policykg.graph.catalog import all_queries, named_query, parse_header, parse_param_args
from policykg.graph.materialise import materialise
from policykg.graph.query_errors import ParameterError, QuerySyntaxError, UnknownQueryError

ENGINES = ("oxigraph", "rdflib")

#: A small graph in the contract's shape, written by hand (doc "t", sentences s1..s6).
FIXTURE = """\
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix pk: <https://w3id.org/policykg/ontology#> .
@prefix c: <https://w3id.org/policykg/id/concept/> .
@prefix d: <https://w3id.org/policykg/id/doc/> .
@prefix actor: <https://w3id.org/policykg/id/actor/> .
@prefix policy: <https://w3id.org/policykg/id/policy/> .

d:t a pk:Document ; dcterms:title "测试"@zh ; dcterms:source "t.txt" .
<https://w3id.org/policykg/id/doc/t#char=0,20> a nif:Sentence ; nif:beginIndex "0"^^xsd:nonNegativeInteger ;
    nif:endIndex "20"^^xsd:nonNegativeInteger ; nif:referenceContext d:t ;
    nif:anchorOf "智慧城市建设推动新质生产力发展，新质生产力推动高质量发展。"@zh .
<https://w3id.org/policykg/id/doc/t#char=20,40> a nif:Sentence ; nif:beginIndex "20"^^xsd:nonNegativeInteger ;
    nif:endIndex "40"^^xsd:nonNegativeInteger ; nif:referenceContext d:t ;
    nif:anchorOf "数字技术支撑智慧城市建设。"@zh .
<https://w3id.org/policykg/id/doc/t#char=40,60> a nif:Sentence ; nif:beginIndex "40"^^xsd:nonNegativeInteger ;
    nif:endIndex "60"^^xsd:nonNegativeInteger ; nif:referenceContext d:t ;
    nif:anchorOf "数字技术提升新质生产力。"@zh .
<https://w3id.org/policykg/id/doc/t#char=60,80> a nif:Sentence ; nif:beginIndex "60"^^xsd:nonNegativeInteger ;
    nif:endIndex "80"^^xsd:nonNegativeInteger ; nif:referenceContext d:t ;
    nif:anchorOf "数据孤岛制约新质生产力。"@zh .
<https://w3id.org/policykg/id/doc/t#char=80,100> a nif:Sentence ; nif:beginIndex "80"^^xsd:nonNegativeInteger ;
    nif:endIndex "100"^^xsd:nonNegativeInteger ; nif:referenceContext d:t ;
    nif:anchorOf "城镇化率由1978年的17.9%提升至2023年的66.2%。"@zh .
<https://w3id.org/policykg/id/doc/t#char=100,120> a nif:Sentence ; nif:beginIndex "100"^^xsd:nonNegativeInteger ;
    nif:endIndex "120"^^xsd:nonNegativeInteger ; nif:referenceContext d:t ;
    nif:anchorOf "2014年甲部发布《乙意见》，2016年丙会提出丁战略，2022年戊委发布《己指标》。"@zh .

c:智慧城市建设 skos:prefLabel "智慧城市建设"@zh ; pk:category "infrastructure" .
c:新质生产力 skos:prefLabel "新质生产力"@zh ; skos:altLabel "新质生产力发展"@zh .
c:数字技术 skos:prefLabel "数字技术"@zh ; skos:altLabel "数字化技术"@zh .
c:高质量发展 skos:prefLabel "高质量发展"@zh .
c:数据孤岛 skos:prefLabel "数据孤岛"@zh .
c:城镇化率 skos:prefLabel "城镇化率"@zh ; skos:altLabel "城市化率"@zh .
c:智慧城市 skos:prefLabel "智慧城市"@zh .
c:建设数字中国 skos:prefLabel "建设数字中国"@zh ; skos:hiddenLabel "数字中国"@zh .
c:智慧交通 skos:prefLabel "智慧交通"@zh ; skos:broader c:智慧城市 .
c:智慧政务 skos:prefLabel "智慧政务"@zh .
c:电子证照 skos:prefLabel "电子证照"@zh ; skos:broader c:智慧政务 .
c:智慧城市 pk:hasPart c:智慧政务 .
c:引号 skos:prefLabel "a\\"} UNION { ?s ?p ?o } #"@zh .

c:智慧城市建设 pk:drives c:新质生产力 .
c:新质生产力 pk:drives c:高质量发展 .
c:数字技术 pk:supports c:智慧城市建设 .
c:数字技术 pk:improves c:新质生产力 .
c:数据孤岛 pk:hinders c:新质生产力 .

<https://w3id.org/policykg/id/doc/t/claim/1> a pk:Claim, rdf:Statement ; rdf:subject c:智慧城市建设 ; rdf:predicate pk:drives ;
    rdf:object c:新质生产力 ; pk:cue "推动"@zh ; prov:wasDerivedFrom <https://w3id.org/policykg/id/doc/t#char=0,20> .
<https://w3id.org/policykg/id/doc/t/claim/2> a pk:Claim, rdf:Statement ; rdf:subject c:新质生产力 ; rdf:predicate pk:drives ;
    rdf:object c:高质量发展 ; pk:cue "推动"@zh ; prov:wasDerivedFrom <https://w3id.org/policykg/id/doc/t#char=0,20> .
<https://w3id.org/policykg/id/doc/t/claim/3> a pk:Claim, rdf:Statement ; rdf:subject c:数字技术 ; rdf:predicate pk:supports ;
    rdf:object c:智慧城市建设 ; pk:cue "支撑"@zh ; prov:wasDerivedFrom <https://w3id.org/policykg/id/doc/t#char=20,40> .
<https://w3id.org/policykg/id/doc/t/claim/4> a pk:Claim, rdf:Statement ; rdf:subject c:数字技术 ; rdf:predicate pk:improves ;
    rdf:object c:新质生产力 ; pk:cue "提升"@zh ; prov:wasDerivedFrom <https://w3id.org/policykg/id/doc/t#char=40,60> .
<https://w3id.org/policykg/id/doc/t/claim/5> a pk:Claim, rdf:Statement ; rdf:subject c:数据孤岛 ; rdf:predicate pk:hinders ;
    rdf:object c:新质生产力 ; pk:cue "制约"@zh ; prov:wasDerivedFrom <https://w3id.org/policykg/id/doc/t#char=60,80> .

<https://w3id.org/policykg/id/doc/t/event/1> a pk:PolicyEvent ; pk:year "2022"^^xsd:gYear ; pk:actor actor:戊委 ;
    pk:document policy:己指标 ; pk:eventKind "document" ; prov:wasDerivedFrom <https://w3id.org/policykg/id/doc/t#char=100,120> .
<https://w3id.org/policykg/id/doc/t/event/2> a pk:PolicyEvent ; pk:year "2014"^^xsd:gYear ; pk:actor actor:甲部 ;
    pk:document policy:乙意见 ; pk:eventKind "document" ; prov:wasDerivedFrom <https://w3id.org/policykg/id/doc/t#char=100,120> .
<https://w3id.org/policykg/id/doc/t/event/3> a pk:PolicyEvent ; pk:actor actor:庚会 ; pk:eventKind "statement" ;
    prov:wasDerivedFrom <https://w3id.org/policykg/id/doc/t#char=100,120> .
<https://w3id.org/policykg/id/doc/t/event/4> a pk:PolicyEvent ; pk:year "2016"^^xsd:gYear ; pk:actor actor:丙会 ;
    pk:eventKind "strategy" ; prov:wasDerivedFrom <https://w3id.org/policykg/id/doc/t#char=100,120> .
actor:甲部 skos:prefLabel "甲部"@zh . actor:丙会 skos:prefLabel "丙会"@zh .
actor:戊委 skos:prefLabel "戊委"@zh . actor:庚会 skos:prefLabel "庚会"@zh .
policy:乙意见 dcterms:title "乙意见"@zh . policy:己指标 dcterms:title "己指标"@zh .

<https://w3id.org/policykg/id/doc/t/obs/2> a pk:Observation ; pk:indicator c:城镇化率 ; pk:indicatorText "城镇化率"@zh ;
    pk:value 66.2 ; pk:unit "%" ; pk:year "2023"^^xsd:gYear ; prov:wasDerivedFrom <https://w3id.org/policykg/id/doc/t#char=80,100> .
<https://w3id.org/policykg/id/doc/t/obs/1> a pk:Observation ; pk:indicator c:城镇化率 ; pk:indicatorText "城镇化率"@zh ;
    pk:value 17.9 ; pk:unit "%" ; pk:year "1978"^^xsd:gYear ; prov:wasDerivedFrom <https://w3id.org/policykg/id/doc/t#char=80,100> .
<https://w3id.org/policykg/id/doc/t/obs/3> a pk:Observation ; pk:indicatorText "全要素生产率"@zh ; pk:minValue 3.5 ;
    pk:maxValue 8 ; pk:unit "%" ; prov:wasDerivedFrom <https://w3id.org/policykg/id/doc/t#char=80,100> .
"""

C = "https://w3id.org/policykg/id/concept/"
PK = "https://w3id.org/policykg/ontology#"


def materialised(text: str = FIXTURE) -> str:
    """The hand-made graph with what a build adds for the named queries (counts, shortcuts:
    graph/materialise.py), as Turtle."""
    graph = Graph().parse(data=text, format="turtle")
    materialise(graph)
    return graph.serialize(format="turtle")


@pytest.fixture(scope="module")
def fixture_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("queries") / "fixture.ttl"
    path.write_text(materialised(), encoding="utf-8")
    return path


@pytest.fixture(scope="module", params=ENGINES)
def g(request, fixture_path):
    return open_graph(fixture_path, engine=request.param)


def col(rows, name):
    return [r.get(name) for r in rows]


# --- the catalog ---------------------------------------------------------------------------

def test_every_named_query_is_there_with_a_header():
    assert sorted(all_queries()) == ["compare_claims", "compare_concepts", "compare_documents",
                                     "concept", "documents", "drivers", "effects", "evidence",
                                     "hubs", "observations", "paths", "taxonomy", "timeline",
                                     "trends", "trends_variants"]
    for q in all_queries().values():
        assert q.summary and q.example.startswith(f"policykg query ") and f" {q.name}" in q.example
        for p in q.params:        # pyoxigraph binds only variables in the SELECT projection
            assert f"?{p.name}" in q.text.split("WHERE")[0], (q.name, p.name)


def test_header_parsing():
    q = parse_header("demo", "# demo: finds things\n# param x (text): the x\n"
                             "# param n (integer, default 2, range 1..3): hops\n"
                             "# param id (iri, optional): a claim\n# example: policykg query g demo\n"
                             "SELECT ?x ?n ?id WHERE {}\n# param late (text): ignored\n")
    assert q.summary == "finds things" and q.example == "policykg query g demo"
    assert [(p.name, p.type, p.required, p.default) for p in q.params] == [
        ("x", "text", True, None), ("n", "integer", False, "2"), ("id", "iri", False, None)]
    b = q.bindings({"x": "智慧", "id": "doc:t/claim/1"})
    assert b["n"].value == "2" and b["id"].value == "https://w3id.org/policykg/id/doc/t/claim/1"


def test_parameter_errors():
    with pytest.raises(UnknownQueryError) as e:
        named_query("driver")
    assert str(e.value) == ("unknown query 'driver'; known queries: compare_claims, "
                            "compare_concepts, compare_documents, concept, documents, drivers, "
                            "effects, evidence, hubs, observations, paths, taxonomy, timeline, "
                            "trends, trends_variants")
    with pytest.raises(ParameterError, match=r"^query drivers needs parameter x: "):
        named_query("drivers").bindings({})
    with pytest.raises(ParameterError, match=r"^query drivers has no parameter 'y'"):
        named_query("drivers").bindings({"x": "a", "y": "b"})
    with pytest.raises(ParameterError, match="must be between 1 and 4, got 9"):
        named_query("paths").bindings({"y": "a", "n": "9"})
    with pytest.raises(ParameterError, match="must be an integer"):
        named_query("paths").bindings({"y": "a", "n": "three"})
    with pytest.raises(ParameterError, match="must be an IRI"):
        named_query("evidence").bindings({"id": "not an iri"})
    assert parse_param_args(["x=a=b", "y="]) == {"x": "a=b", "y": ""}
    with pytest.raises(ParameterError, match="cannot read --param 'x'"):
        parse_param_args(["x"])


# --- each named query on the hand-made graph, both engines ---------------------------------

def test_concept_substring(g):
    rows = g.ask("concept", x="城市")
    assert [(r["label"], r["matched"]) for r in rows] == [
        ("城镇化率", "城市化率"), ("智慧城市", "智慧城市"), ("智慧城市建设", "智慧城市建设")]
    assert rows[2]["category"] == "infrastructure" and "category" not in rows[1]
    alias = g.ask("concept", x="城市化")          # found through its alias
    assert [(r["label"], r["matched"]) for r in alias] == [("城镇化率", "城市化率")]


def test_drivers(g):
    rows = g.ask("drivers", x="新质生产力")
    assert [(r["causeLabel"], r["relation"], r["cue"]) for r in rows] == [
        ("数字技术", PK + "improves", "提升"), ("智慧城市建设", PK + "drives", "推动")]
    assert rows[1]["evidence"].startswith("智慧城市建设推动新质生产力")
    assert rows[1]["source"] == "t.txt"
    assert g.ask("drivers", x="新质生产力发展") == rows          # an alias names it too
    assert g.ask("drivers", x="新质") == []                     # exact, not substring


def test_effects(g):
    rows = g.ask("effects", x="数字化技术")
    assert [(r["effectLabel"], r["relation"]) for r in rows] == [
        ("新质生产力", PK + "improves"), ("智慧城市建设", PK + "supports")]
    assert [r["relation"] for r in g.ask("effects", x="数据孤岛")] == [PK + "hinders"]


def test_paths(g):
    rows = g.ask("paths", x="数字技术", y="新质生产力")
    paths = sorted({(r["hops"], r["path"]) for r in rows})
    assert paths == [(1, "数字技术 → 新质生产力"), (2, "数字技术 → 智慧城市建设 → 新质生产力")]
    two = [r for r in rows if r["hops"] == 2]
    assert [(r["hop"], r["fromLabel"], r["relation"], r["toLabel"], r["claims"]) for r in two] == [
        (1, "数字技术", PK + "supports", "智慧城市建设", 1),
        (2, "智慧城市建设", PK + "drives", "新质生产力", 1)]
    assert two[0]["evidence"] == "数字技术支撑智慧城市建设。"
    assert {r["hops"] for r in g.ask("paths", x="数字技术", y="新质生产力", n=1)} == {1}
    longest = g.ask("paths", x="数字技术", y="高质量发展", n=3)
    assert sorted({r["hops"] for r in longest}) == [2, 3]
    anywhere = g.ask("paths", y="高质量发展", n=2)       # x omitted: chains from any concept
    assert {r["path"].split(" ")[0] for r in anywhere} == {"新质生产力", "智慧城市建设", "数字技术"}
    assert "数据孤岛" not in {r["fromLabel"] for r in g.ask("paths", y="新质生产力")}


def test_timeline_in_year_order_undated_last(g):
    rows = g.ask("timeline")
    assert [(r.get("year"), r["actorLabel"]) for r in rows] == [
        ("2014", "甲部"), ("2016", "丙会"), ("2022", "戊委"), (None, "庚会")]
    assert rows[0]["policy"] == "乙意见"
    assert [r["actorLabel"] for r in g.ask("timeline", x="己指标")] == ["戊委"]


def test_observations(g):
    rows = g.ask("observations", x="城镇化率")
    assert [(r["year"], r["value"], r["unit"]) for r in rows] == [
        ("1978", Decimal("17.9"), "%"), ("2023", Decimal("66.2"), "%")]
    assert g.ask("observations", x="城市化率") == rows            # by alias
    rng = g.ask("observations", x="全要素")
    assert [(r["minValue"], r["maxValue"], r["indicator"]) for r in rng] == [
        (Decimal("3.5"), Decimal("8.0"), "全要素生产率")]


def test_evidence(g):
    rows = g.ask("evidence", x="新质生产力", y="智慧城市建设")
    assert [(r["subjectLabel"], r["objectLabel"], r["evidence"][:6]) for r in rows] == [
        ("智慧城市建设", "新质生产力", "智慧城市建设")]
    both_ways = g.ask("evidence", x="智慧城市建设", y="新质生产力")
    assert both_ways == rows
    one = g.ask("evidence", id="https://w3id.org/policykg/id/doc/t/claim/5")
    assert [(r["cue"], r["begin"], r["end"]) for r in one] == [("制约", 60, 80)]
    assert g.ask("evidence", id="doc:t/claim/3")[0]["cue"] == "支撑"      # prefixed IRI
    assert len(g.ask("evidence", x="新质生产力")) == 4
    assert g.ask("evidence", x="无此概念") == []


def test_hubs(g):
    rows = g.ask("hubs")
    assert [rows[0][k] for k in ("label", "out", "in", "total", "documents")] == [
        "新质生产力", 1, 3, 4, 1]
    assert [r["total"] for r in rows] == sorted((r["total"] for r in rows), reverse=True)
    assert {r["label"] for r in rows} == {"新质生产力", "数字技术", "智慧城市建设", "高质量发展",
                                          "数据孤岛"}


def test_taxonomy(g):
    rows = g.ask("taxonomy", x="智慧城市")
    assert [(r["depth"], r["parentLabel"], r["relation"].rsplit("#")[-1], r["childLabel"])
            for r in rows] == [(1, "智慧城市", "narrower", "智慧交通"),
                               (1, "智慧城市", "hasPart", "智慧政务"),
                               (2, "智慧政务", "narrower", "电子证照")]
    assert len(g.ask("taxonomy", x="智慧城市", n=1)) == 2


def test_bound_values_are_matched_literally(g):
    """Quotes, braces, keywords and comment signs in a value never change the query."""
    hostile = 'a"} UNION { ?s ?p ?o } #'
    rows = g.ask("concept", x=hostile)
    assert [r["concept"] for r in rows] == [C + "引号"]
    for value in ['") || true || ("', "} } SELECT * WHERE { ?s ?p ?o", "新质生产力' ; DROP ALL"]:
        assert g.ask("drivers", x=value) == []
        assert g.ask("concept", x=value) == []
    assert g.sparql("SELECT ?c ?x WHERE { ?c skos:prefLabel ?l FILTER(STR(?l) = ?x) }",
                    x=hostile) == [{"c": C + "引号", "x": hostile}]


def test_adhoc_sparql(g):
    assert g.sparql("ASK { ?s pk:drives ?o }") is True
    triples = g.sparql("CONSTRUCT { ?s pk:drives ?o } WHERE { ?s pk:drives ?o }")
    assert len(triples) == 2
    with pytest.raises(QuerySyntaxError) as e:
        g.sparql("SELECT ?s\nWHERE { ?s ?p }")
    where = {"oxigraph": 16, "rdflib": 9}[g.engine.name]    # the parsers point at different tokens
    assert (e.value.line, e.value.column) == (2, where)
    assert str(e.value).startswith(f"query: SPARQL syntax error at line 2, column {where}: ")


def test_engines_agree_on_every_named_query(fixture_path):
    ox, rl = (open_graph(fixture_path, engine=e) for e in ENGINES)
    calls = {"concept": {"x": "智"}, "drivers": {"x": "新质生产力"}, "effects": {"x": "数字技术"},
             "paths": {"y": "高质量发展", "n": 4}, "timeline": {},
             "observations": {"x": "率"}, "evidence": {"x": "新质生产力"}, "hubs": {},
             "taxonomy": {"x": "智慧城市"}, "compare_documents": {},
             "compare_claims": {"doc": "doc:t"}, "compare_concepts": {}, "trends": {},
             "trends_variants": {}, "documents": {}}
    assert set(calls) == set(all_queries())
    for name, params in calls.items():
        a, b = ox.run(name, params), rl.run(name, params)
        assert a.vars == b.vars, name
        assert a.rows and Counter(a.rows) == Counter(b.rows), name


# --- the bundled article (acceptance) ------------------------------------------------------

@pytest.fixture(scope="module")
def seed(seed_graph_path):
    return open_graph(seed_graph_path)


def test_seed_drivers_of_new_quality_productive_forces(seed):
    rows = seed.ask("drivers", x="新质生产力")
    hits = [r for r in rows if r["causeLabel"] == "智慧城市建设"]
    assert hits, sorted({r["causeLabel"] for r in rows})
    assert all("智慧城市建设" in r["evidence"] and "新质生产力" in r["evidence"] for r in hits)


def test_seed_timeline_milestones_in_order(seed):
    years = [r["year"] for r in seed.ask("timeline") if "year" in r]
    assert years == sorted(years)
    assert [y for y in years if y in ("2014", "2016", "2022")][:1] == ["2014"]
    assert {"2014", "2016", "2022"} <= set(years)


def test_seed_urbanisation_rate(seed):
    rows = seed.ask("observations", x="城镇化率")
    assert ("1978", Decimal("17.9")) in [(r.get("year"), r.get("value")) for r in rows]
    assert ("2023", Decimal("66.2")) in [(r.get("year"), r.get("value")) for r in rows]


def test_seed_chain_into_new_quality_productive_forces(seed):
    rows = seed.ask("paths", y="新质生产力", n=3)
    assert any(r["hops"] >= 2 for r in rows), sorted({r["path"] for r in rows})


def test_seed_engines_agree_on_every_named_query(seed_graph_path):
    ox, rl = (open_graph(seed_graph_path, engine=e) for e in ENGINES)
    hub = ox.ask("hubs")[0]["label"]
    calls = {"concept": {"x": "城市"}, "drivers": {"x": hub}, "effects": {"x": hub},
             "paths": {"y": hub, "n": 2}, "timeline": {}, "observations": {"x": "率"},
             "evidence": {"x": hub}, "hubs": {}, "taxonomy": {"x": hub}}
    for name, params in calls.items():
        a, b = ox.run(name, params), rl.run(name, params)
        assert a.vars == b.vars and Counter(a.rows) == Counter(b.rows), name


# --- standard SPARQL 1.1: the text other tools read -----------------------------------------

@pytest.mark.parametrize("name", sorted(all_queries()))
def test_each_query_parses_unchanged_in_rdflib(name):
    """What a Jena, GraphDB or rdflib user pastes: no LATERAL, no predeclared prefixes."""
    from rdflib.plugins.sparql import prepareQuery
    text = named_query(name).text
    assert "LATERAL" not in text.upper()
    prepareQuery(text)


def test_a_hop_without_a_claim_is_no_path(tmp_path):
    """paths reads the claims behind each hop: a direct triple that no claim states is not a
    link of a chain (a build asserts one only with its claim)."""
    bare = tmp_path / "bare.ttl"
    bare.write_text(materialised(FIXTURE + "c:智慧城市 pk:drives c:高质量发展 .\n"),
                    encoding="utf-8")
    rows = open_graph(bare).run("paths", {"y": "高质量发展", "n": 1}).dicts()
    assert {r["fromLabel"] for r in rows} == {"新质生产力"}


def test_evidence_needs_an_id_or_x(g):
    assert g.ask("evidence") == []
    assert g.ask("evidence", y="新质生产力") == []


# --- the Python API: typed cells under a name that does not clash with SPARQL ASK ----------

def test_named_returns_rdflib_terms(g):
    from rdflib import Literal, URIRef
    rows = g.named("drivers", x="新质生产力")
    assert len(rows) == 2
    row = rows[1]
    assert row["relation"] == URIRef(PK + "drives") and isinstance(row["relation"], URIRef)
    assert row["causeLabel"] == Literal("智慧城市建设", lang="zh")
    assert row["cue"].language == "zh"
    assert isinstance(row["claim"], URIRef) and not isinstance(row["evidence"], URIRef)
    obs = g.named("observations", x="城镇化率")
    assert {r["value"].datatype for r in obs if "value" in r} == {
        URIRef("http://www.w3.org/2001/XMLSchema#decimal")}


def test_ask_is_a_deprecated_alias(g):
    with pytest.warns(DeprecationWarning, match=r"use \.named"):
        rows = g.ask("drivers", x="新质生产力")
    assert rows == g.run("drivers", {"x": "新质生产力"}).dicts()


def test_every_kind_of_term_comes_back_the_same_from_both_engines(fixture_path):
    """The embedded engine reads results as TSV (graph/results.py rows_from_tsv): escapes,
    languages, datatypes, bare numbers, booleans and unbound cells survive it, as read from
    its solutions one by one (what it does under a row limit) and as rdflib reads them."""
    text = ('SELECT ?a ?b ?c ?d ?e ?f ?g ?h ?u WHERE { BIND(<http://x/é?q=1#f> AS ?a) '
            'BIND("tab\\there\\nline \\"quoted\\" back\\\\slash \\u00e9"@zh-Hant AS ?b) '
            'BIND(-7 AS ?c) BIND(3.50 AS ?d) BIND(1e3 AS ?e) BIND(false AS ?f) '
            'BIND(STRDT("2014", xsd:gYear) AS ?g) BIND("" AS ?h) }')
    ox = open_graph(fixture_path).query(text)
    assert ox.rows == open_graph(fixture_path).query(text, limit=5).rows and len(ox.rows) == 1
    rl = open_graph(fixture_path, engine="rdflib").query(text)
    double = ox.vars.index("e")          # the engines write 1e3 differently (1000, 1000.0)
    assert [c for i, c in enumerate(ox.rows[0]) if i != double] == [
        c for i, c in enumerate(rl.rows[0]) if i != double]
    b = ox.rows[0][1]
    assert (b.value, b.lang) == ('tab\there\nline "quoted" back\\slash é', "zh-hant")
    assert ox.rows[0][-1] is None and ox.rows[0][-2].value == ""


def test_hubs_count_the_documents_that_state_a_concept(tmp_path):
    from policykg.graph.build import build
    for name, text in [("a.txt", "说明\n数字技术推动产业升级。\n"),
                       ("b.txt", "说明\n数字技术推动产业升级。数据要素推动产业升级。\n")]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    res = build([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "out", html=False)
    rows = {str(r["label"]): r for r in open_graph(res.graph_path).named("hubs")}
    assert int(rows["产业升级"]["documents"]) == 2 and int(rows["产业升级"]["in"]) == 3
    assert int(rows["数据要素"]["documents"]) == 1

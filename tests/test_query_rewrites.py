"""A named query rewritten for speed gives the rows its earlier text gave, on the corpus graph,
on both engines (tests/queries_before/NAME.rq: the text before the rewrite)."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.graph.catalog import named_query
from policykg.graph.query import open_graph

BEFORE = Path(__file__).parent / "queries_before"


def _params(pg) -> list[dict]:
    """No x; a concept's preferred label; a variant key; an alias; a label nothing has."""
    one = lambda text: [r[k] for r in pg.sparql(text) for k in r]   # noqa: E731
    keys = one("SELECT DISTINCT ?k WHERE { ?c skos:hiddenLabel ?k } ORDER BY ?k LIMIT 2")
    alias = one("""SELECT ?a WHERE { ?c skos:altLabel ?a . ?i rdf:subject|rdf:object ?c }
                   ORDER BY ?a LIMIT 1""")
    busy = one("""SELECT ?l WHERE { ?i rdf:object ?c . ?c skos:prefLabel ?l }
                  GROUP BY ?l ORDER BY DESC(COUNT(*)) ?l LIMIT 2""")
    assert keys and alias and busy, "the corpus should have variant keys, aliases and claims"
    return [{}] + [{"x": str(v)} for v in [*keys, *alias, *busy]] + [{"x": "没有这个概念"}]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_trends_rows_are_those_of_the_text_before(corpus_build, engine):
    pg = open_graph(corpus_build.graph_path, engine=engine)
    q = named_query("trends")
    before = (BEFORE / "trends.rq").read_text(encoding="utf-8")
    seen = 0
    for params in _params(pg) if engine == "oxigraph" else _params(pg)[1:]:
        bindings = q.bindings(params)
        new = pg.query(q.text, bindings).without(["x"])
        old = pg.query(before, bindings).without(["x"])
        assert new.vars == old.vars
        assert new.rows == old.rows, params
        seen += len(new.rows)
    assert seen > 0


def _evidence_params(pg) -> list[dict]:
    """No parameter; each of `_params`' x; x with the other end of one of its claims, by
    preferred label and by alias or variant key, and with a label nothing has; claim IRIs."""
    one = lambda text: [r[k] for r in pg.sparql(text) for k in r]   # noqa: E731
    pairs = pg.sparql("""SELECT ?a ?b WHERE { ?c rdf:subject/skos:prefLabel ?a ;
                            rdf:object/skos:prefLabel ?b } ORDER BY ?a ?b LIMIT 2""")
    alias = pg.sparql("""SELECT ?a ?b WHERE {
        { ?c rdf:subject/skos:prefLabel ?a ; rdf:object/(skos:altLabel|skos:hiddenLabel) ?b }
        UNION { ?c rdf:object/skos:prefLabel ?a ; rdf:subject/(skos:altLabel|skos:hiddenLabel) ?b }
        } ORDER BY ?a ?b LIMIT 1""")
    claims = one("SELECT ?c WHERE { ?c a pk:Claim } ORDER BY ?c LIMIT 2")
    assert pairs and alias and claims, "the corpus should have claims and aliases"
    return (_params(pg) + [{"x": str(r["a"]), "y": str(r["b"])} for r in pairs + alias]
            + [{"y": str(pairs[0]["b"]), "x": str(pairs[0]["b"])},
               {"x": str(pairs[0]["a"]), "y": "没有这个概念"}]
            + [{"id": str(c)} for c in claims])


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_evidence_rows_are_those_of_the_text_before(corpus_build, engine):
    pg = open_graph(corpus_build.graph_path, engine=engine)
    q = named_query("evidence")
    before = (BEFORE / "evidence.rq").read_text(encoding="utf-8")
    seen = 0
    for params in _evidence_params(pg):
        bindings = q.bindings(params)
        new = pg.query(q.text, bindings)
        old = pg.query(before, bindings)
        assert new.vars == old.vars
        assert new.rows == old.rows, params
        seen += len(new.rows)
    assert seen > 0

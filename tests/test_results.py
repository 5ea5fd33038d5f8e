"""graph/results.py rows_from_tsv: the reader that cuts Oxigraph's TSV on bytes and builds
terms without the dataclass constructor gives the rows of the reader before it (kept here as
it was) and of pyoxigraph's own solutions, field for field, on every kind of term."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from policykg.graph.results import (OxigraphTerms, Term, XSD_STRING, rows_from_tsv,
                                    term_from_tsv)

XSD = "http://www.w3.org/2001/XMLSchema#"


class _OldCells(dict):
    def __missing__(self, cell: str):
        term = self[cell] = term_from_tsv(cell)
        return term


def old_rows_from_tsv(data: bytes):
    """rows_from_tsv as it was before the byte reader (decode all, split the text)."""
    head, _, body = data.decode("utf-8").partition("\n")
    width = head.count("\t") + 1
    cells = body.replace("\n", "\t").split("\t")
    cells.pop()
    terms = iter(list(map(_OldCells().__getitem__, cells)))
    return list(zip(*[terms] * width))


def _fields(rows):
    """Each cell as (type, kind, value, datatype, lang), types of the fields included."""
    return [tuple(None if t is None else (type(t), t.kind, t.value, type(t.value), t.datatype,
                                          t.lang) for t in row) for row in rows]


def _three_ways(store: ox.Store, text: str):
    res = store.query(text)
    data = store.query(text).serialize(format=ox.QueryResultsFormat.TSV)
    term = OxigraphTerms()
    return rows_from_tsv(data), old_rows_from_tsv(data), [tuple(map(term, s)) for s in res]


@pytest.fixture(scope="module")
def store():
    s = ox.Store()
    ex = "http://example.org/"
    lits = [
        ox.Literal("plain"), ox.Literal(""), ox.Literal("新质生产力", language="zh"),
        ox.Literal("Zhōng", language="zh-Hant-TW"), ox.Literal("x", language="EN-gb"),
        ox.Literal('tab\there\nline\r"quoted" back\\slash', language="zh"),
        ox.Literal('\\t is not a tab; \\"', datatype=ox.NamedNode(XSD_STRING)),
        ox.Literal("emoji 🚀 and 𠀀 (beyond the BMP)\u2028sep"),
        ox.Literal("2014", datatype=ox.NamedNode(XSD + "gYear")),
        ox.Literal("8.0", datatype=ox.NamedNode(XSD + "decimal")),
        ox.Literal("017", datatype=ox.NamedNode(XSD + "integer")),
        ox.Literal("-0.50", datatype=ox.NamedNode(XSD + "decimal")),
        ox.Literal("1.5E3", datatype=ox.NamedNode(XSD + "double")),
        ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean")),
        ox.Literal("42", datatype=ox.NamedNode(XSD + "int")),
        ox.Literal("not a number", datatype=ox.NamedNode(XSD + "decimal")),
        ox.Literal("a\tb", datatype=ox.NamedNode("http://example.org/dt#tab")),
        ox.Literal("12", datatype=ox.NamedNode("http://example.org/dt?q=é")),
    ]
    iris = [ox.NamedNode(ex + "é?q=1#f"), ox.NamedNode(ex + "数字经济"),
            ox.NamedNode("urn:x:a%20b"), ox.NamedNode(ex + "🚀")]
    for n, o in enumerate([*lits, *iris, ox.BlankNode("b0")]):
        s.add(ox.Quad(ox.NamedNode(f"{ex}s{n:02d}"), ox.NamedNode(ex + "p"), o))
    s.add(ox.Quad(ox.NamedNode(ex + "lonely"), ox.NamedNode(ex + "q"), ox.Literal("q")))
    return s


def test_every_stored_term_reads_the_same(store):
    new, old, solutions = _three_ways(store, "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s")
    assert len(new) == 24
    assert _fields(new) == _fields(old)
    assert new == solutions           # bnode labels come back as stored in one result
    kinds = {(t.kind, t.datatype is not None, t.lang is not None) for row in new for t in row}
    assert {("uri", False, False), ("literal", False, False), ("literal", False, True),
            ("literal", True, False), ("bnode", False, False)} <= kinds


def test_escapes_and_canonical_numbers(store):
    new, old, _ = _three_ways(store, "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?s")
    values = [row[0] for row in new]
    assert Term.literal('tab\there\nline\r"quoted" back\\slash', lang="zh") in values
    assert Term("literal", '\\t is not a tab; \\"') in values
    assert Term("literal", "a\tb", "http://example.org/dt#tab") in values
    assert Term("literal", "8.0", XSD + "decimal") in values          # canonical decimal
    assert Term("literal", "17", XSD + "integer") in values           # canonical integer
    assert Term("literal", "-0.5", XSD + "decimal") in values
    assert Term("literal", "x", None, "en-gb") in values              # tags lower-cased
    assert Term("literal", "") in values and Term("literal", "plain") in values
    assert _fields(new) == _fields(old)


def test_computed_values_bare_numbers_booleans_and_unbound_cells(store):
    text = ('SELECT ?a ?b ?c ?d ?e ?f ?g ?h ?u WHERE { BIND(<http://x/é?q=1#f> AS ?a) '
            'BIND("tab\\there\\nline \\"quoted\\" back\\\\slash \\u00e9"@zh-Hant AS ?b) '
            'BIND(-7 AS ?c) BIND(3.50 AS ?d) BIND(1e3 AS ?e) BIND(false AS ?f) '
            'BIND(STRDT("2014", xsd:gYear) AS ?g) BIND("" AS ?h) '
            'VALUES ?k { 1 2 } }')
    new, old, solutions = _three_ways(store, "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                                             + text)
    assert len(new) == 2 and new[0] is not None
    assert _fields(new) == _fields(old) and new == solutions
    assert new[0][-1] is None and new[0][2] == Term("literal", "-7", XSD + "integer")
    opt = ("SELECT ?s ?o ?q WHERE { ?s ?p ?o OPTIONAL { ?s <http://example.org/q> ?q } } "
           "ORDER BY ?s")
    new, old, solutions = _three_ways(store, opt)
    assert _fields(new) == _fields(old) and new == solutions
    assert sum(row[2] is None for row in new) == 23 and new[0][2] == Term("literal", "q")


def test_empty_results_and_repeated_cells(store):
    new, old, _ = _three_ways(store, "SELECT ?s ?o WHERE { ?s <urn:x:none> ?o }")
    assert new == old == []
    new, old, _ = _three_ways(store, "SELECT ?p WHERE { ?s ?p ?o }")
    assert new == old and len(new) == 24 and len({id(r[0]) for r in new}) == 2
    new, old, _ = _three_ways(store, "SELECT ?x WHERE { OPTIONAL { ?s <urn:x:none> ?x } }")
    assert new == old == [(None,)]


def test_hand_written_tsv_reads_as_before():
    """Cells Oxigraph does not write itself (upper-case tags, escaped IRIs, \\u escapes)."""
    data = ("?a\t?b\t?c\n"
            '<http://x/\\u00E9>\t"Ab"@EN-GB\t"\\u4E2D\\U0001F680 \\\\t \\" \\n"^^<' + XSD
            + 'string>\n'
            '_:b1\t"1.50"^^<' + XSD + 'decimal>\t\n'
            '\t"x\\ty"^^<http://x/dt>\t2.5E0\n').encode("utf-8")
    new, old = rows_from_tsv(data), old_rows_from_tsv(data)
    assert _fields(new) == _fields(old) and len(new) == 3
    assert new[0] == (Term("uri", "http://x/é"), Term("literal", "Ab", None, "en-gb"),
                      Term("literal", '中🚀 \\t " \n'))
    assert new[1] == (Term("bnode", "b1"), Term("literal", "1.5", XSD + "decimal"), None)
    assert new[2][0] is None and new[2][1] == Term("literal", "x\ty", "http://x/dt")

"""graph/serialize.py: the deterministic Turtle writer and atomic writes."""
from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from policykg.graph.namespaces import bind_prefixes, concept_iri, item_iri, sentence_iri
from policykg.graph.serialize import (TermWriter, atomic_path, nquad_lines, turtle_bytes,
                                      write_turtle)

EX = Namespace("https://example.org/ns#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")


def tricky_graph() -> Graph:
    """Hand-made graph: every kind of term the writer must escape or abbreviate."""
    g = Graph()
    bind_prefixes(g)
    g.bind("ex", EX)
    s = concept_iri("智慧城市")
    texts = ['引号"和\\反斜杠', "换行\n回车\r制表\t", "控制\x01\x1f\x7f字符", "", "  空格  ",
             "emoji 😀 and \u2028 separator", "'单引号'", "a@b^^c"]
    for i, text in enumerate(texts):
        g.add((s, EX[f"text{i}"], Literal(text, lang="zh")))
        g.add((s, EX[f"plain{i}"], Literal(text)))
    g.add((s, EX.typed, Literal("x", datatype=XSD.string)))
    g.add((s, EX.dec, Literal(Decimal("17.90"), datatype=XSD.decimal)))
    g.add((s, EX.int, Literal(27, datatype=XSD.nonNegativeInteger)))
    g.add((s, EX.year, Literal("2014", datatype=XSD.gYear)))
    g.add((s, EX.lang, Literal("hello", lang="en-GB")))
    # IRIs that cannot be prefixed names: fragments, slashes, '=' and ',', a final '.'.
    g.add((sentence_iri("seed", 0, 27), EX.p, item_iri("seed", "claim", 1)))
    g.add((EX["a.b."], EX.p, URIRef("https://example.org/ns#x=1,2")))
    g.add((concept_iri("“三链融合”"), EX.p, concept_iri("x²")))   # %-escapes and a superscript
    g.add((URIRef("https://example.org/other/path"), EX.p, URIRef("urn:isbn:123")))
    g.add((EX["-dash"], EX["1digit"], EX[""]))
    g.add((s, EX.many, EX.o2))
    g.add((s, EX.many, EX.o1))
    return g


def test_turtle_round_trips_through_rdflib_and_oxigraph():
    g = tricky_graph()
    data = turtle_bytes(g)
    back = Graph().parse(data=data, format="turtle")
    assert isomorphic(g, back)
    assert sum(1 for _ in ox.parse(data, format=ox.RdfFormat.TURTLE)) == len(g)


def test_turtle_abbreviates_only_safe_local_names():
    text = turtle_bytes(tricky_graph()).decode()
    assert "c:智慧城市 " in text
    assert "<https://w3id.org/policykg/id/doc/seed#char=0,27>" in text
    assert "<https://w3id.org/policykg/id/doc/seed/claim/1>" in text
    assert "<https://example.org/ns#a.b.>" in text
    assert "ex:many ex:o1, ex:o2 ;" in text
    # only the prefixes that are used are declared
    assert "@prefix ex: <https://example.org/ns#> ." in text
    assert "@prefix owl:" not in text and "@prefix brick:" not in text


def test_term_writer_forms():
    w = TermWriter({"ex": str(EX)})
    assert w.term(EX.a) == "ex:a"
    assert w.term(Literal('a"b\nc', lang="zh")) == '"a\\"b\\nc"@zh'
    assert w.term(Literal("1", datatype=EX.t)) == '"1"^^ex:t'
    assert w.term(URIRef("https://example.org/x y")) == "<https://example.org/x\\u0020y>"
    assert TermWriter().term(EX.a) == "<https://example.org/ns#a>"
    assert w.prefixes() == {"ex": str(EX)}


def test_nquad_lines_are_sorted_and_unique():
    rows = [("<b>", "<p>", "<o>"), ("<a>", "<p>", "<o>"), ("<b>", "<p>", "<o>")]
    assert nquad_lines(rows, "<g>") == ["<a> <p> <o> <g> .\n", "<b> <p> <o> <g> .\n"]


def test_output_does_not_depend_on_insertion_order():
    g = tricky_graph()
    rev = Graph()
    for p, ns in g.namespaces():
        rev.bind(p, ns, override=True)
    for t in sorted(g, reverse=True):
        rev.add(t)
    assert turtle_bytes(rev) == turtle_bytes(g)


_SCRIPT = ("import sys; sys.path.insert(0, sys.argv[1]); from test_serialize import tricky_graph; "
           "from policykg.graph.serialize import turtle_bytes; "
           "sys.stdout.buffer.write(turtle_bytes(tricky_graph()))")


def test_bytes_identical_across_hash_seeds():
    here = os.path.dirname(__file__)
    outs = set()
    for seed in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        outs.add(subprocess.run([sys.executable, "-c", _SCRIPT, here], env=env, check=True,
                                capture_output=True).stdout)
    assert len(outs) == 1


def test_seed_build_turtle_is_isomorphic_to_rdflib_graph(seed_build):
    from policykg.graph.rdf import to_graph
    written = Graph().parse(seed_build.graph_path, format="turtle")
    assert isomorphic(written, to_graph(seed_build.extractions))
    assert len(written) == seed_build.summary()["triples"]


def test_blank_nodes_are_written_as_labels():
    g = Graph()
    b = BNode("n1")
    g.add((b, EX.p, Literal("x")))
    g.add((EX.s, EX.q, b))
    assert isomorphic(Graph().parse(data=turtle_bytes(g), format="turtle"), g)


def test_atomic_path_keeps_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_write_turtle_replaces_atomically_with_usual_mode(tmp_path):
    target = tmp_path / "sub" / "g.ttl"
    write_turtle(tricky_graph(), target)
    assert isomorphic(Graph().parse(target, format="turtle"), tricky_graph())
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    assert [p.name for p in target.parent.iterdir()] == ["g.ttl"]

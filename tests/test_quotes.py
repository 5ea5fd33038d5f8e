"""Each evidence sentence's W3C Web Annotation oa:TextQuoteSelector (graph/rdf.py): its exact,
prefix and suffix are the source text at and around the sentence's offsets."""
from __future__ import annotations

from rdflib import RDF, Literal

from policykg.graph.loading import load_graph
from policykg.graph.namespaces import NIF, OA
from policykg.graph.rdf import QUOTE_CONTEXT


def test_every_sentence_quotes_its_source_text(seed_build, seed_path):
    g = load_graph(seed_build.graph_path)
    text = seed_path.read_text(encoding="utf-8")
    sentences = set(g.subjects(RDF.type, NIF.Sentence))
    assert sentences
    for s in sentences:
        (q,) = g.objects(s, OA.hasSelector)
        assert (q, RDF.type, OA.TextQuoteSelector) in g
        b, e = int(g.value(s, NIF.beginIndex)), int(g.value(s, NIF.endIndex))
        assert g.value(q, OA.exact) == Literal(text[b:e])
        assert str(g.value(q, OA.exact)) == str(g.value(s, NIF.anchorOf))
        prefix, suffix = text[max(0, b - QUOTE_CONTEXT):b], text[e:e + QUOTE_CONTEXT]
        assert g.value(q, OA.prefix) == (Literal(prefix) if prefix else None)
        assert g.value(q, OA.suffix) == (Literal(suffix) if suffix else None)
    assert len(set(g.subjects(RDF.type, OA.TextQuoteSelector))) == len(sentences)

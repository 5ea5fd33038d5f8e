"""graph/validate_stream.py: a build validates a batch of subjects at a time, with the report
(lines, first violation, refusal to write) that validating the whole graph gives."""
from __future__ import annotations

import pytest
from rdflib import Literal

import policykg.extract.pipeline as pipeline
import policykg.graph.fragment as fragment
import policykg.graph.validate_stream as vs
from policykg.graph.build import build
from policykg.graph.loading import load_graph
from policykg.graph.namespaces import NIF, PK, PROV, RDF, SKOS
from policykg.graph.validate import InvalidGraphError, validate


def _sizes(monkeypatch) -> list[int]:
    """Record the size of every graph the batches hand to pyshacl."""
    sizes, real = [], vs._validate_foci

    def recording(g, foci):
        sizes.append(len(g))
        return real(g, foci)
    monkeypatch.setattr(vs, "_validate_foci", recording)
    return sizes


def test_the_shapes_are_local():
    """Every shape of ontology/shapes.ttl reads a node, its values and their types only."""
    assert vs.local_shapes()


def test_batches_give_the_lines_of_the_whole_graph(seed_build, monkeypatch):
    g = load_graph(seed_build.graph_path)
    claims = sorted(g.subjects(RDF.type, PK.Claim))
    events = sorted(e for e in g.subjects(RDF.type, PK.PolicyEvent) if g.value(e, PK.year))
    sentence = g.value(claims[0], PROV.wasDerivedFrom)
    g.remove((claims[0], PROV.wasDerivedFrom, None))
    b, e = g.value(sentence, NIF.beginIndex), g.value(sentence, NIF.endIndex)
    g.set((sentence, NIF.beginIndex, e))
    g.set((sentence, NIF.endIndex, b))
    g.add((g.value(claims[1], RDF.subject), SKOS.prefLabel, Literal("另一个标签", lang="zh")))
    g.set((events[0], PK.year, Literal(int(g.value(events[0], PK.year)))))
    g.set((claims[1], RDF.predicate, PK.causes))
    g.set((claims[2], RDF.object, PK.nowhere))   # a target as an object only, no triples
    text = g.serialize(format="turtle")
    whole = validate(g, with_ontology=False).lines()
    # seven breaks; pk:nowhere breaks two shapes (its category and its pk:trendKey)
    assert len(whole) == 8 and sum(line.startswith("pk:nowhere: ") for line in whole) == 2, whole
    sizes = _sizes(monkeypatch)
    for batch in (30, 1_000, 10 ** 9):
        sizes.clear()
        assert vs.validate_chunks(lambda: [text], batch).lines() == whole, batch
        assert sizes and (batch > len(g) or max(sizes) < len(g) / 3), (batch, sizes)


def test_a_violation_in_the_second_part_of_a_document_stops_the_build(
        tmp_path, seed_path, monkeypatch):
    """Parts of 1,500 code points, batches of 2,000 triples: the claims of the second part
    lose their evidence, and the build names one of them and writes nothing."""
    real, calls, planted = fragment.add_extraction, [], set()

    def second_part_loses_evidence(triples, ex, lexicon):
        real(triples, ex, lexicon)
        calls.append(ex)
        if len(calls) == 2:
            claims = {s for s, p, o in triples if p == RDF.type and o == PK.Claim}
            planted.update(claims)
            triples[:] = [t for t in triples
                          if not (t[0] in claims and t[1] == PROV.wasDerivedFrom)]

    monkeypatch.setattr(pipeline, "PART_CHARS", 1_500)
    monkeypatch.setattr(fragment, "add_extraction", second_part_loses_evidence)
    monkeypatch.setattr(vs, "BATCH_TRIPLES", 2_000)
    sizes = _sizes(monkeypatch)
    with pytest.raises(InvalidGraphError) as info:
        build([seed_path], tmp_path / "out", html=False)
    assert len(calls) > 2 and planted, "the seed article gives several parts, claims in the 2nd"
    report = info.value.report
    assert {v.focus for v in report.violations} == {vs._short(c) for c in planted}
    assert all("prov:wasDerivedFrom: a claim needs exactly one evidence sentence" in line
               for line in report.lines())
    assert max(sizes) < 4_000 and len(sizes) > 2, sizes
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())

"""graph/validate.py, graph/loading.py and `policykg validate`: shapes, lines, bad input."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

import kg_cases
from policykg.cli.main import main
from policykg.graph.loading import GraphSyntaxError, load_graph
from policykg.graph.namespaces import NIF, PK, PROV, RDF, SKOS, XSD, concept_iri
from policykg.graph.validate import InvalidGraphError, check_graph, validate

CLAIM1 = URIRef("https://w3id.org/policykg/id/doc/case/claim/1")
CLAIM3 = URIRef("https://w3id.org/policykg/id/doc/case/claim/3")
EVENT1 = URIRef("https://w3id.org/policykg/id/doc/case/event/1")
SENT1 = URIRef("https://w3id.org/policykg/id/doc/case#char=0,26")


def _missing_evidence(g):
    g.remove((CLAIM1, PROV.wasDerivedFrom, None))


def _offsets_reversed(g):
    b, e = g.value(SENT1, NIF.beginIndex), g.value(SENT1, NIF.endIndex)
    g.set((SENT1, NIF.beginIndex, e))
    g.set((SENT1, NIF.endIndex, b))


def _two_preflabels(g):
    g.add((concept_iri("智慧城市"), SKOS.prefLabel, Literal("智能城市", lang="zh")))


def _bad_year(g):
    g.set((EVENT1, PK.year, Literal("2014", datatype=XSD.integer)))


def _unknown_predicate(g):
    g.set((CLAIM3, RDF.predicate, PK.causes))


#: The five ways of breaking a graph that the issue names, and the line each must give.
BREAKS = {
    "missing evidence": (_missing_evidence,
                         "claim 数字经济 pk:drives 智慧城市 (doc:case/claim/1): prov:wasDerivedFrom: "
                         "a claim needs exactly one evidence sentence (a nif:Sentence)"),
    "offsets reversed": (_offsets_reversed,
                         "sentence case.txt [26,0) (doc:case#char=0,26): nif:beginIndex: begin "
                         "offset must be less than end offset "
                         '(value: "26"^^xsd:integer)'),
    "two prefLabels": (_two_preflabels,
                       "智慧城市 (c:智慧城市): skos:prefLabel: a concept needs exactly one Chinese "
                       "skos:prefLabel"),
    "bad year datatype": (_bad_year,
                          "event 关于促进智慧城市健康发展的指导意见 (doc:case/event/1): pk:year: an "
                          'event\'s year must be one xsd:gYear (value: "2014"^^xsd:integer)'),
    "unknown predicate": (_unknown_predicate,
                          "claim 智慧城市 pk:causes 城市发展 (doc:case/claim/3): rdf:predicate: "
                          "predicate is not an allowed relation (drives, supports, improves, "
                          "hinders, mitigates, alignsWith, hasPart, skos:broader) "
                          "(value: pk:causes)"),
}


def test_hand_made_graph_conforms():
    report = validate(kg_cases.graph())
    assert report.conforms and report.lines() == ["conforms"]


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_each_break_gives_its_readable_line(name):
    g = kg_cases.graph()
    breaker, line = BREAKS[name]
    breaker(g)
    report = validate(g)
    assert not report.conforms
    assert report.lines() == [line]


def test_all_five_breaks_together_give_five_sorted_lines():
    g = kg_cases.graph()
    for breaker, _ in BREAKS.values():
        breaker(g)
    lines = validate(g).lines()
    assert lines == sorted(line for _, line in BREAKS.values())
    assert validate(g, with_ontology=False).lines() == lines


def test_corpus_graph_conforms(corpus_build, corpus_graph):
    assert corpus_build.summary()["claims"] > 0
    assert validate(corpus_graph).lines() == ["conforms"]


def test_breaks_are_found_in_a_built_graph(seed_build):
    g = load_graph(seed_build.graph_path)
    claims = sorted(g.subjects(RDF.type, PK.Claim))
    events = sorted(e for e in g.subjects(RDF.type, PK.PolicyEvent) if g.value(e, PK.year))
    assert len(claims) >= 2 and events, "the seed article yields claims and dated events"
    sentence = g.value(claims[0], PROV.wasDerivedFrom)
    g.remove((claims[0], PROV.wasDerivedFrom, None))
    b, e = g.value(sentence, NIF.beginIndex), g.value(sentence, NIF.endIndex)
    g.set((sentence, NIF.beginIndex, e))
    g.set((sentence, NIF.endIndex, b))
    concept = g.value(claims[1], RDF.subject)
    g.add((concept, SKOS.prefLabel, Literal("另一个标签", lang="zh")))
    g.set((events[0], PK.year, Literal(int(g.value(events[0], PK.year)))))
    g.set((claims[1], RDF.predicate, PK.causes))
    lines = validate(g).lines()
    expected = [": prov:wasDerivedFrom: a claim needs exactly one evidence sentence",
                ": nif:beginIndex: begin offset must be less than end offset",
                ": skos:prefLabel: a concept needs exactly one Chinese skos:prefLabel",
                ": pk:year: an event's year must be one xsd:gYear",
                ": rdf:predicate: predicate is not an allowed relation"]
    for part in expected:
        assert any(part in line for line in lines), (part, lines)
    assert len(lines) == 5, lines


def test_more_offset_and_observation_rules():
    g = kg_cases.graph()
    g.set((SENT1, NIF.endIndex, Literal(0, datatype=XSD.integer)))
    obs = URIRef("https://w3id.org/policykg/id/doc/case/obs/1")
    g.remove((obs, PK.value, None))
    g.add((obs, PK.minValue, Literal("2", datatype=XSD.decimal)))      # a min without a max
    rng = URIRef("https://w3id.org/policykg/id/doc/case/obs/2")
    g.remove((rng, PK.unit, None))
    assert validate(g).lines() == [
        "observation 全要素生产率 3.5-8 (doc:case/obs/2): pk:unit: an observation needs exactly "
        "one unit",
        "observation 城镇化率 2-?% (doc:case/obs/1): pk:maxValue: an observation needs either "
        "one pk:value or a pk:minValue/pk:maxValue pair",
        "sentence case.txt [0,0) (doc:case#char=0,26): nif:beginIndex: begin offset must be "
        'less than end offset (value: "0"^^xsd:integer)',
    ]


def test_observation_needs_a_value_or_a_pair_not_both():
    g = kg_cases.graph()
    single = URIRef("https://w3id.org/policykg/id/doc/case/obs/1")
    pair = URIRef("https://w3id.org/policykg/id/doc/case/obs/2")
    g.remove((single, PK.value, None))
    g.add((pair, PK.value, Literal("5", datatype=XSD.decimal)))
    message = "an observation needs either one pk:value or a pk:minValue/pk:maxValue pair"
    assert validate(g).lines() == [
        f"observation 全要素生产率 5% (doc:case/obs/2): pk:value: {message}",
        f"observation 城镇化率 ?-?% (doc:case/obs/1): pk:value|pk:minValue: {message}",
    ]


def test_check_graph_raises_a_bug_error():
    g = kg_cases.graph()
    _missing_evidence(g)
    with pytest.raises(InvalidGraphError) as info:
        check_graph(g)
    assert str(info.value) == ("the built graph violates the shapes (1 violation; first: "
                               + BREAKS["missing evidence"][1] + ")")
    assert "bug" in info.value.hint


def test_build_refuses_to_write_a_violating_graph(tmp_path, seed_path, monkeypatch):
    """A mapping bug (here: claims lose their evidence) stops the build before any write."""
    import policykg.graph.fragment as fragment
    from policykg.graph.build import build

    real = fragment.add_extraction

    def lose_evidence(triples, ex, lexicon):
        real(triples, ex, lexicon)
        claims = {s for s, p, o in triples if p == RDF.type and o == PK.Claim}
        triples[:] = [t for t in triples if not (t[0] in claims and t[1] == PROV.wasDerivedFrom)]

    monkeypatch.setattr(fragment, "add_extraction", lose_evidence)
    with pytest.raises(InvalidGraphError) as info:
        build([seed_path], tmp_path / "out")           # jobs=1: extraction runs in this process
    assert "a claim needs exactly one evidence sentence" in str(info.value)
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


# --- the command -----------------------------------------------------------------------------

def test_cli_conforms(seed_graph_path, capsys):
    assert main(["validate", str(seed_graph_path)]) == 0
    assert capsys.readouterr().out == "conforms\n"


def test_cli_prints_one_line_per_violation(tmp_path, capsys):
    g = kg_cases.graph()
    for breaker, _ in BREAKS.values():
        breaker(g)
    path = tmp_path / "broken.ttl"
    g.serialize(path, format="turtle")
    assert main(["validate", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == sorted(line for _, line in BREAKS.values())
    assert captured.err == f"{path}: 5 violations\n"


def _error(argv, capsys) -> str:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    return lines[0]


HINT = ("(hint: give a graph written by policykg build or export, or rebuild it: "
        "policykg build -o out)")


def test_cli_missing_file(tmp_path, capsys):
    path = tmp_path / "none.ttl"
    assert _error(["validate", str(path)], capsys) == (
        f"Error: {path}: no such file (hint: build a graph first: policykg build  (writes "
        "out/graph.ttl))")


def test_cli_not_rdf(tmp_path, capsys):
    path = tmp_path / "notes.ttl"
    path.write_text("第一行\nthis is not Turtle\n", encoding="utf-8")
    assert _error(["validate", str(path)], capsys) == (
        f"Error: {path}: line 1: not valid RDF: 第一行 is not a valid subject or graph name {HINT}")


def test_cli_truncated_graph_names_file_and_line(seed_graph_path, tmp_path, capsys):
    data = seed_graph_path.read_bytes()
    cut = data[: len(data) // 2]
    cut = cut[: cut.rindex(b" ;\n") + 2]           # stop in the middle of a statement
    path = tmp_path / "cut.ttl"
    path.write_bytes(cut)
    line = cut.count(b"\n") + 1
    message = _error(["validate", str(path)], capsys)
    assert message.startswith(f"Error: {path}: line {line}: not valid RDF: ")
    assert message.endswith(HINT)


@pytest.mark.parametrize("suffix, text, line", [
    (".nt", '<http://a/b> <http://a/c> "x .\n', 1),
    (".jsonld", '{"@id": "http://a/b",\n "http://a/c": [1, 2\n', 3),   # stops at end of file
    (".rdf", '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n<a\n', 2),
])
def test_load_graph_reports_line_for_each_syntax(tmp_path, suffix, text, line):
    path = tmp_path / f"bad{suffix}"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GraphSyntaxError) as info:
        load_graph(path)
    assert info.value.line == line
    assert str(info.value).startswith(f"{path}: line {line}: not valid RDF: ")


def test_load_graph_rejects_folder_unknown_suffix_and_empty(tmp_path):
    from policykg.extract.errors import InputError
    with pytest.raises(InputError, match="is a folder, not a graph file"):
        load_graph(tmp_path)
    (tmp_path / "g.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="unknown RDF file type"):
        load_graph(tmp_path / "g.txt")
    (tmp_path / "empty.ttl").write_text("@prefix a: <http://a/> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="holds no RDF triples"):
        load_graph(tmp_path / "empty.ttl")


def test_offsets_may_be_either_integer_type_the_contract_allows():
    g = kg_cases.graph()
    for pred in (NIF.beginIndex, NIF.endIndex):
        for s, o in list(g.subject_objects(pred)):
            g.set((s, pred, Literal(int(o), datatype=XSD.nonNegativeInteger)))
    assert validate(g).conforms
    g.set((SENT1, NIF.endIndex, Literal("26")))
    assert validate(g).lines() == [
        "sentence case.txt [0,26) (doc:case#char=0,26): nif:beginIndex: begin offset must be "
        'less than end offset (value: "0"^^xsd:nonNegativeInteger)',
        "sentence case.txt [0,26) (doc:case#char=0,26): nif:endIndex: a sentence needs exactly "
        'one end offset, a non-negative integer (value: "26")']

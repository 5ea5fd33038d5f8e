"""Variant keys of concept labels (graph/variants.py, ontology/variants.tsv) and the named
queries that find variants by them."""
import pytest

from policykg.graph.variants import Variants, load_variants, lookup_key

V = load_variants()


@pytest.mark.parametrize("label, key", [
    ("发展新质生产力", "新质生产力"),
    ("新质生产力发展", "新质生产力"),
    ("加快发展新质生产力", "新质生产力"),
    ("智慧城市建设", "智慧城市"),
    ("推动乡村振兴", "乡村振兴"),
])
def test_a_policy_verb_or_process_noun_around_a_concept_is_stripped(label, key):
    assert lookup_key(label, V) == key


@pytest.mark.parametrize("label", ["新质生产力", "发展", "产业", "人才"])
def test_bare_concepts_and_short_remainders_have_no_key(label):
    assert lookup_key(label, V) is None


def test_a_users_table_changes_the_keys():
    assert lookup_key("深化改革开放", Variants(("深化",), ())) == "改革开放"


def test_named_queries_find_variants_and_exact_labels_stay_exact(tmp_path):
    from policykg.extract.pipeline import extract_text
    from policykg.graph.query import open_graph
    from policykg.graph.rdf import to_graph
    text = "说明\n数字技术推动新质生产力发展。人才政策支撑新质生产力。\n"
    g = to_graph([extract_text(text, "d", "d.txt")])
    path = tmp_path / "g.ttl"
    g.serialize(path, format="turtle")
    kg = open_graph(path)
    causes = {str(r["causeLabel"]) for r in kg.named("drivers", x="新质生产力")}
    assert causes == {"数字技术", "人才政策"}
    exact = {str(r["causeLabel"]) for r in kg.named("drivers", x="新质生产力发展")}
    assert exact == {"数字技术"}

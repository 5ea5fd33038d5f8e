"""Clauses with their own subject (extract/stated.py) in chains of imperatives.

Every sentence here is made up for the test; none is taken from a corpus text.
"""
import pytest

from test_chains import triples


@pytest.mark.parametrize("text, claim", [
    ("省政府出台专项扶持政策，带动县域特色产业集聚发展。", ("专项扶持政策", "drives", "县域特色产业集聚发展")),
    ("各地要完善农村物流网络，促进农产品上行。", ("农村物流网络", "improves", "农产品上行")),
    # after a modal any verb is the measure's, also one the tables do not list
    ("医疗机构应当应用远程诊疗平台，提高基层诊疗水平。", ("远程诊疗平台", "improves", "基层诊疗水平")),
])
def test_a_first_clause_with_its_own_subject_is_a_measure_of_the_chain(text, claim):
    assert claim in triples(text)


@pytest.mark.parametrize("text, not_cause", [
    ("数字技术具有高渗透性的特征，推动生产方式变革。", "特征"),      # a property, no measure
    ("市政府充分发挥作用，积极引导社会资本参与，推动养老产业集聚发展。", "社会资本参与"),   # the next clause only
])
def test_a_stated_subject_clause_links_only_a_measure_to_its_next_clause(text, not_cause):
    assert not any(not_cause in s for s, _, _ in triples(text))


def test_clause_infos_name_a_stated_clause_with_its_verb():
    from policykg.extract.chains import clause_infos
    from policykg.extract.cuetable import cue_table
    from policykg.extract.lexicon import load_lexicon
    from policykg.extract.model import Sentence
    from policykg.extract.reader import ClauseReader
    from policykg.extract.resources import Resources
    from policykg.extract.spans import View
    res = Resources()
    text = "市政府印发实施方案，推动产业集聚。"
    r = ClauseReader(View(Sentence("t", 1, 0, len(text), text), res=res), cue_table(res),
                     load_lexicon(res), None)
    kinds = [(c.kind, c.verb) for c in clause_infos(r)]
    assert kinds == [("stated", "印发"), ("imperative", "推动")]


def test_the_verb_after_co_actors_is_no_verb_inside_their_names():
    got = triples("市教育局会同督导部门、信息报送部门和学校建立质量反馈机制，以提升教学质量。")
    assert ("质量反馈机制", "improves", "教学质量") in got

"""Events: documents, strategies, plans and congresses with their year, actor and document."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import GOLD, SHARED

from policykg.extract.calendar import calendar
from policykg.extract.events import extract_events
from policykg.extract.pipeline import extract_text
from policykg.extract.resources import Resources
from policykg.extract.sentences import split_sentences
from policykg.extract.structure import read_structure

RES = Resources()   # the package's tables, read once for this module


def _events(body: str):
    doc = read_structure("t", "t.txt", "标题\n" + body + "\n")
    return [(e.kind, doc.text[e.start:e.end], e.year, e.year_source, e.actor, e.document)
            for e in extract_events(doc, split_sentences(doc))]


def test_document_with_stated_year_and_subject_actor():
    assert _events("2019年国家发展改革委等五部门在《关于推进数字乡村建设的指导意见》中提出要求。") == [
        ("document", "《关于推进数字乡村建设的指导意见》", 2019, "stated", "国家发展改革委等五部门",
         "关于推进数字乡村建设的指导意见")]


def test_year_in_a_time_only_clause_belongs_to_the_next_clause():
    assert _events("2018年，工业和信息化部正式印发《工业互联网发展行动计划》。") == [
        ("document", "《工业互联网发展行动计划》", 2018, "stated", "工业和信息化部",
         "工业互联网发展行动计划")]


def test_strategies_chain_year_stays_in_its_clause():
    got = _events("德国在2013年推出“工业4.0”战略，强调智能制造，并进一步提出“数字议程”计划。")
    assert got == [
        ("strategy", "“工业4.0”战略", 2013, "stated", "德国", "“工业4.0”战略"),
        ("strategy", "“数字议程”计划", None, "", "德国", "“数字议程”计划")]


def test_coordinated_actors_pair_with_coordinated_names():
    got = _events("英国和法国分别启动了数字化战略“数字英国”和“法国数字”。")
    assert [(k, a) for k, _, _, _, a, _ in got] == [("strategy", "英国"), ("strategy", "法国")]


def test_quoted_name_without_plan_noun_or_actor_is_no_event():
    assert _events("坚持“以人为本”的理念，推进“一网通办”。深入践行“八八战略”。") == []


def test_calendar_plans_and_congresses():
    got = _events("党的十九大以来，我国数字经济快速发展。在“十二五”规划中，我国提出建设宽带中国。"
                  "党的十八届三中全会强调，要全面深化改革。")
    assert got == [
        ("congress", "党的十九大", 2017, "calendar", "党的十九大", ""),
        ("plan", "“十二五”规划", 2011, "calendar", "我国", "“十二五”规划"),
        ("congress", "党的十八届三中全会", 2013, "calendar", "党的十八届三中全会", "")]


def test_plan_period_mentioned_in_passing_is_no_event():
    assert _events("“十四五”时期目标任务顺利完成。") == []
    assert _events("党的二十大代表名单公布。") == []


def test_following_a_congress_spirit_and_coordinated_congresses():
    """Guideline 9: a congress as a turning point, also "贯彻…精神" and "A和B精神"."""
    assert _events("我们要全面贯彻党的二十大精神。") == [
        ("congress", "党的二十大", 2022, "calendar", "党的二十大", "")]
    assert [(k, y) for k, _, y, *_ in _events("深入贯彻党的十八大和十九大精神。")] == [
        ("congress", 2012), ("congress", 2017)]


def test_named_acts_launched():
    got = _events("今年将实施城市更新提质行动，出台促进消费扩容政策，深入开展乡村道路养护专项行动。")
    assert [(k, d) for k, _, _, _, _, d in got] == [
        ("action", "城市更新提质行动"), ("action", "促进消费扩容政策"),
        ("action", "乡村道路养护专项行动")]
    assert [(k, d) for k, _, _, _, _, d in _events("海岸带生态修复工程全面启动。")] == [
        ("action", "海岸带生态修复工程")]
    # issued rules and guides are documents too (event_cues act_noun 指引 指南 条例 行政法规)
    got = _events("制定跨境数据流动管理指引，出台农村供水工程管理条例。")
    assert [(k, d) for k, _, _, _, _, d in got] == [
        ("action", "跨境数据流动管理指引"), ("action", "农村供水工程管理条例")]


def test_names_with_a_word_holding_a_list_mark_and_plans_drawn_up():
    # event_cues act_de_word (高等/中等: 等 is no list mark there), act_noun 纲要,
    # launch_verb 制定实施 / 研究制定
    got = _events("实施中等职业教育综合改革行动，制定实施乡村人才振兴规划纲要。")
    assert [(k, d) for k, _, _, _, _, d in got] == [
        ("action", "中等职业教育综合改革行动"), ("action", "乡村人才振兴规划纲要")]
    assert [e for e in _events("实施交通、水利等重大工程。") if e[0] == "action"] == []


@pytest.mark.parametrize("text", [
    "大气治理攻坚战深入开展。",          # an ongoing campaign goes on: no launch
    "制定相关政策，实施积极的货币政策。",  # a generic name, a stance
    "深入实施人才强国战略。",              # a strategy pursued, no named act
    "20多个城市开展了数据交易试点。",      # a pilot reported as a state: no actor, no year
])
def test_no_named_act(text):
    assert [e for e in _events(text) if e[0] == "action"] == []


def test_pilot_with_actor_and_year_is_an_act():
    got = _events("2021年，商务部启动数据交易试点。")
    assert [(k, y, s, d) for k, _, y, s, _, d in got] == [("action", 2021, "stated", "数据交易试点")]


def test_section_year_dates_acts_of_a_report():
    doc = read_structure("t", "t.txt", "政府工作报告\n一、2022年工作回顾\n实施农村电网巩固提升工程。\n"
                         "二、2023年政府工作任务\n开展县域商业体系建设行动。\n")
    got = [(e.kind, e.year, e.year_source, e.document)
           for e in extract_events(doc, split_sentences(doc))]
    assert got == [("action", 2022, "section", "农村电网巩固提升工程"),
                   ("action", 2023, "section", "县域商业体系建设行动")]
    doc = read_structure("t", "t.txt", "文章\n一、回顾与展望\n实施农村电网巩固提升工程。\n")
    assert [e.year for e in extract_events(doc, split_sentences(doc))] == [None]


def test_leader_statements_with_adverbs_and_speech_nouns():
    assert [(k, a) for k, _, _, _, a, _ in _events("习近平总书记深刻指出，要抓好落实。")] == [
        ("statement", "习近平总书记")]
    assert [(k, a) for k, _, _, _, a, _ in _events("认真学习贯彻习近平总书记重要讲话精神。")] == [
        ("statement", "习近平总书记")]
    assert _events("习近平总书记的重要论述是根本遵循。") == []


def test_document_adopted_by_a_congress_is_one_event():
    got = _events("党的十九届五中全会审议通过的《中共中央关于制定某项规划的建议》指出，要扩大内需。")
    assert [(k, y, a) for k, _, y, _, a, _ in got] == [("document", 2020, "党的十九届五中全会")]


def test_target_year_inside_a_title_is_not_the_event_year():
    got = _events("在“十四五”规划和2035年远景目标纲要中明确提出要建设数字中国。")
    assert got == [("plan", "“十四五”规划", 2021, "calendar", "", "“十四五”规划")]


def test_leader_statement():
    assert _events("习近平主席指出，要加快数字化发展。") == [
        ("statement", "习近平主席", None, "", "习近平主席", "")]


def test_year_actor_and_action_verb():
    got = _events("自2015年以来，我国政府大力推动数字政府建设。")
    assert got == [("statement", "我国政府", 2015, "stated", "我国政府", "")]
    got = _events("自2015年以来，我国政府大力推动“互联网+”行动。")
    assert got == [("strategy", "“互联网+”行动", 2015, "stated", "我国政府", "“互联网+”行动")]
    assert _events("2023年，全省经济运行稳中向好。") == []


def test_titles_that_are_not_policy_documents_are_no_events():
    assert _events("电视剧《繁花》热播，小说《三体》畅销。") == []


def test_issuer_named_in_the_title_and_each_citing_sentence_once():
    got = _events("根据《国务院关于加强数字政府建设的指导意见》要求，制定本方案。"
                  "落实《国务院关于加强数字政府建设的指导意见》，对照《国务院关于加强数字政府建设的指导意见》。")
    assert got == 2 * [("document", "《国务院关于加强数字政府建设的指导意见》", None, "", "国务院",
                         "国务院关于加强数字政府建设的指导意见")]


def test_calendar_year_of_a_plan_document():
    got = _events("印发《“十四五”数字经济发展规划》。")
    assert got == [("document", "《“十四五”数字经济发展规划》", 2021, "calendar", "",
                     "“十四五”数字经济发展规划")]


def test_calendar_table_is_consistent():
    rows = calendar(RES)
    assert {r.kind for r in rows} == {"plan", "congress"}
    years = {r.name: r.year for r in rows}
    assert years["十三五"] == 2016 and years["十四五"] == 2021 and years["十五五"] == 2026
    assert years["党的二十大"] == 2022 and years["党的二十届四中全会"] == 2025
    for r in rows:
        assert r.regex.fullmatch(r.name) or r.regex.search(r.name), r.name


def test_corpus_events_have_evidence(corpus_dir):
    for f in sorted(corpus_dir.glob("*.txt")):
        ex = extract_text(f.read_text(encoding="utf-8"), "d", f.name)
        sents = {s.index: s for s in ex.sentences}
        for e in ex.events:
            s = sents[e.sentence]
            assert s.start <= e.start < e.end <= s.end
            assert e.year_source in ("stated", "calendar", "section", "")
            assert (e.year is None) == (e.year_source == "")
            assert e.actor or e.document or e.year


def test_seed_events_score(seed_graph_path):
    """Quality on the annotated article, scored by the shared scorer."""
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"),
                          str(GOLD / "seed_smart_city_nqpf.gold.jsonl"), str(seed_graph_path),
                          "--json"], capture_output=True, text=True, check=True)
    p, r, f1 = json.loads(out.stdout)["events"]
    assert f1 >= 0.8, (p, r, f1)


@pytest.mark.parametrize("text", ["", "没有年份也没有文件的一句话。"])
def test_no_events(text):
    assert _events(text) == []


def test_self_reference_resolves_to_the_issuer_and_joint_issuers_split():
    text = ("某市数据局关于印发方案的通知\n现将方案印发给你们。\n2021年，我局制定了《某市数据开放管理办法》。\n"
            "2022年，市经济和信息化局会同市财政局出台《某市智能制造专项资金管理办法》。\n"
            "某市数据局\n2023年6月1日\n")
    doc = read_structure("t", "t.txt", text)
    assert doc.issuer == "某市数据局"
    got = [(e.actor, e.year) for e in extract_events(doc, split_sentences(doc))]
    assert got == [("某市数据局", 2021), ("市经济和信息化局", 2022)]


def test_subject_carries_over_adverbial_clauses_but_not_into_cited_documents():
    got = _events("省政府认真研究，根据《中共河南省委关于制定河南省发展规划的建议》，编制了《某省发展规划纲要（草案）》。")
    assert [(d, a) for _, _, _, _, a, d in got] == [
        ("中共河南省委关于制定河南省发展规划的建议", "中共河南省委"), ("某省发展规划纲要（草案）", "省政府")]
    got = _events("根据《数字中国建设整体布局规划》等文件，市数据局制定了《某市公共数据管理办法》。")
    assert [(d, a) for _, _, _, _, a, d in got] == [
        ("数字中国建设整体布局规划", ""), ("某市公共数据管理办法", "市数据局")]


def test_year_of_a_date_and_an_abbreviated_title():
    got = _events("国务院2019年6月印发《关于某项工作的指导意见》（以下简称《意见》），推动落实。")
    assert [(k, y, s, a) for k, _, y, s, a, _ in got] == [("document", 2019, "stated", "国务院")]
    assert [e[2] for e in _events("该部门在2021-2023年期间制定了《某某管理办法》。")] == [None]


def test_generic_plans_are_no_named_acts():
    assert _events("各单位要制定工作方案，实施部分老旧设备替换工程。") == []

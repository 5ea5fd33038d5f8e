"""Observations: numbers with units, ranges, qualifiers, Chinese numerals, years, indicators."""
from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import pytest
from conftest import GOLD, SHARED

from policykg.extract.numbers import cn_number, find_quantities, quantity_tables, written_order
from policykg.extract.observations import extract_observations
from policykg.extract.resources import Resources
from policykg.extract.sentences import split_sentences
from policykg.extract.structure import read_structure

RES = Resources()   # the package's tables, read once for this module

D = Decimal


def _obs(body: str):
    doc = read_structure("t", "t.txt", "标题\n" + body + "\n")
    return [(o.indicator_text, o.value, o.min_value, o.max_value, o.unit, o.qualifier, o.year)
            for o in extract_observations(doc, split_sentences(doc))]


def test_figures_with_their_years_share_the_indicator():
    assert _obs("森林覆盖率由2010年的20.4%提高到2020年的23.0%。") == [
        ("森林覆盖率", D("20.4"), None, None, "%", "", 2010),
        ("森林覆盖率", D("23.0"), None, None, "%", "", 2020)]


def test_range():
    assert _obs("投资回报率可提升5%至12%。") == [("投资回报率", None, D(5), D(12), "%", "", None)]
    assert _obs("每年建设5-10个示范项目。")[0][1:5] == (None, D(5), D(10), "个")


def test_qualifiers_kept_and_value_in_the_unit_as_written():
    assert _obs("全市高新技术企业总数已超过3000家，城镇新增就业1244万人。") == [
        ("全市高新技术企业总数", D(3000), None, None, "家", "超过", None),
        ("城镇新增就业", D(1244), None, None, "万人", "", None)]
    assert _obs("其中120多个城市开展了试点。") == [("城市", D(120), None, None, "个", "多", None)]
    assert _obs("覆盖近90%的县。") == [("县", D(90), None, None, "%", "近", None)]
    assert _obs("增速达到6%左右。")[0][1:6] == (D(6), None, None, "%", "左右")


def test_chinese_numerals_and_implied_unit():
    assert _obs("常住人口超千万的城市。") == [("常住人口", D(10000000), None, None, "人", "超", None)]
    assert _obs("惠及上千万户家庭。")[0][1:6] == (D(10000000), None, None, "户", "上")


def test_a_figure_without_its_own_indicator_takes_the_previous_one():
    got = _obs("国内生产总值超过126万亿元，增长5.2%。居民收入分别增长4.3%、5.5%。")
    assert [(i, v, u) for i, v, _, _, u, _, _ in got] == [
        ("国内生产总值", D(126), "万亿元"), ("国内生产总值增长", D("5.2"), "%"),
        ("居民收入增长", D("4.3"), "%"), ("居民收入增长", D("5.5"), "%")]


@pytest.mark.parametrize("text", [
    "2023年是关键一年。", "第3个专项行动。", "行动计划（2021-2023年）。", "一是加强统筹。",
    "京经信发〔2022〕87号文件。", "建设5G网络。", "从两个维度解析。", "实施“十项重大工程”。",
    "推进“千项万亿”工程。", "千家万户共同参与。", "3月5日召开会议。", "实施“智慧国2025”计划。",
])
def test_not_observations(text):
    assert _obs(text) == []


def test_offsets_and_sentence(corpus_dir):
    text = (corpus_dir / "gov_work_report_2024_national.txt").read_text(encoding="utf-8")
    doc = read_structure("d", "n.txt", text)
    sents = {s.index: s for s in split_sentences(doc)}
    obs = extract_observations(doc, tuple(sents.values()))
    implied = {u for _, u in quantity_tables(RES).implied}
    words = {w for w, _, _ in quantity_tables(RES).word_values}
    assert len(obs) > 20
    for o in obs:
        s = sents[o.sentence]
        assert s.start <= o.start < o.end <= s.end
        span = text[o.start:o.end]
        tail = span.lstrip("0123456789.,").replace(o.qualifier, "", 1) if o.qualifier else \
            span.lstrip("0123456789.,")
        # the unit as written, or completed from the tables: a shared list unit (1.5、2万人次),
        # a counted noun (6600多万纳税人: 万人; 上千万家庭: 户), a number word (一半: %)
        assert span.endswith(o.unit) or (o.qualifier and span.endswith(o.qualifier)) \
            or o.unit.startswith(tail) or o.unit in implied or tail in words, (span, o)
    assert any(o.indicator_text == "国内生产总值" and o.unit == "万亿元" for o in obs)


def test_cn_number():
    assert [cn_number(RES, x) for x in ("百万", "千万", "一百二十", "三万五千", "两亿", "十", "甲")] == [
        1_000_000, 10_000_000, 120, 35_000, 200_000_000, 10, None]


def test_unit_table_is_data():
    t = quantity_tables(RES)
    assert "%" in t.units and "倍" in t.units and "个" in t.units and "亿元" not in t.units
    assert "万亿" in t.magnitudes and ("人口", "人") in t.implied
    q = find_quantities(RES, "投资1.5万亿元")[0]
    assert (q.value, q.unit) == (D("1.5"), "万亿元")


def test_seed_observations_score(seed_graph_path):
    """Quality on the annotated article, scored by the shared scorer."""
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"),
                          str(GOLD / "seed_smart_city_nqpf.gold.jsonl"), str(seed_graph_path),
                          "--json"], capture_output=True, text=True, check=True)
    p, r, f1 = json.loads(out.stdout)["observations"]
    assert f1 >= 0.8, (p, r, f1)


def test_a_target_year_clause_dates_the_figures_after_it():
    got = _obs("到2027年，数字经济核心产业增加值占比达到12%以上，培育工业互联网平台20个。")
    assert [(v, u, q, y) for _, v, _, _, u, q, y in got] == [
        (D(12), "%", "以上", 2027), (D(20), "个", "", 2027)]
    assert _obs("2023年，全省生产总值增长5.5%。")[0][-1] == 2023


def test_thousands_separators_and_ascii_commas_between_clauses():
    assert [(q.value, q.unit) for q in find_quantities(RES, "就业1,244万人,增长5.2%,6.1%")] == [
        (D(1244), "万人"), (D("5.2"), "%"), (D("6.1"), "%")]
    assert find_quantities(RES, "编号12,3456万元") == []


def test_qualifier_before_the_magnitude():
    assert _obs("减税惠及6600多万纳税人。") == [("纳税人", D(6600), None, None, "万人", "多", None)]


def test_section_year_of_a_review_and_the_target_year_of_a_tasks_section():
    doc = read_structure("t", "t.txt", "政府工作报告\n一、2022年工作回顾\n全年蔬菜产量达8.1亿吨。\n"
                         "二、2023年政府工作任务\n到2025年，绿色建筑占比达到九成。\n")
    got = [(o.indicator_text, o.value, o.unit, o.year)
           for o in extract_observations(doc, split_sentences(doc))]
    assert got == [("蔬菜产量", D("8.1"), "亿吨", 2022), ("绿色建筑", D(9), "成", 2025)]


def test_periods_give_no_year_and_an_undated_section_gives_none():
    assert _obs("“十五五”时期，覆盖率达到80%。")[0][-1] is None
    doc = read_structure("t", "t.txt", "文章\n一、成就回顾\n覆盖率达到80%。\n")
    assert [o.year for o in extract_observations(doc, split_sentences(doc))] == [None]


def test_growth_kept_apart_from_level():
    assert [(i, v) for i, v, *_ in _obs("地区生产总值突破5万亿元，增长4.8%。")] == [
        ("地区生产总值", D(5)), ("地区生产总值增长", D("4.8"))]
    assert _obs("农村居民收入增长7.1%。")[0][0] == "农村居民收入增长"
    assert _obs("粮食播种面积达到18亿亩。")[0][0] == "粮食播种面积"


def test_shares_name_their_indicator():
    assert _obs("服务业增加值占地区生产总值比重达到55%。")[0][0] == "服务业增加值占地区生产总值比重"
    assert _obs("清洁能源装机达到全部装机的48%。")[0][0] == "清洁能源装机"
    assert _obs("城市出口额超过全省一半。")[0][:5] == ("城市出口额", D(50), None, None, "%")


def test_a_list_shares_the_unit_of_its_last_number():
    got = _obs("两个景区接待游客分别达1.5、2.3万人次。")
    assert [(v, u) for _, v, _, _, u, _, _ in got] == [(D("1.5"), "万人次"), (D("2.3"), "万人次")]
    got = find_quantities(RES, "分别为3亿、4500万人次")
    assert [(q.value, q.unit) for q in got] == [(D(3), "亿人次"), (D(4500), "万人次")]


def test_units_with_ci_tenths_and_counted_nouns():
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities(RES, "航班起降28万架次")] == [
        (D(28), "万架次", "")]
    assert _obs("接待游客超千万人次。")[0][1:6] == (D(10000000), None, None, "人次", "超")
    assert _obs("九成以上的乡镇通了快递。")[0][1:6] == (D(9), None, None, "成", "以上")
    assert _obs("政策惠及上百万家庭。")[0][1:6] == (D(1000000), None, None, "户", "上")
    assert _obs("全省有9000多万人口。")[0][0:5] == ("人口", D(9000), None, None, "万人")
    assert find_quantities(RES, "一个维度，三个方面") == []


@pytest.mark.parametrize("text", ["全市已连续12年保持增长。", "该区排名第3位。", "2025年是收官之年。",
                                  "建成一条8英寸产线。"])
def test_streaks_ranks_years_and_names_are_no_observations(text):
    assert _obs(text) == []


def test_qualifiers_in_reading_order():
    assert written_order(RES, "500", "个", "超过") == "超过500 个"
    assert written_order(RES, "80", "个", "多") == "80多 个"
    assert written_order(RES, "3", "%", "以上") == "3 %以上"


def test_durations_are_figures_years_alone_are_not():
    assert _obs("用3-5年时间建成统一平台。") == [("时间", None, D(3), D(5), "年", "", None)]
    assert [(q.value, q.unit) for q in find_quantities(RES, "在6个月内完成")] == [(D(6), "个月")]
    assert find_quantities(RES, "2024年内完成") == [] and find_quantities(RES, "2021-2023年") == []

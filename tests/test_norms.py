"""Norms inside a clause (extract/norms.py): hand-made sentences."""
from __future__ import annotations

import pytest

from test_claims import triples


@pytest.mark.parametrize("text, expected", [
    # the norm runs to the first verb after which the span ends with a norm head
    ("各部门应当按照信息报送规范要求报送材料。", {("报送材料", "alignsWith", "信息报送规范要求")}),
    ("区县政府依照有关规定组织实施。", {("区县政府", "alignsWith", "有关规定")}),
    # a norm that runs to the clause's end governs the next clause's object
    ("市场监管部门按照省级监管要求，完善本地抽查制度。",
     {("本地抽查制度", "alignsWith", "省级监管要求")}),
    # the governed clause is the first that is no norm of its own (遵循 P, 按照 N2 V M)
    ("各单位应当根据项目管理规范，遵循公开透明的原则，加强资金使用监督。",
     {("资金使用监督", "alignsWith", "项目管理规范"), ("各单位", "alignsWith", "公开透明的原则")}),
    ("各单位应当依据有关规定，按照工作职责在本系统内报送材料。",
     {("报送材料", "alignsWith", "有关规定")}),
    # a catalogue is a norm one acts by
    ("各部门应当按照资源目录报送材料。", {("报送材料", "alignsWith", "资源目录")}),
    # a title is the norm's own, verbs inside it included
    ("企业应当依据《促进中小企业发展条例》申请专项资金。",
     {("专项资金", "alignsWith", "《促进中小企业发展条例》")}),
    # 参照 is a norm cue; a clause-final verbal noun is the clause's verb; the head of a
    # relative clause is what the norm governs
    ("下属单位采集的统计数据参照本规定管理。", {("统计数据", "alignsWith", "本规定")}),
    # "T，按照 N 执行": the topic clause is what the norm governs
    ("涉及商业秘密的档案管理，按照有关保密规定执行。", {("档案管理", "alignsWith", "有关保密规定")}),
    # a verb before a bound norm head modifies it ("目录编制要求")
    ("各部门应当按照资源目录编制要求，梳理本部门数据资源。",
     {("本部门数据资源", "alignsWith", "资源目录编制要求")}),
    # 提出申请 is a verb and its object, not one noun
    ("企业可以依照有关规定提出申请。", {("提出申请", "alignsWith", "有关规定")}),
])
def test_norms_after_the_subject(text, expected):
    assert {t for t in triples(text) if t[1] == "alignsWith"} == expected


@pytest.mark.parametrize("text", [
    "各部门按照分工抓好落实。",               # 分工 ends with no norm head
    "评价工作遵循的基本原则是客观公正。",       # the cue modifies a noun
])
def test_no_norm(text):
    assert {t for t in triples(text) if t[1] == "alignsWith"} == set()


def test_a_verb_opening_a_member_of_the_norm_list_is_no_predicate():
    got = {t for t in triples("各部门按照有关规定、保障安全的原则开展数据共享。") if t[1] == "alignsWith"}
    assert got and all(s == "数据共享" for s, _, _ in got)


def test_a_modal_is_no_part_of_the_subject():
    got = triples("社区服务应当遵循统一规划、分级负责、便民高效的原则。")
    assert ("社区服务", "alignsWith", "统一规划、分级负责、便民高效的原则") in got

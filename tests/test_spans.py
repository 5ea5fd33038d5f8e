"""Span geometry inside a sentence: trimming, coordination, enumerations, subjects."""
from __future__ import annotations

from policykg.extract.model import Sentence
from policykg.extract.resources import Resources
from policykg.extract.spans import View

RES = Resources()   # the package's tables, read once for this module


def view(text: str) -> View:
    return View(Sentence("d", 1, 0, len(text), text), res=RES)


def parts(text: str) -> list[str]:
    v = view(text)
    return [text[a:b] for a, b in v.split(0, len(text))]


def test_coordination_splits_on_dun_and_conjunctions():
    assert parts("企业活力、就业质量和居民收入") == ["企业活力", "就业质量", "居民收入"]


def test_shared_modifier_keeps_the_phrase_whole():
    assert parts("技术与制度的双向协同") == ["技术与制度的双向协同"]
    assert parts("跨地区、跨行业的数据流通") == ["跨地区、跨行业的数据流通"]


def test_enumeration_with_head_gives_the_head():
    assert parts("光伏、风电等清洁能源") == ["清洁能源"]


def test_a_clause_after_a_list_is_not_split():
    assert parts("政府、企业、居民在社区治理中各尽其责") == ["政府、企业、居民在社区治理中各尽其责"]


def test_trim_drops_connectives_and_trailing_particles():
    text = "同时进一步完善了"
    v = view(text)
    a, b = v.trim(0, len(text))
    assert text[a:b] == "完善"


def test_enumeration_members_stop_at_the_verb_and_de():
    text = "支持社区的养老、托育、家政等服务"
    v = view(text)
    deng = text.index("等")
    assert [text[a:b] for a, b in v.enum_members(0, deng)] == ["养老", "托育", "家政"]
    assert text.__getitem__(slice(*v.enum_head(deng, len(text)))) == "服务"


def test_subject_needs_a_predicate():
    text = "乡村治理可从两个方面理解"
    v = view(text)
    a, b = v.subject(0, len(text))
    assert text[a:b] == "乡村治理"
    assert view("乡村治理体系").subject(0, 6) is None
    text = "数字经济凝结了制度成果"          # a verb before an aspect particle is the predicate
    a, b = view(text).subject(0, len(text))
    assert text[a:b] == "数字经济"


def test_an_adjective_before_a_verbal_noun_is_inside_the_phrase():
    # "优质均衡发展" names a state, it is no predicate of the nouns before it
    text = "加快乡村学校优质均衡发展和城乡一体化"
    assert view(text).subject(0, len(text)) is None
    text = "乡村学校稳步发展"
    a, b = view(text).subject(0, len(text))
    assert text[a:b] == "乡村学校"


def test_a_shared_modifier_labels_the_short_conjuncts_of_a_list():
    """"X 归集、共享、应用": each action keeps X in its label (its text stays the word)."""
    from policykg.extract.pipeline import extract_text
    claims = extract_text("平台推动档案信息归集、共享、利用。", "d", "d.txt").claims
    assert sorted((c.object.text, c.object.label) for c in claims) == [
        ("共享", "档案信息共享"), ("利用", "档案信息利用"), ("档案信息归集", "档案信息归集")]
    claims = extract_text("机制保障统计数据的真实、准确、完整。", "d", "d.txt").claims
    assert sorted(c.object.label for c in claims) == sorted([
        "统计数据的完整", "统计数据的准确", "统计数据的真实"])


def test_two_actions_with_a_shared_modifier_stay_one_span():
    from policykg.extract.pipeline import extract_text
    claims = extract_text("数据要素支撑新型工业化的形成与发展。", "d", "d.txt").claims
    assert [c.object.label for c in claims] == ["新型工业化的形成与发展"]


def test_two_qualities_after_de_are_each_the_modifiers():
    """"X 的广度和深度" (guideline 3: a shared modifier with coordinated heads distributes);
    a verb phrase ("拓宽 X 的广度和深度") stays whole."""
    from policykg.extract.pipeline import extract_text
    claims = extract_text("在线平台提高了基层医疗服务的精度和温度。", "d", "d.txt").claims
    assert sorted(c.object.label for c in claims) == ["基层医疗服务的温度", "基层医疗服务的精度"]
    claims = extract_text("通过拓宽数据要素应用的广度和深度，增强配置效率。", "d", "d.txt").claims
    assert [c.subject.label for c in claims] == ["拓宽数据要素应用的广度和深度"]


def test_a_lead_word_before_a_lone_verb_stays_with_its_conjunct():
    assert parts("各环节衔接、全链条贯通、全领域覆盖") == ["各环节衔接", "全链条贯通", "全领域覆盖"]


def test_a_list_of_tenets_before_its_principle_is_one_span():
    assert parts("分类管理、安全可控、便民高效的原则") == ["分类管理、安全可控、便民高效的原则"]
    assert parts("一窗受理、一网通办的要求") == ["一窗受理、一网通办的要求"]


def test_a_named_part_and_a_list_sharing_a_modifier():
    """"A 和 B归集、共享、应用": A, then B's list with its shared modifier."""
    from policykg.extract.pipeline import extract_text
    assert parts("政务信息系统互联互通和政务数据归集、共享、应用") == [
        "政务信息系统互联互通", "政务数据归集", "共享", "应用"]
    claims = extract_text("平台推动系统互联互通和档案信息归集、共享、利用。", "d", "d.txt").claims
    assert {c.object.label for c in claims} == {"系统互联互通", "档案信息归集", "档案信息共享",
                                               "档案信息利用"}


def test_coordinated_modifiers_of_one_head_are_one_span():
    """Guideline 3: "原创性、颠覆性创新" names one thing (char_classes modifier-suffix)."""
    assert parts("原创性、颠覆性创新") == ["原创性、颠覆性创新"]
    assert parts("产业智能化、绿色化、融合化发展") == ["产业智能化、绿色化、融合化发展"]
    # qualities of one thing with no head after them still distribute
    assert len(parts("产业体系的完整性、先进性、安全性")) == 3


def test_comparisons_sharing_one_head_are_one_span():
    """phrase_words.tsv comparative: "更A、更B的N" names one N, the first part with its verb."""
    # (the lead trimming takes the opening 更)
    assert parts("更高效率、更加开放、更可持续的城乡格局") == ["高效率、更加开放、更可持续的城乡格局"]
    assert parts("实现更优服务、更为便捷的办理") == ["实现更优服务、更为便捷的办理"]
    # a list of things each with its own 的 still splits
    assert len(parts("更便捷的出行、更包容的社区")) == 2


def test_qualities_the_dictionary_splits_share_the_modifier():
    """segment_words.tsv 可及性, 普惠性: jieba cuts 可/及/性 (及 a conjunction) and 普/惠/性."""
    v = view("医疗服务的普惠性、可及性、便捷性")
    got = [v.labels.get((a, b), v.text[a:b]) for a, b in v.split(0, len(v.text))]
    assert got == ["医疗服务的普惠性", "医疗服务的可及性", "医疗服务的便捷性"]
    assert parts("养老服务的可及性和均衡水平") == ["养老服务的可及性", "均衡水平"]


def test_a_list_inside_a_place_phrase_is_no_list():
    # the list between 在 and its closing 中/上 names a place; a list after it still splits
    assert parts("农业在品种和技术上取得进展") == ["农业在品种和技术上取得进展"]
    assert parts("改革在城乡和区域中形成合力、提升效能") == ["改革在城乡和区域中形成合力", "提升效能"]


def test_short_members_of_a_list_without_a_head_split():
    assert parts("农户、牧民及渔民") == ["农户", "牧民", "渔民"]
    assert parts("水源、土壤和生态修复") == ["水源、土壤和生态修复"]   # short modifiers, one head


def test_an_activity_and_a_phrase_with_a_generic_head_share_the_head():
    assert parts("风险监测和应急处置能力") == ["风险监测和应急处置能力"]
    assert parts("政府治理能力和公共服务水平") == ["政府治理能力", "公共服务水平"]   # two heads
    assert parts("节约利用和公平分配原则") == ["节约利用和公平分配原则"]      # tenets of a principle
    assert parts("行业规范和服务要求") == ["行业规范", "服务要求"]              # two norms


def test_one_word_modifiers_share_the_head_after_the_last():
    """phrase_words.tsv shared-head (and head): "A、B H" with one-word A, B is one span."""
    assert parts("人员、设备投入") == ["人员、设备投入"]
    assert parts("医疗和养老保障") == ["医疗和养老保障"]
    assert parts("审批、办理效率") == ["审批、办理效率"]
    # a last part whose second word is no shared head is a member of its own
    assert parts("医院和康复机构") == ["医院", "康复机构"]


def test_modifiers_each_closed_by_de_share_the_last_head():
    """Guideline 3: "A 的、B 的和 C 的 N" names one N, with the first part free of 的."""
    assert parts("农户自产的、合作社收购的和企业加工的粮食") == ["农户自产的、合作社收购的和企业加工的粮食"]
    assert parts("县里直接或者委托机构评估的、依法登记的和历年形成的资产") == [
        "县里直接或者委托机构评估的、依法登记的和历年形成的资产"]


def test_a_list_acting_in_a_relative_clause_has_no_head():
    """Guideline 4: "A、B 等 + an action" names no head ("协会、商会等公布的信息")."""
    text = "协会、商会等公布的信息"
    assert view(text).enum_head(text.index("等"), len(text)) is None
    text = "协会、商会等机构公布的信息"
    v = view(text)
    a, b = v.enum_head(text.index("等"), len(text))
    assert text[a:b] == "机构"


def test_four_or_more_qualities_before_one_head_are_one_span():
    """Guideline 3: "A、B、C、D 的 N" (four-character qualities) is one N, as three are."""
    text = "结构优化、技术先进、清洁低碳、安全高效的区域能源体系"
    assert parts(text) == [text]


def test_a_modifier_with_de_distributes_over_two_heads():
    """Guideline 3: "X 的 M A 和 B" labels B with X 的 M ("清洁的饮水设施和条件")."""
    v = view("清洁的饮水设施和条件")
    got = [v.labels.get((a, b), v.text[a:b]) for a, b in v.split(0, len(v.text))]
    assert got == ["清洁的饮水设施", "清洁的饮水条件"]


def test_a_quoted_slogan_is_one_piece_of_a_conjunct():
    assert parts("“一个窗口、一套流程、一次办结”服务模式") == ["“一个窗口、一套流程、一次办结”服务模式"]
    assert parts("“谁采集、谁负责\"原则") == ["“谁采集、谁负责\"原则"]   # a straight quote closes it
    assert parts("“窗口”、“流程”和“平台”") == ["“窗口”", "“流程”", "“平台”"]


def test_two_modifier_clauses_ending_in_a_verb_share_the_head():
    """"A 相关、B 需要的 C": the first part ends in a verb, so it names nothing alone."""
    assert parts("群众密切相关、企业迫切需要的公共数据") == ["群众密切相关、企业迫切需要的公共数据"]
    assert parts("金融安全与市场开放的结合点") == ["金融安全与市场开放的结合点"]   # 安全: an
    assert parts("新兴产业和未来产业的布局") == ["新兴产业", "未来产业的布局"]


def test_a_manner_and_verb_after_the_last_member_is_shared():
    """"A、B 和 C 安全运行": the list shares its predicate, one span; "…按时完成" (an adverb)
    does not join the list."""
    assert parts("供水管网、燃气管网和电力设施安全运行") == ["供水管网、燃气管网和电力设施安全运行"]
    assert parts("年度任务、重点工程按时完成") == ["年度任务", "重点工程按时完成"]

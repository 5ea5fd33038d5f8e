"""Purpose-first sentences and norms (extract/aims.py), and the cue rows added with them.

Every sentence here is made up for the test; none is taken from a corpus text.
"""
import pytest

from policykg.extract.claims import read_sentence
from policykg.extract.model import Sentence


def triples(text: str) -> set[tuple]:
    return {(c.subject.label, c.relation, c.object.label)
            for c in read_sentence(Sentence("t", 1, 0, len(text), text))}


def test_the_measure_of_the_main_clause_takes_every_aim():
    got = triples("为促进农产品流通，充分释放乡村消费潜力，根据《农业农村现代化规划》等相关文件，"
                  "我厅制定了《关于发展县域商业的实施方案》。")
    assert {("关于发展县域商业的实施方案", "improves", "农产品流通"),
            ("关于发展县域商业的实施方案", "drives", "乡村消费潜力"),
            ("关于发展县域商业的实施方案", "alignsWith", "相关文件")} <= got


def test_the_topic_of_a_proposal_is_the_measure():
    got = triples("为提升基层治理效能，结合本省实际，现就加强社区服务建设提出如下意见。")
    assert {(s[:6], r, o) for s, r, o in got} == {("加强社区服务", "improves", "基层治理效能")}


def test_a_modal_main_clause_names_the_measure():
    got = triples("为增强粮食安全保障能力，必须完善耕地保护制度。")
    assert ("耕地保护制度", "improves", "粮食安全保障能力") in got


def test_a_purpose_without_a_cue_verb_and_a_condition_give_nothing():
    assert triples("为做好春耕工作，根据天气情况，制定本方案。") == set()


def test_a_norm_clause_alone_gives_alignment_with_the_measure():
    got = triples("按照国家有关规定，制定本办法。")
    assert ("本办法", "alignsWith", "国家有关规定") in got


def test_a_principle_one_acts_in_the_spirit_of_is_a_norm():
    got = triples("本着统筹兼顾原则，稳步调整林地补偿标准。")
    assert ("林地补偿标准", "alignsWith", "统筹兼顾原则") in got


def test_a_norm_after_a_clause_of_its_own_still_opens_the_next_measure():
    got = triples("各县应当总结试点经验，按照省级技术规范，完善农田灌溉设施。")
    assert ("农田灌溉设施", "alignsWith", "省级技术规范") in got


def test_a_shared_relational_head_keeps_the_coordination_whole():
    got = triples("以数字技术推动制造业和服务业深度融合。")
    assert got == {("数字技术", "drives", "制造业和服务业深度融合")}


def test_the_guidance_a_thing_follows():
    assert ("乡村振兴", "alignsWith", "农民需求") in triples("坚持乡村振兴以农民需求为导向。")
    got = triples("党的创新理论是推进乡村全面振兴的根本遵循。")
    assert got == {("乡村全面振兴", "alignsWith", "党的创新理论")}


def test_near_synonyms_of_drives_and_a_modifier_cue():
    assert ("气候变化", "drives", "极端天气") in triples("气候变化导致极端天气。")
    assert ("技术进步", "drives", "产业分工调整") in triples("每一轮技术进步都会引发产业分工调整。") \
        or ("每一轮技术进步", "drives", "产业分工调整") in triples("每一轮技术进步都会引发产业分工调整。")
    assert ("龙头企业", "drives", "协同创新") in triples("鼓励龙头企业主导的协同创新。")


def test_imperatives_before_a_modal_clause_are_its_aims():
    got = triples("实施乡村振兴战略，必须健全城乡融合发展机制。")
    assert ("城乡融合发展机制", "supports", "乡村振兴战略") in got


def test_a_modal_before_a_noun_phrase_keeps_the_whole_measure():
    got = triples("推进乡村全面振兴，需要城市资本和乡村资源相结合。")
    assert ("城市资本和乡村资源相结合", "drives", "乡村全面振兴") in got   # the aim's verb
    assert ("城市资本", "alignsWith", "乡村资源") in got


def test_a_cause_stated_with_zai_yu_points_back():
    assert ("人才支撑", "drives", "产业兴旺") in triples("产业兴旺关键在于人才支撑。")
    assert triples("产业兴旺，源于人才支撑。") == set() or all(
        o != "人才支撑" for _, _, o in triples("产业兴旺，源于人才支撑。"))


def test_a_copula_head_with_a_modifier_and_a_trailing_adverb():
    got = triples("数据要素越来越成为提升企业竞争力的关键因素。")
    assert got == {("数据要素", "improves", "企业竞争力")}


def test_a_title_is_never_split_and_a_speech_verb_has_no_subject():
    got = triples("《关于数据和算力协同发展的意见》推动数据要素流通。")
    assert got == {("关于数据和算力协同发展的意见", "drives", "数据要素流通")}
    assert triples("会议明确提出推动数据要素流通。") == set()


def test_a_means_word_inside_an_object_is_no_means():
    got = triples("提高垃圾分类和资源化利用水平，促进循环经济发展。")
    assert not any(s == "水平" for s, _, _ in got)


def test_modifier_cues_before_the_modified_noun():
    assert ("大数据", "supports", "治理模式") in triples("推广基于大数据的治理模式。")
    assert triples("发展以算力为支撑的数字经济。") == {("算力", "supports", "数字经济")}
    assert triples("营造有利于青年创业的社会环境。") == {("社会环境", "supports", "青年创业")}
    assert triples("清理束缚中小企业融资的各类隐性门槛。") == {
        ("各类隐性门槛", "hinders", "中小企业融资")}
    assert triples("健全与产业需求相适应的人才培养机制。") == {
        ("人才培养机制", "alignsWith", "产业需求")}
    assert triples("依托平台实现要素的自由流动。") == set() or not any(
        r == "supports" and o == "自由流动" for _, r, o in triples("依托平台实现要素的自由流动。"))


def test_modifier_cues_with_a_cue_verb_or_a_list_inside():
    # "有利于提高 Y 的 X": the inner cue verb gives the relation
    assert triples("建立有利于提高创新能力的机制。") == {("机制", "improves", "创新能力")}
    # members joined by 、 inside the modifier are each a cause
    assert triples("完善基于信用、风险的分类监管制度。") == {
        ("信用", "supports", "分类监管制度"), ("风险", "supports", "分类监管制度")}


def test_a_thing_brought_about_by_its_cause():
    assert triples("新业态由数字技术催生。") == {("数字技术", "drives", "新业态")}
    assert triples("城市体系由三个部分构成。") != {("三个部分", "drives", "城市体系")}


def test_importance_and_ability_words_end_no_span():
    assert triples("数字基础设施对于推动产业升级至关重要。") == {
        ("数字基础设施", "drives", "产业升级")}
    assert ("数字技术", "improves", "生产效率") in triples("数字技术不仅能提升生产效率。")
    assert ("政府", "drives", "智慧社区建设") in triples("地方政府自上而下推动智慧社区建设。") or (
        "地方政府", "drives", "智慧社区建设") in triples("地方政府自上而下推动智慧社区建设。")


@pytest.mark.parametrize("text, expected", [
    ("针对小微企业贷款难问题，建立政府性融资担保机制。",
     ("政府性融资担保机制", "mitigates", "小微企业贷款难问题")),
    ("针对食品安全风险，完善抽检监测制度。", ("抽检监测制度", "mitigates", "食品安全风险")),
])
def test_a_measure_aimed_at_a_problem_mitigates_it(text, expected):
    # guideline 8: "针对 Y 建立/制定 X" (cues.tsv aim-target: Y ends with a problem head)
    assert expected in triples(text)


def test_a_measure_aimed_at_a_group_mitigates_nothing():
    assert not any(r == "mitigates" for _, r, _ in triples("针对高校毕业生，开设创业培训课程。"))


def test_bare_imperatives_after_an_aim_are_its_measures_not_further_aims():
    got = triples("为促进居民增收，壮大特色种植产业，发展家庭农场和合作社，培养技能人才。")
    assert {("特色种植产业", "improves", "居民增收"), ("家庭农场", "improves", "居民增收"),
            ("合作社", "improves", "居民增收"), ("技能人才", "improves", "居民增收")} <= got
    assert ("技能人才", "improves", "特色种植产业") not in got


def test_a_stated_main_clause_still_takes_the_further_aims():
    got = triples("为促进居民增收，壮大特色种植产业，我局制定了《乡村产业发展方案》。")
    assert {("乡村产业发展方案", "improves", "居民增收"),
            ("乡村产业发展方案", "improves", "特色种植产业")} <= got


def test_the_key_lies_in_opens_the_measure_of_a_purpose_first_sentence():
    assert triples("推动乡村振兴，关键在于深化农村改革。") == {("农村改革", "drives", "乡村振兴")}
    assert triples("推动乡村振兴，关键在于深化改革。") == {("深化改革", "drives", "乡村振兴")}

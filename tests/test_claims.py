"""Claims from the cue table: one hand-made sentence per frame, plus the seed's gold score."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from policykg.extract.claims import extract_claims, read_sentence
from policykg.extract.model import RELATIONS, Document, Sentence
from policykg.extract.pipeline import extract_text

from conftest import GOLD, SHARED


def triples(text: str, with_role: bool = False) -> set[tuple]:
    """(subject text, relation, object text[, role]) of one sentence."""
    out = set()
    for c in read_sentence(Sentence("t", 1, 0, len(text), text)):
        out.add((c.subject.text, c.relation, c.object.text) + ((c.role,) if with_role else ()))
    return out


@pytest.mark.parametrize("text, expected", [
    ("数字技术推动产业升级。", {("数字技术", "drives", "产业升级")}),
    ("以政府投资撬动民间投资。", {("政府投资", "drives", "民间投资")}),
    ("职业技能培训增进了民生福祉。", {("职业技能培训", "improves", "民生福祉")}),
    ("就业政策促进了消费增长。", {("就业政策", "improves", "消费增长")}),
    ("人才短缺制约了企业创新。", {("人才短缺", "hinders", "企业创新")}),
    ("数字监管避免了重复检查。", {("数字监管", "mitigates", "重复检查")}),
    ("现代农业体系包括种植业、畜牧业和渔业。", {
        ("现代农业体系", "hasPart", "种植业"), ("现代农业体系", "hasPart", "畜牧业"),
        ("现代农业体系", "hasPart", "渔业")}),
    ("园区规划与国土空间规划相衔接。", {("园区规划", "alignsWith", "国土空间规划")}),
    ("人才政策为科技创新提供有力支撑。", {("人才政策", "supports", "科技创新")}),
    ("以数据要素驱动农业现代化。", {("数据要素", "drives", "农业现代化")}),
    ("数字平台是推动乡村振兴的重要载体。", {("数字平台", "drives", "乡村振兴")}),
    ("交通网络是区域发展的基础。", {("交通网络", "supports", "区域发展")}),
    ("农业增产依赖于水利设施的完善。", {("水利设施的完善", "supports", "农业增产")}),
    ("城市扩张是人口集聚的结果。", {("人口集聚", "drives", "城市扩张")}),
    ("各地建立需求驱动的研发体系。", {("需求", "drives", "研发体系")}),
    ("农村地区面临人口外流、设施老化等挑战。", {
        ("农村地区", "hinders", "人口外流"), ("农村地区", "hinders", "设施老化")}),
    ("该体系由监测网络和预警平台构成。", {
        ("该体系", "hasPart", "监测网络"), ("该体系", "hasPart", "预警平台")}),
    ("物流网络的完善使农产品进城更加便利。",
     {("物流网络的完善", "drives", "农产品进城更加便利")}),
    ("以数字技术支撑引领乡村治理。",                 # two cue verbs share the object
     {("数字技术", "supports", "乡村治理"), ("数字技术", "drives", "乡村治理")}),
    # guideline 8's near-synonyms: 补强/做强/壮大 improve, 限制 hinders, 兼容 aligns
    ("龙头企业补强产业链短板。", {("龙头企业", "improves", "产业链短板")}),
    ("行政壁垒限制商品自由流通。", {("行政壁垒", "hinders", "商品自由流通")}),
    ("政务终端兼容国产操作系统。", {("政务终端", "alignsWith", "国产操作系统")}),
    ("普惠金融造福小微企业。", {("普惠金融", "supports", "小微企业")}),
    ("外包服务机构遵守保密协议。", {("外包服务机构", "alignsWith", "保密协议")}),
    ("统一采购减少了重复采购支出。", {("统一采购", "mitigates", "重复采购支出")}),   # 减少, as 降低
    # "Y 所需的 X": X supports Y (a backward modifier row); a verb before Y is no part of it
    ("乡村振兴所需的人才不断汇聚。", {("人才", "supports", "乡村振兴")}),
    ("购置山区学校教学所需的实验器材。", {("实验器材", "supports", "山区学校教学")}),
    # "Y 需要 X": X supports Y; before a verb 需要 is a modal and claims nothing itself
    ("乡村振兴需要人才支撑。", {("人才支撑", "supports", "乡村振兴")}),
    ("各地需要因地制宜推进改革。", set()),
    ("我们需要加强科技创新。", {("我们", "improves", "科技创新")}),
    ("县域商业的繁荣关键取决于物流成本。",           # 关键 belongs to the cue
     {("物流成本", "supports", "县域商业的繁荣")}),
    ("社区食堂的开办让独居老人都能吃上热饭。",      # the clause object keeps its adverb
     {("社区食堂的开办", "drives", "独居老人都能吃上热饭")}),
])
def test_frames(text, expected):
    assert triples(text) == expected


def test_enumeration_members_are_kinds_of_the_head():
    assert triples("支持光伏、风电、氢能等清洁能源产业。") == {
        ("光伏", "broader", "清洁能源产业"), ("风电", "broader", "清洁能源产业"),
        ("氢能", "broader", "清洁能源产业")}


def test_an_enumeration_as_cause_uses_its_head():
    got = triples("通过直播、社区团购等新型零售模式，提升农产品销量。")
    assert ("新型零售模式", "improves", "农产品销量") in got
    assert not any(s == "直播" and r == "improves" for s, r, _ in got)


def test_coordination_distributes_over_means_and_effects():
    got = triples("通过税收减免、融资担保和技术培训，提升企业活力和就业质量。", with_role=True)
    assert got == {(m, "improves", e, "means") for m in ("税收减免", "融资担保", "技术培训")
                   for e in ("企业活力", "就业质量")}


def test_means_and_agent_both_take_the_verb():
    got = triples("开发区通过引进人才和优化服务，提升创新能力和产出效率。", with_role=True)
    assert got == {(x, "improves", e, role)
                   for x, role in (("引进人才", "means"), ("优化服务", "means"),
                                   ("开发区", "agent"))
                   for e in ("创新能力", "产出效率")}


def test_yi_wei_zhuashou_frame_carries_to_the_next_clause():
    assert triples("以产业园区为抓手，带动县域经济发展和农民增收。") == {
        ("产业园区", "drives", "县域经济发展"), ("产业园区", "drives", "农民增收")}


def test_dimensions_and_former_latter():
    got = triples("乡村治理可从自治与法治两个维度理解：前者体现为村民议事，后者体现为依法调解。")
    assert got == {("乡村治理", "hasPart", "自治"), ("乡村治理", "hasPart", "法治"),
                   ("自治", "hasPart", "村民议事"), ("法治", "hasPart", "依法调解")}


def test_an_important_content_of_y_is_a_part_of_y():
    # guideline 8 hasPart: "X 是 Y 的重要内容" (cues.tsv copula-part, no longer copula-carrier)
    assert triples("农村人居环境整治是乡村振兴的重要内容。") == {("乡村振兴", "hasPart", "农村人居环境整治")}


def test_the_core_content_inside_a_modifier_is_a_part_of_the_head():
    # cues.tsv premod-yi-part: "以 A、B 为核心内容的 Y" -> Y hasPart A, B; the head ends at 占
    got = triples("以绿色建筑、绿色交通为核心内容的低碳城市占全省城市的比重超过一半。")
    assert got >= {("低碳城市", "hasPart", "绿色建筑"), ("低碳城市", "hasPart", "绿色交通")}


def test_types_a_thing_divides_into_are_its_kinds():
    # cues.tsv dims-kinds (backward): "X 分为 A、B 两种类型" -> A, B —broader→ X, not parts
    assert triples("农业保险一般分为政策性和商业性两种类型。") == {
        ("政策性", "broader", "农业保险"), ("商业性", "broader", "农业保险")}


def test_bare_imperative_and_creation_verb_give_nothing():
    assert triples("加快关键核心技术攻关步伐。") == set()
    assert triples("建设一批数字化车间。") == set()


def test_cue_inside_a_title_is_not_a_claim():
    assert triples("省政府印发《关于促进平台经济发展的意见》。") == set()


def test_labels_normalise_aliases_and_demonstratives():
    s = "该政策推动了“AI”应用。"
    (c,) = read_sentence(Sentence("t", 1, 0, len(s), s))
    assert (c.subject.text, c.subject.label) == ("该政策", "政策")
    assert c.object.text == "“AI”应用" and c.object.label == "AI应用"
    (c,) = read_sentence(Sentence("t", 1, 0, 7, "AI赋能制造业。"))
    assert (c.subject.text, c.subject.label, c.subject.category) == ("AI", "人工智能", "technology")


def test_claims_keep_surface_text_and_document_offsets():
    text = "关于产业的说明\n第一段文字不含线索。\n数字技术推动产业升级，人才短缺制约了企业创新。\n"
    ex = extract_text(text, "doc", "doc.txt")
    assert {(c.subject.text, c.relation, c.object.text) for c in ex.claims} == {
        ("数字技术", "drives", "产业升级"), ("人才短缺", "hinders", "企业创新")}
    for c in ex.claims:
        for m in (c.subject, c.object):
            assert text[m.start:m.end] == m.text
        assert c.relation in RELATIONS and c.pattern


def test_heading_that_states_a_claim_yields_it_and_title_does_not():
    text = "以数字技术推动产业升级\n（一）以科技创新引领产业升级\n各地要抓好落实。\n"
    ex = extract_text(text, "doc", "doc.txt")
    sents = {s.index: s for s in ex.sentences}
    got = {(c.subject.text, c.relation, c.object.text, sents[c.sentence].heading)
           for c in ex.claims}
    assert got == {("科技创新", "drives", "产业升级", True)}


def test_extraction_is_deterministic(corpus_dir):
    text = (corpus_dir / "guidance_2022_beijing_data_zones.txt").read_text(encoding="utf-8")
    a = extract_text(text, "g", "g.txt").claims
    b = extract_text(text, "g", "g.txt").claims
    assert a == b and a


def test_extract_claims_skips_sentences_without_cues():
    text = "今天天气晴朗，微风。"
    doc = Document("t", "t.txt", text)
    assert extract_claims(doc, (Sentence("t", 1, 0, len(text), text),), ()) == ()


def test_seed_claims_reach_the_gold_target(seed_graph_path):
    """The bundled article, scored by the shared scorer against its gold annotations."""
    gold = GOLD / "seed_smart_city_nqpf.gold.jsonl"
    scorer = SHARED / "tools" / "score.py"
    if not gold.exists() or not scorer.exists():
        pytest.skip("gold annotations or scorer not found")
    res = subprocess.run([sys.executable, str(scorer), str(gold), str(seed_graph_path), "--json"],
                         capture_output=True, text=True, check=True)
    precision, recall, f1 = json.loads(res.stdout)["claims_lenient"]
    assert f1 >= 0.75, (precision, recall, f1)


def test_demonstratives_take_the_antecedent_label():
    text = "说明\n省里出台了人才引进政策。该政策推动了出口增长。\n"
    (c,) = extract_text(text, "d", "d.txt").claims
    assert (c.subject.text, c.subject.label) == ("该政策", "人才引进政策")
    assert text[c.subject.start:c.subject.end] == "该政策"


@pytest.mark.parametrize("text", [
    "强化科技攻关，继续实施人才计划和品牌工程，加强质量监管。",
    # "推动落实 Y": a result cue before a task verb (phrase_words verb) is one more task
    "健全基层医疗服务网络，推动落实家庭医生签约制度。",
])
def test_task_clauses_in_sequence_do_not_chain(text):
    """Imperatives in a row are parallel tasks: no object becomes the next verb's subject."""
    assert triples(text) == set()


@pytest.mark.parametrize("text, expected", [
    # a result cue after a manner verb that is the predicate itself (guideline 7)
    ("统筹城乡规划，推动产业园区融合发展。", {("城乡规划", "drives", "产业园区融合发展")}),
    ("统筹电力调度和储能建设，促进新能源消纳。",
     {("电力调度", "improves", "新能源消纳"), ("储能建设", "improves", "新能源消纳")}),
    # 实现 states the result of a chain, though alone it needs a means
    ("完善数据共享机制，实现数据高效流通。", {("数据共享机制", "drives", "数据高效流通")}),
    # a preposition the dictionary reads inside a noun ("用能") does not make it a clause
    ("提高工业用能效率，推动制造业绿色转型。", {("工业用能效率", "drives", "制造业绿色转型")}),
    # after a stated subject the last clause's driven result links back to the nearest one
    ("我省坚持系统观念，深化开发区体制改革，完善特色产业配套体系，推动县域经济迈上新台阶。",
     {("特色产业配套体系", "drives", "县域经济迈上新台阶")}),
    # 重点 before the verb is a manner (phrase_words), not the verb whose object follows
    ("重点完成灌区骨干渠系改造，推动节水灌溉面积稳步扩大。",
     {("灌区骨干渠系改造", "drives", "节水灌溉面积稳步扩大")}),
    # a deadline opening a clause ("年底前完成 X") leaves it a bare imperative of the chain
    ("建立农机作业调度平台，年底前完成设备联网改造，实现作业数据实时回传。", {("设备联网改造", "drives", "作业数据实时回传")}),
])
def test_result_clause_links_back_to_the_chain(text, expected):
    assert triples(text) == expected


def test_a_built_object_or_a_result_verb_chains():
    assert ("监测体系", "improves", "应急处置能力") in {
        (s.replace("数据驱动的", ""), r, o) for s, r, o in
        triples("构建数据驱动的监测体系，提升应急处置能力。")}
    assert triples("完善社区服务机制，确保养老服务供给充足。") == {
        ("社区服务机制", "supports", "养老服务供给充足")}
    assert triples("开展乡村医疗试点，为偏远地区居民提供诊疗服务。") == {
        ("乡村医疗试点", "supports", "偏远地区居民")}
    # guideline 7 (v2): the last clause's cue states the result of the measure before it
    assert triples("实施技术改造工程，促进产品全面升级。") == {
        ("技术改造工程", "improves", "产品全面升级")}


def test_enumeration_after_coordinated_verbs_keeps_only_the_objects():
    assert triples("认真分析和准确把握市场需求、技术路线、人才储备等关键因素。") == {
        ("市场需求", "broader", "关键因素"), ("技术路线", "broader", "关键因素"),
        ("人才储备", "broader", "关键因素")}


def test_enumeration_before_an_action_noun_gives_no_broader():
    # guideline 4: "A、B 等 + an action noun" names no kind; a noun head before it still does
    assert triples("深化航运、港口等改革。") == set()
    assert triples("保障钢材、水泥等高效供给。") == set()
    assert not any(r == "broader" for _, r, _ in triples("引导民宿、农家乐等健康发展。"))
    assert not any(r == "broader" for _, r, _ in triples("推动冷链物流、快递配送等高质量发展。"))
    assert triples("深化航运、港口等领域改革。") == {
        ("航运", "broader", "领域"), ("港口", "broader", "领域")}


def test_enumeration_head_may_open_with_an_adjective_and_de():
    assert triples("发展冰雪运动、户外露营等新的休闲热点。") == {
        ("冰雪运动", "broader", "新的休闲热点"), ("户外露营", "broader", "新的休闲热点")}


def test_enumeration_head_ends_before_an_adjective_and_a_verbal_noun():
    # "等新业态健康发展": 健康发展 is what the kind does, not part of its name
    got = triples("促进直播电商、即时零售等新模式健康发展。")
    assert {("直播电商", "broader", "新模式"), ("即时零售", "broader", "新模式")} <= got


def test_a_generation_word_stays_in_its_member():
    # segment_words 新一代 (b): jieba tags it t, a time word no member holds
    got = triples("新一代储能、智能电网等新兴领域加快发展。")
    assert ("新一代储能", "broader", "新兴领域") in got
    # segment_words 增信 (n): "融资增信" is one member, not 信 after the verb 增
    assert ("融资增信", "broader", "配套措施") in triples("完善融资增信、风险补偿等配套措施。")


def test_a_listed_action_alone_is_a_member():
    # "汇聚、整合、开发利用等环节": 开发利用 opens with a verb word, yet stands alone as a member
    got = triples("规范数据采集、整合、开发利用等环节。")
    assert {("整合", "broader", "环节"), ("开发利用", "broader", "环节")} <= got


def test_a_stated_member_keeps_its_adverb():
    # "A 效率不高、B 不足等问题": each member is a noun and its predicate, the adverb inside
    got = triples("解决基层服务效率不高、服务能力相对薄弱等问题。")
    assert {("基层服务效率不高", "broader", "问题"), ("服务能力相对薄弱", "broader", "问题")} <= got


def test_enumeration_of_titled_works_under_a_quoted_head():
    assert triples("话剧《雷雨》、电影《我的父亲母亲》等“经典作品”广受欢迎。") == {
        ("话剧《雷雨》", "broader", "“经典作品”"),
        ("电影《我的父亲母亲》", "broader", "“经典作品”")}


def test_enumeration_member_may_hold_a_cue_verb_inside_a_verbal_noun():
    got = triples("积极推广课程设置优化调整、巡回教学模式等试点经验。")
    assert ("课程设置优化调整", "broader", "试点经验") in got
    assert ("巡回教学模式", "broader", "试点经验") in got


@pytest.mark.parametrize("text", [
    "研发投入强度从2.5%提高到3.1%左右。",
    "财政资金支持技改项目比重分别为85.2%、60.1%。",
    "每年支持一批技术改造良好的企业。",
    "乡村振兴提升战略扎实推进。",
])
def test_values_times_and_named_strategies_are_no_claims(text):
    assert triples(text) == set()


def test_the_one_a_pivot_verb_guides_is_the_subject():
    assert triples("有序引导企业优化海外布局。") == {("企业", "improves", "海外布局")}


def test_a_result_cue_does_not_chain_from_a_clause_object():
    """"引导 A 在 B 落户, 为 C 提供": the clause before ends in a verb, so it names no thing."""
    got = triples("引导龙头企业在园区落户，为中小企业提供技术服务。")
    assert not any("落户" in s for s, _, _ in got)


@pytest.mark.parametrize("text", [
    "适当提高粮食最低收购价。",
    "主动对接国际通行规则。",
    "有效提升服务能力、防范化解金融风险、改善社会预期。",
])
def test_manners_listed_actions_and_verb_phrases_are_no_subjects(text):
    assert triples(text) == set()


def test_a_verb_with_its_object_is_no_topic():
    assert triples("统筹治理水土流失、河道淤积等突出问题，加强对河湖岸线的规范和管理。") == {
        ("水土流失", "broader", "突出问题"), ("河道淤积", "broader", "突出问题")}


def test_titles_side_by_side_are_members_of_the_head():
    got = triples("根据《数字乡村发展规划》《关于加强农业数据建设的意见》等相关政策文件，制定本方案。")
    assert {(s, r) for s, r, _ in got} == {("《数字乡村发展规划》", "broader"),
                                          ("《关于加强农业数据建设的意见》", "broader"),
                                          ("本方案", "alignsWith")}   # 根据 + a norm
    assert all(o.startswith("相关政策") for _, _, o in got)


def test_part_of_a_whole_and_kinds_of_types():
    got = triples("农业数据库作为省农业平台的重要组成部分，一般分为种植类、养殖类及综合类三种类型。")
    assert ("省农业平台", "hasPart", "农业数据库") in got
    assert {(x, "broader", "农业数据库") for x in ("种植类", "养殖类", "综合类")} <= got


def test_coordinated_modifiers_of_one_head_do_not_distribute():
    assert triples("形成城乡和区域要素流通融合体系，激发市场主体活力。") == {
        ("城乡和区域要素流通融合体系", "drives", "市场主体活力")}


@pytest.mark.parametrize("text, expected", [
    # a list joined to one more thing by 与 and a joining head ("…与 C 深度融合"): one relation
    ("政策促进物联网、北斗导航、遥感监测与现代农业深度融合。",
     {("政策", "improves", "物联网、北斗导航、遥感监测与现代农业深度融合")}),
    # a movement towards coordinated ends (phrase_words direction 向): one span
    ("政策推动县域商贸向便利和品质发展。", {("政策", "drives", "县域商贸向便利和品质发展")}),
])
def test_joinings_and_movements_stay_whole(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    "深化医疗改革，以患者为中心改善就医体验。",
    "把社会救助保障网络织密扎牢。",
])
def test_a_verb_after_an_unused_frame_word_has_no_subject(text):
    assert triples(text) == set()


def test_disposal_with_a_copula_keeps_its_subject():
    assert ("数字乡村", "drives", "农业现代化") in triples(
        "进而将数字乡村打造为推动农业现代化的重要节点。")


def test_enumeration_of_verbal_members_under_a_verb_and_generic_head():
    assert triples("加强数据采集、模型训练、应用开发等支撑能力。") == {
        ("数据采集", "broader", "支撑能力"), ("模型训练", "broader", "支撑能力"),
        ("应用开发", "broader", "支撑能力")}


def test_enumeration_head_drops_a_leading_quantifier():
    got = triples("辐射到能源、交通、医疗等更多实体经济行业。")
    assert {o for _, _, o in got} == {"实体经济行业"}
    assert {s for s, _, _ in got} == {"能源", "交通", "医疗"}


@pytest.mark.parametrize("text", [
    "高质量推动基本公共服务一体化。",
    "稳妥有序化解中小金融机构风险。",
    "各类矛盾纠纷化解在基层、消除在萌芽。",
    "打造了一批标志性引领性成果。",
    "第一时间成立专班、出台10条举措。",
])
def test_manners_places_and_suffixed_cues_give_no_claim(text):
    assert triples(text) == set()


def test_the_subject_stands_before_a_run_of_verbs():
    assert triples("政府积极引导推动企业转型。") == {("政府", "drives", "企业转型")}


def test_a_manner_joined_by_er_is_no_topic():
    assert triples("顺势而变、主动作为，更好推动质量变革。") == set()


def test_a_relation_between_two_parties_stays_whole():
    got = triples("依托专项行动，加强银行与科技企业间双向推介、深度对接。")
    assert not any(o == "银行" for _, _, o in got)


def test_the_object_of_a_leading_cue_is_the_subject_of_the_next():
    assert triples("确保最终方案符合群众意愿。") == {("最终方案", "alignsWith", "群众意愿")}


def test_a_cue_inside_the_object_of_a_task_verb_is_a_relative_clause():
    assert triples("完善促进农民持续增收的政策措施。") == {("政策措施", "improves", "农民持续增收")}


def test_a_cue_right_after_a_creation_verb_is_a_relative_clause():
    # "建立/构建" are creation cues with a means; the cue after them opens the built thing
    assert triples("建立支持小微企业的信贷体系。") == {("信贷体系", "supports", "小微企业")}
    assert triples("构建涵盖种植、加工、销售的产业链条。") >= {
        ("产业链条", "hasPart", "种植"), ("产业链条", "hasPart", "销售")}
    assert not any(r == "supports" for _, r, _ in triples("支持建立一批线上线下结合的体验中心。"))


@pytest.mark.parametrize("text, member, head", [
    ("培育壮大直播电商等新业态。", "直播电商", "新业态"),
    ("促进“技术人才”等核心要素双向流动。", "“技术人才”", "核心要素"),
])
def test_a_single_member_bounded_by_a_verb_is_a_kind_of_the_head(text, member, head):
    assert triples(text) == {(member, "broader", head)}


@pytest.mark.parametrize("text, expected", [
    # a copula head joined without 的 by an adjective, and a second head after 、
    ("新能源产业成为工业增长新引擎、对外贸易新动能。",
     {("新能源产业", "supports", "工业增长"), ("新能源产业", "supports", "对外贸易")}),
    ("职业教育是产业升级的重要支撑、技能社会的坚实基础。",
     {("职业教育", "supports", "产业升级"), ("职业教育", "supports", "技能社会")}),
])
def test_copula_heads_without_de_and_in_a_list(text, expected):
    assert triples(text) == expected


def test_a_deictic_owner_is_not_cut_out_of_a_word_that_opens_with_it():
    (c,) = extract_text("该机制为其他城市提供借鉴。", "d", "d.txt").claims
    assert c.object.label == "其他城市"


@pytest.mark.parametrize("text, expected", [
    # a later result takes the result clause before it as its cause ...
    ("培育数字产业，提升全要素生产率，为经济增长注入动能。",
     {("数字产业", "improves", "全要素生产率"), ("全要素生产率", "supports", "经济增长")}),
    # ... but what a measure prevents is the measure's, not the state it ensures
    ("加强数据安全管理，确保数据合规使用，防止数据泄露。",
     {("数据安全管理", "supports", "数据合规使用"), ("数据安全管理", "mitigates", "数据泄露")}),
])
def test_results_in_a_chain(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "A 和 B 相结合" aligns A with B and stays one span for the claim it enters
    ("坚持市场调节和政府引导相结合，促进区域经济协调发展。",
     {("市场调节", "alignsWith", "政府引导"),
      ("市场调节和政府引导相结合", "improves", "区域经济协调发展")}),
    # a lexicon term that opens with a manner word (有效) is a thing, not a verb phrase
    ("坚持有效市场和有为政府相结合。", {("有效市场", "alignsWith", "有为政府")}),
    # two verb phrases combined: each side is a concept (a set phrase tagged l included)
    ("坚持扩大就业与稳定物价相结合。", {("扩大就业", "alignsWith", "稳定物价")}),
    ("坚持深化改革与扩大开放相结合。", {("深化改革", "alignsWith", "扩大开放")}),
    ("推进区域协调与城乡融合相协同。", {("区域协调", "alignsWith", "城乡融合")}),
    # the object of a verb before the frame is a side whole, verbs inside a name included
    ("市商务局应当实现县级信息采集处理平台与省级平台无缝对接。",
     {("县级信息采集处理平台", "alignsWith", "省级平台")}),
    # a manner phrase is no side of the combination
    ("积极主动与国际规则相衔接。", set()),
])
def test_combination_heads(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a benchmark (cue2 * in cues.tsv) needs no norm head; 对标 is a word of segment_words.tsv
    ("对标国际一流水平，完善营商环境评价体系。",
     {("营商环境评价体系", "alignsWith", "国际一流水平")}),
    ("对照任务清单，梳理工作措施。", {("工作措施", "alignsWith", "任务清单")}),
    # every coordinated norm that ends with a norm head, a head inside a longer word included
    ("依据国家技术规范和行业标准，完善地方实施细则。",
     {("地方实施细则", "alignsWith", "国家技术规范"), ("地方实施细则", "alignsWith", "行业标准")}),
    # 为 Y 指明 (方向); the literary 之 before a copula head, and a second head after 、
    ("这一思想为乡村振兴指明了方向。", {("这一思想", "supports", "乡村振兴")}),
    ("人才是创新之本、发展之源。", {("人才", "supports", "创新"), ("人才", "supports", "发展")}),
    # a list before one literary head: each member
    ("教育是强国建设、民族复兴之基。",
     {("教育", "supports", "强国建设"), ("教育", "supports", "民族复兴")}),
])
def test_benchmarks_norms_and_literary_heads(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause that is only a noun phrase is the subject of the copula that opens the next
    ("数据安全和网络安全，是数字政府的重要保障。",
     {("数据安全", "supports", "数字政府"), ("网络安全", "supports", "数字政府")}),
    ("专家认为：“人工智能，是产业升级的催化剂。",
     {("人工智能", "supports", "产业升级")}),
    # a clause with a verb of its own is no such subject
    ("数字技术具有很强的渗透性，是推动产业变革的先导力量。", set()),
    # a sentence opened by a verb that is no cue and its object (after a list marker too)
    ("（四）扩大高水平对外开放，是构建人类命运共同体的重要举措。",
     {("扩大高水平对外开放", "supports", "人类命运共同体")}),
    ("推进乡村振兴，是实现共同富裕的必然要求。", {("推进乡村振兴", "drives", "共同富裕")}),
    # a cue verb's clause is no such subject; nor is a predicate after the sentence's subject
    ("推动高质量发展，是建设现代化国家的必然要求。", set()),
    ("产业体系完备，具有先进性，是高质量发展的重要载体。",
     {("产业体系", "supports", "高质量发展")}),
])
def test_a_bare_noun_phrase_before_a_copula(text, expected):
    got = triples(text)
    assert got == expected if expected else not any(
        t[0].startswith(("数字技术具有", "推动", "高质量发展")) for t in got)


def test_a_main_body_modifier_names_a_part():
    assert ("城市公园体系", "hasPart", "综合公园") in triples("完善以综合公园为主体的城市公园体系。")


@pytest.mark.parametrize("text, expected", [
    # a clause inside the object of a supporting cue states a link of its own
    ("法治保障了市场能够有效服务于实体经济。",
     {("法治", "supports", "市场能够有效服务于实体经济"), ("市场", "supports", "实体经济")}),
])
def test_links_inside_an_object(text, expected):
    assert triples(text) == expected


def test_a_process_sped_up_under_a_means_is_driven_by_it():
    """"以 M 为抓手，…，加快培育 Y": 加快 (guideline 8) gives the means' drives."""
    assert ("数字政府建设", "drives", "新兴产业") in triples(
        "以数字政府建设为抓手，完善服务体系，加快培育新兴产业。")


def test_verbs_joined_by_he_take_the_cue_of_the_second():
    """"培育和带动 Y": the cue verb of the pair; an aim clause before it is no chain's cause."""
    got = triples("为促进数据融合应用，培育和带动数字经济发展，根据相关政策文件，我局制定了本意见。")
    assert ("本意见", "drives", "数字经济发展") in got
    assert not any(t[0].startswith("促进") for t in got)
    assert triples("完善服务体系，培育和带动数字产业发展。") == {("服务体系", "drives", "数字产业发展")}


@pytest.mark.parametrize("text, expected", [
    ("政府推动解决群众就业难题。", {("政府", "mitigates", "群众就业难题")}),
    ("数字技术助力破除信息壁垒。", {("数字技术", "mitigates", "信息壁垒")}),
])
def test_a_removing_cue_after_a_bringing_about_one(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "以 X 促 Y" (促 a cue only after a means); a second 促 ends the first object and
    # takes the same means
    ("以改革促产业升级。", {("改革", "improves", "产业升级")}),
    ("我们要以开放促改革促产业升级。", {("开放", "improves", "改革"), ("开放", "improves", "产业升级")}),
    # a one-character verb is no lever: "以评促改" links nothing
    ("委托第三方机构开展评估，以评促改、以评促优。", set()),
])
def test_a_means_urges_with_cu(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 有利于/有助于 (cues.tsv infix-favour, object verb): supports, or the cue verb after it
    ("数字经济有利于产业升级。", {("数字经济", "supports", "产业升级")}),
    ("数字经济有助于不断提高生产效率。", {("数字经济", "improves", "生产效率")}),
    # the predicates after it share its cause (a verb that is no cue: supports), no chain
    ("发展数字经济，有利于提高生产效率，开展全球性协作，推动产业升级。",
     {("数字经济", "improves", "生产效率"), ("数字经济", "supports", "全球性协作"),
      ("数字经济", "drives", "产业升级")}),
    ("建立双向互动机制，便于各部门监督业务开展情况。",
     {("双向互动机制", "supports", "各部门监督业务开展情况")}),
    # a semicolon closes the scope
    ("发展数字经济，有利于提高生产效率；开展全球性协作。",
     {("数字经济", "improves", "生产效率")}),
])
def test_a_favour_cue_and_the_predicates_it_governs(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a first clause that is only a noun phrase is the topic of the cue after it
    ("数字经济的发展，提高了生产效率。", {("数字经济的发展", "improves", "生产效率")}),
    # the dictionary's noun "全面实施" is a verb: no topic
    ("全面实施数字化行动，以人工智能引领科研范式变革。",
     {("人工智能", "drives", "科研范式变革")}),
    # a verbal noun opening a clause before a noun is its verb ("发展/vn 数字经济"), whose
    # object a favour cue takes; a clause after the last cue is read in the favour's scope
    ("发展数字经济，有利于提高生产效率，开展全球性协作。",
     {("数字经济", "improves", "生产效率"), ("数字经济", "supports", "全球性协作")}),
])
def test_a_noun_topic_and_a_verbal_noun_as_verb(text, expected):
    assert triples(text) == expected


def test_a_system_docked_with_another_aligns_with_it():
    assert triples("市级数据共享平台与国家平台相对接。") == {("市级数据共享平台", "alignsWith", "国家平台")}


@pytest.mark.parametrize("text, expected", [
    # a scope modal (phrase_words scope: 能够, 可以) makes its cue a result of the clause
    # before, and the bare predicates after it share that cause
    ("发展数字经济，可以提高生产效率，增强产业竞争力。",
     {("数字经济", "improves", "生产效率"), ("数字经济", "improves", "产业竞争力")}),
    # a verb that is no cue after the modal opens the scope as well
    ("发挥市场机制作用，既能够调节人力资源的供需平衡，提高人才适配性，也能够创造新岗位，"
     "拓展人力资源配置的广度。",
     {("市场机制作用", "improves", "人才适配性"), ("市场机制作用", "improves", "人力资源配置的广度")}),
])
def test_a_scope_modal_shares_its_cause(text, expected):
    assert triples(text) == expected


def test_an_object_ends_at_a_copula():
    """"X 决定 Y 是 Z": the copula (phrase_words object-stop 是) opens a new predicate."""
    assert triples("市场决定资源配置是市场经济的一般规律。") == {("市场", "drives", "资源配置")}


@pytest.mark.parametrize("text, expected", [
    # 开发/开拓/创造 are creation verbs (a means supports what they make; "开发新" is cut,
    # segment_words.tsv); after an opening means phrase the last result is the means' and
    # its agent's, even where the means' scope ran out, and no chain from the object before
    ("企业通过技术创新，开发新产品，开拓新市场，创造新需求，推动产业升级。",
     {("技术创新", "supports", "新产品"), ("技术创新", "supports", "新市场"),
      ("技术创新", "supports", "新需求"), ("技术创新", "drives", "产业升级"),
      ("企业", "drives", "产业升级")}),
    ("通过技术创新，开发新产品，开拓新市场，创造新需求，推动产业升级。",
     {("技术创新", "supports", "新产品"), ("技术创新", "supports", "新市场"),
      ("技术创新", "supports", "新需求"), ("技术创新", "drives", "产业升级")}),
    # "Y 依托 M 开展": M supports Y, also where Y is a noun phrase with 的 and no subject
    ("林下经济的推广依托县级农技站开展。", {("县级农技站", "supports", "林下经济的推广")}),
])
def test_a_means_phrase_and_the_creation_verbs_after_it(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X 面临 Y 挑战": the challenge, head included, hinders X (cues.tsv object head)
    ("数字中国建设仍面临着风险挑战。", {("风险挑战", "hinders", "数字中国建设")}),
    ("乡村振兴面临人才短缺问题。", {("人才短缺问题", "hinders", "乡村振兴")}),
    # a 的 before the head noun still closes the frame (no nominal closer as in "…的衔接")
    ("山区林场面临防火力量不足的困境。", {("防火力量不足的困境", "hinders", "山区林场")}),
    # a second head joined by 和 is one more challenge (cues.tsv cue2 困难)
    ("山区林场面临着用工挑战和困难。",
     {("用工挑战", "hinders", "山区林场"), ("困难", "hinders", "山区林场")}),
    # the longer conjunction first (或者, not 或), whatever the hash seed
    ("山区林场面临用工挑战或者困难。",
     {("用工挑战", "hinders", "山区林场"), ("困难", "hinders", "山区林场")}),
    # listed problems with 等 are what X hinders (the bundled article's reading)
    ("传统城市建设模式也面临资源利用效率低下、环境承载压力攀升等系统性挑战。",
     {("传统城市建设模式", "hinders", "资源利用效率低下"),
      ("传统城市建设模式", "hinders", "环境承载压力攀升")}),
])
def test_a_challenge_faced(text, expected):
    assert triples(text) == expected


def test_a_compound_verb_of_improving_is_one_cue_and_no_part_of_the_object():
    got = triples("改造升级老旧小区供水管网，为沿街商户提供稳定水源。")
    assert ("老旧小区供水管网", "supports", "沿街商户") in got
    assert triples("以智能传感改造升级老旧小区供水管网。") >= {
        ("智能传感", "improves", "老旧小区供水管网")}


@pytest.mark.parametrize("text, pair, actor", [
    ("县教育局要推动中小学排课系统与省级教育平台无缝对接。",
     ("中小学排课系统", "省级教育平台"), "县教育局"),
    ("市卫健委应当实现社区医院信息系统与全市健康档案库级联对接。",
     ("社区医院信息系统", "全市健康档案库"), "市卫健委"),
    ("区县政府要推动产业园区规划与国土空间规划相衔接。",
     ("产业园区规划", "国土空间规划"), "区县政府"),
])
def test_what_is_joined_with_another_is_the_object_of_the_verb_not_the_actor(text, pair, actor):
    got = triples(text)
    assert (pair[0], "alignsWith", pair[1]) in got
    assert not any(s == actor and r == "alignsWith" for s, r, _ in got)


def test_the_actor_drives_the_joining_whole_and_the_joining_is_one_cause():
    got = triples("市政府推动市级规划与省级规划相衔接，提升治理效能。")
    assert ("市政府", "drives", "市级规划与省级规划相衔接") in got
    assert ("市级规划与省级规划相衔接", "improves", "治理效能") in got
    assert not any(o == "市级规划" and r == "drives" for _, r, o in got)


def test_a_cue_inside_one_noun_of_a_list_is_no_verb():
    assert triples("发展智能传感器、数据驱动平台、工业软件。") == set()


def test_a_verbal_noun_before_yu_stays_in_the_subject():
    got = triples("农业数据交易共享与冷链物流带来新的商机。")
    assert {("农业数据交易共享", "drives", "新的商机"), ("冷链物流", "drives", "新的商机")} <= got


def test_a_joining_before_a_cue_is_its_cause():
    got = triples("城市更新与产业升级相结合带动老城区的复兴。")
    assert ("城市更新与产业升级相结合", "drives", "老城区的复兴") in got


@pytest.mark.parametrize("text, expected", [
    # a nominalised verb after 的 ends a noun phrase that opens the sentence as its topic
    ("企业竞争力的提升，关键在于创新能力。", {("创新能力", "drives", "企业竞争力的提升")}),
    # coordinated nominalisations are each a topic
    ("乡村面貌的焕然一新、农民收入的持续增长，根本在于改革开放。",
     {("改革开放", "drives", "乡村面貌的焕然一新"), ("改革开放", "drives", "农民收入的持续增长")}),
    # a modifier the dictionary tags as a verbal noun (教育) still opens a noun phrase
    ("教育改革的纵深推进、教育资源的均衡配置，关键在于制度创新。",
     {("制度创新", "drives", "教育改革的纵深推进"), ("制度创新", "drives", "教育资源的均衡配置")}),
])
def test_nominalised_topics(text, expected):
    assert triples(text) == expected


def test_a_quoted_cue_after_a_verb_of_saying_has_no_speaker_as_cause():
    got = triples("会议明确提出“推动城乡要素双向流动”的工作目标。")
    assert not any("提出" in s or s == "会议" for s, _, _ in got)


def test_a_cue_inside_the_modifier_of_a_proposed_thing_links_the_head():
    # "出台/制定 + cue A 的 Y" (phrase_words propose): Y —rel→ A
    assert ("政策措施", "drives", "产业升级") in triples("制定推动产业升级的政策措施。")


@pytest.mark.parametrize("text, manner", [
    ("因势利导增强城市创新能力。", "因势利导"),       # phrase_words manner
    ("分类施策优化营商环境。", "分类施策"),           # segment_words keeps it one word
    ("因城施策优化住房保障体系。", "施策"),
])
def test_a_manner_idiom_before_a_cue_is_no_subject(text, manner):
    assert not any(manner in s for s, _, _ in triples(text))


@pytest.mark.parametrize("text, expected", [
    ("原料短缺导致效率损失。", ("原料短缺", "drives", "效率损失")),      # head + noun: a claim
    ("新政策能够促进要素有序流动。", ("新政策", "improves", "要素有序流动")),   # after a modal
])
def test_a_generic_head_that_modifies_a_noun_is_the_start_of_the_object(text, expected):
    assert expected in triples(text)


def test_a_cue_before_a_generic_head_alone_is_one_noun_phrase():
    assert not any(r == "drives" for _, r, _ in triples("骨干企业示范带动能力持续增强。"))


@pytest.mark.parametrize("text, expected", [
    ("管理漏洞造成财产损失。", ("管理漏洞", "drives", "财产损失")),
    ("因管理漏洞造成财产损失。", ("管理漏洞", "drives", "财产损失")),   # 因 is no part of it
])
def test_zaocheng_states_a_result(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, expected", [
    ("发展动力主要来自改革创新。", ("改革创新", "drives", "发展动力")),
    ("增收渠道源于特色产业。", ("特色产业", "drives", "增收渠道")),
])
def test_a_verb_before_a_backward_cue_opens_the_effect_not_an_imperative(text, expected):
    assert expected in triples(text)


def test_the_cause_named_after_de_yuanyin_zaiyu():
    # guideline 8: "Y 的原因在于 X" (X -> Y)
    assert ("监管缺位", "drives", "价格虚高") in triples("价格虚高的原因在于监管缺位。")


@pytest.mark.parametrize("text, expected", [
    ("培育更多技能人才，筑牢制造强国的人才根基。", ("技能人才", "supports", "制造强国")),
    ("乡村教师队伍建设夯实乡村振兴根基。", ("乡村教师队伍建设", "supports", "乡村振兴")),
    ("以法治之力厚植营商环境之本。", ("法治之力", "supports", "营商环境")),
])
def test_laying_the_foundation_of_y_supports_y(text, expected):
    # cues.tsv circum-found: the head (根基, 之本 …) and its own modifier (的人才根基) drop
    assert expected in triples(text)


def test_more_is_no_part_of_a_label():
    got = triples("开发更多普惠金融产品，满足小微企业融资需求。")
    assert ("普惠金融产品", "supports", "小微企业融资需求") in got


def test_a_foundation_frame_listed_after_another_action_has_no_subject_of_its_own():
    got = triples("立足发展特色农业、夯实产业根基，带动农民增收。")
    assert not any(r == "supports" and o == "产业" for _, r, o in got)


@pytest.mark.parametrize("text, expected", [
    ("创新驱动的产业体系加快形成。", ("创新", "drives", "产业体系")),
    ("基于大数据的监管平台投入运行。", ("大数据", "supports", "监管平台")),
    ("基于物联网的应急响应机制。", ("物联网", "supports", "应急响应机制")),
])
def test_the_head_after_a_modifier_ends_where_the_predicate_starts(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text", ["各县出台了支持家庭农场发展的办法。", "市政府印发支持家庭农场发展的办法。"])
def test_a_measure_issued_that_does_y_is_the_cause_of_y(text):
    got = triples(text)
    assert ("办法", "supports", "家庭农场发展") in got
    assert not any(s.endswith(("出台", "印发")) for s, _, _ in got)


def test_members_named_as_representatives_are_kinds_of_the_head():
    # guideline 4: "以 A、B 等为代表的 Y"
    got = triples("以智能网联汽车、工业机器人等为代表的高端装备加快发展。")
    assert {("智能网联汽车", "broader", "高端装备"), ("工业机器人", "broader", "高端装备")} <= got


def test_a_cue_before_a_noun_suffix_inside_an_object_is_no_verb():
    # "改善性住房需求": 性 (char_classes nominal-after) makes 改善 a modifier, no embedded claim
    got = triples("完善住房保障制度，满足新市民多样化改善性住房需求。")
    assert not any(r == "improves" for _, r, _ in got)


def test_a_creation_verb_and_jianquan_are_no_part_of_a_label():
    # segment_words cuts 建立健全; phrase_words 健全 create: a label carries no verb
    assert triples("建立健全食品安全追溯制度，保障群众饮食安全。") == {
        ("食品安全追溯制度", "supports", "群众饮食安全")}


def test_a_verb_the_dictionary_tags_as_a_name_opens_no_subject():
    # segment_words 弘扬 (v): jieba tags it nr, and "弘扬 X" read as the speaker of the cue
    got = triples("弘扬科学家精神，推动科技自立自强。")
    assert got == {("科学家精神", "drives", "科技自立自强")}


def test_a_cue_inside_a_service_name_and_a_verb_of_attention_give_no_claim():
    # issue 10's "高度重视 —improves→ 重点群体就业促进服务": segment_words 高度重视 (v) is no
    # subject, and "N 促进服务" is one noun phrase (phrase_words head 服务)
    got = triples("高度重视稳物价，加强退役军人等重点群体创业促进服务。")
    assert not any(r == "improves" for _, r, _ in got)
    assert not any(s == "高度重视" for s, _, _ in got)


def test_a_figure_with_its_qualifier_is_no_concept():
    # "降低2.5%左右": a value (qualifiers.tsv 左右), not the thing reduced
    assert triples("单位产值水耗降低3%左右。") == set()


def test_a_manner_before_a_cue_is_no_cause():
    # phrase_words 大面积 (manner)
    got = triples("推广节水灌溉技术，推动大面积提高玉米单产。")
    assert not any(s == "大面积" for s, _, _ in got)
    assert ("节水灌溉技术", "drives", "大面积提高玉米单产") in got


def test_a_guide_inside_a_modifier_aligns_the_head_with_each_guide():
    # guideline 6 with 8's alignsWith: "以 X 为导向的 Y", the follower Y aligns with X
    got = triples("完善以服务质量、效率为导向的绩效考核办法。")
    assert {("绩效考核办法", "alignsWith", "服务质量"), ("绩效考核办法", "alignsWith", "效率")} <= got
    assert ("科研评价体系", "alignsWith", "国家标准") in triples("健全以国家标准为依据的科研评价体系。")


def test_members_named_as_the_main_body_have_no_head_of_their_own():
    got = triples("构建以国有银行、地方法人银行等为主体的普惠金融体系。")
    assert not any(r == "broader" for _, r, _ in got)


def test_examples_after_ru_are_kinds_of_the_object_before():
    # guideline 4: "Y，如 A、B 等"
    got = triples("发展特色种植业，如茶叶、中药材等。")
    assert {("茶叶", "broader", "特色种植业"), ("中药材", "broader", "特色种植业")} <= got
    assert not any(r == "broader" for _, r, _ in triples("如茶叶、中药材等。"))


@pytest.mark.parametrize("text, expected", [
    ("出台支持农村电商发展政策。", ("支持农村电商发展政策", "supports", "农村电商发展")),
    ("研究制定促进养老托育服务健康发展规划。",
     ("促进养老托育服务健康发展规划", "improves", "养老托育服务健康发展")),
    # an act or document name (phrase_words name-head) that a cue opens, launched by any verb
    ("实施降低企业融资成本行动。", ("降低企业融资成本行动", "mitigates", "企业融资成本")),
    ("健全防范化解债务风险长效机制。", ("防范化解债务风险长效机制", "mitigates", "债务风险")),
    ("开展提升农产品质量三年行动。", ("提升农产品质量三年行动", "improves", "农产品质量")),
])
def test_a_document_issued_that_does_y_without_de(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text", ["落实支持科技创新的税收政策。", "全面落实支持科技创新的税收政策。"])
def test_a_measure_carried_out_that_does_y_is_the_cause_of_y(text):
    # 落实 is a task (phrase_words): "落实 cue A 的 Y" gives Y —rel→ A, as "完善促进 A 的 Y"
    assert triples(text) == {("税收政策", "supports", "科技创新")}


def test_a_name_before_de_is_the_cause_not_the_head_after_it():
    # "抓好支持 A 行动的落实" (抓好 a task): the name 支持 A 行动 supports A; 落实 is no cause
    got = triples("抓好促进农村消费十项行动的落实。")
    assert got == {("促进农村消费十项行动", "improves", "农村消费")}


def test_a_run_of_cues_that_opens_a_name_is_read_once():
    # the second cue of "防范化解" is inside the name: it links nothing to the clause before
    assert triples("实施降低企业融资成本行动，健全防范化解债务风险长效机制。") == {
        ("降低企业融资成本行动", "mitigates", "企业融资成本"),
        ("防范化解债务风险长效机制", "mitigates", "债务风险")}


def test_a_task_verb_before_a_mechanism_opens_no_name():
    # "建立完善 X 机制": 完善 is a task joined to 建立, not the cue of a name
    assert triples("建立完善应急预警通报机制。") == set()


def test_a_cue_glued_to_a_role_noun_is_no_verb_of_its_own():
    got = triples("冷链物流对农产品上行具有促进作用。")
    assert ("冷链物流", "improves", "农产品上行") in got
    assert not any(o == "作用" for _, _, o in got)


@pytest.mark.parametrize("text, expected", [
    ("扩大开放是增强发展活力的必然选择。", ("扩大开放", "improves", "发展活力")),
    ("深化改革是激发市场活力的关键。", ("深化改革", "drives", "市场活力")),
])
def test_a_verb_phrase_is_the_subject_of_a_copula(text, expected):
    # the copula's subject may be an action without adverbs; 发展 + one short noun is one noun
    assert expected in triples(text)


def test_yanjiu_before_a_verb_is_no_subject():
    # "研究推动/研究制定 Y": 研究 leads the verb (phrase_words manner); "基础研究" stays a noun
    assert triples("研究推动扩大养老服务领域开放试点。") == set()
    assert ("基础研究", "drives", "原始创新") in triples("基础研究推动原始创新。")


@pytest.mark.parametrize("text", ["迫切需要强化职业教育对产业的支撑作用。",
                                  "急需强化职业教育对产业的支撑作用。"])
def test_an_urgent_need_is_a_modal_not_a_subject(text):
    # the dictionary tags 迫切需要 and 急需 as nouns; segment_words.tsv makes them verbs
    got = triples(text)
    assert ("职业教育", "supports", "产业") in got
    assert not any(s.endswith(("需要", "急需")) for s, _, _ in got)


def test_a_quantifier_of_a_batch_is_no_part_of_a_label():
    got = triples("出台一系列惠农政策，推动农民增收。")
    assert ("惠农政策", "drives", "农民增收") in got


@pytest.mark.parametrize("text, expected", [
    ("开放合作有助于产业升级。", ("开放合作", "supports", "产业升级")),
    ("协同创新推动产业升级。", ("协同创新", "drives", "产业升级")),
])
def test_a_verb_no_table_knows_and_a_verbal_noun_are_one_subject(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, expected", [
    # "X，应当 V Y": the topic clause before a modal-led second clause is the subject
    ("林区道路的改造，应当带动沿线旅游发展。", {("林区道路的改造", "drives", "沿线旅游发展")}),
    ("乡镇卫生院，必须提升基本诊疗能力。", {("乡镇卫生院", "improves", "基本诊疗能力")}),
    # a modal after clauses of their own: the subject is unknown
    ("山区雨水偏多，河道淤积加重，必须提升防汛调度能力。", set()),
])
def test_a_topic_clause_is_the_subject_of_a_modal_clause(text, expected):
    assert {t for t in triples(text) if t[1] != "broader"} == expected


def test_a_time_opening_a_topic_clause_is_no_part_of_it():
    got = triples("“十四五”时期县域医疗水平的稳步提升，关键在于医联体建设。")
    assert got == {("医联体建设", "drives", "县域医疗水平的稳步提升")}


def test_a_means_inside_a_copula_takes_the_inner_verb():
    # "X 是以 M V Y 的载体": X supports Y, and M takes V's relation to Y
    assert triples("冷链物流体系是以数字化手段推动农产品上行的重要载体。") == {("冷链物流体系", "supports", "农产品上行"),
                                   ("数字化手段", "drives", "农产品上行")}


def test_a_compound_verb_and_a_word_of_manner_open_no_subject():
    """segment_words.tsv 巩固拓展 (one verb, not 巩固 / 拓展 cue); phrase_words.tsv manner 创造性."""
    got = triples("要通过巩固拓展成果、补强短板弱项，为县域经济注入强大动能。")
    assert got == {("巩固拓展成果", "supports", "县域经济"), ("补强短板弱项", "supports", "县域经济")}
    got = triples("创造性推动城乡融合发展。")
    assert not any(s == "创造性" for s, _, _ in got)



def test_a_quoted_head_noun_still_closes_a_copula_frame():
    """char_classes.tsv head-end: "X 是推动 Y 的“N”" reads as "X 是推动 Y 的 N"."""
    assert triples("人才是推动乡村振兴的“加速器”。") == {("人才", "drives", "乡村振兴")}


@pytest.mark.parametrize("text, expected", [
    # a cue of three or more characters is a verb, whatever the object's length
    ("乡村振兴离不开人才。", {("人才", "supports", "乡村振兴")}),
    ("城市的繁荣依赖于产业。", {("产业", "supports", "城市的繁荣")}),
    # after a two-character cue only one glued character makes "N cue H" one noun
    ("人才支撑创新。", {("人才", "supports", "创新")}),
    ("市场决定价格。", {("市场", "drives", "价格")}),
    ("改革激发活力。", {("改革", "drives", "活力")}),
])
def test_a_short_object_after_a_cue_is_a_claim(text, expected):
    """cue_runs.compound: "N cue H" is one noun phrase only for a one-character H."""
    assert triples(text) == expected


def test_a_cue_before_a_colon_takes_the_list_after_it():
    """"X 包括：A、B": the clause after the colon is the cue's object (reader._colon_joined)."""
    assert triples("评估内容包括：年度任务完成情况、专项资金使用情况。") == {
        ("评估内容", "hasPart", "年度任务完成情况"), ("评估内容", "hasPart", "专项资金使用情况")}


def test_a_collective_closing_a_list_names_it():
    """cues.tsv collective: the list's own span is the collective; its first member after a
    colon is the whole first part."""
    got = triples("服务中心包括：县级受理窗口、乡镇代办站点、村级服务点三类站点。")
    assert got == {("服务中心", "hasPart", "三类站点"), ("三类站点", "hasPart", "县级受理窗口"),
                   ("三类站点", "hasPart", "乡镇代办站点"), ("三类站点", "hasPart", "村级服务点")}
    got = triples("园区带动研发、中试和量产三环联动。")
    assert ("园区", "drives", "三环联动") in got


def test_a_cue_repeated_by_its_tail_keeps_its_effect():
    """cues.tsv infix-stems-again (when repeat): "Y，根本在于 A，在于 B" -> B drives Y too;
    a bare 在于 with no such cue before is no claim."""
    got = triples("乡村面貌的焕然一新，根本在于党的领导，在于广大农民的辛勤劳动。")
    assert ("广大农民的辛勤劳动", "drives", "乡村面貌的焕然一新") in got
    assert triples("这项改革的意义在于提高效率。") == set()


def test_a_topic_clause_of_dui_y_de_z_is_the_subject_of_the_next():
    """"X 对 Y 的 Z，也包含 W": the whole noun phrase is the topic, not X alone."""
    got = triples("居民对服务的评价，既包括对窗口效率的评价，也包含对办事环境的评价。")
    assert {s for s, _, _ in got} == {"居民对服务的评价"}


def test_a_beneficiary_before_a_cue_verb_gains_and_is_no_subject():
    """phrase_words.tsv benefactive: "X 为 Y V Z" -> X —V→ Z and X supports Y."""
    assert triples("政府为企业降低融资成本。") == {("政府", "mitigates", "融资成本"),
                                                 ("政府", "supports", "企业")}
    got = triples("通过减税降费等财税手段，可为制造业发展增强内生动力。")
    assert ("财税手段", "improves", "内生动力") in got
    assert ("财税手段", "supports", "制造业发展") in got
    assert not any(s == "制造业发展" for s, _, _ in got)


def test_a_provide_verb_inside_the_object_of_a_cue_is_no_frame():
    """"为 Y 激活 A 的价值创造潜力": 创造 closes no 为…创造 frame; 激活 is the verb."""
    got = triples("通过深化土地制度改革，可为乡村振兴激活农村资源的价值创造潜力。")
    assert ("深化土地制度改革", "supports", "乡村振兴") in got
    assert not any(o.startswith("乡村振兴激活") for _, _, o in got)


def test_what_is_put_into_a_whole_is_its_part():
    """cues.tsv infix-included (object place): "A 纳入 Y" and "将 A 纳入 Y" -> Y hasPart A;
    the place ends before a light verb, and a negated cue states nothing."""
    assert triples("农村公路养护资金纳入县级财政预算。") == {
        ("县级财政预算", "hasPart", "农村公路养护资金")}
    assert triples("市政府将生态补偿资金列入年度预算。") == {("年度预算", "hasPart", "生态补偿资金")}
    assert triples("各区将历史建筑纳入保护名录进行统一管理。") == {("保护名录", "hasPart", "历史建筑")}
    # 载入/写入 a charter or law are the same inclusion
    assert triples("节约集约原则写入村规民约。") == {("村规民约", "hasPart", "节约集约原则")}
    assert ("监测平台", "hasPart", "业务") in triples("将预约、登记、受理等业务纳入监测平台。")
    assert triples("未纳入保护名录的建筑，由各区自行登记。") == set()
    assert triples("该项目不符合产业政策。") == set()


def test_a_list_of_verbs_before_its_head_is_no_subject_and_predicate():
    """"A申领、审核等业务纳入 Y": the verbs are members; "全市各级部门" and
    "全市90%的主体" are one noun phrase (no predicate follows the quantifier)."""
    assert ("平台", "hasPart", "业务") in triples("补贴申领、审核、拨付等业务纳入平台。")
    assert triples("全市各级机关单位纳入统一平台。") == {("统一平台", "hasPart", "全市各级机关单位")}
    got = triples("各地区各部门坚决落实决策部署，推动绿色转型取得明显成效。")
    assert "各地区各部门" in {s for s, _, _ in got} and "各地区" not in {s for s, _, _ in got}


def test_the_guideline_families_change_and_unblock():
    """cues.tsv: 改变 drives (guideline 8), 畅通 improves a noun (infix-smooth) and opens a new
    task of a chain; "没有改变" is negated."""
    assert triples("新技术改变了传统生产方式。") == {("新技术", "drives", "传统生产方式")}
    assert triples("数字平台畅通了供需对接渠道。") == {("数字平台", "improves", "供需对接渠道")}
    assert triples("长期向好的基本趋势没有改变。") == set()


def test_a_means_followed_by_a_light_verb_and_a_creation_verb_builds_the_subject():
    """"X 依托 M 进行建设和部署": M supports X (the thing built); "依托 M 实施共享" keeps its
    object (M supports 共享)."""
    got = triples("各部门业务系统应当依托市级政务云平台进行建设和部署。")
    assert got == {("市级政务云平台", "supports", "各部门业务系统")}
    assert ("市级平台", "supports", "共享") in triples("经部门审核同意后依托市级平台实施共享。")


def test_a_light_verb_before_yituo_is_the_end_of_the_subject():
    """"A 的申请和共享实施依托 M 开展": 实施 (a light verb) ends the noun phrase Y, so M
    supports Y; a manner word tagged as a noun after a noun ("…区块链系统开展") stays in M."""
    got = triples("政务数据的申请、授权和共享实施依托市级平台开展。")
    assert got == {("市级平台", "supports", "政务数据的申请、授权和共享实施")}
    got = triples("数据的申请和共享依托市级目录区块链系统开展。")
    assert got == {("市级目录区块链系统", "supports", "数据的申请和共享")}


def test_a_platform_named_by_its_support_role_is_no_claim():
    """segment_words.tsv 支撑平台 (n): the cue opening a known noun is no verb glued to its
    object; a leading 优先 (phrase_words lead) is no subject."""
    assert triples("建设市级数据支撑平台。") == set()
    got = triples("建立可控开放机制，优先推动公共数据向社会开放。")
    assert ("可控开放机制", "drives", "公共数据向社会开放") in got
    assert not any(s == "优先" for s, _, _ in got)


def test_yituo_m_kaizhan_y_gives_m_supports_y():
    """"依托 M 开展 Y": the light verb ends M, also after a bracketed note that stays whole
    (a balanced closing bracket is not trimmed), and before a quoted name."""
    assert triples("依托市级信用平台开展信用监管。") == {("市级信用平台", "supports", "信用监管")}
    got = triples("依托省级监管平台（市场监管分平台）开展“双随机”抽查。")
    assert got == {("省级监管平台（市场监管分平台）", "supports", "“双随机”抽查")}


def test_yituo_m_closing_its_clause_gives_the_next_object():
    """"依托 M，做好 Y": a means whose row names a relation takes the object of the next
    clause's plain verb; 通过 (no relation of its own) with a plain verb gives nothing."""
    assert triples("依托市级信用平台，做好信用监管工作。") == {
        ("市级信用平台", "supports", "信用监管工作")}
    assert triples("通过市级信用平台，做好信用监管工作。") == set()


def test_an_adverb_of_scope_is_no_part_of_the_subject():
    got = triples("城市更新主要包括老旧街区改造、地下管网更新等内容。")
    assert ("城市更新", "hasPart", "内容") in got
    assert not any("主要" in s for s, _, _ in got)


def test_a_cue_inside_brackets_links_the_noun_before_them_and_ends_at_the_closing_one():
    got = triples("各牵头单位对各县区及各部门（包括下属事业单位）承担的年度任务进行考核。")
    assert ("各部门", "hasPart", "下属事业单位") in got
    assert not any("）" in s or "）" in o for s, _, o in got)


def test_a_count_closes_a_member_of_a_list():
    got = triples("服务平台涵盖受理、审批和评价3大模块、12类功能组件。")
    assert got == {("服务平台", "hasPart", "受理、审批和评价3大模块"),
                   ("服务平台", "hasPart", "12类功能组件")}


def test_a_new_highland_is_one_noun():
    assert triples("依托综合保税区，打造内陆开放新高地。") == {
        ("综合保税区", "supports", "内陆开放新高地")}


def test_a_cue_inside_an_idiom_hides_no_frame_after_it():
    assert triples("以人为本的城市更新为经济增长提供了新动力。") == {
        ("以人为本的城市更新", "supports", "经济增长")}


@pytest.mark.parametrize("text, expected", [
    ("小城镇是推进城乡融合发展的重要切入点。", ("小城镇", "drives", "城乡融合发展")),
    ("技能培训是稳就业的首要任务。", ("技能培训", "supports", "稳就业")),
])
def test_more_carrier_heads(text, expected):
    assert expected in triples(text)


def test_a_verbal_noun_after_a_noun_heads_the_subject_before_a_cue():
    assert triples("养老服务体系建设提升了老年人生活质量。") == {
        ("养老服务体系建设", "improves", "老年人生活质量")}
    assert triples("育儿补贴减轻了家庭负担。") == {("育儿补贴", "mitigates", "家庭负担")}


@pytest.mark.parametrize("text, expected", [
    ("创新是引领发展的第一动力。", ("创新", "drives", "发展")),              # a bare verb as subject
    ("科技自立自强是民族复兴的战略支撑。", ("科技自立自强", "supports", "民族复兴")),   # an idiom
    ("改革开放是决定国家命运的关键一招。", ("改革开放", "drives", "国家命运")),
    ("城乡融合是实现共同富裕的必经之路。", ("城乡融合", "drives", "共同富裕")),
])
def test_copula_subjects_and_heads(text, expected):
    assert expected in triples(text)


def test_a_collective_name_ends_before_a_verb():
    got = triples("服务体系由咨询、培训、认证三大板块组成。")
    assert {o for s, r, o in got if s == "三大板块"} == {"咨询", "培训", "认证"}

"""Readings across clauses (extract/chains.py): means scope, chains of imperatives, levers.

Every sentence here is made up for the test; none is taken from a corpus text.
"""
import pytest

from policykg.extract.chains import clause_infos
from policykg.extract.claims import read_sentence
from policykg.extract.model import Sentence
from policykg.extract.resources import Resources

RES = Resources()   # the package's tables, read once for this module


def triples(text: str) -> set[tuple]:
    out = set()
    for c in read_sentence(Sentence("t", 1, 0, len(text), text)):
        out.add((c.subject.text, c.relation, c.object.text))
    return out


def test_the_result_clause_of_a_chain_links_to_the_nearest_measure():
    got = triples("完善农村物流网络，健全冷链配送体系，促进农产品上行。")
    assert ("冷链配送体系", "improves", "农产品上行") in got
    assert not any(s == "农村物流网络" and o == "农产品上行" for s, _, o in got)


def test_coordinated_objects_of_the_nearest_measure_distribute():
    got = triples("加强职业培训和就业服务，激发青年创业热情。")
    assert {("职业培训", "drives", "青年创业热情"),
            ("就业服务", "drives", "青年创业热情")} <= got


def test_a_clause_that_removes_a_problem_is_passed_over():
    got = triples("规范网约车平台经营，降低乘客出行成本，提高出行效率。")
    assert ("网约车平台经营", "mitigates", "乘客出行成本") in got
    assert ("网约车平台经营", "improves", "出行效率") in got


def test_a_final_clause_providing_to_someone_links_to_the_measure_before():
    got = triples("升级社区养老服务平台，向独居老人提供上门探访服务。")
    assert ("社区养老服务平台", "supports", "独居老人") in got


def test_a_final_task_verb_is_a_parallel_measure():
    assert triples("修订乡村规划导则，加强村庄风貌管控。") == set()


def test_a_measure_of_making_clear_and_a_result_that_benefits():
    # the dictionary tags 明确 as an adverb and 惠及 as a place name
    assert ("养护责任清单", "supports", "农村公路安全") in triples("明确养护责任清单，保障农村公路安全。")
    assert ("乡村医疗服务", "supports", "广大农民") in triples("完善乡村医疗服务，惠及广大农民。")
    # 激活 (tagged an adjective) drives, as 激发 does
    assert ("农村产权制度", "drives", "沉睡资产") in triples("健全农村产权制度，激活沉睡资产。")


def test_taking_or_adopting_a_measure_is_a_means():
    assert ("防汛措施", "mitigates", "洪涝灾害") in triples("采取防汛措施应对洪涝灾害。")
    assert ("无人机巡检", "improves", "电网运维效率") in triples("采用无人机巡检，提升电网运维效率。")


def test_a_means_reaches_every_later_predicate():
    got = triples("通过数字化平台，构建特色文旅产品体系，推动县域消费升级。")
    assert ("数字化平台", "supports", "特色文旅产品体系") in got
    assert ("数字化平台", "drives", "县域消费升级") in got


def test_a_means_ends_at_an_adverb_before_its_verb():
    got = triples("通过物联网传感器自动采集水质数据，提升河道监测效率。")
    assert ("物联网传感器", "improves", "河道监测效率") in got
    got = triples("通过城乡规划和土地管理更好结合，提升空间利用效率。")   # a joining stays whole
    assert ("城乡规划和土地管理更好结合", "improves", "空间利用效率") in got


def test_a_means_ends_before_a_light_verb_or_a_preposition():
    got = triples("依托省级政务云平台开展迁移，实现系统集约部署。")
    assert ("省级政务云平台", "drives", "系统集约部署") in got
    got = triples("通过财政资金引导社会资本向农村流动，推动农业现代化。")   # a pivot verb
    assert ("财政资金", "drives", "农业现代化") in got
    # "Y 依托 M 开展": M supports Y
    assert triples("社区服务依托街道便民中心开展。") == {("街道便民中心", "supports", "社区服务")}
    # "依托 M 为 Y 提供": M supports Y, and the frame is no object of M
    assert triples("依托区级数据平台为各街道治理提供算力支持。") == {
        ("区级数据平台", "supports", "各街道治理")}


def test_a_lead_word_of_effort_opens_no_verb_of_its_own():
    got = triples("通过产业基金，聚力推动县域特色产业集聚发展。")
    assert ("产业基金", "drives", "县域特色产业集聚发展") in got
    got = triples("推进产业升级，前瞻布局氢能产业，为能源转型提供新动力。")   # 前瞻: how
    assert ("氢能产业", "supports", "能源转型") in got
    assert not any(x == "前瞻" for x, _, _ in got)
    for w in ("加力", "着重", "倾力"):          # nor is it part of the subject
        assert ("各县", "drives", "特色产业集聚") in triples(f"各县{w}推动特色产业集聚。")


def test_a_means_with_a_number_is_a_means_unless_it_is_a_time():
    got = triples("全县以不到2%的耕地面积保障了全市三成的蔬菜供给。")
    assert ("不到2%的耕地面积", "supports", "全市三成的蔬菜供给") in got
    assert triples("利用3年时间，推动老旧小区改造。") == set()


def test_a_means_after_a_subject_and_a_nominalised_verb():
    got = triples("县域经济通过推动电商下乡，带动农民增收，提升乡村消费水平。")
    assert ("电商下乡", "drives", "农民增收") in got
    assert ("电商下乡", "improves", "乡村消费水平") in got


def test_yi_with_a_lever_noun_is_a_means():
    got = triples("以重大项目为牵引，带动产业链上下游协同，提升园区承载能力。")
    assert ("重大项目", "drives", "产业链上下游协同") in got
    assert ("重大项目", "improves", "园区承载能力") in got


def test_a_purpose_clause_after_measures_is_a_result():
    got = triples("建设一批区域医疗中心，为基层群众提供优质诊疗服务。")
    assert ("区域医疗中心", "supports", "基层群众") in got or \
        ("一批区域医疗中心", "supports", "基层群众") in got


def test_a_clause_of_aim_neither_acts_nor_breaks_the_chain():
    got = triples("围绕重点产业，培育专业服务机构，促进科技成果转化。")
    assert ("专业服务机构", "improves", "科技成果转化") in got
    assert not any(s in ("重点产业", "产业") for s, _, _ in got)


def test_clause_infos_name_each_clause_kind():
    from policykg.extract.cuetable import cue_table
    from policykg.extract.lexicon import load_lexicon
    from policykg.extract.reader import ClauseReader
    from policykg.extract.spans import View
    text = "通过试点示范，完善标准体系，推动行业升级。"
    r = ClauseReader(View(Sentence("t", 1, 0, len(text), text), res=RES), cue_table(RES),
                     load_lexicon(RES), None)
    kinds = [(c.kind, c.verb, c.relation) for c in clause_infos(r)]
    assert kinds == [("means", "通过", ""), ("imperative", "完善", "improves"),
                     ("imperative", "推动", "drives")]


def test_a_collective_after_its_list_has_each_member_as_a_part():
    got = triples("加快推动土地、资本和数据“三要素”协同配置。")
    assert {("“三要素”", "hasPart", m) for m in ("土地", "资本", "数据")} <= got


def test_a_collective_whose_count_differs_from_the_list_is_none():
    got = triples("加快推动土地和资本“三要素”协同配置。")
    assert not any(r == "hasPart" for _, r, _ in got)


def test_a_role_phrase_links_its_holder_to_its_target():
    assert ("高校", "supports", "地方产业") in triples("强化高校对地方产业的支撑作用。")
    assert ("龙头企业", "drives", "配套企业") in triples("充分发挥龙头企业对配套企业的带动作用。")


def test_a_role_phrase_without_its_preposition_is_none():
    assert not any(r == "supports" for _, r, _ in triples("强化高校的支撑作用。"))


def test_a_frame_clause_with_its_own_verb_is_a_measure():
    got = triples("面向中小企业等不同主体制定专项扶持政策，为产业集群发展提供制度保障。")
    assert ("专项扶持政策", "supports", "产业集群发展") in got


def test_a_frame_clause_without_a_verb_stays_no_measure():
    got = triples("围绕重点产业链条，加强政策协同，推动产业集群发展。")
    assert ("政策协同", "drives", "产业集群发展") in got
    assert not any(s == "重点产业链条" for s, _, _ in got)


def test_a_co_actor_subject_passes_to_the_verb_after_both_actors():
    got = triples("市教育局会同人社部门和行业协会建立校企对接机制，以提高毕业生就业质量。")
    assert ("校企对接机制", "improves", "毕业生就业质量") in got


@pytest.mark.parametrize("text, speaker, claim", [
    ("省委书记指出：“要坚持城乡融合发展，促进城乡要素平等交换。”", "省委书记",
     ("城乡融合发展", "improves", "城乡要素平等交换")),      # a quoted chain after a colon
    ("总书记强调，要以数字技术推动传统产业转型。", "总书记",
     ("数字技术", "drives", "传统产业转型")),              # no agent claim after a comma
])
def test_a_speaker_frames_what_follows_and_is_no_subject(text, speaker, claim):
    got = triples(text)
    assert claim in got
    assert not any(s == speaker for s, _, _ in got)


def test_a_norm_ending_with_a_word_of_saying_is_no_speaker():
    got = triples("各区县按照省政府数据管理要求，统筹推进辖区内数据治理工作。")
    assert any(r == "alignsWith" and o.endswith("数据管理要求") for _, r, o in got)


def test_a_parallel_predicate_shares_the_first_ones_cause():
    got = triples("发展县域经济，既能提升农民收入水平，又能增强乡村发展活力。")
    assert {("县域经济", "improves", "农民收入水平"), ("县域经济", "improves", "乡村发展活力")} <= got
    assert ("农民收入水平", "improves", "乡村发展活力") not in got


def test_not_only_opens_a_subject_whose_second_predicate_follows_still():
    got = triples("职业教育不仅能提升劳动者技能，还能增强产业竞争力。")
    assert {("职业教育", "improves", "劳动者技能"), ("职业教育", "improves", "产业竞争力")} <= got


def test_a_means_list_closed_by_deng_ends_before_its_own_verb():
    got = triples("政府通过财政补贴、税收优惠等引导社会资本投向农业农村，推动乡村产业振兴。")
    assert {("财政补贴", "drives", "乡村产业振兴"), ("税收优惠", "drives", "乡村产业振兴")} <= got
    assert not any(s.startswith("引导") or "、" in s for s, _, _ in got)


def test_a_modal_result_after_measures_is_the_opening_measures():
    got = triples("深化养老服务改革，把社区照护的网点织密织牢，有助于不断提升老年人生活质量。")
    assert ("养老服务改革", "improves", "老年人生活质量") in got
    assert not any(o == "老年人生活质量" and s != "养老服务改革" for s, _, o in got)
    got = triples("扩大职业教育开放，推动落实校企合作、产教融合，能够增强技能人才供给能力。")
    assert ("职业教育开放", "improves", "技能人才供给能力") in got
    assert ("校企合作", "improves", "技能人才供给能力") not in got


def test_a_result_without_a_modal_still_links_to_the_nearest_measure():
    got = triples("深化养老服务改革，完善社区照护网络，提升老年人生活质量。")
    assert ("社区照护网络", "improves", "老年人生活质量") in got


def test_the_opening_measure_does_not_reach_past_a_semicolon():
    got = triples("扩大养老服务供给，完善照护网络；健全社区体系，有助于提升老年人生活质量。")
    assert ("社区体系", "improves", "老年人生活质量") in got
    assert ("养老服务供给", "improves", "老年人生活质量") not in got


def test_a_manner_cue_verb_before_a_noun_is_the_predicate():
    got = triples("加快城乡供水一体化，推动农村饮水安全水平全面提升。")
    assert ("城乡供水一体化", "drives", "农村饮水安全水平全面提升") in got


def test_an_adjective_used_as_a_verb_opens_a_measure():
    got = triples("丰富社区养老服务内容，实现老年人就近便捷养老。")
    assert ("社区养老服务内容", "drives", "老年人就近便捷养老") in got


def test_tongguo_before_de_is_adopted_not_a_means():
    got = triples("会议通过的《乡村振兴规划》，加快农业现代化，建设宜居乡村。")
    assert not any("乡村振兴规划" in s for s, _, _ in got)


def test_a_bracketed_note_after_a_title_still_ends_a_speaker():
    got = triples("《关于深化农村改革的决定》（以下简称《决定》）明确提出，深化农村改革，推动农业现代化。")
    assert got == {("农村改革", "drives", "农业现代化")}


@pytest.mark.parametrize("text, claim", [
    # a place frame with its own verb is the measure of a chain
    ("在县域层面建立协作机制，推动城乡资源双向流动。", ("协作机制", "drives", "城乡资源双向流动")),
    # a place frame that only sets the scene (在…下) neither acts nor breaks the chain
    ("在人口结构加速变化的背景下，完善托育服务体系，促进家庭照护负担减轻。",
     ("托育服务体系", "improves", "家庭照护负担减轻")),
])
def test_a_place_frame_opens_a_measure_or_sets_the_scene(text, claim):
    got = triples(text)
    assert claim in got
    assert not any(s.startswith("在") for s, _, _ in got)



@pytest.mark.parametrize("text, claim, wrong", [
    # each "为 Y 提供 Z" after a measure is its result: Y gains, Y is no measure of the next
    ("升级社区服务平台，为老年人提供助餐服务，为儿童提供托管服务。",
     ("社区服务平台", "supports", "儿童"), ("老年人", "supports", "儿童")),
    # a time frame before 为 leaves the beneficiary frame whole
    ("完善乡村文化站，在节假日为农民提供文艺演出，为儿童提供阅读服务。",
     ("乡村文化站", "supports", "儿童"), ("文艺演出", "supports", "儿童")),
])
def test_beneficiary_frames_share_the_measure_before_them(text, claim, wrong):
    got = triples(text)
    assert claim in got and wrong not in got


def test_a_joining_of_two_things_is_a_cause_of_the_chain():
    got = triples("推动数字技术与传统制造业深度融合，促进产业链现代化。")
    assert ("数字技术与传统制造业深度融合", "improves", "产业链现代化") in got


def test_bao_zhang_states_the_result_of_the_measure_before_it():
    # 保障 is a result cue like 确保 (phrase_words result), not a new task
    assert ("农田水利建设", "supports", "粮食安全") in triples("加强农田水利建设，保障粮食安全。")


def test_a_guide_frame_before_a_chain_leaves_the_imperatives_bare():
    # "以 X 为指导" only frames the imperatives after it (clauses._guide)
    got = triples("以新发展理念为指导，坚持深化流通体制改革，加快培育现代物流市场，推动商贸流通提质增效。")
    assert ("现代物流市场", "drives", "商贸流通提质增效") in got


def test_a_verb_with_its_complement_hao_keeps_the_object_whole():
    # segment_words.tsv: 用好, 打好 … are verbs, so 好 is no part of the object
    got = triples("用好专项债券资金，推动重大项目落地。")
    assert ("专项债券资金", "drives", "重大项目落地") in got
    assert not any(s.startswith("好") for s, _, _ in got)


def test_lian_tong_is_a_verb_that_opens_a_measure():
    # the dictionary tags 联通 as a name (China Unicom); segment_words.tsv makes it a verb
    got = triples("联通各区县的医保数据，实现异地结算顺畅办理。")
    assert ("各区县的医保数据", "drives", "异地结算顺畅办理") in got


@pytest.mark.parametrize("text, expected", [
    ("把各乡镇的农技数据汇聚到县农业云平台，实现农情监测。",
     ("县农业云平台", "drives", "农情监测")),
    ("要将全部中小学纳入区智慧校园平台，实现统一管理。", ("区智慧校园平台", "drives", "统一管理")),
    ("将各医院采集的体检数据，推送至市健康档案库，实现结果互认。",    # the fronted object alone
     ("市健康档案库", "drives", "结果互认")),
])
def test_a_thing_moved_to_a_place_makes_the_place_the_measure(text, expected):
    got = triples(text)
    assert expected in got
    assert not any(s != expected[0] and r == "drives" for s, r, _ in got)


def test_a_fronted_object_with_a_verb_of_no_moving_is_no_measure():
    assert not any(r == "drives" for _, r, _ in triples("将社区食堂作为重要载体，推动养老服务升级。"))


def test_a_problem_removed_is_no_cause_of_the_next_removal():
    assert not any(r == "mitigates" for _, r, _ in triples("消除信息孤岛，破除部门壁垒。"))
    assert ("监测预警体系", "mitigates", "部门壁垒") in triples("健全监测预警体系，破除部门壁垒。")


@pytest.mark.parametrize("text, expected", [
    ("以居民需求为导向，改造老旧社区。", ("老旧社区", "alignsWith", "居民需求")),
    ("以群众满意为评价导向，深化窗口服务改革，提升办事效率。",
     ("窗口服务改革", "alignsWith", "群众满意")),
])
def test_the_measure_after_a_guide_clause_aligns_with_the_guide(text, expected):
    # guideline 8: "以 X 为导向" (the follower aligns with X)
    assert expected in triples(text)


@pytest.mark.parametrize("text, expected", [
    ("以宅基地制度改革，带动乡村产业发展。", ("宅基地制度改革", "drives", "乡村产业发展")),
    ("各地要以数字乡村建设，赋能农业发展。", ("数字乡村建设", "supports", "农业发展")),
])
def test_a_bare_lever_clause_is_the_means_of_the_clause_after(text, expected):
    # guideline 2: "以 X，推动 Y" as "以 X 推动 Y"
    assert expected in triples(text)


@pytest.mark.parametrize("text", ["以更大力度，推动产业升级。", "以更大的决心推动产业升级。",
                                  "以更大力度推动产业升级。"])
def test_a_manner_after_yi_is_no_means(text):
    assert not any(r == "drives" for _, r, _ in triples(text))


def test_a_frame_word_passed_over_as_an_adverb_still_frames_the_clause():
    # the dictionary tags 着眼 as an adverb; "必须着眼 X 抓 Y": 抓 is the predicate, Y its object
    got = triples("必须着眼发展全局抓产业，加快实现农民增收。")
    assert ("产业", "drives", "农民增收") in got


def test_a_task_verb_in_the_perfective_states_the_result_of_the_measure_before():
    got = triples("建成一批冷链仓储设施，大大改善了农产品保鲜条件。")
    assert any(s.endswith("冷链仓储设施") and r == "improves" and o == "农产品保鲜条件"
               for s, r, o in got)
    assert triples("建成一批冷链仓储设施，改善农产品保鲜条件。") == set()   # two tasks


def test_jiejue_states_the_result_of_the_measure_before():
    # guideline 8 mitigates: 解决 (phrase_words result, as 化解 and 破除)
    assert ("预警模块", "mitigates", "设备故障问题") in triples("不断完善预警模块，及时解决设备故障问题。")


def test_the_object_of_a_measure_takes_the_purpose_after_yi_in_its_clause():
    got = triples("增设更多社区养老驿站以满足高龄老人就近托养需求。")
    assert got == {("社区养老驿站", "supports", "高龄老人就近托养需求")}


@pytest.mark.parametrize("text", ["坚持以标准化促规范化促品牌化。", "坚持以标准化促规范化、促品牌化。"])
def test_a_cue_repeated_after_its_object_keeps_its_cause(text):
    assert triples(text) == {("标准化", "improves", "规范化"), ("标准化", "improves", "品牌化")}


def test_a_causative_in_a_middle_clause_states_the_chain_result():
    """phrase_words.tsv chain-result 使/让: "V1 X，使 Y…，V3 Z" -> X drives Y."""
    got = triples("健全社区养老网络，使老年群体都能就近获得照护，安享晚年。")
    assert ("社区养老网络", "drives", "老年群体都能就近获得照护") in got
    got = triples("优化审批流程，让市场主体办事更便利，增强投资信心。")
    assert ("审批流程", "drives", "市场主体办事更便利") in got


def test_a_clause_of_orientation_is_no_measure_of_the_chain():
    """phrase_words.tsv frame-lead 适应, 结合 (guideline 1: bare 适应/结合 give no claim)."""
    assert triples("适应旅客新期待，提升车站服务质量。") == set()
    assert triples("结合本地实际，提升窗口办事效率。") == set()


def test_what_a_provide_frame_provides_holds_no_cue():
    """cues.tsv circum-provide, object provided: "为 Y 提供 A 支撑服务" has no 支撑 claim."""
    assert triples("平台为企业提供数据支撑服务。") == {("平台", "supports", "企业")}
    got = triples("为农户提供技术、资金等支撑服务。")   # the list names kinds of the head (guideline 4)
    assert not any(r == "supports" for _, r, _ in got)


def test_a_provide_frame_closing_a_chain_is_the_measure_s_not_the_subject_s():
    """Guideline 7: "S V1 A，V2 B，为 Y 提供 Z" -> B supports Y; S is only its alternative."""
    got = triples("运营单位应加强技术投入，探索长效机制，为社会治理提供咨询服务。")
    assert ("长效机制", "supports", "社会治理") in got
    assert ("运营单位", "supports", "社会治理") not in got


def test_manner_verb_before_a_list_of_verbal_nouns_is_the_predicate():
    # "统筹 A 和 B": 统筹 takes the list as its object, and the result distributes over it
    assert triples("统筹供给和需求，增强市场韧性。") == {
        ("供给", "improves", "市场韧性"), ("需求", "improves", "市场韧性")}
    assert triples("统筹发展和安全，增强区域竞争力。") == {
        ("发展", "improves", "区域竞争力"), ("安全", "improves", "区域竞争力")}


def test_a_cue_joined_to_a_pivot_verb_is_a_task_of_its_own():
    # "鼓励和推动 X", "引导和推动 X": a measure, not the result of the clause before
    assert triples("巩固农村市场，引导和推动农产品品牌化。") == set()
    assert triples("巩固农村市场，鼓励和推动农产品品牌化。") == set()


def test_a_speaker_with_a_modal_opens_a_chain_of_imperatives():
    # "我们要 V1 X，V2 Y，夯实 Z 之基": the speaker states no subject of its own
    got = triples("我们要坚持农业优先发展，加快推进农业现代化，厚植农民增收之本，夯实乡村振兴之基。")
    assert {("农业现代化", "supports", "农民增收"), ("农业现代化", "supports", "乡村振兴")} <= got
    assert not any(s == "我们" for s, _, _ in got)


def test_a_cue_inside_a_place_phrase_is_no_predicate():
    # "在 V Y 上 V2": the aspect worked on, no claim of the speaker's
    assert triples("我们要在优化营商环境上持续用力，形成竞相发展的良好局面。") == set()
    got = triples("加强基层医疗队伍建设，在解决群众看病难中培育新的服务模式。")
    assert not any(r == "mitigates" for _, r, _ in got)
    # "在推动 Y 中的作用" is a role, still read
    assert ("企业", "drives", "技术创新") in triples("发挥企业在推动技术创新中的重要作用。")


def test_a_cue_listed_in_the_result_clause_gives_its_own_relation():
    # "化解 A、严防 B": B is 严防's object (cues.tsv infix-mitigates), both link to the measure
    got = triples("健全基层应急管理机制，进一步落实防汛救灾预案，妥善化解山洪灾害风险、严防次生灾害。")
    assert {("防汛救灾预案", "mitigates", "山洪灾害风险"), ("防汛救灾预案", "mitigates", "次生灾害")} <= got
    assert not any(o.startswith("严防") for _, _, o in got)


def test_a_quoted_name_holding_an_object_stop_stays_whole():
    got = triples("实施一批“小而优”文化项目，推动乡村文化振兴。")
    assert ("“小而优”文化项目", "drives", "乡村文化振兴") in got


def test_a_task_verb_in_the_second_clause_of_a_numbered_title_states_its_aim():
    # "（三）V1 X，强化 Y": a report's task title; 强化 (a task) links back there only
    assert ("乡村振兴战略", "improves", "农业农村现代化") in triples(
        "（三）全面实施乡村振兴战略，强化农业农村现代化的基础支撑。")
    assert triples("全面实施乡村振兴战略，强化农业农村现代化的基础支撑。") == set()


def test_a_later_clause_opening_with_a_copula_is_no_step_of_the_chain():
    # "S 通过 M，提升 A，是推进 Y 的重要引擎": the copula says what S is; M's scope ends before it
    got = triples("智慧农业通过推动农机智能化，提升农业生产效率，是推进农业现代化的重要引擎。")
    assert ("智慧农业", "drives", "农业现代化") in got
    assert not any(s == "农机智能化" and o == "农业现代化" for s, _, o in got)
    assert not any(r == "drives" for _, r, _ in triples(
        "建设数字乡村是全面推进乡村振兴的重要目标，是实现农业现代化的重要内容。"))
    # one bare imperative before the copula is its subject
    assert ("扩大农村消费", "drives", "内需增长") in triples("扩大农村消费，是推动内需增长的重要举措。")


def test_a_serial_verb_with_its_complement_is_not_part_of_the_object():
    got = triples("健全激励机制，培养用好青年科技人才，推动基层创新。")
    assert ("青年科技人才", "drives", "基层创新") in got
    assert not any(s.startswith("用好") for s, _, _ in got)


def test_an_advancing_verb_states_the_aim_of_a_numbered_title():
    assert triples("（二）坚持系统观念与底线思维相统筹，推进质量更高的发展。") == {
        ("系统观念与底线思维相统筹", "drives", "质量更高的发展")}
    assert triples("坚持系统观念与底线思维相统筹，推进质量更高的发展。") == set()   # no title
    assert triples("（一）做强优势产业集群，加快发展现代服务业。") == set()   # 加快 paces 发展


def test_a_second_cue_before_a_comparative_heads_a_modifier_of_the_object():
    assert triples("（三）坚持效率与公平相兼顾，推进引领更强的增长。") == {
        ("效率与公平相兼顾", "drives", "引领更强的增长")}


def test_a_joining_of_two_things_ending_in_two_tokens_is_one_measure():
    assert triples("加快人工智能与实体经济融合发展，赋能传统产业转型升级。") == {
        ("人工智能与实体经济融合发展", "supports", "传统产业转型升级")}


def test_the_object_after_a_pivot_is_what_the_one_guided_makes():
    assert triples("鼓励商业银行创新信贷产品，为小微企业提供融资支持。") == {
        ("信贷产品", "supports", "小微企业")}
    assert triples("引导企业加大技改投入，提升生产效率。") == {("技改投入", "improves", "生产效率")}


def test_a_copula_with_the_head_requirement_is_no_saying():
    assert triples("推动绿色低碳转型，是实现可持续发展的必然要求。") == {
        ("绿色低碳转型", "drives", "可持续发展")}


def test_a_condition_closed_by_cai_neng_links_like_neng_gou():
    got = triples("只有深化要素市场化改革，才能推动资源高效配置。")
    assert {(r, o) for _, r, o in got} == {("drives", "资源高效配置")}
    assert triples("产业升级只有依靠技术创新才能形成持久竞争力。") == {
        ("技术创新", "supports", "持久竞争力")}   # 才能 is no part of the means


def test_a_whole_clause_object_keeps_a_verb_that_modifies_its_subject():
    got = triples("加大就业投入，让发展成果更好惠及困难群众。")
    assert ("就业投入", "drives", "发展成果更好惠及困难群众") in got
    assert not any(s.startswith("成果") for s, _, _ in got)


def test_a_verbal_noun_after_the_pivot_noun_is_its_verb_when_a_noun_follows():
    assert triples("鼓励物流企业建设冷链仓储，带动农产品销售。") == {
        ("冷链仓储", "drives", "农产品销售")}


@pytest.mark.parametrize("text", ["产业结构升级，深刻改变了就业格局。", "产业结构升级，大幅改变了就业格局。"])
def test_an_adverb_of_degree_opens_no_subject(text):
    assert triples(text) == {("产业结构升级", "drives", "就业格局")}


def test_the_means_of_a_clause_before_is_no_agent_of_the_next_means():
    assert triples("以改革激发市场活力，以创新增强发展动力。") == {
        ("改革", "drives", "市场活力"), ("创新", "improves", "发展动力")}
    got = triples("利用各种宣传形式，通过网站和新媒体等渠道加强政策宣传。")
    assert ("各种宣传形式", "improves", "政策宣传") in got   # an open means before still is


def test_a_frame_over_a_list_ends_no_chain():
    got = triples("围绕汽车、装备制造等重点行业，推动企业上云用平台。")
    assert not any(r == "drives" for _, r, _ in got)


def test_a_thing_placed_by_a_preposition_before_its_head_is_a_cause():
    assert triples("推动工业互联网在制造业各领域的创新应用，促进制造业数字化转型。") == {
        ("工业互联网在制造业各领域的创新应用", "improves", "制造业数字化转型")}


def test_an_aspect_adverb_opens_no_subject():
    assert triples("数据作为新型生产要素，正在改变生产方式。") == {("数据", "drives", "生产方式")}


def test_a_joining_of_two_things_opening_the_sentence_is_its_topic():
    assert triples("数字技术与实体经济深度融合，推动了产业升级。") == {
        ("数字技术与实体经济深度融合", "drives", "产业升级")}
    got = triples("推动数字技术与实体经济深度融合，促进产业升级。")   # an imperative: no topic
    assert not any(s.startswith("推动") for s, _, _ in got)

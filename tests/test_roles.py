"""Role phrases (extract/roles.py): "A 对 B 的 ROLE 作用", "A 在 B 中/上的 ROLE 作用", and the
role noun left to B's own cue verb ("A 在推动 B 中的重要作用").

Every sentence here is made up for the test; none is taken from a corpus text.
"""
from policykg.extract.claims import read_sentence
from policykg.extract.model import Sentence


def triples(text: str) -> set[tuple]:
    return {(c.subject.text, c.relation, c.object.text)
            for c in read_sentence(Sentence("t", 1, 0, len(text), text))}


def test_a_role_after_zai_and_a_postposition_links_holder_and_target():
    got = triples("要强化龙头企业在产业集群培育中的带动作用。")
    assert ("龙头企业", "drives", "产业集群培育") in got
    got = triples("强化市场需求在技术路线选择上的牵引作用。")
    assert ("市场需求", "drives", "技术路线选择") in got


def test_a_decisive_role_drives():
    assert ("价格机制", "drives", "要素配置") in triples("发挥价格机制在要素配置中的决定性作用。")


def test_a_degree_word_before_the_role_noun_is_passed_over():
    assert ("高校", "supports", "地方产业") in triples("强化高校对地方产业的重要支撑作用。")


def test_a_linking_verb_stands_for_de():
    assert ("普惠信贷", "improves", "小微企业成长") in triples("普惠信贷对小微企业成长具有明显促进作用。")
    assert ("职业教育", "drives", "县域就业") in triples("职业教育对县域就业起到积极的带动作用。")


def test_without_a_role_noun_the_cue_verb_inside_gives_the_relation_and_the_holder():
    got = triples("各地一直高度重视职业教育在促进青年就业中的积极作用。")
    assert ("职业教育", "improves", "青年就业") in got
    assert not any(s != "职业教育" and o == "青年就业" for s, _, o in got)   # no wider reading


def test_without_a_role_noun_or_a_cue_verb_there_is_no_claim():
    assert not triples("发挥社区在基层治理中的重要作用。") & {
        ("社区", "drives", "基层治理"), ("社区", "supports", "基层治理")}


def test_an_empowering_role_supports():
    assert ("数字技术", "supports", "传统产业") in triples("发挥数字技术对传统产业的赋能作用。")


def test_a_role_noun_ending_in_li_and_a_contribution_support_or_drive():
    """cues.tsv role rows: "支撑力", "贡献力", "带动力" name the role as 作用 does."""
    got = triples("要持续提升金融对实体产业的支撑力、贡献力。")
    assert ("金融", "supports", "实体产业") in got
    assert ("港口城市", "drives", "腹地经济") in triples("增强港口城市对腹地经济的辐射带动力。")
    assert ("人才", "supports", "乡村振兴") in triples("人才对乡村振兴的贡献作用日益凸显。")


def test_the_holder_starts_after_a_verb_of_the_phrase_table_whatever_its_tag():
    """phrase_words.tsv verb 充分发挥: "…提出要充分发挥 A 在 B 中的…作用" -> A, not 充分发挥A."""
    got = triples("会议提出要充分发挥利率在资金配置中的决定性作用。")
    assert ("利率", "drives", "资金配置") in got

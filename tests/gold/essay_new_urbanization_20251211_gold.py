import sys, os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "tools"))
"""Gold annotation of 沈晓明《深入推进以人为本的新型城镇化（学习贯彻党的二十届四中全会精神）》,
《人民日报》2025-12-11 第09版（理论） (../shared/corpus/dev/essay_new_urbanization_20251211.txt).

Source (as in corpus/dev/SOURCES.md): leeperfect/PeopleDailyMaterial @ 581a07f169a2ced8fc28a71bbbea60e6b78b8d32 :
data/vault/2025/12/2025-12-11/09-理论/深入推进以人为本的新型城镇化（学习贯彻党的二十届四中全会精神）.md
(source_url paper.people.com.cn content_30119729); front matter, "# ", "> ", bold marks and blank lines removed,
otherwise verbatim.

Scope: the whole text, sentences 1-88 (no SCOPE records). Sentence numbers follow tools/sentences.py's split
(1-based; list them with tools/list_sentences.py). C = claim (cause, relation, effect); I = enumeration
"A、B等Y" -> each A skos:broader Y; P = composition (whole pk:hasPart part); E = policy event; M = observation.
A span may be a list of acceptable alternatives. Written from the text and README.md (guidelines v2) alone.

Conventions used here (beyond README.md):
* "以人为本" (title, s4, s26, ...) is an idiom whose parts would be one-character spans: no alignsWith; likewise
  "以产兴城、以城促产、以业聚人" (s58) and 依法 (s36) give no inner claims.
* "X 是 Y 的必由之路/首要任务" with no cue verb inside is a relational copula (as beautiful_china): no claim (s3,
  s29). "X 是推进 Y 的关键" (s28) takes the inner verb (推进 read as 推动, as digital_china): drives.
* Noun constructions with a cue: "以 X 为重要载体的 Y" (s15, s51, s52) -> X supports Y (as 以X为支撑的Y);
  "X 对 Y 的支撑作用" (s43) -> supports and "X 对 Y 的辐射带动作用" (s23) -> drives (as sci_tech's
  "X 在 Y 上的牵引作用"; the s23 one is kept although the text calls it insufficient - the link is presupposed);
  "带动 Y 能力强的 X" (s58) -> X drives Y; "A 同 B 协调机制" (s34) = 相协调 (alignsWith); "A 与 B 基本匹配"
  (s61) = 相匹配. "承载能力" (s23, s43) is a capacity noun with no cue.
* Near-synonyms in the cue's own construction: 释放 + 潜力 = 激发 (drives, as beijing_data_zones 释放数据要素价值);
  "A 与 B 挂钩" (s34) = 相衔接/对应 (alignsWith); 缩小 + 差别 = 降低 (mitigates, s63); 兜住 + 底线 = 保障/确保
  (supports, s74); 做到 + states = 实现 (drives, s87); "以 X 为基本单元促进 Y" = 以X推动Y with 促进 (improves, s62).
  Not taken: 重视, 顺应, 立足, 围绕, 着眼于, 统筹, 引导, 践行理念, 疏解, 倾斜, 覆盖 (of people), 彰显, 开创, 打造.
* Chains (guideline 7): 提高/提升/增强 + a level or capacity, 促进, 推动 + an outcome, 实现, 让, 释放, 激发, 满足,
  防范化解, 破除, 为…提供 at the end of a chain link back (nearest object first, earlier ones as alternatives,
  coordinated items of the nearest clause distributed). Mid-chain clauses whose object is one more measure or a
  new domain (畅通…渠道 s31, 做强做精核心功能 s41, 提升产业平台功能 s58, 推动…再开发/改造提升 s69, 增强高层建筑
  消防能力 s80, 推动…下沉 s86) are parallel measures. "着眼于 P，发展 M" without 必须 is not the purpose-first
  frame (s43). A chain's opening 立足/根据 clause is no measure and is not linked (s47, s68).
* "面临…新情况新问题新挑战：A；B；C，等等" (s23): the shared modifier 新 distributes (three hinders claims on
  城镇化发展), and the colon list closed by 等等 is read as "Y，如 A、B、C 等" (each comma clause broader the head).
  "A、B、C、D 等“三区一村”" (s73) takes the 等 rule (broader), not the “三要素” hasPart.
* Events: the title's column label (s1) and the plenum adopting the 《建议》 (s4) carry 2025; 党的十八大以来 gives
  党的十八大 (2012); "习近平总书记…作出一系列重要论述" (s8) and each "习近平总书记指出" (s28, s38, s52, s65) are
  events. s5 characterises the s4 decision and is no further event. 推行…制度, 实施…重点任务, 推进…工程, 实施城市更新,
  “人地钱挂钩”机制 are no named campaigns/actions: no events. "十四五"/"十五五"时期 are periods.
* Observations: the review section (s9-s22) is not dated, so its figures carry no year ("“十四五”时期以来" is a
  period); the "十五五" target (s25) likewise. "超过1.7亿农业转移人口" -> 1.7 "亿人" (as beautiful_china 14亿多人口);
  "均超过99%" gives one observation per indicator; "19个城市群" counts (as 572个示范区). The ratio "2.34∶1" (s22)
  has no unit and is not an observation (as beautiful_china's bare fraction 1/4).
"""
from gold_dsl import C, I, P, E, M, META, dump

PLENUM4 = ["党的二十届四中全会", "二十届四中全会", "党的二十届四中全会精神"]
JIANYI = ["《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》",
          "中共中央关于制定国民经济和社会发展第十五个五年规划的建议", "《建议》", "建议"]
XI = "习近平总书记"
NTU = ["以人为本的新型城镇化", "新型城镇化", "深入推进以人为本的新型城镇化"]
COUNTY_URB = ["以县城为重要载体的城镇化建设", "城镇化建设"]

# 1 (title): column label -> plenum event; "以人为本" is an idiom; "深入推进…" a bare imperative
E(1, None, PLENUM4, None, implicit_year=2025)
# 2 (author / outlet line): date and page are no observations
META(2, author="沈晓明", outlet="人民日报", date="2025-12-11", page="09")
# 3: "是…的必由之路" with no inner cue verb: no claim
# 4: the plenum adopts the 《建议》; 提出/明确 are no cues
E(4, None, ["党的二十届四中全会", "二十届四中全会", "中共中央"], JIANYI, implicit_year=2025)
# 5: 这 = the proposal "深入推进以人为本的新型城镇化"; "为 Y 提供 Z" -> supports; no second event
C(5, NTU + ["这", "重大战略部署", "以习近平同志为核心的党中央从战略和全局高度作出的重大战略部署", "根本遵循", "行动指南"],
  "supports", ["“十五五”及未来一段时期新型城镇化工作", "新型城镇化工作", "做好“十五五”及未来一段时期新型城镇化工作"])
# 6: chain; 提高 + a level links back (城镇化质量和水平 distributes); 释放 (= 激发) and "为 Y 提供" link back
for e in [["城镇化质量", "城镇化质量和水平"], ["城镇化水平", "城镇化质量和水平"]]:
    C(6, NTU, "improves", e)
POT6 = ["新型城镇化蕴藏的巨大内需潜力", "巨大内需潜力", "内需潜力"]
for c in [["城镇化质量", "城镇化质量和水平"], ["城镇化水平", "城镇化质量和水平"]]:
    C(6, c + NTU, "drives", POT6)
C(6, POT6 + ["城镇化质量和水平"] + NTU, "supports", "中国式现代化")
# 7 (heading): no cue; 十四五时期 is a period
# 8: 党的十八大以来 -> event; the 论述 act -> event; 引领 and 推动 -> drives (agent and 党中央 as alternatives)
E(8, None, ["党的十八大", "十八大"], None, implicit_year=2012)
E(8, None, XI, None)
CAUSE8 = ["一系列重要论述", "重要论述", XI, "以习近平同志为核心的党中央", "党中央"]
C(8, CAUSE8, "drives", ["我国走出一条中国特色新型城镇化道路", "中国特色新型城镇化道路", "走出一条中国特色新型城镇化道路"])
C(8, CAUSE8 + ["中国特色新型城镇化道路"], "drives", ["新型城镇化取得历史性成就", "历史性成就", "新型城镇化"])
# 9: two levels; "“十四五”时期以来" is a period: no year
URBRATE = ["常住人口城镇化率", "我国常住人口城镇化率", "城镇化率"]
M(9, URBRATE, 63.89, "%")
M(9, URBRATE, 67, "%")
# 10: no cue
# 11: no cue (放宽放开 intransitive)
M(11, ["在城镇落户的农业转移人口", "农业转移人口在城镇落户", "农业转移人口", "落户农业转移人口"], 1.7, "亿人")
# 12: 扩面提质 / 扩大 are intransitive; 覆盖 (of people) no cue
M(12, ["义务教育阶段随迁子女在公办学校就读和享受政府购买学位服务比例", "随迁子女在公办学校就读和享受政府购买学位服务比例",
       "随迁子女在公办学校就读比例", "随迁子女就读比例"], 96.8, "%")
# 13: 完善 intransitive; the “人地钱挂钩”机制 is no named action: no event
# 14: intransitive
# 15: "以县城为重要载体的城镇化建设" -> 县城 supports; figures (19个 counts, 左右/以上 give the number)
C(15, "县城", "supports", COUNTY_URB)
M(15, ["城市群", "城市群数量"], 19, "个")
M(15, ["19个城市群常住人口占全国比重", "城市群常住人口占全国比重", "常住人口占全国比重", "城市群常住人口比重"], 75, "%")
M(15, ["19个城市群地区生产总值占全国比重", "城市群地区生产总值占全国比重", "地区生产总值占全国比重",
       "城市群地区生产总值比重"], 83, "%")
M(15, ["城市数量", "城市"], 694, "个")
# 16: no cue
# 17: intransitive states (增强, 遏制, 缓解 with one span): no claim
# 18: "均超过99%": one observation per indicator (shared modifier 城市 distributes); 住房保障体系 is a compound
M(18, ["城市供水普及率", "供水普及率"], 99, "%")
M(18, ["城市燃气普及率", "燃气普及率"], 99, "%")
M(18, ["城市污水处理率", "污水处理率"], 99, "%")
# 19: no cue
# 20
M(20, ["城市生活垃圾无害化处理率", "生活垃圾无害化处理率", "垃圾无害化处理率"], 99, "%")
# 21: no cue
# 22: the ratio 2.34∶1 has no unit (see docstring); no cue
# 23: "面临…新情况新问题新挑战" -> hinders (shared 新 distributes); the colon list with 等等 -> broader;
#     "超大特大城市对周边的辐射带动作用" -> drives
NEW23 = "新情况新问题新挑战"
for h in [["新挑战"], ["新问题"], ["新情况"]]:
    C(23, h + [NEW23, "一些新情况新问题新挑战"], "hinders", ["我国城镇化发展", "城镇化发展"])
HEAD23 = [NEW23, "一些新情况新问题新挑战", "新挑战", "新问题", "新情况"]
I(23, [["城市老龄化、少子化、区域人口增减分化特征明显", "城市老龄化、少子化、区域人口增减分化特征", "城市老龄化、少子化"],
       ["人口结构快速变化", "人口结构变化"],
       ["农业转移人口市民化质量仍待提高", "农业转移人口市民化质量"],
       ["超大特大城市对周边的辐射带动作用发挥不够", "辐射带动作用发挥不够"],
       ["一些中小城市和县城承载能力不足", "中小城市和县城承载能力不足", "承载能力不足"],
       ["城市部分房屋和基础设施老化", "房屋和基础设施老化"],
       ["群众诉求更加多样", "群众诉求多样"],
       ["安全稳定风险增多", "安全稳定风险"],
       ["治理难度加大", "治理难度"]], HEAD23)
C(23, "超大特大城市", "drives", ["周边", "对周边的辐射带动"])
# 24: no cue (转向)
# 25: target within a period: no year
M(25, ["全国常住人口城镇化率", "常住人口城镇化率", "城镇化率"], 70, "%")
# 26: 适应 bare; 开创 no cue: no claim
# 27 (heading): bare imperative
# 28: event; "是推进 Y 的关键" -> drives (推进 = 推动); "趋势是…" a copula
E(28, None, XI, None)
C(28, ["解决好人的问题", "人的问题"], "drives", ["推进新型城镇化", "新型城镇化"])
# 29: "作为…首要任务" relational; 推动 links back to the object of 把…作为
C(29, ["农业转移人口市民化", "推进农业转移人口市民化"], "drives",
  ["农业转移人口真正融入城市", "农业转移人口融入城市", "融入城市"])
# 30 (heading): 推行 a 制度 is no event; "由…提供" is not "为 Y 提供": no claim
# 31: chain; 提高 + 便利度 (a level) links back (shared head 便利度: one span); 畅通…渠道 is a parallel measure
C(31, ["清除“隐性落户门槛”", "“隐性落户门槛”", "隐性落户门槛", "放开放宽落户限制", "落户限制", "户籍制度改革",
       "深化户籍制度改革"], "improves", ["户籍登记、迁移便利度", "户籍登记便利度", "迁移便利度", "便利度"])
# 32: "…等问题" -> broader; 解决好 (mitigates) links back to the object of 推动 (the enumeration's head stands in);
#     实现 links back (nearest 问题, then 公共服务随人走)
PROB32 = ["农业转移人口最关心的子女教育、住房保障、社会保险等问题", "农业转移人口最关心的问题",
          "子女教育、住房保障、社会保险等问题", "问题"]
I(32, ["子女教育", "住房保障", "社会保险"], PROB32)
C(32, ["相关公共服务随人走", "公共服务随人走"], "mitigates", PROB32)
C(32, PROB32[:3] + ["相关公共服务随人走", "公共服务随人走"], "drives",
  ["基本公共服务由常住地供给", "实现基本公共服务由常住地供给", "常住地供给"])
# 33 (heading): bare imperative
# 34: "A、B 等与 C 挂钩" (no head noun: no broader; 挂钩 = 相衔接) -> alignsWith each; "A 同 B 协调机制" -> alignsWith;
#     倾斜 is no cue
for c in ["转移支付", "要素配置"]:
    C(34, [c, "转移支付、要素配置等"], "alignsWith", ["农业转移人口市民化"])
C(34, ["新增城镇建设用地指标配置", "城镇建设用地指标配置"], "alignsWith", ["常住人口增加", "常住人口"])
# 35 (heading): subject-less bare imperative
# 36: 依法 is not taken (see docstring); 让 links back (nearest 办法, then the three rights); two coordinated states
CAUSE36 = ["自愿有偿退出的办法", "探索建立自愿有偿退出的办法", "进城落户农民的土地承包权、宅基地使用权、集体收益分配权",
           "土地承包权", "宅基地使用权", "集体收益分配权"]
C(36, CAUSE36, "drives", ["农业转移人口可进可退", "可进可退"])
C(36, CAUSE36, "drives", ["无论进城还是回乡都能有基本保障", "基本保障", "都能有基本保障"])
# 37 (heading): subject-less bare imperative
# 38: event; bare imperative
E(38, None, XI, None)
# 39: 顺应 no cue; 完善 bare; 构建 creation verb: no claim
# 40 (heading): bare imperative
# 41: "…等非核心功能" -> broader; 推动 links back to 发展方式; 增强 + 能力 links back (nearest 非核心功能;
#     做强做精 is a parallel measure whose object is an alternative); 打造 creation verb
NONCORE = ["非核心功能", "一般性制造业、区域性物流基地、专业市场等非核心功能"]
I(41, ["一般性制造业", "区域性物流基地", "专业市场"], NONCORE)
C(41, ["超大特大城市发展方式", "转变超大特大城市发展方式", "加快转变超大特大城市发展方式"], "drives",
  ["超大特大城市“强身健体”", "“强身健体”", "强身健体"])
C(41, NONCORE + ["疏解非核心功能", "核心功能", "做强做精核心功能", "超大特大城市“强身健体”", "超大特大城市发展方式"],
  "improves", ["全球资源配置、科技创新策源、高端产业引领能力", "全球资源配置能力", "科技创新策源能力", "高端产业引领能力"])
# 42 (heading): bare imperative
# 43: 着眼于 no cue (no purpose-first frame); "A、B 对 Y 的支撑作用" -> supports each; 增强 + 作用 links back
#     (shared modifier 组团式、网络化的现代化 with two heads distributes)
SUP43 = ["中西部和东北的城市群、都市圈对区域协调发展的支撑作用", "对区域协调发展的支撑作用", "支撑作用"]
for c in [["现代化城市群", "组团式、网络化的现代化城市群", "组团式、网络化的现代化城市群和都市圈"],
          ["现代化都市圈", "都市圈", "组团式、网络化的现代化城市群和都市圈"]]:
    C(43, c, "improves", SUP43)
C(43, ["中西部和东北的城市群", "城市群", "中西部和东北的城市群、都市圈"], "supports", "区域协调发展")
C(43, ["都市圈", "中西部和东北的都市圈", "中西部和东北的城市群、都市圈"], "supports", "区域协调发展")
# 44: bare measures and a creation verb: no claim
# 45: 促进 links back; three coordinated effects
WHOLE45 = "通勤便捷高效、产业梯次配套、公共服务便利共享"
for e in [["通勤便捷高效", "通勤"], ["产业梯次配套"], ["公共服务便利共享"]]:
    C(45, ["都市圈同城化推进机制", "同城化推进机制"], "improves", e + [WHOLE45])
# 46 (heading): bare imperative
# 47: 立足 not linked; 提升 + 功能品质 links back (nearest 省域副中心城市, then the 建设 and 推动 objects)
C(47, ["省域副中心城市", "培育发展省域副中心城市", "先进制造业基地、商贸物流中心、区域专业服务中心", "先进制造业基地",
       "商贸物流中心", "区域专业服务中心", "制造业差异化定位、规模化集群化发展"], "improves",
  ["大中城市功能品质", "功能品质"])
# 48: 推动 with one span; 引导 no cue: no claim
# 49: 坚持 / 引导: no claim
# 50: 增强 + 能力 links back (shared head 能力: one span)
C(50, ["边境城镇建设", "推进边境城镇建设", "扎实推进边境城镇建设"], "improves",
  ["稳边固边、人口集聚、安全发展能力", "稳边固边能力", "人口集聚能力", "安全发展能力"])
# 51 (heading): cue inside the noun modifier
C(51, "县城", "supports", COUNTY_URB)
# 52: event; the modifier claim; 推动 links back (shared head 一体发展: one span)
E(52, None, XI, None)
C(52, "县城", "supports", COUNTY_URB)
C(52, COUNTY_URB, "drives", ["兴业、强县、富民一体发展", "一体发展"])
# 53: 统筹 no cue; 提升 and 促进 link back
C(53, ["县城补短板强弱项", "补短板强弱项", "推进县城补短板强弱项", "县城生产、生活、生态、安全需要"], "improves",
  ["县城发展质量", "发展质量"])
C(53, ["县城发展质量", "提升县城发展质量", "县城补短板强弱项", "补短板强弱项"], "improves",
  ["农业转移人口就近城镇化", "就近城镇化"])
# 54 (heading): no cue
# 55: "A、B、C 等方面" -> broader
I(55, ["自然条件", "资源禀赋", "发展基础"], ["方面", "自然条件、资源禀赋、发展基础等方面"])
# 56: bare imperatives (加快发展 X has one span), 形成 creation verb: no claim
# 57 (heading): bare imperative
# 58: "带动农业农村能力强的产业" -> drives (cue in the modifier); 推动 links back (nearest 就业岗位), three effects
IND58 = ["比较优势明显、带动农业农村能力强、就业容量大的产业", "产业", "带动农业农村能力强的产业"]
C(58, IND58, "drives", ["农业农村"])
CAUSE58 = ["县城就业岗位", "稳定扩大县城就业岗位", "就业岗位", "职业技能培训", "强化职业技能培训"] + IND58[:1] + \
          ["商贸流通网络", "产业平台功能", "本地产业", "外地产业转移"]
WHOLE58 = "以产兴城、以城促产、以业聚人"
for e in ["以产兴城", "以城促产", "以业聚人"]:
    C(58, CAUSE58, "drives", [e, WHOLE58])
# 59: 提升 links back to the area of 加快突破
C(59, ["协调推进新型工业化城镇化", "新型工业化城镇化", "在协调推进新型工业化城镇化方面加快突破"], "improves",
  ["潜力地区城镇化水平", "城镇化水平"])
# 60 (heading): bare imperative
# 61: "…等重点任务" -> broader (no named programme: no event); 促进 links back (three coordinated facilities);
#     实现 links back, with "A 与 B 基本匹配" (alignsWith) inside; 满足 links back (two needs)
TASKS61 = ["重点任务", "县域普通高中发展提升、县医院综合能力提升等重点任务"]
I(61, ["县域普通高中发展提升", "县医院综合能力提升"], TASKS61)
FAC61 = "县城市政公用设施、公共服务设施、环境基础设施提档升级"
for e in [["县城市政公用设施提档升级", "市政公用设施提档升级", "县城市政公用设施"],
          ["公共服务设施提档升级", "公共服务设施"], ["环境基础设施提档升级", "环境基础设施"]]:
    C(61, TASKS61 + ["公共服务", "改善公共服务"], "improves", e + [FAC61])
MATCH61 = ["公共设施能力与常住人口规模基本匹配", "公共设施能力与常住人口规模匹配"]
for c in [["县城市政公用设施提档升级", "县城市政公用设施"], ["公共服务设施提档升级", "公共服务设施"],
          ["环境基础设施提档升级", "环境基础设施"]]:
    C(61, c + [FAC61] + TASKS61, "drives", MATCH61)
C(61, ["公共设施能力", "公共设施"], "alignsWith", ["常住人口规模", "常住人口"])
for e in [["农民到县城就业安家需求", "就业安家需求"], ["县城居民生产生活需要", "生产生活需要"]]:
    C(61, MATCH61 + [FAC61], "supports", e)
# 62 (heading): "以 X 为基本单元促进 Y" -> improves
C(62, ["县域", "以县域为基本单元"], "improves", ["城乡融合发展"])
# 63: 缩小 (= 降低) links back to the two coordinated objects of 推进; 促进 links back (nearest 城乡差别)
for c in [["城镇基础设施向乡村延伸", "城镇基础设施"], ["公共服务和社会事业向乡村覆盖", "公共服务和社会事业"]]:
    C(63, c, "mitigates", ["城乡差别"])
C(63, ["缩小城乡差别", "城乡差别", "城镇基础设施向乡村延伸", "公共服务和社会事业向乡村覆盖", "城乡基础设施和公共服务体系",
       "城乡要素自由流动和公共资源合理配置"], "improves", ["城乡共同繁荣发展", "共同繁荣发展"])
# 64 (heading): 城市更新 not named as an action: no event; 建设 creation verb
# 65: event; 让 inside the object of 把…放在首位 has no explicit cause: no claim
E(65, None, XI, None)
# 66: 践行理念 / 坚持原则 without a follower: no claim; "以 X 为重要抓手，推动 Y1…Y6" -> drives each (主题/主线 objects
#     as earlier alternatives)
CAUSE66 = ["城市更新", "推进城市更新", "城市内涵式发展", "城市高质量发展"]
WHOLE66 = "城市结构优化、动能转换、品质提升、绿色转型、文脉赓续、治理增效"
for e in [["城市结构优化", "结构优化"], ["动能转换", "城市动能转换"], ["品质提升", "城市品质提升"],
          ["绿色转型", "城市绿色转型"], ["文脉赓续", "城市文脉赓续"], ["治理增效", "城市治理增效"]]:
    C(66, CAUSE66, "drives", e + [WHOLE66])
# 67 (heading): creation verb
# 68: 立足 not linked; 培育/强化/统筹推进/发展: parallel measures, no result cue
# 69: 激发 links back (nearest 投融资体系); the 推动 clauses are parallel measures
C(69, ["可持续的城市建设运营投融资体系", "城市建设运营投融资体系", "投融资体系", "各类产业园区改造提升",
       "城市低效用地再开发", "土地混合开发利用", "用途合理转换"], "drives", ["城市创新创业活力", "创新创业活力"])
# 70 (heading): creation verb
# 71: 破除 links back (shared head 一体规划: one span); "产业、居住、商务等功能分隔模式" -> broader 功能
C(71, ["人口、产业、城镇、交通一体规划", "一体规划"], "mitigates",
  ["传统的产业、居住、商务等功能分隔模式", "功能分隔模式", "传统的功能分隔模式"])
I(71, ["产业", "居住", "商务"], ["功能", "产业、居住、商务等功能"])
# 72: creation verb
# 73: "…等“三区一村”" -> broader; 实现 links back
SQV = ["“三区一村”", "三区一村", "老旧小区、老旧厂区、老旧街区、城中村等“三区一村”"]
I(73, ["老旧小区", "老旧厂区", "老旧街区", "城中村"], SQV)
C(73, ["“三区一村”更新改造", "三区一村更新改造", "更新改造"], "drives",
  ["城市有序“新陈代谢”", "城市有序新陈代谢", "“新陈代谢”"])
# 74: 适应 bare; 兜住 (= 保障) links back (nearest clause's two coordinated objects)
EARLY74 = ["社会保障和分层分类社会救助", "紧密型医联体建设", "教育资源前瞻性布局", "养老服务体系", "生活性服务业"]
for c in [["社会保障"], ["分层分类社会救助", "社会救助"]]:
    C(74, c + EARLY74, "supports", ["民生底线", "兜住民生底线"])
# 75 (heading): creation verb
# 76: "…等重点任务" -> broader (推进 an ongoing 工程: no event); 提升 links back (nearest the head 重点任务)
TASKS76 = ["重点任务", "城市空气治理提质工程、饮用水水源地保护等重点任务"]
I(76, ["城市空气治理提质工程", "饮用水水源地保护"], TASKS76)
C(76, TASKS76 + ["城市环境保护"], "improves", ["城市生态环境质量", "生态环境质量"])
# 77: no cue
# 78: 促进 links back (three coordinated objects of 保护)
for c in [["城市河湖水系", "河湖水系"], ["湿地"], ["水环境"]]:
    C(78, c + ["城市河湖水系、湿地和水环境", "城市生态空间"], "improves", ["人与自然和谐共生"])
# 79 (heading): creation verb
# 80: parallel measures (增强高层建筑消防能力 a new domain), creation verbs; 推进…工程建设 no event: no claim
# 81: 防范化解 (one compound cue) links back (shared head 体系建设: one span)
C(81, ["应急指挥、处置和救援体系建设", "应急指挥、处置和救援体系", "城市管理“软件”韧性"], "mitigates",
  ["各领域风险", "风险"])
# 82 (heading): creation verb
# 83: 重视/加强/完善: no cue
# 84: 彰显 gives no claim
# 85 (heading): creation verb
# 86: 党建引领 has no second span; 提升 + 效能 links back (nearest 绣花功夫)
C(86, ["城市治理“绣花功夫”", "“绣花功夫”", "绣花功夫", "城市治理重心和配套资源下沉", "党建引领"], "improves",
  ["城市治理效能", "治理效能"])
# 87: 做到 (= 实现) links back to the object of 强化; four coordinated states
PLAN87 = ["城市规划的管控和引导作用", "城市规划", "管控和引导作用"]
WHOLE87 = "功能复合、密度适中、高低错落、蓝绿交织"
for e in ["功能复合", "密度适中", "高低错落", "蓝绿交织"]:
    C(87, PLAN87, "drives", [e, WHOLE87])
# 88: 顺应 no cue; 提升 links back (nearest 创新's three heads, shared modifier 城市治理 distributes)
EARLY88 = ["智慧城市应用场景", "城市数据共享", "新型基础设施", "科技支撑"]
for c in [["城市治理理念"], ["城市治理模式"], ["城市治理手段"]]:
    C(88, c + ["城市治理理念、模式、手段"] + EARLY88, "improves",
      ["城市治理智慧化精细化水平", "智慧化精细化水平", "城市治理智慧化水平"])

if __name__ == "__main__":
    dump()

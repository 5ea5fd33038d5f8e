import sys, os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "tools"))
"""Gold annotation of 王文涛《扩大高水平对外开放（学习贯彻党的二十届四中全会精神）》,
《人民日报》2025-12-08 第09版（理论） (../shared/corpus/dev/essay_high_level_opening_up_20251208.txt).

Source (as in corpus/dev/SOURCES.md): leeperfect/PeopleDailyMaterial @ fb76076749b7fcbcca4121d90f24b0d284adbc61 :
data/vault/2025/12/2025-12-08/09-理论/扩大高水平对外开放（学习贯彻党的二十届四中全会精神）.md
(paper.people.com.cn content_30118990); front matter, "# ", "> ", bold marks and blank lines removed,
otherwise verbatim.

Scope: the whole text, sentences 1-91 (no SCOPE records). Sentence numbers follow tools/sentences.py's split
(1-based; list them with tools/list_sentences.py). C = claim (cause, relation, effect); I = enumeration
"A、B等Y" -> each A skos:broader Y; P = composition (whole pk:hasPart part); E = policy event; M = observation.
A span may be a list of acceptable alternatives. Written from the text and README.md (guidelines v2) alone,
before any extractor was run on the text.

Conventions used here (beyond README.md):
* The four section-一 headings "扩大高水平对外开放，是 V Y 的 N" (s10, s14, s19, s24) have their own subject. N 强大动力
  is a drives noun; otherwise the inner verb sets the relation (as education s10/s15): 满足 -> supports (beautiful
  "是满足 Y 的内在要求"), 推动 -> drives, creation verb 构建 -> supports. "开放是 Y 的必由之路" (s8) is read as
  路径/途径 (supports, as sci-tech's cue nouns). "是 Y 的必然要求" (s29) with no inner verb gives nothing.
* 有利于/有助于 + a cue verb take the inner verb's relation (as modern_industrial s31/s87): 有助于提高 -> improves
  (s18), 有利于[各国应对挑战] -> mitigates, 有利于…推动 -> drives (s27); with a verb that is no cue (赢得, 开展) or a
  creation verb (建设) they give supports. The topic "扩大高水平对外开放，V1 X1，V2 X2，有利于 Y" has the opening as
  first cause and the objects X1, X2 as alternatives of one claim (no distribution over the measures).
* Single-character forms read as their cue verb: "以开放促改革促发展" (s13, s59) -> 促 = 促进 (improves);
  "以开放增实力强安全" (s56) -> 增 = 增强, 强 = 强化 (improves); "以开放破围堵" (s45) -> 破 = 打破 (mitigates);
  惠民生 (s17) -> 惠 = 惠及 = 造福 (supports, as education s16); "以 X 牵引 Y" (s44) = 以X推动Y (drives, as
  "以 X 为牵引"). "X 在稳增长、稳就业、惠民生中发挥重要作用" (s17) takes the inner verbs' relations (as
  modern_industrial "X 在 V Y 方面发挥作用"); 稳 is no cue, so only 惠民生 gives a claim.
* Section-二 headings "坚持 A 与 B 相 V，推进 …的开放" (s31, s36, s41, s46, s53): 相结合 and 相协同 (read as 相协调)
  give A -alignsWith-> B; 相促进 is reciprocal (as sci-tech 互融共促), 相兼顾 and 相统筹 (统筹 no cue) give none.
  The second clause 推进 (read as 推动, as digital s32 convention) links back to the first (chain, as sci-tech
  headings s50/s58): the whole "A 与 B 相 V" first, A and B as alternatives.
* Chains (guideline 7): a later clause links back when its cue states a result and its object is an outcome
  (a level, capacity, space, state: 开放水平 s39, 发展空间 s51/s86, 便利化水平 s72, 标准化水平 s74, 能力 s78,
  市场多元化 s71, 平衡发展 s72, 一体化 s84, 外资境内再投资 s81, 创新 s90, 权益 s91); a later clause that names
  one more activity or entity (s77 推动海外仓…等高质量发展, s80 推动产业链供应链国际合作, s44 放大…带动效应,
  s84 拓展…功能) is a parallel measure. "推动构建/推动形成 X" (s68, s83) is a creation measure (as digital s48,
  education s66). "在改革中/在开放中/在发展中 V" is no cue. Purpose-first "扩大高水平对外开放，必须 M" (s30) gives
  nothing: the purpose verb 扩大 is no cue.
* 我们 is only ever the last alternative cause (s6, s12); 我国 + 加快建设 / 推动达成 (s38) and 我国 + 造福 (s48, beside
  the means 开放共赢) are agent claims. "面临…共同挑战" (s26) -> the challenge hinders the subject that faces it
  (as digital s19/s36); "面临深刻复杂变化" (s12) and "面临外部围堵打压" (s45, no subject span) give none.
* Cues inside noun modifiers (guideline 6): "制约要素流动的…壁垒" (s34) -> hinders; "防范风险和应对冲击能力" (s55)
  -> mitigates (as education's "造福人民的能力"). Compound names are not decomposed: 创新引领发展能级 (s66, as
  sci-tech's 创新驱动发展战略), 新兴消费带动效应, 贸易促进平台, 进口贸易促进创新示范区, 风险防控能力,
  外商投资服务保障体系, 政策支撑体系.
* "A、B 等 Y" broader: s38 (多边协定), s66 (重大开放合作平台, members read as 科技创新平台 etc., as beijing s16's
  金融…数据专区), s68 ("…等机制合作" -> the class noun 机制, as digital "人工智能等数智技术创新"), s76 (展会),
  s77 (新业态新模式), s89 (领域). "海外仓、…等高质量发展" (s77) is "A、B 等 + an action noun": none. Lists without 等
  (电信、医疗领域 s62, 四个全球倡议 s27, 贸易、投资、产业、人文务实合作 s88) give none.
* Events: the title's column label and s59's "深入学习贯彻党的二十届四中全会精神" are the plenum (2025); the plenum
  adopting the 《建议》 (s3) and the 《建议》's later act (强调, s29) carry 2025; each "习近平总书记 指出/强调" (s11, s15,
  s20, s25); each "党的十八大以来" (s33, s38, s48, s55; 2012). Named agreements cited (s64 CPTPP, DEPA, RCEP) and the
  agreement 我国 推动达成 (s38) are events, as beautiful's 《巴黎协定》; so is implementing the named 新版鼓励外商投资
  产业目录 (s81) and launching the named 专项走访活动 (s82), without a year (an essay's task section is not a dated
  report). Not events: 十四五/十五五 时期 (periods), 实施 a 战略 (s66), 设立自贸试验区 / 建设海南自由贸易港 (not named
  acts with a year; facilities), fairs and conferences (进博会 s50, s76; 圆桌会议 s82), 一带一路 and the 四个全球倡议
  (cited, as digital/beautiful), pilots deepened or cultivated (s62, s72), the unnamed 共同发展经济伙伴关系协定 (s64).
* Observations: s16's "2024年" dates its three figures; "超过2亿" keeps the unit 亿 as written; "2013—2024年" (s49)
  and "党的十八大以来" (s38) are periods (no year); "前八届" (s50) gives no year. 连续八年, 世界第一, 前三, 前八届 and
  dates are not observations.
"""
from gold_dsl import C, I, P, E, M, META, dump

PLENUM4 = ["党的二十届四中全会", "二十届四中全会", "党的二十届四中全会精神"]
JIANYI = ["《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》",
          "中共中央关于制定国民经济和社会发展第十五个五年规划的建议", "《建议》", "建议"]
XI = "习近平总书记"
SHIBADA = ["党的十八大", "十八大"]
OPEN = ["扩大高水平对外开放", "高水平对外开放"]
QIANGGUO = ["强国建设", "以中国式现代化全面推进强国建设、民族复兴伟业", "强国建设、民族复兴伟业"]
FUXING = ["民族复兴伟业", "民族复兴", "以中国式现代化全面推进强国建设、民族复兴伟业", "强国建设、民族复兴伟业"]
WE = "我们"

# 1 (title): column label -> plenum event; "扩大高水平对外开放" is a bare imperative
E(1, None, PLENUM4, None, implicit_year=2025)
# 2 (author / outlet line): the date and page are no observations
META(2, author="王文涛", outlet="人民日报", date="2025-12-08", page="09")
# 3: the plenum adopts the 《建议》; "扩大…开放，开创…新局面": 开创新局面 is no cue (as education s62)
E(3, None, ["党的二十届四中全会", "二十届四中全会", "中共中央"], JIANYI, implicit_year=2025)
# 4: 这 = the deployment quoted in s3; 着眼 / 统筹 / 作出部署 are no cues (no further event); inner "以中国式现代化全面
#    推进 Y" -> drives; "为 Y 提供了根本遵循和行动指南" -> supports, and 遵循 -> Y aligns with it (as sci-tech s33)
DEPLOY4 = ["重大战略部署", "这", "统筹国内国际两个大局作出的重大战略部署"]
OPEN15 = ["“十五五”时期扩大高水平对外开放", "扩大高水平对外开放", "十五五时期扩大高水平对外开放"]
C(4, "中国式现代化", "drives", QIANGGUO)
C(4, "中国式现代化", "drives", FUXING)
C(4, DEPLOY4 + ["根本遵循和行动指南", "行动指南"], "supports", OPEN15)
C(4, OPEN15, "alignsWith", DEPLOY4 + ["根本遵循"])
# 5 (heading): no cue
# 6: "“十四五”时期" is a period; chain 实行 X，推动 Y，为 Z 提供支撑 (我们 only as the last alternative)
ACHIEVE6 = ["对外开放事业取得历史性成就", "对外开放事业", "历史性成就"]
C(6, ["更加积极主动的开放战略", "开放战略", WE], "drives", ACHIEVE6)
C(6, ACHIEVE6 + ["更加积极主动的开放战略", "开放战略", "更坚实的战略支撑", WE], "supports", "中国式现代化")
# 7: achievements stated without a cue or a cause; 连续八年 (streak), 世界第一 / 前三 (ranks) are no observations
# 8: "开放是 Y 的必由之路" (路径/途径 -> supports); "越发展就越开放" is a correlative, no cue
C(8, "开放", "supports", ["国家繁荣发展", "国家繁荣"])
# 9: "是为 Y 夯实基础…的关键时期" (cue in the modifier, as education s61); "具有重大意义" has no inner verb
C(9, ["“十五五”时期", "十五五时期", "“十五五”"], "supports", ["基本实现社会主义现代化", "社会主义现代化"])
# 10 (heading with subject): "是推动 Y 的强大动力" -> drives
C(10, OPEN, "drives", ["全面推动高质量发展", "高质量发展"])
# 11: event; the quote has no cue
E(11, None, XI, None)
# 12: 面临变化 is no challenge; 要求 has a situation as subject (no claim); chain ends in 推动 (nearest 新质生产力);
#     加快构建 has no agent but 我们
C(12, ["新质生产力", "因地制宜发展新质生产力", "新发展格局", "新发展理念", "发展机遇、潜力和优势", WE], "drives",
  ["高质量发展", "着力推动高质量发展"])
# 13: subject 扩大高水平对外开放; "以开放促改革促发展" (促 = 促进) inside the modifier; 增强 (shared head 联动效应: one
#     span); 推动 (two heads distribute; the 联动效应 as alternative cause)
C(13, "开放", "improves", "改革")
C(13, "开放", "improves", "发展")
LINK13 = ["国内国际两个市场、两种资源联动效应", "联动效应", "两个市场、两种资源联动效应"]
C(13, OPEN, "improves", LINK13)
for e in [["经济实现质的有效提升", "质的有效提升"], ["量的合理增长", "经济实现量的合理增长"]]:
    C(13, OPEN + LINK13, "drives", e + ["经济实现质的有效提升和量的合理增长"])
# 14 (heading with subject): "是满足 Y 的内在要求" -> supports
C(14, OPEN, "supports", ["人民美好生活需要", "满足人民美好生活需要", "人民美好生活"])
# 15: event; "在发展中保障和改善民生" (在…中 no cue) then "稳步推动共同富裕" links back to 民生;
#     "把造福人民作为…取向" has no cause span
E(15, None, XI, None)
C(15, ["保障和改善民生", "民生", "在发展中保障和改善民生"], "drives", "共同富裕")
# 16: 息息相关 no cue; 2024年 dates the three figures; 带动 -> drives; 促进 -> improves (two heads distribute)
M(16, ["有进出口实绩的外贸企业", "外贸企业"], 70, "万家", year=2024)
M(16, ["存量外资企业", "外资企业"], 50, "万家", year=2024)
M(16, ["外贸外资直接和间接带动就业人口", "带动就业人口", "就业人口"], 2, "亿", year=2024)
C(16, ["外贸外资", "外贸", "外资"], "drives", ["就业人口", "就业", "带动就业人口"])
C(16, ["大量优质进口", "优质进口"], "improves", ["产业升级", "产业升级和消费升级"])
C(16, ["大量优质进口", "优质进口"], "improves", ["消费升级", "产业升级和消费升级"])
# 17: "在稳增长、稳就业、惠民生中发挥重要作用": only 惠 (= 惠及) is a cue
C(17, "对外开放", "supports", ["民生", "惠民生"])
# 18: 有助于提高 -> improves; 让 -> drives; inside 让's object "成果惠及人民群众" -> supports (as education s16)
CAUSE18 = OPEN + ["把开放的蛋糕做大分好", "开放的蛋糕"]
C(18, CAUSE18, "improves", ["人民生活品质", "不断提高人民生活品质"])
C(18, CAUSE18, "drives", ["发展成果更好惠及人民群众", "发展成果惠及人民群众"])
C(18, "发展成果", "supports", "人民群众")
# 19 (heading with subject): "是推动 Y 的主动作为" -> inner verb 推动
C(19, OPEN, "drives", "经济全球化")
# 20: event; copulas in the quote
E(20, None, XI, None)
# 21: no cue (the measures of 个别国家 and the falling index are juxtaposed, not linked)
# 22: "没有改变" has no cause span
# 23: topic OPEN with measures; 有利于 + 赢得 (no cue) -> supports; 以 X 推动 Y -> drives; 促进 -> improves
CAUSE23 = OPEN + ["产业链供应链国际合作", "深化产业链供应链国际合作", "多边主义和自由贸易"]
C(23, CAUSE23, "supports", ["我们在激烈国际竞争中赢得战略主动", "赢得战略主动", "战略主动"])
C(23, ["自身开放"] + OPEN, "drives", "世界共同开放")
C(23, OPEN + ["自身开放", "世界共同开放"], "improves", ["普惠包容的经济全球化", "经济全球化"])
# 24 (heading with subject): "是构建 Y 的重要举措" -> creation verb -> supports
C(24, OPEN, "supports", ["构建人类命运共同体", "人类命运共同体"])
# 25: event; copula with 前途所在
E(25, None, XI, None)
# 26: "面临许多共同挑战" -> hinders the subject 各国
C(26, ["许多共同挑战", "共同挑战"], "hinders", "各国")
# 27: topic OPEN with measures (一带一路 and the four initiatives: no events, no 等); 有利于 + four clauses:
#     应对 -> mitigates (agent 各国 as alternative), 开展 -> supports, 建设 -> supports, 推动 -> drives
CAUSE27 = OPEN + ["高质量共建“一带一路”", "共建“一带一路”", "“一带一路”",
                  "全球发展倡议、全球安全倡议、全球文明倡议、全球治理倡议"]
C(27, CAUSE27 + ["各国"], "mitigates", ["挑战", "各国齐心协力应对挑战"])
C(27, CAUSE27, "supports", ["全球性协作", "开展全球性协作"])
C(27, CAUSE27, "supports", ["开放型世界经济", "建设开放型世界经济"])
C(27, CAUSE27, "drives", ["构建人类命运共同体走深走实", "人类命运共同体", "构建人类命运共同体"])
# 28 (heading): no cue
# 29: an act of the 《建议》 (as beautiful s61); "是 Y 的必然要求" has no inner verb
E(29, None, None, ["《建议》", "建议"] + JIANYI[:2], implicit_year=2025)
# 30: purpose-first with purpose verb 扩大 (no cue); 以…为指导, 坚持, 把握 are no cues: no claim
# 31 (heading): 相结合 -> alignsWith; 推进 links back
C(31, "扩大开放", "alignsWith", "深化改革")
C(31, ["扩大开放与深化改革相结合", "扩大开放", "深化改革"], "drives", ["标准更高的开放", "推进标准更高的开放"])
# 32: "对 Y 的促进作用" -> improves; "对开放的水平要求" is a noun (no "Y 要求 X" verb): none
C(32, ["开放水平", "开放"], "improves", "改革")
# 33: event; "开放水平持续提升" has no cause
E(33, None, SHIBADA, None, implicit_year=2012)
# 34: "制约要素流动的…壁垒" (cue in the modifier; shared head 壁垒: one span); 减少 / 把握 / 深化 / 扩大 are bare
C(34, ["“边境上”和“边境后”壁垒", "壁垒", "边境上和边境后壁垒"], "hinders", "要素流动")
# 35: 对接 / 吸纳 with no subject, 深化 bare, 完善 a parallel measure: no claim
# 36 (heading): 相协同 (~ 相协调) -> alignsWith; 推进 links back
C(36, "自主开放", "alignsWith", "协定开放")
C(36, ["自主开放与协定开放相协同", "自主开放", "协定开放"], "drives", ["引领更强的开放", "推进引领更强的开放"])
# 37: correlative 越…越 and 相辅相成: no cue
# 38: event (2012); figures without a year (a period); 我国 加快建设 (a process) and 推动达成 (agent claims);
#     the agreement reached is an event and a member of "…等多边协定"; 设立 / 给予 are no cues
E(38, None, SHIBADA, None, implicit_year=2012)
TIFD = ["《促进发展的投资便利化协定》", "促进发展的投资便利化协定", "投资便利化协定"]
E(38, None, "我国", TIFD)
I(38, [TIFD], ["多边协定", "《促进发展的投资便利化协定》等多边协定"])
C(38, "我国", "drives", ["海南自由贸易港", "建设海南自由贸易港"])
C(38, "我国", "drives", ["多边协定", "达成《促进发展的投资便利化协定》等多边协定", "《促进发展的投资便利化协定》"])
M(38, ["自贸试验区", "设立自贸试验区"], 22, "个")
M(38, ["税目产品零关税待遇", "零关税待遇", "税目产品"], 100, "%")
M(38, ["自贸伙伴", "与31个自贸伙伴"], 31, "个")
M(38, ["与31个自贸伙伴贸易额占我国外贸总额比重", "自贸伙伴贸易额占我国外贸总额比重", "贸易额占我国外贸总额比重",
       "占我国外贸总额比重"], 44, "%")
# 39: 提升 (a level) links back to 推进's object; 发挥作用 / 出台 are parallel measures
C(39, "自主开放", "improves", ["开放水平", "不断提升开放水平"])
# 40: 推动 links back (nearest 国际规则制定)
C(40, ["国际规则制定", "高标准经贸协定", "协定开放"], "drives",
  ["我国开放从“跟跑”逐步转向“领跑”", "我国开放转向“领跑”", "我国开放从跟跑转向领跑", "“领跑”"])
# 41 (heading): 相促进 is reciprocal (none); 推进 links back
C(41, ["国内循环和国际循环相促进", "国内循环", "国际循环"], "drives", ["联通更好的开放", "推进联通更好的开放"])
# 42: copula, no claim
# 43: 我们 + 增强 / 提升 (我们 gives no claim of its own); parallel measures; 掌握 no cue
# 44: "以 X 牵引 Y" -> drives; 激发 (result) links back; 增强 (a capacity) links back (nearest 强大国内市场);
#     释放 no cue, 放大…带动效应 a parallel measure, 加快建设 without agent
C(44, "国内大循环", "drives", "国际循环")
C(44, ["国际循环", "国内大循环"], "drives", ["商品消费发展动能", "激发商品消费发展动能"])
C(44, ["强大国内市场", "建设强大国内市场", "新兴消费带动效应", "服务消费潜力", "商品消费发展动能", "国内大循环"],
  "improves", ["对全球要素资源的吸引力", "吸引力", "全球要素资源的吸引力"])
# 45: 以 X 促进 Y -> improves; 以开放破围堵 -> mitigates; 实现 (result) links back, its two predicates distribute;
#     "面临外部围堵打压" has no subject span
C(45, "国际循环", "improves", "国内大循环")
C(45, "开放", "mitigates", ["围堵", "外部围堵打压"])
CAUSE45 = ["国际“朋友圈”", "扩大国际“朋友圈”", "朋友圈", "开放", "以开放破围堵", "国际循环"]
DUAL45 = "国内国际双循环在更高水平上相互促进、良性互动"
C(45, CAUSE45, "drives", ["国内国际双循环在更高水平上相互促进", "国内国际双循环相互促进", DUAL45])
C(45, CAUSE45, "drives", ["良性互动", "国内国际双循环良性互动", DUAL45])
# 46 (heading): 相兼顾 is no cue; 推进 links back
C(46, ["中国之需与世界之盼相兼顾", "中国之需", "世界之盼"], "drives", ["合作更深的开放", "推进合作更深的开放"])
# 47: 离不开 -> supports; "Y 需要 X" -> supports
C(47, "世界", "supports", "中国的发展")
C(47, "中国", "supports", "世界的繁荣")
# 48: event; "坚持 X，…造福了 Y": the means 开放共赢, agent 我国 as alternative; 发展了自身 no cue
E(48, None, SHIBADA, None, implicit_year=2012)
C(48, ["开放共赢", "坚持开放共赢", "我国"], "supports", "世界")
# 49: a period (no year); 促进 -> improves, the two clauses distribute
M(49, ["货物和服务贸易进口", "货物和服务贸易进口累计", "我国货物和服务贸易进口"], 31.4, "万亿美元")
M(49, ["对外直接投资", "对外直接投资累计"], 1.9, "万亿美元")
C(49, ["货物和服务贸易进口", "我国货物和服务贸易进口", "进口"], "improves", "共同发展")
C(49, ["对外直接投资", "我国对外直接投资"], "improves", "共同发展")
# 50: a fair is no event; 让 -> drives
M(50, ["前八届意向成交额", "意向成交额", "进博会意向成交额"], 5800, "亿美元")
C(50, ["进博会", "前八届意向成交额"], "drives", ["中国大市场成为世界大机遇", "世界大机遇"])
# 51: 立足 is bare; 拓展 (a space) links back (nearest 维护's object; its two heads distribute)
EARLY51 = ["全球产业分工和合作", "全球产业分工", "中国之需"]
for c in [["多元稳定的国际经济格局", "国际经济格局"], ["经贸关系", "多元稳定的经贸关系"]]:
    C(51, c + ["多元稳定的国际经济格局和经贸关系"] + EARLY51, "improves",
      ["中国式现代化的发展空间", "发展空间", "中国式现代化发展空间"])
# 52: "以 X 为 Y 提供 Z" -> supports; 回应 / 扩大 / 展现 are no cues
C(52, ["中国新发展", "新机遇"], "supports", "世界")
# 53 (heading): 相统筹 is no cue; 推进 links back
C(53, ["促进发展与维护安全相统筹", "促进发展", "维护安全"], "drives", ["保障更足的开放", "推进保障更足的开放"])
# 54: no cue
# 55: event; "防范风险和应对冲击能力" (cues in the modifier); "能力明显提升" has no cause; 我们 + 完善 gives none
E(55, None, SHIBADA, None, implicit_year=2012)
CAP55 = ["防范风险和应对冲击能力", "能力"]
C(55, CAP55, "mitigates", "风险")
C(55, CAP55, "mitigates", "冲击")
# 56: 以开放增实力强安全 (增 = 增强, 强 = 强化); 以 X 促进 Y、提升 Z; 维护 no cue
C(56, "开放", "improves", "实力")
C(56, "开放", "improves", "安全")
C(56, ["高水平开放", "开放"], "improves", "高质量发展")
C(56, ["高水平开放", "开放"], "improves", ["软硬实力", "提升软硬实力"])
# 57: bare 增强 (no subject); 炼就 no cue; 风险防控能力 is a compound
# 58 (heading): no cue
# 59: 学习贯彻…精神 -> plenum event; "以开放促改革促发展" -> improves; the rest are bare measures
E(59, None, PLENUM4, None, implicit_year=2025)
C(59, "开放", "improves", "改革")
C(59, "开放", "improves", "发展")
# 60 (heading): bare imperative
# 61: 对接 / 结合(需要) with no subject: no claim
# 62: "以 X 为重点 + 扩大" (no cue); "电信、医疗领域" has no 等; deepening a pilot is no event
# 63: no cue
# 64: three named agreements cited -> events; "通过 M 落实 Y" (落实 no cue) and 织密 / 商签 give none
E(64, None, None, ["《全面与进步跨太平洋伙伴关系协定》", "全面与进步跨太平洋伙伴关系协定"])
E(64, None, None, ["《数字经济伙伴关系协定》", "数字经济伙伴关系协定"])
E(64, None, None, ["《区域全面经济伙伴关系协定》", "区域全面经济伙伴关系协定"])
# 65: bare measure + creation verb
# 66: 实施 a 战略 is no event; 提升 (a level) links back (nearest 制度型开放试验); "…等重大开放合作平台" -> broader
C(66, ["更大力度制度型开放试验", "制度型开放试验", "区域布局范围", "自贸试验区提升战略"], "improves",
  ["创新引领发展能级", "能级"])
I(66, [["科技创新", "科技创新平台"], ["服务贸易", "服务贸易平台"], ["产业发展", "产业发展平台"]],
  ["重大开放合作平台", "开放合作平台"])
# 67: 提升 (a level) links back to 推进's object; 建设 a creation verb
C(67, "人民币国际化", "improves", ["资本项目开放水平", "开放水平"])
# 68: "…等机制合作" -> broader to 机制; "推动构建和维护 Y" is a creation measure: no claim
I(68, ["联合国", "二十国集团", "亚太经合组织", "金砖国家"], ["机制", "机制合作"])
# 69 (heading), 70: bare imperatives
# 71: 推动 (states) links back (nearest 外贸新动能); two heads distribute
CAUSE71 = ["外贸新动能", "培育外贸新动能", "贸易数字化", "中间品贸易、绿色贸易", "中间品贸易", "绿色贸易", "货物贸易"]
C(71, CAUSE71, "drives", ["市场多元化", "市场多元化和内外贸一体化"])
C(71, CAUSE71, "drives", ["内外贸一体化", "市场多元化和内外贸一体化"])
# 72: 提升 (a level) links back; 培育 a 示范区 is no event; 推动 (a state) links back (nearest the 示范区)
C(72, ["进口", "扩大进口"], "improves", ["进口贸易便利化水平", "便利化水平"])
C(72, ["国家进口贸易促进创新示范区", "进口贸易促进创新示范区", "进口贸易便利化水平", "进口"], "drives",
  ["进出口平衡发展", "进出口平衡"])
# 73: 鼓励 no cue; bare measures
# 74: 提升 (a level) links back
C(74, ["跨境服务贸易负面清单管理制度", "负面清单管理制度"], "improves", ["服务贸易标准化水平", "标准化水平"])
# 75: parallel bare measures
# 76: 提升 is the first clause; "…等展会" -> broader (fairs are no events)
I(76, ["进博会", "广交会", "服贸会", "数贸会", "消博会", "投洽会"], "展会")
# 77: "跨境电商等新业态新模式" -> broader; bare 支持; 推动 names more entities (a parallel measure, see docstring)
I(77, ["跨境电商"], ["新业态新模式", "新业态", "新模式"])
# 78: 提升 (a capacity; shared head 能力: one span) links back; the last 完善 is a parallel measure
C(78, ["出口管制和安全审查机制", "出口管制机制", "安全审查机制"], "improves",
  ["出口管制科学列管、精准许可、有力执法和妥善应对能力", "妥善应对能力", "能力"])
# 79 (heading): bare imperative
# 80: 打造 (creation), 推动 a further activity: no claim
# 81: implementing the named catalogue -> event; 促进 links back (nearest the catalogue); 吸引 / 缩减 no cues
CATALOG = ["新版鼓励外商投资产业目录", "鼓励外商投资产业目录"]
E(81, None, None, CATALOG)
C(81, CATALOG + ["外资准入负面清单", "缩减外资准入负面清单", "“准入又准营”", "吸引外资新优势"], "improves",
  ["外资境内再投资", "促进外资境内再投资"])
# 82: launching a named campaign -> event; 圆桌会议 is no event; 健全 / 推进 / 营造 are bare or creation verbs
E(82, None, None, ["“服务保障进外企”专项走访活动", "服务保障进外企专项走访活动", "“服务保障进外企”"])
# 83: 推动形成 is a creation measure: no claim
# 84: 引导 no cue; 促进 (a state) links back (nearest the 网络); 拓展…功能 is a parallel measure
C(84, ["产业链供应链合作伙伴关系网络", "合作伙伴关系网络", "产业链供应链合理有序跨境布局", "跨境布局"], "improves",
  ["贸易投资一体化"])
# 85 (heading): bare imperative; 一带一路 is no event
# 86: 拓展 (a space) links back; the coordinated objects of 强化 distribute
for c in [["友好互信", "同共建国家友好互信"], ["利益融合", "同共建国家利益融合"]]:
    C(86, c + ["同共建国家友好互信和利益融合"], "improves", ["共赢发展新空间", "发展新空间"])
# 87, 88: bare measures (对接 without a second span; no 等)
# 89: "…等领域合作新空间" -> broader 领域; 建设 a pilot zone (facility, no launch): no event
I(89, ["绿色发展", "人工智能", "数字经济", "卫生健康", "旅游", "农业"], ["领域", "领域合作新空间"])
# 90: 推动 (a change) links back (nearest 支持's object); shared head 创新: one span
C(90, ["产地多元化布局", "企业开展产地多元化布局", "多元化、可持续、风险可控的投融资体系", "投融资体系"], "drives",
  ["合作领域、模式、业态创新", "业态创新", "创新"])
# 91: "为 Y 提供…保障" links back (nearest 涉外法律服务体系); 维护 no cue
C(91, ["涉外法律服务体系", "健全涉外法律服务体系", "海外利益保护", "更高水平法治保障", "法治保障"], "supports",
  ["企业海外投资权益", "海外投资权益"])

if __name__ == "__main__":
    dump()

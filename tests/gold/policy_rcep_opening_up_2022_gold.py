import sys, os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "tools"))
"""Gold annotation of 安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室关于印发《安徽省关于加快对接
〈区域全面经济伙伴关系协定〉（RCEP）经贸新规则扎实推进高水平开放实施意见》的通知（皖开放办〔2022〕6号）.

Source (as in ../corpus/dev/SOURCES.md): issuer 安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室
(provincial); 北大法宝 export, pkulaw.com/lar/2f52e167e6b73e8162d6f1fa1499e24dbdfb.html; dated 2022-03-23;
mengke25/policy_text_frenq @ ad2419343ce4d9f3a81f92db1c0cd62b8ffb037c, file
`pool/安徽省推进“三地一区”建设领导小组改革开放...(FBM-CLI.12.6476457).txt`. Text:
../../../shared/corpus/dev/policy_rcep_opening_up_2022.txt (notice, 发展目标, 重点任务 1-21, 保障措施 22-24).

Sentence numbers follow tools/sentences.py's split (1-based); list them with tools/list_sentences.py.
Scope: the whole text (no SCOPE). C = claim; I = enumeration "A、B等Y" -> each A skos:broader Y;
P = composition (whole pk:hasPart part); E = policy event; M = observation. A span may be a list of
alternatives.

Conventions used here (beyond README.md), following the published 北京 数据专区 gold:
  * Chains "V1 X1，V2 X2，CUE Y": linked only where the last clause states a result or purpose of the
    earlier ones (推动/促进/提升/提高 + an attribute/带动/拓展/夯实…基础/为…提供/帮助/防范化解/降低成本);
    nearest object first, earlier objects as alternatives; coordinated items inside the nearest clause
    distribute. Clauses that add a further measure on another object (加强/完善/深化/加大…力度/支持…/
    降低 another quantity) are parallel and not linked. 深化, 加大…力度, 巩固, 深耕, 引导/鼓励/指导 are
    not cues in chains.
  * The purpose-first preamble "为 P1，P2…，制定本意见" links 本意见 to every purpose whose verb has a
    relation (加快 a process / 引导 -> drives; 深化 / 促进 -> improves), as the 北京 gold links all of its
    purposes; bare 适应 gives no claim (README 1).
  * 依托/借助/利用/发挥…作用/以…为契机 + a cue verb: the means links to each following object of the same
    sentence; 依托 gives supports; with 借助/利用/发挥作用/以…为契机 the relation is the verb's.
    A pivot agent ("指导企业优化 X", "支持企业加快 X", "推动 A 扩大 B") with a cue verb gives agent -> X, as the
    北京 gold does (s77). 扩大 and 开拓 (markets, cooperation) are read as near-synonyms of 拓展 (improves).
  * Cues inside descriptive names of zones, platforms and programmes are claims (README 6, as the gwr gold
    does for 促进民营经济发展壮大政策): 进口贸易促进创新示范区, 投资促进合作平台, …能力提升工程,
    …纠纷应对指导, 贸易摩擦应对…机制.
  * 符合 + 条件/要求 in a noun modifier gives alignsWith; "与 RCEP 投资规则不相适应的措施" is a negated
    alignment and gives no claim. "A、B、C 的有效衔接" gives alignsWith between the items (text order).
    对接 is not treated as an alignsWith cue. "以 A、B 等为重点" has no head noun: no broader claim.
  * The responsibility parentheticals "（X 牵头，Y 按职责分工配合）" give no claims and no events (职责分工 is
    not a norm; they are administrative assignments).
  * Events: the issuing notice (s1) and "…实施意见现印发给你们" (s4) carry implicit_year 2022 from the date
    line and 文号 (s2, s6); s7 (the document's own title line) and "制定本意见" (s8, unnamed) give none, as in
    the 北京 gold. The cited 《区域全面经济伙伴关系协定》, 《安徽省知识产权保护办法》 and the
    跨境电子商务知识产权保护指南 are events without year. "RCEP实施" (the agreement being in force, treated as
    current by the 2022 text) is an event with implicit_year 2022. Named actions, pilots and programmes
    launched as tasks of this dated document (验放监管改革试点, “串链行动”, 中小微企业金融服务能力提升工程)
    carry implicit_year 2022. Existing zones, bases, pilots "发挥…作用", fairs and forums are not events.
  * Observations: the 2024 targets carry year 2024; the tariff-line counts (种), the 48/6 hour release
    times and the "5年内" windows (as the 北京 gold counts "2-3年时间") carry no year.
"""
from gold_dsl import C, I, P, E, M, META, dump

OFFICE = ["安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室", "改革开放新高地执行小组办公室",
          "安徽省推进三地一区建设领导小组改革开放新高地执行小组办公室", "执行小组办公室"]
OPINION = ["安徽省关于加快对接区域全面经济伙伴关系协定（RCEP）经贸新规则扎实推进高水平开放实施意见",
           "《安徽省关于加快对接〈区域全面经济伙伴关系协定〉（RCEP）经贸新规则 扎实推进高水平开放实施意见》",
           "安徽省关于加快对接《区域全面经济伙伴关系协定》（RCEP）经贸新规则扎实推进高水平开放实施意见",
           "加快对接RCEP经贸新规则扎实推进高水平开放实施意见", "扎实推进高水平开放实施意见", "实施意见"]
RCEP_DOC = ["《区域全面经济伙伴关系协定》", "区域全面经济伙伴关系协定", "《区域全面经济伙伴关系协定》（RCEP）", "RCEP"]
RCEP_IMPL = ["RCEP实施", "RCEP", "实施RCEP"]

# 1: the notice's title - issuing event (year from date line / 文号)
E(1, None, OFFICE, OPINION + ["关于印发安徽省关于加快对接区域全面经济伙伴关系协定（RCEP）经贸新规则扎实推进高水平开放实施意见的通知"],
  implicit_year=2022)
# 2
META(2, document_number="皖开放办〔2022〕6号")
# 3: addressee line - nothing
# 4: "…现印发给你们" - issuing event; 请认真贯彻执行 gives no claim
E(4, None, OFFICE, OPINION, implicit_year=2022)
# 5
META(5, issuer="安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室")
# 6
META(6, date="2022-03-23")
# 7: the document's own title line - nothing (as 北京 s7)
# 8: purpose-first preamble "为 P1…P5，制定本意见": 本意见 -> each purpose with a cue-bearing verb
#    (加快 对接 -> drives; 引导…把握机遇 -> drives; 深化 / 促进 -> improves); 适应 gives none (README 1).
#    "RCEP带来的机遇": 带来 in a noun modifier -> drives. The cited agreement is an event (no year in text).
G8 = ["本意见", "意见", "制定本意见"] + OPINION
E(8, None, None, RCEP_DOC)
C(8, G8, "drives", ["全面对接《区域全面经济伙伴关系协定》（RCEP）经贸新规则", "全面对接RCEP经贸新规则",
                    "对接RCEP经贸新规则", "对接《区域全面经济伙伴关系协定》（RCEP）经贸新规则", "RCEP经贸新规则"])
C(8, G8, "drives", ["企业更好把握RCEP带来的机遇", "把握RCEP带来的机遇", "RCEP带来的机遇", "企业把握RCEP机遇"])
C(8, RCEP_DOC, "drives", ["机遇", "RCEP带来的机遇"])
C(8, G8, "improves", ["安徽对外开放合作", "对外开放合作", "全方位深化安徽对外开放合作"])
C(8, G8, "improves", ["经济高质量发展", "高质量发展"])
# 9: heading - nothing
# 10: "全面拓展和深化…经贸合作" is a bare imperative. "企业以RCEP实施为契机，提升A，扩大B，提升C，促进D，
#     增强E": the occasion/means scopes over the five verb phrases (agent 企业 as alternative cause).
#     RCEP实施 = the agreement in force: event.
E(10, None, None, RCEP_IMPL + ["区域全面经济伙伴关系协定"], implicit_year=2022)
M10 = RCEP_IMPL + ["企业", "以RCEP实施为契机"]
C(10, M10, "improves", ["贸易和投资发展水平", "贸易发展水平", "投资发展水平"])
C(10, M10, "improves", ["国际合作", "扩大国际合作"])
C(10, M10, "improves", ["质量标准", "提升质量标准"])
C(10, M10, "improves", ["产业升级", "促进产业升级"])
C(10, M10, "improves", ["参与国际市场竞争力", "国际市场竞争力", "竞争力", "参与国际市场竞争"])
# 11: sentence-initial bare 推动 with no cause - nothing
# 12: targets for 2024 (分别 -> one observation per value)
M(12, ["货物贸易占比", "与其他RCEP国家货物贸易占比", "货物贸易"], 30, "%", year=2024)
M(12, ["对外投资占比", "与其他RCEP国家对外投资占比", "对外投资"], 20, "%", year=2024)
M(12, ["实际利用外资占比", "与其他RCEP国家实际利用外资占比", "实际利用外资"], 10, "%", year=2024)
# 13-15: headings - nothing
# 16: 建立 (creation) + 深化 (not a cue in a chain) - nothing
# 17: two enumerations with heads; 巩固/扩大 bare imperatives
I(17, ["纺织", "服装", "鞋帽", "箱包"], ["传统产品", "传统产品出口优势"])
I(17, [["汽车及零部件", "汽车", "零部件"], "电子信息", "机械设备", "家用电器"], ["机电产品", "机电产品出口占比"])
# 18: enumerations; "通过 M，深耕 Y": 深耕 is no cue - no claim
I(18, ["日本", "东盟"], "RCEP国家")
I(18, [["设立农产品直销中心", "农产品直销中心"]], "方式")
# 19-20: responsibility line / heading - nothing
# 21: chain 扩大 X，推动 Y -> X drives Y; enumeration uses its head 大宗商品
I(21, ["铁矿石", "铜矿石", "铝矿", "煤"], "大宗商品")
C(21, ["大宗商品的进口规模", "大宗商品进口规模", "进口规模", "大宗商品进口",
       "自其他RCEP国家铁矿石、铜矿石、铝矿、煤等大宗商品的进口规模"], "drives",
  ["采购来源多元化", "采购来源"])
# 22: 促进 inside the zone's descriptive name (README 6); 探索设立 gives nothing
C(22, ["合肥经开区国家进口贸易促进创新示范区", "国家进口贸易促进创新示范区", "进口贸易促进创新示范区", "示范区"],
  "improves", ["进口贸易", "进口贸易创新"])
# 23: launching a pilot (event, task of the 2022 document); chain ending in 丰富 (result) links back
E(23, None, None, ["验放监管改革试点", "进口关键原材料检测中心和验放监管改革试点", "监管改革试点"], implicit_year=2022)
C(23, ["优质日用消费品进口", "日用消费品进口", "增加优质日用消费品进口",
       "先进技术、设备及关键零部件进口", "自其他RCEP国家先进技术、设备及关键零部件进口"], "improves",
  ["进口消费品供给", "丰富进口消费品供给"])
# 24-25: responsibility line / heading - nothing
# 26: chain 实施 X，降低 成本 -> mitigates
C(26, ["经核准出口商原产地自主声明制度", "原产地自主声明制度", "实施经核准出口商原产地自主声明制度"], "mitigates",
  ["企业制度性成本", "制度性成本"])
# 27: "A、B 等方面的培训"; 用好/指导 give nothing
I(27, ["原产地证书申领程序", "业务流程"], ["方面", "培训", "方面的培训"])
# 28: chain ending in 提高 + attributes (result); shared modifier 签证 with coordinated heads distributes
S28 = ["自助打印证书范围", "扩大自助打印证书范围", "自助打印证书", "原产地证书“智能审核”", "“智能审核”", "智能审核"]
C(28, S28, "improves", ["签证准确性", "准确性", "签证准确性和规范性"])
C(28, S28, "improves", ["签证规范性", "规范性", "签证准确性和规范性"])
# 29: "为企业提供 X 等咨询服务" -> X supports 企业 (head noun); chain …帮助…解决 P -> mitigates
#     (the pivot 进出口企业 as alternative cause)
I(29, ["优惠原产地规则利用指导", ["企业原产地合规与管理", "原产地合规与管理"]], "咨询服务")
SERV29 = ["咨询服务", "优惠原产地规则利用指导、企业原产地合规与管理等咨询服务"]
C(29, SERV29, "supports", "企业")
C(29, SERV29 + ["进出口企业"], "mitigates", ["享惠受阻问题", "享惠受阻"])
# 30-31: responsibility line / heading - nothing
# 32: tariff-line counts (种, no year) and the 5-year windows; "以 A、B 等为重点" has no head noun;
#     "食品、美妆、母婴等日用消费品"
M(32, ["首年关税为零的出口商品", "首年关税为零", "出口商品"], 2034, "种")
M(32, ["5年内关税减让显著的出口商品", "关税减让显著的出口商品", "出口商品"], 2725, "种")
M(32, ["首年关税为零的进口商品", "首年关税为零", "进口商品"], 2070, "种")
M(32, ["5年内关税降幅较大的商品", "关税降幅较大的商品", "商品"], 5048, "种")
M(32, ["关税减让", "5年内关税减让显著", "关税减让期限", "时间"], 5, "年")
M(32, ["关税降幅", "5年内关税降幅较大", "关税降幅期限", "时间"], 5, "年")
I(32, ["食品", "美妆", "母婴"], ["日用消费品", "日用消费品进口"])
# 33-35: responsibility line / headings - nothing
# 36: enumeration with head 模式; 放宽和取消 is a parallel measure (no cue)
I(36, ["跨境交付", "境外消费", "自然人移动"], "模式")
# 37
I(37, ["制造业研发", "工程设计"], ["领域", "领域开放力度"])
# 38: 依托 X，推进 …等领域探索 -> supports (head 领域)
I(38, ["外汇便利化", "数据跨境流动", "知识产权保护"], "领域")
C(38, ["中国（安徽）自由贸易试验区平台", "中国（安徽）自由贸易试验区", "自由贸易试验区平台", "自由贸易试验区"],
  "supports", ["领域探索", "探索", "外汇便利化、数据跨境流动、知识产权保护等领域探索"])
# 39: chain …建设平台，为 Y 提供 服务 -> supports; the pilot "发挥…作用" as earlier alternative; not an event
C(39, ["专业性公共服务平台", "公共服务平台", "信息与咨询服务", "合肥市服务贸易创新发展试点"], "supports",
  ["企业开展跨境服务", "跨境服务", "企业"])
# 40
I(40, ["学术交流", "学分互认", "中外合作办学"], "项目")
# 41-42: responsibility line / heading - nothing
# 43: enumerations; "推动 A 扩大 B": pivot agent A -> B (扩大 ~ 拓展); 巩固 … and 推动 … are parallel measures
I(43, ["新加坡", "日本", "越南"], ["国", "等国"])
I(43, ["新能源设计", "软件开发"], ["离岸服务外包", "离岸服务外包规模"])
I(43, ["通信", "5G"], "信息技术服务外包")
C(43, ["信息技术服务外包", "通信、5G等信息技术服务外包"], "improves", ["境外市场", "扩大境外市场"])
# 44: 依托 X distributes over the three following objects -> supports
BASE44 = ["合肥高新区国家数字服务出口基地", "国家数字服务出口基地", "数字服务出口基地"]
C(44, BASE44, "supports", ["数字服务企业招引力度", "数字服务企业招引", "数字服务企业"])
C(44, BASE44, "supports", ["与其他RCEP国家数字领域合作", "数字领域合作"])
C(44, BASE44, "supports", ["国家语言服务出口基地", "语言服务出口基地", "高水平建设国家语言服务出口基地"])
# 45: fairs are not events; "支持 A 开拓 B": pivot agent (开拓 ~ 拓展); 支持 is not linked back as a chain
I(45, ["全球数字贸易博览会"], "展会")
C(45, "数字服务企业", "improves", ["RCEP市场", "开拓RCEP市场"])
# 46-48: responsibility line / headings - nothing
# 49: 深化…建设 and 结合本地实际 give nothing
# 50: "借助 M 拓展 Y" -> M improves Y (shared head 工具 kept as one span; agent 企业 as alternative);
#     pivot agent 企业 加快 数字化转型 (a process) -> drives; 以…作为卖点 has no cue verb; 培育 is creation
C(50, ["跨境电商平台", "企业"], "improves", ["RCEP市场", "拓展RCEP市场"])
C(50, ["数字营销及社交营销工具", "数字营销", "社交营销工具", "企业"], "improves", ["RCEP市场", "拓展RCEP市场"])
C(50, "企业", "drives", ["数字化转型", "加快数字化转型"])
# 51-52: responsibility line / heading - nothing
# 53: pivot agent 企业 加快和优化 布局 -> improves; chain 发挥 X 作用，夯实 Y 基础 -> supports
C(53, "企业", "improves", ["在其他RCEP国家的海外仓布局", "海外仓布局"])
C(53, ["海外仓“蓄水池”作用", "海外仓", "“蓄水池”作用", "蓄水池"], "supports",
  ["双方贸易发展基础", "双方贸易发展", "贸易发展"])
# 54: chain …，促进 Y -> improves (nearest first)
C(54, ["与“海外智慧物流平台”合作", "“海外智慧物流平台”", "海外智慧物流平台", "省级公共海外仓认定"], "improves",
  ["海外仓资源共建共用共享", "海外仓资源"])
# 55-58: responsibility line / headings; 58 has no cue
# 59: "与RCEP投资规则不相适应的投资管理措施" - negated alignment, no claim; parallel measures
# 60: 建立健全 X，加强 Y - parallel measures, no claim
# 61-62: responsibility line / heading - nothing
# 63
I(63, [["日", "日本"], ["韩", "韩国"], "新加坡"], "RCEP国家")
I(63, ["集成电路", "新能源汽车", "光伏", "家电", "半导体材料"], ["领域", "领域招商引资力度"])
# 64: nothing
# 65: chain 加强 对接联系，拓展 渠道 (result) -> improves
C(65, ["与东盟、日本、韩国行业协会及华人华侨商会对接联系", "对接联系", "行业协会及华人华侨商会"], "improves",
  "引资渠道")
# 66-67: responsibility line / heading - nothing
# 68
I(68, ["汽车", "建材", "装备", "机械", "家电", "纺织"], "企业")
# 69: chain 建设 X，为 Y 提供 载体平台 -> supports
I(69, ["东盟"], ["国", "等国"])
C(69, ["经贸合作区", "主导产业明确、公共配套完善的经贸合作区", "载体平台"], "supports",
  ["省内企业“走出去”", "省内企业走出去", "“走出去”", "省内企业"])
# 70: pivot agent 企业 优化 投资结构 -> improves; “资金＋产品＋服务” has three parts (as 北京 “数据+场景”)
C(70, "企业", "improves", "投资结构")
BUNDLE = ["“资金＋产品＋服务”", "资金＋产品＋服务", "资金+产品+服务"]
P(70, BUNDLE, "资金")
P(70, BUNDLE, "产品")
P(70, BUNDLE, "服务")
# 71: nothing
# 72: enumerations; chain …支持创建 X，带动 Y -> drives (nearest first; head of the enumeration)
I(72, ["农业种植", ["畜牧饲养", "畜牧饲养及产品加工"], ["产品加工", "畜牧饲养及产品加工"]], "领域")
I(72, ["农机", "农技", "农资"], "生产资料")
C(72, ["农业合作示范区", "创建农业合作示范区", "对东盟在农业种植、畜牧饲养及产品加工等领域合作", "领域合作"], "drives",
  ["生产资料输出", "农机、农技、农资等生产资料输出"])
# 73-74: responsibility line / heading - nothing
# 75: chain 参与 X，推动 Y -> drives; 支持打造… is a parallel measure
C(75, ["RCEP区域基础设施建设", "区域基础设施建设", "基础设施建设"], "drives",
  ["企业多维度发展", "多维度发展", "企业投融资、设计咨询、工程建设、运营服务等多维度发展"])
I(75, ["投融资", "设计咨询", "工程建设", "运营服务"], ["多维度", "维度", "多维度发展"])
I(75, ["能源", "路桥", "建材", "化工"], ["领域", "绿色示范项目"])
# 76-78: responsibility line / headings - nothing
# 79: 促进 inside the platform's name (README 6); 加强推进 … is parallel; no 等, no broader
C(79, ["投资促进合作平台", "合作平台"], "improves", ["投资", "投资促进"])
# 80: "以 X 建设 Y" (creation with explicit means) -> supports; 申建 a zone is not an event
C(80, ["飞地模式", "以飞地模式"], "supports", ["合作园区", "建设合作园区"])
I(80, ["越南", "泰国", "印尼"], ["国", "等国"])
# 81-82: responsibility line / heading - nothing
# 83: "利用好 X，加强 Y" -> improves (shared head 工作 kept as one span); fairs are not events
I(83, ["中国国际进口博览会", "中国进出口商品交易会", "世界制造业大会", "中国-东盟博览会"], "贸易平台")
C(83, ["贸易平台", "中国国际进口博览会、中国进出口商品交易会、世界制造业大会、中国-东盟博览会等贸易平台", "企业"],
  "improves", ["与其他RCEP国家的商务推介和招商引资工作", "商务推介和招商引资工作", "商务推介", "招商引资工作",
               "招商引资"])
# 84: chain …参展，提升 Y -> improves
C(84, ["抱团赴境外参展", "赴境外参展", "境外参展", "企业抱团赴境外参展", "企业"], "improves",
  ["区域品牌影响力", "品牌影响力"])
# 85: a forum is not an event; no cue
# 86-88: responsibility line / headings - nothing
# 89: RCEP实施 (event), “串链行动” (named action, task of the 2022 document); chain …实施 X，优化 Y -> improves;
#     结合/围绕 give nothing
E(89, None, None, RCEP_IMPL, implicit_year=2022)
E(89, None, None, ["“串链行动”", "串链行动"], implicit_year=2022)
C(89, ["“串链行动”", "串链行动", "实施“串链行动”", "产业链“链主”企业", "“链主”企业"], "improves",
  ["产业链供应链布局", "产业链布局", "供应链布局"])
# 90: enumeration with head 企业 ("A和B" in one slot stays one member); chain 开展 研发和技术交流，促进 Y:
#     coordinated items of the nearest clause distribute
I(90, ["新一代信息技术", "人工智能", "新材料", "节能环保",
       ["新能源汽车和智能网联汽车", "新能源汽车", "智能网联汽车"], "高端装备制造", "智能家电"], "企业")
C(90, ["研发", "研发和技术交流"], "improves", ["产业链优势互补", "优势互补"])
C(90, ["技术交流", "研发和技术交流"], "improves", ["产业链优势互补", "优势互补"])
# 91: "A 与 B 融合" is no alignsWith; chain 促进 融合，提升 Y -> improves; 针对 需求 is no problem (no claim)
I(91, ["互联网", "人工智能"], "数字技术")
C(91, ["数字技术与传统产业融合", "互联网、人工智能等数字技术与传统产业融合", "数字技术", "融合"], "improves",
  ["终端产品智能化水平", "智能化水平"])
# 92-93: responsibility line / heading - nothing
# 94: chain 培育 X，促进 Y -> improves; 上下游标准有效衔接 -> alignsWith (相衔接)
C(94, ["工业和信息化领域标准化示范企业", "标准化示范企业"], "improves",
  ["产业链上下游标准有效衔接", "上下游标准有效衔接", "产业链上下游标准", "标准有效衔接"])
C(94, ["产业链上游标准", "上游标准", "产业链上下游标准", "上下游标准"], "alignsWith",
  ["产业链下游标准", "下游标准", "产业链上下游标准", "上下游标准"])
# 95-98: responsibility lines / headings; 95 has no cue
# 99: 符合 in a noun modifier -> alignsWith; release times
C(99, ["RCEP国家货物", "货物"], "alignsWith", ["正常放行条件", "放行条件"])
M(99, ["放行", "放行时限", "48小时内放行", "放行时间", "货物放行"], 48, "小时")
M(99, ["易腐货物和快件、空运货物、空运物品放行", "放行", "放行时限", "6小时内放行", "放行便利措施", "放行时间"], 6, "小时")
# 100: 符合要求的 申请 -> alignsWith
C(100, ["进境农产品检验检疫审批申请", "审批申请", "检验检疫审批申请"], "alignsWith", "要求")
# 101-103: nothing / responsibility line / heading
# 104: 依托 X distributes over 推动构建 Y and 支持布局 Z -> supports; 支撑 inside the modifier of Y
I(104, ["合肥", "芜湖"], "国家物流枢纽")
HUB = ["国家物流枢纽", "合肥、芜湖等国家物流枢纽"]
NET = ["国际物流服务网络", "物流服务网络"]
C(104, HUB, "supports", NET)
C(104, HUB, "supports", ["RCEP成员国物流通道", "物流通道", "率先布局RCEP成员国物流通道"])
SLOGAN = "“全球采购、全球生产、全球销售”"
for e in ["全球采购", "全球生产", "全球销售"]:
    C(104, NET, "supports", [e, SLOGAN, "全球采购、全球生产、全球销售"])
# 105: bare 推动; enumeration
I(105, ["日本", "韩国"], "RCEP成员国")
# 106
I(106, ["宁波舟山港", "上海洋山港"], "枢纽港")
# 107-108: responsibility line / heading - nothing
# 109: 按照 + rules -> alignsWith (follower: the protection); enumeration "A…等方面全链条保护"
PROT109 = ["全链条保护", "等方面全链条保护", "知识产权全链条保护"]
C(109, PROT109, "alignsWith", ["RCEP知识产权规则", "知识产权规则"])
I(109, ["著作权", "商标", "地理标志", "专利", "外观设计", "遗传资源", "传统知识", "民间文艺", "商业秘密"],
  ["方面", "全链条保护", "方面全链条保护"])
# 110: a cited named document (event, no year); 完善/加大 are parallel measures
E(110, None, None, ["《安徽省知识产权保护办法》", "安徽省知识产权保护办法"])
# 111: "发挥 X 作用，加强 Y" -> improves
C(111, ["中国（合肥）知识产权保护中心", "知识产权保护中心", "中国（合肥）知识产权保护中心作用"], "improves",
  ["快速协同保护", "协同保护"])
# 112: "A、B、C 的有效衔接" -> alignsWith between the items; 行刑衔接/诉调对接 are mechanism names
C(112, ["知识产权行政执法", "行政执法"], "alignsWith", "司法保护")
C(112, ["知识产权行政执法", "行政执法"], "alignsWith", "社会共治")
C(112, "司法保护", "alignsWith", "社会共治")
# 113: a named guide to be implemented (event, no year)
E(113, None, None, ["跨境电子商务知识产权保护指南", "知识产权保护指南"])
# 114: 应对 inside a noun modifier -> mitigates; 强化/加强 parallel
C(114, ["海外知识产权纠纷应对指导", "纠纷应对指导", "应对指导"], "mitigates",
  ["海外知识产权纠纷", "知识产权纠纷", "纠纷"])
# 115-116: responsibility line / heading - nothing
# 117: "本币结算规避汇率风险" (规避 ~ 避免) -> mitigates; enumeration with head 政策优势; 鼓励 gives nothing
C(117, "本币结算", "mitigates", "汇率风险")
I(117, ["人民币便利化", ["本币结算规避汇率风险", "本币结算"]], "政策优势")
# 118: named programme (event, task of the 2022 document); 提升 inside its name -> improves;
#      按照 两 principles -> alignsWith (separate noun phrases distribute)
PROG = ["中小微企业金融服务能力提升工程", "金融服务能力提升工程"]
E(118, None, None, PROG, implicit_year=2022)
C(118, PROG, "improves", ["中小微企业金融服务能力", "金融服务能力"])
FIN = ["金融产品和服务", "创新金融产品和服务", "金融机构", "金融产品"]
C(118, FIN, "alignsWith", ["市场化原则", "市场化"])
C(118, FIN, "alignsWith", ["商业可持续性原则", "商业可持续性"])
# 119: 扩大 覆盖面，降低 费率 - parallel measures, no claim
# 120-121: responsibility line / heading - nothing
# 122: "依托 X，为 Y 提供 Z 等服务" -> supports (X, and the service as alternative)
I(122, ["法律援助"], "服务")
C(122, ["跨境贸易投资法律综合支援平台", "法律综合支援平台", "法律援助等服务", "法律援助"], "supports",
  ["企业在其他RCEP国家开展经贸活动", "开展经贸活动", "经贸活动", "企业"])
# 123: 应对 inside the mechanism's modifier -> mitigates
C(123, ["贸易摩擦应对“四体联动”机制", "“四体联动”机制", "四体联动机制", "四体联动"], "mitigates", "贸易摩擦")
# 124-126: responsibility line / headings - nothing
# 127: 利用…作用，加大…协调力度 (加大 is no cue); "等协调力度" is an action noun: no broader
# 128-129: responsibility line / heading - nothing
# 130: chain …开展 政策解读和宣传，帮助 企业用足用好规则 -> supports (items of the nearest clause
#      distribute; the training as earlier alternative); 运用 X + 开展 (no cue) gives nothing
for m in [["政策解读", "政策解读和宣传"], ["宣传", "政策宣传", "政策解读和宣传"]]:
    C(130, m + ["多层次RCEP专题培训", "RCEP专题培训"], "supports",
      ["企业用足用好规则", "用足用好规则", "企业"])
# 131: 提供…服务，指导… - 指导 is no cue
# 132-134: responsibility line / heading; 134 把握 is no cue
# 135: bare 防范 / 应对 with no cause - no claim
# 136: chain 规范 X，防范化解 Y -> mitigates; "A、B、C、D 的各类风险" (as "各个环节")
I(136, [["境外疫情", "疫情"], "政治", "安全", "环境"], ["各类风险", "风险"])
C(136, ["企业境外投资经营行为", "境外投资经营行为", "规范企业境外投资经营行为"], "mitigates",
  ["各类风险", "境外疫情、政治、安全、环境的各类风险", "风险"])
# 137: enumeration with head 联络资源; chain 整合 X，为 Y 提供 渠道和保障 -> supports
I(137, [["RCEP成员国驻华使领馆", "驻华使领馆"], "投促机构", "商协会", "境外园区", "企业"], "联络资源")
C(137, ["联络资源", "RCEP成员国驻华使领馆、投促机构、商协会、境外园区、企业等联络资源"], "supports",
  ["企业对外交往", "对外交往", "企业"])
# 138: responsibility line - nothing

if __name__ == "__main__":
    dump()

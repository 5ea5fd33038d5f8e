import sys, os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "tools"))
"""Gold annotation of 阿坝州人民政府办公室关于印发《阿坝州政务数据资源管理暂行办法》的通知（阿府办发〔2021〕21号）
(../shared/corpus/dev/policy_government_data_management_2021.txt).

Source (as in corpus/dev/SOURCES.md): mengke25/policy_text_frenq @ ad2419343ce4d9f3a81f92db1c0cd62b8ffb037c :
pool/阿坝州人民政府办公室关于印发《阿坝州政务数…(FBM-CLI.12.4792728).txt (北大法宝 export,
pkulaw.com/lar/f06f932a9e36c48114c6518ada114f88bdfb.html); CR, 法宝 header lines, the duplicated title line, a blank
line and leading/trailing whitespace removed, otherwise verbatim (chapter headings stay joined to the first article).

Scope: the whole text, sentences 1-128 (no SCOPE records): the notice and 第一章-第九章, 第一条-第四十九条. Sentence
numbers follow tools/sentences.py's split (1-based; list them with tools/list_sentences.py). C = claim (cause,
relation, effect); I = enumeration "A、B等Y" -> each A skos:broader Y; P = composition (whole pk:hasPart part);
E = policy event; M = observation. A span may be a list of acceptable alternatives. Written from the text and
README.md (guidelines v2) alone, before any extractor was run on the text.

Conventions used here (beyond README.md):
* Purpose clauses "为 P1，P2…，根据 N，制定本办法" (s8) link 本办法 to each purpose with the purpose's verb (as beijing
  s4/s8): 推进 (read as 推动) -> drives, 建设 (creation-type purpose) -> supports, 提升 -> improves; 规范 is no cue.
  The cited documents are events and members of "…等法律、法规和政策"; 本办法 aligns with the head.
* alignsWith (guideline 8): 根据/按照/依照/遵循/遵守/参照 + a norm (法律、法规, 规定, 要求, 原则, 目录, 清单, 协议约定).
  The follower is the act governed (采集数据, 数据开发利用, 提出申请…), its actor as alternative (as beijing s43/s63).
  Not norms (no claim): 需要 (根据…需要 s63, s73, s81), 开放属性 / 开放类型 (criteria, s82, s88), 职责 (按照法定职责
  s49, 按照各自职责 s105); 适用本办法 (s9) and 从其规定 (s86, no follower) are none. "X 是 Y 的依据" (s36) is read as
  "Y 依据 X" (alignsWith, Y -> X); "是 Y 的基础" supports. Negated cues (未按照, 不符合, 不能实现, 未纳入) give none.
* Agents (guideline 2): an organ with a cue verb and an object gives agent claims (州人民政府 加强 s14, 人民政府 推进 s59,
  s81, 主管部门 加强/推动 s22, s96, s98, 实现 s69, s87, 负责保障 s103; 加强 -> improves as beijing s52). With an
  explicit means (依托 s26, s28; 通过 s56, s98) both the means and the organ get the claim; 政务数据 as the subject of
  "可以通过 M 提升 Y" (s97) and 政务部门 of "应用 X 提高 Y" (s99) are only alternatives (means as in digital s84).
  Coordinated organs as subject distribute (s104).
* Chains (guideline 7): 保障/实现/促进/防止/推进/提升 + an outcome at the end links back (s22, s43, s50, s53, s88, s94,
  s99, s100, s104-s107), nearest object first; coordinated heads of the effect distribute (s43 真实/准确/完整, s104
  丢失/毁损/泄露/篡改). 加强 + an object with no result meaning is a measure of its agent only.
* Parts: 纳入 / 列入 Y -> Y hasPart X (s12, s16, s34, s81, s83, s84); 包括 with an enumeration under a head gives the
  hasPart on the head (s25 三大子平台, s33 完成情况, as sci-tech s7); "作为项目审批要件" (s31) is read as a required
  component (要件 ~ 核心要素: 项目审批 hasPart the catalogue); "作为项目验收要求" (s34) is a demand, none. The
  definition "政务数据是指…的文字、数字…等" (s11) has no head noun after 等 (no broader); its 包括 gives one part (shared
  head 数据: one span). "分为 A、B、C (等类型)" (s66, s82) gives A, B, C broader the head (类型) or the divided whole,
  as beijing s13. "A、B…等环节的 Y" (s101) is read as "A、B 等方面的 Y" (broader 环节, Y as alternative head);
  "A、B 等的 Y" (s23) and heads after "明确…等" with no noun (s21) give none. "和其他相关管理工作" (s20) is not 等.
* Cues inside modifiers (guideline 6): "依托政务信息系统形成的数据" (s11, supports), "财政性资金保障的…单位"
  (s126, supports), "危害政务数据安全事件" (s107, 危害 = 损害 -> hinders, as modern_industrial); principles named by
  their words ("保障安全的原则" s13) are list items, as beautiful s92. 造成 + a harm (s85) = 导致 (drives; the four
  kinds of emergency distribute); 处置 (s85) and 更正 (s57) are not in the cue table.
* Events: the notice (s1) and its 印发 (s4) are acts of 阿坝州人民政府办公室 with implicit_year 2021 from the date line
  (s6) and document number (s2), as beijing s1/s4; the two cited documents (s8) are events, the 四川省 one tied to its
  actor by its title; "本办法自颁布之日起施行" (s128) is the 办法 coming into force (implicit_year 2021). "制定本办法"
  in s8 repeats the issuing (no event, as beijing s8); plans to be drawn up (s21), 应急预案 to be started (s107) and
  obligations in general are no events.
* Observations: deadlines with a count and a unit are observations of the time limit (as beijing s16 "2-3年时间"):
  10 / 3 / 7 / 15 个工作日 and 有效期2年; the unit is kept as written ("个工作日"); 十五个 -> 15; no year (a regulation
  states none). Article and item numbers (第一条, （一）) and the document number are no observations.
"""
from gold_dsl import C, I, P, E, M, META, dump

BANFA = ["《阿坝州政务数据资源管理暂行办法》", "阿坝州政务数据资源管理暂行办法", "政务数据资源管理暂行办法", "暂行办法"]
BENBANFA = ["本办法"] + BANFA
OFFICE = ["阿坝州人民政府办公室", "阿坝州人民政府"]
DOC8A = ["《政务信息资源共享管理暂行办法》", "政务信息资源共享管理暂行办法"]
DOC8B = ["《四川省政务信息资源共享管理实施细则》", "四川省政务信息资源共享管理实施细则"]
HEAD8 = ["法律、法规和政策的规定", "法律、法规和政策", "规定",
         "《政务信息资源共享管理暂行办法》和《四川省政务信息资源共享管理实施细则》等法律、法规和政策的规定"]
ZHU = ["州数据资源主管部门", "数据资源主管部门"]
BIGDATA = ["阿坝州大数据中心平台", "大数据中心平台"]
GOV = ["州、县（市）人民政府", "人民政府"]

# 1 (title): the issuing notice; the year comes from the date line and the document number
E(1, None, OFFICE, BANFA + ["阿坝州人民政府办公室关于印发《阿坝州政务数据资源管理暂行办法》的通知"], implicit_year=2021)
# 2
META(2, document_number="阿府办发〔2021〕21号")
# 3: addressees, no cue
# 4: 印发 -> event; "请认真遵照执行" has no follower span (the addressees are in s3)
E(4, None, OFFICE, BANFA, implicit_year=2021)
# 5, 6
META(5, issuer="阿坝州人民政府办公室")
META(6, date="2021-10-11")
# 7: the 办法's title line: no cue
# 8: purposes of 本办法 (see docstring); shared modifier 政务数据 distributes over 归集、共享、应用; 规范 is no cue;
#    结合实际 no cue; "制定本办法" repeats the issuing (no event)
E(8, None, None, DOC8A)
E(8, None, "四川省", DOC8B)
I(8, [DOC8A, DOC8B], HEAD8)
C(8, BENBANFA, "alignsWith", HEAD8)
for e in [["政务信息系统互联互通", "互联互通"], ["政务数据归集", "归集"], ["政务数据共享", "共享"],
          ["政务数据应用", "应用"]]:
    C(8, BENBANFA, "drives", e + ["政务信息系统互联互通和政务数据归集、共享、应用"])
C(8, BENBANFA, "supports", ["数字政府", "建设数字政府"])
C(8, BENBANFA, "improves", ["政府治理能力", "政府治理能力和公共服务水平"])
C(8, BENBANFA, "improves", ["公共服务水平", "政府治理能力和公共服务水平"])
# 9: 适用 is no cue; the list of activities has no 等
# 10: 按照 + a norm
C(10, ["涉及国家秘密或者属于政府信息公开的政务数据资源管理", "政务数据资源管理"], "alignsWith",
  ["有关法律、法规规定", "法律、法规规定", "有关法律、法规", "法律、法规"])
# 11: definition; "文字、…视频等" has no head noun (no broader); 包括 -> one part (shared head 数据); 依托 in the modifier
DATA11 = ["政务部门直接或者通过第三方依法采集的、依法授权管理的和因履行职责需要依托政务信息系统形成的数据",
          "直接或者通过第三方依法采集的、依法授权管理的和因履行职责需要依托政务信息系统形成的数据", "数据"]
P(11, "政务数据", DATA11)
C(11, "政务信息系统", "supports", ["因履行职责需要依托政务信息系统形成的数据", "依托政务信息系统形成的数据", "数据"])
# 12: 纳入 Y -> Y hasPart X
P(12, ["国有资产管理", "国有资产"], "政务数据资源")
# 13: 遵循 + 原则 -> alignsWith; the principles' words (保障安全) are list items
C(13, "政务数据资源管理", "alignsWith", ["统一标准、统筹建设、共享开放、依法管理、保障安全的原则", "原则"])
# 14: agent + 加强 -> improves; 统筹协调 no cue
C(14, "州人民政府", "improves", ["对政务数据资源管理工作的组织领导", "组织领导", "政务数据资源管理工作的组织领导"])
# 15: 按照 + 要求 -> alignsWith
C(15, ["辖区内政务数据资源管理工作", "统筹协调辖区内政务数据资源管理工作", "县（市）人民政府"], "alignsWith",
  ["州人民政府政务数据资源管理要求", "政务数据资源管理要求"])
# 16: 所需 -> supports; 纳入 -> hasPart
C(16, ["经费", "政务数据资源管理工作所需经费"], "supports", "政务数据资源管理工作")
P(16, ["同级财政预算", "财政预算"], ["政务数据资源管理工作所需经费", "经费"])
# 17: 授权 / 负责 / 指导 / 组织实施 / 建立 are no cues
# 18: "…等工作" -> broader (shared modifier 政务数据)
I(18, [["政务数据归集", "归集"], "整合", "共享", "开放", "应用"],
  ["工作", "政务数据归集、整合、共享、开放、应用等工作"])
# 19: no cue
# 20: copulas with relational nouns; "和其他相关管理工作" is not 等
# 21: 编制 a plan to be drawn up (no event); "明确 A、B…等" has no head noun
# 22: 借鉴 no cue; 根据 + norms (two heads); agent + 加强; "…等地方标准" -> broader; 促进 links back
STD22 = ["地方标准", "政务数据资源采集、归集、整合、共享、开放以及质量和安全管理等地方标准"]
FOLLOW22 = ["政务数据资源标准化建设", "加强政务数据资源标准化建设"] + ZHU
C(22, FOLLOW22, "alignsWith", "国家标准")
C(22, FOLLOW22, "alignsWith", "行业标准")
C(22, ZHU, "improves", "政务数据资源标准化建设")
I(22, [["政务数据资源采集", "采集"], "归集", "整合", "共享", "开放", "质量和安全管理"], STD22)
C(22, STD22 + ["政务数据资源标准化建设", "国家标准和行业标准"] + ZHU, "improves",
  ["政务数据资源规范化管理", "规范化管理"])
# 23: "A、B…等的 Y" gives no broader; 负责 no cue
# 24: no cue
# 25: 包括 + "A、B、C 三大子平台" -> the head carries the hasPart; the members are broader the head
SUB25 = ["三大子平台", "子平台", "阿坝州共享交换平台、阿坝州数据开放平台、阿坝州政务数据资源池三大子平台"]
P(25, BIGDATA, SUB25)
I(25, [["阿坝州共享交换平台", "共享交换平台"], ["阿坝州数据开放平台", "数据开放平台"],
       ["阿坝州政务数据资源池", "政务数据资源池"]], SUB25)
# 26: 政务部门 依托 M，推动 Y: M -> Y and the organ -> Y; shared modifier 各类政务数据 distributes over seven heads
ALL26 = "各类政务数据统一目录编制、归集、存储、提供、共享、应用和开放"
for e in [["政务数据统一目录编制", "统一目录编制", "目录编制"], ["政务数据归集", "归集"], ["政务数据存储", "存储"],
          ["政务数据提供", "提供"], ["政务数据共享", "共享"], ["政务数据应用", "应用"], ["政务数据开放", "开放"]]:
    C(26, BIGDATA, "drives", e + [ALL26])
    C(26, "政务部门", "drives", e + [ALL26])
# 27: no cue
# 28: 依托 M 进行建设和部署 (creation verbs with an explicit means) -> M supports the system (two platforms
#     distribute); 实现 -> M and the system drive each of the three results
SYS28 = ["非涉密政务信息系统", "州、县（市）政务部门非涉密政务信息系统", "政务信息系统"]
PLATS28 = [BIGDATA + ["阿坝州大数据中心平台及政务云平台"], ["政务云平台", "阿坝州大数据中心平台及政务云平台"]]
for m in PLATS28:
    C(28, m, "supports", SYS28)
for e in ["互联互通", "数据共享", "业务协同"]:
    for c in PLATS28 + [SYS28]:
        C(28, c, "drives", [e, "互联互通、数据共享、业务协同"])
# 29: "不能实现…的系统" is negated: no claim
# 30: no cue
# 31: "作为项目审批要件" -> the approval has the catalogue as a required part
P(31, ["项目审批", "项目审批要件"], ["项目数据资源目录", "预编形成项目数据资源目录"])
# 32: no cue
# 33: 包括 + "A、B…等完成情况" ("A、B 等的 Y": no broader) -> one part on the head
P(33, "验收报告", ["建设目标和任务、系统功能、数据共享开放、安全等级保护、标准化建设等完成情况", "完成情况"])
# 34: 纳入 -> hasPart; "作为项目验收要求" is a demand (none)
P(34, ["阿坝州共享交换平台目录管理系统", "目录管理系统", "共享交换平台目录管理系统"], "项目数据资源目录")
# 35: 采用 no cue
# 36: "是 Y 的基础" -> supports; "是 Y 的依据" -> Y aligns with X (four heads of the shared modifier 政务数据)
C(36, "政务数据资源目录", "supports", "政务数据管理")
for e in [["政务数据整合", "整合"], ["政务数据共享", "共享"], ["政务数据开放", "开放"], ["政务数据应用", "应用"]]:
    C(36, e + ["政务数据整合、共享、开放、应用"], "alignsWith", "政务数据资源目录")
# 37: no cue
# 38: "…等内容" -> broader
I(38, [["政务数据的分类", "分类"], "责任主体", "格式", "属性", "更新时限", "共享类型", "共享方式", "使用要求"],
  ["内容", "分类、责任主体、格式、属性、更新时限、共享类型、共享方式、使用要求等内容"])
# 39, 40: no cue
# 41: 按照 + 要求 -> alignsWith; 梳理 / 编制 no cues
C(41, ["编制本部门政务数据资源目录", "本部门政务数据资源目录", "梳理本部门本系统政务数据资源", "州级政务部门"],
  "alignsWith", ["政务数据资源目录编制要求", "目录编制要求"])
# 42: 未纳入 is negated; 编制 a creation verb
# 43: 保障 links back (nearest 更新和维护工作); the three heads of the shared modifier distribute
CAUSE43 = ["更新和维护工作", "更新和维护", "动态管理", "政务数据资源目录进行动态管理", "政务部门"]
ALL43 = "政务数据资源的真实、准确、完整"
for e in [["政务数据资源的真实", "真实"], ["政务数据资源的准确", "准确"], ["政务数据资源的完整", "完整"]]:
    C(43, CAUSE43, "supports", e + [ALL43])
# 44: two deadlines
M(44, ["更新本部门政务数据资源目录", "更新政务数据资源目录", "更新期限", "更新"], 10, "个工作日")
M(44, ["报送本级数据资源主管部门", "报送", "报送期限", "报送更新后的政务数据资源目录"], 3, "个工作日")
# 45: "法律、法规、规章等依据" -> broader; 发生变化 no cue
I(45, ["法律", "法规", "规章"], ["依据", "法律、法规、规章等依据"])
# 46-48: no cue
# 49: 根据 + two norms, 遵循 + 原则 -> alignsWith; "按照法定职责" is a duty, not a norm
FOLLOW49 = ["采集数据", "在政务数据目录的范围内采集数据", "政务部门"]
C(49, FOLLOW49, "alignsWith", ["政务数据资源目录", "政务数据资源目录和数据采集规范要求"])
C(49, FOLLOW49, "alignsWith", ["数据采集规范要求", "政务数据资源目录和数据采集规范要求"])
C(49, FOLLOW49, "alignsWith", ["合法、必要、适度的原则", "原则"])
# 50: 按照 + 要求 -> alignsWith; 实现 -> drives (two predicates distribute); 不得 none
FOLLOW50 = ["政务部门采集数据", "采集数据", "政务部门"]
REQ50 = ["一数一源、一源多用的要求", "要求"]
C(50, FOLLOW50, "alignsWith", REQ50)
for e in ["一次采集", "共享使用"]:
    C(50, FOLLOW50 + REQ50, "drives", [e, "一次采集、共享使用"])
# 51: "通过 M 获得 Y" (获得 no cue); 52: 因…需要 and 采集 are no cues
# 53: 按照 + 要求 -> alignsWith; 实现 links back (nearest 归集并更新's objects)
C(53, ["归集并更新政务数据资源", "完整归集并更新政务数据资源", "政务部门"], "alignsWith",
  ["政务数据资源目录要求", "目录要求"])
C(53, ["本部门政务数据资源池", "政务数据资源池"] + BIGDATA + ["政务部门"], "drives",
  ["政务数据资源的集中存储", "集中存储"])
# 54: no cue
# 55: "…等基础数据资源库" -> broader (自然资源和空间地理 is one slot); 建立 is a creation verb
I(55, ["人口", "法人", "自然资源和空间地理", "城市部件", "信用信息", "电子证照"], ["基础数据资源库", "基础数据库"])
# 56: "通过 M 向 Y 提供服务" (= 为Y提供…) -> M supports Y and the subject supports Y
C(56, ["阿坝州共享交换平台", "共享交换平台"], "supports", "其他部门")
C(56, "基础数据库", "supports", "其他部门")
# 57: agent + 加强 -> improves; 校核 / 发现和更正 / 承担 are no cues
C(57, "政务部门", "improves", ["数据采集和归集的质量管理", "质量管理"])
# 58: definition; 根据…需要 is no norm: no claim
# 59: agent + 推进 (read as 推动) -> drives; 保护 is no cue
C(59, GOV, "drives", ["政务数据资源依法有序共享", "政务数据资源共享", "依法有序共享"])
# 60: 负责 / 统筹协调 / 建立 no cues; "提供技术支撑" has no 为 Y
# 61-64: no cue (依据…需要 is no norm)
# 65: 遵守 + norms -> alignsWith; the shared modifier 授权使用的 distributes over 方式、范围、期限
FOLLOW65 = ["应用共享的政务数据", "共享的政务数据"]
C(65, FOLLOW65, "alignsWith", ["法律、法规", "法律", "法规"])
for e in ["授权使用的方式", "授权使用的范围", "授权使用的期限"]:
    C(65, FOLLOW65, "alignsWith", [e, "授权使用的方式、范围和期限"])
# 66: "分为 A、B、C 等类型" -> broader
I(66, ["无条件共享", "有条件共享", "不予共享"], ["类型", "政务数据共享"])
# 67: 按照 + 规定 -> alignsWith (可以提供给 is no cue); 68: no cue
C(67, ["有条件共享的数据", "提供给有关政务部门使用"], "alignsWith", "规定")
# 69: "实现 X 与 Y 级联对接" (对接 = 相衔接, as sci-tech 无缝对接); agent + 实现 -> drives
C(69, ["阿坝州共享交换平台", "共享交换平台"], "alignsWith", ["国家、省共享交换平台", "国家共享交换平台", "省共享交换平台"])
C(69, ZHU, "drives", ["阿坝州共享交换平台与国家、省共享交换平台级联对接", "级联对接"])
# 70: "通过 M 共享数据" (共享 no cue); 整合 no cue
# 71: 根据 + the catalogue -> alignsWith
C(71, ["梳理本部门可以共享的政务数据资源", "本部门可以共享的政务数据资源", "政务部门"], "alignsWith",
  "政务数据资源目录")
# 72, 73: no cue
# 74: deadline
M(74, ["答复", "有条件共享答复", "答复期限"], 7, "个工作日")
# 75, 76: no cue
# 77: two deadlines
M(77, ["校核", "数据提供部门校核", "校核期限", "进行校核"], 7, "个工作日")
M(77, ["校核", "数据提供部门校核", "校核期限", "进行校核"], 7, "个工作日")
# 78: "不超过7个工作日" -> 7
M(78, ["延长期限", "延长复核期限", "复核期限"], 7, "个工作日")
# 79, 80: no cue (不一致 is negated; 形成一致意见 has one span)
# 81: 根据…需要 no norm; agent + 推进 -> drives; 纳入 -> hasPart (shared head 政务数据资源: one span)
C(81, GOV, "drives", ["政务数据资源依法有序开放", "政务数据资源开放", "依法有序开放"])
P(81, "开放重点", ["与民生紧密相关、社会迫切需要、行业增值潜力显著和产业战略意义重大的政务数据资源", "政务数据资源"])
# 82: 根据开放属性 (a criterion): none; "分为 A、B 和 C" -> broader the divided whole
I(82, ["无条件开放类", "有条件开放类", "不予开放类"], ["政务数据", "开放属性"])
# 83: 列入 (= 纳入) -> hasPart, three times
P(83, "无条件开放类", ["可以提供给所有自然人、法人和非法人组织使用的政务数据", "政务数据"])
P(83, "有条件开放类", ["可以部分提供或需要按照特定条件提供给自然人、法人和非法人组织的政务数据", "政务数据"])
P(83, "不予开放类", ["涉及国家秘密、商业秘密和个人隐私，以及法律、法规、规章规定不得开放的政务数据",
                   "法律、法规、规章规定不得开放的政务数据", "政务数据"])
# 84: 列入 A 或 B -> two parts
P(84, "无条件开放类", ["不予开放类政务数据", "政务数据"])
P(84, "有条件开放类", ["不予开放类政务数据", "政务数据"])
# 85: 造成 + a harm (= 导致) -> drives; the four kinds of emergency distribute (shared 突发); 影响 / 处置 no cues
for c in [["突发自然灾害", "自然灾害"], "事故灾难", "公共卫生事件", "社会安全事件"]:
    C(85, c, "drives", ["严重社会危害", "社会危害"])
# 86: "从其规定" has no follower span
# 87: as s69
C(87, ["阿坝州数据开放平台", "数据开放平台"], "alignsWith", ["国家、省开放平台", "国家开放平台", "省开放平台"])
C(87, ZHU, "drives", ["阿坝州数据开放平台与国家、省开放平台实现对接", "对接"])
# 88: 按照开放类型 is a criterion (none); 按照 + 开放清单 -> alignsWith; 实现 links back (nearest the platform)
C(88, ["将政务数据归集到阿坝州数据开放平台", "政务数据归集到阿坝州数据开放平台", "政务部门"], "alignsWith",
  ["开放清单", "无条件开放清单和有条件开放清单"])
C(88, ["阿坝州数据开放平台", "数据开放平台", "开放清单", "无条件开放清单和有条件开放清单", "政务部门"], "drives",
  ["对自然人、法人和非法人组织开放政务数据的统一服务", "统一服务", "开放政务数据的统一服务"])
# 89: no cue
# 90: "…等领域" -> broader; 用于 no cue; 依照 + 规定 -> alignsWith
I(90, ["创新发展", "城市治理", "社会服务"], "领域")
C(90, ["提出申请", "自然人、法人和非法人组织"], "alignsWith", ["有关规定", "规定"])
# 91: deadline (十五个 -> 15); 通过 M 授权开放 (no cue)
M(91, ["处理", "处理期限", "政务部门处理"], 15, "个工作日")
# 92, 93: "…等公益性活动", "…等竞争性方式" -> broader
I(92, ["科研教育"], ["公益性活动", "科研教育等公益性活动"])
I(93, ["公开招标"], ["竞争性方式", "公开招标等竞争性方式"])
# 94: 按照 + two norms -> alignsWith; 保障 links back (nearest the 开发利用)
FOLLOW94 = ["数据开发利用", "进行数据开发利用", "政务数据开发利用主体"]
C(94, FOLLOW94, "alignsWith", ["法律、法规规定", "法律、法规规定和协议约定"])
C(94, FOLLOW94, "alignsWith", ["协议约定", "法律、法规规定和协议约定"])
C(94, FOLLOW94 + ["法律、法规规定", "协议约定"], "supports", "数据安全")
# 95: no cue
# 96: agent + 加强 -> improves
C(96, ZHU, "improves", ["对政务数据市场化运作工作的统筹指导", "统筹指导", "政务数据市场化运作工作的统筹指导"])
# 97: "…等方式" -> broader; "通过 M，…，提升 Y" -> the means (head 方式) improves Y (shared modifier 政务数据
#     distributes); 政务数据 (the subject) and 社会资本参与 as alternatives; "在保证数据安全的前提下" has no cause
WAYS97 = ["方式", "数据公司化运作、政府购买服务等方式"]
I(97, ["数据公司化运作", "政府购买服务"], WAYS97)
for e in [["政务数据价值", "政务数据价值和应用效率"], ["政务数据应用效率", "应用效率", "政务数据价值和应用效率"]]:
    C(97, WAYS97 + ["社会资本参与", "引进社会资本参与", "政务数据"], "improves", e)
# 98: agent + 推动 / 加强; "…等方式" -> broader; "通过 M，挖掘 Y，拓展 Z": 挖掘 no cue; 拓展 -> M and the organ
WAYS98 = ["方式", "项目建设、合作研究等方式"]
C(98, ZHU, "drives", "政务数据开放应用")
C(98, ZHU, "improves", ["政务数据与社会数据的应用合作", "应用合作"])
I(98, ["项目建设", "合作研究"], WAYS98)
C(98, WAYS98, "improves", "政务数据来源")
C(98, ZHU, "improves", "政务数据来源")
# 99: "应用 X 提高 Y" -> X improves Y (shared head 能力: one span); 推进 (read as 推动) links back
C(99, ["政务数据资源", "政务部门"], "improves", ["决策、管理和服务能力", "服务能力"])
C(99, ["决策、管理和服务能力", "政务数据资源", "政务部门"], "drives", "治理体系和治理能力现代化")
# 100: 鼓励 no cue; "…等活动" -> broader; 促进 links back (nearest the 活动), two heads distribute
I(100, ["科技研究", "咨询服务", "产品开发", "数据加工"], ["活动", "科技研究、咨询服务、产品开发、数据加工等活动"])
CAUSE100 = ["活动", "科技研究、咨询服务、产品开发、数据加工等活动", "开放的政务数据资源", "政务数据资源"]
C(100, CAUSE100, "improves", ["本市大数据产业发展", "大数据产业发展", "本市大数据产业发展和创新应用"])
C(100, CAUSE100, "improves", ["本市大数据产业创新应用", "创新应用", "本市大数据产业发展和创新应用"])
# 101: "A、B…等环节的安全管理" -> broader 环节 (安全管理 as alternative head)
I(101, [["数据采集", "采集"], "归集", "存储", "提供", "共享", "应用", "开放"], ["环节", "安全管理"])
# 102: no cue
# 103: 负责保障 -> agent supports (the coordinated subjects of 安全运行 share one head: one span)
C(103, "数据资源主管部门", "supports",
  ["阿坝州大数据中心平台、政务云和电子政务外网安全运行", "安全运行"])
# 104: two "…等" broaders; the coordinated organs + 加强 -> improves (distribute); 防止 -> mitigates and 保障 -> supports
#      link back (nearest the 技术措施, the earlier measures as alternatives); the four harms distribute
I(104, ["数据分类分级安全防护", "数据安全风险测评"], ["管理制度", "数据分类分级安全防护、数据安全风险测评等管理制度"])
I(104, ["数据脱敏", "数据备份", "加密认证"], ["安全保护技术措施", "技术措施"])
for a in [["数据资源主管部门", "数据资源主管部门、政务部门"], ["政务部门", "数据资源主管部门、政务部门"]]:
    C(104, a, "improves", ["对网络和数据管理人员的教育、培训和管理", "教育、培训和管理",
                           "网络和数据管理人员的教育、培训和管理"])
MEAS104 = ["安全保护技术措施", "数据脱敏、数据备份、加密认证等安全保护技术措施", "技术措施",
           "网络和数据安全管理机构和责任人", "安全评测、风险评估", "保密审查机制", "管理制度"]
ALL104 = "政务数据资源丢失、毁损、泄露和篡改"
for e in [["政务数据资源丢失", "丢失"], ["政务数据资源毁损", "毁损"], ["政务数据资源泄露", "泄露"],
          ["政务数据资源篡改", "篡改"]]:
    C(104, MEAS104, "mitigates", e + [ALL104])
C(104, MEAS104 + ["防止政务数据资源丢失、毁损、泄露和篡改"], "supports", "政务数据资源安全")
# 105: "按照各自职责" is a duty (none); 保障 links back to the work (shared head 工作: one span)
C(105, ["政务数据安全保护、保密审查、网络安全审查和监督管理工作", "监督管理工作", "政务数据安全保护",
        "网信部门、保密部门、公安部门、通信管理部门和其他有关部门"], "supports", "政务数据安全")
# 106: 保障 links back (nearest 应急演练)
C(106, ["应急演练", "定期组织开展应急演练", "政务数据容灾备份和安全应急预案", "安全应急预案"], "supports",
  "政务数据安全")
# 107: "危害 Y 的事件" (cue in the modifier, hinders); 防止 links back (nearest 补救措施); starting an unnamed 预案 is no event
C(107, ["危害政务数据安全事件", "事件"], "hinders", "政务数据安全")
C(107, ["补救措施", "采取补救措施", "应急预案", "启动应急预案"], "mitigates", ["事件扩大", "防止事件扩大"])
# 108: 委托 / 开展 / 整改 (no cause) give none
# 109-124: legal liabilities; negated cues (未按照, 不符合) and offences give no claim
# 125: 考核评估 no cue
# 126: "财政性资金保障的 Y" (cue in the modifier) -> supports; 参照 + 本办法 -> alignsWith
C(126, "财政性资金", "supports", ["其他机关和单位", "财政性资金保障的其他机关和单位"])
C(126, ["数据资源", "在履行公共管理和服务职责过程中制作或者获取的数据资源"], "alignsWith", BENBANFA)
# 127: no cue
# 128: the 办法 comes into force (year from the notice's date line); 有效期2年
E(128, None, None, BENBANFA, implicit_year=2021)
M(128, ["有效期", "本办法有效期"], 2, "年")

if __name__ == "__main__":
    dump()

import sys, os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "tools"))
"""Gold annotation of two parts of 安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划
（2021-2023年）的通知（皖政办秘〔2021〕82号）(../shared/corpus/policy_2021_anhui_industrial_internet.txt).

Source (as in ../shared/corpus/SOURCES.md): mengke25/policy_text_frenq @ ad241934 :
pool/安徽省人民政府办公厅关于印发支持工业互联网...(FBM-CLI.12.4638041).txt (北大法宝 export,
pkulaw.com/lar/e069caa6e9e192c2d4e5fade93a3d543bdfb.html), dated 2021-09-02.

Scopes (as gwr2024: two parts of a long text, together 2,067 characters):
(a) the notice and the opening of the 若干政策: sentences 1-30, offsets 0-1092 - the notice (s1-6), the 若干政策's title and
    purpose sentence (s7-8), part 一 "支持工业互联网平台建设" and part 二 "支持企业数字化、网络化、智能化转型", through the
    (责任单位) line after "建设智能工厂和数字化车间";
(b) the 行动计划's opening: sentences 83-106, offsets 3251-4226 - its title and purpose sentence, 一、总体要求 with （一）指导思想
    and （二）发展目标 (the six "--" goal paragraphs with their figures), through "打造一批工业互联网创新应用联合体".
Sentence numbers follow tools/sentences.py's split (1-based; list them with tools/list_sentences.py). C = claim
(cause, relation, effect); I = enumeration "A、B等Y" -> each A skos:broader Y; P = composition (whole pk:hasPart part);
E = policy event; M = observation. A span may be a list of acceptable alternatives. Written from the text and
README.md (guidelines v2) alone; no extractor output on this text was read.

Conventions used here (besides README.md, and as beijing, gwr2024, zhejiang and the tuning policy golds):
* Events: the notice (s1) and its 印发 (s4) issue two documents, one event each, acts of 安徽省人民政府办公厅 (省政府 as
  the approving alternative, as baotou s4) with implicit_year 2021 from the date line (s6) and the document number; the
  "（2021-2023年）" in the plan's title is a period, not the year. The title lines (s7, s83) and "特制定本行动计划" (s84)
  repeat the issuing: no event (as aba s7/s8). 党的十九大 (2017) and the named plenums 十九届二中 (2018-01), 三中 (2018-02),
  四中 (2019), 五中全会 (2020) are events with implicit_year (s87); "实施 X 战略" (s84) practises a strategy: no event.
* Purposes "为 P1，P2…，制定本 N" (s8, s84) link the document to each purpose with the purpose's verb (as aba s8): 加快 +
  a process (我省工业互联网发展) -> drives, 促进 -> improves, 推动 -> drives, 助力 -> supports; 运用, 发挥…作用 and 实施 are no
  cues. In s84 工业互联网 is an alternative cause of 助力 (the plan's purpose clauses read "工业互联网…助力").
  The cue inside the title "支持工业互联网发展若干政策" (s1, s4, s7) gives the 政策 supports 工业互联网发展, as gwr2024 s204
  "支持数字经济高质量发展政策" and zhejiang s18.
* Subsidy rules: 给予奖补/给予贴息/给予优惠 are no cues (as high_level_opening_up: 给予 none); "对 X 给予奖补" names the
  beneficiary but links nothing. Every amount, share and term is an observation with no year (the 政策 states none inside
  the scope; "本政策自2021年开始执行" s82 is outside it and gives a start, not the figures' year; as baotou). "最高 N 万元"
  gives N; "分别给予 A、B、C" one observation per value; "3年期以上贷款" is a loan term of 3 "年" (期 is the word 年期, term);
  3A/4A/5A are grade names, not figures. 按照 + a rate or amount (项目设备购置额的10%, 同期银行基准利率40%) or a criterion
  (服务中小企业的数量和质量, s17) is no norm (no alignsWith); 对照 + 标准 (s25) is (as baotou).
* s15 "面向 Y 提供服务" is read as "向 Y 提供服务" (= 为 Y 提供…, supports, as aba s56 / baotou s104); its cause is the
  资源池 the clause describes, the chain's nearest object 动态管理 as an alternative; 细分行业 and 中小企业 distribute.
  Elsewhere 面向 (s101 面向中小企业的数字化服务商, s102) is no cue, as in zhejiang and digital_china. s16 "减轻用户费用负担"
  is read as 降低(成本)/缓解 (mitigates), linked back to the 优惠 (its 服务商 as alternative); 引导/鼓励/支持+creation verb
  give none. s17 "纳入 Y 的企业" (guideline 6 and 纳入) -> Y hasPart the 企业.
* s88: "以 A 为基础，以 B 为重点，以 C 为路径，以 D 为保障，推动构建 Y，打造 Z，赋能 W，为 V 提供新的动能". The 以-phrases
  are linked to the object of the verb they precede (Y = the 产业生态): 为基础 and 为保障 -> supports (as baotou "以 X 为
  基础"; "是 Y 的重要保障"), 为路径 ~ 为抓手 -> drives with 推动; "以 X 为重点" is no cue (as baotou s118), but inside it
  "平台赋能中小企业" -> supports. The later clauses are a chain (guideline 7): 赋能 (supports) links back to 工业互联网高地,
  "为 V 提供…动能" (supports) to 制造强省, earlier objects as alternatives; its two coordinated purposes distribute.
  "A、B…F“多链协同”" is read like "A、B、C“三要素”" (hasPart: the label 多链协同 has each chain).
* s87: 以…为指导, 贯彻落实, 贯彻 (新发展理念) are no cues; "深化 X，加快构建 Y，推进 Z": 推进 in the result clause is read as
  推动 (as aba/baotou) and links back to 新发展格局, earlier objects as alternatives; 加快构建 is a creation verb and a
  parallel measure (none).
* Goals (s90-106): every figure carries the target year 2023 of "到2023年" (s90), which heads the 发展目标 section.
  "对 Y 的引擎带动作用" (s90) is 带动 in a modifier: 工业互联网(建设) drives 工业经济. "以数字化为引领的技术改造" (s99) is a cue
  in a modifier (引领 -> drives, as "以 X 为支撑的 Y"). "推动 X 开展/实施 Y" (s99, s104), "推动 X 落地" (s94), 推进 上云
  (s101) are measures (as baotou "推动 X 建设"), and a target state "生产效率提高20%以上" names no cause: none. Predicative
  headings ("--新型基础设施更加完善", "--安全保障水平明显提升") and "--赋能中小企业成效明显" (one span) give none. 第一方阵
  (s95) is a rank; 5G, “双千兆”, “5G＋工业互联网” are names. "3万名专业技术人才和企业高级管理人员" (s102) is one figure.
"""
from gold_dsl import C, I, P, E, M, META, SCOPE, dump

SCOPE(1, 30)
SCOPE(83, 106)

OFFICE = ["安徽省人民政府办公厅", "省人民政府办公厅"]
POLICY = ["《支持工业互联网发展若干政策》", "支持工业互联网发展若干政策", "若干政策"]
PLAN = ["《安徽省工业互联网创新发展行动计划（2021-2023年）》", "安徽省工业互联网创新发展行动计划（2021-2023年）",
        "安徽省工业互联网创新发展行动计划", "工业互联网创新发展行动计划", "行动计划"]
NOTICE = ["安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划（2021-2023年）的通知"]
IIDEV = ["工业互联网发展", "工业互联网"]
Y = 2021

# ---------------------------------------------------------------- (a) notice and 若干政策 一、二
# 1 (title): the issuing notice, one event per document; the title's 支持 Y 若干政策 -> supports
E(1, None, OFFICE, POLICY + NOTICE, implicit_year=Y)
E(1, None, OFFICE, PLAN + NOTICE, implicit_year=Y)
C(1, POLICY, "supports", IIDEV)
# 2
META(2, document_number="皖政办秘〔2021〕82号")
# 3: addressees
# 4: 印发 -> events (省政府 approved); "请认真抓好落实" has no second span
E(4, None, ["省政府"] + OFFICE, POLICY, implicit_year=Y)
E(4, None, ["省政府"] + OFFICE, PLAN, implicit_year=Y)
C(4, POLICY, "supports", IIDEV)
# 5, 6
META(5, issuer="安徽省人民政府办公厅")
META(6, date="2021-09-02")
# 7: the 政策's title line: cue in the modifier, no event
C(7, POLICY, "supports", IIDEV)
# 8: purposes of 以下政策; 运用 / 发挥…作用 no cue; 数字化、网络化、智能化转型 shares its head: one span
POL8 = ["以下政策", "政策"] + POLICY
C(8, POL8, "drives", ["我省工业互联网发展", "工业互联网发展", "加快我省工业互联网发展"])
C(8, POL8, "improves", ["我省制造业数字化、网络化、智能化转型", "制造业数字化、网络化、智能化转型", "制造业转型",
                        "制造业数字化转型"])
# 9, 10, 11: headings and bare 培育 / 支持建设 (no 等 in s11)
# 12: 给予奖补 no cue; the caps are observations
M(12, ["跨行业跨领域工业互联网平台", "奖补", "跨行业跨领域工业互联网平台省级奖补"], 3000, "万元")
M(12, ["行业、区域、专业型工业互联网平台", "奖补", "行业、区域、专业型工业互联网平台省级奖补"], 1000, "万元")
M(12, ["企业级工业互联网平台", "一次性奖补", "奖补", "企业级工业互联网平台一次性奖补"], 100, "万元")
# 13: 责任单位
# 14 (subject-less heading): one span
# 15: 面向 Y 提供服务 ~ 向 Y 提供服务 -> supports, back to the 资源池
POOL = ["安徽省工业互联网（云）服务商资源池", "工业互联网（云）服务商资源池", "服务商资源池", "资源池"]
for e in ["细分行业", "中小企业"]:
    C(15, POOL + ["动态管理", "实施动态管理"], "supports", [e, "细分行业和中小企业"])
# 16: 减轻…负担 ~ 降低成本 -> mitigates; 引导 no cue
C(16, ["优惠", "给予优惠", "各工业互联网（云）服务商", "工业互联网（云）服务商", "服务商"], "mitigates",
  ["用户费用负担", "费用负担", "减轻用户费用负担"])
# 17: 纳入 Y 的企业 -> Y hasPart the enterprises; 按照 + a criterion: none
P(17, ["省工业互联网（云）服务商资源池", "工业互联网（云）服务商资源池", "服务商资源池", "资源池"],
  ["一批纳入省工业互联网（云）服务商资源池的企业", "纳入省工业互联网（云）服务商资源池的企业", "企业"])
M(17, ["一次性奖补", "奖补", "纳入省工业互联网（云）服务商资源池的企业"], 100, "万元")
# 18: 责任单位; 19, 20 (headings)
# 21: 按照 + a rate: none
M(21, ["项目设备购置额", "设备购置额", "奖补", "奖补比例"], 10, "%")
M(21, ["奖补", "最高奖补", "设备数字化、网络化、智能化技术改造"], 500, "万元")
# 22
M(22, ["3年期以上贷款", "贷款", "技改项目贷款", "贷款期限"], 3, "年")
M(22, ["同期银行基准利率", "贴息", "银行基准利率"], 40, "%")
M(22, ["单个项目贴息期", "贴息期"], 3, "年")
M(22, ["贴息", "最高贴息"], 500, "万元")
# 24 (subject-less heading)
# 25: 对照 + 标准 -> alignsWith; "分别" -> one observation per value
C(25, ["评估工作", "开展评估工作", "企业"], "alignsWith",
  ["国家数字化转型新型能力体系标准", "数字化转型新型能力体系标准", "新型能力体系标准"])
M(25, ["一次性奖补", "奖补", "3A"], 50, "万元")
M(25, ["一次性奖补", "奖补", "4A"], 100, "万元")
M(25, ["一次性奖补", "奖补", "5A"], 150, "万元")
# 27 (heading)
# 28: "A、B…等各个环节" -> broader 环节; "A、B…等在…的应用" has no head noun
I(28, ["产品研发", "生产控制", "经营管理", "物流营销"], ["各个环节", "环节"])
# 29
M(29, ["省级数字化车间", "数字化车间", "一次性奖补", "奖补"], 50, "万元")
M(29, ["智能工厂", "一次性奖补", "奖补"], 100, "万元")

T = 2023
# ---------------------------------------------------------------- (b) 行动计划: purpose, 指导思想, 发展目标
# 83: title line, no cue, no event
# 84: purposes of 本行动计划; 赋能 inside the 推动 clause; 实施…战略 no cue, no event
PLAN84 = ["本行动计划", "行动计划"]
C(84, PLAN84, "drives", ["工业互联网赋能制造强省", "制造强省"])
C(84, "工业互联网", "supports", "制造强省")
C(84, PLAN84 + ["工业互联网"], "supports", ["经济社会数字化转型", "数字化转型", "经济社会数字化转型和高质量发展"])
C(84, PLAN84 + ["工业互联网"], "supports", ["高质量发展", "经济社会高质量发展", "经济社会数字化转型和高质量发展"])
# 87: congress and plenums; 推进 (read as 推动) links back
E(87, None, ["党的十九大", "十九大"], None, implicit_year=2017)
PLEN = "十九届二中、三中、四中、五中全会"
E(87, None, [PLEN, "十九届二中全会", "二中全会"], None, implicit_year=2018)
E(87, None, [PLEN, "十九届三中全会", "三中全会"], None, implicit_year=2018)
E(87, None, [PLEN, "十九届四中全会", "四中全会"], None, implicit_year=2019)
E(87, None, [PLEN, "十九届五中全会", "五中全会"], None, implicit_year=2020)
C(87, ["新发展格局", "构建新发展格局", "加快构建新发展格局", "供给侧结构性改革", "深化供给侧结构性改革", "新发展理念"],
  "drives", ["高质量发展", "推进高质量发展"])
# 88: the 以-means and the chain (see docstring)
ECO = ["产业生态", "“多链协同”的产业生态", "产业链、供应链、创新链、人才链、资本链、政策链“多链协同”的产业生态"]
C(88, ["网络支撑体系", "构建网络支撑体系"], "supports", ECO)
C(88, ["融合创新应用", "拓展融合创新应用"], "drives", ECO)
C(88, ["网络安全体系", "筑牢网络安全体系"], "supports", ECO)
C(88, ["平台", "打造平台"], "supports", ["中小企业", "中小企业提质、降本、增效"])
for m in ["产业链", "供应链", "创新链", "人才链", "资本链", "政策链"]:
    P(88, ["“多链协同”", "多链协同"], m)
HIGH = ["工业互联网高地", "高标准打造工业互联网高地"]
C(88, HIGH + ECO, "supports", ["制造强省", "全面赋能制造强省"])
for e in [["“三地一区”", "三地一区", "打造“三地一区”"], ["新阶段现代化美好安徽", "现代化美好安徽", "建设新阶段现代化美好安徽"]]:
    C(88, ["制造强省"] + HIGH + ECO, "supports", e)
# 90: "到2023年" heads the goals; 对 Y 的引擎带动作用 -> drives
C(90, ["工业互联网", "工业互联网建设"], "drives", ["全省工业经济", "工业经济"])
# 91-96: predicative headings, creation verbs, 推动 X 落地 (a measure), a rank, names: none
# 97
M(97, ["跨行业、跨领域综合型工业互联网平台", "综合型工业互联网平台", "在国内具有较强影响力的跨行业、跨领域综合型工业互联网平台"],
  3, "家", year=T)
M(97, ["行业型、专业型、区域型工业互联网平台", "行业型工业互联网平台", "工业互联网平台"], 20, "家", year=T)
M(97, ["企业级工业互联网平台", "具有行业示范效应的企业级工业互联网平台"], 100, "家", year=T)
# 99: 以数字化为引领的 Y -> drives; 推动 X 开展 Y is a measure; the efficiency target names no cause
M(99, ["智能工厂、数字化车间", "新建智能工厂、数字化车间", "智能工厂", "数字化车间"], 800, "个", year=T)
M(99, ["“5G＋工业互联网”典型应用案例", "5G＋工业互联网典型应用案例", "典型应用案例"], 100, "个", year=T)
M(99, ["重点企业生产效率提高", "重点企业生产效率", "生产效率"], 20, "%", year=T)
M(99, ["新模式应用普及率", "普及率"], 30, "%", year=T)
C(99, "数字化", "drives", ["技术改造", "以数字化为引领的技术改造"])
# 100 (heading): one span
# 101: 面向 no cue; 推动集聚 / 推进 bare
M(101, ["新增“皖企登云”企业", "“皖企登云”企业", "皖企登云企业"], 2, "万家", year=T)
# 102: one figure for both groups
M(102, ["专业技术人才和企业高级管理人员", "工业互联网素质提升培训", "素质提升培训"], 3, "万名", year=T)
# 103 (heading); 104: 推动 X 实施 Y is a measure
M(104, ["企业", "全省100家企业", "实施工业互联网网络安全分类分级管理的企业"], 100, "家", year=T)
# 105 (heading); 106: 发挥…作用 no cue; 加强 合作 a parallel measure; 打造 creation

if __name__ == "__main__":
    dump()

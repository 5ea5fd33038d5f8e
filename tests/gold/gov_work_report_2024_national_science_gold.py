import sys, os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "tools"))
"""Gold annotation of task section （二） of the 2024 政府工作报告 (../shared/corpus/gov_work_report_2024_national.txt).

Section （二） 深入实施科教兴国战略 (s212-246: 教育, 科技自立自强, 人才), which no gold had covered (the published
`gwr2024` gold covers s5-41 and s187-211, our `gov_work_report_2024_national_tasks` s247-287). Sentence numbers
follow tools/sentences.py's split (1-based; list them with tools/list_sentences.py). C = claim; I = enumeration
"A、B等Y" -> each A skos:broader Y; E = policy event. A span may be a list of acceptable alternatives. Written from
the text and README.md (guidelines v2) alone, with the published gwr2024 gold and our national_tasks gold as the
models for this genre, before anyone read the extractor's output for these sentences (the corpus builds had run
the extractor on the whole text, but nobody had looked at it here).

Conventions used here (beyond README.md and the national_tasks gold's):
* Chains (guideline 7): only a clause that states the result of the measures before it links back (s212 heading,
  s213 为…提供, s227 发挥…优势，全面提升, s228 支持…，增强, s242 …建设，促进, s225 夯实…之基). A cue clause in the middle
  of a list of measures (s218 推动学前教育普惠发展) or one that sets a separate target (s220 提高职业教育质量, s221
  增强中西部地区高校办学实力) is a parallel measure, not linked, as guideline 7's 提高/完善 another object.
* "厚植 Y 之本，夯实 Y 之基" (s225) is read as "为 Y 奠定基础" (supports).
* 瞄准 需求 (s229) and bare 支持/激励 (s228's 支持一批 is part of a chain, s233) are no cues.
* A cue inside a modifier (guideline 6): 支持全面创新的基础制度 (s235, as gwr2024 s204's 支持…政策), 促进科技成果
  转化应用的政策举措 (s236), 以创新价值、能力、贡献为导向的人才评价体系 (s245, alignsWith, the shared 创新 distributed).
* Events: 制定 a 规划纲要 or 政策举措 and 开展/实施 a named 行动 or 试点 in the tasks section carry 2024 as implicit_year
  (s216, s218, s221, s236). The speaker 我们 with a cue (s246 在改善人才发展环境上持续用力) gives no claim.
"""
from gold_dsl import C, I, P, E, M, META, SCOPE, dump

SCOPE(212, 246)

# 212 heading
C(212, ["深入实施科教兴国战略", "实施科教兴国战略", "科教兴国战略"], "improves",
  ["高质量发展的基础支撑", "基础支撑", "高质量发展"])
# 213
C(213, ["教育科技人才综合改革", "深化教育科技人才综合改革", "创新链产业链资金链人才链一体部署实施",
        "创新链产业链资金链人才链", "教育强国、科技强国、人才强国建设"], "supports",
  ["现代化建设", "现代化建设强大动力"])
# 216
E(216, None, None, ["教育强国建设规划纲要", "规划纲要"], implicit_year=2024)
# 218
E(218, None, None, ["基础教育扩优提质行动", "扩优提质行动"], implicit_year=2024)
# 221
E(221, None, None, ["高等教育综合改革试点", "综合改革试点"], implicit_year=2024)
# 225
EDU = ["教育现代化", "加快推进教育现代化", "推进教育现代化", "教育优先发展", "坚持教育优先发展"]
C(225, EDU, "supports", ["人民幸福之本", "人民幸福"])
C(225, EDU, "supports", ["国家富强之基", "国家富强"])
# 227
C(227, ["新型举国体制优势", "新型举国体制", "发挥新型举国体制优势"], "improves", ["自主创新能力", "全面提升自主创新能力"])
# 228
for m in ["创新基地", "优势团队", "重点方向"]:
    C(228, [m, "一批创新基地、优势团队和重点方向", "创新基地、优势团队和重点方向", "基础研究系统布局"], "improves",
      "原始创新能力")
# 234
I(234, ["健康", "养老", "助残"], ["民生科技研发应用", "民生科技", "民生科技研发"])
# 235
C(235, ["支持全面创新的基础制度", "基础制度"], "supports", "全面创新")
# 236
E(236, None, None, ["促进科技成果转化应用的政策举措", "科技成果转化应用的政策举措", "政策举措"], implicit_year=2024)
C(236, ["促进科技成果转化应用的政策举措", "政策举措"], "improves", ["科技成果转化应用", "科技成果转化"])
# 242
for e in ["人才区域合理布局", "人才区域协调发展"]:
    C(242, ["高水平人才高地和吸引集聚人才平台建设", "高水平人才高地", "人才高地", "吸引集聚人才平台建设",
            "吸引集聚人才平台"], "improves", [e, "人才区域合理布局和协调发展", "合理布局和协调发展"])
# 245
for a in ["创新价值", ["能力", "创新能力"], ["贡献", "创新贡献"]]:
    C(245, ["人才评价体系", "以创新价值、能力、贡献为导向的人才评价体系"], "alignsWith",
      a if isinstance(a, list) else [a, "创新价值、能力、贡献"])

if __name__ == "__main__":
    dump()

import sys, os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "tools"))
"""Gold annotation of task sections （七） and （八） of the 2024 政府工作报告 (../shared/corpus/gov_work_report_2024_national.txt).

Sections （七） 乡村全面振兴 (s335-358) and （八） 城乡融合和区域协调发展 (s359-379), which no gold had covered (the
published `gwr2024` gold covers s5-41 and s187-211; ours cover s212-334). Sentence numbers follow
tools/sentences.py's split (1-based; list them with tools/list_sentences.py). C = claim; I = enumeration
"A、B等Y" -> each A skos:broader Y; E = policy event. A span may be a list of acceptable alternatives. Written from
the text and README.md (guidelines v2) alone, with the published gwr2024 gold and our other national golds as the
models, before anyone read the extractor's output for these sentences.

Conventions used here (beyond README.md and the other national golds'):
* Chains (guideline 7): a final result clause links back (s336 推动, s338 推动, s349 确保, s352 让, s355 促进, s359
  heading 优化, s365 使, s369 让, s371 服务, s372 提升), and a middle 促进/让 that states the result of the measure
  before it (s363, s364); two measures for two regions side by side are parallel (s375), and "推动解决 Y 难题"
  (s368) is a further task.
* "使 S 成为 Y 的重要载体" (s365) also gives S supports Y (guideline 2's 载体); "发挥 Y 动力源作用" (s373) as "是
  Y 的源头活水"; "着眼促进 Y，M1，M2 …" (s356) is purpose-first (guideline 7): each means improves Y; "以 A、B 为
  依托，促进 Y" (s366) a lever; "把 A 和 B 有机结合起来" (s360) alignsWith, as our national_tasks s248.
* A cue opening a name (防止返贫就业攻坚行动 s350, 防止返贫监测和帮扶工作 s349) links the name to its object, as the
  national_tasks gold's 降低物流成本行动; "A、B 等改革" (s355) gives no broader (an action noun).
* Events: 实施/深入实施/启动 a named 行动, 政策 or 试点 and 制定 a 规划 carry the tasks year 2024 as implicit_year
  (s339, s344, s354, s358, s363, s368, s378); 推进/统筹推进 a named action (s350, s376) carries it on, no event.
"""
from gold_dsl import C, I, P, E, M, META, SCOPE, dump

SCOPE(335, 379)

# ---------------------------------------------------------------- （七） 乡村全面振兴
# 336
C(336, ["“千村示范、万村整治”工程经验", "千村示范、万村整治工程经验", "工程经验", "建设农业强国目标", "农业强国目标"],
  "drives", ["乡村全面振兴", "乡村全面振兴不断取得实质性进展、阶段性成果", "实质性进展", "阶段性成果"])
# 338
C(338, ["大豆扩种成果", "巩固大豆扩种成果", "粮食播种面积"], "drives", ["大面积提高单产", "单产", "提高单产"])
# 339
E(339, None, None, ["三大主粮生产成本和收入保险政策", "收入保险政策"], implicit_year=2024)
# 344
E(344, None, None, ["农机装备补短板行动", "补短板行动"], implicit_year=2024)
# 349
C(349, ["防止返贫监测和帮扶工作", "防止返贫监测", "帮扶工作"], "mitigates", "返贫")
C(349, ["防止返贫监测和帮扶工作", "帮扶工作", "防止返贫监测"], "supports", ["不发生规模性返贫", "规模性返贫"])
# 350
C(350, "防止返贫就业攻坚行动", "mitigates", "返贫")
# 352
MECH = ["农村低收入人口和欠发达地区常态化帮扶机制", "常态化帮扶机制", "帮扶机制"]
C(352, MECH, "drives", ["脱贫成果更加稳固", "脱贫成果"])
C(352, MECH, "drives", ["成效更可持续", "成效"])
# 354
E(354, None, None, ["第二轮土地承包到期后再延长30年整省试点", "整省试点"], implicit_year=2024)
# 355
C(355, ["集体产权、集体林权、农垦、供销社等改革", "改革", "供销社等改革"], "improves",
  ["新型农村集体经济发展", "新型农村集体经济"])
# 356
for m in ["乡村富民产业", "新型农业经营主体", "社会化服务", "乡村人才"]:
    C(356, [m, "新型农业经营主体和社会化服务"], "improves", ["农民增收", "促进农民增收"])
# 358
E(358, None, None, "乡村建设行动", implicit_year=2024)
I(358, [["农村水电路气信", "水电路气信"]], ["基础设施", "基础设施和公共服务"])

# ---------------------------------------------------------------- （八） 城乡融合和区域协调发展
# 359 heading
C(359, ["城乡融合和区域协调发展", "城乡融合", "区域协调发展"], "improves", "经济布局")
# 360
C(360, ["推进新型城镇化", "新型城镇化"], "alignsWith", "乡村全面振兴")
# 363
E(363, None, None, "新型城镇化战略行动", implicit_year=2024)
C(363, ["新型城镇化战略行动", "实施新型城镇化战略行动"], "improves", ["各类要素双向流动", "要素双向流动"])
# 364
POL = ["“人地钱”挂钩政策", "人地钱挂钩政策", "户籍制度改革"]
C(364, POL, "drives", ["有意愿的进城农民工在城镇落户", "进城农民工在城镇落户", "进城农民工"])
C(364, POL + ["有意愿的进城农民工在城镇落户"], "drives",
  ["未落户常住人口平等享受城镇基本公共服务", "未落户常住人口", "城镇基本公共服务"])
# 365
C(365, ["补齐基础设施和公共服务短板", "基础设施和公共服务短板", "县域经济"], "drives",
  ["县城成为新型城镇化的重要载体", "县城", "新型城镇化的重要载体"])
C(365, "县城", "supports", "新型城镇化")
# 366
for m in ["城市群", "都市圈"]:
    C(366, [m, "城市群、都市圈"], "improves", ["大中小城市协调发展", "大中小城市"])
# 368
E(368, None, None, "城市更新行动", implicit_year=2024)
I(368, ["老旧小区加装电梯", "停车"], "难题")
# 369
C(369, ["精细化管理和服务水平", "精细化管理和服务", "新型城镇化"], "drives",
  ["人民群众享有更高品质的生活", "更高品质的生活", "人民群众"])
# 371
C(371, ["各地区比较优势", "比较优势", "发挥各地区比较优势"], "supports", ["构建新发展格局", "新发展格局"])
# 372
I(372, ["西部大开发", "东北全面振兴", "中部地区加快崛起", "东部地区加快推进现代化"], "战略")
C(372, ["战略", "西部大开发、东北全面振兴、中部地区加快崛起、东部地区加快推进现代化等战略"], "improves",
  ["东北和中西部地区承接产业转移能力", "承接产业转移能力"])
# 373
I(373, ["京津冀", "长三角", "粤港澳大湾区"], "经济发展优势地区")
C(373, ["经济发展优势地区", "京津冀、长三角、粤港澳大湾区等经济发展优势地区"], "drives", "高质量发展")
# 378
E(378, None, None, "主体功能区优化实施规划", implicit_year=2024)

if __name__ == "__main__":
    dump()

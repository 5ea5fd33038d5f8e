import sys, os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "tools"))
"""Gold annotation of 怀进鹏《办好人民满意的教育（学习贯彻党的二十届四中全会精神）》,
《人民日报》2025-12-17 第09版（理论） (../shared/corpus/dev/essay_education_20251217.txt).

Source (as in corpus/dev/SOURCES.md): leeperfect/PeopleDailyMaterial @ fa06f8d2532e09e4ddad37b5437e2f91347621d2 :
data/vault/2025/12/2025-12-17/09-理论/办好人民满意的教育（学习贯彻党的二十届四中全会精神）.md
(paper.people.com.cn content_30125104); front matter, "# ", "> ", bold marks and blank lines removed,
otherwise verbatim.

Scope: the whole text, sentences 1-90 (no SCOPE records). Sentence numbers follow tools/sentences.py's
split (1-based; list them with tools/list_sentences.py). C = claim (cause, relation, effect);
I = enumeration "A、B等Y" -> each A skos:broader Y; P = composition (whole pk:hasPart part);
E = policy event; M = observation. A span may be a list of acceptable alternatives.
Written from the text and README.md (guidelines v2) alone.

Conventions used here (beyond README.md):
* Copulas give no claim, also with a class noun (as digital_china; not beautiful_china's copula-broader):
  s8 "我们要建设的教育强国，是中国特色社会主义教育强国", s17 "…利益问题之一", s56 "成为全球第一大教育资源库".
  Relational nouns (根本宗旨, 基本理念, 国之大计, 生命线, 重大任务, 重要任务, 关键时期) give none.
* "X 是 V Y 的 N" with N no cue noun (必然要求, 时代命题) takes the relation from the inner verb (as beautiful s15/s20,
  digital s18): 推进 -> drives, 促进 -> improves, 保障 -> supports, creation verb 建设 -> supports (as sci-tech s10's
  建成). Cue nouns: 战略支撑 -> supports; "是 Y 之基 / 立教之本 / 兴教之源" -> supports (是Y的基础/源头活水);
  "成为提升 Y、赢得 Z 的关键因素" -> improves Y (inner verb) and supports Z (关键, as sci-tech); "X 在 Y 中的先导性、
  基础性…地位和作用" -> supports (基础, the first part in the table); 主力军 -> drives, 策源地 -> drives ("Y 来自 X").
* "厚植 Y 之本", "夯实 Y 之基", "为 Y 夯实基础", "筑牢 Y 根基" are read as 为Y奠定基础 (supports, as beautiful s45).
  "为 Y 贡献/作出贡献" = 为Y提供 (supports); "为/向 Y 输送 Z" = 为Y提供Z (supports, s49, s50); 惠及 = 造福
  (supports, s16); "以 X 为目标的 Y" = 以X为导向 (alignsWith, as digital s113); "Y 根本在于 X" = Y的原因在于X
  (drives, s58); "教育对 Y 的支撑作用/支撑力、贡献力" -> 教育 supports Y (as sci-tech "对Y的金融支持").
* Not taken: 着眼, 围绕, 聚焦, 扎根, 坚持, 把握, 关系 (事关), 引导, 吸引, 维护, 巩固 (as first clause), 扩大 (…供给 /
  …资源, as beautiful s98), 开拓/开辟 + 新局面, 同步推进, 互动, 彰显/焕发 alone, 用/以 X + a verb that is no cue
  (铸魂育人), 以…为指导, 以人民为中心, bare 适应; passive or intransitive states with one span ("得到较好满足",
  "得到全面提升", "得到有效扭转", "不断强化", "更加健全", "实现…全覆盖").
* Chains (guideline 7): result clauses (使/让/推动/实现/提升/提高/增强/促进/降低/服务/筑牢…根基) link back, nearest
  object first; a clause with its own means (s20 "通过教育") keeps it, earlier objects as alternatives. "推动形成/
  推动构建 X" (s14, s66) and "推动 X 开展 Y" (s84) are measures (as digital s48). In "巩固 A，提升 B，提高 C" (s74)
  and "…促进 B，优化 C" (s75) the last 提高/优化 is a parallel measure. Purpose-first "实施/建设/推进 G，必须/要 M"
  (s77, s82, s88) links M to G: 推进 -> drives, 实施/建设 -> supports (creation-type purpose). 我们 is only ever
  the last alternative cause; 我国/党中央/国家 + a cue (加快建设, 推进) give agent claims (as digital s23, sci-tech s27).
* Parts: s25 "既有 A 的满意，也包含 B 的满意" gives both parts (the correlative 既有…也包含 scopes 包含).
  "个人接受优质教育、实现自我发展" (joined by 、) is two items, no chain; "教育全面振兴进而实现 …" is a chain (drives).
* Coordination: shared modifier + coordinated heads distributes (教育环境和生态, 教师获得感、幸福感, 教育国际影响力、
  竞争力和话语权, 网络空间和育人生态); "同世界各国的互容、互鉴、互通" (s88) and "城乡、区域、校际、群体教育差距"
  are kept as one span (fixed triad / shared head).
* Events: the title's column label is the plenum (2025); the 建议 adopted by it carries 2025; 党的十八大 2012; each
  "习近平总书记 强调/指出" subject is one event (s8 with 作出一系列重要论述). s28: 党中央 召开全国教育大会 and 印发实施
  《教育强国建设规划纲要（2024—2035年）》 are events; the plan carries its stated start year 2024 as implicit_year
  (as 十四五 -> 2021), never the target 2035. 实施 a named 计划/工程 (s48 强基计划, 基础学科拔尖人才培养计划; s65
  新时代立德树人工程) and 启动 高考综合改革 (s55, actor 所有省份) are events; 推进 an ongoing one (县域高中振兴计划 s43,
  “双减” s44, 教育数字化战略行动 s56) is not; 实施 a 战略 (s75, s77) is not. The fee exemption "2025年秋季学期起免除…
  保育教育费" (s41) is a dated policy coming into force (year 2025). International conferences (s52), celebrations
  (s33), 出台系列…政策 (unnamed, s57) and 十四五/十五五 时期 (periods) are no events. Section 二 is an essay's review,
  not a dated report: its acts carry no implicit_year.
* Observations: years only where the sentence states one (s36, s45 2024); s37-s39 ("当前", no year) and s49-s51 carry
  none; "均达到92.0%" gives one observation per indicator; "…以上", "超过…" give the number; 11.2年/14.3年 are values
  in "年" (durations); 100周年, 80周年, 第一大, 学前一年, dates and title years are not observations.
"""
from gold_dsl import C, I, P, E, M, META, dump

PLENUM4 = ["党的二十届四中全会", "二十届四中全会", "党的二十届四中全会精神"]
JIANYI = ["《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》",
          "中共中央关于制定国民经济和社会发展第十五个五年规划的建议",
          "“十五五”规划建议", "十五五规划建议", "建议"]
XI = "习近平总书记"
SATIS = ["办好人民满意的教育", "人民满意的教育"]
EDU_POWER = ["教育强国", "建设教育强国", "教育强国建设"]
QIANGGUO = ["强国建设", "以中国式现代化全面推进强国建设、民族复兴伟业", "强国建设、民族复兴伟业"]
FUXING = ["民族复兴伟业", "民族复兴", "以中国式现代化全面推进强国建设、民族复兴伟业", "强国建设、民族复兴伟业"]
WE = "我们"

# 1 (title): column label "学习贯彻党的二十届四中全会精神" -> plenum event; "办好人民满意的教育" is a bare imperative
E(1, None, PLENUM4, None, implicit_year=2025)
# 2 (author / outlet line): the date and page are no observations
META(2, author="怀进鹏", outlet="人民日报", date="2025-12-17", page="09")
# 3: two copulas with relational nouns (宗旨, 理念); "为人民服务" has no subject span; 以人民为中心 is no cue
# 4: the plenum adopts the 建议 (event); 着眼 / 作出部署 are no cues; 体现 gives no claim;
#    "为 Y 提供了行动指南" -> supports; "“十五五”时期" is a period
E(4, None, ["党的二十届四中全会", "二十届四中全会", "中共中央"], JIANYI, implicit_year=2025)
C(4, JIANYI + ["行动指南"], "supports", ["教育改革发展", "当前和未来一个时期教育改革发展"])
# 5: 贯彻落实 refers back (no new event); 把握 is no cue; 我们 + 加快建设 is never a claim of its own (docstring)
# 6 (heading): no cue
# 7: copula with relational nouns (国之大计、党之大计)
# 8: 党的十八大以来 -> event (2012); 习近平总书记 作出重要论述、强调 -> one event; "为 Y 指明了方向" -> supports;
#    the copulas "…是中国特色社会主义教育强国，最终是办好人民满意的教育" give no claim
E(8, None, ["党的十八大", "十八大"], None, implicit_year=2012)
E(8, None, XI, ["一系列重要论述", "重要论述"])
C(8, ["一系列重要论述", "重要论述", XI], "supports", EDU_POWER)
# 9: "以 X 厚植 Y 之本", "以 X 夯实 Y 之基" = 为Y奠定基础 (supports); 把握 is no cue
C(9, ["教育之力", "教育"], "supports", ["人民幸福", "人民幸福之本"])
C(9, ["教育之强", "教育"], "supports", ["国家富强", "国家富强之基"])
# 10 (heading with subject): "是推进 Y、建设 Z 的必然要求" -> inner verbs (推进 drives; 建设 creation -> supports)
C(10, SATIS, "drives", ["教育高质量发展", "推进教育高质量发展"])
C(10, SATIS, "supports", EDU_POWER)
# 11: event; 转向 / "把 X 作为 Y 的生命线" / 加快建设 (no agent) give no claim
E(11, None, XI, None)
# 12: copula, no cue
# 13: 实现 without a cause; copula with relational nouns (要求, 期盼)
# 14: 聚焦/围绕/扎根 no cues; 健全 a measure; 推动形成 a creation measure; 使 links back (nearest: the object of
#     推动形成, 教育环境 / 教育生态 distribute; earlier: 全面培养体系); the two predicates of 使 distribute
ENV14 = [["健康的教育环境", "教育环境", "健康的教育环境和生态"], ["健康的教育生态", "教育生态", "健康的教育环境和生态"]]
EARLY14 = ["德智体美劳全面培养体系", "全面培养体系"]
for c in ENV14:
    C(14, c + EARLY14, "drives", ["具有不同禀赋和潜能的人都能得到充分发展", "具有不同禀赋和潜能的人得到充分发展", "充分发展"])
    C(14, c + EARLY14, "drives", ["成长为在社会主义现代化建设中可堪大用、能担重任的栋梁之才", "栋梁之才", "成长为栋梁之才"])
# 15 (heading with subject): "是促进 Y、保障 Z 的时代命题" -> inner verbs
C(15, SATIS, "improves", ["社会公平正义", "促进社会公平正义"])
C(15, SATIS, "supports", ["民生福祉", "保障民生福祉"])
# 16: event; "是 Y 的重要基础" -> supports; "促进[成果惠及全体人民]": the bare 促进 has no cause, 惠及 = 造福 (supports)
E(16, None, XI, None)
C(16, "教育公平", "supports", "社会公平")
C(16, ["教育发展成果", "成果"], "supports", "全体人民")
# 17: "在发展中保障和改善民生" is a subject phrase (在…中 no cue); copulas with relational nouns
# 18: "以“学有所教”为目标的持续努力" = 以X为导向 (alignsWith); 经过 is no cue, 建成 a creation verb;
#     "“有学上”已得到较好满足" is passive with one span
C(18, ["持续努力", "以“学有所教”为目标的持续努力"], "alignsWith", ["“学有所教”", "学有所教"])
# 19: 随着 no cue; "A、B、C 的特征" has no 等; inside the modifier of 要求: 缩小 X，推动 Y (chain, 推动 links back)
C(19, ["城乡、区域、校际、群体教育差距", "教育差距", "缩小城乡、区域、校际、群体教育差距"], "drives",
  ["人口高质量发展", "推动人口高质量发展"])
# 20: 坚持…原则 has no follower span; 着力解决 a measure; 提高 (a level) links back; 让 has its own means 通过教育
#     (民生保障水平 as alternative); "造福人民的能力" (cue in a modifier); 推动 links back (nearest the 能力), two effects
C(20, ["群众急难愁盼教育问题", "解决群众急难愁盼教育问题", "急难愁盼教育问题", "教育公益性原则"], "improves",
  ["教育的民生保障水平", "民生保障水平", "教育民生保障水平"])
ABIL20 = ["发展自身、奉献社会、造福人民的能力", "每个人获得发展自身、奉献社会、造福人民的能力", "能力"]
C(20, ["教育", "教育的民生保障水平", "民生保障水平"], "drives", ABIL20)
C(20, ["能力", "发展自身、奉献社会、造福人民的能力", "造福人民的能力"], "supports", "人民")
for e in [["人的全面发展", "人的全面发展迈出坚实步伐"],
          ["全体人民共同富裕", "共同富裕", "全体人民共同富裕迈出坚实步伐"]]:
    C(20, ABIL20 + ["教育", "教育的民生保障水平", "民生保障水平"], "drives",
      e + ["人的全面发展、全体人民共同富裕迈出坚实步伐"])
# 21 (heading with subject): "是 Y 的战略支撑" -> supports (two heads); inner "以中国式现代化全面推进 Y" -> drives
C(21, SATIS, "supports", QIANGGUO)
C(21, SATIS, "supports", FUXING)
C(21, "中国式现代化", "drives", QIANGGUO)
C(21, "中国式现代化", "drives", FUXING)
# 22: event; "是 Y、Z 之基" -> supports (two heads)
E(22, None, XI, None)
C(22, "教育", "supports", ["强国建设", "强国建设、民族复兴"])
C(22, "教育", "supports", ["民族复兴", "强国建设、民族复兴"])
# 23: 加速演进 / 加速突破 have no second span; "成为提升 Y、赢得 Z 的关键因素"
C(23, "教育", "improves", ["国家核心竞争力", "提升国家核心竞争力", "核心竞争力"])
C(23, "教育", "supports", ["战略主动", "赢得战略主动"])
# 24: agent 我国 + 加快 (a process); "以 X 引领 Y" (agent as alternative); "教育对 Y 的支撑作用" -> supports
#     (科技和人才 distribute); 需要强化 is modal (no agent claim)
C(24, "我国", "drives", ["现代化产业体系", "建设现代化产业体系", "现代化产业体系建设"])
C(24, ["科技创新", "我国"], "drives", ["新质生产力发展", "新质生产力"])
C(24, "教育", "supports", ["科技", "科技和人才"])
C(24, "教育", "supports", ["人才", "科技和人才"])
# 25: "既有 A，也包含 B" -> two parts; "教育全面振兴进而实现 A、B、C" -> drives (three effects)
WHOLE25 = ["人民群众对教育的满意", "对教育的满意"]
P(25, WHOLE25, ["对个人接受优质教育、实现自我发展的满意", "个人接受优质教育、实现自我发展的满意"])
P(25, WHOLE25, ["对教育全面振兴进而实现人才涌现、科技进步、国家富强的满意",
                "教育全面振兴进而实现人才涌现、科技进步、国家富强的满意"])
for e in ["人才涌现", "科技进步", "国家富强"]:
    C(25, ["教育全面振兴", "教育"], "drives", [e, "人才涌现、科技进步、国家富强"])
# 26: chain of results after "抓教育": 加快实现 (drives), 增强 (capacity), 提升 (capacity; 支撑力、贡献力 distribute),
#     服务 (supports); inside 提升's object "教育对 Y 的支撑力、贡献力" -> 教育 supports Y
C(26, ["教育", "抓教育"], "drives",
  ["国家战略人才高水平自主培养", "国家战略人才自主培养", "高水平自主培养"])
C(26, ["国家战略人才高水平自主培养", "国家战略人才自主培养", "教育", "抓教育"], "improves", "自主创新能力")
for e in [["教育对高质量发展的支撑力", "支撑力"], ["教育对高质量发展的贡献力", "贡献力"]]:
    C(26, ["自主创新能力", "国家战略人才高水平自主培养", "教育", "抓教育"], "improves",
      e + ["教育对高质量发展的支撑力、贡献力"])
C(26, "教育", "supports", "高质量发展")
C(26, ["教育", "教育对高质量发展的支撑力、贡献力", "支撑力", "贡献力", "抓教育", "自主创新能力"], "supports",
  ["中国式现代化建设", "中国式现代化"])
# 27 (heading): a period; no cue
# 28: 党的十八大 (2012); 召开全国教育大会 and 印发实施《纲要》 are acts of 党中央; agent 党中央 + 推进 (read as 推动);
#     推动 links back (nearest 教育强国建设), two predicates distribute; "特别是“十四五”时期" is a period
E(28, None, ["党的十八大", "十八大"], None, implicit_year=2012)
E(28, None, ["党中央", "全国教育大会"], ["全国教育大会", "召开全国教育大会"])
GANGYAO = ["《教育强国建设规划纲要（2024—2035年）》", "教育强国建设规划纲要（2024—2035年）", "《教育强国建设规划纲要》",
           "教育强国建设规划纲要"]
E(28, None, "党中央", GANGYAO, implicit_year=2024)
C(28, "党中央", "drives", ["教育强国建设", "推进教育强国建设"])
CAUSE28 = ["教育强国建设", "推进教育强国建设"] + GANGYAO + ["全国教育大会", "党中央"]
C(28, CAUSE28, "drives", ["新时代教育事业取得历史性成就", "教育事业取得历史性成就", "历史性成就",
                         "新时代教育事业取得历史性成就、发生格局性变化"])
C(28, CAUSE28, "drives", ["新时代教育事业发生格局性变化", "教育事业发生格局性变化", "格局性变化",
                         "新时代教育事业取得历史性成就、发生格局性变化"])
# 29 (subject-less heading): "用 X 铸魂育人" (以 X + a verb that is no cue); the second clause has no cue
# 30: "A、B、C、D 等方面" -> broader; 推动 links back (nearest 扎根中国大地办教育, then 党的全面领导); 彰显 inside the object
I(30, ["领导体制", "保障机制", "育人观念", "培养方式"], ["方面", "领导体制、保障机制、育人观念、培养方式等方面"])
C(30, ["扎根中国大地办教育", "党对教育工作的全面领导", "党的全面领导"], "drives",
  ["我国教育日益焕发和彰显出鲜明的中国特色", "鲜明的中国特色", "中国特色", "我国教育焕发和彰显出鲜明的中国特色",
   "我国教育在领导体制、保障机制、育人观念、培养方式等方面，日益焕发和彰显出鲜明的中国特色"])
# 31: 完善 / 推进 bare; "成效显著" has no cue
# 32: 完善 bare; opening a course is no event; 深入推进 intransitive
# 33: "A、B 等重大活动" -> broader; 100周年 / 80周年 are numbers inside names; celebrations are no policy events
I(33, [["庆祝中国共产党成立100周年", "中国共产党成立100周年"],
       ["纪念中国人民抗日战争暨世界反法西斯战争胜利80周年", "中国人民抗日战争暨世界反法西斯战争胜利80周年"]],
  ["重大活动", "活动"])
# 34 (heading with subject): "X 全面提高，推动 Y 持续提升" -> drives
C(34, ["教育普及水平", "教育普及水平全面提高", "教育普及水平提高"], "drives",
  ["国民素质", "国民素质持续提升", "国民素质提升"])
# 35: 加大 no cue; the 工程项目 are not named (no event); 改善 links back (nearest the projects), agent 国家 as alternative
C(35, ["重大教育工程项目", "一批重大教育工程项目", "教育经费投入", "国家"], "improves",
  ["各级各类学校办学条件", "办学条件", "学校办学条件"])
# 36: 2024年 dates the three figures; the stated situation 保障 the opportunity (one claim, the whole as subject)
M(36, ["各级各类学校", "学校"], 47, "万所", year=2024)
M(36, ["在校生", "各级各类学校在校生"], 28646, "万人", year=2024)
M(36, ["专任教师", "各级各类学校专任教师"], 1885, "万名", year=2024)
C(36, ["各级各类学校47万所、在校生28646万人、专任教师1885万名", "各级各类学校", "学校", "专任教师",
       "全国已有各级各类学校47万所、在校生28646万人、专任教师1885万名"], "supports",
  ["人民群众的受教育机会", "受教育机会", "人民群众受教育机会"])
# 37: no year stated (the section is not dated); "均达到92.0%" -> one observation per indicator;
#     "达到高收入国家平均水平" has no number and no cue
M(37, ["学前教育毛入学率", "学前教育"], 92.0, "%")
M(37, ["高中阶段教育毛入学率", "高中阶段教育"], 92.0, "%")
M(37, ["义务教育巩固率"], 95.9, "%")
# 38
M(38, ["高等教育毛入学率"], 60.8, "%")
# 39: "当前" gives no year; "得到全面提升" is passive with one span
M(39, ["劳动年龄人口平均受教育年限", "平均受教育年限"], 11.2, "年")
M(39, ["新增劳动力平均受教育年限", "平均受教育年限"], 14.3, "年")
# 40 (heading): 开辟新局面 has no second span; no cue
# 41: a dated policy coming into force (2025); 降低成本 -> mitigates, links back to the exemption
E(41, 2025, None, ["免除公办幼儿园学前一年在园儿童保育教育费", "免除保育教育费", "学前一年在园儿童保育教育费",
                   "保育教育费"])
C(41, ["免除公办幼儿园学前一年在园儿童保育教育费", "免除保育教育费", "保育教育费",
       "学前教育普及普惠安全优质发展"], "mitigates", "教育成本")
# 42: "全面实现" has no cause
M(42, ["进城务工人员随迁子女在公办学校就读和享受政府购买学位服务的比例",
       "随迁子女在公办学校就读和享受政府购买学位服务的比例", "随迁子女在公办学校就读比例", "随迁子女"], 97, "%")
# 43: 推进 an ongoing named plan is no event; 扩大…供给 is no cue
# 44: 统筹推进 bare; "作用不断强化" is intransitive with one span
# 45: "实现…全覆盖" is a state of its own subject (no second span); 2024年 dates the figure
M(45, ["资助学生", "学生资助", "资助学生人次"], 1.5, "亿人次", year=2024)
# 46: 投向 / 扩大 are no cues
# 47 (heading with subject): "教育服务国家战略能力" (服务 in the modifier) and "支撑 Y" (subject 教育)
C(47, "教育", "supports", ["国家战略", "服务国家战略"])
C(47, ["教育", "教育服务国家战略能力"], "supports", "经济社会发展")
# 48: 实施 two named programmes (events, no year); 推进 bare
E(48, None, None, ["“强基计划”", "强基计划"])
E(48, None, None, ["基础学科拔尖人才培养计划"])
# 49: "向 Y 输送 Z" = 为Y提供Z (supports); 每年 is no year
C(49, ["高校", "毕业生"], "supports", ["经济社会主战场"])
M(49, ["毕业生", "高校毕业生", "输送毕业生"], 1000, "万名")
M(49, ["理工农医类人才", "理工农医类人才占比", "理工农医类人才比例"], 50, "%")
# 50: "为 Y 输送 Z" -> supports, three heads
for e in ["现代制造业", "战略性新兴产业", "现代服务业"]:
    C(50, ["职业教育", "新增一线从业人员"], "supports", [e, "现代制造业、战略性新兴产业和现代服务业"])
M(50, ["新增一线从业人员", "一线从业人员", "职业教育输送的新增一线从业人员"], 70, "%")
# 51: 主力军 -> drives, 策源地 -> drives; 承担 no cue
C(51, "高校", "drives", "基础研究")
C(51, "高校", "drives", ["重大科技突破", "科技突破"])
M(51, ["基础研究", "高校承担的基础研究"], 60, "%")
M(51, ["国家自然科学基金项目", "高校承担的国家自然科学基金项目"], 80, "%")
# 52: international conferences are no events; "为 Y 贡献了 Z" -> supports, the contributed items distribute
#     (the conferences as alternatives of the cause)
CONF52 = ["国际人工智能与教育大会、世界职业技术教育发展大会、世界数字教育大会", "国际人工智能与教育大会"]
for m in ["中国智慧", "中国方案"]:
    C(52, [m, "中国智慧和中国方案"] + CONF52, "supports", "全球教育")
# 53 (heading): no cue
# 54: "得到有效扭转" is passive with one span
# 55: 启动 a named reform (event, actor 所有省份); "促进公平…的体制机制" (cue in the modifier);
#     "更加健全" is intransitive
E(55, None, ["所有省份", "省份"], ["高考综合改革"])
C(55, ["体制机制", "促进公平、科学选才、监督有力的体制机制"], "improves", "公平")
# 56: 深入推进 an ongoing action is no event; "成为全球第一大教育资源库" is a copula with a rank
# 57: 出台 unnamed 系列政策 (no event); 提升 links back (nearest the policies); 获得感、幸福感 distribute
CAUSE57 = ["强师尊师惠师政策", "系列强师尊师惠师政策", "教师教育培养培训体系", "教育家精神"]
C(57, CAUSE57, "improves", ["教师获得感", "获得感", "教师获得感、幸福感"])
C(57, CAUSE57, "improves", ["教师幸福感", "幸福感", "教师获得感、幸福感"])
# 58: "Y 根本在于 X" = Y的原因在于X (drives); two causes x three effects
for c in [["以习近平同志为核心的党中央领航掌舵", "党中央领航掌舵", "党中央"],
          ["习近平新时代中国特色社会主义思想科学指引", "习近平新时代中国特色社会主义思想"]]:
    for e in [["教育事业的蓬勃发展", "教育事业蓬勃发展", "“十四五”时期教育事业的蓬勃发展"],
              ["教育改革的纵深推进", "教育改革纵深推进", "教育改革"],
              ["教育面貌的焕然一新", "教育面貌焕然一新", "教育面貌"]]:
        C(58, c, "drives", e)
# 59: "为 Y 提供了 Z" -> supports (the things provided as alternative causes); "教育在 Y 中的先导性、基础性…
#     地位和作用" -> supports; 坚持 / 走…道路 no cues
C(59, ["中国式现代化", "发展机遇和条件保障", "前所未有的发展机遇和条件保障"], "supports",
  ["教育强国建设", "教育强国"])
C(59, "教育", "supports", ["党和国家事业", "党和国家事业中的先导性、基础性、全局性地位和作用"])
# 60 (heading): no cue, no event
# 61: "是为 Y 夯实基础…的关键时期" (cue in the modifier) -> the period supports Y
C(61, ["“十五五”时期", "十五五时期", "“十五五”"], "supports", ["基本实现社会主义现代化", "社会主义现代化"])
# 62: 以…为指导 / 坚持 / 聚焦 / 开拓新局面 are no cues; 满足 links back (nearest 教育强国建设新局面);
#     "为 Y 作出新贡献" -> supports (two heads); inner "以中国式现代化全面推进 Y" -> drives
C(62, ["教育强国建设新局面", "教育强国建设", WE], "supports",
  ["人民群众对美好生活的向往", "对美好生活的向往", "美好生活的向往", "美好生活"])
for e in [QIANGGUO, FUXING]:
    C(62, ["教育强国建设新局面", "教育强国建设", "新贡献", WE], "supports", e)
    C(62, "中国式现代化", "drives", e)
# 63 (heading): 塑造 is a creation verb
# 64: 关系 (事关) is no cue; 培养 is no cue
# 65: 实施 a named 工程 (event, no year in a task section); "与 X 同步推进" is no cue; 发挥…作用 has no object
E(65, None, None, ["新时代立德树人工程", "实施新时代立德树人工程"])
# 66: 加强 a measure, "推动构建 Y" a creation measure: no claim
# 67: 促进 (result) links back to 大思政课建设; "有利于 Y 的 X" (cue in the modifier), two heads distribute
C(67, ["“大思政课”建设", "大思政课建设", "“大思政课”", "大思政课"], "improves",
  ["思政课堂和社会课堂有效融合", "思政课堂和社会课堂融合"])
C(67, ["网络空间", "网络空间和育人生态"], "supports", ["青少年健康成长", "健康成长"])
C(67, ["育人生态", "网络空间和育人生态"], "supports", ["青少年健康成长", "健康成长"])
# 68: bare imperatives; "体育、美育、劳动教育" has no 等
# 69: 让 links back to 教育评价体系; two predicates distribute
for e in [["每一个孩子健康成长", "健康成长"], ["每一个孩子全面发展", "全面发展"]]:
    C(69, ["教育评价体系", "完善教育评价体系"], "drives", e + ["每一个孩子健康成长、全面发展"])
# 70 (subject-less heading): bare imperative
# 71: bare 适应 is no cue; 提升 has no cause; copula with 重要任务
# 72: "与 Y 相适应的 X" -> alignsWith; the other clauses are parallel measures
C(72, ["教育资源配置机制", "与人口变化相适应的教育资源配置机制"], "alignsWith", "人口变化")
# 73: 推动 is the first clause; 统筹 / 扩大 / 办好 are measures
# 74: 巩固 X，提升 Y (a level) links back; the last 提高 is a parallel measure
C(74, ["“双减”成果", "双减成果", "“双减”", "巩固“双减”成果"], "improves", ["课堂教学水平", "课堂教学"])
# 75: 实施 a strategy is no event; "促进[人工智能助力 Z]": the strategy improves the supported change, 人工智能
#     supports Z (as digital s81); 优化 is a parallel measure
C(75, ["教育数字化战略", "实施教育数字化战略"], "improves", ["人工智能助力教育变革", "教育变革"])
C(75, "人工智能", "supports", "教育变革")
# 76 (subject-less heading): bare imperative
# 77: purpose-first "实施 S1、S2、S3，必须 M" -> M supports each strategy; 提高 (a quality) links back to M
EDU77 = ["教育科技人才发展", "一体推进教育科技人才发展"]
for s in ["科教兴国战略", "人才强国战略", "创新驱动发展战略"]:
    C(77, EDU77, "supports", [s, "实施" + s, "统筹实施科教兴国战略、人才强国战略、创新驱动发展战略"])
C(77, EDU77, "improves", ["人才自主培养质量", "自主培养质量"])
# 78: 围绕 no cue; 推动 (a result state) links back (nearest 学科设置和调整); 引导 no cue
C(78, ["学科设置和调整", "学科设置", "高校改革", "高校布局", "协同育人"], "drives",
  ["高等教育提质扩容", "高等教育"])
# 79: 强化 a measure; "带动 Y 的有效机制" (cue in the modifier); 互动 and 培育 are no cues
C(79, ["有效机制", "科技创新与人才自主培养良性互动、带动学科高质量发展的有效机制",
       "科技创新与人才自主培养良性互动"], "drives", ["学科高质量发展", "学科发展"])
# 80: 提升 is the first clause; 建设 / 培养 creation verbs: no claim
# 81 (heading): creation verb
# 82: "是立教之本、兴教之源" -> supports; purpose-first "建设教育强国，必须 M" -> supports;
#     "让党和人民满意的 X" (让 in the modifier) -> drives
C(82, "教师", "supports", ["立教", "立教之本"])
C(82, "教师", "supports", ["兴教", "兴教之源"])
TEAM82 = ["高水平教师队伍", "让党和人民满意的高水平教师队伍", "教师队伍"]
C(82, TEAM82, "supports", EDU_POWER)
C(82, TEAM82, "drives", ["党和人民满意", "让党和人民满意"])
# 83: bare imperatives
# 84: 建设 (creation), "推动 X 开展 Y" and 强化 are measures; 提升 (a capacity) links back (nearest 全员培训)
C(84, ["教师全员培训", "高水平大学开展教师教育", "教师教育", "高质量教师教育体系"], "improves",
  ["教师专业素质能力", "专业素质能力"])
# 85: 强化 / 维护 / 加大 / 吸引 are no cues; "筑牢 Y 根基" (supports) links back (nearest the 吸引 object)
C(85, ["优秀人才长期从教、终身从教", "优秀人才", "优秀教师选树表彰和宣传", "教师职业尊严和合法权益", "教师待遇保障"],
  "supports", ["教育强国", "教育强国根基"])
# 86 (heading): bare imperative
# 87: idiom, no cue
# 88: purpose-first "推进 G，要 M1，M2" -> drives (推进 read as 推动)
C(88, ["对外开放", "坚持对外开放"], "drives", ["教育强国建设", "推进教育强国建设", "教育强国"])
C(88, ["同世界各国的互容、互鉴、互通", "互容、互鉴、互通"], "drives", ["教育强国建设", "推进教育强国建设", "教育强国"])
# 89: 统筹 X，提升 Y: the coordinated objects of 统筹 and the three heads of 教育国际… distribute
for c in [["“引进来”", "引进来"], ["“走出去”", "走出去"]]:
    for e in [["教育国际影响力", "国际影响力"], ["教育国际竞争力", "竞争力"], ["教育国际话语权", "话语权"]]:
        C(89, c + ["“引进来”和“走出去”"], "improves", e + ["教育国际影响力、竞争力和话语权"])
# 90: parallel measures; 鼓励 / 引育 are no cues; 建设 a creation verb with no means: no claim

if __name__ == "__main__":
    dump()

import sys, os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "tools"))
"""Gold annotation of two parts of the 2026年浙江省政府工作报告 (../shared/corpus/gov_work_report_2026_zhejiang.txt).

Source (as in ../shared/corpus/SOURCES.md): johncodes404/china-provincial-gov-reports-2026 @ ad4c815c :
output/2026_raw_text/2026_浙江省_政府工作报告.csv (field full_text; 来源 浙江日报 2026-01-22), report of 省长 刘捷 to the
第十四届人民代表大会第四次会议 on 2026-01-14.

Scopes (as gwr2024: one part of the review with its figures and events, one part of the year's tasks with its
causal argument, together about 2,300 characters against gwr2024's 1,850):
(a) review of 2025, section 一 "2025年主要工作和“十四五”发展成就": sentences 7-34, offsets 130-1419 - the overview
    paragraph ("2025年是极不平凡的一年" with its headline figures) and subsections （一）"强化创新驱动发展，创新浙江建设
    成效明显" and （二）"巩固实体经济根基，现代化产业体系建设步伐加快", through "设立全国首个省级银发经济产业园";
(b) section 三 "2026年重点工作", subsection （二）"着力提升创新体系整体效能": sentences 336-357, offsets 15436-16454,
    through "人工智能核心产业营收增长20%以上".
Sentence numbers follow tools/sentences.py's split (1-based; list them with tools/list_sentences.py). C = claim
(cause, relation, effect); I = enumeration "A、B等Y" -> each A skos:broader Y; P = composition (whole pk:hasPart part);
E = policy event; M = observation. A span may be a list of acceptable alternatives. Written from the text and
README.md (guidelines v2) alone; no extractor output on this text was read.

Conventions used here (besides README.md, and as gwr2024 and the tuning golds):
* Years: observations and events in part (a) carry 2025 (section "2025年主要工作", sentences say 全省/全年); in part (b)
  they carry 2026 (section "2026年重点工作"): the figures there are the year's targets, read like "到2027年…" (the
  target year), and events carry it as implicit_year. 党的二十大 (s7) 2022; "二十届历次全会" names no one plenum: none.
* Events (guideline 9, as education): 实施/启动实施/部署实施 a named 工程, 行动, 专项行动 or programme is an event
  (s7 十项重大工程, s33 三年行动, s340 提能造峰行动, s342 “双尖双领+X”项目, s348 专项行动), as is issuing the named 措施
  (s18) and 开展 a named 试点 (s351, the three cities as actor). Not events: 践行 a 战略 (八八战略), 落实 a 部署
  (“132”总体工作部署), 深化 an existing 试验区 or reform (国家数据要素综合试验区, 集成改革, 人才“企业认定、政府认账”),
  funds (社保科创基金 s12), facilities and their openings (中试基地 s16, 建校招生 s18, 产业园 s34), awards (s29),
  being selected into a list (入选/入围…名单 s18, s27) and approvals (获批升本).
* Observations: every figure with a unit; 超/超过/以上/左右 give the number; "分别增长 A、B" gives one observation per
  value; counts of a set stated with their classifier are kept (s27 17个, 3个); 十方面民生实事 (s8) is a programme's
  name, not a figure; 首个/首期 are ordinals; "2个百分点以上" (s347) is 2 "个百分点".
* "A、B、C 3个 Y" (s27) is an enumeration with a head noun, read as "A、B、C 等 Y" (broader). "A、B、C 等 + a verb"
  (s356 …等共建) has no head: none. "首台套、首批次、首版次示范应用" (s346, no 等) gives none.
* Chains (guideline 7): result clauses link back, nearest object first (s7 推动, s18 实现, s338 促进, s343 加快 + a
  process, s347 确保, s354 推动 + a state, s356 降低…门槛). 我们 (s7) is the last alternative cause. "提升 Y" whose Y
  belongs to another named entity or mechanism is a parallel measure (s340 新型研发机构建设质效, s342 “四题一评”协同攻关
  效能), as is 推进 + one more activity (s346 专利转化应用). 引导 (s348), 面向 (s345), 聚焦, 坚持 and 以…为指导 (s7),
  bare 支持 + a creation verb (s339, s353), 发挥…作用, 营造 (s349), 撬动作用 with no object (s348), 取得 (s342) and
  subject-less headings with one span (s10, s15, s17, s19, s23, s26, s31, s336, s337, s344, s350) give no claim.
* Cue in a modifier (guideline 6): "创新驱动发展" (s9 heading) -> 创新 drives 发展, as gwr2024 s19; "支持 Y 的若干措施"
  (s18 title) -> the 措施 supports Y, as gwr2024 s204 "支持数字经济高质量发展政策".
* Coordination: "经济稳中有进、向新向好" (s7) is one outcome (one subject, two set phrases): one claim; "场景资源开放和
  大规模应用" (s354) is a shared modifier with coordinated heads: distributes; "职务科技成果赋权、单列管理" (s346)
  distributes the modifier (alternatives without it).
"""
from gold_dsl import C, I, P, E, M, META, SCOPE, dump

SCOPE(7, 34)
SCOPE(336, 357)

Y = 2025
# ---------------------------------------------------------------- (a) 2025 review
# 7: 党的二十大 is the congress event; 十项重大工程 is a named programme carried out in 2025; 八八战略 (a strategy
#    practised) and the 省委 部署 are no events; 推动 links back to the chain, nearest object first, 我们 last
E(7, None, ["党的二十大", "党的二十大和二十届历次全会精神"], None, implicit_year=2022)
E(7, None, None, ["“十项重大工程”", "十项重大工程"], implicit_year=Y)
C(7, ["“十项重大工程”", "十项重大工程", "深入实施“十项重大工程”", "省委“132”总体工作部署", "“132”总体工作部署",
      "“经济大省挑大梁”的责任担当", "高质量发展建设共同富裕示范区", "“八八战略”", "八八战略", "我们"],
  "drives", ["经济稳中有进、向新向好", "经济稳中有进", "经济向新向好", "经济"])
# 8: 十方面民生实事 is a name, not a figure
M(8, ["全省生产总值增长", "全省生产总值", "生产总值增长", "生产总值", "GDP增长"], 5.5, "%", year=Y)
M(8, ["一般公共预算收入增长", "一般公共预算收入"], 1.8, "%", year=Y)
M(8, ["城镇居民人均可支配收入", "城镇居民人均可支配收入增长", "城镇和农村居民人均可支配收入", "城镇居民"], 4.3, "%", year=Y)
M(8, ["农村居民人均可支配收入", "农村居民人均可支配收入增长", "城镇和农村居民人均可支配收入", "农村居民"], 5.5, "%", year=Y)
# 9 (heading): 创新驱动发展 -> cue in a modifier
C(9, "创新", "drives", ["发展", "创新驱动发展"])
# 11
M(11, ["全省科技创新投入", "科技创新投入", "全口径科技创新投入"], 7232, "亿元", year=Y)
M(11, ["全省科技创新投入增长", "科技创新投入增长", "科技创新投入", "全省科技创新投入"], 5.6, "%", year=Y)
# 12: a fund is no event; 首期 is an ordinal
M(12, ["浙江社保科创基金首期规模", "首期规模", "浙江社保科创基金", "社保科创基金"], 500, "亿元", year=Y)
# 13
M(13, ["省级概念验证中心", "概念验证中心"], 67, "家", year=Y)
M(13, ["省级中试平台", "中试平台"], 11, "家", year=Y)
M(13, ["国家级制造业中试平台", "制造业中试平台", "中试平台"], 3, "家", year=Y)
# 14: 发挥…作用 is no cue
M(14, ["新增高新技术企业", "高新技术企业"], 6000, "家", year=Y)
M(14, ["科技型中小企业", "新增科技型中小企业"], 1.76, "万家", year=Y)
M(14, ["创新联合体", "组建创新联合体"], 15, "个", year=Y)
M(14, ["省重大科技计划项目中企业牵头或参与占比", "企业牵头或参与占比", "占比"], 80, "%", year=Y)
# 16: the 中试基地 is a facility, no event
M(16, ["人工智能核心产业营收", "人工智能核心产业"], 6800, "亿元", year=Y)
M(16, ["人工智能核心产业营收增长", "人工智能核心产业营收", "人工智能核心产业"], 20, "%", year=Y)
I(16, ["阿里千问", "DeepSeek"], ["通用模型", "通用模型性能"])
I(16, [["杭州“六小龙”", "“六小龙”", "六小龙"]], ["新锐科创企业", "科创企业"])
# 18: issuing the 措施 is an event; its title "支持 Y 的若干措施" gives supports; 实现 links back to the labs
MEASURES = ["《关于支持浙江大学加快迈向世界一流大学前列的若干措施》", "关于支持浙江大学加快迈向世界一流大学前列的若干措施",
            "若干措施"]
E(18, None, None, MEASURES, implicit_year=Y)
C(18, MEASURES, "supports", ["浙江大学加快迈向世界一流大学前列", "浙江大学迈向世界一流大学前列", "浙江大学"])
C(18, ["全国重点实验室", "牵头建设全国重点实验室", "浙江工业大学、温州医科大学、浙江农林大学、西湖大学"], "drives",
  ["省属高校“零”的突破", "“零”的突破", "省属高校"])
M(18, ["入选国家“双高计划”名单的高职院校", "高职院校"], 15, "所", year=Y)
M(18, ["入选国家“双高计划”名单的专业群", "专业群", "高职院校专业群"], 21, "个", year=Y)
# 20
M(20, ["“两院”院士", "两院院士", "新增“两院”院士"], 7, "名", year=Y)
M(20, ["国家培养计划科技领军人才", "科技领军人才"], 409, "名", year=Y)
M(20, ["国家级青年人才", "青年人才"], 475, "名", year=Y)
M(20, ["“企业认定、政府认账”授权企业", "授权企业"], 8063, "家", year=Y)
M(20, ["“企业认定、政府认账”认定人才", "认定人才"], 5.45, "万名", year=Y)
# 21
M(21, ["科技副总", "选派科技副总"], 1787, "名", year=Y)
M(21, ["产业教授", "选派产业教授"], 973, "名", year=Y)
# 24
M(24, ["规上工业增加值增长", "规上工业增加值"], 6.9, "%", year=Y)
# 25: 企业竞争力不断提升 and the counts are not linked by a cue
M(25, ["制造业单项冠军企业", "新增制造业单项冠军企业", "单项冠军企业"], 45, "家", year=Y)
M(25, ["专精特新“小巨人”企业", "“小巨人”企业", "小巨人企业"], 397, "家", year=Y)
M(25, ["重点“小巨人”企业", "重点小巨人企业"], 149, "家", year=Y)
# 27: "A、B、C 3个 Y" -> broader; 入围…名单 is no 纳入 and no event
M(27, ["重点传统制造业", "重点传统制造业数"], 17, "个", year=Y)
M(27, ["重点传统制造业增加值增长", "重点传统制造业增加值", "17个重点传统制造业增加值"], 5.3, "%", year=Y)
M(27, ["入围国家培育名单的历史经典产业", "历史经典产业"], 3, "个", year=Y)
I(27, ["绍兴黄酒", "金华火腿", "西湖龙井茶"], ["历史经典产业", "3个历史经典产业"])
# 28: "分别增长" -> one observation per value
M(28, ["战略性新兴产业增加值增长", "战略性新兴产业增加值", "战略性新兴产业"], 10, "%", year=Y)
M(28, ["高新技术产业增加值增长", "高新技术产业增加值", "高新技术产业"], 7.9, "%", year=Y)
M(28, ["新能源汽车产量增长", "新能源汽车产量", "新能源汽车"], 49.8, "%", year=Y)
M(28, ["集成电路产量增长", "集成电路产量", "集成电路"], 11.9, "%", year=Y)
M(28, ["工业机器人产量增长", "工业机器人产量", "工业机器人"], 36.4, "%", year=Y)
# 29: an award, 首个 is an ordinal: nothing
# 30
M(30, ["省级未来产业先导区", "未来产业先导区"], 13, "个", year=Y)
# 32
M(32, ["服务业增加值增长", "服务业增加值"], 5.8, "%", year=Y)
M(32, ["软件和信息技术服务业增加值增长", "软件和信息技术服务业增加值"], 9.6, "%", year=Y)
M(32, ["金融业增加值增长", "金融业增加值"], 7.9, "%", year=Y)
# 33
E(33, None, None, ["平台经济强省建设三年行动", "三年行动"], implicit_year=Y)
M(33, ["平台企业营收增长", "平台企业营收"], 7, "%", year=Y)
# 34: setting up a facility: nothing

T = 2026
# ---------------------------------------------------------------- (b) 2026 tasks, section （二）
# 338: 促进 links back, nearest object first
C(338, ["人才“校（院）企双聘”", "“校（院）企双聘”", "校（院）企双聘", "人才“企业认定、政府认账”",
        "“企业认定、政府认账”", "企业认定、政府认账"], "improves",
  ["人才有序流动共享", "人才有序流动", "人才流动共享", "人才流动"])
# 339: bare 支持 + creation verbs: nothing
# 340: the 行动 is an event; 提升新型研发机构建设质效 is a parallel measure
E(340, None, None, ["高能级科创平台提能造峰行动", "提能造峰行动"], implicit_year=T)
# 341
M(341, ["龙头企业牵头组建创新联合体", "创新联合体"], 10, "个", year=T)
# 342: 提升“四题一评”协同攻关效能 is a parallel measure; 取得 is no cue
E(342, None, None, ["“双尖双领+X”项目", "双尖双领+X项目", "“双尖双领+X”"], implicit_year=T)
M(342, ["“双尖双领+X”项目", "双尖双领+X项目", "项目"], 400, "项", year=T)
M(342, ["重大科技成果", "科技成果"], 100, "项", year=T)
# 343: 加快 + a process links back; the two kinds of centre distribute
M(343, ["省级概念验证中心", "概念验证中心", "新认定省级概念验证中心"], 20, "家", year=T)
M(343, ["省级中试平台", "中试平台"], 10, "家", year=T)
for m in [["省级概念验证中心", "概念验证中心"], ["省级中试平台", "中试平台"]]:
    C(343, m, "drives", ["科技成果转化落地", "科技成果转化"])
# 345: 面向 is no cue
# 346: shared modifier 职务科技成果 distributes; 推进 / 支持 are parallel measures
I(346, [["职务科技成果赋权", "赋权"], ["单列管理", "职务科技成果单列管理"], ["“先用后转”", "先用后转"]], ["集成改革"])
# 347: targets of 2026; 确保 links back to the object of 加大
M(347, ["全社会研发投入强度", "研发投入强度"], 3.35, "%", year=T)
M(347, ["全口径科技创新投入", "科技创新投入"], 7800, "亿元", year=T)
M(347, ["规上工业企业研发费用与营收之比", "研发费用与营收之比"], 3.25, "%", year=T)
M(347, ["省属国有企业研发投入增速高于全省平均", "省属国有企业研发投入增速", "研发投入增速"], 2, "个百分点", year=T)
C(347, ["科技创新投入", "加大科技创新投入"], "supports",
  ["各级政府财政性科技资金增幅高于财政经常性收入增幅", "各级政府财政性科技资金增幅", "财政性科技资金增幅"])
# 348: the 专项行动 is an event; 引导 is no cue
E(348, None, None, ["“打造耐心资本”专项行动", "打造耐心资本专项行动", "“打造耐心资本”"], implicit_year=T)
# 349: 营造 is a creation verb: nothing
# 351: 开展 a named 试点 is an event of the three cities; deepening the 试验区 is not
E(351, None, ["杭州、宁波、温州", "杭州", "宁波", "温州"], ["可信数据空间创新发展试点", "可信数据空间"], implicit_year=T)
# 354: "A、B、C 等领域"; 推动 + a state links back to both kinds of 场景; 场景资源 distributes over 开放 / 大规模应用
I(354, ["制造业", "交通运输", "民生"], ["领域"])
for m in [["行业集成式场景", "集成式场景"], ["高价值小切口场景", "小切口场景"]]:
    C(354, m, "drives", ["场景资源开放", "场景资源开放和大规模应用"])
    C(354, m, "drives", ["场景资源大规模应用", "大规模应用", "场景资源开放和大规模应用"])
# 355
I(355, ["时空信息", "具身智能", "地球科学", "文化旅游", "石化化工"],
  ["国家人工智能应用中试基地", "人工智能应用中试基地", "中试基地"])
# 356: "A、B、C 等共建" has no head noun; 降低…门槛 -> mitigates, back to the platform
C(356, ["公共技术服务平台", "共建公共技术服务平台", "龙头企业、高等院校、科研机构"], "mitigates",
  ["中小企业应用人工智能门槛", "应用人工智能门槛", "门槛"])
# 357
I(357, ["智能驾驶", ["新一代智能穿戴设备", "智能穿戴设备"]], ["智能终端产业", "智能终端产业发展", "智能终端"])
M(357, ["人工智能核心产业营收增长", "人工智能核心产业营收", "人工智能核心产业"], 20, "%", year=T)

if __name__ == "__main__":
    dump()

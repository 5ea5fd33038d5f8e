"""Structure: title, headings, author, footer, issuer and date become metadata, not sentences."""
from __future__ import annotations

import pytest

from policykg.extract.reading import read_text
from policykg.extract.structure import read_structure, split_lines


def _doc(text: str):
    return read_structure("t", "t.txt", text)


def _body(doc) -> list[str]:
    return [doc.text[s:e] for s, e in doc.body]


@pytest.mark.parametrize("name, title, author, affiliation, issuer, date", [
    ("seed_smart_city_nqpf.txt", "", "李志斌", "中共中央党校(国家行政学院)经济学教研部", "", ""),
    # a work report's issuer is the body its speaker's office heads (extract/docmeta.py)
    ("gov_work_report_2024_national.txt", "政府工作报告", "李强", "国务院总理", "国务院",
     "2024-03-05"),
    ("gov_work_report_2026_zhejiang.txt", "2026年浙江省政府工作报告", "刘捷", "浙江省省长",
     "浙江省人民政府", "2026-01-14"),
    ("guidance_2022_beijing_data_zones.txt",
     "北京市经济和信息化局印发《关于推进北京市数据专区建设的指导意见》的通知", "", "",
     "北京市经济和信息化局", "2022-11-21"),
    ("policy_2021_anhui_industrial_internet.txt",
     "安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划"
     "（2021-2023年）的通知", "", "", "安徽省人民政府办公厅", "2021-09-02"),
])
def test_corpus_metadata(corpus_dir, name, title, author, affiliation, issuer, date):
    text, enc = read_text(corpus_dir / name)
    doc = read_structure("d", name, text, enc)
    assert (doc.title, doc.author, doc.affiliation, doc.issuer, doc.date) == (
        title, author, affiliation, issuer, date)
    body = _body(doc)
    for meta in (doc.issuer, doc.title):
        if meta:
            assert meta not in body
    assert not any(line.startswith(("作者", "【未经授权")) for line in body)
    assert all(not line.endswith("号）") for line in body)
    assert len(doc.headings) >= 5


def test_seed_footer_is_metadata(corpus_dir):
    text, _ = read_text(corpus_dir / "seed_smart_city_nqpf.txt")
    doc = read_structure("d", "seed", text)
    assert doc.footer == "【未经授权,严禁转载!联系电话028-86968276】"
    assert "028-86968276" not in "".join(_body(doc))


def test_headings_levels_and_statement_headings():
    doc = _doc("总标题\n一、总体要求\n（一）指导思想\n(二)从内涵角度来看,智慧城市是载体。\n"
               "专栏1 重点任务\n一是加强统筹。二是完善机制。\n")
    heads = [(h.text, h.level) for h in doc.headings]
    assert heads == [("一、总体要求", 1), ("（一）指导思想", 2), ("(二)", 2),
                     ("专栏1 重点任务", 3), ("一是加强统筹", 3), ("二是完善机制", 3)]
    assert doc.title == "总标题"
    # a heading that is a statement stays running text; only its marker is a heading
    assert "(二)从内涵角度来看,智慧城市是载体。" in _body(doc)
    assert "一是加强统筹。二是完善机制。" in _body(doc)


def test_notice_issuer_date_and_document_number():
    doc = _doc("某某局关于印发某方案的通知\n（某发〔2023〕5号）\n各区政府，各相关单位：\n"
               "现将方案印发给你们，请认真贯彻执行。\n某市数据局\n2023年5月6日\n正文开始。\n")
    assert doc.issuer == "某市数据局" and doc.date == "2023-05-06"
    assert _body(doc) == ["现将方案印发给你们，请认真贯彻执行。", "正文开始。"]


def test_chinese_numeral_date():
    doc = _doc("通知\n正文。\n某市人民政府\n二〇二三年十二月二十一日\n")
    assert doc.date == "2023-12-21" and doc.issuer == "某市人民政府"


def test_report_title_line_with_occasion_and_speaker():
    doc = _doc("政府工作报告——2025年3月5日在第十四届全国人民代表大会第三次会议上国务院总理 张三\n"
               "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n各位代表！\n")
    assert (doc.title, doc.date, doc.affiliation, doc.author) == (
        "政府工作报告", "2025-03-05", "国务院总理", "张三")
    assert _body(doc) == ["现在，我代表国务院，向大会报告政府工作。"]


def test_report_subtitle_and_speaker_lines():
    doc = _doc("2025年某省政府工作报告\n2025年1月10日在某省第十四届人民代表大会第三次会议上\n"
               "某省省长 李四\n各位代表：\n正文。\n")
    assert (doc.title, doc.date, doc.affiliation, doc.author) == (
        "2025年某省政府工作报告", "2025-01-10", "某省省长", "李四")
    assert _body(doc) == ["正文。"]


def test_author_line_without_affiliation():
    doc = _doc("正文一句。\n作者：王五\n")
    assert doc.author == "王五" and doc.affiliation == ""


def test_split_lines_trims_and_keeps_offsets():
    text = "  甲乙。 \r\n\n\u3000丙丁\n"
    spans = split_lines(text)
    assert [text[s:e] for s, e in spans] == ["甲乙。", "丙丁"]
    assert spans[0] == (2, 5)

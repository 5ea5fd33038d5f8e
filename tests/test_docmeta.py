"""Document metadata (extract/docmeta.py, graph/documents.py, graph/queries/documents.rq):
hand-made headers, the corpus, the development texts' headers, the RDF and the named query."""
from __future__ import annotations

from collections import Counter

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, SKOS

from conftest import CORPUS
from policykg.extract.docmeta import genre_of, genres, levels, place_of, title_issuer
from policykg.extract.model import Extraction
from policykg.extract.reading import read_text
from policykg.extract.resources import Resources
from policykg.extract.structure import read_structure
from policykg.graph import open_graph
from policykg.graph.documents import add_document
from policykg.graph.namespaces import PK, genre_iri, level_iri
from policykg.graph.rdf import to_graph
from policykg.graph.validate import validate
from policykg.ontology import data_path, read_table

RES = Resources()   # the package's tables, read once for this module

FIELDS = ("issuer", "doc_number", "date", "year", "genre", "level", "region", "author")


def _meta(text: str) -> dict:
    doc = read_structure("t", "t.txt", text)
    return {f: getattr(doc, f) for f in FIELDS}


def _expect(**given) -> dict:
    out = dict.fromkeys(FIELDS, "")
    out["year"] = None
    out.update(given)
    return out


# --- hand-made headers ----------------------------------------------------------------------

NOTICE = ("杭州市数据资源管理局关于做好公共数据安全工作的通知\n杭数发〔2023〕12号\n"
          "各区、县（市）人民政府，市直各单位：\n现将有关事项通知如下。\n一、总体要求\n"
          "各单位要加强公共数据安全管理。\n杭州市数据资源管理局\n2023年5月6日\n")
WORK_REPORT = ("2025年湖南省政府工作报告\n2025年1月12日在湖南省第十四届人民代表大会第四次会议上\n"
               "湖南省省长 王五\n各位代表：\n现在，我代表省人民政府作政府工作报告。\n")
NATIONAL_REPORT = ("政府工作报告——2025年3月5日在第十四届全国人民代表大会第三次会议上国务院总理 张三\n"
                   "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n")
ESSAY = "论数字经济的新动能\n数字经济是新动能。\n作者：某大学经济学院 张三\n"
BYLINE_ESSAY = ("推进数字乡村建设（学习贯彻党的二十届四中全会精神）\n"
                "赵六《人民日报》（2025年12月19日第 09 版）\n数字乡村是乡村振兴的方向。\n"
                "（作者为浙江大学教授）\n")
MUNICIPAL = ("洛阳市人民政府关于印发洛阳市智慧城市建设实施方案的通知\n（洛政〔2023〕8号）\n"
             "各县（市、区）人民政府：\n现将《洛阳市智慧城市建设实施方案》印发给你们，请认真贯彻执行。\n"
             "洛阳市人民政府\n2023年3月1日\n")
COUNTY = ("德清县人民政府办公室关于印发德清县数字乡村建设行动计划（2022-2025年）的通知\n"
          "德政办发〔2022〕30号\n各乡镇人民政府：\n现将行动计划印发给你们。\n")
NOTHING = "数字技术推动产业升级。\n数据要素释放价值。\n"


@pytest.mark.parametrize("text, expected", [
    (NOTICE, _expect(issuer="杭州市数据资源管理局", doc_number="杭数发〔2023〕12号",
                     date="2023-05-06", year=2023, genre="notice", level="municipal",
                     region="杭州市")),
    (WORK_REPORT, _expect(issuer="湖南省人民政府", date="2025-01-12", year=2025,
                          genre="work_report", level="provincial", region="湖南省", author="王五")),
    (NATIONAL_REPORT, _expect(issuer="国务院", date="2025-03-05", year=2025, genre="work_report",
                              level="national", region="中国", author="张三")),
    (ESSAY, _expect(genre="commentary", author="张三")),
    (BYLINE_ESSAY, _expect(date="2025-12-19", year=2025, genre="commentary", author="赵六")),
    # the notice's signature gives the issuer; the 文号 may stand in brackets
    (MUNICIPAL, _expect(issuer="洛阳市人民政府", doc_number="洛政〔2023〕8号", date="2023-03-01",
                        year=2023, genre="programme", level="municipal", region="洛阳市")),
    # no signature: the issuer is the body the title opens with; no date: the 文号's year
    (COUNTY, _expect(issuer="德清县人民政府办公室", doc_number="德政办发〔2022〕30号", year=2022,
                     genre="plan", level="county", region="德清县")),
    (NOTHING, _expect()),
], ids=["notice", "work_report", "national_report", "essay", "byline_essay", "municipal",
        "county", "nothing"])
def test_hand_made_headers(text, expected):
    assert _meta(text) == expected


def test_reading_metadata_leaves_the_running_text_alone():
    doc = read_structure("t", "t.txt", BYLINE_ESSAY)
    assert doc.affiliation == "浙江大学教授"
    # the byline and the author note stay running text: reading them changes no sentence
    assert [doc.text[s:e] for s, e in doc.body] == BYLINE_ESSAY.splitlines()[1:]


def test_year_from_the_title_and_number_in_the_title():
    doc = read_structure("t", "t.txt", "2024年某某区政府工作报告\n正文一句。\n")
    assert (doc.year, doc.genre, doc.level, doc.region) == (2024, "work_report", "county", "某某区")
    doc = read_structure("t", "t.txt", "某某局关于开展评估工作的通知（某发〔2021〕7号）\n正文。\n")
    assert (doc.doc_number, doc.year, doc.issuer) == ("某发〔2021〕7号", 2021, "某某局")


@pytest.mark.parametrize("title, genre", [
    ("国务院关于加强数字政府建设的指导意见", "opinion"),
    ("某市人民政府关于做好防汛工作的通知", "notice"),
    # a notice that transmits documents has the genre of the first one it transmits
    ("某省人民政府关于印发《某省数字经济发展规划》的通知", "plan"),
    ("某局关于印发促进产业发展若干措施和某行动计划（2021-2023年）的通知", "measures"),
    ("关于转发省政府《关于推进数据要素市场化配置的实施意见》的通知", "opinion"),
    ("关于印发某规划实施方案的通知", "programme"),
    ("某部关于发布行业标准的通知", "notice"),
    ("某市数字政府建设管理暂行办法（试行）", "measures"),
    ("某省数据条例", "regulation"),
    ("深入推进数字中国建设（学习贯彻党的二十届四中全会精神）", ""),
])
def test_genre_of_titles(title, genre):
    assert genre_of(RES, title) == genre


def test_commentary_needs_an_author_and_no_issuer():
    assert genre_of(RES, "论新质生产力", author="张三") == "commentary"
    assert genre_of(RES, "论新质生产力", author="张三", issuer="某省人民政府") == ""
    assert genre_of(RES, "", author="张三") == "commentary"


@pytest.mark.parametrize("name, region, level", [
    ("国务院办公厅", "中国", "national"),
    ("国家发展改革委", "中国", "national"),
    ("工业和信息化部", "中国", "national"),
    ("教育部办公厅", "中国", "national"),
    ("中共中央办公厅", "中国", "national"),
    ("北京市经济和信息化局", "北京市", "provincial"),       # a 直辖市 is provincial-level
    ("北京市海淀区人民政府", "北京市海淀区", "county"),
    ("北京市东城区人民政府", "北京市东城区", "county"),
    ("中共浙江省委宣传部", "浙江省", "provincial"),
    ("浙江省市场监督管理局", "浙江省", "provincial"),
    ("广西壮族自治区人民政府", "广西壮族自治区", "provincial"),
    ("杭州市萧山区人民政府", "杭州市萧山区", "county"),
    ("包头市稀土高新区管委会", "包头市", "municipal"),      # a 高新区 is no place
    ("阿坝藏族羌族自治州人民政府", "阿坝藏族羌族自治州", "municipal"),
    ("城市管理局", "", ""),
    ("某大学经济学院", "", ""),
    ("", "", ""),
])
def test_place_of_issuers(name, region, level):
    assert place_of(RES, name) == (region, level)


def test_a_ministry_word_in_a_title_is_no_national_body():
    assert place_of(RES, "关于做好内部审计工作的通知", body=False) == ("", "")


def test_title_issuer_needs_a_body_name():
    assert title_issuer(RES, "安徽省人民政府办公厅关于印发某方案的通知") == "安徽省人民政府办公厅"
    assert title_issuer(RES, "北京市经济和信息化局印发《某意见》的通知") == "北京市经济和信息化局"
    assert title_issuer(RES, "关于印发某方案的通知") == ""
    assert title_issuer(RES, "深入学习关于数字中国的论述") == ""


# --- the corpus: what each text states, and what was read -----------------------------------

#: For every text of the corpus's top folder, what its header (or its end) states, read by hand:
#: (issuer, 文号, date, year, genre, level, region, author). Work reports state their speaker's
#: office (国务院总理, 浙江省省长), whose body is the issuer; the two notices transmit an
#: 意见 and a 若干政策 (with a 行动计划), whose genres they take.
CORPUS_STATES = {
    "gov_work_report_2024_national.txt":
        ("国务院", "", "2024-03-05", 2024, "work_report", "national", "中国", "李强"),
    "gov_work_report_2026_zhejiang.txt":
        ("浙江省人民政府", "", "2026-01-14", 2026, "work_report", "provincial", "浙江省", "刘捷"),
    "guidance_2022_beijing_data_zones.txt":
        ("北京市经济和信息化局", "京经信发〔2022〕87号", "2022-11-21", 2022, "opinion",
         "provincial", "北京市", ""),
    "policy_2021_anhui_industrial_internet.txt":
        ("安徽省人民政府办公厅", "皖政办秘〔2021〕82号", "2021-09-02", 2021, "measures",
         "provincial", "安徽省", ""),
    # untitled, undated; its author line at the end: commentary
    "seed_smart_city_nqpf.txt": ("", "", "", None, "commentary", "", "", "李志斌"),
}

#: The development texts, by their headers (the two held-out texts are not read at all).
DEV_STATES = {
    "essay_beautiful_china_green_20251219.txt": ("孙金龙", "2025-12-19"),
    "essay_digital_china_20251127.txt": ("李晓红", "2025-11-27"),
    "essay_education_20251217.txt": ("怀进鹏", "2025-12-17"),
    "essay_high_level_opening_up_20251208.txt": ("王文涛", "2025-12-08"),
    "essay_modern_industrial_system_20251119.txt": ("袁红英", "2025-11-19"),
    "essay_sci_tech_industry_fusion_20251126.txt": ("阴和俊", "2025-11-26"),
    "policy_digital_government_evaluation_2022.txt":
        ("包头市人民政府办公室", "包府办发〔2022〕43号", "2022-04-14", 2022, "measures",
         "municipal", "包头市", ""),
    "policy_government_data_management_2021.txt":
        ("阿坝州人民政府办公室", "阿府办发〔2021〕21号", "2021-10-11", 2021, "measures",
         "municipal", "阿坝州", ""),
}


def _read(path) -> tuple:
    text, enc = read_text(path)
    doc = read_structure("d", path.name, text, enc)
    return tuple(getattr(doc, f) for f in FIELDS)


def test_every_corpus_text_is_listed(corpus_dir):
    assert sorted(p.name for p in corpus_dir.glob("*.txt")) == sorted(CORPUS_STATES)


@pytest.mark.parametrize("name", sorted(CORPUS_STATES))
def test_corpus_metadata_is_read(corpus_dir, name):
    assert _read(corpus_dir / name) == CORPUS_STATES[name]


@pytest.mark.parametrize("name", sorted(DEV_STATES))
def test_dev_headers_are_read(name):
    path = CORPUS / "dev" / name
    if not path.is_file():
        pytest.skip(f"development text not found: {path}")
    states = DEV_STATES[name]
    if len(states) == 2:            # a newspaper essay: byline author and date
        author, date = states
        states = ("", "", date, int(date[:4]), "commentary", "", "", author)
    assert _read(path) == states


# --- RDF ------------------------------------------------------------------------------------

NOTICE_TTL = """\
@prefix pk: <https://w3id.org/policykg/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix d: <https://w3id.org/policykg/id/doc/> .
@prefix actor: <https://w3id.org/policykg/id/actor/> .
@prefix genre: <https://w3id.org/policykg/id/genre/> .
@prefix level: <https://w3id.org/policykg/id/level/> .

d:t a pk:Document , nif:Context , schema:Legislation , eli:LegalResource ;
    dcterms:source "t.txt" ; dcterms:identifier "t" ;
    dcterms:title "杭州市数据资源管理局关于做好公共数据安全工作的通知"@zh ;
    dcterms:publisher "杭州市数据资源管理局"@zh ; eli:passed_by actor:杭州市数据资源管理局 ;
    dcterms:date "2023-05-06"^^xsd:date ; schema:legislationDate "2023-05-06"^^xsd:date ;
    eli:date_document "2023-05-06"^^xsd:date ;
    schema:legislationIdentifier "杭数发〔2023〕12号" ; eli:id_local "杭数发〔2023〕12号" ;
    pk:genre genre:notice ; pk:level level:municipal ;
    pk:region "杭州市"@zh ; schema:spatialCoverage "杭州市"@zh ;
    pk:year 2023 ;
    pk:heading "一、总体要求"@zh .
actor:杭州市数据资源管理局 a pk:Actor ; skos:prefLabel "杭州市数据资源管理局"@zh .
genre:notice a pk:DocumentGenre ; skos:prefLabel "通知"@zh , "notice"@en .
level:municipal a pk:AdministrativeLevel ; skos:prefLabel "地市级"@zh , "municipal (prefecture)"@en .
"""


def test_notice_node():
    g = Graph()
    add_document(g, read_structure("t", "t.txt", NOTICE), RES)
    assert isomorphic(g, Graph().parse(data=NOTICE_TTL, format="turtle"))


def test_work_report_and_commentary_classes():
    g = Graph()
    report = add_document(g, read_structure("r", "r.txt", WORK_REPORT), RES)
    essay = add_document(g, read_structure("e", "e.txt", ESSAY), RES)
    schema = "https://schema.org/"
    assert {str(c) for c in g.objects(report, RDF.type)} == {
        str(PK.Document), "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Context",
        schema + "Report", schema + "CreativeWork"}
    assert URIRef(schema + "Article") in set(g.objects(essay, RDF.type))
    # not legislation: no ELI terms and no passed_by actor
    assert not [t for t in g if str(t[1]).startswith("http://data.europa.eu/eli/")]
    assert g.value(essay, PK.level) is None and g.value(essay, PK.region) is None


def test_genre_and_level_individuals_are_declared_in_the_ontology():
    onto = Graph().parse(data_path("policykg.ttl"), format="turtle")
    for code, zh, en in [(g.code, g.label_zh, g.label_en) for g in genres(RES)] + [
            (lv.code, lv.label_zh, lv.label_en) for lv in levels(RES)]:
        iri = genre_iri(code) if code in {g.code for g in genres(RES)} else level_iri(code)
        assert (iri, RDF.type, OWL.NamedIndividual) in onto, iri
        assert set(onto.objects(iri, SKOS.prefLabel)) == {Literal(zh, lang="zh"),
                                                          Literal(en, lang="en")}
    assert {r["class"] for r in read_table("doc_genres.tsv")} == {"Legislation", "Report",
                                                                  "Article"}


def test_two_genres_violate_the_shapes():
    g = to_graph([Extraction(read_structure("t", "t.txt", NOTICE), (), (), (), (), ())])
    assert validate(g).lines() == ["conforms"]
    g.add((URIRef("https://w3id.org/policykg/id/doc/t"), PK.genre, genre_iri("opinion")))
    g.add((genre_iri("opinion"), RDF.type, PK.DocumentGenre))
    assert validate(g).lines() == [
        "杭州市数据资源管理局关于做好公共数据安全工作的通知 (doc:t): pk:genre: "
        "a document has at most one genre, a pk:DocumentGenre"]


# --- the named query ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def docs_path(tmp_path_factory):
    texts = {"notice": NOTICE, "report": WORK_REPORT, "national": NATIONAL_REPORT,
             "essay": ESSAY, "municipal": MUNICIPAL, "county": COUNTY, "nothing": NOTHING}
    g = to_graph([Extraction(read_structure(k, f"{k}.txt", t), (), (), (), (), ())
                  for k, t in texts.items()])
    path = tmp_path_factory.mktemp("docmeta") / "docs.ttl"
    g.serialize(path, format="turtle", encoding="utf-8")
    return path


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("params, sources", [
    ({}, ["county.txt", "municipal.txt", "notice.txt", "report.txt", "national.txt",
          "essay.txt", "nothing.txt"]),
    ({"level": "municipal"}, ["municipal.txt", "notice.txt"]),
    ({"level": "地市级", "genre": "notice"}, ["notice.txt"]),
    ({"genre": "工作报告"}, ["report.txt", "national.txt"]),
    ({"region": "湖南"}, ["report.txt"]),
    ({"year": 2025}, ["report.txt", "national.txt"]),
    ({"year": 2025, "level": "national"}, ["national.txt"]),
    ({"genre": "commentary"}, ["essay.txt"]),
    ({"year": 1999}, []),
])
def test_documents_query_filters(docs_path, engine, params, sources):
    rows = open_graph(docs_path, engine=engine).run("documents", params).dicts()
    assert [r["source"] for r in rows] == sources
    assert not {"genre", "level", "region", "year"} & {k for r in rows for k in r}


def test_documents_query_row(docs_path):
    rows = open_graph(docs_path).named("documents", genre="notice")
    assert len(rows) == 1
    row = {k: str(v) for k, v in rows[0].items()}
    assert row == {
        "source": "notice.txt", "title": "杭州市数据资源管理局关于做好公共数据安全工作的通知",
        "issuer": "杭州市数据资源管理局", "number": "杭数发〔2023〕12号", "date": "2023-05-06",
        "docYear": "2023", "genreCode": "notice", "genreLabel": "通知", "levelCode": "municipal",
        "levelLabel": "地市级", "regionName": "杭州市",
        "doc": "https://w3id.org/policykg/id/doc/notice"}


def test_documents_query_on_the_corpus(corpus_graph, tmp_path):
    path = tmp_path / "corpus.ttl"
    corpus_graph.serialize(path, format="turtle", encoding="utf-8")
    rows = open_graph(path).run("documents", {"level": "provincial"}).dicts()
    assert Counter(r["genreCode"] for r in rows) == Counter(
        {"measures": 1, "opinion": 1, "work_report": 1})

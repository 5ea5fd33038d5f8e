"""Small hand-made extractions for the ontology, validation and export tests (not a test module)."""
from __future__ import annotations

from decimal import Decimal

from policykg.extract.model import (Claim, Document, Event, Extraction, Mention, Observation,
                                    Sentence)

__all__ = ["TEXT", "extraction", "graph"]

TEXT = ("数字经济推动智慧城市建设，数字经济推动智慧城市发展。"
        "2014年，国家发展改革委印发《关于促进智慧城市健康发展的指导意见》。"
        "城镇化率达到17.9%，全要素生产率提高3.5%至8%。")


def _sentences() -> tuple[Sentence, ...]:
    out, start = [], 0
    for i, part in enumerate(TEXT.split("。")[:-1], 1):
        end = start + len(part) + 1
        out.append(Sentence("case", i, start, end, TEXT[start:end]))
        start = end
    return tuple(out)


def _m(text: str, label: str | None = None, after: int = 0) -> Mention:
    at = TEXT.index(text, after)
    return Mention("case", at, at + len(text), text, label or text)


def extraction() -> Extraction:
    """One document: four claims (two on the same pair and relation, one more relation on
    that pair), one event, two observations (a value and a range)."""
    sents = _sentences()
    second = TEXT.index("，") + 1
    econ, city = _m("数字经济"), _m("智慧城市")
    econ2, city2 = _m("数字经济", after=second), _m("智慧城市", after=second)
    claims = (
        Claim("case", 1, econ, "drives", city, "推动", "infix-tuidong"),
        Claim("case", 1, econ2, "drives", city2, "推动", "infix-tuidong"),
        Claim("case", 1, city2, "hasPart", _m("智慧城市发展", "城市发展"), "推动"),
        Claim("case", 1, econ, "supports", city, "推动"),      # a second relation, same pair
    )
    s2 = sents[1]
    events = (Event("case", 2, s2.start, s2.end, "document", 2014, "stated", "国家发展改革委",
                    "关于促进智慧城市健康发展的指导意见"),)
    s3 = sents[2]
    obs = (
        Observation("case", 3, s3.start, s3.end, "城镇化率", "城镇化率", "%",
                    value=Decimal("17.9")),
        Observation("case", 3, s3.start, s3.end, "全要素生产率", "全要素生产率", "%",
                    min_value=Decimal("3.5"), max_value=Decimal("8")),
    )
    doc = Document("case", "case.txt", TEXT, title="测试文档")
    return Extraction(doc, sents, (econ, city, econ2, city2), claims, events, obs)


def graph():
    """The RDF graph of `extraction()`, as graph/rdf.py maps it."""
    from policykg.graph.rdf import to_graph
    return to_graph([extraction()])

"""Trimming of spans (trimming.py, through spans.View): hand-made cases and the real seed text."""
from __future__ import annotations

from policykg.extract.mentions import tokenise
from policykg.extract.model import Sentence
from policykg.extract.pipeline import extract_file
from policykg.extract.resources import Resources
from policykg.extract.spans import View

RES = Resources()   # the package's tables, read once for this module


def trimmed(text: str, **lists) -> str:
    v = View(Sentence("d", 1, 0, len(text), text), res=RES)
    a, b = v.trim(0, len(text), **lists)
    return text[a:b]


def test_a_plain_noun_phrase_stays_whole():
    assert trimmed("数据治理") == "数据治理"
    assert trimmed("数据治理等方面") == "数据治理等方面"


def test_leading_words_and_conjunctions_go():
    assert trimmed("加快建设智慧城市") == "智慧城市"          # lead, then a creation verb
    assert trimmed("并且提升服务水平了") == "提升服务水平"      # a conjunction by tag, a particle


def test_an_empty_tail_list_still_drops_particles_by_tag():
    assert trimmed("提升服务水平的", tail=frozenset()) == "提升服务水平"


def test_a_trailing_comparative_adverb_goes():
    # phrase_words tail 更加/更为: "经济社会发展更加" is no label
    assert trimmed("区域经济发展更加") == "区域经济发展"
    assert trimmed("城乡融合更为") == "城乡融合"


def test_a_quote_opened_or_closed_outside_the_span_goes():
    # labels carry no unbalanced quotes (issue 10, item 3)
    assert trimmed("乡村振兴”") == "乡村振兴"
    assert trimmed("“乡村振兴") == "乡村振兴"
    assert trimmed("十四五时期要“") == "十四五时期"
    assert trimmed("“乡村振兴”战略") == "“乡村振兴”战略"
    assert trimmed("“一网通办\"平台") == "“一网通办\"平台"   # a straight quote closes it


def test_a_given_lead_list_replaces_the_default_one():
    assert trimmed("和数据治理", lead=frozenset({"以"})) == "和数据治理"
    assert trimmed("以数据治理", lead=frozenset({"以"}), tail=frozenset()) == "数据治理"
    assert trimmed("，以数据治理。", lead=frozenset(), tail=frozenset()) == "以数据治理"


def test_trim_stays_inside_its_span_and_is_idempotent_on_the_seed_text(seed_path):
    sentences = tokenise(extract_file(seed_path).sentences)
    lists = [{}, {"lead": frozenset()}, {"lead": frozenset(), "tail": frozenset()},
             {"lead": frozenset({"以", "通过"}), "tail": frozenset()}, {"tail": frozenset()}]
    checked = 0
    for s in sentences[:60]:
        v = View(s, res=RES)
        bounds = [t.start for t in v.tokens] + [len(s.text)]
        for i, lo in enumerate(bounds):
            for hi in bounds[i + 1:i + 8]:
                for kw in lists:
                    a, b = v.trim(lo, hi, **kw)
                    assert lo <= a and b <= hi and (a <= b)
                    assert v.trim(a, b, **kw) == (a, b) or a == b
                    checked += 1
    assert checked > 1000


def test_a_trailing_adverbial_of_stance_goes():
    assert trimmed("农村电商的活力从根本上说") == "农村电商的活力"

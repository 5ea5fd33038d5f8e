"""The cue table and phrase words: every row is readable and compiled once."""
from __future__ import annotations

from policykg.extract.cuetable import FRAMES, cue_table, phrase_words
from policykg.extract.model import RELATIONS
from policykg.extract.resources import Resources

RES = Resources()   # the package's tables, read once for this module


def test_every_row_names_a_known_frame_and_relation():
    t = cue_table(RES)
    assert t.rows
    for row in t.rows:
        assert row.frame in FRAMES
        assert row.relation in RELATIONS or (row.frame in ("means", "purpose", "aim")
                                             and not row.relation)
        assert row.direction in ("forward", "backward")
        assert row.cues


def test_every_relation_has_a_cue():
    t = cue_table(RES)
    assert {r.relation for r in t.rows if r.relation} == set(RELATIONS)


def test_combined_regexes_find_infix_circum_and_copula_cues():
    t = cue_table(RES)
    assert t.infix_rx.search("数字技术推动产业升级").group() == "推动"
    assert t.row("infix", "推动").relation == "drives"
    assert t.row("infix", "依赖于").direction == "backward"
    m = t.circum_rx.search("为乡村振兴提供支撑")
    assert m is not None
    m = t.copula_rx.search("平台是数字治理的重要载体")
    assert (m.group("inner"), m.group("head")) == ("数字治理", "载体")


def test_compiled_once():
    assert cue_table(RES) is cue_table(RES)
    assert phrase_words(RES) is phrase_words(RES)


def test_phrase_words_have_roles():
    w = phrase_words(RES)
    assert "通过" in w.lead and "构建" in w.create and "以来" in w.adverbial_end

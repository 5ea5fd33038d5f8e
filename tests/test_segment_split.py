"""Dictionary words made of a lead word and a cue are cut in two (extract/segment.py,
split_words): the cue tables see the verb of "切实增强 X".

Every sentence here is made up for the test; none is taken from a corpus text.
"""
from policykg.extract.claims import read_sentence
from policykg.extract.model import Sentence
from policykg.extract.resources import Resources
from policykg.extract.segment import Segmenter, get_segmenter, split_words


def _words(seg, text):
    return [t.text for t in seg.segment(text)]


def test_a_lead_word_and_a_cue_merged_by_the_dictionary_are_two_tokens():
    words = _words(get_segmenter(), "各地切实增强基层治理能力，逐步完善服务体系。")
    assert ["切实", "增强"] == words[1:3] and "逐步" in words and "完善" in words


def test_without_the_split_rows_the_dictionary_word_stays_whole():
    plain = Segmenter("jieba", (), ((), (), ()))
    assert "切实增强" in _words(plain, "各地切实增强基层治理能力。")


def test_the_split_comes_from_the_tables():
    leads, cues, _ = split_words(Resources())
    assert "切实" in leads and "增强" in cues


def test_the_verb_of_a_split_word_is_read_as_its_cue():
    text = "加强校企协同育人，切实增强青年就业能力。"
    got = {(c.subject.text, c.relation, c.object.text)
           for c in read_sentence(Sentence("t", 1, 0, len(text), text))}
    assert ("校企协同育人", "improves", "青年就业能力") in got


def test_a_word_marked_to_cut_is_two_tokens():
    """segment_words.tsv's pos "-": "促发展" of "以改革促发展" is 促 / 发展."""
    assert "促发展" in _words(Segmenter("jieba", (), ((), (), ())), "坚持以改革促发展。")
    assert _words(get_segmenter(None, Resources()), "坚持以改革促发展。")[-3:-1] == ["促", "发展"]
    assert "促发展" in split_words(Resources())[2]


def test_dui_wai_bu_is_cut_so_that_ying_dui_is_one_verb():
    """segment_words.tsv cuts 对外部 (a dictionary word): "应对外部冲击" is 应对 / 外部 / 冲击."""
    words = _words(get_segmenter(), "沿海港口积极应对外部冲击。")
    assert "应对" in words and "对外部" not in words

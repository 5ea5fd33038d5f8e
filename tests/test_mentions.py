"""Concept mentions: noun-phrase chunks labelled through the lexicon."""
from __future__ import annotations

from policykg.extract.lexicon import load_lexicon
from policykg.extract.mentions import (Tok, find_mentions, make_mention, normalise_label,
                                      sentence_tokens, tokenise, tokens_of)
from policykg.extract.model import Sentence
from policykg.extract.pipeline import extract_text
from policykg.extract.resources import Resources

RES = Resources()   # the package's tables, read once for this module


def spans(text: str) -> list[tuple[str, str]]:
    ex = extract_text(text, "d", "d.txt")
    return [(m.text, m.label) for m in ex.mentions]


def test_normalise_label_drops_space_and_quotes():
    assert normalise_label(" “硬” 要素 ") == "硬要素"
    assert normalise_label("《数据安全法》") == "数据安全法"


def test_noun_phrases_outside_the_lexicon_are_found():
    got = spans("说明\n沿海地区加快海洋牧场建设，提升城市治理的精准度。\n")
    assert ("沿海地区", "沿海地区") in got
    assert ("海洋牧场建设", "海洋牧场建设") in got
    assert ("城市治理的精准度", "城市治理的精准度") in got
    assert not any("加快" in t for t, _ in got)


def test_lexicon_terms_nested_in_a_chunk_are_mentions_too():
    got = spans("说明\n各地提升城市治理的精准度。\n")
    assert ("城市治理", "城市治理") in got


def test_aliases_map_to_the_preferred_label():
    ex = extract_text("说明\n企业推广AI应用。\n", "d", "d.txt")
    ai = [m for m in ex.mentions if m.text == "AI"]
    assert ai and ai[0].label == "人工智能" and ai[0].category == "technology"
    entry = load_lexicon(RES).entry("人工智能")
    assert ai[0].lexicon_id == entry.id


def test_nothing_is_merged_that_the_lexicon_does_not_say_is_the_same():
    s = Sentence("d", 1, 0, 8, "数字经济与数字贸易")
    a = make_mention("d", s, 0, 4, res=RES)
    b = make_mention("d", s, 5, 9, res=RES)
    assert a.label == "数字经济" and b.label == "数字贸易"


def test_offsets_point_into_the_document_text():
    text = "标题行\n第一句话没有线索。\n新型城镇化带动乡村振兴，数据要素推动产业升级。\n"
    ex = extract_text(text, "d", "d.txt")
    assert ex.mentions
    for m in ex.mentions:
        assert text[m.start:m.end] == m.text


def test_title_and_footer_lines_give_no_mentions():
    text = "数字经济发展规划\n各地推动数字经济发展。\n"
    ex = extract_text(text, "d", "d.txt")
    assert all(m.start >= text.index("各地") for m in ex.mentions)


def test_find_mentions_on_the_seed_is_deterministic(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    a = extract_text(text, "s", "s.txt")
    b = find_mentions(a.document, a.sentences)
    assert a.mentions == b and len(b) > 300


def test_tokenise_stores_each_sentences_tokens_outside_equality_and_repr():
    ex = extract_text("说明\n新型城镇化带动乡村振兴，数据要素推动产业升级。\n", "d", "d.txt")
    segmented = tokenise(ex.sentences)
    assert segmented == ex.sentences and list(map(repr, segmented)) == list(map(repr, ex.sentences))
    assert all(s.tokens == sentence_tokens(s.text, RES) and tokens_of(s, RES) is s.tokens
               for s in segmented)
    assert all(s.tokens == () for s in ex.sentences)   # the extraction carries none
    s = segmented[-1]
    assert "".join(t.text for t in s.tokens) == s.text
    assert [(t.start, t.end) for t in s.tokens][:2] == [(0, len(s.tokens[0].text)),
                                                       (len(s.tokens[0].text),
                                                        s.tokens[1].end)]


def test_stages_read_the_stored_tokens():
    s = Sentence("d", 1, 0, 6, "数字经济发展")
    hand = Sentence("d", 1, 0, 6, "数字经济发展",
                    tokens=(Tok(0, 2, "数字", "n"), Tok(2, 6, "经济发展", "n")))
    doc = extract_text("说明\n数字经济发展。\n", "d", "d.txt").document
    assert [m.text for m in find_mentions(doc, (hand,))] == ["数字经济发展"]
    assert tokens_of(s, RES) == sentence_tokens(s.text, RES) != hand.tokens

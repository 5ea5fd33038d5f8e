"""Sentences: split at 。！？ and line ends, offsets into the decoded text, gold-aligned."""
from __future__ import annotations

import json

from conftest import GOLD

from policykg.extract.pipeline import extract_file
from policykg.extract.reading import read_text
from policykg.extract.sentences import MAX_SENTENCE, cut_points, split_clauses, split_sentences
from policykg.extract.structure import read_structure


def _sentences(text: str):
    return split_sentences(read_structure("t", "t.txt", text))


def test_every_gold_record_is_one_of_our_sentences(corpus_dir):
    ex = extract_file(corpus_dir / "seed_smart_city_nqpf.txt")
    ours = {(s.start, s.end): s for s in ex.sentences}
    gold = [json.loads(line) for line in open(GOLD / "seed_smart_city_nqpf.gold.jsonl",
                                              encoding="utf-8") if line.strip()]
    scored = [g for g in gold if g["type"] != "meta"]
    assert len(scored) > 200
    for g in scored:
        s = ours.get((g["start"], g["end"]))
        assert s is not None, f"gold sentence {g['sent']} [{g['start']},{g['end']}) not found"
        assert s.text == g["text"]
        assert s.index == g["sent"]


def test_split_at_final_punctuation_and_closing_quotes():
    ss = _sentences("标题\n他说：“要加快发展。”随后发布方案！是否可行？可行\n新的一行。")
    assert [s.text for s in ss] == ["他说：“要加快发展。”", "随后发布方案！", "是否可行？",
                                    "可行", "新的一行。"]
    assert [s.index for s in ss] == [1, 2, 3, 4, 5]


def test_offsets_point_into_the_text_also_after_a_bom(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + "标题\n第一句。第二句。\n".encode())
    text, enc = read_text(p)
    doc = read_structure("t", "bom.txt", text, enc)
    for s in split_sentences(doc):
        assert text[s.start:s.end] == s.text
    assert [s.text for s in split_sentences(doc)] == ["第一句。", "第二句。"]


def test_heading_lines_are_flagged_sentences():
    ss = _sentences("标题\n一、以数据要素驱动产业升级\n正文第一句。\n")
    assert [(s.text, s.heading) for s in ss] == [("一、以数据要素驱动产业升级", True),
                                                 ("正文第一句。", False)]


def test_corpus_sentences_are_ordered_disjoint_and_exact(corpus_dir):
    for f in sorted(corpus_dir.glob("*.txt")):
        text, enc = read_text(f)
        ss = split_sentences(read_structure("d", f.name, text, enc))
        assert len(ss) > 50, f.name
        end = 0
        for s in ss:
            assert end <= s.start < s.end and text[s.start:s.end] == s.text
            assert s.text == s.text.strip()
            end = s.end


def test_clauses():
    s = _sentences("标题\n一是加强统筹，完善机制；二是强化保障。")[0]
    text = "标题\n一是加强统筹，完善机制；二是强化保障。"
    assert [text[a:b] for a, b in split_clauses(s)] == ["一是加强统筹", "完善机制", "二是强化保障"]


def test_seed_section_titles_are_heading_sentences(corpus_dir):
    ex = extract_file(corpus_dir / "seed_smart_city_nqpf.txt")
    flagged = [s.text for s in ex.sentences if s.heading]
    assert "以智慧城市建设推动生产力发展是重塑城市发展新动能的战略选择" in flagged
    assert all(not t.endswith("。") for t in flagged)
    assert not any(s.text.startswith("作者") for s in ex.sentences)


# --- long stretches without an end mark ------------------------------------------------------

def _exact(text: str, ss) -> None:
    """Offsets exact, in order, disjoint, no piece longer than MAX_SENTENCE."""
    end = 0
    for s in ss:
        assert text[s.start:s.end] == s.text and s.text == s.text.strip()
        assert end <= s.start < s.end and len(s.text) <= MAX_SENTENCE
        end = s.end


def test_a_long_clause_marked_line_is_cut_after_clause_marks():
    line = "".join(f"加强第{i}项统筹工作，" for i in range(250))     # 2,500 code points
    text = "标题\n" + line + "\n"
    ss = _sentences(text)
    _exact(text, ss)
    assert len(ss) == 3 and "".join(s.text for s in ss) == line
    assert all(s.text.endswith("，") for s in ss[:-1])
    assert ss[0].start == text.index(line) and ss[-1].end == text.index(line) + len(line)


def test_the_strongest_clause_mark_in_reach_wins():
    head = "甲" * 600 + "；" + "乙" * 300 + "，" + "丙" * 50     # ；at 601, ，at 902
    text = "标题\n" + head + "丁" * 600 + "\n"
    ss = _sentences(text)
    _exact(text, ss)
    assert ss[0].text == "甲" * 600 + "；"
    # a ；in the first half of the reach does not count: the last ，does
    text = "标题\n" + "甲" * 100 + "；" + "乙" * 700 + "，" + "丙" * 600 + "\n"
    assert _sentences(text)[0].text == "甲" * 100 + "；" + "乙" * 700 + "，"


def test_a_long_line_without_any_mark_is_cut_at_the_length():
    line = "数据要素市场化配置改革" * 300                    # 3,300 code points, no mark
    text = "标题\n" + line + "\n"
    ss = _sentences(text)
    _exact(text, ss)
    assert [len(s.text) for s in ss] == [MAX_SENTENCE] * 3 + [300]
    assert "".join(s.text for s in ss) == line


def test_a_cut_by_length_does_not_split_a_number():
    line = "发" * (MAX_SENTENCE - 3) + "12.5%" + "展" * 200
    text = "标题\n" + line + "\n"
    ss = _sentences(text)
    _exact(text, ss)
    assert ss[0].text == "发" * (MAX_SENTENCE - 3) and ss[1].text.startswith("12.5%")


def test_pieces_are_trimmed_and_stay_on_their_line():
    line = ("推进 数字化 转型 ， " * 150).strip()                    # spaces around the marks
    text = "标题\n" + line + "\n短句。\n"
    ss = _sentences(text)
    _exact(text, ss)
    assert ss[-1].text == "短句。" and len(ss) > 2
    assert [s.index for s in ss] == list(range(1, len(ss) + 1))


def test_a_sentence_of_exactly_the_length_is_kept_whole():
    for n, pieces in ((MAX_SENTENCE, 1), (MAX_SENTENCE + 1, 2)):
        text = "标题\n" + "字" * n + "\n"
        assert len(_sentences(text)) == pieces


def test_cut_points_by_hand():
    text = "ab，cd；ef" + "g" * 10
    assert cut_points(text, 0, len(text), limit=6) == [6, 12]     # after ；, then by length
    assert cut_points(text, 0, 6, limit=6) == []


def test_no_corpus_sentence_comes_near_the_cut_length(corpus_dir):
    longest = 0
    for f in sorted(corpus_dir.glob("*.txt")):
        text, enc = read_text(f)
        longest = max([longest] + [len(s.text) for s in
                                   split_sentences(read_structure("d", f.name, text, enc))])
    assert 300 < longest <= MAX_SENTENCE // 2

"""Trie-shaped word alternations (wordrx.py) match as longest-first alternations do, alone and
inside larger patterns; `finditer_at` finds what finditer finds; per-table memos
(tablememo.py) follow the table object."""
from __future__ import annotations

import random
import re

from policykg.extract.cuetable import cue_table
from policykg.extract.resources import Resources
from policykg.extract.tablememo import per_table
from policykg.extract.wordrx import alternation, finditer_at, finditer_ok


def longest_first(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def matches(pattern: str, text: str) -> list:
    return [(m.span(), m.groups()) for m in re.finditer(pattern, text)]


def test_prefixes_share_a_branch_and_the_longest_word_wins():
    rx = alternation(["推动", "推进", "推动力", "a.b", "x-y", "x"])
    assert rx == r"(?:a\.b|x(?:\-y)?|推(?:动力?|进))"
    assert re.match(rx, "推动力量").group() == "推动力"
    assert re.match(rx, "推动了").group() == "推动"
    assert re.match(rx, "a.b").group() == "a.b" and re.match(rx, "axb") is None


def test_no_words_and_the_empty_word_behave_as_a_joined_list():
    assert alternation([]) == longest_first([]) == ""
    assert re.match(alternation(["", "ab"]), "abc").group() == "ab"
    assert re.match(alternation(["", "ab"]), "xyz").group() == ""


def test_the_cue_table_words_match_alike_in_every_frame_shape():
    rows = cue_table(Resources()).rows
    lists = [r.cues for r in rows] + [r.cue2 for r in rows if r.cue2]
    words = sorted({c for r in rows for c in r.cues + r.cue2})
    closing = words[:40]
    rng = random.Random(7)
    alphabet = sorted(set("".join(words))) + list("，的。a")
    texts = ["".join(rng.choice(alphabet) for _ in range(300)) for _ in range(60)]
    shapes = ["{}", "(?P<a>{})(?P<i>[^，。]+?)(?P<e>{})", "(?P<a>{})的", "(?:{})\\s*[0-9]"]
    for ws in lists + [words]:
        for shape in shapes:
            def build(alt):
                if shape.count("{}") == 2:
                    return shape.format(alt(ws), alt(closing))
                return shape.format(alt(ws))
            old, new = build(longest_first), build(alternation)
            for text in texts:
                assert matches(new, text) == matches(old, text), (ws, shape)


def test_finditer_at_finds_what_finditer_finds():
    table = cue_table(Resources())
    words = sorted({c for r in table.rows if r.frame == "circum" for c in r.cues + r.cue2})
    rng = random.Random(11)
    alphabet = sorted(set("".join(words))) + list("，的。a")
    texts = ["".join(rng.choice(alphabet) for _ in range(200)) for _ in range(80)]
    rx, first = table.circum_rx, table.circum_first_rx
    assert first is not None
    found = 0
    for text in texts:
        for pos, end in ((0, None), (3, 150), (50, 51)):
            span = (pos,) if end is None else (pos, end)
            want = [(m.span(), m.groups()) for m in rx.finditer(text, *span)]
            got = [(m.span(), m.groups()) for m in finditer_at(rx, first, text, *span)]
            assert got == want
            found += len(want)
    assert found > 10                 # the texts hold frames, not only misses
    assert [m.span() for m in finditer_at(re.compile("a+"), None, "baab")] == [(1, 3)]


def test_per_table_memo_follows_the_object_not_its_value():
    calls = []

    @per_table
    def size(table, words):
        calls.append(1)
        return len(table) + len(words)

    a, b, w = [1, 2], [1, 2], ("x",)
    assert size(a, w) == 3 and size(a, w) == 3
    assert len(calls) == 1
    assert size(b, w) == 3 and len(calls) == 2     # an equal table is another table


def test_finditer_ok_searches_on_inside_a_rejected_match():
    rx, first = re.compile("为.*?提供"), re.compile("为")
    text = "以人为本的城市更新为增长提供动力"
    got = [m.span() for m in finditer_ok(rx, first, text, 0, len(text), lambda m: m.start() > 2)]
    assert got == [(9, 14)]
    assert [m.span() for m in finditer_at(rx, first, text, 0, len(text))] == [(2, 14)]

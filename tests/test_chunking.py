"""Noun-phrase chunks from part-of-speech tags (hand-tagged tokens)."""
from __future__ import annotations

from policykg.extract.chunking import chunks, is_punct
from policykg.extract.model import Token
from policykg.extract.resources import Resources

RES = Resources()   # the package's tables, read once for this module


def toks(*pairs: tuple[str, str]) -> list[Token]:
    out, at = [], 0
    for text, pos in pairs:
        out.append(Token(at, at + len(text), text, pos))
        at += len(text)
    return out


def texts(tokens, blocked=()) -> list[str]:
    whole = "".join(t.text for t in tokens)
    return [whole[a:b] for a, b in chunks(tokens, blocked, res=RES)]


def test_de_joins_two_noun_runs():
    t = toks(("提升", "v"), ("城市", "ns"), ("治理", "vn"), ("的", "uj"), ("精准度", "n"))
    assert texts(t, {"提升"}) == ["城市治理的精准度"]


def test_a_verb_between_nouns_joins_unless_it_is_a_cue():
    t = toks(("城市", "ns"), ("运行", "v"), ("效率", "n"))
    assert texts(t) == ["城市运行效率"]
    t = toks(("数字技术", "n"), ("推动", "v"), ("产业升级", "n"))
    assert texts(t, {"推动"}) == ["数字技术", "产业升级"]


def test_adjective_opens_a_chunk_only_before_a_noun():
    t = toks(("新型", "b"), ("消费", "vn"), ("场景", "n"), ("，", "x"), ("很", "d"), ("好", "a"))
    assert texts(t) == ["新型消费场景"]


def test_punctuation_ends_a_chunk():
    t = toks(("智慧交通", "n"), ("、", "x"), ("智慧医疗", "n"))
    assert texts(t) == ["智慧交通", "智慧医疗"]
    assert is_punct("、") and is_punct("“") and not is_punct("5G")

"""Where the verb of a clause with its own subject stands ("省政府出台专项政策，带动 Y";
"A 会同 B 建立 Y"; "面向 X 制定 Y").

The chain reader takes such a first clause's object as the measure a later result clause
links back to, as it does for a bare imperative ("出台专项政策，带动 Y").
"""
from __future__ import annotations

__all__ = ["co_actor", "disposal_verb", "frame_verb", "stated_verb"]

_NOMINAL = frozenset("nrtmqjf")


def stated_verb(reader, at: int, ce: int):
    """The verb token of "S [modal|adverb] V O" in [at, ce), or None: S is nouns (and their
    separators), V a verb of measures (phrase_words verb, propose, create, or a cue), and an
    object follows it."""
    v, t = reader.v, reader.t
    words = v.words
    toks = v.tokens_in(at, ce)
    nouns = 0                     # nouns of the subject; negative once a modal or adverb follows
    for i, tok in enumerate(toks):
        p = tok.pos[:1]
        if tok.text in words.verb or p == "v" and tok.pos != "vn" and tok.text not in words.modal:
            w = tok.text
            if nouns == 0 or i + 1 >= len(toks) or nouns > 0 and not (
                    w in words.verb or w in t.verbs or w in words.propose or w in words.create):
                return None           # "X 具有 Y": a property, no measure ("X 应当 V Y" is one)
            return tok
        if tok.pos == "vn" or p in _NOMINAL:
            if nouns < 0:
                return None           # a noun after the adverbs: no subject-verb clause
            nouns += 1
        elif tok.text in words.modal or p == "d":
            if nouns == 0:
                return None
            nouns = -abs(nouns)
        elif tok.text not in v.separators and tok.text not in words.conjunction:
            return None
    return None


def frame_verb(reader, at: int, ce: int, stops: frozenset = frozenset(),
               known: bool = False) -> int | None:
    """Where the predicate after a frame starts ("面向 X 制定 Y": 制定), or None; a word of
    `stops` opens a frame of its own there ("在寒假为学生提供 Y": 为). `known`: only a verb
    of the tables counts (the actors "监管部门、数据提供部门" hold verbs the tagger marks)."""
    v = reader.v
    words = v.words
    toks = v.tokens_in(at, ce)
    for i, tok in enumerate(toks[1:-1], 1):
        if tok.text in stops and tok.pos[:1] == "p":
            return tok.start
        if tok.pos == "v" and toks[i + 1].text != words.de and toks[i - 1].text != words.de \
                and toks[i + 1].text not in v.separators \
                and reader.t.enum_rx.match(v.text, tok.end) is None and (
                not known or (tok.text in words.verb or tok.text in words.create
                              or tok.text in reader.t.verbs) and not (
                    i + 2 < len(toks) and toks[i + 2].text in v.separators)):
            return tok.start      # (known: "提供部门和": a verb inside one actor of the list)
    return None


def co_actor(reader, at: int, ce: int) -> int | None:
    """Where the actors joined by a co-actor word end ("A 会同 B": after 会同), when only
    nouns stand before it, else None."""
    v = reader.v
    rx = reader.sets.co_actors
    if rx is None or rx.search(v.text, at, ce) is None:
        return None               # no co-actor word in the span (most clauses)
    words = v.words.co_actor
    for tok in v.tokens_in(at, ce):
        if tok.text in words:
            return tok.end if tok.start > at else None
        if tok.pos[:1] not in "nj" and tok.text not in v.words.conjunction and tok.text != "、":
            return None
    return None


def disposal_verb(reader, at: int, ce: int):
    """(verb token, where its object starts) of "将 A V 到 B" or "将 A 纳入 B" at `at` (a
    disposal word), "" when [at, ce) holds no verb at all ("将 A，交换至 B": A alone), or None.

    Only a verb of moving counts (phrase_words destination after it or ending it): its object
    is the place A goes, which a result clause after it links back to."""
    v = reader.v
    words = v.words
    toks = v.tokens_in(at, ce)
    if len(toks) < 2 or toks[1].pos[:1] == "v" and toks[1].pos != "vn":
        return None               # "将推动 Y": 将 of the future
    dest = words.destination
    for i in range(2, len(toks)):
        tok = toks[i]
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if tok.pos[:1] != "v" or tok.pos == "vn" or nxt == words.de or nxt in v.separators \
                or nxt in reader.t.enum_words:
            continue              # a verb inside A ("各部门归集的信息", "申领、审核等业务")
        if nxt in dest and i + 2 < len(toks):
            return tok, toks[i + 1].end
        if tok.text[-1] in dest and nxt:
            return tok, tok.end   # "纳入", "接入"
        if tok.text in words.copula or not nxt or toks[i + 1].pos[:1] not in "nv":
            return None           # "将 A 作为 B", "将 A 做实"
    return ""                     # verbs only inside A ("采集的体检数据")

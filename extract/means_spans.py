"""Where a means phrase ends when no cue verb closes it ("通过 A、B 等引导 X": A and B), and the
means a clause ends with ("S 通过 M，…")."""
from __future__ import annotations

from .charclasses import char_class
from .claim_words import Span

__all__ = ["inner_means", "lever_means", "manner_only", "means_end", "nominal_verb"]


def nominal_verb(t, m) -> bool:
    """"通过推动 X": a verb of bringing about stands for its object; "通过拓宽 X，增强 Y"
    keeps the measure as a whole."""
    row = t.infix_row(m.group())
    return row is not None and (row.relation == "drives" or row.when == "means")


def inner_means(reader, at: int, ce: int) -> list[Span]:
    """M of a clause "S 通过 M" that ends with its means (the verbs follow in later clauses)."""
    v, t = reader.v, reader.t
    for tok in v.tokens_in(at, ce):
        if tok.text == v.words.lever and tok.start > at:
            return lever_means(v, tok.end, ce)    # "我们要以 M，V Y"
        if tok.text in t.means_words and tok.text != v.words.lever and tok.start > at \
                and v.text[tok.end:tok.end + 1] not in reader.sets.nominal_after:   # "通过的"
            inner = t.infix_rx.search(v.text, tok.end, ce)
            if inner is not None and inner.start() == tok.end and nominal_verb(t, inner):
                tok, inner = v.token_after(inner.start()) or tok, None   # "通过推动 X"
            ms = v.split(tok.end, means_end(v, tok.end, ce)) if inner is None else []
            return [] if any(reader.duration(a, b) for a, b in ms) else ms   # "利用3年时间"
    return []


def lever_means(v, at: int, ce: int) -> list[Span]:
    """M of a bare "以 M" that fills the clause up to `ce` ("以改革创新，激发 Y"): nouns, a
    verb only last after a noun, no 为 (then "以 M 为 N" is a frame); else []."""
    toks = v.tokens_in(at, ce)
    wei = v.words.lever_copula[0]
    if not toks or any(x.text.startswith(wei) or x.pos[:1] == "v" and x.pos != "vn" and (
            x is not toks[-1] or len(toks) < 2) for x in toks):
        return []
    ms = v.split(at, ce)
    return [] if manner_only(v, ms) else ms


def manner_only(v, ms: list[Span]) -> bool:
    """True when every span of a lever ends with a manner head ("更大力度": how, not by what)."""
    heads = tuple(v.words.manner_head)
    return bool(heads) and all(v.text[a:b].endswith(heads) for a, b in ms)


def means_end(v, at: int, ce: int) -> int:
    """Where a means that no cue verb closes ends: at a verb right after its 等 ("通过 A、B 等
    引导 X": A and B), at an adverb before a verb, a pivot or light verb or a preposition
    after a noun; else at the clause's end (a verb after nouns is often inside a name:
    "可视化展示系统", "信息公示系统")."""
    toks = v.tokens_in(at, ce)
    if len(toks) < 3 or toks[0].pos[:1] == "v":
        return ce
    manner = v.words.manner
    closing = char_class(v.res, "title-end")   # "M（…）开展": a note closes M
    for i in range(1, len(toks) - 1):
        if toks[i].pos == "v" and toks[i - 1].text in v.words.modifier_end \
                and toks[i - 1].pos == "u" and toks[i + 1].pos[:1] in "nv":
            return toks[i].start
        if (toks[i].pos[:1] == "d" or toks[i].text in manner and toks[i].pos[:1] != "n") \
                and toks[i + 1].pos[:1] == "v" \
                and toks[i - 1].pos[:1] == "n" and toks[i + 1].text not in v.words.joint:
            return toks[i].start      # "通过 M 自动 V O": M, the means of the adverb's verb
        if toks[i - 1].pos[:1] == "n" and toks[i].text in v.words.pivot:
            return toks[i].start      # "通过 M 引导 X 向 Y 倾斜": M
        if toks[i].text in v.words.light and toks[i + 1].pos[:1] in "vnx" and (
                toks[i - 1].pos[:1] == "n" or toks[i - 1].text in closing):
            return toks[i].start      # "依托 M 进行建设", "依托 M（…）开展监管": M
        if toks[i - 1].pos[:1] == "n" and toks[i].pos[:1] == "p" and toks[i].text not in \
                v.separators:
            return toks[i].start      # "依托 M 为 Y 提供": M
    if toks[-1].text in v.words.light and toks[-2].pos[:1] == "n":
        return toks[-1].start         # "Y 依托 M 开展": M
    return ce

"""Where a clause's predicate starts: past lead words, adverbs, a speaker with a modal
("我们要 V Y") and a place phrase ("在改善 Y 上 V2"), with the cue of a lead word passed over."""
from __future__ import annotations

from .trimming import EDGE

__all__ = ["lead_cue", "listed_noun", "past_speaker", "pivot_object", "place_phrase", "verb_start"]


def verb_start(reader, cs: int, ce: int, stops: frozenset) -> int:
    """Where the clause's predicate starts once lead words and adverbs are passed (`stops`:
    frames open there, never passed over)."""
    v = reader.v
    lead = reader.sets.verb_lead
    at = reader.lead_ends.get(cs)     # clause() and quiet_clause() found most already, past
    if at is None or any(x in v.text[cs:at] for x in reader.sets.lead_cue_verbs):   # clause_lead
        at = v.lead_end(cs, ce, lead)
    w = v.words
    tok = v.token_after(at)
    if tok is not None and past_speaker(v, tok) is not tok:   # "我们要 V Y": a bare imperative
        at = v.lead_end(v.token_after(tok.end).end, ce, lead)
    quotes = reader.sets.quotes
    while at < ce and v.text[at] in quotes:      # a quotation opens: the clause starts inside
        at = v.lead_end(at + 1, ce, lead)
    t = reader.t
    while at < ce:
        tok = v.token_after(at)
        if tok is None or tok.text in stops or not (
                tok.text in w.manner or tok.pos in ("d", "ad")
                or tok.text in w.lead and tok.text not in t.verbs and tok.text not in w.create):
            break
        if tok.text in w.manner and tok.pos[:1] == "v" and (
                not v.verb_follows(tok.end, ce) or listed_noun(v, tok.end, ce)):
            break                 # "统筹 A 和 B": the manner verb is the predicate itself
        at = tok.end
    end = v.time_end(at, ce)          # "7月底前完成 Y", "年内建成 Y": past the deadline
    verb = v.token_after(end) if end > at else None
    return end if verb is not None and verb.pos[:1] == "v" else at


def past_speaker(v, tok):
    """The token after "我们要" (a speaker and a modal) when `tok` opens one, else `tok`."""
    if tok is None or tok.text not in v.words.speaker:
        return tok
    nxt = v.token_after(tok.end)
    return v.token_after(nxt.end) if nxt is not None and nxt.text in v.words.modal else tok


def place_phrase(v, lead, ce: int) -> int:
    """The end of a place phrase "在 V Y 上" that `lead` (a locative) opens, or -1."""
    if lead is None or lead.text not in v.words.locative:
        return -1
    i = v.by_start.get(lead.start)
    if i is None or i + 1 >= len(v.tokens) or v.tokens[i + 1].pos[:1] != "v":
        return -1                 # "在复杂的环境下建设 Y": a frame (frame_verb reads it)
    return v.place_phrase_end(i + 1, ce)


def listed_noun(v, at: int, ce: int) -> bool:
    """True when a verbal noun at `at` is listed as a noun: with a noun ("统筹发展和安全") or with a
    word that ends the clause ("统筹供给和需求"), not with a verb that takes an object ("加快发展和
    完善 Y")."""
    t = v.token_after(at)
    if t is None or t.start != at or t.pos != "vn":
        return False
    c = v.token_after(t.end)
    if c is None or c.start != t.end or not (c.text in v.words.conjunction or c.text in v.separators):
        return False
    n = v.token_after(c.end)
    if n is None or n.end > ce:
        return False
    return not (n.pos == "v" or v.verbal(n)) or v.text[n.end:ce].strip(EDGE) == ""


def lead_cue(reader, cs: int, at: int):
    """The cue row of a lead word passed over before the verb ("加快培育 Y": 加快, a process
    sped up, guideline 8), or None."""
    t = reader.t
    for tok in reader.v.tokens_in(cs, at):
        if tok.text in reader.v.words.locative:
            return None           # "在解决 Y 中培育 Z": the cue of a place phrase
        row = t.infix_row(tok.text)
        if row is not None and row.relation:
            return row
    return None


def pivot_object(v, at: int, ce: int) -> int | None:
    """Where the object of the verb after a pivot's noun starts ("鼓励企业加大 Y": Y), or None."""
    i = v.by_start.get(at)
    n = 0
    while i is not None and i < len(v.tokens) and v.tokens[i].end <= ce \
            and v.tokens[i].pos[:1] in "nr" and v.tokens[i].text not in v.words.verb:
        i, n = i + 1, n + 1
    end = None
    toks = v.tokens
    while n and i + 1 < len(toks) and toks[i].end < ce and (
            toks[i].pos == "v" or toks[i].pos == "vn" and toks[i + 1].pos[:1] in "nsajb"):
        end, i = toks[i].end, i + 1   # "建设/vn 海外仓": a verb; "政治建设": a noun
    return end

"""The clauses of one sentence read once for their predicate: kind, verb, relation, object.

Shared by the readings across clauses (chains.py, aims.py, norms.py): a means phrase
("通过 M", "以 M 为抓手"), an imperative with its cue row, a clause with its own subject, or
a clause with no predicate.
"""
from __future__ import annotations

from dataclasses import dataclass

from .claim_words import CLAUSE, Span, marker
from .charclasses import char_class
from .cuetable import circum_inner_end, circum_row
from .means_spans import inner_means, lever_means, nominal_verb
from .clause_start import lead_cue, past_speaker, pivot_object, place_phrase, verb_start
from .stated import co_actor, disposal_verb, frame_verb, stated_verb
from .tablememo import per_table

__all__ = ["ClauseInfo", "clause_infos", "opens_favour", "opens_parallel",
           "speech_frame"]

_NONE: frozenset = frozenset()


@dataclass(slots=True)
class ClauseInfo:
    """One clause: where it starts, its kind, its verb and relation, and its objects (not
    frozen: a frozen dataclass's __init__ costs a setattr call per field, ~10k a run)."""
    start: int
    end: int
    kind: str                 # means | imperative | stated (its own subject) | other | frame
    verb: str = ""
    relation: str = ""        # the cue's relation; "create" for a creation verb
    objects: tuple[Span, ...] = ()
    means: tuple[Span, ...] = ()
    semi: bool = False        # the clause opens after ；
    row: object = None        # the cue row when it is no infix row (circum frames)
    obj_at: int = -1          # where the object starts, read only when a reading needs it
    whole: bool = False       # the object is a whole clause ("使 A 和 B 符合实际")


def _infix(reader, at: int, ce: int):
    """The infix cue that opens the clause at `at` as a verb, with its row, or None."""
    m = reader.t.infix_rx.match(reader.v.text, at)
    if m is None or not reader.is_verb(m, ce):
        return None
    row = reader.t.infix_row(m.group())
    return (m, row) if row is not None and row.relation else None


@per_table
def _stops(t) -> frozenset:
    """The words that open a means or circum frame (通过, 为, 与 …): never passed over."""
    return t.means_words | frozenset(c for r in t.rows if r.frame == "circum" for c in r.cues)


def _guide(reader, at: int, ce: int) -> bool:
    """True when "以 X 为 N" fills the clause and N is one short word ("为指导", "为统领")."""
    v = reader.v
    last, before = v.token_before(ce), None
    if last is not None:
        before = v.token_before(last.start)
    return before is not None and before.text == v.words.lever_copula[0] \
        and before.start > at and len(last.text) <= 2 and last.pos[:1] in "vn"


def _lever(reader, at: int, ce: int) -> list[Span]:
    """M of "以 M 为 N" when N makes M a lever (ontology/cues.tsv, means-yi), else []."""
    v, t = reader.v, reader.t
    w = v.words
    row = t.row("means", w.lever)
    text = v.text
    wei, longer = w.lever_copula[0], w.lever_copula[:0:-1]   # 为; 作为, which ends with it
    n = len(wei)
    k = text.find(wei, at, ce)
    while row is not None and k > at:
        rest = text[k + n:ce].rstrip()
        if any(rest.startswith(c) for c in row.cue2) and w.de not in rest or any(
                rest.endswith(c) for c in row.cue2):    # "以 M 作为驱动 Y 的战略支点"
            end = next((k + n - len(c) for c in longer    # "以 M 作为 N": M ends before 作为
                        if k + n >= len(c) and text.startswith(c, k + n - len(c))), k)
            return v.split(at, end)
        k = text.find(wei, k + 1, ce)
    return []


def clause_infos(reader, spans: list[Span] | None = None) -> list[ClauseInfo]:
    """Every clause of the sentence (`spans`: their offsets, after a list marker), read for
    its predicate and object."""
    v, t = reader.v, reader.t
    text = v.text
    if spans is None:
        m = marker(reader.res).match(text)
        spans = [c.span() for c in CLAUSE.finditer(text, m.end() if m else 0)]
    out: list[ClauseInfo] = []
    stops = _stops(t)
    for cs, ce in spans:
        semi = cs > 0 and text[cs - 1] in "；;"
        lead = v.token_after(v.past_edge(cs, ce))
        if out and _copula_opens(v, lead, ce) and not _bare_subject(v, out):
            out.append(ClauseInfo(cs, ce, "other", semi=semi))   # "X 是 A，是 B 的重要内容"
            continue
        place = place_phrase(v, past_speaker(v, lead), ce)
        if place > 0:                 # "在改善 Y 上持续用力": the predicate follows the place
            at = v.lead_end(place, ce, reader.sets.verb_lead)
        elif lead is not None and lead.text in v.words.frame_lead:
            at = None if v.is_adverbial(cs, ce) else frame_verb(reader, lead.end, ce, stops)
            if at is None:            # "围绕重点领域", "在…背景下": where or what for, no predicate
                if t.row("aim", lead.text) is not None:   # "针对 Y，…": a target for aims.py
                    out.append(ClauseInfo(cs, ce, "frame", semi=semi))
                continue
        else:
            at = verb_start(reader, cs, ce, stops)
            framed = next((x for x in v.tokens_in(cs, at) if x.text in v.words.frame_lead),
                          None) if at > cs else None
            if framed is not None:    # "必须着眼 X 抓 Y" (着眼 passed over as an adverb): 抓
                at = frame_verb(reader, framed.end, ce, stops) or at
            co = co_actor(reader, at, ce) if reader.has_co else None
            if co is not None:        # "A 会同 B 建立 Y": the verb after the actors
                at = frame_verb(reader, co, ce, known=True) or at
        if at >= ce or reader.has_speech and speech_frame(reader, at, ce, cs):
            continue              # "X 指出：“…": the speaker's clause frames the next
        first = v.token_after(at)
        if first is None:
            out.append(ClauseInfo(cs, ce, "other", semi=semi))
            continue
        fronted = first if first.text in v.words.disposal else \
            v.token_before(at) if at > cs else None
        moved = disposal_verb(reader, fronted.start, ce) \
            if fronted is not None and fronted.text in v.words.disposal else None
        if moved == "":
            continue              # "将 A，交换至 B": the object fronted alone
        if moved is not None:     # "将 A 归集到 B，实现 Y": B is the measure's object
            out.append(ClauseInfo(cs, ce, "imperative", moved[0].text, semi=semi, obj_at=moved[1]))
            continue
        if first.text in t.means_words and t.row("means", first.text) is not None \
                and first.text != v.words.lever:
            inner = t.infix_rx.search(text, first.end, ce)
            if inner is not None and inner.start() == first.end and nominal_verb(t, inner):
                first, inner = v.token_after(inner.start()) or first, None   # "通过推动 X"
            ms = v.split(first.end, inner.start() if inner else ce)
            if ms and not any(reader.duration(a, b) for a, b in ms):   # "利用2-3年时间"
                out.append(ClauseInfo(cs, ce, "means", first.text, means=tuple(ms),
                                      semi=semi, relation="inner" if inner else ""))
                continue
        if first.text == v.words.lever:
            ms = _lever(reader, first.end, ce)
            if ms:
                out.append(ClauseInfo(cs, ce, "means", first.text, means=tuple(ms), semi=semi))
                continue
        circ = t.circum_rx.match(text, at) if first.text in reader.sets.circum_openers else None
        if circ is not None and circ.end() <= ce:
            row, cue, _, cue2, ins, ine = circum_row(t, circ)
            if row.relation and (row.cues[0] == first.text or first.pos[:1] == "v"
                                 and first.text in row.cues):   # "筑牢 Y 根基", not "向 Y
                ine = circum_inner_end(row, text, ins, ine, v.words.de)
                s0, _ = v.trim(ins, ine)
                inner = t.infix_rx.match(text, s0, ine)
                rel = row.relation
                if inner is not None and t.infix_row(inner.group()).when == "any":
                    rel, ins = t.infix_row(inner.group()).relation, inner.end()
                ys = reader.inner_members(ins, ine)
                out.append(ClauseInfo(cs, ce, "imperative", cue + "…" + cue2, rel, tuple(ys),
                                      semi=semi, row=row))
                continue
        if first.text == v.words.lever:
            if _guide(reader, first.end, ce):
                continue              # "以 X 为指导，…": a frame, no predicate
            ms = lever_means(v, first.end, ce)
            out.append(ClauseInfo(cs, ce, "means", first.text, means=tuple(ms), semi=semi)
                       if ms else ClauseInfo(cs, ce, "other", semi=semi))   # "以 M，V Y": M
            continue
        hit = _infix(reader, at, ce)
        if hit is not None:
            m2, row = hit
            row, b, cue = reader.serial_cue(row, m2.end(), ce, m2.group())   # "有利于提高 Y"
            out.append(ClauseInfo(cs, ce, "imperative", cue, row.relation, semi=semi,
                                  obj_at=b, whole=row.object == "clause"))
            continue
        if first.text in v.words.create or first.pos[:1] == "v" or v.verbal(first):
            rel = "create" if first.text in v.words.create else ""
            row = None if rel else lead_cue(reader, cs, at)
            nxt = v.token_after(first.end)
            joined = _infix(reader, nxt.end, ce) if not rel and row is None and nxt is not None \
                and nxt.text in v.words.conjunction and first.text not in v.words.pivot else None
            if joined is not None:    # "培育和带动 Y": the cue of the verbs joined
                m2, jrow = joined
                out.append(ClauseInfo(cs, ce, "imperative", m2.group(), jrow.relation,
                                      semi=semi, obj_at=m2.end()))
                continue
            obj_at = nxt.end if nxt is not None and (nxt.text in v.words.destination or
                                                     nxt.text in v.words.serial) else first.end
            if first.text in v.words.pivot:   # "鼓励 A 创新 B": what A makes, B
                obj_at = pivot_object(v, first.end, ce) or obj_at
            out.append(ClauseInfo(cs, ce, "imperative", first.text, row.relation if row else rel,
                                  semi=semi, obj_at=obj_at, row=row))   # "交换至 B", "培养用好 B": B
            continue
        inner = inner_means(reader, at, ce)
        if inner:
            out.append(ClauseInfo(cs, ce, "means", "agent", means=tuple(inner), semi=semi))
            continue
        verb = stated_verb(reader, at, ce) if not out else None
        if verb is not None:          # "省政府出台 X，带动 Y": X as a measure of the chain
            out.append(ClauseInfo(cs, ce, "stated", verb.text, semi=semi, obj_at=verb.end))
            continue
        out.append(ClauseInfo(cs, ce, "other", semi=semi))
    return out


def _copula_opens(v, tok, ce: int) -> bool:
    """True when a copula (phrase_words copula), after lead words only, opens the clause: a
    later clause that says what the subject is, no imperative of a chain."""
    w = v.words
    while tok is not None and tok.end <= ce and tok.text in w.lead and tok.text not in w.copula:
        tok = v.token_after(tok.end)
    return tok is not None and tok.end <= ce and tok.text in w.copula


def _bare_subject(v, out: list[ClauseInfo]) -> bool:
    """True when the one clause before is a bare imperative without a copula: its verb phrase
    is the copula's subject ("扩大 X，是推动 Y 的 Z": the chain reads X drives Y)."""
    if len(out) != 1 or out[0].kind != "imperative":
        return False
    return not any(t.text in v.words.copula for t in v.tokens_in(out[0].start, out[0].end))


def opens_parallel(v, s: int, e: int) -> bool:
    """True when [s, e) opens with the word of a second parallel predicate (phrase_words
    parallel: "既能 V1 A，又能 V2 B"), which takes the first one's cause."""
    tok = v.token_after(v.lead_end(s, e, _NONE))
    return tok is not None and tok.text in v.words.parallel


def opens_favour(reader, s: int, e: int) -> bool:
    """True when [s, e) opens with a favour cue (cues.tsv object `verb`: "有利于 V1 A，V2 B")
    or a scope modal (phrase_words scope: "能够 V1 A"), whose cause the later predicates
    share."""
    v = reader.v
    at = v.past_edge(s, e)
    toks = v.tokens_in(at, e)[:3]
    row = reader.t.infix_row(toks[0].text) if toks else None
    return row is not None and row.object == "verb" or any(
        t.text in v.words.scope for t in toks)                    # "既能够 V1 A，V2 B"


def speech_frame(reader, at: int, ce: int, cs: int) -> bool:
    """True when the clause is a speaker and a verb of saying (phrase_words speech), with
    no aim cue after `at` or copula after `cs` before it ("按照 X 要求" is a norm)."""
    v = reader.v
    last = v.token_before(ce)
    if last is None or last.start <= at or last.text not in v.words.speech:
        return False
    toks = v.tokens_in(at, last.start)
    return bool(toks) and toks[-1].text != v.words.de and (
        toks[-1].pos[:1] in "nrdt" or toks[-1].text[-1] in char_class(reader.res, "title-end")) \
        and not any(reader.t.row("aim", t.text) is not None for t in toks) \
        and not any(t.text in v.words.copula for t in v.tokens_in(cs, last.start))   # "是 Y
    # 的必然要求" is a copula's head, not a saying


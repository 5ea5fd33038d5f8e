"""Readings across the clauses of one sentence: the scope of a means phrase over every
later predicate, and chains of bare imperatives whose result clause links back.

"通过 M，构建 A，推动 B": M —supports→ A (a creation verb with a means), M —drives→ B.
"V1 X1，V2 X2，CUE Y": the result clause takes the nearest clause's object as its cause.
The clause reader's own output is kept; these readings only add to it (emit dedupes).
"""
from __future__ import annotations

from .claim_words import Span, marker
from .clauses import ClauseInfo, clause_infos, opens_favour, opens_parallel
from .coordination import ends_joint
from .cuetable import POSITIVE

__all__ = ["read_chains", "ClauseInfo", "clause_infos", "emit_new"]

OPENING = "（("                # the brackets of a numbered title's marker


def _heads(reader, ys: list[Span]) -> list[Span]:
    """Objects with a means modifier ("基于 A、B 的 Y") stand for their head Y."""
    v, t = reader.v, reader.t
    first = v.token_after(ys[0][0]) if ys else None
    if first is None or first.text not in t.means_words:
        return ys
    end = ys[-1][1]
    de = v.text.rfind(v.words.de, first.end, end)
    return [v.trim(de + 1, end)] if de > 0 and v.trim(de + 1, end)[0] < end else []


def _objects(reader, c: ClauseInfo, memo: dict) -> tuple[Span, ...]:
    """The clause's objects (computed once, and only for the clauses a reading asks about)."""
    if c.obj_at < 0:
        return c.objects
    got = memo.get(c.start)
    if got is None:
        got = memo[c.start] = tuple(_heads(reader, reader.right_spans(c.obj_at, c.end,
                                                                       whole=c.whole)))
    return got


def read_chains(reader, infos: list[ClauseInfo]) -> None:
    """Emit the means-scope and chain readings of the reader's sentence (`infos`: its clauses)."""
    if len(infos) < 2:
        return                    # one clause: nothing reaches across
    words = reader.v.words
    titled = len(infos) == 2 and _numbered(reader)   # "（二）V1 X，V2 Y": the title's aim
    memo: dict = {}
    means: tuple[Span, ...] = ()
    bare = True                   # every clause so far is a bare imperative
    agent = False                 # the means has an agent: a final "为 Y 提供" is the agent's
    shared: tuple = (-1, [])      # (clause, cause) of the last chain claim
    scoped = False                # a favour cue came before: the clause reader shares its cause
    guide = None                  # "以 X 为导向，V Y": the guide clause before (Y aligns with X)
    stated = False                # past the second clause after a stated subject
    for k, c in enumerate(infos):
        if c.semi:
            means, bare, agent, scoped, stated = (), True, False, False, False
        if guide is not None and c.kind == "imperative" and c.row is None:
            emit_new(reader, list(_objects(reader, c, memo)), guide.relation, list(guide.objects),
                     guide.verb, guide.row, "chain")
        guide = c if c.row is not None and c.row.frame == "circum" and k + 1 < len(infos) \
            and c.verb.split("…")[0] == words.lever and c.objects else None
        if c.kind == "means":
            if not means:
                agent = c.verb == "agent" or any(p.kind in ("other", "stated") for p in infos[:k])
            means, bare = means or c.means, False
            continue
        if c.kind != "imperative":
            if c.kind == "other":
                bare = False
            continue
        if k > 1 and infos[k - 2].kind == "stated":
            stated = True         # a stated subject's chain reaches its next clause only, or
                                  # its last clause when that states a result it drives
        rel = c.relation
        cue_row = c.row or reader.t.infix_row(c.verb)
        if cue_row is not None and cue_row.direction == "backward":
            continue              # "…，源于 X": the clause names a cause, not a result
        if means:
            if agent and c.row is not None and (k + 1 == len(infos) or infos[k + 1].semi):
                continue
            if rel == "create" or cue_row is not None and cue_row.when == "means" \
                    and cue_row.relation == "supports":       # a creation verb with a means
                emit_new(reader, list(means), "supports", list(_objects(reader, c, memo)), c.verb,
                      cue_row or _create_row(reader), "means")
            elif rel and cue_row is not None:
                emit_new(reader, list(means), rel, list(_objects(reader, c, memo)), c.verb,
                      cue_row, "means")
            continue
        if scoped:
            continue              # "有利于 V1 A，V2 B": V2 is no link from A
        scoped = opens_favour(reader, c.start, c.end)
        if stated and not (rel == "drives" and c.row is None and k + 1 == len(infos)):
            continue
        if not bare or k == 0 or not rel or rel == "create" or cue_row is None \
                or cue_row.when == "means" and c.verb not in words.chain and not (
                    titled and cue_row.relation == "drives" and c.verb in cue_row.cues):
            continue              # "实现 Y" states a result in a chain, "推进 Y" does not
                                  # (but states a title's aim: "（一）坚持 X，推进 Y")
        last = k + 1 == len(infos) or infos[k + 1].semi or \
            opens_parallel(reader.v, infos[k + 1].start, infos[k + 1].end)
        if not last and c.verb.split("…")[0] not in words.chain or c.verb in words.task \
                and not _perfective(reader, c) and not titled:
            continue              # a new task; "…，极大改善了 Y" states the result of the one before
        after = reader.v.token_after(c.obj_at) if c.obj_at >= 0 else None
        if after is not None and after.text in words.verb and after.text not in reader.t.verbs:
            continue              # "推动落实 Y": a further task, no result of the one before
        ys = _objects(reader, c, memo)
        if not ys:
            continue
        if shared[0] == k - 1 and opens_parallel(reader.v, c.start, c.end):   # "又能 V2 B"
            emit_new(reader, shared[1], rel, list(ys), c.verb, cue_row, "chain")
            shared = (k, shared[1])
            continue
        prev = next((p for p in reversed(infos[:k]) if p.kind in ("imperative", "stated")
                     and p.relation not in ("mitigates", "hinders")
                     and (p.row is None or p.row.frame != "circum")   # "为 Y 提供": Y gains
                     and reader.t.row("aim", p.verb) is None          # "为促进 Y，…": an aim
                     and (rel in POSITIVE or p.verb.split("…")[0] not in words.chain)
                     and _objects(reader, p, memo)), None)   # "确保 Y，防止 Z": Z's cause
                                                               # is the means of both
        if prev is None or stated and prev.verb in words.pivot or any(
                _clausal(reader, a, b) or reader.duration(a, b)
                for a, b in _objects(reader, prev, memo)):   # "S …，引导 A 参与，推动 Y": A acts
            continue              # "引导 A 在 B 落户": a clause, no thing; "利用2年时间": a time
        opening = reader.opening(c.start) if scoped else []   # "扩大 X，V2 B，能够 V3 Y"
        shared = (k, list(opening or _objects(reader, prev, memo)))
        if c.row is not None and c.row.frame == "circum":
            _drop_agents(reader, rel, ys, c.verb)
        for verb, row, y in _listed(reader, ys, c.verb, cue_row):
            emit_new(reader, shared[1], row.relation, [y], verb, row, "chain")


def _listed(reader, ys, verb, row):
    """(cue, row, object) of each object; one that opens with a cue of its own is that cue's
    ("化解 A、严防 B": B is 严防's)."""
    v, t = reader.v, reader.t
    out = []
    for a, b in ys:
        m = t.infix_rx.match(v.text, a)
        r = t.infix_row(m.group()) if m is not None and a > 0 \
            and v.text[a - 1] in reader.sets.list_joins else None
        if r is not None and r.relation and m.end() < b and v.aligned(a, m.end()):
            out.append((m.group(), r, v.trim(m.end(), b)))
        else:
            out.append((verb, row, (a, b)))
    return out


def _drop_agents(reader, relation, ys, cue) -> None:
    """Drop the sentence subject's claims of a circumfix result clause: the chain's cause
    reads it, the subject is only its alternative ("S V1 A，V2 B，为 Y 提供 Z": B supports Y)."""
    text = reader.v.text
    objects = {text[a:b] for a, b in ys} | {m.label for m in map(reader.made.get, ys) if m}
    for key, c in list(reader.out.items()):
        if c.role == "agent" and c.relation == relation and c.cue == cue \
                and c.object.label in objects:
            del reader.out[key]


def emit_new(reader, xs, relation, ys, cue, row, role) -> None:
    """Emit the pairs the clause reader has not already read under other spans: a pair
    whose two ends overlap a claim's two ends in the same group is that claim again."""
    base = reader.v.sentence.start
    have = [(c.subject.start - base, c.subject.end - base, c.object.start - base,
             c.object.end - base) for c in reader.out.values()
            if (c.relation in POSITIVE) == (relation in POSITIVE)]
    for x in xs:
        for y in ys:
            if not any(a < x[1] and x[0] < b and c < y[1] and y[0] < d for a, b, c, d in have):
                reader.emit([x], relation, [y], cue, row, role)


def _numbered(reader) -> bool:
    """True when the sentence opens with a bracketed number (（二）), as the titles of a
    report's task sections do: a task verb in its second clause states the title's aim."""
    m = marker(reader.res).match(reader.v.text)
    return m is not None and reader.v.text[m.start():m.end()].lstrip()[:1] in OPENING


def _perfective(reader, c: ClauseInfo) -> bool:
    """True when the clause's verb is followed by the aspect particle 了 ("改善了 Y")."""
    tok = reader.v.token_after(c.obj_at) if c.obj_at >= 0 else None
    return tok is not None and tok.pos == "ul" and tok.end <= c.end


def _clausal(reader, a: int, b: int) -> bool:
    """True when [a, b) holds a preposition and ends with a verb: a clause ("企业在园区落户"),
    not a thing ("终端用能电气化水平", where the dictionary reads 用 as a preposition)."""
    toks = reader.v.tokens_in(a, b)
    where = reader.v.words.locative
    if ends_joint(reader.v.words.joint, toks):
        return False              # "A 与 B 融合": the joining of two things
    de = reader.v.words.de
    return any(t.pos[:1] == "p" and (t.text in where or toks[-1].pos[:1] == "v")
               and not any(u.text == de for u in toks[k + 1:-1])   # "A 在 B 的应用": a thing
               for k, t in enumerate(toks[1:-1], 1))


def _create_row(reader):
    """The row of creation verbs that take a means (cues.tsv: infix, supports, when means)."""
    return next((r for r in reader.t.rows if r.frame == "infix" and r.when == "means"
                 and r.relation == "supports"), None)

"""Norms inside a clause: "S 应当按照 N 采集 M" (M —alignsWith→ N), "S 按照 N 执行" (S).

The cue is an alignsWith `aim` row of ontology/cues.tsv (按照, 根据 …) that stands after the
clause's start; the norm runs from it to the clause's next verb and must name a document or
end with a `norm` word of ontology/phrase_words.tsv (a benchmark row, cue2 *, takes any span).
A norm that runs to the clause's end governs the next clause's object ("S 按照 N，V M").
Clause-initial norms followed by more clauses are read in aims.py.
"""
from __future__ import annotations

import re

from .chains import emit_new
from .cuetable import cue_table
from .resources import Resources, derived
from .wordrx import alternation

__all__ = ["read_norms"]


@derived
def _norm_rows(res: Resources) -> tuple[dict, re.Pattern | None]:
    """The cues whose aim row (CueTable.row) names alignsWith, with that row, and a regex of
    them: a clause without one holds no norm cue token."""
    rows = {cue: row for (frame, cue), row in cue_table(res).by_cue.items()
            if frame == "aim" and row.relation == "alignsWith"}
    return rows, re.compile(alternation(rows)) if rows else None


def read_norms(reader, infos) -> None:
    """Emit the alignsWith claims of norms that open after a clause's subject."""
    v = reader.v
    rows, cues = _norm_rows(reader.res)
    if cues is None:
        return
    heads = tuple(v.words.norm)
    for k, c in enumerate(infos):
        if cues.search(v.text, c.start, c.end) is None:
            continue                  # most clauses: no norm cue, no token walk
        toks = v.tokens_in(c.start, c.end)
        for i, tok in enumerate(toks):
            row = rows.get(tok.text)
            if row is None:
                continue
            if i == 0 and k + 1 < len(infos):
                break                 # "按照 N，S V M": aims.py reads it
            if v.text.startswith(v.words.de, tok.end):
                continue              # "遵循的原则": the cue modifies a noun
            ok = (lambda s, e: True) if row.cue2 == ("*",) else \
                (lambda s, e: v.text[s:e].endswith(heads))
            verb = next((x for x in _verbs(v, toks, i + 1)
                         if ok(*v.trim(tok.end, x.start))), None)
            end = verb.start if verb is not None else c.end
            norms = [(s, e) for s, e in v.split(tok.end, end) if ok(s, e)]
            if not norms:
                break
            if verb is not None:
                ms = _after(reader, verb, c.end) or (
                    _topic(reader, c.start, tok.start) if i > 0 else
                    _topic(reader, infos[k - 1].start, infos[k - 1].end)
                    if k > 0 and infos[k - 1].kind != "means" else [])
            else:
                ms = _governed(reader, infos[k + 1:], rows)
            if ms:
                emit_new(reader, list(ms), "alignsWith", norms, tok.text, row, "norm")
            break


def _after(reader, verb, end: int) -> list:
    """The objects after `verb`; a bare object ("数据") keeps its verb: 采集数据."""
    return [(verb.start, e) if e - s <= 2 else (s, e) for s, e in reader.right_spans(verb.end, end)]


def _topic(reader, s: int, e: int) -> list:
    """What "T 按照 N 执行" or "T，按照 N 执行" governs: the noun phrase T, its head after a
    relative clause ("…获取的数据资源": 数据资源)."""
    v = reader.v
    de = v.text.rfind(v.words.de, s, e)
    s, e = v.trim(de + 1 if de >= 0 else s, e)
    if s >= e or not reader.nominal(s, e):
        return []
    return reader.left_spans(s, e, obj=True)


def _governed(reader, later, rows: dict) -> list:
    """The objects of the first later clause that is no norm of its own: "S 根据 N，遵循 P，
    V M" (M follows N as it follows P), "S 根据 N，按照 N2 V M" (M); none past a ；."""
    for nxt in later:
        if nxt.semi:
            return []
        if nxt.relation == "alignsWith":
            continue
        if nxt.verb in rows:
            verb = next(_verbs(reader.v, reader.v.tokens_in(nxt.start, nxt.end), 1), None)
            return _after(reader, verb, nxt.end) if verb is not None else []
        return reader.right_spans(nxt.obj_at, nxt.end) if nxt.obj_at >= 0 else []
    return []


def _verbs(v, toks, i: int):
    """The verbs after token `i` outside a title (《…》 is the norm's own) that are no norm
    words themselves ("要求"), modify none ("目录编制要求") and open no member of a list."""
    depth, norm, seps, bound = 0, v.words.norm, v.separators, v.words.norm_bound
    for j in range(i, len(toks)):
        tok = toks[j]
        depth += tok.text.count("《") - tok.text.count("》")
        verb = tok.pos[:1] == "v" and (tok.pos != "vn" or j + 1 == len(toks))   # "…管理" ends it
        if depth <= 0 and verb and tok.text not in norm \
                and (j + 1 == len(toks) or toks[j + 1].text not in bound) \
                and (j == 0 or toks[j - 1].text not in seps):    # "A、统筹 B 的原则": a member
            yield tok

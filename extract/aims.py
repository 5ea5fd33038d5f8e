"""Purpose-first sentences and norms: the measure of the main clause takes each aim.

"为 P1 Y1，P2 Y2，根据 N，S 制定 M": M —rel(P1)→ Y1, M —rel(P2)→ Y2, M —alignsWith→ N.
"按照 N，S V M": M —alignsWith→ N. The words are `aim` rows of ontology/cues.tsv (the cue
opens the aim, or the norm when the row names alignsWith) and `norm` rows of
ontology/phrase_words.tsv (the heads that make a span a norm: 规划, 法律法规, 原则 …).
"""
from __future__ import annotations

import re

from .chains import emit_new
from .claim_words import Span
from .tablememo import per_table
from .wordrx import alternation

__all__ = ["read_aims"]


def read_aims(reader, infos) -> None:
    """Emit the aim and norm readings of the reader's sentence (`infos`: its clauses)."""
    if len(infos) < 2:
        return
    t = reader.t
    aims: list[tuple[str, tuple[Span, ...], str, object]] = []
    norms: list[tuple[tuple[Span, ...], str, object]] = []
    opened, first, stated = False, None, 0   # stated: how many aims the opening clause gave
    steps: list = []              # the bare imperatives between the aim and the main clause
    if _modal_led(reader, infos):     # "建设 Y，必须 M": the clauses before the modal are aims
        opened = True
        first = next((r for r in t.rows if r.frame == "aim" and not r.relation), None)
    for k, c in enumerate(infos):
        lead = _lead(reader, c)
        row = t.row("aim", lead.text) if lead is not None else None
        if row is not None and row.relation:   # a norm ("按照 N"), a target ("针对 Y")
            ns = _norms(reader, lead.end, c.end, row.cue2)
            if ns:
                norms.append((ns, lead.text, row))
            continue
        if row is not None and k == 0:
            at = reader.v.trim(lead.end, c.end)[0]
            verb = reader.v.token_after(at)
            hit = t.infix_rx.match(reader.v.text, at, c.end)
            irow = t.infix_row(hit.group()) if hit is not None else None
            if irow is not None and irow.relation:
                ys = tuple(reader.right_spans(hit.end(), c.end))
                rel = "supports" if irow.relation == "create" else irow.relation
                if ys:
                    aims.append((rel, ys, lead.text + hit.group(), row))
            elif verb is None or c.row is not None:
                return            # "为 Y 提供支撑" is a frame of its own
            opened, first, stated = True, row, len(aims)
            continue
        modal = lead is not None and lead.text in reader.v.words.modal
        main = k + 1 == len(infos) or c.verb in reader.v.words.propose or infos[k + 1].semi
        if opened and c.kind == "imperative" and not modal and not main:
            steps.append(c)
            if c.row is None and c.relation:
                ys = _objects(reader, c)
                rel = "supports" if c.relation == "create" else c.relation
                if ys:
                    aims.append((rel, ys, c.verb, first))
            continue              # a further aim ("培育和带动 Y" reads as none)
        if not (aims or norms):
            if row is None and not opened and not _has_aim_cue(reader, c):
                continue          # "S 应当借鉴 X，根据 N，加强 M": the norm still opens M
            return
        if modal:
            ms = _modal_measure(reader, c, lead)
        elif c.kind == "imperative" and c.verb not in reader.v.words.propose \
                and c.relation != "create":
            ms = _objects(reader, c)      # "根据 N，加强 Y": what is done by the norm
            if steps and opened:          # "为 P，壮大 A，培养 B": A and B are measures
                aims = aims[:stated]
                ms = tuple(y for x in steps for y in _objects(reader, x)) + ms
        else:
            ms = _measure(reader, c)
        for rel, ys, cue, arow in aims:
            _emit(reader, ms, rel, ys, cue, arow)
        for ns, cue, nrow in norms:
            _emit(reader, ms, nrow.relation, ns, cue, nrow)
        return


@per_table
def _aim_cues(table) -> re.Pattern | None:
    """Every aim and norm cue of the table, as one pattern (compiled once per table)."""
    cues = [cue for r in table.rows if r.frame == "aim" for cue in r.cues]
    return re.compile(alternation(cues)) if cues else None


def _has_aim_cue(reader, c) -> bool:
    """True when the clause holds an aim or norm cue ("S 应当根据 N"): a norm of its own
    (norms.py reads it), so a later norm does not reach past it."""
    rx = _aim_cues(reader.t)
    return rx is not None and rx.search(reader.v.text, c.start, c.end) is not None


def _modal_led(reader, infos) -> bool:
    """True when bare imperatives lead up to a clause opened by a modal ("…，必须 M")."""
    modal = reader.v.words.modal
    for k, c in enumerate(infos):
        if c.semi or c.kind != "imperative":
            return False
        lead = _lead(reader, c)
        if lead is not None and lead.text in modal:
            return k > 0
        if lead is not None and reader.t.row("aim", lead.text) is not None:
            return False
    return False


def _modal_measure(reader, c, lead) -> tuple[Span, ...]:
    """M of "…，必须 M": the objects of the verb after the modal (a cue verb names no measure)."""
    v = reader.v
    verb = v.token_after(lead.end)
    if verb is not None and verb.end >= c.end and verb.pos[:1] in "nj":
        return tuple(reader.right_spans(lead.end, c.end))   # "关键在于深化改革": one word
    if verb is None or verb.end >= c.end or reader.t.infix_row(verb.text) is not None \
            and verb.text not in v.words.task:
        return ()                 # "必须推动 Y" is a claim of its own; "必须完善 M" a measure
    if verb.pos[:1] in "nj" and not reader.v.verbal(verb):
        return tuple(reader.right_spans(lead.end, c.end))   # "需要 A 和 B 相结合": no verb
    return tuple(reader.right_spans(verb.end, c.end))


def _lead(reader, c):
    return reader.v.token_after(c.start)


def _norms(reader, at: int, ce: int, heads: tuple = ()) -> tuple[Span, ...]:
    """The norms after 根据/按照: spans that name a document or end with a norm head; after
    a row with heads of its own (cue2: "针对 Y 问题") spans ending with one; cue2 * any span."""
    v = reader.v
    ends = tuple(heads or v.words.norm)
    return tuple((s, e) for s, e in v.split(at, ce)
                 if heads == ("*",) or v.text[s:e].endswith(ends))


def _objects(reader, c) -> tuple[Span, ...]:
    if c.obj_at < 0:
        return c.objects
    return tuple(reader.right_spans(c.obj_at, c.end, whole=c.whole))


def _measure(reader, c) -> tuple[Span, ...]:
    """What the main clause makes or proposes: the object of its first verb, or the topic of
    "就 X 提出" (`topic-prep` words of phrase_words.tsv)."""
    v, w = reader.v, reader.v.words
    toks = v.tokens_in(*v.trim(c.start, c.end))
    for i, tok in enumerate(toks):
        if tok.text in w.topic_prep:
            verb = next((x for x in toks[i + 1:] if x.text in w.create or x.text in w.propose),
                        None)
            if verb is not None:
                return tuple(v.split(tok.end, verb.start))
            return ()
        if tok.text in w.create or tok.text in w.propose:
            return tuple(reader.right_spans(tok.end, c.end)) if tok.end < c.end else ()
    return ()


def _emit(reader, xs, relation, ys, cue, row) -> None:
    """Emit the pairs the clause reader has not already read (chains' rule)."""
    emit_new(reader, list(xs), relation, list(ys), cue, row, "aim")

"""Claims from the cue table: infix verbs, circumfix and copula frames, means and agents,
enumerations, dimensions and 前者/后者, with coordination distributed over both ends.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .cuetable import CueRow, CueTable, circum_row, cue_table
from .lexicon import Lexicon, load_lexicon
from .mentions import make_mention, sentence_tokens
from .model import Claim, Document, Mention, Sentence
from .spans import View

__all__ = ["extract_claims", "read_sentence"]

_CLAUSE = re.compile(r"[^，,；;：:。！？!?]+")
_LONG_SUBJECT = 12

Span = tuple[int, int]


@lru_cache(maxsize=1)
def _any_cue() -> re.Pattern:
    """One regex that finds any cue word: sentences without one are skipped cheaply."""
    words = {c for r in cue_table().rows for c in r.cues}
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    return tuple(c for r in cue_table().rows if r.frame == "copula" for c in r.cue2)


class _Reader:
    """Reads one sentence clause by clause, carrying subject, means and antecedents."""

    def __init__(self, view: View, table: CueTable, lexicon: Lexicon, pair: list[Span] | None):
        self.v = view
        self.t = table
        self.lex = lexicon
        self.topic: list[Span] = []
        self.means: list[Span] = []
        self.agent: list[Span] = []
        self.prev_object: list[Span] = []
        self.pair = pair or []
        self.out: dict[tuple, Claim] = {}
        self.consumed: list[Span] = []

    # -- output -----------------------------------------------------------------------------
    def emit(self, xs, relation: str, ys, cue: str, row: CueRow, role: str = "",
             backward: bool = False) -> None:
        s = self.v.sentence
        for x in xs:
            for y in ys:
                a, b = (y, x) if backward else (x, y)
                if a[0] < b[1] and b[0] < a[1]:
                    continue
                ma = make_mention(s.doc_id, s, a[0], a[1], self.lex)
                mb = make_mention(s.doc_id, s, b[0], b[1], self.lex)
                if ma.label == mb.label or len(ma.label) < 1 or len(mb.label) < 1:
                    continue
                key = (ma.label, relation, mb.label)
                if key not in self.out:
                    self.out[key] = Claim(s.doc_id, s.index, ma, relation, mb, cue, row.id, role)

    def is_consumed(self, a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in self.consumed)

    # -- helpers ----------------------------------------------------------------------------
    def left_spans(self, lo: int, at: int) -> list[Span]:
        """The explicit subject left of a cue: trimmed, a leading cue verb dropped, split."""
        v = self.v
        s, e = v.trim(lo, at)
        s, e = v.strip_verb(s, e)
        if s >= e:
            return []
        if e - s > _LONG_SUBJECT:
            subj = v.subject(s, e)
            if subj:
                s, e = subj
        return v.split(s, e)

    def right_spans(self, at: int, hi: int) -> list[Span]:
        """The object right of a cue, without a trailing "的 + frame head" (的必然选择)."""
        v = self.v
        s, e = v.trim(at, hi)
        if s >= e:
            return []
        heads = _heads()
        for t in reversed(v.tokens_in(s, e)):
            if t.text == "的" and any(h in v.text[t.end:e] for h in heads):
                e = t.start
                break
        return v.split(s, e)

    def default_x(self, clause_start: int, at: int, row: CueRow):
        """Subject candidates for a cue with no explicit left span: means+agent, else topic."""
        v = self.v
        opens = v.trim(clause_start, at) == (at, at) or v.trim(clause_start, at)[0] >= at
        if opens and self.means:
            return [(self.means, "means"), (self.agent or self.topic, "agent")]
        if row.when == "means":
            return []
        return [(self.topic, "agent")] if self.topic else []

    # -- frames -----------------------------------------------------------------------------
    def read(self) -> list[Claim]:
        v = self.v
        clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(v.text)]
        for k, (cs, ce) in enumerate(clauses):
            self.clause(cs, ce, k == 0)
        return list(self.out.values())

    def clause(self, cs: int, ce: int, first: bool) -> None:
        v = self.v
        self.consumed = []
        self.enumerations(cs, ce)
        if v.is_adverbial(cs, ce):
            return
        lead = v.words.lead - {"以", "通过", "为", "在", "对", "将", "面向", "围绕", "把", "向",
                               "是", "作为", "成为"}
        cs2, _ = v.trim(cs, ce, lead=lead, tail=frozenset())
        if cs2 >= ce:
            return
        subj = v.subject(cs2, ce)
        pending = self.means
        starts_with_cue = False
        first_tok = v.token_after(cs2)
        if first_tok is not None and first_tok.text in self.t.verbs:
            starts_with_cue = True
        if not starts_with_cue:
            self.means, self.agent = [], []
        self.anaphor(cs2, ce)
        self.modifiers(cs2, ce)
        self.dims(cs2, ce, subj)
        self.means_frame(cs2, ce, subj)
        self.copulas(cs2, ce)
        self.circums(cs2, ce)
        self.infixes(cs2, ce)
        if subj and not self.topic:
            self.topic = [subj]
        obj = self.object_of(cs2, ce)
        self.prev_object = obj
        if starts_with_cue and pending and not self.means:
            self.means = pending

    def object_of(self, cs: int, ce: int) -> list[Span]:
        """What follows the clause's first verb ("完善 X" -> X), for a following 以 + verb."""
        v = self.v
        for t in v.tokens_in(cs, ce):
            if t.pos[:1] == "v" and t.pos != "vn":
                s, e = v.trim(t.end, ce)
                return v.split(s, e) if s < e else []
            if t.pos[:1] in "nr":
                return []
        return []

    def enumerations(self, cs: int, ce: int) -> None:
        v = self.v
        row = None
        for t in v.tokens_in(cs, ce):
            if t.text not in self.t.enum_words:
                continue
            row = row or self.t.row("enum", t.text)
            head = v.enum_head(t.start, ce)
            members = v.enum_members(cs, t.start)
            if head and members:
                self.emit(members, "broader", [head], t.text, row)

    def modifiers(self, cs: int, ce: int) -> None:
        """ "X 驱动的 Y": the noun run before the cue drives the noun phrase after 的."""
        v = self.v
        for m in self.t.modifier_rx.finditer(v.text, cs, ce):
            a, b = m.start("cue"), m.end()
            if not v.aligned(a, m.end("cue")):
                continue
            toks = v.tokens_in(cs, a)
            k = len(toks)
            while k > 0 and v._member_token(toks[k - 1]) or (
                    k > 0 and toks[k - 1].pos[:1] == "v" and toks[k - 1].text not in v.verbs
                    and toks[k - 1].text not in v.words.create
                    and toks[k - 1].text not in v.words.lead and k == len(toks)):
                k -= 1
            if k == len(toks):
                continue
            x = (toks[k].start, a)
            y = v.enum_head(b - 1, ce) if v.token_after(b - 1) else None
            if y is None:
                hs, he = v.trim(b, ce)
                y = (hs, he) if hs < he else None
            if y is None:
                continue
            row = self.t.row("modifier", m.group("cue"))
            self.emit([x], row.relation, [y], m.group("cue"), row)
            self.consumed.append((a, m.end("cue")))

    def copulas(self, cs: int, ce: int) -> None:
        v = self.v
        for m in self.t.copula_rx.finditer(v.text, cs, ce):
            a = m.start("cue")
            if not v.aligned(a, m.end("cue")):
                continue
            row = self.t.row("copula", m.group("cue") + "|" + m.group("head"))
            rel, cue = row.relation, m.group("cue") + "…" + m.group("head")
            ins, ine = m.start("inner"), m.end("inner")
            s, _ = v.trim(ins, ine)
            inner_cue = self.t.infix_rx.match(v.text, s, ine)
            if inner_cue and v.aligned(s, inner_cue.end()):
                irow = self.t.row("infix", inner_cue.group())
                rel, cue = irow.relation, inner_cue.group()
                ins = inner_cue.end()
            ys = v.split(ins, ine)
            xs = self.left_spans(cs, a)
            self.consumed.append((a, m.end()))
            if xs:
                self.emit(xs, rel, ys, cue, row, backward=row.direction == "backward")
            else:
                for spans, role in self.default_x(cs, a, row):
                    self.emit(spans, rel, ys, cue, row, role, row.direction == "backward")

    def circums(self, cs: int, ce: int) -> None:
        v = self.v
        for m in self.t.circum_rx.finditer(v.text, cs, ce):
            row, cue, _, cue2, ins, ine = circum_row(self.t, m)
            a = m.start()
            if not v.aligned(a, a + len(cue)) or not v.aligned(m.end() - len(cue2), m.end()):
                continue
            if self.is_consumed(a, m.end()):
                continue
            ys = self.inner_members(ins, ine)
            xs = self.left_spans(cs, a)
            self.consumed.append((a, m.end()))
            label = cue + "…" + cue2
            if xs:
                self.emit(xs, row.relation, ys, label, row, backward=row.direction == "backward")
            else:
                for spans, role in self.default_x(cs, a, row):
                    self.emit(spans, row.relation, ys, label, row, role)

    def inner_members(self, s: int, e: int) -> list[Span]:
        """Conjuncts of a framed span; "A、B等" inside a frame gives A and B."""
        v = self.v
        deng = v.enum_at(s, e)
        if deng is not None and v.trim(deng, e)[1] - deng <= 4:
            members = v.enum_members(s, deng)
            if members:
                return members
        return v.split(s, e)

    def means_frame(self, cs: int, ce: int, subj: Span | None) -> None:
        """通过/以/依托 M: M (role means) and the subject (role agent) take the next verb."""
        v = self.v
        m = self.t.means_rx.search(v.text, cs, ce)
        if not m or not v.aligned(m.start(), m.end()):
            return
        before = v.trim(cs, m.start())
        if before[0] < before[1]:
            agent = v.subject(cs, m.start())
            if agent is None:
                t = v.token_before(m.start())
                if t is not None and t.text in v.words.create:
                    self.relative(m, ce)
                return
            agents = [agent]
        else:
            agents = self.topic
        row = self.t.row("means", m.group())
        end = ce
        verb = self.t.infix_rx.search(v.text, m.end(), ce)
        while verb and not v.aligned(verb.start(), verb.end()):
            verb = self.t.infix_rx.search(v.text, verb.end(), ce)
        wei = None
        if m.group() == "以":
            for t in v.tokens_in(m.end(), verb.start() if verb else ce):
                if t.text in ("为", "作为"):
                    wei = t
                    break
        if wei is not None:
            end = wei.start
        elif verb is not None:
            end = verb.start()
        ms = v.split(m.end(), end)
        if not ms:
            return
        self.means, self.agent = ms, agents
        if wei is not None and not self.topic:
            self.topic = ms
        if row.relation and verb is None:
            rest = v.trim(end, ce)
            if rest[0] < rest[1]:
                ys = self.right_spans(*rest)
                self.emit(ms, row.relation, ys, m.group(), row, "means")

    def relative(self, m: re.Match, ce: int) -> None:
        """ "构建基于 X 的 Y": Y rests on X."""
        v = self.v
        row = self.t.row("means", m.group())
        if not row.relation:
            return
        toks = v.tokens_in(m.end(), ce)
        de = [t for t in toks if t.text == "的"]
        if not de:
            return
        head = v.trim(de[-1].end, ce)
        xs = v.split(m.end(), de[-1].start)
        if head[0] < head[1] and xs:
            self.emit(xs, row.relation, [head], m.group(), row)
            self.consumed.append((m.start(), ce))

    def infixes(self, cs: int, ce: int) -> None:
        v = self.v
        last = cs
        hits = [m for m in self.t.infix_rx.finditer(v.text, cs, ce)
                if v.aligned(m.start(), m.end()) and not self.is_consumed(m.start(), m.end())]
        for n, m in enumerate(hits):
            a, b = m.start(), m.end()
            row = self.t.row("infix", m.group())
            hi = ce
            ys = self.right_spans(b, hi)
            if not ys:
                continue
            backward = row.direction == "backward"
            before = v.token_before(a)
            if before is not None and before.text in v.words.create and \
                    v.trim(last, before.start)[0] >= before.start and "的" in v.text[b:ce]:
                self.relative_infix(m, row, ce)
                last = b
                continue
            if (before is not None and before.text in self.t.purpose_words and self.prev_object
                    and v.trim(last, before.start)[0] >= before.start):
                self.emit(self.prev_object, row.relation, ys, m.group(), row)
                last = b
                continue
            if self.means and self.means_end(a):
                self.emit(self.means, row.relation, ys, m.group(), row, "means",
                          backward)
                self.emit(self.agent or self.topic, row.relation, ys, m.group(), row, "agent",
                          backward)
                last = b
                continue
            xs = self.left_spans(last, a)
            if xs:
                self.emit(xs, row.relation, ys, m.group(), row, backward=backward)
            else:
                for spans, role in self.default_x(last, a, row):
                    self.emit(spans, row.relation, ys, m.group(), row, role, backward)
            last = b

    def means_end(self, at: int) -> bool:
        """True when the means phrase ends right before `at` or the clause opens with the cue."""
        v = self.v
        return any(v.trim(e, at)[0] >= at for _, e in self.means)

    def relative_infix(self, m: re.Match, row: CueRow, ce: int) -> None:
        """ "形成涵盖 A 的 Y", "塑造支持 A 的 Y": the head Y is the subject."""
        v = self.v
        toks = v.tokens_in(m.end(), ce)
        de = [t for t in toks if t.text == "的"]
        head = v.trim(de[-1].end, ce)
        xs = v.split(m.end(), de[-1].start)
        if head[0] < head[1] and xs:
            self.emit([head], row.relation, xs, m.group(), row,
                      backward=row.direction == "backward")

    def anaphor(self, cs: int, ce: int) -> None:
        """ "前者体现为 Y": the first (second) of the last pair has part Y."""
        v = self.v
        t = v.token_after(cs)
        if t is None or t.text not in self.t.anaphors or not self.pair:
            return
        row, which = self.t.anaphors[t.text]
        if which > len(self.pair):
            return
        x = self.pair[which - 1]
        for u in v.tokens_in(t.end, ce):
            if u.pos[:1] == "v" and u.pos != "vn":
                s = u.end
                nxt = v.token_after(s)
                if nxt is not None and nxt.text in ("为", "于", "在"):
                    s = nxt.end
                ys = v.split(s, ce)
                self.emit([x], row.relation, ys, t.text, row)
                self.consumed.append((cs, ce))
                return

    def dims(self, cs: int, ce: int, subj: Span | None) -> None:
        """ "X 从 A 与 B 两个维度…": X has parts A and B, which 前者/后者 may name later."""
        v = self.v
        m = self.t.dims_rx.search(v.text, cs, ce)
        if not m:
            return
        row = self.t.row("dims", m.group())
        lo = cs
        for t in v.tokens_in(cs, m.start()):
            if t.text in ("从", "分为", "包括", "在"):
                lo = t.end
        parts = v.split(lo, m.start())
        if len(parts) < 2:
            return
        self.pair = parts
        whole = [subj] if subj and subj[1] <= lo else self.topic
        if whole:
            self.emit(whole, row.relation, parts, m.group(), row)


def read_sentence(sentence: Sentence, lexicon: Lexicon | None = None,
                  pair: list[Span] | None = None) -> list[Claim]:
    """Claims of one sentence (with `pair`, the two antecedents 前者/后者 may refer to)."""
    view = View(sentence, list(sentence_tokens(sentence.text)))
    return _Reader(view, cue_table(), lexicon or load_lexicon(), pair).read()


def extract_claims(document: Document, sentences: tuple[Sentence, ...],
                   mentions: tuple[Mention, ...] = (),
                   lexicon: Lexicon | None = None) -> tuple[Claim, ...]:
    """Claims of every sentence that holds a cue, in sentence order."""
    lexicon = lexicon or load_lexicon()
    any_cue = _any_cue()
    table = cue_table()
    out: list[Claim] = []
    for s in sentences:
        if not any_cue.search(s.text):
            continue
        view = View(s, list(sentence_tokens(s.text)))
        out.extend(_Reader(view, table, lexicon, None).read())
    return tuple(out)

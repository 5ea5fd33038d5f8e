"""Claims from the cue table: infix verbs, circumfix and copula frames, means and agents,
enumerations, dimensions and 前者/后者, with coordination distributed over both ends.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .cuetable import CueRow, CueTable, circum_row, cue_table, phrase_words
from .lexicon import Lexicon, load_lexicon
from .mentions import make_mention, sentence_tokens
from .model import Claim, Document, Mention, Sentence
from .chunking import is_punct
from .spans import SEPARATORS, View

__all__ = ["extract_claims", "read_sentence"]

_CLAUSE = re.compile(r"[^，,；;：:。！？!?]+")
_MARKER = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,2}是"
                     r"|[一二三四五六七八九十\d]{1,2}[、.．](?!\d))")
_TITLE = re.compile(r"《[^》]*》")
_NOMINAL_AFTER = frozenset("、，,。；;：:的和与及等")
_LIST_BEFORE = frozenset("、和与及的")
_NUMERIC = re.compile(r"[\d.%％年月日至到约超过多余个万亿元倍的－—~\-]")
_LONG_SUBJECT = 6
_PREPOSITIONS = frozenset({"以", "通过", "为", "在", "对", "将", "面向", "围绕", "把", "向",
                           "是", "作为", "成为"})

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
        self._topic: list[Span] = []
        self._pending: list[Span] = []     # clauses not yet read for a subject (lazy)
        self._object_clause: tuple | None = None
        self.weak_topic = False       # the topic came from a 以/通过 phrase, not a subject
        self.means: list[Span] = []
        self.agent: list[Span] = []
        self._object_value: tuple[int, int, bool, str] | None = None
        self._object_spans: tuple | None = None
        self.means_open = False       # a means phrase closed the clause before ("通过 M,")
        self.means_age = 0            # clauses read since the means phrase
        self.relative_head: Span | None = None
        self.enum_used: set[int] = set()
        self.copula_starts: list[int] = []
        self.pair = pair or []
        self.out: dict[tuple, Claim] = {}
        self.consumed: list[Span] = []
        self.titles = [(m.start(), m.end()) for m in _TITLE.finditer(view.text)]

    # -- output -----------------------------------------------------------------------------
    def emit(self, xs, relation: str, ys, cue: str, row: CueRow, role: str = "",
             backward: bool = False) -> None:
        s = self.v.sentence
        for x in xs:
            if not _content(self.v.text[x[0]:x[1]], relation == "broader"):
                continue
            for y in ys:
                if not _content(self.v.text[y[0]:y[1]]):
                    continue
                a, b = (y, x) if backward else (x, y)
                if a[0] < b[1] and b[0] < a[1]:
                    continue
                ma = make_mention(s.doc_id, s, a[0], a[1], self.lex)
                mb = make_mention(s.doc_id, s, b[0], b[1], self.lex)
                if ma.label == mb.label:
                    continue
                key = (ma.label, relation, mb.label)
                if key not in self.out:
                    self.out[key] = Claim(s.doc_id, s.index, ma, relation, mb, cue, row.id, role)

    @property
    def topic(self) -> list[Span]:
        """The most recent clause subject (clauses without cues are read only when asked)."""
        if self._pending:
            pending, self._pending = self._pending, []
            for cs, ce in reversed(pending):
                if self.v.is_adverbial(cs, ce):
                    continue
                subj = self.v.subject(cs, ce)
                if subj:
                    self._topic, self.weak_topic = [subj], False
                    break
        return self._topic

    @topic.setter
    def topic(self, spans: list[Span]) -> None:
        self._topic, self._pending = spans, []

    @property
    def _object_at(self) -> tuple[int, int, bool, str] | None:
        if self._object_clause is not None:
            clause, self._object_clause = self._object_clause, None
            self._object_at = self.object_at(*clause) if not self.v.is_adverbial(
                clause[0], clause[1]) else None
        return self._object_value

    @_object_at.setter
    def _object_at(self, value) -> None:
        self._object_value, self._object_clause = value, None

    @property
    def prev_object(self) -> list[Span]:
        """Object of the clause before (computed when first asked for)."""
        if self._object_at is None:
            return []
        if self._object_spans is None or self._object_spans[0] != self._object_at:
            at, ce = self._object_at[:2]
            self._object_spans = (self._object_at, self.right_spans(at, ce))
        return self._object_spans[1]

    @property
    def prev_created(self) -> bool:
        """True when the clause before built its object (构建, 开展 …)."""
        return bool(self._object_at and self._object_at[2])

    def is_consumed(self, a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in self.consumed)

    def in_title(self, a: int) -> bool:
        return any(s < a < e for s, e in self.titles)

    # -- spans ------------------------------------------------------------------------------
    def left_spans(self, lo: int, at: int) -> list[Span]:
        """The explicit subject left of a cue: trimmed, a leading cue verb dropped, split.

        A left side that opens with a preposition ("在政策层面") is an adverbial: no subject.
        """
        v = self.v
        s0, _ = v.trim(lo, at, lead=_sets().pp_lead,
                       tail=frozenset())
        t0 = v.token_after(s0)
        if t0 is not None and t0.text in v.words.adverbial:
            return []
        s, e = v.trim(lo, at)
        s, e = v.strip_verb(s, e)
        if s >= e:
            return []
        if e - s > _LONG_SUBJECT:
            subj = v.subject(s, e)
            if subj:
                s, e = subj
        toks = v.tokens_in(s, e)
        if toks and all(t.pos[:1] in "idvcp" and t.pos != "vn" or v.verbal(t) for t in toks):
            return []
        if len(toks) == 1 and len(toks[0].text) == 4 and not self.lex.canonical(toks[0].text) \
                and toks[0].pos[:1] in "il":
            return []                 # a four-character idiom ("因势利导") is a manner
        return v.split(s, e)

    def right_spans(self, at: int, hi: int, whole: bool = False) -> list[Span]:
        """The object right of a cue, without a trailing "的 + frame head" (的必然选择)."""
        v = self.v
        for s0 in self.copula_starts:
            if at < s0 < hi:
                hi = s0
        for s0, _ in self.consumed:
            if at < s0 < hi and v.text[s0] in "与同":
                hi = s0
        s, e = v.trim(at, hi)
        if s >= e:
            return []
        heads = _sets().heads
        for t in reversed(v.tokens_in(s, e)):
            if t.text == "的" and any(h in v.text[t.end:e] for h in heads):
                e = t.start
                break
        s, e = self.object_start(*v.trim(s, e))
        for t in v.tokens_in(s, e)[1:]:
            if t.text in v.words.object_stop:
                s, e = v.trim(s, t.start)   # "高质量发展仍有许多难点" -> 高质量发展
                break
        if whole:
            return [(s, e)] if s < e else []
        return v.split(s, e)

    def default_x(self, lo: int, at: int, row: CueRow, cue: str = ""
                  ) -> list[tuple[list[Span], str]]:
        """Subjects for a cue with no explicit left span, in order of preference:
        the means before it, the object the clause before built, the sentence's subject,
        the object of the clause before (unless that clause used the same verb: "推动 A,
        推动 B" are parallel, not a chain)."""
        v = self.v
        opens = v.trim(lo, at)[0] >= at
        if opens and self.means:
            return [(self.means, "means"), (self.agent, "agent")]
        if not opens:
            return []
        if row.when == "means":
            return []
        chain = self.prev_object if self._object_at and self._object_at[3] != cue else []
        if chain and self.prev_created:
            return [(chain, "")]
        if self.topic and row.when != "means":
            return [(self.topic, "agent")]
        if chain:
            return [(chain, "")]
        return []

    def emit_default(self, lo, at, relation, ys, cue, row, backward=False) -> None:
        for spans, role in self.default_x(lo, at, row, cue):
            self.emit(spans, relation, ys, cue, row, role, backward)

    # -- clauses ----------------------------------------------------------------------------
    def read(self) -> list[Claim]:
        v = self.v
        m = _MARKER.match(v.text)
        lo = m.end() if m else 0
        for c in _CLAUSE.finditer(v.text, lo):
            if c.start() > 0 and v.text[c.start() - 1] in "；;":
                self.topic, self.means, self.agent = [], [], []   # a new sentence, in effect
                self._object_at = None
            self.clause(c.start(), c.end())
        return list(self.out.values())

    def clause(self, cs: int, ce: int) -> None:
        v = self.v
        self.consumed = []
        self.copula_starts = []
        if not _any_cue().search(v.text, cs, ce):
            self.quiet_clause(cs, ce)
            return
        if v.is_adverbial(cs, ce):
            self.passive(cs, ce)
            self.enumerations(cs, ce)
            return
        cs2, _ = v.trim(cs, ce, lead=_sets().clause_lead, tail=frozenset())
        if cs2 >= ce:
            return
        subj = v.subject(cs2, ce)
        if subj and self.means_open:
            self.agent = [subj]
        elif subj:
            self.means, self.agent = [], []
        was_open, self.means_open = self.means_open, False
        self.means_age += 1
        if self.means_age > 3:
            self.means, self.agent = [], []
        self.anaphor(cs2, ce)
        self.modifiers(cs2, ce)
        self.dims(cs2, ce, subj)
        self.means_frame(cs2, ce, subj)
        self.copulas(cs2, ce)
        self.circums(cs2, ce)
        self.infixes(cs2, ce)
        self.enumerations(cs, ce)
        if subj:
            self.topic, self.weak_topic = [subj], False
            if was_open:
                self.means, self.agent = [], []
        self.object_of(cs2, ce, subj)

    def quiet_clause(self, cs: int, ce: int) -> None:
        """A clause without cues: remember it as a subject and object candidate, unread."""
        v = self.v
        cs2, _ = v.trim(cs, ce, lead=_sets().clause_lead, tail=frozenset())
        if cs2 >= ce:
            return
        self.means_age += 1
        if self.means_age > 3:
            self.means, self.agent = [], []
        if self.means:
            subj = v.subject(cs2, ce)
            if subj and self.means_open:
                self.agent = [subj]
            elif subj:
                self.means, self.agent = [], []
        self.means_open = False
        self._pending.append((cs2, ce))
        self._object_clause = (cs2, ce)

    def object_of(self, cs: int, ce: int, subj: Span | None) -> None:
        """Remember what follows the clause's main verb ("完善 X" -> X) for the next clause;
        after "构建基于 X 的 Y" that is Y."""
        if self.relative_head:
            self._object_at = (*self.relative_head, True, "")
            self.relative_head = None
            return
        self._object_at = self.object_at(cs, ce, subj)

    def object_at(self, cs: int, ce: int, subj: Span | None = False
                  ) -> tuple[int, int, bool, str] | None:
        """(start, end, built, verb) of the object after the clause's main verb, or None."""
        v = self.v
        if subj is False:
            subj = v.subject(cs, ce)
        lo = subj[1] if subj else cs
        skip = _sets().object_skip
        for t in v.tokens_in(lo, ce):
            if t.text in skip:
                continue
            if t.text in ("是", "作为", "成为") or not (
                    t.pos[:1] == "v" and t.pos != "vn" or t.text in v.verbs
                    or t.text in v.words.create):
                return None
            return t.end, ce, t.text in v.words.create, t.text
        return None

    # -- frames -----------------------------------------------------------------------------
    def enumerations(self, cs: int, ce: int) -> None:
        """"A、B、C 等 Y": every member is a kind of Y."""
        v = self.v
        lo = cs
        for t in v.tokens_in(cs, ce):
            if t.text not in self.t.enum_words:
                continue
            row = self.t.row("enum", t.text)
            head = v.enum_head(t.start, ce)
            members = v.enum_members(lo, t.start)
            if head and members and t.start not in self.enum_used:
                self.emit(members, "broader", [head], t.text, row)
            lo = head[1] if head else t.end

    def passive(self, cs: int, ce: int) -> None:
        """"在 X 的推动下": X drives what the next clause's verb does (kept as a means)."""
        v = self.v
        text = v.text[cs:ce]
        if not text.endswith("下"):
            return
        m = self.t.infix_rx.search(v.text, cs, ce)
        if not m or ce - m.end() > 1 or self.t.row("infix", m.group()).relation != "drives":
            return
        s, e = v.trim(cs, m.start())
        if s < e:
            self.means, self.agent = v.split(s, e), []

    def modifiers(self, cs: int, ce: int) -> None:
        """"X 驱动的 Y": the noun run before the cue drives the noun phrase after 的."""
        v = self.v
        for m in self.t.modifier_rx.finditer(v.text, cs, ce):
            a, b = m.start("cue"), m.end()
            if not v.aligned(a, m.end("cue")):
                continue
            toks = v.tokens_in(cs, a)
            k = len(toks)
            stop = _sets().modifier_stop
            while k > 0 and toks[k - 1].text not in stop and toks[k - 1].text not in "、的" \
                    and not is_punct(toks[k - 1].text) and toks[k - 1].pos[:1] not in "pcdu":
                k -= 1
            if k == len(toks):
                continue
            x = (toks[k].start, a)
            y = v.enum_head(b - 1, ce) if v.token_after(b - 1) else None
            if y is None:
                continue
            row = self.t.row("modifier", m.group("cue"))
            self.emit([x], row.relation, [y], m.group("cue"), row)
            self.consumed.append((a, m.end("cue")))

    def copulas(self, cs: int, ce: int) -> None:
        """"X 是 Y 的载体" (X supports Y), "X 是推动 Y 的抓手", "X 是 Y 的产物" (Y drives X)."""
        v = self.v
        for m in self.t.copula_rx.finditer(v.text, cs, ce):
            a = m.start("cue")
            if not v.aligned(a, m.end("cue")) or self.in_title(a):
                continue
            row = self.t.row("copula", m.group("cue") + "|" + m.group("head"))
            rel, cue = row.relation, m.group("cue") + "…" + m.group("head")
            ins, ine = m.start("inner"), m.end("inner")
            s, _ = v.trim(ins, ine)
            inner_cue = self.t.infix_rx.match(v.text, s, ine)
            if inner_cue and v.aligned(s, inner_cue.end()):
                rel, cue = self.t.row("infix", inner_cue.group()).relation, inner_cue.group()
                ins = inner_cue.end()
            ys = v.split(*self.object_start(*v.trim(ins, ine)))
            xs = self.left_spans(cs, a)
            self.consumed.append((a, m.end()))
            self.copula_starts.append(a)
            backward = row.direction == "backward"
            if xs:
                self.emit(xs, rel, ys, cue, row, backward=backward)
            elif self.means and self.weak_topic:
                self.emit(self.means, rel, ys, cue, row, "means", backward)
            elif self.topic and v.trim(cs, a)[0] >= a:
                self.emit(self.topic, rel, ys, cue, row, "agent", backward)

    def circums(self, cs: int, ce: int) -> None:
        """"为 Y 提供", "与 Y 相衔接", "面临 Y 挑战": the subject (or the sentence's) and Y."""
        v = self.v
        for m in self.t.circum_rx.finditer(v.text, cs, ce):
            row, cue, _, cue2, ins, ine = circum_row(self.t, m)
            a = m.start()
            if not v.aligned(a, a + len(cue)) or not v.aligned(m.end() - len(cue2), m.end()):
                continue
            if self.is_consumed(a, m.end()) or v.text[ins:ins + 1] == "的" or self.nominal_end(
                    ins, ine):
                continue
            rel, label = row.relation, cue + "…" + cue2
            s, _ = v.trim(ins, ine)
            inner_cue = self.t.infix_rx.match(v.text, s, ine)
            if inner_cue and (not v.aligned(s, inner_cue.end())
                              or self.t.row("infix", inner_cue.group()).when != "any"):
                inner_cue = None
            if inner_cue:
                rel, label = self.t.row("infix", inner_cue.group()).relation, inner_cue.group()
                ins = inner_cue.end()
            ys = self.inner_members(ins, ine)
            xs = self.left_spans(cs, a)
            self.consumed.append((a, m.end()))
            if xs:
                self.emit(xs, rel, ys, label, row, backward=row.direction == "backward")
            elif inner_cue or not self.means:
                self.emit_default(cs, a, rel, ys, label, row)
            else:
                saved, self.means = self.means, []
                self.emit_default(cs, a, rel, ys, label, row)
                self.means = saved

    def object_start(self, s: int, e: int) -> Span:
        """Drop a verb that only aims at the object: "发展新质生产力" -> 新质生产力."""
        t = self.v.token_after(s)
        if t is not None and t.text in self.v.words.object_lead and t.end < e:
            return self.v.trim(t.end, e)
        return s, e

    def nominal_end(self, s: int, e: int) -> bool:
        """True when the closing verb is a noun: "…的有效衔接", "…的衔接"."""
        v = self.v
        t = v.token_before(e)
        if t is not None and t.text == "的":
            return True
        if t is not None and (t.text in v.words.tail or t.pos[:1] in "ad"):
            u = v.token_before(t.start)
            return u is not None and u.text == "的"
        return False

    def inner_members(self, s: int, e: int) -> list[Span]:
        """Conjuncts of a framed span; "A、B等" inside a frame gives A and B."""
        v = self.v
        deng = v.enum_at(s, e)
        s, e = self.object_start(*v.trim(s, e))
        if deng is not None and v.trim(deng, e)[1] - deng <= 4:
            members = v.enum_members(s, deng)
            if members:
                self.enum_used.add(deng)
                return members
        return v.split(s, e)

    def means_frame(self, cs: int, ce: int, subj: Span | None) -> None:
        """通过/以/依托 M: M (role means) and the subject (role agent) take the next verb."""
        v = self.v
        m = self.t.means_rx.search(v.text, cs, ce)
        while m and (not self.is_verb(m, ce) or m.start() > cs
                     and v.text[m.start() - 1] in _LIST_BEFORE):
            m = self.t.means_rx.search(v.text, m.end(), ce)
        if not m:
            return
        before = v.trim(cs, m.start(), lead=v.words.lead)
        if before[0] < before[1]:
            t = v.token_before(m.start())
            if t is not None and t.text in v.words.create:
                self.relative(m, ce)
                return
            agent = v.subject(cs, ce)
            agents = [agent] if agent and agent[1] <= m.start() else []
        else:
            agents = self.topic
        row = self.t.row("means", m.group())
        first = v.token_after(m.end())
        search_from = first.end if first is not None else m.end()
        verb = self.t.infix_rx.search(v.text, search_from, ce)
        while verb and (not self.is_verb(verb, ce) or v.text[verb.start() - 1] in _LIST_BEFORE):
            verb = self.t.infix_rx.search(v.text, verb.end(), ce)
        wei = None
        if m.group() == "以":
            for t in v.tokens_in(m.end(), verb.start() if verb else ce):
                if t.text in ("为", "作为"):
                    wei = t
                    break
        if wei is not None:
            nxt = _CLAUSE.match(v.text, wei.end)
            if nxt and "的" in nxt.group():
                return                # "以 X 为核心的 Y": a modifier, not a means
            if row.cue2 and not any(c in v.text[wei.end:wei.end + 6] for c in row.cue2):
                return                # "以 X 为指导": guidance, not a lever
        end = wei.start if wei is not None else verb.start() if verb is not None else ce
        ms = v.split(m.end(), end)
        if not ms:
            return
        self.means, self.agent = ms, agents
        self.means_open = verb is None and wei is None
        self.means_age = 1
        self.consumed.append((m.start(), end))
        if not self.topic or self.weak_topic:
            self.topic, self.weak_topic = ms, True
        if row.relation and verb is None and wei is None:
            rest = v.trim(end, ce)
            if rest[0] < rest[1]:
                self.emit(ms, row.relation, self.right_spans(*rest), m.group(), row, "means")

    def relative(self, m: re.Match, ce: int) -> None:
        """"构建基于 X 的 Y": Y rests on X."""
        v = self.v
        row = self.t.row("means", m.group())
        de = [t for t in v.tokens_in(m.end(), ce) if t.text == "的"]
        if not row.relation or not de:
            return
        head = v.trim(de[-1].end, ce)
        xs = v.split(m.end(), de[-1].start)
        if head[0] < head[1] and xs:
            self.emit(xs, row.relation, [head], m.group(), row)
            self.consumed.append((m.start(), ce))
            self.relative_head = (head[0], head[1])

    def is_verb(self, m: re.Match, ce: int) -> bool:
        """A cue used as a verb: on token boundaries, not in a title, not nominal (优化、…)."""
        v = self.v
        if self.in_title(m.start()) or m.start() not in v.by_start:
            return False
        if m.end() not in v.by_end:
            t = v.token_after(m.start())     # "避免浪费": the dictionary glued the object on
            if t is None or len(t.text) < len(m.group()) + 2 or len(m.group()) < 2:
                return False
            return True
        if m.end() >= ce or v.text[m.end()] in _NOMINAL_AFTER:
            return False
        nxt = v.token_after(m.end())
        return nxt is None or nxt.text not in SEPARATORS

    def infixes(self, cs: int, ce: int) -> None:
        """"X cue Y"; with no X: the means, the object built before, or the subject."""
        v = self.v
        last = cs
        prev_y_end = None
        hits = [m for m in self.t.infix_rx.finditer(v.text, cs, ce)
                if self.is_verb(m, ce) and not self.is_consumed(m.start(), m.end())]
        for m in hits:
            a, b = m.start(), m.end()
            row = self.t.row("infix", m.group())
            if prev_y_end is not None and a < prev_y_end and "的" in v.text[b:ce]:
                continue                      # inside the object of the cue before
            if a > 0 and v.text[a - 1] in _LIST_BEFORE:
                continue                      # a member of a list of actions, or a noun
            before = v.token_before(a)
            if (before is not None and before.text in v.words.create
                    and v.trim(last, before.start)[0] >= before.start and "的" in v.text[b:ce]):
                self.relative_infix(m, row, ce)   # "形成涵盖 A 的 Y"
                last = b
                continue
            if self.serial(last, a):
                continue                      # "实施提升…行动": inside the object of a verb
            plan = self.infix_subjects(m, row, last, ce)
            lo, last = last, b
            if plan is None:
                continue
            ys = self.right_spans(b, ce, whole=row.object == "clause")
            if not ys or self.compound(a, b, ys, ce):
                continue                      # "龙头企业带动作用": one noun phrase, no clause
            prev_y_end = max(y[1] for y in ys)
            backward = row.direction == "backward"
            if plan == "default":
                self.emit_default(lo, a, row.relation, ys, m.group(), row, backward)
                continue
            for spans, role in plan:
                self.emit(spans, row.relation, ys, m.group(), row, role, backward)

    def infix_subjects(self, m: re.Match, row: CueRow, last: int, ce: int):
        """Who does the cue's action: a list of (spans, role), "relative", "default" or None."""
        v = self.v
        a, b = m.start(), m.end()
        before = v.token_before(a)
        if (before is not None and before.text in self.t.purpose_words and self.prev_object
                and v.trim(last, before.start)[0] >= before.start):
            return [(self.prev_object, "")]
        if self.means and self.means_end(a):
            return [(self.means, "means"), (self.agent, "agent")]
        if self.opens_with_verb(last, a):
            return None
        xs = self.left_spans(last, a) if row.when != "means" else []
        if not xs:
            return "default"
        if self.means and self.agent and self.agent[0] == xs[0]:
            return [(xs, ""), (self.means, "means")]
        return [(xs, "")]

    def compound(self, a: int, b: int, ys: list[Span], ce: int) -> bool:
        """True when "N cue H" is one noun phrase: a noun before the cue and a generic head
        (水平, 作用 …) or a short unknown word right after it."""
        v = self.v
        t = v.token_before(a)
        if t is None or v.verbal(t) or is_punct(t.text):
            return False
        first = v.token_after(b)
        if first is not None and first.text in v.words.head:
            return True
        y = ys[0]
        return (len(ys) == 1 and y[1] - y[0] <= 2 and y[1] == v.trim(b, ce)[1]
                and not self.lex.canonical(v.text[y[0]:y[1]]))

    def opens_with_verb(self, lo: int, at: int) -> bool:
        """True when the left side is a verb phrase ("发挥龙头企业…"), so the cue sits inside
        its object."""
        v = self.v
        s, _ = v.trim(lo, at, lead=_sets().clause_lead, tail=frozenset())
        t = v.token_after(s)
        return t is not None and t.end < at and t.text in v.words.verb

    def serial(self, lo: int, at: int) -> bool:
        """True when only verbs stand between the clause start and the cue."""
        v = self.v
        s, e = v.trim(lo, at)
        if s < e:
            return False
        skip = _sets().serial_skip
        return any(t.text not in skip and (v.verbal(t) and t.pos[:1] not in "dcp" or
                                           t.text in v.words.create)
                   for t in v.tokens_in(lo, at) if not is_punct(t.text))

    def means_end(self, at: int) -> bool:
        """True when a means phrase ends right before `at`, or `at` opens its clause."""
        v = self.v
        return any(v.trim(e, at)[0] >= at for _, e in self.means) or any(
            v.trim(s, at)[0] >= at for s, _ in _clauses_around(v.text, at))

    def relative_infix(self, m: re.Match, row: CueRow, ce: int) -> None:
        """"形成涵盖 A 的 Y", "塑造支持 A 的 Y": the head Y is the subject."""
        v = self.v
        de = [t for t in v.tokens_in(m.end(), ce) if t.text == "的"]
        head = v.trim(de[-1].end, ce)
        xs = v.split(m.end(), de[-1].start)
        if head[0] < head[1] and xs:
            self.emit([head], row.relation, xs, m.group(), row,
                      backward=row.direction == "backward")

    def anaphor(self, cs: int, ce: int) -> None:
        """"前者体现为 Y": the first (second) of the last pair has part Y."""
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
                self.emit([x], row.relation, v.split(s, ce), t.text, row)
                self.consumed.append((cs, ce))
                return

    def dims(self, cs: int, ce: int, subj: Span | None) -> None:
        """"X 从 A 与 B 两个维度…": X has parts A and B, which 前者/后者 may name later."""
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


class _Sets:
    """Word sets derived from the tables, computed once."""

    def __init__(self):
        w = phrase_words()
        frames = _frame_words()
        self.clause_lead = w.lead - frames
        self.pp_lead = w.lead - frames - w.adverbial
        self.object_skip = w.lead - w.create - _PREPOSITIONS
        self.serial_skip = w.lead - w.create - w.verb
        self.modifier_stop = cue_table().verbs | w.create | w.lead
        self.heads = _heads() + w.de_tail


@lru_cache(maxsize=1)
def _sets() -> _Sets:
    return _Sets()


@lru_cache(maxsize=1)
def _frame_words() -> frozenset:
    """Words that open a frame, so a clause's leading function words never swallow them."""
    t = cue_table()
    return _PREPOSITIONS | {c for r in t.rows if r.frame in ("copula", "circum", "means")
                            for c in r.cues}


def _content(text: str, short: bool = False) -> bool:
    """A span worth a concept: two or more characters beyond numbers, units and dates
    (one will do for a member of an enumeration: "空气、水、土壤等")."""
    least = 1 if short else 2
    if any(ch.isdigit() for ch in text):
        text = _NUMERIC.sub("", text)
    return len(text) >= least


def _clauses_around(text: str, at: int) -> list[Span]:
    m = None
    for m in _CLAUSE.finditer(text):
        if m.start() <= at < m.end():
            return [(m.start(), m.end())]
    return []


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

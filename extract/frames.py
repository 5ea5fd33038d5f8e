"""Frame readers of a clause: "在 X 的推动下", "X 驱动的 Y", copulas
("X 是 Y 的载体"), dimensions and 前者/后者 (circumfixes: circums.py)."""
from __future__ import annotations

import re

from .chunking import is_punct
from .claim_words import Span, marker
from .cuetable import POSITIVE
from .tablememo import per_table
from .trimming import EDGE
from .wordrx import alternation

__all__ = ["FrameReader", "adjectives"]

@per_table
def adjectives(words) -> re.Pattern | None:
    """Any copula adjective of the phrase words (新 of "…新引擎"), compiled once, or None."""
    return re.compile(alternation(words.copula_adj)) if words.copula_adj else None


class FrameReader:
    """Mixin of ClauseReader: the frames other than infix verbs and means."""

    def passive(self, cs: int, ce: int) -> None:
        """"在 X 的推动下": X drives what the next clause's verb does (kept as a means)."""
        v = self.v
        text = v.text[cs:ce]
        if not text.endswith(v.words.passive_end):
            return
        m = self.t.infix_rx.search(v.text, cs, ce)
        if not m or ce - m.end() > 1 or self.t.infix_row(m.group()).relation != "drives":
            return
        s, e = v.trim(cs, m.start())
        if s < e:
            self.means, self.agent = v.split(s, e), []

    def modifiers(self, cs: int, ce: int) -> None:
        """"X 驱动的 Y": the noun run before the cue drives the noun phrase after 的 (the
        clause reader calls it where 的 or a copula adjective stands)."""
        v = self.v
        for m in self.t.modifier_rx.finditer(v.text, cs, ce):
            a, b = m.start("cue"), m.end()
            if not v.aligned(a, m.end("cue")):
                continue
            toks = v.tokens_in(cs, a)
            k = len(toks)
            stop = self.sets.modifier_stop
            listed = "、" + v.words.de          # a token that is one of these ends the run
            while k > 0 and toks[k - 1].text not in stop and toks[k - 1].text not in listed \
                    and not is_punct(toks[k - 1].text) and toks[k - 1].pos[:1] not in "pcdu" \
                    and toks[k - 1].text not in v.words.pivot:    # "鼓励 X 主导的 Y"
                k -= 1
            if k == len(toks):
                continue
            while k + 1 < len(toks) and toks[k].pos == "v" and toks[k + 1].pos[:1] in "nv":
                k += 1                          # "提供 Y 所需的 X": the verb's object is Y
            x = (toks[k].start, a)
            y = v.enum_head(b - 1, ce) if v.token_after(b - 1) else None
            if y is None:
                continue
            last = v.token_after(y[1])          # "…的融通创新。": a verbal noun ends the clause
            if last is not None and last.start == y[1] and last.pos[:1] == "v" \
                    and v.text[last.end:ce].strip(EDGE) == "":
                y = (y[0], last.end)
            row = self.t.row("modifier", m.group("cue"))
            self.emit([x], row.relation, [y], m.group("cue"), row,
                      backward=row.direction == "backward")   # "发展所需的人才": 人才 → 发展
            self.consumed.append((a, m.end("cue")))

    def copulas(self, cs: int, ce: int) -> None:
        """"X 是 Y 的载体" (X supports Y), "X 是推动 Y 的抓手", "X 是 Y 的产物" (Y drives X); called
        where 的 or a copula adjective stands."""
        v = self.v
        for m in self.t.copula_rx.finditer(v.text, cs, ce):
            a = m.start("cue")
            if not v.aligned(a, m.end("cue")) or self.in_title(a):
                continue
            row = self.t.row("copula", m.group("cue") + "|" + m.group("head"))
            rel, cue = row.relation, m.group("cue") + "…" + m.group("head")
            ins, ine = m.span("inner" if m.start("inner") >= 0 else "inner2")
            s, _ = v.trim(ins, ine)
            inner_cue = self.t.infix_rx.match(v.text, s, ine)
            if inner_cue and v.aligned(s, inner_cue.end()):
                ins = inner_cue.end()        # "是推动 Y 的抓手": the verb's relation, unless
                if rel in POSITIVE:          # the head names its own ("…的根本遵循")
                    rel, cue = self.t.infix_row(inner_cue.group()).relation, inner_cue.group()
            inner = self.copula_means(ins, ine) if not inner_cue else None
            if inner is not None:            # "是以 M 推进 Y 的战略支撑": Y, and M drives Y
                ins = inner[2].end()
            ys = v.split(*self.object_start(*v.trim(ins, ine)))
            if inner is not None and ys:
                ms, irow, hit = inner
                self.emit(ms, irow.relation, ys, hit.group(), irow, "means")
            end = m.end()
            more = self.t.copula_more_rx.match(v.text, end, ce)
            while more is not None and rel in POSITIVE:   # "成为 Y1 新引擎、Y2 新动能"
                ys += v.split(*self.object_start(*v.trim(*more.span(
                    "inner" if more.start("inner") >= 0 else "inner2"))))
                end = more.end()
                more = self.t.copula_more_rx.match(v.text, end, ce)
            xs = self.left_spans(cs, a, verbal=True) or self.bare_topic(cs, a) \
                or self._verb_subject(cs, a)
            self.consumed.append((a, end))
            self.copula_starts.append(a)
            backward = row.direction == "backward"
            if xs:
                self.emit(xs, rel, ys, cue, row, backward=backward)
            elif self.means and self.weak_topic:
                self.emit(self.means, rel, ys, cue, row, "means", backward)
            elif self.topic and v.trim(cs, a)[0] >= a:
                self.emit(self.topic, rel, ys, cue, row, "agent", backward)

    def _verb_subject(self, cs: int, a: int) -> list:
        """A bare verb alone before a copula is its subject ("创新是…第一动力", "开放是…")."""
        toks = self.v.tokens_in(*self.v.trim(cs, a))
        return [(toks[0].start, toks[0].end)] if len(toks) == 1 and toks[0].pos == "v" \
            and len(toks[0].text) == 2 else []

    def copula_means(self, s: int, e: int):
        """(M, row, cue match) of a copula's inner span "以/通过 M V Y" whose cue verb V has a
        positive relation, else None."""
        v = self.v
        lead = v.token_after(v.past_edge(s, e))
        if lead is None or lead.text not in self.t.means_words:
            return None
        hit = next((h for h in self.t.infix_rx.finditer(v.text, lead.end, e)
                    if self.is_verb(h, e)), None)
        row = self.t.infix_row(hit.group()) if hit is not None else None
        if row is None or row.relation not in POSITIVE:
            return None
        ms = v.split(lead.end, self.verb_run(lead.end, hit.start(), known=True))
        return (ms, row, hit) if ms else None

    def bare_topic(self, cs: int, a: int) -> list:
        """"A 和 B，是 Y 的路径", "扩大 A，是 Y 的重要举措": a clause that is only a noun
        phrase (or opens the sentence with a verb that is no cue and one), right before a
        copula that opens its clause, is the copula's subject."""
        v = self.v
        if v.trim(cs, a)[0] < a or cs < 2 or v.text[cs - 1] not in "，,":
            return []
        start = max(v.text.rfind(c, 0, cs - 1) for c in "，,：:；;“") + 1
        listed = marker(self.res).match(v.text, start) if start == 0 else None
        start = v.trim(listed.end() if listed else start, cs - 1)[0]
        toks = v.tokens_in(start, cs - 1)
        lead = toks[0] if toks and toks[0].pos == "v" and (start == 0 or listed) else None
        if lead is not None and lead.text in self.t.verbs \
                and self.t.infix_row(lead.text).when == "any":
            return []                 # "推动 A，是 …": the clause holds a claim of its own
        rest = toks[1:] if lead is not None else toks
        if not rest or not self.noun_clause(rest[0].start, cs - 1):
            return []
        return v.split(start, cs - 1)

    def past_time(self, s: int, e: int) -> int:
        """Past a time that opens [s, e) ("“十四五”时期 A 的发展"), when something follows it."""
        end = self.v.time_end(s, e)
        return end if end < self.v.trim(end, e)[1] else s

    def noun_clause(self, s: int, e: int) -> bool:
        """True when [s, e) is only noun phrases ("数据安全和网络安全", "数字经济的发展"): no
        pronoun, adverb, preposition or verb but a final verbal noun or "的 [manner] verb",
        after a time that opens it ("“十四五”时期 A 的发展")."""
        v = self.v
        s = self.past_time(s, e)
        toks = v.tokens_in(s, e)
        if not any(t.text == v.words.de for t in toks):
            return self._noun_only(s, e)
        cuts = [t for t in toks if t.text in v.separators]
        starts, ends = [s] + [t.end for t in cuts], [t.start for t in cuts] + [e]
        return all(map(self._noun_conjunct, starts, ends))

    def _noun_conjunct(self, s: int, e: int) -> bool:
        toks = self.v.tokens_in(s, e)
        de = next((j for j in range(len(toks) - 2, 0, -1) if toks[j].text == self.v.words.de),
                  None)
        if de is not None and len(toks) - de <= 3 and all(
                t.pos[:1] in "vadil" for t in toks[de + 1:]) and toks[-1].pos[:1] in "vil":
            return self._noun_only(s, toks[de].start, True)   # "教育事业的发展": 教育 is a noun
        return self._noun_only(s, e)

    def _noun_only(self, s: int, e: int, vn: bool = False) -> bool:
        toks = self.v.tokens_in(s, e)
        w = self.v.words
        first = toks[0].text if toks else ""
        if any(first.startswith(a) and (first[len(a):] in w.create or first[len(a):] in w.verb)
               for a in w.lead if len(a) < len(first)):
            return False              # "全面实施/n": the dictionary's noun is a verb
        head = bool(toks) and (toks[0].pos[:1] == "n" or vn and toks[0].pos == "vn" and len(
            toks) > 1 and (toks[1].pos[:1] == "n" or toks[1].pos == "vn"))   # "教育改革的…"
        return head and self.noun_phrase(s, e) and not any(
            t.pos[:1] in "dpr" and not (t.text in w.role_prep and k > 0
                                         and self.v.owned_by(toks, k + 1, open_end=vn))
            or t.text in self.t.verbs for k, t in enumerate(toks)) and not any(
            t.pos[:1] == "v" and t.pos != "vn" for t in toks[:-1])   # "X 对 Y 的 Z" is one

    def object_start(self, s: int, e: int) -> Span:
        """Drop a verb that only aims at the object: "发展新质生产力" -> 新质生产力."""
        t = self.v.token_after(s)
        if t is not None and t.text in self.v.words.object_lead and t.end < e \
                and not self.v.text.startswith(self.v.words.comparative, t.end):
            rest = self.v.trim(t.end, e)      # (but "引领更强的开放" is one phrase)
            if rest[1] - rest[0] > 2 or self.lex.canonical(self.v.text[rest[0]:rest[1]]):
                return rest           # "发展活力": one short noun after it, one compound
        return s, e

    def nominal_end(self, s: int, e: int) -> bool:
        """True when the closing verb is a noun: "…的有效衔接", "…的衔接"."""
        v = self.v
        t = v.token_before(e)
        if t is not None and t.text == v.words.de:
            return True
        if t is not None and (t.text in v.words.tail or t.pos[:1] in "ad"):
            u = v.token_before(t.start)
            return u is not None and u.text == v.words.de
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

    def anaphor(self, cs: int, ce: int) -> None:
        """"前者体现为 Y": the first (second) of the last pair has part Y."""
        if not self.pair:
            return                    # nothing to refer to (most sentences): no token look-up
        v = self.v
        t = v.token_after(cs)
        if t is None or t.text not in self.t.anaphors:
            return
        row, which = self.t.anaphors[t.text]
        if which > len(self.pair):
            return
        x = self.pair[which - 1]
        for u in v.tokens_in(t.end, ce):
            if u.pos[:1] == "v" and u.pos != "vn":
                s = u.end
                nxt = v.token_after(s)
                if nxt is not None and nxt.text in v.words.anaphor_prep:
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
            if t.text in v.words.dims_lead:
                lo = t.end
        parts = v.split(lo, m.start())
        if len(parts) < 2:
            return
        self.pair = parts
        whole = [subj] if subj and subj[1] <= lo else self.topic
        if whole:
            self.emit(whole, row.relation, parts, m.group(), row,
                      backward=row.direction == "backward")   # "分为 A、B 两种类型": kinds

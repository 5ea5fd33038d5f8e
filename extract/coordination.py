"""Coordination inside a span: the conjuncts of "A、B 和 C", with the readings that keep a
phrase whole (a shared head, a shared modifier, tenets of one principle, a joining).

A mixin of spans.View: it uses the View's tokens, trimming and word tables.
"""
from __future__ import annotations

from .charclasses import char_class
from .chunking import NOUNISH
from .claim_words import QUOTED, TITLE
from .collectives import collective_name
from .cuetable import cue_table

__all__ = ["Coordination", "ends_joint"]


class Coordination:
    """View.split and its helpers."""

    def split(self, s: int, e: int) -> list[tuple[int, int]]:
        """Conjuncts of a span; "A、B等Y" gives Y; a shared modifier ("技术与制度的C") keeps it
        whole, but a named thing before 和/与 stands alone ("新兴产业和未来产业的布局")."""
        s, e = self.trim(s, e)
        if s >= e:
            return []
        links = self.words.link
        deng = self.enum_at(s, e)
        if deng is not None:
            de = [t for t in self.tokens_in(deng, e) if t.text in links]
            if de and de[-1].end < e:
                return self.split(de[-1].end, e)   # "A、B等H的X": X, the thing named
            t = self.token_after(deng)
            hs, he = self.trim(t.end, e)
            head_toks = self.tokens_in(hs, he)
            if hs < he and all(x.pos[:1] in NOUNISH or x.text in links or x.pos[:1] in "abmrv"
                               for x in head_toks) and not any(x.text in links for x in head_toks):
                return [(hs, he)]
            return [(s, e)]
        if not self.separator_rx.search(self.text, s, e):
            return [(s, e)]           # most spans: no separator, no token walk
        parts, cur, seps = [], s, []
        toks = self.tokens_in(s, e)
        titles = [m.span() for rx in (TITLE, QUOTED) for m in rx.finditer(self.text, s, e)]
        place = False                 # "Y 在 A、B 上实现 Z": a list inside a place is no list
        for t in toks:
            if place or (t.text in self.words.locative and t.pos[:1] == "p" and t.start > s):
                place = t.pos[:1] != "f"
                continue
            if t.text in self.words.direction and t.start > s:
                break                 # "Y 向 A 和 B 发展": one movement, no list after 向
            if t.text in self.separators and t.start > cur and not any(
                    a < t.start < b for a, b in titles):     # "《…规划和…的建议》", "“A、B”模式"
                parts.append((cur, t.start))
                seps.append(t.text)
                cur = t.end
        parts.append((cur, e))
        if len(parts) == 1:
            return [(s, e)]
        named = collective_name(self, cue_table(self.res), parts)
        if named is not None:
            return [named]           # "A、B 和 C 三链融合": the collective names the list
        part_toks = [self.tokens_in(a, b) for a, b in parts]
        counted = next((i for i, ts in enumerate(part_toks[1:-1], 1)
                        if any(t.text.isdigit() for t in ts[1:-1])), None)
        if counted is not None and not any(t.pos == "m" for ts in part_toks[:counted] for t in ts):
            return [(s, parts[counted][1])] + self.split(parts[counted + 1][0], e)   # "A、B 和 C
            # 3大平台、19类模块": the list that a count closes is one member
        if self._shared_head(parts, seps) or self._compared(parts, part_toks):
            return [(s, e)]          # "原创性、颠覆性创新": modifiers of one head, one span
        if ends_joint(self.words.joint, part_toks[-1]) and (
                len(parts) == 2 or seps[-1] != "、"):
            return [(s, e)]          # "科技创新和产业创新深度融合", "A、B 与 C 融合": one relation
        if len(parts) == 2 and seps[0] != "、" and len(part_toks[-1]) >= 2 and part_toks[0] \
                and not any(t.text == self.words.de for ts in part_toks for t in ts) and (
                    part_toks[-1][-1].text.endswith(tuple(self.words.tenet))
                    and not part_toks[0][-1].text.endswith(tuple(self.words.norm))
                    or part_toks[-1][-1].text in self.words.head
                    and part_toks[0][-1].pos[:1] == "v"
                    and part_toks[0][-1].text not in self.words.head):
            return [(s, e)]          # "人才工作和生活条件", "公平和效率原则": one head
        has_de = [not links.isdisjoint([t.text for t in ts]) for ts in part_toks]
        de = self.words.de
        last = part_toks[-1]
        if not any(has_de[:-1]) and len(last) >= 3 and last[-2].text in links \
                and last[-1].text in self.words.tenet:
            return [(s, e)]          # "统一标准、依法管理的原则": the tenets of one principle
        named = len(parts) == 2 and parts[0][1] - parts[0][0] >= 4 and \
            self.text[parts[0][1] - 1] not in char_class(self.res, "modifier-suffix") and not (
                part_toks[0] and part_toks[0][-1].pos[:1] in "val" and part_toks[0][-1].pos != "vn")
        if not has_de[0] and any(has_de[1:]) and not named and (len(parts) <= 3 or all(
                b - a <= 4 for a, b in parts[:-1])):
            return [(s, e)]          # "技术与制度的C", "跨部门、跨层级的C": a shared modifier
        shared = self._shared_modifier(parts, part_toks)
        if shared:
            return shared            # "政务数据归集、共享、应用": 政务数据共享, 政务数据应用
        k = next((i + 1 for i, x in enumerate(seps) if x in self.words.conjunction), 0)
        shared = self._shared_modifier(parts[k:], part_toks[k:]) if 0 < k < len(parts) - 2 \
            else []
        if shared:                   # "A 和 B归集、共享、应用": A, then B's list
            return self.split(parts[0][0], parts[k - 1][1]) + shared
        if any(b - a <= 2 for a, b in parts[1:-1]) and parts[-1][1] - parts[-1][0] > 2:
            return [(s, e)]          # "…的环境、社会和经济挑战" (not "学生、家长和教师")
        if any(t.pos[:1] == "p" for t in part_toks[-1][1:]):
            return [(s, e)]          # "政府、企业在治理中各司其职": a clause, not a list
        if len(parts) == 2 and len(part_toks[0]) == 1 and parts[0][1] - parts[0][0] <= 2 \
                and len(part_toks[1]) >= 3 and not has_de[1]:
            return [(s, e)]          # "政务和社会数据流通体系": 和 joins modifiers of one head
        if len(parts) > 2 and all(ts and ts[-1].text == de for ts in part_toks[1:-1]) \
                and de in (t.text for t in part_toks[-1][:-1]):
            return [(s, e)]          # "A 或 B 采集的、C 管理的和 D 形成的数据": one head
        tail = part_toks[-1][-2:]
        if len(part_toks[-1]) >= 3 and tail[0].pos in ("a", "an", "ad") \
                and tail[1].pos == "v" and part_toks[-1][-3].pos[:1] in NOUNISH:
            return [(s, e)]          # "A、B 和 C 安全运行": a manner and verb the list shares
        if self._one_word_modifiers(part_toks):
            return [(s, e)]          # "资金、技术投入", "城市和乡村建设": one shared head
        if any(t.text in self.words.between for ts in part_toks[1:] for t in ts):
            return [(s, e)]          # "银行与企业间对接": one relation between both
        out = [self._conjunct(a, b) for a, b in parts]
        out = [(a, b) for a, b in out if a < b]
        return out if all(b - a >= 2 for a, b in out) and (
            len(out) > 2 or all(b - a >= 3 for a, b in out) or has_de[0] is False) else [(s, e)]

    def _shared_head(self, parts, seps) -> bool:
        """True when every part but the last is a modifier (ends with a modifier-suffix
        character, the middle ones short) and the last is one more with the head after it
        ("智能化、绿色化、融合化发展")."""
        suffix, text = char_class(self.res, "modifier-suffix"), self.text
        if any(x not in self.words.conjunction and x != "、" for x in seps):
            return False
        if not all(text[b - 1] in suffix for a, b in parts[:-1]) or any(
                b - a > 4 for a, b in parts[1:-1]):
            return False
        a, b = parts[-1]
        return any(text[i] in suffix for i in range(a + 1, min(a + 4, b - 1)))

    def _one_word_modifiers(self, part_toks) -> bool:
        """True when every part is one two-character noun and the last adds a shared head
        ("资金、技术投入"; not "高校和科研机构", whose 机构 is no shared head)."""
        *firsts, last = part_toks
        return len(last) == 2 and last[1].text in self.words.shared_head and all(
            len(ts) == 1 and len(ts[0].text) == 2 and ts[0].pos[:1] in "nvj"
            for ts in (*firsts, last[:1]))

    def _compared(self, parts, part_toks) -> bool:
        """True when every part opens with a word of comparison and only the last holds 的
        ("更高质量、更加公平、更为安全的发展": one head the comparisons share); the first
        part may open with its verb ("实现更高质量") or have lost its word to the lead trimming."""
        words, text = self.words.comparative, self.text
        a = parts[0][0]
        if not words or not all(text.startswith(words, b) for b, _ in parts[1:]) or not (
                text.endswith(words, 0, a)
                or any(text.startswith(words, t.start) for t in part_toks[0])):
            return False
        de = self.words.de
        return all(t.text != de for ts in part_toks[:-1] for t in ts) and any(
            t.text == de for t in part_toks[-1])

    def _conjunct(self, a: int, b: int) -> tuple[int, int]:
        """A conjunct trimmed; a lead word before a lone verb stays: "全链条贯通" is the
        conjunct (the lead word is its subject), not 贯通."""
        s, e = self.trim(a, b)
        if s > a and s < e:
            toks = self.tokens_in(s, e)
            if len(toks) == 1 and toks[0].pos == "v":
                return self.lead_end(a, e, frozenset()), e
        return s, e

    def _shared_modifier(self, parts, part_toks) -> list[tuple[int, int]]:
        """In a list of three or more, conjuncts after the first that are single short words
        take the first's modifier as their label ("X 的完整性、先进性、安全性" -> X 的先进性;
        "政务数据归集、共享、应用" -> 政务数据共享); [] when the parts are no such list. Two
        ("X 的形成与发展") stay one span."""
        first = part_toks[0]
        de = self.words.de
        if len(parts) == 2 and len(first) >= 3 and de in (t.text for t in first[1:-1]) \
                and first[0].text not in self.verbs and not self.verbal(first[0]) and all(
                ts[-1].pos[:1] in "na" and ts[-1].pos != "vn" for ts in part_toks) \
                and len(part_toks[1]) == 1:
            pass                     # "X 的广度和深度": two qualities, each of X
        elif len(parts) < 3 or len(first) < 2 or len(first[-1].text) > 3 or not all(
                len(ts) == 1 and b - a <= 3 and ts[0].pos[:1] in "vna"
                for ts, (a, b) in zip(part_toks[1:], parts[1:])):
            return []
        cut = first[-1].start
        if first[-2].text != de and not (first[-1].pos[:1] == "v" or first[-1].pos == "vn"
                                         or len(parts) == 2):
            return []                # "数字经济、社会": no action or quality shares a modifier
        prefix = self.text[parts[0][0]:cut]
        out = [self.trim(a, b) for a, b in parts]
        if any(a >= b for a, b in out):
            return []
        for a, b in out[1:]:
            self.labels[(a, b)] = prefix + self.text[a:b]
        return out


def ends_joint(joint: frozenset, toks) -> bool:
    """True when the tokens end with a joint head, one token or two ("融合" + "发展")."""
    return bool(toks) and (toks[-1].text in joint or len(toks) > 2
                           and toks[-2].text + toks[-1].text in joint)

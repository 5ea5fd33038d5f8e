"""Trimming of spans inside one sentence: edge punctuation, leading function words, trailing
adverbs and particles (a mixin of spans.View)."""
from __future__ import annotations


from .charclasses import char_class
from .cuetable import cue_table, phrase_words
from .enumeration import CLOSING, QUOTES, separators
from .resources import Resources, derived

__all__ = ["Trimming", "defaults", "EDGE"]

#: Punctuation and space that trimming strips from both edges of a span.
EDGE = " \t，,。；;：:、！？!?（）()【】-—–－·"
_QUOTES = {b: a for a, b in QUOTES.items()}   # a closing quote and its opening one
_STRAIGHT = {"“": '"', "‘": "'"}                # a straight mark closes a curly one in some texts
_OPENS = {a: b + _STRAIGHT.get(a, "") for a, b in QUOTES.items()}   # what may close each
_QUOTE_MARKS = frozenset(_QUOTES) | frozenset(_OPENS)
_NO_WORDS: frozenset = frozenset()

_ENDS: dict[frozenset, tuple[frozenset, frozenset]] = {}
_NO_TAIL = frozenset()


def _ends(words: frozenset) -> tuple[frozenset, frozenset]:
    """First and last two characters of the 2-4 character words of a word list (a cheap test
    before the slices that find a word the segmenter cut in two)."""
    found = _ENDS.get(words)
    if found is None:
        if len(_ENDS) >= 64:
            _ENDS.clear()
        mid = [w for w in words if 2 <= len(w) <= 4]
        found = _ENDS[words] = (frozenset(w[:2] for w in mid), frozenset(w[-2:] for w in mid))
    return found


@derived
def defaults(res: Resources) -> tuple:
    """Phrase words, cue verbs, the default lead words, the first and last two characters
    of the default lead and tail words, and the separators of an enumeration with their regex."""
    w = phrase_words(res)
    lead = w.lead | w.create
    return (w, cue_table(res).verbs, lead, _ends(lead)[0], _ends(w.tail)[1], *separators(res))


class Trimming:
    """Mixin of View: `trim` and `strip_verb` over its text, tokens and offset indexes."""

    # -- trimming ---------------------------------------------------------------------------
    def trim(self, s: int, e: int, lead: frozenset | None = None,
             tail: frozenset | None = None) -> tuple[int, int]:
        """Strip edge punctuation, leading function words and trailing adverbs/particles.

        With the default word lists, conjunctions (by tag) go too, and prepositions and
        particles at the end. A word the segmenter cut in two ("本质/上") goes as well.
        """
        key = (s, e, lead, tail)
        found = self._trimmed.get(key)      # the View's own memo: ~30% of its trims recur
        if found is not None:
            return found
        by_pos = lead is None
        if by_pos:
            lead, firsts = self._lead, self._firsts
        else:
            firsts = (_ENDS.get(lead) or _ends(lead))[0] if lead else None
        if tail is None:
            tail, lasts = self.words.tail, self._lasts
        else:
            lasts = (_ENDS.get(tail) or _ends(tail))[1] if tail or by_pos else None
        text, toks = self.text, self.tokens
        if s < e and text[s] not in EDGE and text[e - 1] not in EDGE \
                and text[s] not in _QUOTE_MARKS and text[e - 1] not in _QUOTE_MARKS:
            # most spans have nothing to strip: say so without the loop below
            plain = True
            if firsts is not None:
                i = self.by_start.get(s)
                if i is not None:
                    t = toks[i]
                    w = t.text
                    plain = w not in lead and not (by_pos and (
                        w in self.words.conjunction or t.pos[:1] == "c"
                        and w not in self.separators))
                plain = plain and text[s:s + 2] not in firsts
            if plain and lasts is not None:
                i = self._after.get(e)
                if i:
                    t = toks[i - 1]
                    plain = t.text not in tail and not (by_pos and t.pos[:1] in "cpu")
                plain = plain and text[e - 2:e] not in lasts
            if plain:
                found = self._trimmed[key] = s, e
                return found
        found = self._trimmed[key] = self._strip(s, e, by_pos, lead, firsts, tail, lasts)
        return found

    def past_edge(self, s: int, e: int) -> int:
        """Where a clause [s, e) starts past edge punctuation ("、", "（"), or `s`."""
        return self.lead_end(s, e, _NO_WORDS) if s < e and self.text[s] in EDGE else s

    def time_end(self, s: int, e: int) -> int:
        """End of a time that opens [s, e) ("7月底前", "“十四五”时期", "近年来"): numbers, place
        words (tag f) and quote marks around a time word (phrase_words time, tag t); else `s`."""
        end, timed, quotes = s, False, char_class(self.res, "quote")
        for tok in self.tokens_in(s, e):
            if tok.text in self.words.time or tok.pos == "t":
                timed = True
            elif not (tok.pos in ("m", "f") or tok.text.isdigit() or tok.text in quotes):
                break
            end = tok.end
        return end if timed else s

    def lead_end(self, s: int, e: int, lead: frozenset) -> int:
        """trim(s, e, lead=lead, tail=frozenset())[0]: where [s, e) starts without its leading
        words (the clause openings ask this ~3k times; the common case skips trim's memo)."""
        text = self.text
        if not lead:                  # edge punctuation only (every clause of clause_infos)
            while s < e and text[s] in EDGE:
                s += 1
            return s
        if s < e and text[s] not in EDGE and text[e - 1] not in EDGE:
            i = self.by_start.get(s)
            if (i is None or self.tokens[i].text not in lead) and \
                    text[s:s + 2] not in (_ENDS.get(lead) or _ends(lead))[0]:
                return s
        return self.trim(s, e, lead=lead, tail=_NO_TAIL)[0]

    def _strip(self, s: int, e: int, by_pos: bool, lead: frozenset, firsts: frozenset | None,
               tail: frozenset, lasts: frozenset | None) -> tuple[int, int]:
        """trim's loop, for a span the quick test above did not pass."""
        text, toks, by_start, after = self.text, self.tokens, self.by_start, self._after
        links, conjunctions, seps = self.words.link, self.words.conjunction, self.separators
        while True:
            s0, e0 = s, e
            while s < e and text[s] in EDGE:
                s += 1
            while e > s and text[e - 1] in EDGE:
                opening = CLOSING.get(text[e - 1])
                if opening is not None and text.find(opening, s, e - 1) >= 0:
                    break             # "M（部门协同平台）": the note closes inside the span
                e -= 1
            if e > s and (text[e - 1] in _OPENS or text[e - 1] in _QUOTES
                          and text.find(_QUOTES[text[e - 1]], s, e - 1) < 0):
                e -= 1                # "共同富裕”", "时期要“": a quote opened outside the span
            if e > s and (text[s] in _QUOTES or text[s] in _OPENS and not any(
                    text.find(c, s + 1, e) >= 0 for c in _OPENS[text[s]])):
                s += 1                # "“共同富裕": a quote closed outside the span
            while firsts is not None and s < e:
                i = by_start.get(s)
                if i is not None:
                    t = toks[i]
                    j = by_start.get(t.end)
                    if j is not None and toks[j].text in links:
                        break         # "积极的财政政策": an adjective, not an adverb
                    w = t.text
                    if t.end <= e and (w in lead or by_pos and (
                            t.pos[:1] == "c" and w not in seps or w in conjunctions)):
                        s = t.end
                        continue
                if text[s:s + 2] not in firsts:
                    break
                for k in (4, 3, 2):
                    if s + k <= e and text[s:s + k] in lead and s + k in by_start:
                        s += k
                        break
                else:
                    break
            while lasts is not None and e > s:
                i = after.get(e)
                if i:
                    t = toks[i - 1]
                    if t.start >= s and (t.text in tail or by_pos and t.pos[:1] in "cpu"):
                        e = t.start
                        continue
                if text[e - 2:e] not in lasts:
                    break
                for k in (4, 3, 2):
                    if e - k >= s and text[e - k:e] in tail and after.get(e - k):
                        e -= k
                        break
                else:
                    break
            if s == s0 and e == e0:
                return s, e

    def strip_verb(self, s: int, e: int) -> tuple[int, int]:
        """Drop a leading cue verb ("确保人才结构" -> "人才结构")."""
        t = self.token_after(s)
        if t is not None and t.text in self.verbs and t.end < e:
            return self.trim(t.end, e)
        return s, e

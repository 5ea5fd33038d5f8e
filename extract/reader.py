"""The clause reader: one sentence, clause by clause, carrying its subject, means and objects.

Frames live in frames.py, circums.py and infix.py, the two sides of a cue in sides.py, what
carries from clause to clause (topic, the object before, default subjects) in context.py
(mixins); this module holds the state they share and the output.
"""
from __future__ import annotations

import re

from .claim_words import TITLE, Span, clause_spans, content, sets
from .aims import read_aims
from .embedded import read_embedded
from .norms import read_norms
from .chains import read_chains
from .clauses import clause_infos, opens_favour, speech_frame
from .collectives import read_collectives
from .context import ClauseContext
from .premods import read_premods
from .roles import read_roles
from .cuetable import CueRow, CueTable
from .enum_frames import EnumReader
from .circums import CircumReader, closers
from .frames import FrameReader, adjectives
from .infix import InfixReader
from .lexicon import Lexicon
from .mentions import make_mention
from .model import Claim
from .sides import SideReader
from .spans import View
from .tablememo import per_table
from .wordrx import alternation

__all__ = ["ClauseReader"]


@per_table
def _norm_cues(table) -> re.Pattern | None:
    """Any cue of an alignsWith aim row (按照, 根据 …): where norms.py may find a norm."""
    words = [c for r in table.rows if r.frame == "aim" and r.relation == "alignsWith"
             for c in r.cues]
    return re.compile(alternation(words)) if words else None


class ClauseReader(FrameReader, CircumReader, EnumReader, InfixReader, SideReader, ClauseContext):
    """Reads one sentence clause by clause, carrying subject, means and antecedents."""

    def __init__(self, view: View, table: CueTable, lexicon: Lexicon, pair: list[Span] | None):
        self.v = view
        self.res = view.res
        self.sets = sets(view.res)      # the word sets derived from the tables
        self.t = table
        self.lex = lexicon
        self._topic: list[Span] = []
        self._pending: list[tuple] = []    # clauses not yet read for a subject (lazy)
        self._subjects: dict[Span, Span | None] = {}   # cue_subject by clause
        self._object_clause: tuple | None = None
        self.weak_topic = False       # the topic came from a 以/通过 phrase, not a subject
        self.open_before = False
        self.means: list[Span] = []
        self.agent: list[Span] = []
        self.last_default: list = []  # the default cause of the last cue read (default_x)
        self.scope: list = []         # the cause a favour cue's later predicates share
        self.scope_row: CueRow | None = None     # and that cue's row
        self.first_clause = -1        # where the sentence's first clause starts (read sets it)
        self.first_end = -1           # and where it ends
        self.opening_from = self.opening_upto = 0   # where opening() answers: the third
                                                    # clause up to the first ；
        self._opening: list[Span] | None = None   # opening()'s answer, once asked
        self._object_value: tuple[int, int, bool, str] | None = None
        self._object_spans: tuple | None = None
        self.means_open = False       # a means phrase closed the clause before ("通过 M,")
        self.means_row = None         # and its cue row, when the row names a relation (依托)
        self.means_age = 0            # clauses read since the means phrase
        self.means_gone = False       # a means phrase's scope ran out in this sentence
        self.gone_agent: list[Span] = []   # the agent of that means phrase
        self.means_lead = False       # the means phrase opened its clause ("通过 M，")
        self.relative_head: Span | None = None
        self.enum_used: set[int] = set()
        self.copula_starts: list[int] = []
        self.pair = pair or []
        self.out: dict[tuple, Claim] = {}
        self.made: dict[Span, object] = {}   # emit's Mentions by span (this sentence only)
        self.consumed: list[Span] = []
        #: lead_end(cs, ce, clause_lead) of the clauses read (by start): clause_infos asks again
        self.lead_ends: dict[int, int] = {}
        self.titles = [(m.start(), m.end()) for m in TITLE.finditer(view.text)] \
            if "《" in view.text else []
        self.closers = closers(table)
        self.adjectives = adjectives(view.words)    # modifiers' and copulas' test
        self.has_closer = self.closers.search(view.text) is not None   # circums' test
        # what the sentence holds at all: a clause of it holds a word only if the sentence
        # does (each pattern a plain word list), so most clauses skip these searches
        text, sets_ = view.text, self.sets
        self.has_adj = self.adjectives is not None and \
            self.adjectives.search(text) is not None
        self.has_dims = table.dims_rx.search(text) is not None
        self.has_means = table.means_rx.search(text) is not None
        self.has_co = sets_.co_actors is not None and sets_.co_actors.search(text) is not None
        self.has_speech = sets_.speech is not None and sets_.speech.search(text) is not None

    # -- output -----------------------------------------------------------------------------
    def emit(self, xs, relation: str, ys, cue: str, row: CueRow, role: str = "",
             backward: bool = False, nested: bool = False) -> None:
        s, text = self.v.sentence, self.v.text
        xs = [x for x in xs if content(self.res, text[x[0]:x[1]], relation == "broader")]
        ys = [y for y in ys if content(self.res, text[y[0]:y[1]])] if xs else []
        made = self.made              # each span's Mention, built once per sentence
        labels = self.v.labels        # conjuncts labelled with the modifier they share
        for x in xs:
            for y in ys:
                a, b = (y, x) if backward else (x, y)
                if a[0] < b[1] and b[0] < a[1] and not nested:
                    continue          # overlapping spans, but a name may hold its object
                ma = made.get(a) or made.setdefault(
                    a, make_mention(s.doc_id, s, a[0], a[1], self.lex, labels.get(a),
                                    res=self.res))
                mb = made.get(b) or made.setdefault(
                    b, make_mention(s.doc_id, s, b[0], b[1], self.lex, labels.get(b),
                                    res=self.res))
                if ma.label == mb.label:
                    continue
                key = (ma.label, relation, mb.label)
                if key not in self.out:
                    self.out[key] = Claim(s.doc_id, s.index, ma, relation, mb, cue, row.id, role)

    def supersede(self, xs, relation: str, ys) -> None:
        """Drop claims of `relation` to the labels of `ys` whose subject swallows one of `xs`
        (a later, narrower reading of the same cue: "重视 A 在推动 B 中的作用")."""
        made, at = self.made, self.v.sentence.start      # mentions hold document offsets
        objects = {m.label for m in (made.get(y) for y in ys) if m is not None}
        objects |= {self.v.text[y[0]:y[1]] for y in ys}
        for key, c in list(self.out.items()):
            a, b = c.subject.start - at, c.subject.end - at
            if c.relation == relation and c.object.label in objects and any(
                    a <= x[0] and x[1] <= b and (a, b) != x for x in xs):
                del self.out[key]

    def is_consumed(self, a: int, b: int) -> bool:
        return bool(self.consumed) and any(s <= a and b <= e for s, e in self.consumed)

    def in_title(self, a: int) -> bool:
        return bool(self.titles) and any(s < a < e for s, e in self.titles)

    # -- clauses ----------------------------------------------------------------------------
    def read(self) -> list[Claim]:
        v = self.v
        m = self.sets.marker.match(v.text)
        lo = m.end() if m else 0
        text, search = v.text, self.sets.any_cue.search
        spans = clause_spans(self.t, text, lo)
        self.first_clause = v.lead_end(*spans[0], self.sets.clause_lead) if spans else -1
        if spans:
            self.lead_ends[spans[0][0]] = self.first_clause
        self.first_end = spans[0][1] if spans else -1
        if len(spans) > 2:
            self.opening_from = spans[2][0]
            self.opening_upto = next((cs for cs, _ in spans[1:] if text[cs - 1] in "；;"),
                                     len(text))
        cued = [search(text, cs, ce) is not None for cs, ce in spans]
        # nothing reads what the last clause with a cue leaves behind: clauses after it
        # are skipped, and it keeps no topic or object (list methods beat a generator)
        last = len(cued) - 1 - cued[::-1].index(True) if True in cued else -1
        for k in range(len(spans)):
            if k > last and not self.scope and self.means_row is None:
                break                 # "有利于 V1 A，开展 B", "依托 M，做好 B": B is read
            cs, ce = spans[k]
            if cs > 0 and text[cs - 1] in "；;":
                self.topic, self.means, self.agent = [], [], []   # a new sentence, in effect
                self.means_gone, self.gone_agent = False, []
                self.scope = []
                self._object_at = None
            self.clause(cs, ce, cued[k], k == last)
        norm = _norm_cues(self.t)
        has_norm = norm is not None and norm.search(text) is not None
        if len(spans) > 1 or has_norm:
            # readings across clauses need two of them; norms inside one clause, their cue
            infos = clause_infos(self, spans)
            read_chains(self, infos)
            read_aims(self, infos)
            if has_norm:              # norms.py's cues are among _norm_cues's
                read_norms(self, infos)
        read_collectives(self)
        read_roles(self)
        read_premods(self)
        read_embedded(self)
        return list(self.out.values())

    def clause(self, cs: int, ce: int, cued: bool | None = None, final: bool = False) -> None:
        v = self.v
        self.consumed = []
        self.copula_starts = []
        if not (self.sets.any_cue.search(v.text, cs, ce) if cued is None else cued):
            self.quiet_clause(cs, ce)
            return
        if v.is_adverbial(cs, ce):
            self.passive(cs, ce)
            self.enumerations(cs, ce)
            return
        cs2 = self.lead_ends.get(cs)
        if cs2 is None:
            cs2 = self.lead_ends[cs] = v.lead_end(cs, ce, self.sets.clause_lead)
        if cs2 >= ce:
            return
        # the subject is needed now only by a means phrase or dims; else a later clause
        # reads it when it asks for the topic or the object before (as for quiet clauses)
        dims_cue = self.has_dims and self.t.dims_rx.search(v.text, cs2, ce)
        now = self.means or self.agent or self.means_open or dims_cue
        subj = self.cue_subject(cs2, ce) if now else None
        if subj and self.means_open:
            self.agent = [subj]
        elif subj:
            self.means, self.agent = [], []
        was_open, self.means_open = self.means_open, False
        self.open_before = was_open   # means_frame: an open means before stays an agent
        self.age_means()
        # each frame's own test first, here, where the clause is at hand: most clauses have
        # no 的 or adjective (modifiers, copulas), no closing word (circums), no 等
        text = v.text
        framed = text.find(v.words.de, cs2, ce) >= 0 or (
            self.has_adj and self.adjectives.search(text, cs2, ce) is not None)   # "…新引擎"
        if self.pair:
            self.anaphor(cs2, ce)
        if framed:
            self.modifiers(cs2, ce)
        if dims_cue:
            self.dims(cs2, ce, subj)
        if self.has_means:
            self.means_frame(cs2, ce, subj)
        if framed:
            self.copulas(cs2, ce)
        if self.has_closer and self.closers.search(text, cs2, ce):
            self.circums(cs2, ce)
        before = len(self.out)
        self.infixes(cs2, ce)
        if was_open and len(self.out) == before:
            self.open_means_object(cs2, ce)   # "依托 M，做好 Y"
        if v.has_enum and self.t.enum_rx.search(text, cs, ce):
            self.enumerations(cs, ce)
        if final:
            return
        if not now and not self.weak_topic:   # weak_topic stays as it was until then
            self._pending.append((cs2, ce, True))
            if self.relative_head:
                self.object_of(cs2, ce, None)
            else:
                self._object_clause = (cs2, ce, True)
            return
        if not now:
            subj = self.cue_subject(cs2, ce)
        if subj:
            self.topic, self.weak_topic = [subj], False
            if was_open:
                self.means, self.agent = [], []
        self.object_of(cs2, ce, subj)

    def age_means(self) -> None:
        """One more clause since the means phrase: after three its scope has run out."""
        self.means_age += 1
        if self.means_age > 3:
            if self.means and self.means_lead:
                self.means_gone, self.gone_agent = True, self.agent
            self.means, self.agent = [], []

    def quiet_clause(self, cs: int, ce: int) -> None:
        """A clause without cues: remember it as a subject and object candidate, unread."""
        v = self.v
        cs2 = self.lead_ends.get(cs)
        if cs2 is None:
            cs2 = self.lead_ends[cs] = v.lead_end(cs, ce, self.sets.clause_lead)
        if cs2 >= ce:
            return
        self.age_means()
        if self.means:
            subj = v.subject(cs2, ce)
            if subj and self.means_open:
                self.agent = [subj]
            elif subj:
                self.means, self.agent = [], []
        if self.means_open:
            self.open_means_object(cs2, ce)   # "依托 M，开展 Y"
        self.means_open = False
        at = v.past_edge(cs, ce)
        if self.has_speech and speech_frame(self, at, ce, cs):
            return                # "X 指出：…": the speaker is no subject, the quote no object
        if not self.scope and self.prev_object and opens_favour(self, cs, ce):
            self.scope = [(self.prev_object, "")]    # "发挥 X 作用，能够调节 A，提高 B"
        elif self.scope and self.scope_row is not None:   # "有利于 V1 A，开展 B": B too
            got = self.object_at(cs2, ce, None)
            if got is not None:
                for spans, role in self.scope:
                    self.emit(spans, self.scope_row.relation, self.right_spans(got[0], ce),
                              self.scope_row.cues[0], self.scope_row, role)
        self._pending.append((cs2, ce, False))
        self._object_clause = (cs2, ce, False)

"""The vis-network nodes, edges and options of a selection, built with pyvis.

Node colour is the concept category, size the number of claims; edge colour and dash are
the relation, width the number of distinct supporting sentences; two links between the same
pair of concepts are curved apart. Positions come from the selection (computed in Python),
so the page runs no physics. Long labels are wrapped (the full label is `pk_label`).
Tooltips are plain text (vis-network shows a string title with innerText), so source text in
them is never parsed as HTML.
"""
from __future__ import annotations

import json
import math
from collections import Counter

from .labels import FONT_SIZE, node_radius, wrap
from .model import Evidence, GraphView, LinkView
from .select import Selection
from .style import FONT_STACK, category_style, relation_style

__all__ = ["Tables", "build_network", "vis_options"]

_TIP_SENTENCES = 3
_TIP_CHARS = 90


class Tables:
    """Shared, de-duplicated document / sentence / claim tables referenced by index."""

    def __init__(self):
        self.docs: list[dict] = []
        self.sentences: list[dict] = []
        self.claims: list[dict] = []
        self._doc: dict[tuple[str, str], int] = {}
        self._sent: dict[str, int] = {}
        self._claim: dict[str, int] = {}

    def sentence(self, ev: Evidence) -> int:
        if ev.iri not in self._sent:
            key = (ev.doc_title, ev.doc_source)
            if key not in self._doc:
                self._doc[key] = len(self.docs)
                self.docs.append({"title": ev.doc_title, "source": ev.doc_source})
            self._sent[ev.iri] = len(self.sentences)
            self.sentences.append({"t": ev.text, "d": self._doc[key], "b": ev.begin, "e": ev.end})
        return self._sent[ev.iri]

    def claim(self, c, view: GraphView) -> int:
        if c.iri not in self._claim:
            self._claim[c.iri] = len(self.claims)
            self.claims.append({
                "s": view.concepts[c.subject].label, "p": c.relation,
                "o": view.concepts[c.object].label, "cue": c.cue, "st": c.subject_text,
                "ot": c.object_text, "ev": [self.sentence(e) for e in c.evidence]})
        return self._claim[c.iri]


def _clip(text: str, n: int = _TIP_CHARS) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


def build_network(view: GraphView, sel: Selection, tables: Tables, prefix: str = ""):
    """(nodes, edges, vis options, physics on) for the selection, built with a pyvis Network.

    Node ids are PREFIXn0…, edge ids PREFIXe0…, in the selection's (sorted) order. Extra
    fields for the page script start with pk_; claim and sentence fields are indexes into
    `tables`. Physics is always off: every node has its position.
    """
    from pyvis.network import Network   # imports IPython: keep it off the module import path

    net = Network(directed=True, height="100%", width="100%")
    ids = {c.iri: f"{prefix}n{i}" for i, c in enumerate(sel.concepts)}
    _add_nodes(net, ids, view, sel, tables)
    _add_edges(net, ids, view, sel.links, tables, prefix)
    nodes, edges, _heading, _h, _w, _options = net.get_network_data()
    return nodes, edges, vis_options(), False


def vis_options() -> dict:
    """pyvis's options plus hover, fonts and arrows; no physics, straight edges."""
    from pyvis.network import Network

    net = Network(directed=True, height="100%", width="100%")
    net.toggle_physics(False)
    options = json.loads(net.get_network_data()[-1])
    options["physics"] = {"enabled": False, "stabilization": {"enabled": False}}
    options["edges"]["smooth"] = {"enabled": False}
    options["layout"] = {"randomSeed": 7, "improvedLayout": False}
    options["interaction"].update({"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": False,
                                   "keyboard": {"enabled": True, "bindToWindow": False}})
    options["nodes"] = {"shape": "dot", "borderWidth": 1,
                        "font": {"face": FONT_STACK, "size": FONT_SIZE, "strokeWidth": 4,
                                 "strokeColor": "#ffffff", "color": "#1a1a1a"}}
    options["edges"].update({"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
                             "selectionWidth": 2, "hoverWidth": 1.5})
    options["edges"]["color"] = {"inherit": False}
    return options


def _add_nodes(net, ids: dict[str, str], view: GraphView, sel: Selection,
               tables: Tables) -> None:
    """One dot per concept; its claims are every claim of the graph it takes part in."""
    claims_of: dict[str, list[int]] = {c.iri: [] for c in sel.concepts}
    for ln in view.links:
        for end in (ln.subject,) if ln.subject == ln.object else (ln.subject, ln.object):
            if end in claims_of:
                claims_of[end].extend(tables.claim(c, view) for c in ln.claims)
    obs_of: dict[str, list[int]] = {}
    for i, ob in enumerate(view.observations):
        if ob.indicator in ids:
            obs_of.setdefault(ob.indicator, []).append(i)
    for c in sel.concepts:
        st = category_style(c.category)
        n = len(claims_of[c.iri])
        tip = [c.label, f"类别 category: {st.label} ({c.category or 'other'})"]
        if c.aliases:
            tip.append("别名 aliases: " + "、".join(c.aliases))
        tip.append(f"{n} claims (click to list them)")
        x, y = sel.positions.get(c.iri, (0, 0))
        extra = {"borderWidth": 4} if c.iri == sel.focus else {}
        net.add_node(ids[c.iri], label=wrap(c.label), color=st.colour, size=node_radius(n),
                     title="\n".join(tip), x=x, y=y, physics=False, pk_label=c.label,
                     pk_aliases=list(c.aliases), pk_category=c.category or "other",
                     pk_claims=sorted(set(claims_of[c.iri])), pk_obs=obs_of.get(c.iri, []),
                     pk_focus=c.iri == sel.focus, **extra)


def _edge_tip(view: GraphView, ln: LinkView, relation_label: str) -> str:
    """Plain-text tooltip: the link, relation and cue, and the first supporting sentences."""
    n_ev = ln.evidence_count
    subj, obj = view.concepts[ln.subject].label, view.concepts[ln.object].label
    cues = sorted({c.cue for c in ln.claims if c.cue})
    sents = sorted({e.iri: e for c in ln.claims for e in c.evidence}.values(),
                   key=lambda e: (e.doc_source, e.begin))
    cue_text = f" · 线索 cue: {'、'.join(cues)}" if cues else ""
    tip = [f"{subj} → {obj}", f"{relation_label} {ln.relation}{cue_text}",
           f"{n_ev} supporting sentence(s):"]
    tip += [f"• {_clip(e.text)} — {e.doc_title or e.doc_source}"
            for e in sents[:_TIP_SENTENCES]]
    if n_ev > _TIP_SENTENCES:
        tip.append(f"… {n_ev - _TIP_SENTENCES} more: click the link")
    return "\n".join(tip)


def _add_edges(net, ids: dict[str, str], view: GraphView, links: tuple[LinkView, ...],
               tables: Tables, prefix: str) -> None:
    """One arrow per link; links that share a pair of concepts are curved apart."""
    pair_count = Counter(frozenset((ln.subject, ln.object)) for ln in links)
    pair_seen: Counter = Counter()
    for i, ln in enumerate(links):
        st = relation_style(ln.relation)
        extra = {}
        pair = frozenset((ln.subject, ln.object))
        if pair_count[pair] > 1:
            extra["smooth"] = {"enabled": True, "type": "curvedCW",
                               "roundness": 0.15 + 0.2 * pair_seen[pair]}
            pair_seen[pair] += 1
        n_ev = ln.evidence_count
        net.add_edge(ids[ln.subject], ids[ln.object], id=f"{prefix}e{i}", color=st.colour,
                     dashes=list(st.dashes) or False,
                     width=round(1 + 1.5 * math.log2(max(n_ev, 1)), 2),
                     title=_edge_tip(view, ln, st.label), arrows="to", pk_rel=ln.relation,
                     pk_n=n_ev, pk_claims=[tables.claim(c, view) for c in ln.claims], **extra)

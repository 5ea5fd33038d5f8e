"""Render a view selection as one self-contained, offline HTML page (pyvis network, own template).

pyvis builds the node, edge and option objects; the page itself comes from
assets/template.html with vis-network (from pyvis's package), the page script and styles
inlined, so it makes no request to any host. Source text reaches the page only as JSON inside
a `<script type="application/json">` element (with `<`, `>` and `&` escaped) and is put into
the DOM with textContent; the title is HTML-escaped. Output bytes depend only on the input.
"""
from __future__ import annotations

import html
import json
import math
import re
from importlib import resources
from pathlib import Path

from rdflib import Graph

from .layout import needs_layout, positions
from .model import Evidence, GraphView
from .select import Selection, VizOptions
from .style import asset_text, category_style, relation_style, styles

__all__ = ["FONT_STACK", "page_data", "page_html", "vis_assets"]

FONT_STACK = ('"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", '
              '"Microsoft YaHei", sans-serif')
_TIP_SENTENCES = 3
_TIP_CHARS = 90


def vis_assets() -> tuple[str, str]:
    """(vis-network.min.js, vis-network.css) as shipped inside the pyvis package."""
    lib = resources.files("pyvis").joinpath("lib", "vis-9.1.2")
    js = lib.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = lib.joinpath("vis-network.css").read_text(encoding="utf-8")
    if re.search(r"</script|<!--", js, re.I):
        raise RuntimeError("vis-network.min.js cannot be inlined safely")
    return js, css


class _Tables:
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


def _build_network(view: GraphView, sel: Selection, tables: _Tables):
    """A pyvis Network of the selection; node ids are n0…, edge ids e0… in sorted order."""
    from pyvis.network import Network   # imports IPython: keep it off the module import path

    large = needs_layout(sel)
    pos = positions(sel) if large else {}
    net = Network(directed=True, height="100%", width="100%")
    ids = {c.iri: f"n{i}" for i, c in enumerate(sel.concepts)}
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
        extra = {"x": pos[c.iri][0], "y": pos[c.iri][1], "physics": False} if large else {}
        net.add_node(ids[c.iri], label=c.label, color=st.colour, size=round(10 + 5 * math.sqrt(n), 1),
                     title="\n".join(tip), pk_aliases=list(c.aliases), pk_category=c.category or "other",
                     pk_claims=sorted(set(claims_of[c.iri])), pk_obs=obs_of.get(c.iri, []),
                     pk_focus=c.iri == sel.focus, **extra)
        if c.iri == sel.focus:
            net.node_map[ids[c.iri]]["borderWidth"] = 4
    pair_count: dict[frozenset, int] = {}
    for ln in sel.links:
        pair = frozenset((ln.subject, ln.object))
        pair_count[pair] = pair_count.get(pair, 0) + 1
    pair_seen: dict[frozenset, int] = {}
    for i, ln in enumerate(sel.links):
        st = relation_style(ln.relation)
        n_ev = ln.evidence_count
        subj, obj = view.concepts[ln.subject].label, view.concepts[ln.object].label
        cues = sorted({c.cue for c in ln.claims if c.cue})
        sents = sorted({e.iri: e for c in ln.claims for e in c.evidence}.values(),
                       key=lambda e: (e.doc_source, e.begin))
        tip = [f"{subj} → {obj}", f"{st.label} {ln.relation}" + (f" · 线索 cue: {'、'.join(cues)}" if cues else ""),
               f"{n_ev} supporting sentence(s):"]
        tip += [f"• {_clip(e.text)} — {e.doc_title or e.doc_source}" for e in sents[:_TIP_SENTENCES]]
        if n_ev > _TIP_SENTENCES:
            tip.append(f"… {n_ev - _TIP_SENTENCES} more: click the link")
        extra = {}
        pair = frozenset((ln.subject, ln.object))
        if pair_count[pair] > 1:
            k = pair_seen.get(pair, 0)
            pair_seen[pair] = k + 1
            extra["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.15 + 0.2 * k}
        net.add_edge(ids[ln.subject], ids[ln.object], id=f"e{i}", color=st.colour,
                     dashes=list(st.dashes) or False, width=round(1 + 1.5 * math.log2(max(n_ev, 1)), 2),
                     title="\n".join(tip), arrows="to", pk_rel=ln.relation, pk_n=n_ev,
                     pk_claims=[tables.claim(c, view) for c in ln.claims], **extra)
    net.barnes_hut(gravity=-6000, central_gravity=0.3, spring_length=160, spring_strength=0.03,
                   damping=0.2, overlap=0.2)
    net.toggle_physics(not large)
    net.set_edge_smooth("continuous")
    nodes, edges, _heading, _h, _w, options = net.get_network_data()
    options = json.loads(options)
    options["physics"]["stabilization"] = {"enabled": not large, "iterations": 300, "fit": True,
                                           "updateInterval": 50}
    options["physics"]["minVelocity"] = 1.0
    if large:
        options["edges"]["smooth"] = {"enabled": False}
    options["layout"] = {"randomSeed": 7, "improvedLayout": not large}
    options["interaction"].update({"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large,
                                   "keyboard": {"enabled": True, "bindToWindow": False}})
    options["nodes"] = {"shape": "dot", "borderWidth": 1,
                        "font": {"face": FONT_STACK, "size": 15, "strokeWidth": 3,
                                 "strokeColor": "#ffffff"}}
    options["edges"].update({"arrows": {"to": {"enabled": True, "scaleFactor": 0.7}},
                             "selectionWidth": 2, "hoverWidth": 1.5})
    options["edges"]["color"] = {"inherit": False}
    return nodes, edges, options, not large


def page_data(view: GraphView, sel: Selection, options: VizOptions, graph_name: str) -> dict:
    """Everything the page script needs, as plain JSON-able data."""
    tables = _Tables()
    nodes, edges, vis_options, physics = _build_network(view, sel, tables)
    events = [{"year": e.year, "ys": e.year_source, "kind": e.kind, "actor": e.actor,
               "doc": e.document, "ev": [tables.sentence(x) for x in e.evidence]}
              for e in view.events]
    obs = [{"ind": view.concepts[o.indicator].label if o.indicator in view.concepts else "",
            "it": o.indicator_text, "v": o.value, "min": o.min_value, "max": o.max_value,
            "unit": o.unit, "year": o.year, "q": o.qualifier,
            "ev": [tables.sentence(x) for x in o.evidence]} for o in view.observations]
    legend_cats = sorted({n["pk_category"] for n in nodes})
    legend_rels = sorted({e["pk_rel"] for e in edges} | set(options.relations))
    order = list(styles())
    return {
        "title": options.title or f"policykg: {graph_name}",
        "graph": graph_name,
        "message": sel.message,
        "focus": {"label": view.concepts[sel.focus].label if sel.focus else "",
                  "depth": options.depth},
        "stats": {"concepts": len(view.concepts), "links": len(view.links),
                  "claims": sum(len(ln.claims) for ln in view.links),
                  "events": len(view.events), "observations": len(view.observations),
                  "documents": view.documents, "shown_concepts": len(nodes),
                  "shown_links": len(edges)},
        "legend": {
            "categories": [vars(category_style(c)) | {"dashes": []} for c in
                           sorted(legend_cats, key=lambda c: order.index(("category", c))
                                  if ("category", c) in order else len(order))],
            "relations": [vars(relation_style(r)) | {"key": r, "dashes": list(relation_style(r).dashes)}
                          for r in sorted(legend_rels, key=lambda r: order.index(("relation", r))
                                          if ("relation", r) in order else len(order))]},
        "physics": physics,
        "options": vis_options,
        "nodes": nodes, "edges": edges,
        "claims": tables.claims, "sentences": tables.sentences, "docs": tables.docs,
        "events": events, "observations": obs,
    }


def _json_for_script(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def page_html(data: dict) -> str:
    """The complete HTML document for `page_data` output."""
    vis_js, vis_css = vis_assets()
    parts = {
        "TITLE": html.escape(data["title"]),
        "VIS_CSS": vis_css, "APP_CSS": asset_text("app.css"),
        "VIS_JS": vis_js, "APP_JS": asset_text("app.js"),
        "DATA": _json_for_script(data),
    }
    template = asset_text("template.html")
    return re.sub(r"@@(\w+)@@", lambda m: parts[m.group(1)], template)

"""Which concepts a capped view draws: ranking, the cap itself, and the legible automatic cap.

Concepts are taken link by link, best link first (nearest the focus, then by the weaker end's
distinct neighbours and claims), so every drawn concept keeps a link. The automatic cap lays
out candidate views (viz/layout.py) and keeps the largest, at most `OVERVIEW_MAX` concepts,
whose drawing fits the 1600x1000 window's network area with labels of `MIN_LABEL_PX` pixels
or more and no label box over another. Pairs the cap cuts off their component are left out.
"""
from __future__ import annotations

import math
from collections import Counter

import networkx as nx

from .labels import FONT_SIZE, label_box, node_radius
from .layout import CANVAS, Arrangement, arrange, fit_scale
from .model import ConceptView, GraphView, LinkView

__all__ = ["MIN_LABEL_PX", "OVERVIEW_MAX", "small_parts", "neighbours", "ranking", "cap",
           "arrangement", "auto_cap"]

#: Label size the automatic cap aims at (the browser test asks for at least 12 px).
MIN_LABEL_PX = 13.0
#: The automatic cap draws at most this many concepts: an overview, not the whole graph.
OVERVIEW_MAX = 90


def small_parts(links: list[LinkView], most: int = 2) -> set[str]:
    """Concepts of connected components of two to `most` concepts."""
    index = {iri: i for i, iri in enumerate(sorted({e for ln in links
                                                      for e in (ln.subject, ln.object)}))}
    g = nx.Graph()
    g.add_nodes_from(index.values())
    g.add_edges_from((index[ln.subject], index[ln.object]) for ln in links)
    names = {i: iri for iri, i in index.items()}
    return {names[i] for comp in nx.connected_components(g) if 2 <= len(comp) <= most
            for i in comp}


def neighbours(links: list[LinkView]) -> dict[str, set[str]]:
    nbrs: dict[str, set[str]] = {}
    for ln in links:
        nbrs.setdefault(ln.subject, set()).add(ln.object)
        nbrs.setdefault(ln.object, set()).add(ln.subject)
    return nbrs


def ranking(links: list[LinkView], dist: dict[str, int], labels: dict[str, ConceptView],
             nbrs: dict[str, set[str]]):
    """(ranked concepts, link key). Concepts: nearest the focus, most distinct neighbours,
    claims, label. Links: nearest the focus, then by their weaker end, then their stronger end
    (so links between well-connected concepts come before a hub's leaves)."""
    claims = Counter()
    for ln in links:
        claims[ln.subject] += len(ln.claims)
        claims[ln.object] += len(ln.claims)

    def concept(iri: str):
        return (dist.get(iri, 0), -len(nbrs.get(iri, ())), -claims[iri], labels[iri].label, iri)

    def link(ln: LinkView):
        a, b = sorted((concept(ln.subject), concept(ln.object)))
        return (max(a[0], b[0]), b[1:3], a[1:3], -len(ln.claims), a[3], ln.relation, b[3])
    return sorted(nbrs, key=concept), link


def cap(links: list[LinkView], link_key, focus: str, limit: int) -> set[str]:
    """At most `limit` concepts, taken link by link (best link first), so each keeps a link."""
    kept = {focus} if focus else set()
    for ln in sorted(links, key=link_key):
        new = {ln.subject, ln.object} - kept
        if len(kept) + len(new) <= limit:
            kept |= new
            if len(kept) >= limit:
                break
    return kept


def arrangement(order: list[str], links: list[LinkView], view: GraphView,
                 claims: Counter) -> Arrangement:
    index = {iri: i for i, iri in enumerate(order)}
    edges = [(index[ln.subject], index[ln.object], float(ln.evidence_count)) for ln in links
             if ln.subject in index and ln.object in index]
    boxes = [label_box(view.concepts[i].label, node_radius(claims[i])) for i in order]
    return arrange(len(order), edges, boxes)


def _legible(a: Arrangement) -> bool:
    return a.overlaps == 0 and FONT_SIZE * fit_scale(a.size) >= MIN_LABEL_PX


def auto_cap(links, ranked: list[str], link_key, focus, view, claims):
    """The largest legible cap up to `OVERVIEW_MAX`: the whole overview if it fits, otherwise
    searched from an estimate of how many label boxes the window holds."""
    budget = CANVAS[0] * CANVAS[1] * (FONT_SIZE / MIN_LABEL_PX / 1.1) ** 2 * 0.45
    area, start = 0.0, 0
    for iri in ranked:
        area += label_box(view.concepts[iri].label, node_radius(claims[iri])).area
        if area > budget:
            break
        start += 1
    tried: dict[int, tuple[set[str], Arrangement, bool]] = {}
    whole = small_parts(links) | {focus}

    def attempt(k: int):
        if k not in tried:
            kept, banned = set(), set()
            for _ in range(4):      # pairs the cap cut off their part: left out, and refill
                kept = cap([ln for ln in links if not {ln.subject, ln.object} & banned],
                           link_key, focus, k)
                cut = small_parts([ln for ln in links
                                   if ln.subject in kept and ln.object in kept]) - whole
                kept -= cut
                banned |= cut
                if not cut:
                    break
            order = [i for i in ranked if i in kept]
            a = arrangement(order, links, view, claims)
            tried[k] = (kept, a, _legible(a))
        return tried[k]
    top = min(len(ranked), OVERVIEW_MAX)
    if attempt(top)[2]:
        return attempt(top)[:2]
    k = max(min(start, top - 1), 3)
    if attempt(k)[2]:
        while k < top - 1 and attempt(min(top - 1, math.ceil(k * 1.1)))[2]:
            k = min(top - 1, math.ceil(k * 1.1))
    else:
        while k > 3 and not attempt(k)[2]:
            k = max(3, int(k * 0.88))
    return attempt(k)[:2]

"""Pre-computed node positions for large views, so the browser need not run physics."""
from __future__ import annotations

import math

import networkx as nx

from .select import Selection

__all__ = ["PRECOMPUTE_ABOVE", "needs_layout", "positions"]

#: Above this many nodes the page gets fixed positions and no physics simulation.
PRECOMPUTE_ABOVE = 150


def needs_layout(selection: Selection) -> bool:
    return len(selection.concepts) > PRECOMPUTE_ABOVE


def positions(selection: Selection, seed: int = 7) -> dict[str, tuple[int, int]]:
    """Concept IRI -> (x, y) in vis-network pixels, from a seeded spring layout (deterministic)."""
    g = nx.Graph()
    g.add_nodes_from(c.iri for c in selection.concepts)
    for ln in selection.links:
        if ln.subject != ln.object:
            g.add_edge(ln.subject, ln.object, weight=len(ln.claims))
    n = max(g.number_of_nodes(), 1)
    pos = nx.spring_layout(g, seed=seed, iterations=60, k=1.5 / math.sqrt(n))
    scale = 90 * math.sqrt(n)
    return {iri: (round(float(x) * scale), round(float(y) * scale)) for iri, (x, y) in pos.items()}

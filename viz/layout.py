"""Pre-computed node positions for large views, so the browser need not run physics.

Each connected component gets a seeded Fruchterman-Reingold layout, vectorised with numpy
(networkx's variant for 500+ nodes takes minutes on a few thousand); above 1000 nodes the
repulsion of each step comes from a seeded sample of 400 nodes, so a step costs O(n) rather
than O(n^2). Components are packed in rows, largest first. Deterministic for a selection.
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np

from .select import Selection

__all__ = ["PRECOMPUTE_ABOVE", "needs_layout", "positions", "force_layout"]

#: Above this many nodes the page gets fixed positions and no physics simulation.
PRECOMPUTE_ABOVE = 150
#: Components up to this size get exact all-pairs repulsion; larger ones a random sample.
_EXACT_UP_TO = 1000
_SAMPLE = 400
#: Pixels per node of spacing in the final layout.
_SPACING = 55.0


def needs_layout(selection: Selection) -> bool:
    return len(selection.concepts) > PRECOMPUTE_ABOVE


def force_layout(n: int, edges: np.ndarray, seed: int = 7, iterations: int = 60) -> np.ndarray:
    """Fruchterman-Reingold positions (n x 2, within about [-1, 1]) for nodes 0..n-1."""
    rng = np.random.default_rng(seed)
    pos = (rng.random((n, 2)) * 2 - 1).astype(np.float32)
    if n < 3:
        return pos * 0.5
    k = np.float32(1.0 / math.sqrt(n))
    temp = np.float32(0.2)
    cool = temp / (iterations + 1)
    src, dst = (edges[:, 0], edges[:, 1]) if len(edges) else (np.array([], int), np.array([], int))
    sampled = n > _EXACT_UP_TO
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    for _ in range(iterations):
        # repulsion from every node, or (large components) from a seeded sample, scaled up
        pick = rng.choice(n, _SAMPLE, replace=False) if sampled else slice(None)
        dx = x[:, None] - x[None, pick]
        dy = y[:, None] - y[None, pick]
        force = (k * k) / np.maximum(dx * dx + dy * dy, np.float32(1e-4))
        mx, my = (dx * force).sum(axis=1), (dy * force).sum(axis=1)
        if sampled:
            mx *= np.float32(n / _SAMPLE)
            my *= np.float32(n / _SAMPLE)
        if len(src):
            ex, ey = x[src] - x[dst], y[src] - y[dst]
            pull = np.sqrt(ex * ex + ey * ey) / k
            np.add.at(mx, src, -ex * pull)
            np.add.at(my, src, -ey * pull)
            np.add.at(mx, dst, ex * pull)
            np.add.at(my, dst, ey * pull)
        length = np.maximum(np.sqrt(mx * mx + my * my), np.float32(1e-6))
        step = np.minimum(length, temp) / length
        x += mx * step
        y += my * step
        temp -= cool
    pos = np.stack([x, y], axis=1)
    pos -= pos.mean(axis=0)
    return pos / max(float(np.abs(pos).max()), 1e-6)


def positions(selection: Selection, seed: int = 7) -> dict[str, tuple[int, int]]:
    """Concept IRI -> (x, y) in vis-network pixels."""
    g = nx.Graph()
    g.add_nodes_from(c.iri for c in selection.concepts)
    g.add_edges_from((ln.subject, ln.object) for ln in selection.links if ln.subject != ln.object)
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    # edge lists per component in link order (networkx subgraph views iterate sets: hash order)
    where = {iri: (k, i) for k, nodes in enumerate(comps) for i, iri in enumerate(nodes)}
    comp_edges: list[list[tuple[int, int]]] = [[] for _ in comps]
    for ln in selection.links:
        if ln.subject != ln.object:
            (k, i), (_, j) = where[ln.subject], where[ln.object]
            comp_edges[k].append((i, j))
    placed: dict[str, tuple[int, int]] = {}
    row_width = _SPACING * 2 * math.sqrt(g.number_of_nodes() or 1) * 1.6
    x = y = row_height = 0.0
    for nodes, edges in zip(comps, comp_edges):
        pos = force_layout(len(nodes), np.array(edges, dtype=int).reshape(-1, 2), seed)
        radius = _SPACING * max(math.sqrt(len(nodes)), 0.5)
        if x > 0 and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y + row_height + _SPACING, 0.0
        for iri, (px, py) in zip(nodes, pos):
            placed[iri] = (round(x + radius * (1 + float(px))), round(y + radius * (1 + float(py))))
        x += 2 * radius + _SPACING
        row_height = max(row_height, 2 * radius)
    return placed

"""Node positions computed in Python, so the page shows a fixed, deterministic drawing.

Views up to `DETAILED_UP_TO` nodes: networkx Louvain communities (seeded, on integer nodes,
so no string hashing is involved), each community laid out with networkx's seeded
spring layout inside a disc sized by its members' label boxes, the discs packed greedily
(largest first, nearest the centre of a landscape ellipse, next to the communities they
link to), then squeezed together (communities towards the centre, nodes towards their
community) while the label boxes are pushed apart, until none overlaps. Larger views: each connected
component gets a seeded, vectorised Fruchterman-Reingold layout (networkx's is too slow at a
few thousand nodes; above 1000 nodes the repulsion of a step comes from a seeded sample of 400
nodes), components packed in rows, largest first. Nodes are numbered by the caller.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import networkx as nx
import numpy as np

from .labels import Box, extent, separate

__all__ = ["DETAILED_UP_TO", "CANVAS", "Arrangement", "arrange", "fit_scale", "force_layout"]

#: Views up to this many nodes get communities and label de-overlap.
DETAILED_UP_TO = 250
#: The network's area in a 1600x1000 browser window (CSS pixels), for the fit estimate.
CANVAS = (1060, 760)
#: Share of a community's first disc its boxes fill.
_DENSITY = 0.30
#: Per step of the squeeze: pull of a community towards the centre, of a node to its community.
_PULL, _HUDDLE = 0.03, 0.02
#: A drawing smaller than the window is spread out by at most this factor.
_SPREAD = 1.6
_GAP = 30.0
_EXACT_UP_TO = 1000
_SAMPLE = 400
_SPACING = 55.0


@dataclass(frozen=True)
class Arrangement:
    positions: tuple[tuple[int, int], ...]     # per node, canvas units
    communities: tuple[tuple[int, ...], ...]   # node numbers; () when not computed
    size: tuple[float, float]                  # extent of all boxes (dots and labels)
    overlaps: int                              # pairs of boxes that still overlap


def fit_scale(size: tuple[float, float], canvas: tuple[int, int] = CANVAS) -> float:
    """The zoom of vis-network's fit for a drawing of `size` (10% margin, at most 1)."""
    w, h = size
    if w <= 0 or h <= 0:
        return 1.0
    return min(canvas[0] / (1.1 * w), canvas[1] / (1.1 * h), 1.0)


def _graph(n: int, edges: list[tuple[int, int, float]]) -> nx.Graph:
    g = nx.Graph()
    g.add_nodes_from(range(n))
    for i, j, w in edges:
        if i != j:
            g.add_edge(i, j, weight=g.get_edge_data(i, j, {"weight": 0})["weight"] + w)
    return g


def _communities(g: nx.Graph) -> list[list[int]]:
    parts = nx.community.louvain_communities(g, weight="weight", seed=7)
    return sorted((sorted(p) for p in parts), key=lambda p: (-len(p), p[0]))


def _inner(g: nx.Graph, members: list[int]) -> np.ndarray:
    """Positions of one community's members within the unit disc."""
    if len(members) == 1:
        return np.zeros((1, 2))
    if len(members) == 2:
        return np.array([[-0.6, 0.0], [0.6, 0.0]])
    sub = nx.Graph()
    sub.add_nodes_from(members)
    sub.add_edges_from((i, j) for i, j in g.subgraph(members).edges())
    pos = nx.spring_layout(sub, seed=7, iterations=100)
    xy = np.array([pos[m] for m in members], dtype=float)
    xy -= xy.mean(axis=0)
    return xy / max(float(np.sqrt((xy ** 2).sum(axis=1)).max()), 1e-9)


def _pack(radii: list[float], links: dict[tuple[int, int], float],
          aspect: float) -> np.ndarray:
    """Disc centres: each disc, largest first, at the free spot touching a placed disc that is
    nearest the centre (x counted 1/aspect) and its linked discs."""
    centres = np.zeros((len(radii), 2))
    angles = np.linspace(0, 2 * math.pi, 48, endpoint=False)
    ring = np.stack([np.cos(angles), np.sin(angles)], axis=1)
    for k in range(1, len(radii)):
        placed = np.arange(k)
        r = np.array(radii[:k])
        cand = (centres[placed, None, :] + (r[:, None, None] + radii[k] + _GAP) * ring[None])
        cand = cand.reshape(-1, 2)
        d = np.sqrt(((cand[:, None, :] - centres[None, placed, :]) ** 2).sum(axis=2))
        free = (d >= r[None, :] + radii[k] + _GAP - 1e-6).all(axis=1)
        cost = np.sqrt((cand[:, 0] / aspect) ** 2 + cand[:, 1] ** 2)
        for j in placed:
            w = links.get((min(j, k), max(j, k)), 0.0)
            if w:
                cost = cost + 0.5 * min(w, 4.0) * np.sqrt(((cand - centres[j]) ** 2).sum(axis=1))
        cost = np.where(free, cost, np.inf)
        centres[k] = cand[int(np.argmin(cost))]
    return centres - centres.mean(axis=0) if len(radii) else centres


def _squeeze(xy: np.ndarray, boxes: list[Box], aspect: float, groups: list[list[int]],
             steps: int = 100) -> tuple[np.ndarray, int]:
    """Pull every group towards the drawing's centre (the axis too long for `aspect` harder)
    and every node towards its group's centre, pushing overlapping boxes apart after each
    pull; then resolve what still overlaps, spreading the drawing a little where it jams.
    Returns (positions, pairs still overlapping)."""
    group = np.zeros(len(xy), dtype=int)
    for k, members in enumerate(groups):
        group[members] = k
    xy, _left = separate(xy, boxes)
    for _ in range(steps):
        w, h = extent(xy, boxes)
        pull = np.array([_PULL, _PULL / 2] if w > aspect * h else [_PULL / 2, _PULL])
        centres = np.array([xy[members].mean(axis=0) for members in groups])
        xy = xy + ((xy.mean(axis=0) - centres) * pull)[group] + (centres[group] - xy) * _HUDDLE
        xy, _left = separate(xy, boxes, 3)
    xy, left = separate(xy, boxes)
    for _ in range(8):
        if not left:
            break
        centre = xy.mean(axis=0)
        xy, left = separate(centre + (xy - centre) * 1.04, boxes)
    return xy, left


def _off_edges(xy: np.ndarray, g: nx.Graph, boxes: list[Box], rounds: int = 12) -> np.ndarray:
    """Move dots off the straight lines of links they are not part of (so a link never seems
    to pass through a concept), pushing boxes apart again after each move."""
    ends = np.array(sorted(g.edges()), dtype=int).reshape(-1, 2)
    if not len(ends):
        return xy
    r = np.array([b.radius for b in boxes]) + 12
    for _ in range(rounds):
        a, b = xy[ends[:, 0]], xy[ends[:, 1]]                    # edges x 2
        ab = b - a
        t = ((xy[None, :, :] - a[:, None, :]) * ab[:, None, :]).sum(axis=2)
        t = np.clip(t / np.maximum((ab ** 2).sum(axis=1), 1e-9)[:, None], 0, 1)
        near = a[:, None, :] + t[:, :, None] * ab[:, None, :]      # edges x nodes x 2
        off = xy[None, :, :] - near
        d = np.sqrt((off ** 2).sum(axis=2))
        hit = (d < r[None, :]) & (t > 0) & (t < 1)
        hit[np.arange(len(ends)), ends[:, 0]] = False
        hit[np.arange(len(ends)), ends[:, 1]] = False
        if not hit.any():
            break
        normal = np.stack([-ab[:, 1], ab[:, 0]], axis=1)
        normal /= np.maximum(np.sqrt((normal ** 2).sum(axis=1)), 1e-9)[:, None]
        away = np.where(d[:, :, None] > 1e-6, off / np.maximum(d, 1e-9)[:, :, None],
                        normal[:, None, :])
        push = np.where(hit[:, :, None], away * (r[None, :] - d)[:, :, None], 0.0)
        xy = xy + push.sum(axis=0)
        xy, _left = separate(xy, boxes, 40)
    return xy


def _detailed(n: int, g: nx.Graph, boxes: list[Box], canvas: tuple[int, int]) -> Arrangement:
    comms = _communities(g)
    where = {m: k for k, members in enumerate(comms) for m in members}
    radii = [max(math.sqrt(sum(boxes[m].area for m in members) / (math.pi * _DENSITY)),
                 max(boxes[m].half_width for m in members) + 10) for members in comms]
    links: dict[tuple[int, int], float] = {}
    for i, j in g.edges():
        a, b = sorted((where[i], where[j]))
        if a != b:
            links[(a, b)] = links.get((a, b), 0.0) + 1.0
    centres = _pack(radii, links, canvas[0] / canvas[1])
    xy = np.zeros((n, 2))
    for k, members in enumerate(comms):
        xy[members] = centres[k] + _inner(g, members) * radii[k]
    xy, overlaps = _squeeze(xy, boxes, canvas[0] / canvas[1], [list(m) for m in comms])
    for _ in range(3):            # a small drawing spreads out to the window (never overlaps)
        w, h = extent(xy, boxes)
        grow = min(canvas[0] / 1.1 / max(w, 1), canvas[1] / 1.1 / max(h, 1), _SPREAD)
        if grow < 1.02 or n < 2:
            break
        centre = xy.mean(axis=0)
        xy = centre + (xy - centre) * grow
    xy = _off_edges(xy, g, boxes)
    xy, overlaps = separate(xy, boxes)
    size = extent(xy, boxes)
    xy -= xy.min(axis=0)
    return Arrangement(tuple((round(float(x)), round(float(y))) for x, y in xy),
                       tuple(tuple(m) for m in comms), size, overlaps)


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


def _packed_components(n: int, g: nx.Graph, boxes: list[Box]) -> Arrangement:
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    placed = np.zeros((n, 2))
    row_width = _SPACING * 2 * math.sqrt(n or 1) * 1.6
    x = y = row_height = 0.0
    for nodes in comps:
        index = {v: i for i, v in enumerate(nodes)}
        edges = sorted((min(index[a], index[b]), max(index[a], index[b]))
                       for a, b in g.subgraph(nodes).edges())
        pos = force_layout(len(nodes), np.array(edges, dtype=int).reshape(-1, 2))
        radius = _SPACING * max(math.sqrt(len(nodes)), 0.5)
        if x > 0 and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y + row_height + _SPACING, 0.0
        placed[nodes] = np.array([x + radius, y + radius]) + radius * pos
        x += 2 * radius + _SPACING
        row_height = max(row_height, 2 * radius)
    return Arrangement(tuple((round(float(a)), round(float(b))) for a, b in placed), (),
                       extent(placed, boxes), -1)


def arrange(n: int, edges: list[tuple[int, int, float]], boxes: list[Box],
            canvas: tuple[int, int] = CANVAS) -> Arrangement:
    """Positions of nodes 0..n-1 (numbered best-connected first) joined by weighted edges."""
    if n == 0:
        return Arrangement((), (), (0.0, 0.0), 0)
    g = _graph(n, edges)
    if n <= DETAILED_UP_TO:
        return _detailed(n, g, boxes, canvas)
    return _packed_components(n, g, boxes)

"""Choose what the page draws: filters, focus, generic heads, isolated pairs and the node cap.

The default cap (`AUTO`) is as many concepts as stay legible: concepts are taken link by link,
most connected first, and laid out (viz/layout.py) until the largest view whose drawing fits a
1600x1000 window with labels of at least `MIN_LABEL_PX` pixels and no label over another.
"""
from __future__ import annotations

import difflib
import math
from collections import Counter, deque
from dataclasses import dataclass, field

import networkx as nx

from policykg.extract.errors import PolicyKGError
from policykg.extract.model import RELATIONS
from policykg.ontology import generic_heads

from .labels import FONT_SIZE, label_box, node_radius
from .layout import CANVAS, Arrangement, arrange, fit_scale
from .model import ConceptView, GraphView, LinkView, for_document

__all__ = ["AUTO", "DEFAULT_MAX_NODES", "MIN_LABEL_PX", "UnknownConceptError",
           "UnknownRelationError", "VizOptions", "Selection", "parse_relations", "find_concept",
           "claim_counts", "select"]

AUTO = -1
DEFAULT_MAX_NODES = AUTO
#: Label size the automatic cap aims at (the browser test asks for at least 12 px).
MIN_LABEL_PX = 13.0
#: The automatic cap draws at most this many concepts: an overview, not the whole graph.
OVERVIEW_MAX = 90


class UnknownConceptError(PolicyKGError):
    """A --focus label that names no concept of the graph."""


class UnknownRelationError(PolicyKGError):
    """A --relations name that is not a relation of the contract or of the graph."""


@dataclass(frozen=True)
class VizOptions:
    focus: str = ""                      # concept label or alias; "" = whole graph
    depth: int = 1                       # hops around the focus (either direction)
    relations: tuple[str, ...] = ()      # relation names to keep; () = all
    min_evidence: int = 1                # links with fewer supporting sentences are dropped
    max_nodes: int = DEFAULT_MAX_NODES   # cap; 0 = no cap; AUTO = as many as stay legible
    title: str = ""
    document: str = ""                   # source of one document; "" = all
    generic: bool = False                # also draw generic heads (ontology/generic_heads.tsv)


@dataclass(frozen=True)
class Selection:
    concepts: tuple[ConceptView, ...]    # sorted by label
    links: tuple[LinkView, ...]
    focus: str                           # IRI of the focus concept, or ""
    eligible_concepts: int               # after filters and focus, before anything is left out
    eligible_links: int
    message: str                         # what was left out and how to see it; "" if nothing
    pairs: tuple[LinkView, ...] = ()     # links of isolated pairs: listed, not drawn
    left_out: tuple[str, ...] = ()       # IRIs of concepts not drawn, best-connected first
    generic: tuple[str, ...] = ()        # IRIs of generic heads left out
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    communities: tuple[tuple[str, ...], ...] = ()    # IRIs, largest community first
    rank: tuple[str, ...] = ()           # drawn IRIs, best-connected first


def parse_relations(text: str | None, view: GraphView | None = None) -> tuple[str, ...]:
    """Relation names from "drives,supports" (prefixes like pk: or skos: are ignored)."""
    if not text:
        return ()
    known = list(RELATIONS) + sorted({ln.relation for ln in view.links} - set(RELATIONS) if view
                                     else ())
    names = []
    for raw in text.split(","):
        name = raw.strip().split(":")[-1]
        if not name:
            continue
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f"did you mean {close[0]}? " if close else ""
            raise UnknownRelationError(f"unknown relation {raw.strip()!r}",
                                       f"{hint}relations: {', '.join(known)}")
        if name not in names:
            names.append(name)
    return tuple(names)


def find_concept(view: GraphView, label: str) -> str:
    """IRI of the concept whose label or alias is `label`; otherwise suggest the closest labels."""
    wanted = label.strip()
    for c in sorted(view.concepts.values(), key=lambda c: c.label):
        if wanted == c.label or wanted in c.aliases:
            return c.iri
    names = sorted({c.label for c in view.concepts.values()} |
                   {a for c in view.concepts.values() for a in c.aliases})
    close = difflib.get_close_matches(wanted, names, n=5, cutoff=0.3)
    close += [n for n in names if (wanted in n or n in wanted) and n not in close][:5 - len(close)]
    if not names:
        raise UnknownConceptError(f"no concept labelled {wanted!r}: the graph has no concepts",
                                  "build a graph with claims first")
    hint = ("closest labels: " + ", ".join(close)) if close else \
        f"no similar label; {len(names)} labels, e.g. {', '.join(names[:5])}"
    raise UnknownConceptError(f"no concept labelled {wanted!r}", hint)


def claim_counts(view: GraphView) -> Counter:
    """Concept IRI -> claims of the graph it takes part in (the dot size)."""
    n = Counter()
    for ln in view.links:
        for end in {ln.subject, ln.object}:
            n[end] += len(ln.claims)
    return n


def _neighbourhood(links: list[LinkView], start: str, depth: int) -> dict[str, int]:
    """Concept IRI -> hop distance from `start`, up to `depth`, ignoring edge direction."""
    adj: dict[str, set[str]] = {}
    for ln in links:
        adj.setdefault(ln.subject, set()).add(ln.object)
        adj.setdefault(ln.object, set()).add(ln.subject)
    dist = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if dist[node] >= depth:
            continue
        for nb in sorted(adj.get(node, ())):
            if nb not in dist:
                dist[nb] = dist[node] + 1
                queue.append(nb)
    return dist


def _small_parts(links: list[LinkView], most: int = 2) -> set[str]:
    """Concepts of connected components of two to `most` concepts."""
    index = {iri: i for i, iri in enumerate(sorted({e for ln in links
                                                      for e in (ln.subject, ln.object)}))}
    g = nx.Graph()
    g.add_nodes_from(index.values())
    g.add_edges_from((index[ln.subject], index[ln.object]) for ln in links)
    names = {i: iri for iri, i in index.items()}
    return {names[i] for comp in nx.connected_components(g) if 2 <= len(comp) <= most
            for i in comp}


def _neighbours(links: list[LinkView]) -> dict[str, set[str]]:
    nbrs: dict[str, set[str]] = {}
    for ln in links:
        nbrs.setdefault(ln.subject, set()).add(ln.object)
        nbrs.setdefault(ln.object, set()).add(ln.subject)
    return nbrs


def _ranking(links: list[LinkView], dist: dict[str, int], labels: dict[str, ConceptView],
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


def _cap(links: list[LinkView], link_key, focus: str, limit: int) -> set[str]:
    """At most `limit` concepts, taken link by link (best link first), so each keeps a link."""
    kept = {focus} if focus else set()
    for ln in sorted(links, key=link_key):
        new = {ln.subject, ln.object} - kept
        if len(kept) + len(new) <= limit:
            kept |= new
            if len(kept) >= limit:
                break
    return kept


def _arrangement(order: list[str], links: list[LinkView], view: GraphView,
                 claims: Counter) -> Arrangement:
    index = {iri: i for i, iri in enumerate(order)}
    edges = [(index[ln.subject], index[ln.object], float(ln.evidence_count)) for ln in links
             if ln.subject in index and ln.object in index]
    boxes = [label_box(view.concepts[i].label, node_radius(claims[i])) for i in order]
    return arrange(len(order), edges, boxes)


def _legible(a: Arrangement) -> bool:
    return a.overlaps == 0 and FONT_SIZE * fit_scale(a.size) >= MIN_LABEL_PX


def _auto(links, ranked: list[str], link_key, focus, view, claims):
    """The largest cap whose layout is legible, searched from an area estimate."""
    budget = CANVAS[0] * CANVAS[1] * (FONT_SIZE / MIN_LABEL_PX / 1.1) ** 2 * 0.45
    area, start = 0.0, 0
    for iri in ranked:
        area += label_box(view.concepts[iri].label, node_radius(claims[iri])).area
        if area > budget:
            break
        start += 1
    tried: dict[int, tuple[set[str], Arrangement, bool]] = {}

    def attempt(k: int):
        if k not in tried:
            kept, banned = set(), set()
            for _ in range(4):      # pairs the cap cut off their part: left out, and refill
                kept = _cap([ln for ln in links if not {ln.subject, ln.object} & banned],
                            link_key, focus, k)
                cut = _small_parts([ln for ln in links
                                    if ln.subject in kept and ln.object in kept]) - {focus}
                kept -= cut
                banned |= cut
                if not cut:
                    break
            order = [i for i in ranked if i in kept]
            a = _arrangement(order, links, view, claims)
            tried[k] = (kept, a, _legible(a))
        return tried[k]
    top = min(len(ranked), OVERVIEW_MAX)
    k = max(min(start, top), 3)
    if attempt(k)[2]:
        while k < top and attempt(min(top, math.ceil(k * 1.15)))[2]:
            k = min(top, math.ceil(k * 1.15))
    else:
        while k > 3 and not attempt(k)[2]:
            k = max(3, int(k * 0.85))
    return attempt(k)[:2]


def select(view: GraphView, options: VizOptions, graph_name: str = "GRAPH") -> Selection:
    """Relations, minimum evidence, document, generic heads, focus, isolated pairs, then the cap."""
    if options.depth < 0:
        raise PolicyKGError("--depth must be 0 or more")
    if options.min_evidence < 0 or options.max_nodes < AUTO:
        raise PolicyKGError("--min-evidence and --max-nodes must be 0 or more")
    claims_all = claim_counts(view)
    if options.document:
        view = for_document(view, options.document)
    rels = set(options.relations)
    links = [ln for ln in view.links
             if (not rels or ln.relation in rels) and ln.evidence_count >= options.min_evidence]
    focus = find_concept(view, options.focus) if options.focus else ""
    labels = view.concepts
    if focus:
        dist = _neighbourhood(links, focus, options.depth)
        links = [ln for ln in links if ln.subject in dist and ln.object in dist]
    else:
        dist = {}
    eligible = {e for ln in links for e in (ln.subject, ln.object)} | ({focus} if focus else set())
    n_links = len(links)
    heads = set() if options.generic else generic_heads()
    generic = {i for i in eligible if labels[i].label in heads and i != focus}
    links = [ln for ln in links if ln.subject not in generic and ln.object not in generic]
    in_pairs = set() if focus else _small_parts(links)
    pairs = [ln for ln in links if ln.subject in in_pairs]
    links = [ln for ln in links if ln.subject not in in_pairs]
    nbrs = _neighbours(links)
    if focus:
        nbrs.setdefault(focus, set())
    ranked, link_key = _ranking(links, dist, labels, nbrs)
    drawable = set(ranked)
    if options.max_nodes == AUTO:
        kept, arrangement = _auto(links, ranked, link_key, focus, view, claims_all)
    else:
        limit = options.max_nodes or len(ranked)
        kept = set(ranked) if len(ranked) <= limit else _cap(links, link_key, focus, limit)
        if not kept and ranked:
            kept = {ranked[0]}
        arrangement = _arrangement([i for i in ranked if i in kept], links, view, claims_all)
    order = [i for i in ranked if i in kept]
    shown = [ln for ln in links if ln.subject in kept and ln.object in kept]
    left_out = [i for i in ranked if i not in kept]
    by_rank = sorted(generic, key=lambda i: (-claims_all[i], labels[i].label, i))
    message = _message(len(order), len(eligible), len(shown), n_links, len(left_out), len(pairs),
                       [labels[i].label for i in by_rank], bool(focus), len(drawable), graph_name)
    return Selection(
        tuple(sorted((labels[i] for i in kept), key=lambda c: (c.label, c.iri))), tuple(shown),
        focus, len(eligible), n_links, message, tuple(pairs), tuple(left_out), tuple(by_rank),
        {iri: arrangement.positions[k] for k, iri in enumerate(order)},
        tuple(tuple(order[k] for k in comm) for comm in arrangement.communities), tuple(order))


def _message(n_shown, n_eligible, n_links_shown, n_links, n_left, n_pairs, generic, focus,
             n_drawable, graph_name) -> str:
    """What was left out and how to see it, or "" when everything is drawn."""
    if not (n_left or n_pairs or generic):
        return ""
    order = "nearest to the focus, most connected first" if focus else "most connected first"
    parts = []
    if n_left:
        parts.append(f"{n_left} less connected concepts")
    if n_pairs:
        parts.append(f"{n_pairs} isolated pairs")
    if generic:
        parts.append(f"{len(generic)} generic heads ({', '.join(generic[:5])}"
                     f"{', …' if len(generic) > 5 else ''})")
    more = [f"--max-nodes {n_drawable}" if n_left else "", "--focus LABEL --depth N",
            "--generic" if generic else ""]
    return (f"Showing {n_shown} of {n_eligible} concepts ({order}) and {n_links_shown} of "
            f"{n_links} links; listed at the side, not drawn: {', '.join(parts)}. To see more: "
            f"policykg viz {graph_name} " + ", or ".join(m for m in more if m) + ".")

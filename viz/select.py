"""Choose what the page draws: filters, focus, generic heads, isolated pairs and the node cap.

Generic heads (ontology/generic_heads.tsv) are left out unless asked for or focused; in a
view of the whole graph, components of two concepts are listed rather than drawn (unless
they are all there is). The default cap (`AUTO`) is as many concepts as stay legible
(viz/cap.py). Every drawn concept gets its position here (viz/layout.py).
"""
from __future__ import annotations

import difflib
from collections import Counter, deque
from dataclasses import dataclass, field

from policykg.extract.errors import PolicyKGError
from policykg.extract.model import RELATIONS
from policykg.extract.resources import Resources
from policykg.ontology import generic_heads

from .cap import MIN_LABEL_PX, OVERVIEW_MAX, arrangement, auto_cap, cap, neighbours, ranking, \
    small_parts
from .model import ConceptView, GraphView, LinkView, documents_of, for_document

__all__ = ["AUTO", "DEFAULT_MAX_NODES", "MIN_LABEL_PX", "OVERVIEW_MAX", "UnknownConceptError",
           "UnknownRelationError", "UnknownDocumentError", "VizOptions", "Selection",
           "parse_relations", "find_concept", "claim_counts", "select"]

AUTO = -1
DEFAULT_MAX_NODES = AUTO


class UnknownConceptError(PolicyKGError):
    """A --focus label that names no concept of the graph."""


class UnknownRelationError(PolicyKGError):
    """A --relations name that is not a relation of the contract or of the graph."""


class UnknownDocumentError(PolicyKGError):
    """A --document source that gives evidence for no claim of the graph."""


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


def select(view: GraphView, options: VizOptions, graph_name: str = "GRAPH",
           res: Resources | None = None) -> Selection:
    """Relations, minimum evidence, document, generic heads (those of `res`, default the
    package's), focus, isolated pairs, then the cap."""
    if options.depth < 0:
        raise PolicyKGError("--depth must be 0 or more")
    if options.min_evidence < 0 or options.max_nodes < AUTO:
        raise PolicyKGError("--min-evidence and --max-nodes must be 0 or more")
    claims_all = claim_counts(view)
    if options.document:
        sources = [src for src, _title in documents_of(view)]
        if options.document not in sources:
            close = difflib.get_close_matches(options.document, sources, n=1, cutoff=0.3)
            raise UnknownDocumentError(
                f"no claim comes from a document {options.document!r}",
                (f"did you mean {close[0]}? " if close else "") +
                f"documents: {', '.join(sources[:8])}{', …' if len(sources) > 8 else ''}")
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
    heads = set() if options.generic else generic_heads(
        res.table("generic_heads.tsv") if res is not None else None)
    generic = {i for i in eligible if labels[i].label in heads and i != focus}
    links = [ln for ln in links if ln.subject not in generic and ln.object not in generic]
    in_pairs = set() if focus else small_parts(links)
    if in_pairs and all(ln.subject in in_pairs for ln in links):
        in_pairs = set()            # nothing but pairs: they are the drawing
    pairs = [ln for ln in links if ln.subject in in_pairs]
    links = [ln for ln in links if ln.subject not in in_pairs]
    nbrs = neighbours(links)
    if focus:
        nbrs.setdefault(focus, set())
    ranked, link_key = ranking(links, dist, labels, nbrs)
    drawable = set(ranked)
    if options.max_nodes == AUTO:
        kept, drawing = auto_cap(links, ranked, link_key, focus, view, claims_all)
    else:
        limit = options.max_nodes or len(ranked)
        kept = set(ranked) if len(ranked) <= limit else cap(links, link_key, focus, limit)
        if not kept and ranked:
            kept = {ranked[0]}
        drawing = arrangement([i for i in ranked if i in kept], links, view, claims_all)
    order = [i for i in ranked if i in kept]
    shown = [ln for ln in links if ln.subject in kept and ln.object in kept]
    left_out = [i for i in ranked if i not in kept]
    orphans = sorted(eligible - drawable - generic - in_pairs,    # linked to generic heads only
                     key=lambda i: (-claims_all[i], labels[i].label, i))
    by_rank = sorted(generic, key=lambda i: (-claims_all[i], labels[i].label, i))
    message = _message(len(order), len(eligible), len(shown), n_links, len(left_out),
                       len(orphans), len(pairs), [labels[i].label for i in by_rank], bool(focus),
                       len(drawable), graph_name)
    return Selection(
        tuple(sorted((labels[i] for i in kept), key=lambda c: (c.label, c.iri))), tuple(shown),
        focus, len(eligible), n_links, message, tuple(pairs), tuple(left_out + orphans),
        tuple(by_rank),
        {iri: drawing.positions[k] for k, iri in enumerate(order)},
        tuple(tuple(order[k] for k in comm) for comm in drawing.communities), tuple(order))


def _message(n_shown, n_eligible, n_links_shown, n_links, n_left, n_orphans, n_pairs, generic,
             focus, n_drawable, graph_name) -> str:
    """What was left out and how to see it, or "" when everything is drawn."""
    if not (n_left or n_pairs or generic):
        return ""
    order = "nearest to the focus, most connected first" if focus else "most connected first"
    parts = []
    if n_left:
        parts.append(_plural(n_left, "less connected concept"))
    if n_orphans:
        parts.append(f"{_plural(n_orphans, 'concept')} linked to generic heads only")
    if n_pairs:
        parts.append(_plural(n_pairs, "isolated pair"))
    if generic:
        parts.append(f"{_plural(len(generic), 'generic head')} ({', '.join(generic[:5])}"
                     f"{', …' if len(generic) > 5 else ''})")
    more = [f"--max-nodes {n_drawable}" if n_left else "", "--focus LABEL --depth N",
            "--generic" if generic else ""]
    return (f"Showing {n_shown} of {n_eligible} concepts ({order}) and {n_links_shown} of "
            f"{n_links} links; listed at the side, not drawn: {', '.join(parts)}. To see more: "
            f"policykg viz {graph_name} " + ", or ".join(m for m in more if m) + ".")


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")

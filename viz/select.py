"""Choose what the page shows: relation filter, minimum evidence, focus neighbourhood, node cap."""
from __future__ import annotations

import difflib
from collections import Counter, deque
from dataclasses import dataclass

from policykg.extract.errors import PolicyKGError
from policykg.extract.model import RELATIONS

from .model import ConceptView, GraphView, LinkView

__all__ = ["UnknownConceptError", "UnknownRelationError", "VizOptions", "Selection",
           "parse_relations", "find_concept", "select"]

DEFAULT_MAX_NODES = 400


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
    max_nodes: int = DEFAULT_MAX_NODES   # cap; 0 = no cap
    title: str = ""


@dataclass(frozen=True)
class Selection:
    concepts: tuple[ConceptView, ...]    # sorted by label
    links: tuple[LinkView, ...]
    focus: str                           # IRI of the focus concept, or ""
    eligible_concepts: int               # after filters and focus, before the cap
    eligible_links: int
    message: str                         # what the cap left out and how to see it; "" if nothing


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


def _cap(links: list[LinkView], claims: Counter, dist: dict[str, int], focus: str,
         limit: int, labels: dict[str, ConceptView]) -> set[str]:
    """At most `limit` concepts, taken link by link so every kept concept keeps a link.

    Links are ranked nearest to the focus first, then by the claims of both ends, then by
    their own claims; a link is taken when its new ends still fit.
    """
    def rank(ln: LinkView):
        return (max(dist.get(ln.subject, 0), dist.get(ln.object, 0)),
                -(claims[ln.subject] + claims[ln.object]), -len(ln.claims),
                labels[ln.subject].label, ln.relation, labels[ln.object].label)
    kept = {focus} if focus else set()
    for ln in sorted(links, key=rank):
        new = {ln.subject, ln.object} - kept
        if len(kept) + len(new) <= limit:
            kept |= new
            if len(kept) == limit:
                break
    if not kept and claims:          # limit 1 and no focus: the concept with most claims
        kept = {min(claims, key=lambda i: (-claims[i], labels[i].label, i))}
    return kept


def select(view: GraphView, options: VizOptions, graph_name: str = "GRAPH") -> Selection:
    """Apply the options in order: relations, minimum evidence, focus, then the node cap."""
    if options.depth < 0:
        raise PolicyKGError("--depth must be 0 or more")
    if options.min_evidence < 0 or options.max_nodes < 0:
        raise PolicyKGError("--min-evidence and --max-nodes must be 0 or more")
    rels = set(options.relations)
    links = [ln for ln in view.links
             if (not rels or ln.relation in rels) and ln.evidence_count >= options.min_evidence]
    focus = find_concept(view, options.focus) if options.focus else ""
    if focus:
        dist = _neighbourhood(links, focus, options.depth)
        links = [ln for ln in links if ln.subject in dist and ln.object in dist]
    else:
        dist = {}
    claims = Counter()
    for ln in links:
        claims[ln.subject] += len(ln.claims)
        claims[ln.object] += len(ln.claims)
    eligible = set(claims) | ({focus} if focus else set())
    labels = view.concepts
    message = ""
    if options.max_nodes and len(eligible) > options.max_nodes:
        kept = _cap(links, claims, dist, focus, options.max_nodes, labels)
        shown = [ln for ln in links if ln.subject in kept and ln.object in kept]
        order = "nearest to the focus, best-connected first" if focus else "best-connected first"
        message = (f"Showing {len(kept)} of {len(eligible)} concepts ({order}) and "
                   f"{len(shown)} of {len(links)} links; {len(eligible) - len(kept)} concepts "
                   f"left out. To see them: policykg viz {graph_name} --max-nodes "
                   f"{len(eligible)}, or --focus LABEL --depth N for one neighbourhood.")
    else:
        kept, shown = eligible, links
    concepts = tuple(sorted((labels[i] for i in kept), key=lambda c: (c.label, c.iri)))
    return Selection(concepts, tuple(shown), focus, len(eligible), len(links), message)

"""Order the triple patterns of a prepared rdflib query from the values that are bound.

rdflib orders each basic graph pattern once, when it parses the query, by the terms the
pattern itself fixes: it cannot know that `?x` comes bound (initBindings) or that a BIND
before the pattern binds `?key`. It then evaluates the patterns in that order, each as a lookup
with what is bound so far. A named query that starts from its parameter (see
graph/queries/drivers.rq) would still scan from some other pattern. `planned` reorders every
basic graph pattern greedily: next the pattern with the fewest unbound variables, given what
the bound values, earlier BINDs and earlier patterns bind (ties keep rdflib's order). The
answers do not change, only the order of the lookups.
"""
from __future__ import annotations

from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import BNode, Variable

__all__ = ["planned"]

#: Operators that evaluate their p2 once per solution of p1 (rdflib's nested loops).
_SEQUENTIAL = ("LeftJoin",)


def planned(query, bound: frozenset[str]):
    """The prepared `query`, its basic graph patterns reordered in place from the variables
    named in `bound` (given as initBindings)."""
    _plan(query.algebra, frozenset(Variable(v) for v in bound))
    return query


def _vars(triple) -> set:
    return {t for t in triple if isinstance(t, (Variable, BNode))}


def _order(triples: list, known: frozenset) -> tuple[list, frozenset]:
    todo, done, k = list(triples), [], set(known)
    while todo:
        best = min(range(len(todo)), key=lambda i: (len(_vars(todo[i]) - k), i))
        t = todo.pop(best)
        done.append(t)
        k |= _vars(t)
    return done, frozenset(k)


def _plan(node, known: frozenset) -> frozenset:
    """Reorder the patterns under `node`; the variables bound once `node` has run."""
    if not isinstance(node, CompValue):
        return known
    name = node.name
    if name == "BGP":
        node["triples"], after = _order(node.triples, known)
        return after
    if name == "Join":
        left = _plan(node.p1, known)
        return _plan(node.p2, left if node.get("lazy") else known) | left
    if name in _SEQUENTIAL:
        left = _plan(node.p1, known)
        _plan(node.p2, left)
        return left
    if name == "Extend":
        return _plan(node.p, known) | {node.var}
    if name == "Union":
        _plan(node.p1, known)
        _plan(node.p2, known)
        return known
    for key in ("p", "p1", "p2"):
        if isinstance(node.get(key), CompValue):
            _plan(node[key], known)
    return known

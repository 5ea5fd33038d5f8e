"""Word lists as regex alternations shaped like a trie: "推动|推进|推动力" as 推(?:动力?|进).

Python's re tries the branches of an alternation one after another at every position; the
trie shares each prefix, so a position is given up after one character test instead of one
per word. The words that match at a position are prefixes of one another and the trie tries
the longer first, as a longest-first alternation does: the same matches, the same groups,
the same backtracking order inside a larger pattern.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["finditer_ok", "alternation", "finditer_at"]


def alternation(words: Iterable[str]) -> str:
    """A regex (no group) matching any of `words`, the longest one at a position first;
    "" for no words, like "|".join of an empty list."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node(trie) if trie else ""


def _node(node: dict) -> str:
    """The pattern of what may follow a trie node (a key "" ends a word there)."""
    kids = sorted(k for k in node if k)
    if not kids:
        return ""
    if all(node[k].keys() <= {""} for k in kids):    # each branch is a word's last character
        body = re.escape(kids[0]) if len(kids) == 1 else \
            "[" + "".join(map(re.escape, kids)) + "]"
        atom = True
    elif len(kids) == 1:
        body, atom = re.escape(kids[0]) + _node(node[kids[0]]), False
    else:
        body, atom = "(?:" + "|".join(re.escape(k) + _node(node[k]) for k in kids) + ")", True
    if "" in node:                    # a word ends here: the longer ones first (greedy ?)
        return body + "?" if atom else f"(?:{body})?"
    return body


def finditer_at(rx: re.Pattern, first: re.Pattern | None, text: str, pos: int = 0,
                endpos: int | None = None) -> Iterator[re.Match]:
    """`rx.finditer(text, pos, endpos)` for a pattern each of whose matches starts where
    `first` matches (its opening words) and is not empty, with no look-behind: `rx` is
    tried only there. A pattern that opens with one named group per row ("(?P<c0>为)…|
    (?P<c1>与)…") gets no first-character test from re and is tried branch by branch at
    every position; `first` skips the positions where no branch can start (None: no such
    regex, every position is tried)."""
    end = len(text) if endpos is None else endpos
    if first is None:
        yield from rx.finditer(text, pos, end)
        return
    while True:
        at = first.search(text, pos, end)
        if at is None:
            return
        m = rx.match(text, at.start(), end)
        if m is None:
            pos = at.start() + 1
            continue
        yield m
        pos = m.end()


def finditer_ok(rx: re.Pattern, first: re.Pattern | None, text: str, pos: int, endpos: int,
                ok) -> Iterator[re.Match]:
    """finditer_at's matches for which `ok(match)` holds; after one that fails, the search
    goes on from the position after its start, not its end (a cue inside a word, "以人为本的
    X 为 Y 提供", hides no real cue after it)."""
    while True:
        m = next(finditer_at(rx, first, text, pos, endpos), None)
        if m is None:
            return
        if ok(m):
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1

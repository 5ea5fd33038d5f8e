"""Rewrite SPARQL's LATERAL (Oxigraph; proposed for SPARQL 1.2) into SPARQL 1.1 for rdflib.

The named queries use `LATERAL { … }` to make Oxigraph evaluate a group once per row found so
far (its planner does not see values bound through `substitutions`, and it evaluates OPTIONAL by
hashing the whole right-hand side). rdflib cannot parse LATERAL; it gets the SPARQL 1.1 form:

- `LATERAL { OPTIONAL { X } }`  ->  `OPTIONAL { X }`   (a left join on the rows so far)
- `LATERAL { P }`               ->  `P .`              (P's patterns join the enclosing group)

Both have the same answers when the variables the lateral group shares with the rows so far are
bound in them and its BINDs introduce new variables, which the named queries keep to. Inlining
P (rather than keeping `{ P }`) matters for speed: rdflib joins a nested group by evaluating it
on its own, but evaluates the patterns of one group lazily, row by row.
"""
from __future__ import annotations

import re

__all__ = ["without_lateral"]

_SKIP = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                   r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_LATERAL = re.compile(r"(?<![?$\w:])LATERAL\b", re.I)


def _code_spans(text: str):
    """(start, end) of the parts of `text` outside strings, IRIs and comments."""
    pos = 0
    for m in _SKIP.finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def _mask(text: str) -> str:
    """`text` with strings, IRIs and comments blanked out (same length)."""
    out = list(" " * len(text))
    for a, b in _code_spans(text):
        out[a:b] = text[a:b]
    return "".join(out)


def _closing(masked: str, open_at: int) -> int:
    depth = 0
    for i in range(open_at, len(masked)):
        if masked[i] == "{":
            depth += 1
        elif masked[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError("unbalanced braces after LATERAL")


def without_lateral(text: str) -> str:
    """`text` with every LATERAL group rewritten as above (unchanged when there is none)."""
    while True:
        masked = _mask(text)
        m = _LATERAL.search(masked)
        if not m:
            return text
        open_at = masked.find("{", m.end())
        if open_at < 0 or masked[m.end():open_at].strip():
            return text                      # not followed by a group: leave it to the parser
        close_at = _closing(masked, open_at)
        inner = masked[open_at + 1:close_at]
        opt = re.match(r"\s*OPTIONAL\s*\{", inner, re.I)
        if opt and not masked[_closing(masked, open_at + opt.end()) + 1:close_at].strip():
            text = text[:m.start()] + text[open_at + 1:close_at] + text[close_at + 1:]
        else:
            end = "" if masked[open_at + 1:close_at].rstrip().endswith(".") else " ."
            text = text[:m.start()] + text[open_at + 1:close_at] + end + text[close_at + 1:]

"""Finds SERVICE clauses (federated queries) in SPARQL text, for the endpoint to refuse them.

A SERVICE clause makes Oxigraph send HTTP requests to any address the query names, so the
endpoint would be a way into the host's network. The check parses the query with rdflib's
SPARQL grammar (strings, IRIs, comments and `\\u` escapes handled as Oxigraph does) and looks
for a `ServiceGraphPattern` in the parse tree. A lexical scan alone is not safe: `<` is both an
IRI start and an operator, so `FILTER(?a<'>')` hides what follows from a tokenizer. Text
without the letters "service" (after `\\u` escapes) cannot hold the keyword and is not parsed.
Text that rdflib cannot parse (a syntax error, or an Oxigraph extension such as LATERAL) and
that holds the letters is treated as federated: refusing is the safe side. So is text over
`MAX_CHECKED` characters that holds them: the check runs outside the query's worker and
timeout, and the grammar costs 65 us a character (1.2 ms in a chain like `1+1+...`), so a
1 MB body took a core for over a minute.
"""
from __future__ import annotations

import threading

__all__ = ["MAX_CHECKED", "SERVICE_REFUSED", "TOO_LONG_TO_CHECK", "refusal", "uses_service"]

SERVICE_REFUSED = ("federated query refused: this endpoint answers only about its own store, "
                   "SERVICE is disabled (the operator can allow it with "
                   "`policykg serve --allow-service`)")
MAX_CHECKED = 8_192              # characters parsed at most (0.5-10 s of CPU)
TOO_LONG_TO_CHECK = (f"query refused: it holds the word SERVICE and is over {MAX_CHECKED} "
                     "characters, too long to check for federation; shorten it (the operator "
                     "can allow SERVICE with `policykg serve --allow-service`)")
_PARSER_LOCK = threading.Lock()       # pyparsing's packrat cache is shared between threads


def _walk(node) -> bool:
    """True when a parse-tree node or any node under it is a SERVICE pattern."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            if item.name == "ServiceGraphPattern":
                return True
            stack.extend(item.values())
        elif isinstance(item, (ParseResults, list, tuple)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
    return False


def uses_service(text: str) -> bool:
    """True when the SPARQL query `text` has a SERVICE clause, or may have one (see module)."""
    return refusal(text) is not None


def refusal(text: str) -> str | None:
    """Why the query `text` is refused as federated (see module), or None."""
    from rdflib.plugins.sparql.parser import expandUnicodeEscapes, parseQuery
    try:
        expanded = expandUnicodeEscapes(text)
    except Exception:                 # a malformed escape: let the parse below decide
        expanded = "service"
    if "service" not in expanded.lower():
        return None
    if len(text) > MAX_CHECKED:
        return TOO_LONG_TO_CHECK
    try:
        with _PARSER_LOCK:
            tree = parseQuery(text)
    except Exception:                 # rdflib cannot read it: refuse rather than guess
        return SERVICE_REFUSED
    return SERVICE_REFUSED if _walk(tree) else None

"""Finds SERVICE clauses (federated queries) in SPARQL text, for the endpoint to refuse them.

A SERVICE clause makes Oxigraph send HTTP requests to any address the query names, so the
endpoint would be a way into the host's network. The check is a lexer that reads the text
once, token by token (linear time: the earlier check parsed with rdflib's grammar, 1.2 ms a
character in a chain like `1+1+...`). Strings, IRIs, comments, variables, language tags, blank
node labels and the local parts of prefixed names cannot hold the keyword; every other
`service` is one, glued or not: Oxigraph reads `trueSERVICE:x{}` as `true SERVICE :x {}`.
It passes only where it cannot open a clause: the prefix `service:` of a name that no `{`
follows (`PREFIX service: <…>`, `?s service:p ?o`).

`<` is both an IRI start and an operator (`FILTER(?a<1#>'''` reads as `?a < 1`, a comment,
then code), so where the text from a `<` could be an IRI holding `'` or `#`, both readings
are lexed; lexers at the same position are one, so the work stays linear. Oxigraph reads
`\\u` escapes only in strings and IRIs; text holding one is also checked with the escapes
expanded, as SPARQL 1.1 expands them, so either reading is refused.
"""
from __future__ import annotations

import bisect
import re

__all__ = ["SERVICE_REFUSED", "TOO_COMPLEX_TO_CHECK", "refusal", "uses_service"]

SERVICE_REFUSED = ("federated query refused: this endpoint answers only about its own store, "
                   "SERVICE is disabled (the operator can allow it with "
                   "`policykg serve --allow-service`)")
TOO_COMPLEX_TO_CHECK = ("query refused: it reads in too many ways to check it for federation "
                        "(many `<` that may be IRIs or operators); rewrite it (the operator "
                        "can allow SERVICE with `policykg serve --allow-service`)")
_WORK_PER_CHAR = 8                  # characters lexed, all readings together, per character

_BASE = ("A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF"
         "\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD"
         "\U00010000-\U000EFFFF")                                   # PN_CHARS_BASE
_CHARS = _BASE + r"_\-0-9\u00B7\u0300-\u036F\u203F-\u2040"          # PN_CHARS
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_LOCAL = (rf"(?:[{_BASE}_:0-9]|{_PLX})"
          rf"(?:(?:[{_CHARS}.:]|{_PLX})*(?:[{_CHARS}:]|{_PLX}))?")
_TOKEN = re.compile(r"\s*+(?:" + "|".join([
    r"(?P<long>'''(?:'{0,2}(?:[^'\\]|\\[\s\S]))*+'''"
    r'|"""(?:"{0,2}(?:[^"\\]|\\[\s\S]))*+""")',
    r"""(?P<short>'(?:[^'\\\n\r]++|\\.)*+'|"(?:[^"\\\n\r]++|\\.)*+")""",
    r"(?P<iri><(?:[^<>\"{}|^`\\\x00-\x20]++|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*+>)",
    rf"(?P<var>[?$][{_BASE}_0-9][{_BASE}_0-9\u00B7\u0300-\u036F\u203F-\u2040]*+)",
    r"(?P<lang>@[A-Za-z]++(?:-[A-Za-z0-9]++)*+)",
    rf"(?P<bnode>_:[{_BASE}_0-9](?:[{_CHARS}.]*[{_CHARS}])?)",
    rf"(?P<name>(?:[{_BASE}](?:[{_CHARS}.]*[{_CHARS}])?)?:(?:{_LOCAL})?"
    rf"|[{_BASE}](?:[{_CHARS}.]*[{_CHARS}])?)",
    r"(?P<comment>#)",
    rf"(?P<other>[^'\"<?$@_#:{_BASE}]++|[\s\S])"]) + ")?")
_SPACE = re.compile(r"\s*+")
_SERVICE = re.compile("service", re.IGNORECASE)
_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def uses_service(text: str) -> bool:
    """True when the SPARQL query `text` has a SERVICE clause, or may have one (see module)."""
    return refusal(text) is not None


def refusal(text: str) -> str | None:
    """Why the query `text` is refused as federated (see module), or None."""
    why = _Lexer(text).refusal() if _SERVICE.search(text) else None
    if why is None and _UCHAR.search(text):
        expanded = _UCHAR.sub(_unescape, text)
        why = _Lexer(expanded).refusal() if _SERVICE.search(expanded) else None
    return why


def _unescape(m: re.Match) -> str:
    code = int(m[1] or m[2], 16)
    return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


class _Lexer:
    """Every reading of one text: each token start is lexed once, whichever reading reaches it."""

    def __init__(self, text: str):
        self.text = text
        self.line_ends = [m.start() for m in re.finditer(r"[\n\r]", text)]
        self.budget = _WORK_PER_CHAR * len(text) + 10_000

    def refusal(self) -> str | None:
        text, n, seen = self.text, len(self.text), set()
        starts = [0]                          # one per reading not lexed yet
        while starts:
            pos = starts.pop()
            while pos < n and pos not in seen:
                seen.add(pos)
                m = _TOKEN.match(text, pos)
                kind, end = m.lastgroup, m.end()
                if kind is None:              # only space was left
                    break
                self.budget -= end - pos
                if self.budget < 0:
                    return TOO_COMPLEX_TO_CHECK
                if kind == "comment":
                    end = self._line_end(end)
                elif kind == "name" and self._opens_service(m[0], end):
                    return SERVICE_REFUSED
                elif kind == "iri" and ("'" in m[0] or "#" in m[0]):
                    starts.append(m.start(kind) + 1)         # `<` as an operator
                pos = end
        return None

    def _skip(self, pos: int) -> int:
        return _SPACE.match(self.text, pos).end()

    def _line_end(self, pos: int) -> int:
        i = bisect.bisect_left(self.line_ends, pos)
        return self.line_ends[i] if i < len(self.line_ends) else len(self.text)

    def _opens_service(self, name: str, end: int) -> bool:
        """True when a `service` in the name's prefix part may be the keyword of a clause."""
        prefix = name.split(":", 1)[0]
        if len(prefix) < 7:
            return False
        hits = [m.end() for m in _SERVICE.finditer(prefix)]
        if not hits:
            return False
        if any(name[e:] == "" or name[e:].lower() == "silent" for e in hits):
            return True                # the clause's IRI or variable is in the next token
        return self._next_char(end) == "{"

    def _next_char(self, pos: int) -> str:
        """The first character from `pos` that is not space or in a comment ('' at the end)."""
        text = self.text
        while True:
            pos = self._skip(pos)
            if pos < len(text) and text[pos] == "#":
                pos = self._line_end(pos)
                continue
            return text[pos:pos + 1]

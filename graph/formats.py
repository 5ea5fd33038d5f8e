"""Write query results: the W3C SPARQL 1.1 results formats, a readable table, Turtle for graphs."""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from urllib.parse import unquote
from xml.sax.saxutils import escape, quoteattr

from .results import QueryResult, Term

__all__ = ["FORMATS", "MEDIA_TYPES", "format_result", "clip_to_width", "to_json", "to_xml", "to_csv", "to_tsv",
           "to_table", "to_turtle", "display_width", "compact_iri"]

FORMATS = ("table", "csv", "tsv", "json", "xml")

#: Format name -> media type of the W3C results format (table is plain text).
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "table": "text/plain",
    "turtle": "text/turtle",
}

_XSD = "http://www.w3.org/2001/XMLSchema#"
_BARE = {_XSD + "integer": re.compile(r"[+-]?\d+"), _XSD + "decimal": re.compile(r"[+-]?\d*\.\d+"),
         _XSD + "boolean": re.compile(r"true|false")}


def format_result(result: QueryResult, fmt: str = "table", max_width: int = 0,
                  links: tuple[str, ...] = ()) -> str:
    """`result` as text in `fmt`; graph results are Turtle whatever `fmt` says. `links` (IRIs
    of metadata about the results) go into the JSON and XML heads, which have a place for them."""
    if result.kind == "graph":
        return to_turtle(result)
    if fmt in ("json", "xml"):
        return (to_json if fmt == "json" else to_xml)(result, links)
    writer = {"csv": to_csv, "tsv": to_tsv}.get(fmt)
    if writer is not None:
        return writer(result)
    if fmt == "table":
        return to_table(result, max_width)
    raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")


def _json_term(t: Term) -> dict:
    out = {"type": t.kind, "value": t.value}
    if t.lang:
        out["xml:lang"] = t.lang
    elif t.datatype:
        out["datatype"] = t.datatype
    return out


def to_json(result: QueryResult, links: tuple[str, ...] = ()) -> str:
    """SPARQL 1.1 Query Results JSON Format (`links`: the head's `link` array)."""
    head = {"link": list(links)} if links else {}
    if result.kind == "ask":
        doc = {"head": head, "boolean": bool(result.boolean)}
    else:
        doc = {"head": {"vars": list(result.vars), **head}, "results": {"bindings": [
            {v: _json_term(t) for v, t in zip(result.vars, row) if t is not None}
            for row in result.rows]}}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def to_xml(result: QueryResult, links: tuple[str, ...] = ()) -> str:
    """SPARQL Query Results XML Format (`links`: `<link href>` elements of the head)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    out += [f"<variable name={quoteattr(v)}/>" for v in result.vars]
    out += [f"<link href={quoteattr(h)}/>" for h in links]
    out.append("</head>")
    if result.kind == "ask":
        out.append(f"<boolean>{'true' if result.boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in result.rows:
            out.append("<result>")
            for v, t in zip(result.vars, row):
                if t is not None:
                    out.append(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>")
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out) + "\n"


def _xml_term(t: Term) -> str:
    if t.kind == "uri":
        return f"<uri>{escape(t.value)}</uri>"
    if t.kind == "bnode":
        return f"<bnode>{escape(t.value)}</bnode>"
    attr = (f" xml:lang={quoteattr(t.lang)}" if t.lang else
            f" datatype={quoteattr(t.datatype)}" if t.datatype else "")
    return f"<literal{attr}>{escape(t.value)}</literal>"


def to_csv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV: plain values, CRLF line ends."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if result.kind == "ask":
        w.writerow(["boolean"])
        w.writerow(["true" if result.boolean else "false"])
        return buf.getvalue()
    w.writerow(result.vars)
    for row in result.rows:
        w.writerow(["" if t is None else ("_:" + t.value if t.kind == "bnode" else t.value)
                    for t in row])
    return buf.getvalue()


def _nt_string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace(
        "\r", "\\r").replace("\t", "\\t") + '"'


def _tsv_term(t: Term | None) -> str:
    if t is None:
        return ""
    if t.kind == "uri":
        return f"<{t.value}>"
    if t.kind == "bnode":
        return "_:" + t.value
    if t.lang:
        return f"{_nt_string(t.value)}@{t.lang}"
    if t.datatype:
        bare = _BARE.get(t.datatype)
        if bare is not None and bare.fullmatch(t.value):
            return t.value
        return f"{_nt_string(t.value)}^^<{t.datatype}>"
    return _nt_string(t.value)


def to_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results TSV: `?var` header, terms in Turtle syntax."""
    if result.kind == "ask":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join("?" + v for v in result.vars)]
    lines += ["\t".join(_tsv_term(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def display_width(text: str) -> int:
    """Terminal columns of `text`: wide and full-width characters (CJK) count two."""
    return sum(0 if unicodedata.combining(ch) else
               2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def clip_to_width(text: str, width: int) -> str:
    if width <= 0 or display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def compact_iri(iri: str) -> str:
    """`prefix:local` with the project's prefixes (%-escapes decoded, for reading), else `<iri>`."""
    from .namespaces import PREFIXES
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(str(ns)) and len(str(ns)) > len(PREFIXES.get(best, "")):
            best = prefix
    if best:
        return f"{best}:{unquote(iri[len(str(PREFIXES[best])):])}"
    return f"<{iri}>"


def _cell(t: Term | None) -> str:
    if t is None:
        return ""
    if t.kind == "uri":
        return compact_iri(t.value)
    if t.kind == "bnode":
        return "_:" + t.value
    return " ".join(t.value.split())


def to_table(result: QueryResult, max_width: int = 0) -> str:
    """Aligned columns for reading; cells longer than `max_width` columns end in `…`."""
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    header = list(result.vars)
    body = [[clip_to_width(_cell(t), max_width) for t in row] for row in result.rows]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in body])
              for i, h in enumerate(header)]

    def line(cells):
        return "  ".join(c + " " * (w - display_width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in body]
    n = len(result.rows)
    out.append(f"({n} row{'s' if n != 1 else ''}{', truncated' if result.truncated else ''})")
    return "\n".join(out) + "\n"


def to_turtle(result: QueryResult) -> str:
    """Triples as deterministic Turtle with the project's prefixes."""
    from rdflib import Graph

    from .namespaces import bind_prefixes
    from .results import term_to_rdflib
    g = Graph()
    bind_prefixes(g)
    for s, p, o in result.triples:
        g.add((term_to_rdflib(s), term_to_rdflib(p), term_to_rdflib(o)))
    return g.serialize(format="turtle")

"""Write concept trends (graph/trends.py) as a readable table, CSV or JSON."""
from __future__ import annotations

import csv
import io
import json

from .compare import DocInfo
from .compare_formats import clip
from .formats import display_width
from .trends import Trends

__all__ = ["TRENDS_FORMATS", "format_trends", "trends_data", "document_data"]

TRENDS_FORMATS = ("table", "csv", "json")
_COLUMNS = ("concept", "labels", "document", "title", "year", "date", "issuer", "sentences",
            "claims", "first_year", "first_document", "documents", "issuers")


def format_trends(t: Trends, fmt: str = "table", max_width: int = 60,
                  limit: int | None = None) -> str:
    """`t` as text; `limit` keeps the first concepts only."""
    concepts = t.concepts if limit is None else t.concepts[:limit]
    if fmt == "json":
        return json.dumps(trends_data(t, limit), ensure_ascii=False, indent=1,
                          sort_keys=True) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(_COLUMNS)
        for c in concepts:
            for cell in c.cells:
                d = t.document(cell.document)
                w.writerow([c.concept, "; ".join(c.labels), d.source, d.title,
                            "" if d.year is None else d.year, d.date, d.issuer, cell.sentences,
                            cell.claims, "" if c.first_year is None else c.first_year,
                            c.first_document, c.documents, c.issuers])
        return buf.getvalue()
    if fmt == "table":
        return _table(t, concepts, max_width)
    raise ValueError(f"unknown format {fmt!r}; known: {', '.join(TRENDS_FORMATS)}")


def document_data(d: DocInfo) -> dict:
    return {"id": d.id, "source": d.source, "title": d.title, "year": d.year, "date": d.date,
            "issuer": d.issuer}


def trends_data(t: Trends, limit: int | None = None) -> dict:
    """Plain JSON-able data: the documents in date order and the concepts with their counts."""
    concepts = t.concepts if limit is None else t.concepts[:limit]
    return {"graph": t.graph, "documents": [document_data(d) for d in t.documents],
            "concepts": [{"concept": c.concept, "labels": list(c.labels),
                          "first": {"document": c.first_document, "year": c.first_year},
                          "documents": c.documents, "issuers": c.issuers,
                          "sentences": c.sentences,
                          "counts": [{"document": x.document, "sentences": x.sentences,
                                      "claims": x.claims} for x in c.cells]}
                         for c in concepts]}


def _table(t: Trends, concepts, max_width: int) -> str:
    tags = {d.source: f"D{i}" for i, d in enumerate(t.documents, 1)}
    out = ["Documents (in date order)"]
    for d in t.documents:
        title = clip(d.title, max_width) if d.title != d.source else ""
        facts = [x for x in (d.date or (str(d.year) if d.year else ""), d.issuer, title) if x]
        out.append(f"  {tags[d.source]}  {d.source}" + (f"  ({', '.join(facts)})" if facts else ""))
    out.append("")
    out.append("Concepts (D1…: sentences naming the concept in each document; first: first "
               "appearance)")
    header = ["concept", "docs", "issuers", "first"] + [tags[d.source] for d in t.documents]
    rows = []
    for c in concepts:
        counts = {x.document: x.sentences for x in c.cells}
        first = f"{c.first_year or '—'} {tags[c.first_document]}"
        rows.append([clip(c.concept, max_width), str(c.documents), str(c.issuers), first]
                    + [str(counts.get(d.source, "·")) for d in t.documents])
    widths = [max([display_width(h)] + [display_width(r[i]) for r in rows])
              for i, h in enumerate(header)]

    def line(cells):
        return "  ".join(c + " " * (w - display_width(c)) for c, w in zip(cells, widths)).rstrip()
    out += [line(header), line(["-" * w for w in widths])] + [line(r) for r in rows]
    n = len(rows)
    out.append(f"({n} concept{'s' if n != 1 else ''} of {len(t.concepts)})")
    return "\n".join(out) + "\n"

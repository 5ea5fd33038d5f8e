"""Write a comparison (graph/compare.py) as a readable table, CSV or JSON."""
from __future__ import annotations

import csv
import io
import json

from .compare import STATUSES, Change, Comparison, Side
from .formats import clip_to_width, display_width

__all__ = ["COMPARE_FORMATS", "format_comparison", "comparison_data", "side_data", "clip"]

COMPARE_FORMATS = ("table", "csv", "json")
_COLUMNS = ("kind", "status", "subject", "relation", "object", "a", "b", "labels",
            "evidence_a", "evidence_b")


def format_comparison(c: Comparison, fmt: str = "table", max_width: int = 60,
                      limit: int | None = None) -> str:
    """`c` as text; `limit` keeps at most that many rows of each kind and status."""
    if fmt == "json":
        return json.dumps(comparison_data(c, limit), ensure_ascii=False, indent=1,
                          sort_keys=True) + "\n"
    if fmt == "csv":
        return _csv(c, limit)
    if fmt == "table":
        return _table(c, max_width, limit)
    raise ValueError(f"unknown format {fmt!r}; known: {', '.join(COMPARE_FORMATS)}")


def _limited(items: tuple[Change, ...], limit: int | None) -> list[Change]:
    if limit is None:
        return list(items)
    seen: dict[str, int] = {}
    out = []
    for ch in items:
        seen[ch.status] = seen.get(ch.status, 0) + 1
        if seen[ch.status] <= limit:
            out.append(ch)
    return out


def side_data(s: Side) -> dict:
    d = s.doc
    doc = None if d is None else {"id": d.id, "source": d.source, "title": d.title,
                                  "year": d.year, "date": d.date, "issuer": d.issuer}
    return {"name": s.name, "graph": s.graph, "document": doc}


def _change_data(ch: Change) -> dict:
    ev = lambda items: [{"text": e.text, "source": e.source, "begin": e.begin}  # noqa: E731
                        for e in items]
    return {"status": ch.status, "subject": ch.subject, "relation": ch.relation,
            "object": ch.object, "labels": list(ch.labels), "a": ch.count_a, "b": ch.count_b,
            "evidence_a": ev(ch.evidence_a), "evidence_b": ev(ch.evidence_b)}


def comparison_data(c: Comparison, limit: int | None = None) -> dict:
    """Plain JSON-able data: the two sides, the counts, concepts and claims."""
    return {"a": side_data(c.a), "b": side_data(c.b), "counts": c.counts(),
            "statuses": list(STATUSES),
            "concepts": [_change_data(ch) for ch in _limited(c.concepts, limit)],
            "claims": [_change_data(ch) for ch in _limited(c.claims, limit)]}


def _csv(c: Comparison, limit: int | None) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(_COLUMNS)
    for ch in _limited(c.concepts, limit) + _limited(c.claims, limit):
        w.writerow([ch.kind, ch.status, ch.subject, ch.relation, ch.object, ch.count_a,
                    ch.count_b, "; ".join(ch.labels), "\n".join(e.text for e in ch.evidence_a),
                    "\n".join(e.text for e in ch.evidence_b)])
    return buf.getvalue()


def clip(text: str, width: int) -> str:
    """`text` on one line, cut to `width` terminal columns with `…` (0: never cut)."""
    return clip_to_width(" ".join(text.split()), width)


def _grid(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max([display_width(h)] + [display_width(r[i]) for r in rows])
              for i, h in enumerate(header)]

    def line(cells):
        return "  ".join(c + " " * (w - display_width(c)) for c, w in zip(cells, widths)).rstrip()
    return [line(header), line(["-" * w for w in widths])] + [line(r) for r in rows]


def _side_line(tag: str, s: Side) -> str:
    d = s.doc
    if d is None:
        return f"{tag}: {s.graph} (whole graph)"
    facts = [x for x in (d.title, str(d.year or ""), d.issuer) if x]
    return f"{tag}: {d.name} ({', '.join(facts)})" if facts else f"{tag}: {d.name}"


def _first_evidence(ch: Change) -> str:
    ev = ch.evidence_b or ch.evidence_a
    return ev[0].text if ev else ""


def _table(c: Comparison, max_width: int, limit: int | None) -> str:
    counts = c.counts()
    out = [_side_line("A", c.a), _side_line("B", c.b)]
    for kind in ("concepts", "claims"):
        out.append(f"{kind}: " + ", ".join(f"{counts[kind][s]} {s}" for s in STATUSES))
    out.append("")
    out.append("Concepts (A, B: sentences naming the concept; evidence: B's first, else A's)")
    out += _grid(["status", "concept", "A", "B", "evidence"],
                 [[ch.status, clip(ch.subject, max_width), str(ch.count_a), str(ch.count_b),
                   clip(_first_evidence(ch), max_width)] for ch in _limited(c.concepts, limit)])
    out.append("")
    out.append("Claims (A, B: evidence sentences)")
    out += _grid(["status", "subject", "relation", "object", "A", "B", "evidence"],
                 [[ch.status, clip(ch.subject, max_width), ch.relation,
                   clip(ch.object, max_width), str(ch.count_a), str(ch.count_b),
                   clip(_first_evidence(ch), max_width)] for ch in _limited(c.claims, limit)])
    return "\n".join(out) + "\n"

"""The trends chart: small multiples of concepts across the documents of a graph in date
order, one panel a concept, one bar a document, its first appearance marked (one offline
HTML file)."""
from __future__ import annotations

from pathlib import Path

from policykg.graph.trends import Trends
from policykg.graph.trends_formats import trends_data

from .standalone import standalone_html, view_styles, write_page

__all__ = ["MAX_PANELS", "trends_page_data", "trends_page_html", "write_trends_page"]

#: Panels drawn at most; the page says how many concepts were left out.
MAX_PANELS = 60


def trends_page_data(t: Trends, title: str = "", max_panels: int = MAX_PANELS) -> dict:
    """Everything the page script needs: documents, the first `max_panels` concepts, colours."""
    data = trends_data(t, max_panels or None)
    shown, total = len(data["concepts"]), len(t.concepts)
    data["title"] = title or f"policykg trends: {t.graph}"
    data["message"] = (f"显示 shown {shown} / {total} 概念 concepts (the first in the order "
                       f"chosen; policykg trends --limit N picks how many)"
                       if shown < total else "")
    data["styles"] = {s.key: {"label": s.label, "colour": s.colour, "tint": s.tint}
                      for s in view_styles("trends")}
    return data


def trends_page_html(t: Trends, title: str = "", max_panels: int = MAX_PANELS) -> str:
    data = trends_page_data(t, title, max_panels)
    return standalone_html("trends.html", data["title"], data, ("views.js", "trends.js"),
                           ("views.css",))


def write_trends_page(t: Trends, out: str | Path, title: str = "",
                      max_panels: int = MAX_PANELS) -> Path:
    """Write the chart for `t` to `out` (atomically)."""
    return write_page(trends_page_html(t, title, max_panels), out)

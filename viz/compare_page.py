"""The compare page: two documents or graphs side by side, what is new, dropped, strengthened
or shared coloured, every item's evidence sentences on a click (one offline HTML file)."""
from __future__ import annotations

from pathlib import Path

from policykg.graph.compare import Comparison
from policykg.graph.compare_formats import comparison_data

from .standalone import standalone_html, view_styles, write_page

__all__ = ["compare_page_data", "compare_page_html", "write_compare_page"]


def compare_page_data(c: Comparison, title: str = "") -> dict:
    """Everything the page script needs: the comparison and the status colours."""
    data = comparison_data(c)
    data["title"] = title or f"policykg compare: {c.a.name} → {c.b.name}"
    data["styles"] = {s.key: {"label": s.label, "colour": s.colour, "tint": s.tint}
                      for s in view_styles("status")}
    return data


def compare_page_html(c: Comparison, title: str = "") -> str:
    data = compare_page_data(c, title)
    return standalone_html("compare.html", data["title"], data, ("views.js", "compare.js"),
                           ("views.css",))


def write_compare_page(c: Comparison, out: str | Path, title: str = "") -> Path:
    """Write the page for `c` to `out` (atomically)."""
    return write_page(compare_page_html(c, title), out)

"""Write the HTML view of a graph: read, select, render, write atomically (utf-8)."""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from policykg.extract.resources import Resources, resources_or_default
from policykg.graph.serialize import atomic_path

from .model import GraphView, read_view
from .page import page_data, page_html
from .select import Selection, VizOptions, select
from .source import read_triples

__all__ = ["VizResult", "render_graph", "render_view", "render_file", "default_output"]


@dataclass(frozen=True)
class VizResult:
    """What a render wrote and showed."""
    path: Path
    selection: Selection
    nodes: int
    edges: int
    events: int
    message: str


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def default_output(graph_path: str | Path) -> Path:
    """GRAPH.ttl -> GRAPH.html beside it."""
    return Path(graph_path).with_suffix(".html")


def render_graph(graph: Graph | Iterable[tuple], out: str | Path,
                 options: VizOptions = VizOptions(), graph_name: str = "graph.ttl",
                 resources: Resources | None = None) -> VizResult:
    """Write the page for an rdflib graph (or a list of its triples) to `out`; generic heads
    and qualifier positions are those of `resources` (default: the package's tables)."""
    return render_view(read_view(graph), out, options, graph_name, resources)


def render_view(view: GraphView, out: str | Path, options: VizOptions = VizOptions(),
                graph_name: str = "graph.ttl", resources: Resources | None = None
                ) -> VizResult:
    """Write the page of a view model (viz/model.py, viz/reading.py) to `out`."""
    res = resources_or_default(resources)
    sel = select(view, options, graph_name, res)
    data = page_data(view, sel, options, graph_name, res)
    text = page_html(data)
    with atomic_path(out, suffix=".html") as tmp:
        tmp.write_text(text, encoding="utf-8")
        os.chmod(tmp, 0o666 & ~_umask())
    return VizResult(Path(out), sel, len(data["nodes"]), len(data["edges"]), len(data["events"]),
                     sel.message)


def render_file(graph_path: str | Path, out: str | Path | None = None,
                options: VizOptions = VizOptions()) -> VizResult:
    """Read a graph file and write its page (default: beside it, .html)."""
    try:
        triples = read_triples(graph_path)
    except MemoryError:         # a term over pyoxigraph's 16 MiB parser buffer: use rdflib
        from policykg.graph.loading import load_graph
        triples = list(load_graph(graph_path))
    return render_graph(triples, out or default_output(graph_path), options, str(graph_path))

"""Graph -> one self-contained, offline HTML page (pyvis / vis-network), checked headless."""
from __future__ import annotations

from .render import VizResult, default_output, render_file, render_graph
from .select import UnknownConceptError, UnknownRelationError, VizOptions

__all__ = ["VizOptions", "VizResult", "render_file", "render_graph", "default_output",
           "UnknownConceptError", "UnknownRelationError"]

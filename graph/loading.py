"""Load an RDF file into an rdflib Graph; a missing or broken file is one clear error."""
from __future__ import annotations

import re
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from policykg.extract.errors import InputError

from .namespaces import bind_prefixes

__all__ = ["RDF_FORMATS", "GraphSyntaxError", "rdf_format_for", "load_graph"]

#: File suffix -> rdflib parser name.
RDF_FORMATS = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".ntriples": "nt", ".nq": "nquads",
    ".trig": "trig", ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".xml": "xml",
    ".owl": "xml", ".n3": "n3",
}
_QUADS = {"nquads", "trig"}
_HINT = "give a graph written by policykg build or export, or rebuild it: policykg build -o out"


class GraphSyntaxError(InputError):
    """An RDF file that does not parse; `line` is 1-based (0 when the parser gave none)."""

    def __init__(self, path, line: int, detail: str):
        where = f"line {line}: " if line else ""
        detail = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in detail)
        super().__init__(path, f"{where}not valid RDF: {detail}", _HINT)
        self.line = line
        self.detail = detail


def rdf_format_for(path: str | Path) -> str:
    """rdflib parser name for a file suffix."""
    fmt = RDF_FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        known = " ".join(sorted(RDF_FORMATS))
        raise InputError(path, "unknown RDF file type", f"use one of the suffixes {known}")
    return fmt


def load_graph(path: str | Path, graph: str | None = None) -> Graph:
    """The triples of an RDF file (all graphs merged for N-Quads and TriG), with our prefixes.

    With `graph` (an IRI), only the triples of that named graph of an N-Quads or TriG file.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(p, "no such file", "build a graph first: policykg build  (writes "
                                            "out/graph.ttl)")
    if p.is_dir():
        raise InputError(p, "is a folder, not a graph file", _HINT)
    fmt = rdf_format_for(p)
    try:
        if fmt in _QUADS:
            ds = Dataset()
            ds.parse(p, format=fmt)
            out = Graph(bind_namespaces="none")
            ctx = None if graph is None else URIRef(graph)
            for s, pr, o, g in ds.quads((None, None, None, None)):
                if ctx is None or g == ctx:
                    out.add((s, pr, o))
        elif graph is not None:
            raise InputError(p, "holds no named graphs", "give a .trig or .nq file to pick "
                                                         "one graph from")
        else:
            out = Graph(bind_namespaces="none").parse(p, format=fmt)
    except OSError as exc:
        raise InputError(p, f"cannot read: {exc.strerror or exc}") from None
    except InputError:
        raise
    except Exception as exc:   # rdflib's parsers raise many unrelated exception types
        raise _syntax_error(p, exc) from None
    if len(out) == 0:
        if graph is not None:
            raise InputError(p, f"holds no graph named <{graph}>",
                             "policykg build --format trig names each graph by its document IRI")
        raise InputError(p, "holds no RDF triples", _HINT)
    bind_prefixes(out)
    return out


def _syntax_error(path: Path, exc: Exception) -> GraphSyntaxError:
    """Where and why `path` does not parse: pyoxigraph's message when it gives a line
    (it names line and columns for every syntax it reads), else rdflib's."""
    import pyoxigraph as ox
    try:
        ox_format = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower())
        if ox_format is not None:
            for _ in ox.parse(path=str(path), format=ox_format):
                pass
    except SyntaxError as ox_exc:
        if ox_exc.lineno:
            detail = re.sub(r"^Parser error (at|between) [^:]*: ", "", ox_exc.msg or str(ox_exc))
            return GraphSyntaxError(path, ox_exc.lineno, detail)
    except (OSError, ValueError):
        pass
    if isinstance(exc, UnicodeDecodeError):
        return GraphSyntaxError(path, 0, f"not UTF-8 text (byte {exc.start})")
    line = _rdflib_line(exc)
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return GraphSyntaxError(path, line, re.sub(r"^\S*:\d+:\d+: ", "", detail))


def _rdflib_line(exc: Exception) -> int:
    if hasattr(exc, "getLineNumber"):          # xml.sax.SAXParseException
        return int(exc.getLineNumber() or 0)
    if isinstance(getattr(exc, "lines", None), int):   # notation3.BadSyntax, 0-based
        return exc.lines + 1
    m = re.search(r"line (\d+)", str(exc))
    return int(m.group(1)) if m else 0

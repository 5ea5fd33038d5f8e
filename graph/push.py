"""Load a graph file into a SPARQL 1.1 Graph Store HTTP Protocol endpoint, in batches.

The file is parsed twice with pyoxigraph: once to check it (nothing is sent when it does not
parse) and once to send it as N-Triples batches. In "replace" mode the first batch of each
target graph is a PUT (replacing the graph), the rest are POSTs (adding); in "add" mode every
batch is a POST. Quads files (TriG, N-Quads) go graph by graph, each to the graph it names,
unless one target graph is given. Blank nodes are not kept together across batches: send
graphs with blank nodes in one batch (a batch size above their triple count).
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from policykg.extract.errors import InputError, PolicyKGError

__all__ = ["MODES", "PushError", "PushResult", "push", "target_url"]

#: Push modes: replace the target graph(s), or add to them.
MODES = ("replace", "add")
DEFAULT_GRAPH = ""


class PushError(PolicyKGError):
    """The endpoint could not be reached or refused the data."""


@dataclass
class PushResult:
    """What was sent: triples and requests in all, and triples per target graph."""
    endpoint: str
    triples: int = 0
    batches: int = 0
    graphs: dict[str, int] = field(default_factory=dict)   # "" is the default graph


def target_url(endpoint: str, graph: str = DEFAULT_GRAPH) -> str:
    """The Graph Store URL of one graph: ENDPOINT?default or ENDPOINT?graph=IRI."""
    query = "default" if not graph else "graph=" + urllib.parse.quote(graph, safe="")
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


def push(path: str | Path, endpoint: str, graph: str | None = None, mode: str = "replace",
         batch_size: int = 50_000, timeout: float = 60.0) -> PushResult:
    """Send the triples of `path` to `endpoint` (a Graph Store URL, e.g. http://host/store)."""
    import pyoxigraph as ox

    _check_endpoint(endpoint)
    if mode not in MODES:
        raise PushError(f"unknown push mode {mode!r}", f"use one of {', '.join(MODES)}")
    if batch_size < 1:
        raise PushError(f"batch size must be at least 1, not {batch_size}")
    if graph is not None and not urllib.parse.urlsplit(graph).scheme:
        raise PushError(f"graph name {graph!r} is not an absolute IRI",
                        "give a full IRI such as https://example.org/graph/policy")
    src = Path(path)
    fmt = _format(src)
    counts = _check(src, fmt)
    result = PushResult(endpoint)
    if not counts and mode == "replace":      # an empty file empties the target graph
        counts = {graph or DEFAULT_GRAPH: 0}
    started: set[str] = set()
    pending: dict[str, list[str]] = {}

    def send(target: str, lines: list[str]) -> None:
        method = "PUT" if mode == "replace" and target not in started else "POST"
        started.add(target)
        _request(target_url(endpoint, target), method, "".join(lines).encode("utf-8"), timeout)
        result.batches += 1
        result.triples += len(lines)
        result.graphs[target] = result.graphs.get(target, 0) + len(lines)

    for quad in ox.parse(path=str(src), format=fmt):
        target = graph if graph is not None else _graph_name(quad.graph_name)
        lines = pending.setdefault(target, [])
        lines.append(f"{quad.triple} .\n")
        if len(lines) >= batch_size:
            send(target, lines)
            pending[target] = []
    for target in counts if graph is None else [graph]:
        if pending.get(target) or target not in started:
            send(target, pending.get(target, []))
    return result


def _check_endpoint(endpoint: str) -> None:
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"endpoint {endpoint!r} is not an http(s) URL",
                        "give the Graph Store URL, e.g. http://127.0.0.1:7878/store")


def _format(src: Path):
    import pyoxigraph as ox
    if not src.is_file():
        raise InputError(src, "no such file" if not src.exists() else "is not a file")
    fmt = ox.RdfFormat.from_extension(src.suffix.lstrip(".").lower()) if src.suffix else None
    if fmt is None:
        raise InputError(src, "unknown RDF file type",
                         "name it .ttl, .nt, .trig, .nq, .rdf or .jsonld")
    return fmt


def _check(src: Path, fmt) -> dict[str, int]:
    """Triples per graph name in the file; InputError when it does not parse."""
    import pyoxigraph as ox
    counts: dict[str, int] = {}
    try:
        for quad in ox.parse(path=str(src), format=fmt):
            g = _graph_name(quad.graph_name)
            counts[g] = counts.get(g, 0) + 1
    except SyntaxError as exc:
        raise InputError(src, f"not valid {fmt.name} ({exc})") from None
    except OSError as exc:
        raise InputError(src, f"cannot be read ({exc.strerror or exc})") from None
    return counts


def _graph_name(name) -> str:
    value = getattr(name, "value", None)
    return value if isinstance(value, str) else DEFAULT_GRAPH


def _request(url: str, method: str, body: bytes, timeout: float) -> None:
    req = urllib.request.Request(url, data=body, method=method,
                                 headers={"Content-Type": "application/n-triples"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read(300).decode("utf-8", "replace").strip().splitlines()
        reason = f"HTTP {exc.code} {exc.reason}" + (f": {detail[0]}" if detail else "")
        raise PushError(f"{method} {url} was refused ({reason})",
                        "check that the endpoint accepts Graph Store updates") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise PushError(f"cannot reach {url} ({reason})",
                        "check the endpoint URL and that the server is running") from None

"""Load a graph file into a SPARQL 1.1 Graph Store HTTP Protocol endpoint, in batches.

The file is parsed twice with pyoxigraph: once to check it (nothing is sent when it does not
parse) and once to send it as N-Triples batches. Where the server also offers SPARQL Update
(`update`, by default ENDPOINT's sibling `/update` when ENDPOINT ends in `/store`, as on
Oxigraph), the batches go into a temporary named graph per target and one update request
then MOVEs (replace) or ADDs (add) them all into place: the targets change at once or not at
all. Without SPARQL Update, in "replace" mode the first batch of each target graph is a PUT
(replacing the graph), the rest are POSTs; in "add" mode every batch is a POST; a failure
then leaves the targets partial, and the error says how much had arrived. Quads files (TriG,
N-Quads) go graph by graph, each to the graph it names, unless one target graph is given.
Blank nodes are not kept together across batches: send graphs with blank nodes in one batch
(a batch size above their triple count).
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from policykg.extract.errors import InputError, PolicyKGError

from .staging import checkpoint

__all__ = ["MODES", "PushError", "PushResult", "push", "target_url", "update_url"]

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
    update: str | None = None       # the SPARQL Update URL of a transactional push


def target_url(endpoint: str, graph: str = DEFAULT_GRAPH) -> str:
    """The Graph Store URL of one graph: ENDPOINT?default or ENDPOINT?graph=IRI."""
    query = "default" if not graph else "graph=" + urllib.parse.quote(graph, safe="")
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


def update_url(endpoint: str) -> str | None:
    """The SPARQL Update URL beside a Graph Store URL ending in /store (Oxigraph's layout)."""
    parts = urllib.parse.urlsplit(endpoint)
    if not parts.path.endswith("/store"):
        return None
    return urllib.parse.urlunsplit(parts._replace(path=parts.path[:-len("store")] + "update",
                                                  query=""))


def push(path: str | Path, endpoint: str, graph: str | None = None, mode: str = "replace",
         batch_size: int = 50_000, timeout: float = 60.0,
         update: str | None = "auto") -> PushResult:
    """Send the triples of `path` to `endpoint` (a Graph Store URL, e.g. http://host/store).

    `update` is the SPARQL Update URL for a transactional push, "auto" (update_url, used when
    the server accepts it) or None (batches straight into the targets).
    """
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
    total = sum(counts.values())
    targets = list(counts) if graph is None else [graph]
    if not targets and mode == "replace":      # an empty file empties the target graph
        targets = [graph or DEFAULT_GRAPH]
    result = PushResult(endpoint, update=_usable_update(endpoint, update, timeout))
    staging = {t: f"urn:policykg:push:{uuid.uuid4()}" for t in targets} if result.update else {}
    started: set[str] = set()
    pending: dict[str, list[str]] = {}

    def send(target: str, lines: list[str]) -> None:
        dest = staging.get(target, target)
        fresh = target not in started
        started.add(target)
        if not lines and staging:
            return              # nothing to stage: the update clears or leaves the target
        method = "PUT" if fresh and (mode == "replace" or staging) else "POST"
        _request(target_url(endpoint, dest), method, "".join(lines).encode("utf-8"), timeout)
        result.batches += 1
        result.triples += len(lines)
        result.graphs[target] = result.graphs.get(target, 0) + len(lines)
        checkpoint("pushed-batch")

    try:
        for quad in ox.parse(path=str(src), format=fmt):
            target = graph if graph is not None else _graph_name(quad.graph_name)
            lines = pending.setdefault(target, [])
            lines.append(f"{quad.triple} .\n")
            if len(lines) >= batch_size:
                send(target, lines)
                pending[target] = []
        for target in targets:
            if pending.get(target) or target not in started:
                send(target, pending.get(target, []))
        commit = _commit_update(staging, result.graphs, mode) if staging else ""
        if commit:
            _request(result.update, "POST", commit.encode("utf-8"), timeout,
                     "application/sparql-update")
    except PushError as exc:
        raise PushError(f"{exc.message}; {_progress(result, total, staging, timeout)}",
                        exc.hint) from None
    for target in targets:
        result.graphs.setdefault(target, 0)
    return result


def _iri(iri: str) -> str:
    import pyoxigraph as ox
    return str(ox.NamedNode(iri))     # checked and written by pyoxigraph, never pasted raw


def _graph_ref(target: str) -> str:
    return f"GRAPH {_iri(target)}" if target else "DEFAULT"


def _commit_update(staging: dict[str, str], sent: dict[str, int], mode: str) -> str:
    """One SPARQL Update request that moves (or adds) every staged graph into its target."""
    ops = []
    for target, tmp in staging.items():
        if not sent.get(target):
            if mode == "replace":
                ops.append(f"CLEAR SILENT {_graph_ref(target)}")
        elif mode == "replace":
            ops.append(f"MOVE GRAPH {_iri(tmp)} TO {_graph_ref(target)}")
        else:
            ops.append(f"ADD GRAPH {_iri(tmp)} TO {_graph_ref(target)}")
            ops.append(f"DROP GRAPH {_iri(tmp)}")
    return " ;\n".join(ops) + "\n" if ops else ""


def _usable_update(endpoint: str, update: str | None, timeout: float) -> str | None:
    """The update URL to use: given, or found beside ENDPOINT and accepted by the server."""
    if update != "auto":
        return update
    url = update_url(endpoint)
    if url is None:
        return None
    try:          # a no-op update: a server without SPARQL Update (or read-only) refuses it
        _request(url, "POST", b"CLEAR SILENT GRAPH <urn:policykg:push:probe>",
                 min(timeout, 10.0), "application/sparql-update")
    except PushError:
        return None
    return url


def _progress(result: PushResult, total: int, staging: dict[str, str], timeout: float) -> str:
    """What had arrived when a push failed, and what state that leaves the target in."""
    n = result.batches
    arrived = (f"{result.triples} of {total} triples had arrived in {n} "
               f"request{'s' * (n != 1)}")
    if staging:
        left = [tmp for tmp in staging.values() if not _drop(result.update, tmp, timeout)]
        where = ("in temporary graphs, which were dropped" if not left else
                 f"in temporary graphs; drop {', '.join(_iri(t) for t in left)} by hand")
        return f"{arrived} {where}; the target is unchanged"
    if not result.triples:
        return "nothing had arrived; the target is unchanged"
    return f"{arrived}: the target is partial (push again once the endpoint works)"


def _drop(update: str, tmp: str, timeout: float) -> bool:
    try:
        _request(update, "POST", f"DROP SILENT GRAPH {_iri(tmp)}".encode("utf-8"),
                 min(timeout, 10.0), "application/sparql-update")
    except PushError:
        return False
    return True


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


def _request(url: str, method: str, body: bytes, timeout: float,
             content_type: str = "application/n-triples") -> None:
    req = urllib.request.Request(url, data=body, method=method,
                                 headers={"Content-Type": content_type})
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

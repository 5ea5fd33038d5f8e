"""A read-only SPARQL 1.1 Protocol endpoint: the Oxigraph server behind a thin proxy.

`oxigraph serve-read-only` answers the queries. It has no result-row cap, and its --timeout-s
did not stop a long join or aggregate here (the query kept a core busy after the client gave up),
so a small proxy in front of it: refuses updates (403 and a message); waits `timeout_s` for an
answer, then returns 504 and restarts the Oxigraph process, which ends the runaway query (and
any other query in flight, which gets 502); caps rows (or triples) at `max_rows` and says so in
the `X-PolicyKG-Truncated` header; negotiates the result format (JSON, XML, CSV, TSV; Turtle,
N-Triples, RDF/XML for graphs).
"""
from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import islice
from pathlib import Path

from .federation import SERVICE_REFUSED, uses_service
from .formats import format_result
from .protocol import (GRAPH_MEDIA, GRAPH_TYPES, READ_ONLY, RESULT_MEDIA, RESULT_TYPES,
                       UPSTREAM_ACCEPT, graph_bytes, looks_like_update, negotiate)
from .query_errors import ServerError
from .results import QueryResult, term_from_oxigraph

__all__ = ["serve", "SparqlProxy", "oxigraph_command"]

def oxigraph_command() -> str:
    """Path of the `oxigraph` server command (pip install oxigraph)."""
    found = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(
        Path(sys.executable).parent))
    if not found:
        raise ServerError("the oxigraph server command is not installed",
                          "pip install 'policykg[server]'  (or pip install oxigraph)")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SparqlProxy:
    """`oxigraph serve-read-only` on a private loopback port, and the proxy's limits."""

    def __init__(self, location: Path, timeout_s: float, max_rows: int):
        self.location, self.timeout_s, self.max_rows = location, timeout_s, max_rows
        self.port = 0
        self.upstream = ""
        self.process: subprocess.Popen | None = None
        self.restarts = 0
        self._lock = threading.Lock()

    def start(self) -> None:
        self.port = _free_port()
        self.upstream = f"http://127.0.0.1:{self.port}/query"
        cmd = [oxigraph_command(), "serve-read-only", "--location", str(self.location),
               "--bind", f"127.0.0.1:{self.port}", "--timeout-s", str(max(1, round(self.timeout_s)))]
        self.process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode("utf-8", "replace").strip()
                raise ServerError(f"oxigraph server did not start: {err or 'exited'}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise ServerError("oxigraph server did not start within 15 s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(2)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process and self.process.stderr:
            self.process.stderr.close()

    def query(self, text: str, graphs: list[tuple[str, str]]):
        """(status, QueryResult or error text) from the Oxigraph server."""
        upstream, process = self.upstream, self.process
        url = upstream + ("?" + urllib.parse.urlencode(graphs) if graphs else "")
        req = urllib.request.Request(url, data=text.encode("utf-8"), method="POST", headers={
            "Content-Type": "application/sparql-query", "Accept": UPSTREAM_ACCEPT})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout_s) as resp:
                return 200, self._read(resp)
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", "replace").strip()
            return exc.code, body or exc.reason
        except (TimeoutError, socket.timeout):
            self._restart(process)
            return 504, f"query stopped: it ran longer than the {self.timeout_s:g} s timeout"
        except (urllib.error.URLError, OSError) as exc:
            if isinstance(getattr(exc, "reason", None), (TimeoutError, socket.timeout)):
                self._restart(process)
                return 504, f"query stopped: it ran longer than the {self.timeout_s:g} s timeout"
            return 502, f"query cancelled (the query server restarted): {exc}"

    def _restart(self, process) -> None:
        """Kill the Oxigraph process that ran a query too long and start a fresh one."""
        with self._lock:
            if process is not self.process:       # another thread restarted it already
                return
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            if self.process.stderr:
                self.process.stderr.close()
            self.restarts += 1
            self.start()

    def _read(self, resp) -> QueryResult:
        import pyoxigraph as ox
        media = resp.headers.get_content_type()
        cap = self.max_rows
        if media == "application/n-triples":
            triples = [tuple(term_from_oxigraph(t) for t in (tr.subject, tr.predicate, tr.object))
                       for tr in islice(ox.parse(resp, format=ox.RdfFormat.N_TRIPLES), cap + 1)]
            return QueryResult("graph", triples=tuple(triples)).head(cap)
        res = ox.parse_query_results(resp, format=ox.QueryResultsFormat.JSON)
        if isinstance(res, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(res))
        names = tuple(v.value for v in res.variables)
        rows = [tuple(term_from_oxigraph(s[i]) for i in range(len(names)))
                for s in islice(res, cap + 1)]
        return QueryResult("select", vars=names, rows=tuple(rows)).head(cap)


class _Handler(BaseHTTPRequestHandler):
    server_version = "policykg-sparql"
    proxy: SparqlProxy        # set on the subclass that `serve` makes
    allow_service = False

    def log_message(self, fmt, *args):          # quiet: one line per request only on errors
        pass

    def _send(self, status: int, body: bytes, media: str, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media + ("; charset=utf-8" if media.startswith("text/")
                                                  or "json" in media or "xml" in media else ""))
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str) -> None:
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain")

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if url.path == "/" and not params:
            return self._text(200, f"policykg SPARQL endpoint (read-only): GET or POST /query; "
                                   f"timeout {self.proxy.timeout_s:g} s, at most "
                                   f"{self.proxy.max_rows} rows per result")
        self._dispatch(url.path, params)

    do_HEAD = do_GET

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        ctype = (self.headers.get_content_type() or "").lower()
        if ctype == "application/sparql-update":
            return self._text(403, READ_ONLY)
        if ctype == "application/sparql-query":
            params["query"] = [body]
        elif ctype == "application/x-www-form-urlencoded":
            for k, v in urllib.parse.parse_qs(body, keep_blank_values=True).items():
                params.setdefault(k, []).extend(v)
        else:
            return self._text(415, f"unsupported Content-Type {ctype or '(none)'}: use "
                                   "application/x-www-form-urlencoded or application/sparql-query")
        self._dispatch(url.path, params)

    def _dispatch(self, path: str, params: dict[str, list[str]]) -> None:
        if path == "/update" or "update" in params:
            return self._text(403, READ_ONLY)
        if path not in ("/query", "/sparql", "/"):
            return self._text(404, f"no such resource {path}: the endpoint is /query")
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return self._text(400, "give exactly one non-empty `query` parameter")
        text = queries[0]
        if looks_like_update(text):
            return self._text(403, READ_ONLY)
        if not self.allow_service and uses_service(text):
            return self._text(403, SERVICE_REFUSED)
        graphs = [(k, v) for k in ("default-graph-uri", "named-graph-uri")
                  for v in params.get(k, [])]
        status, result = self.proxy.query(text, graphs)
        if status != 200:
            return self._text(status, result)
        extra = {"X-PolicyKG-Truncated": "true", "X-PolicyKG-Row-Limit": str(self.proxy.max_rows)
                 } if result.truncated else {}
        override = (params.get("format") or params.get("output") or [""])[0].lower()
        accept = self.headers.get("Accept", "")
        if result.kind == "graph":
            fmt = override if override in GRAPH_MEDIA else negotiate(accept, GRAPH_TYPES,
                                                                     "turtle")
            return self._send(200, graph_bytes(result, fmt), GRAPH_MEDIA[fmt], extra)
        fmt = override if override in RESULT_MEDIA else negotiate(accept, RESULT_TYPES, "json")
        self._send(200, format_result(result, fmt).encode("utf-8"), RESULT_MEDIA[fmt], extra)


class _Stop(Exception):
    pass


def _stop(signum, frame):
    raise _Stop()


def serve(path: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: float = 30,
          max_rows: int = 10000, announce=print, allow_service: bool = False) -> None:
    """Serve the graph file or store folder `path` until SIGINT or SIGTERM.

    A graph file is loaded into a temporary store first; `announce` gets the endpoint line.
    SERVICE clauses get 403 unless `allow_service`.
    """
    from .store import is_store, save_store
    src = Path(path)
    if max_rows < 1 or timeout_s <= 0:
        raise ServerError("--max-rows and --timeout must be positive")
    oxigraph_command()
    tmp = None
    try:
        if is_store(src):
            location = src
        else:
            tmp = Path(tempfile.mkdtemp(prefix="policykg-serve-"))
            location = save_store(src, tmp / "store")
        proxy = SparqlProxy(location, timeout_s, max_rows)
        handler = type("Handler", (_Handler,), {"proxy": proxy,
                                                 "allow_service": allow_service})
        try:
            httpd = ThreadingHTTPServer((host, port), handler)
        except OSError as exc:
            raise ServerError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                              "choose another --port (0 picks a free one)") from None
        httpd.daemon_threads = True
        old = {s: signal.signal(s, _stop) for s in (signal.SIGTERM, signal.SIGINT)}
        try:
            proxy.start()
            bound_host, bound_port = httpd.server_address[:2]
            announce(f"SPARQL endpoint http://{bound_host}:{bound_port}/query (read-only, "
                     f"timeout {timeout_s:g} s, at most {max_rows} rows); Ctrl-C stops it")
            httpd.serve_forever(poll_interval=0.2)
        except _Stop:
            pass
        finally:
            for s, h in old.items():
                signal.signal(s, h)
            httpd.server_close()
            proxy.stop()
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)

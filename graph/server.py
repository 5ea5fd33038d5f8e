"""A read-only SPARQL 1.1 Protocol endpoint: the Oxigraph server behind a thin proxy.

`oxigraph serve-read-only` answers the queries; the proxy in front of it refuses updates and
SERVICE (403 and a message); bounds connections, reads and bodies (graph/bounded_http.py);
gives each query `timeout_s` and then 504 (graph/upstream.py); supervises the Oxigraph child
(graph/supervisor.py: restarted when it dies, 503 with Retry-After meanwhile); caps rows (or
triples) at `max_rows` and says so in the `X-PolicyKG-Truncated` header; and negotiates the
result format (JSON, XML, CSV, TSV; Turtle, N-Triples, RDF/XML for graphs). A graph file is
loaded into a temporary store that a reaper process (graph/reaper.py) deletes however the
serve process ends.
"""
from __future__ import annotations

import shutil
import signal
import sys
import tempfile
import urllib.parse
from pathlib import Path

from .bounded_http import BodyError, BoundedHTTPServer, DeadlineHandler

from .federation import SERVICE_REFUSED, uses_service
from .formats import format_result
from .protocol import (GRAPH_MEDIA, GRAPH_TYPES, READ_ONLY, RESULT_MEDIA, RESULT_TYPES,
                       graph_bytes, looks_like_update, negotiate)
from .query_errors import ServerError
from .upstream import SparqlProxy

__all__ = ["serve", "oxigraph_command"]

def oxigraph_command() -> str:
    """Path of the `oxigraph` server command (pip install oxigraph)."""
    found = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(
        Path(sys.executable).parent))
    if not found:
        raise ServerError("the oxigraph server command is not installed",
                          "pip install 'policykg[server]'  (or pip install oxigraph)")
    return found


class _Handler(DeadlineHandler):
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

    def _text(self, status: int, message: str, extra: dict | None = None) -> None:
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain", extra)

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
        try:
            body = self.read_body().decode("utf-8", "replace")
        except BodyError as exc:
            self.close_connection = True
            return self._text(exc.status, exc.message, {"Connection": "close"})
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
        answer = self.proxy.query(text, graphs)
        if answer.status != 200:
            return self._text(answer.status, answer.result, answer.headers)
        result = answer.result
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
          max_rows: int = 10000, announce=print, allow_service: bool = False,
          read_timeout: float = 10, workers: int = 8, max_connections: int = 64) -> None:
    """Serve the graph file or store folder `path` until SIGINT or SIGTERM.

    A graph file is loaded into a temporary store first; `announce` gets the endpoint line.
    SERVICE clauses get 403 unless `allow_service`. At most `workers` queries run at once
    and `max_connections` connections are served at once (more wait in the backlog).
    """
    from .reaper import start_reaper
    from .store import is_store, save_store
    src = Path(path)
    if max_rows < 1 or timeout_s <= 0 or read_timeout <= 0 or workers < 1:
        raise ServerError("--max-rows, --timeout, --read-timeout and --workers must be positive")
    oxigraph_command()
    tmp = reaper = None
    try:
        if is_store(src):
            location = src
        else:
            tmp = Path(tempfile.mkdtemp(prefix="policykg-serve-"))
            reaper = start_reaper(tmp)
            location = save_store(src, tmp / "store")

        def spawned(pid: int) -> None:
            if reaper is not None:
                try:
                    reaper.stdin.write(f"{pid}\n".encode())
                    reaper.stdin.flush()
                except OSError:                     # the reaper is gone: PDEATHSIG remains
                    pass
        proxy = SparqlProxy(location, timeout_s, max_rows, workers, spawned)
        handler = type("Handler", (_Handler,), {"proxy": proxy, "read_timeout": read_timeout,
                                                 "allow_service": allow_service})
        try:
            httpd = BoundedHTTPServer((host, port), handler, max_connections)
        except OSError as exc:
            raise ServerError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                              "choose another --port (0 picks a free one)") from None
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
        if reaper is not None:
            reaper.stdin.close()
            reaper.wait(10)

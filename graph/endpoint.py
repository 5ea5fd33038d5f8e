"""The endpoint's HTTP side: routes, methods, negotiation and replies (see graph/server.py).

Routes: /query, /sparql and / take SPARQL queries (GET and POST; a GET with no query gets the
Service Description); /data, /get and /store are the read-only Graph Store; /queries lists
the named queries and /queries/NAME runs one. Other methods on these get 405 with `Allow`,
other paths 404. Replies carry Content-Length, except Graph Store downloads, which are chunked.
"""
from __future__ import annotations

import re
import urllib.parse

from .bounded_http import BodyError, DeadlineHandler
from .federation import refusal
from .formats import format_result
from .graph_store import ALLOW, GRAPH_STORE_PATHS, GraphStoreError, graph_request, missing_graph
from .local_reads import LocalReads
from .protocol import (GRAPH_MEDIA, OVERRIDE_PARAMS, READ_ONLY, RESULT_MEDIA, graph_bytes,
                       looks_like_update, not_acceptable, pick_format)
from .service_description import SD_PREFIXES, service_description, truncation_link
from .upstream import SparqlProxy, StreamBroken

__all__ = ["EndpointHandler", "QUERY_PATHS"]

QUERY_PATHS = ("/query", "/sparql", "/")
_QUERY_ALLOW = "GET, HEAD, POST, OPTIONS"
_HOST = re.compile(r"[A-Za-z0-9.-]+(:\d+)?|\[[0-9A-Fa-f:.]+\](:\d+)?")


class EndpointHandler(DeadlineHandler):
    """One connection's requests; `serve` sets `proxy`, `local` and the options on a subclass."""

    server_version = "policykg-sparql"
    proxy: SparqlProxy        # set on the subclass that `serve` makes
    local: LocalReads
    allow_service = False

    def log_message(self, fmt, *args):          # quiet: one line per request only on errors
        pass

    def _send(self, status: int, body: bytes, media: str, extra: dict | None = None) -> None:
        self.send_response(status)
        self._type(media)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _type(self, media: str) -> None:
        self.send_header("Content-Type", media + ("; charset=utf-8" if media.startswith("text/")
                                                  or "json" in media or "xml" in media else ""))

    def _text(self, status: int, message: str, extra: dict | None = None) -> None:
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain", extra)

    def _chunked(self, media: str, chunks) -> None:
        """A 200 whose body arrives in pieces: chunked transfer coding, no Content-Length
        (an HTTP/1.0 client, which knows no chunks, gets the body up to a closed connection)."""
        chunked = self.request_version != "HTTP/1.0"
        self.send_response(200)
        self._type(media)
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.close_connection = True
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command == "HEAD":
            return
        try:
            for piece in chunks:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
        except (StreamBroken, OSError):          # no end mark: the client sees a cut body
            self.close_connection = True

    def _url(self) -> tuple[str, dict[str, list[str]]]:
        """Path and parameters; a request line with raw UTF-8 (curl sends `?x=城市` as it
        is) is read as UTF-8, not as the ISO-8859-1 that http.server decodes it with."""
        try:
            target = self.path.encode("iso-8859-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            target = self.path
        url = urllib.parse.urlsplit(target)
        return url.path, urllib.parse.parse_qs(url.query, keep_blank_values=True)

    def _overrides(self, params) -> list[str]:
        return [v for k in OVERRIDE_PARAMS for v in params.get(k, [])]

    def do_GET(self):
        path, params = self._url()
        if path in GRAPH_STORE_PATHS:
            return self._graph_store(params)
        if path == "/queries" or path.startswith("/queries/"):
            return self._named(path, params)
        if path in QUERY_PATHS and "query" not in params and "update" not in params:
            return self._description(path, params)
        self._dispatch(path, params)

    do_HEAD = do_GET

    def do_OPTIONS(self):
        path, _ = self._url()
        allow = ALLOW if path in GRAPH_STORE_PATHS or path.startswith("/queries") else \
            _QUERY_ALLOW
        self._send(200, b"", "text/plain", {"Allow": allow})

    def _not_allowed(self):
        """405 for a method the resource does not take (the body, if small, is read first so
        that the connection can stay open)."""
        path, _ = self._url()
        if not (path in GRAPH_STORE_PATHS or path.startswith("/queries") or path in QUERY_PATHS):
            self.close_connection = True
            return self._text(404, f"no such resource {path}: the endpoint is /query",
                              {"Connection": "close"})
        extra = {"Allow": _QUERY_ALLOW if path in QUERY_PATHS else ALLOW}
        try:
            self.read_body()
        except BodyError:
            self.close_connection = True
            extra["Connection"] = "close"
        what = "read-only graph store" if path in GRAPH_STORE_PATHS else "resource"
        self._text(405, f"method {self.command} not allowed on this {what}; allowed: "
                        f"{extra['Allow']}", extra)

    do_PUT = do_DELETE = do_PATCH = _not_allowed

    def do_POST(self):
        path, params = self._url()
        if path in GRAPH_STORE_PATHS or path.startswith("/queries"):
            return self._not_allowed()
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
        self._dispatch(path, params)

    def _dispatch(self, path: str, params: dict[str, list[str]]) -> None:
        if path == "/update" or "update" in params:
            return self._text(403, READ_ONLY)
        if path not in QUERY_PATHS:
            return self._text(404, f"no such resource {path}: the endpoint is /query")
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return self._text(400, "give exactly one non-empty `query` parameter")
        text = queries[0]
        if looks_like_update(text):
            return self._text(403, READ_ONLY)
        why = None if self.allow_service else refusal(text)
        if why:
            return self._text(403, why)
        accept, overrides = self.headers.get("Accept"), self._overrides(params)
        if all(pick_format(k, accept, overrides) is None for k in ("select", "graph")):
            return self._text(406, not_acceptable("select"))
        graphs = [(k, v) for k in ("default-graph-uri", "named-graph-uri")
                  for v in params.get(k, [])]
        answer = self.proxy.query(text, graphs)
        if answer.status != 200:
            return self._text(answer.status, answer.result, answer.headers)
        self._result(answer.result, overrides)

    def _result(self, result, overrides: list[str]) -> None:
        """A QueryResult in the negotiated format (406 when there is none for its kind)."""
        extra = {"X-PolicyKG-Truncated": "true", "X-PolicyKG-Row-Limit": str(self.proxy.max_rows)
                 } if result.truncated else {}
        kind = "graph" if result.kind == "graph" else "select"
        fmt = pick_format(kind, self.headers.get("Accept"), overrides)
        if fmt is None:
            return self._text(406, not_acceptable(kind))
        if kind == "graph":
            return self._send(200, graph_bytes(result, fmt), GRAPH_MEDIA[fmt], extra)
        links = (truncation_link(self._base(), self.proxy.max_rows),) if result.truncated else ()
        self._send(200, format_result(result, fmt, links=links).encode("utf-8"),
                   RESULT_MEDIA[fmt], extra)

    def _base(self) -> str:
        host = (self.headers.get("Host") or "").strip()
        if not _HOST.fullmatch(host):
            h, p = self.server.server_address[:2]
            host = f"[{h}]:{p}" if ":" in h else f"{h}:{p}"
        return f"http://{host}"

    def _description(self, path: str, params) -> None:
        fmt = pick_format("graph", self.headers.get("Accept"), self._overrides(params))
        if fmt is None:
            return self._text(406, not_acceptable("graph"))
        base = self._base()
        sd = service_description(base + path, base, self.local.graph_names(),
                                 allow_service=self.allow_service,
                                 timeout_s=self.proxy.timeout_s, max_rows=self.proxy.max_rows)
        self._send(200, graph_bytes(sd, fmt, SD_PREFIXES), GRAPH_MEDIA[fmt])

    def _named(self, path: str, params) -> None:
        from .catalog import describe_queries
        name = urllib.parse.unquote(path[len("/queries/"):]) if path != "/queries" else ""
        if not name:
            return self._text(200, describe_queries().replace("--param ", "?"))
        answer = self.local.named(name, params)
        if answer.status != 200:
            return self._text(answer.status, answer.result, answer.headers)
        self._result(answer.result, self._overrides(params))

    def _graph_store(self, params) -> None:
        try:
            request = graph_request(params)
        except GraphStoreError as exc:
            return self._text(exc.status, exc.message)
        fmt = pick_format(request.kind, self.headers.get("Accept"), self._overrides(params))
        if fmt is None:
            return self._text(406, not_acceptable(request.kind))
        media = GRAPH_MEDIA[fmt]
        answer = self.proxy.download(request.target, media, lambda c: self._chunked(media, c))
        if answer is not None:
            message = missing_graph(request) if answer.status == 404 else answer.result
            self._text(answer.status, message, answer.headers)

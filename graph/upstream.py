"""The endpoint's side of the Oxigraph child: one query, one deadline, a row cap, a retry.

Each query has `timeout_s` in all (waiting for a free worker, the answer and the reading of
it). Past it the client gets 504 and the child is retired (graph/supervisor.py), which ends
that query only. Oxigraph's own --timeout-s (set to the same value) may stop the query
first: it then answers an error, or breaks off a 200 stream; both are 504 too, and the child
is kept. A query whose child was retired or died before it got an answer is sent once more
to the new child; if there is none yet, the answer is 503 with Retry-After. A Graph Store
download (`download`) is passed on in pieces as it arrives, under the same deadline.
"""
from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.parse
from itertools import islice
from pathlib import Path

from .protocol import UPSTREAM_ACCEPT
from .results import QueryResult, term_from_oxigraph
from .supervisor import Child, Supervisor

__all__ = ["SparqlProxy", "Answer", "StreamBroken"]

RETRY_AFTER = {"Retry-After": "1"}


class Answer:
    """Status, then a QueryResult (200) or a message, and extra response headers."""

    def __init__(self, status: int, result, headers: dict | None = None):
        self.status, self.result, self.headers = status, result, headers or {}


class _Expired(Exception):
    pass


class _Lost(Exception):
    pass


class StreamBroken(Exception):
    """A download that stopped midway (deadline, or the child went away): the client's
    response is already under way, so its connection is closed without an end mark."""


class _DeadlineReader:
    """A response body whose every read waits at most until `deadline`."""

    def __init__(self, resp, sock, deadline: float):
        self.resp, self.sock, self.deadline = resp, sock, deadline
        self.expired = False

    def read(self, n: int = -1) -> bytes:
        left = self.deadline - time.monotonic()
        if left <= 0:
            self.expired = True
            raise _Expired()
        self.sock.settimeout(left)
        try:
            return self.resp.read(n if n is not None and n >= 0 else None)
        except (TimeoutError, socket.timeout):
            self.expired = True
            raise _Expired() from None

    def readable(self) -> bool:
        return True

    def chunks(self, size: int = 1 << 16):
        """The body in pieces of at most `size` bytes, each read under the deadline."""
        while True:
            try:
                piece = self.resp.read1(size) if self._left() else b""
            except (TimeoutError, socket.timeout):
                raise StreamBroken("deadline") from None
            except (ConnectionError, http.client.HTTPException, OSError) as exc:
                raise StreamBroken(str(exc)) from None
            if not piece:
                if self.expired or not self.resp.isclosed():
                    raise StreamBroken("deadline" if self.expired else "cut short")
                return
            yield piece

    def _left(self) -> bool:
        left = self.deadline - time.monotonic()
        if left <= 0:
            self.expired = True
            return False
        self.sock.settimeout(left)
        return True


class SparqlProxy:
    """Queries for the endpoint, sent to the supervised Oxigraph child under limits."""

    def __init__(self, location: Path, timeout_s: float, max_rows: int, workers: int = 8,
                 on_spawn=None):
        self.timeout_s, self.max_rows = timeout_s, max_rows
        self.supervisor = Supervisor(location, timeout_s, on_spawn)
        self._slots = threading.BoundedSemaphore(workers)

    @property
    def slots(self) -> threading.BoundedSemaphore:
        """The worker slots: at most `workers` requests are answered at once."""
        return self._slots

    def start(self) -> None:
        self.supervisor.start()

    def stop(self) -> None:
        self.supervisor.stop()

    def query(self, text: str, graphs: list[tuple[str, str]]) -> Answer:
        started = time.monotonic()
        deadline = started + self.timeout_s
        expired = Answer(504, f"query stopped: it ran longer than the {self.timeout_s:g} s "
                              "timeout")
        if not self._slots.acquire(timeout=self.timeout_s):
            return Answer(503, "the endpoint is busy: every worker is running a query; retry "
                               "shortly", RETRY_AFTER)
        try:
            for attempt in (0, 1):
                child = self.supervisor.acquire()
                if child is None:
                    return Answer(503, "the query server is restarting; retry shortly",
                                  RETRY_AFTER)
                try:
                    return self._ask(child, text, graphs, deadline)
                except _Expired:
                    if time.monotonic() >= deadline:     # not Oxigraph's own stop: retire
                        self.supervisor.retire(child)
                    return expired
                except _Lost:                # died (503 now) or retired (once more, new child)
                    self.supervisor.lost(child)
                    if attempt or (child.retired_at is None and child.dead):
                        return Answer(503, "the query server restarted; retry shortly",
                                      RETRY_AFTER)
                finally:
                    self.supervisor.release(child)
            return Answer(503, "the query server restarted; retry shortly", RETRY_AFTER)
        finally:
            self._slots.release()

    def download(self, target: str, media: str, deliver) -> Answer | None:
        """GET `/store?target` (a Graph Store request) from the child as `media`; a 200 body
        goes to `deliver(chunks)` as it arrives (None is returned), else an Answer says why.

        The download has the query timeout in all; it is not cut at `max_rows`.
        """
        deadline = time.monotonic() + self.timeout_s
        if not self._slots.acquire(timeout=self.timeout_s):
            return Answer(503, "the endpoint is busy: every worker is running a query; retry "
                               "shortly", RETRY_AFTER)
        child = None
        try:
            child = self.supervisor.acquire()
            if child is None:
                return Answer(503, "the query server is restarting; retry shortly", RETRY_AFTER)
            conn = http.client.HTTPConnection("127.0.0.1", child.port,
                                              timeout=max(0.05, deadline - time.monotonic()))
            try:
                try:
                    conn.request("GET", "/store" + ("?" + target if target else ""),
                                 headers={"Accept": media})
                    sock = conn.sock
                    resp = conn.getresponse()
                except (TimeoutError, socket.timeout):
                    return Answer(504, f"download stopped: it took longer than the "
                                       f"{self.timeout_s:g} s timeout")
                except (ConnectionError, http.client.HTTPException, OSError):
                    self.supervisor.lost(child)
                    return Answer(503, "the query server restarted; retry shortly",
                                  RETRY_AFTER)
                reader = _DeadlineReader(resp, sock, deadline)
                if resp.status != 200:
                    try:
                        body = b"".join(reader.chunks()).decode("utf-8", "replace").strip()
                    except StreamBroken:
                        body = ""
                    return Answer(resp.status, body or resp.reason)
                deliver(reader.chunks())
                return None
            finally:
                conn.close()
        finally:
            if child is not None:
                self.supervisor.release(child)
            self._slots.release()

    def _ask(self, child: Child, text: str, graphs, deadline: float) -> Answer:
        path = "/query" + ("?" + urllib.parse.urlencode(graphs) if graphs else "")
        conn = http.client.HTTPConnection("127.0.0.1", child.port,
                                          timeout=max(0.05, deadline - time.monotonic()))
        try:
            try:
                conn.request("POST", path, body=text.encode("utf-8"), headers={
                    "Content-Type": "application/sparql-query", "Accept": UPSTREAM_ACCEPT})
                sock = conn.sock              # http.client drops it on Connection: close
                resp = conn.getresponse()
            except (TimeoutError, socket.timeout):
                raise _Expired() from None
            except (ConnectionError, http.client.HTTPException, OSError):
                raise _Lost() from None
            if resp.status != 200:
                body = _DeadlineReader(resp, sock, deadline).read().decode(
                    "utf-8", "replace").strip()
                if resp.status >= 500 and ("cancel" in body.lower() or "timeout" in body.lower()):
                    raise _Expired()
                return Answer(resp.status, body or resp.reason)
            reader = _DeadlineReader(resp, sock, deadline)
            try:
                return Answer(200, self._read(reader, resp.getheader("Content-Type", "")))
            except Exception as exc:     # pyoxigraph may wrap the reader's exception
                if not child.dead and (reader.expired or isinstance(exc, (SyntaxError,
                                                                          ValueError))):
                    raise _Expired() from None    # past the deadline, or Oxigraph broke off
                raise _Lost() from None
        finally:
            conn.close()

    def _read(self, body, ctype: str) -> QueryResult:
        import pyoxigraph as ox
        cap = self.max_rows
        if ctype.split(";")[0].strip() == "application/n-triples":
            triples = [tuple(term_from_oxigraph(t) for t in (tr.subject, tr.predicate, tr.object))
                       for tr in islice(ox.parse(body, format=ox.RdfFormat.N_TRIPLES), cap + 1)]
            return QueryResult("graph", triples=tuple(triples)).head(cap)
        res = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        if isinstance(res, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(res))
        names = tuple(v.value for v in res.variables)
        rows = [tuple(term_from_oxigraph(s[i]) for i in range(len(names)))
                for s in islice(res, cap + 1)]
        return QueryResult("select", vars=names, rows=tuple(rows)).head(cap)

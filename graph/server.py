"""A read-only SPARQL 1.1 Protocol endpoint: the Oxigraph server behind a thin proxy.

`oxigraph serve-read-only` answers the queries; the proxy in front of it refuses updates and
SERVICE (403 and a message); bounds connections, reads and bodies (graph/bounded_http.py);
gives each query `timeout_s` and then 504 (graph/upstream.py); supervises the Oxigraph child
(graph/supervisor.py: restarted when it dies, 503 with Retry-After meanwhile); caps rows (or
triples) at `max_rows` and says so in the `X-PolicyKG-Truncated` header; and negotiates the
format (graph/protocol.py: 406 when the Accept header allows none). Beside /query (also
/sparql and /): a GET with no query gets the Service Description (graph/service_description.py),
/data the Graph Store GET (graph/graph_store.py), /queries/NAME the named queries
(graph/local_reads.py). HTTP/1.1: keep-alive, Content-Length, chunked downloads. A graph
file is loaded into a temporary store that a reaper process (graph/reaper.py) deletes however
the serve process ends.
"""
from __future__ import annotations

import shutil
import signal
import sys
import tempfile
from pathlib import Path

from .bounded_http import BoundedHTTPServer
from .endpoint import EndpointHandler
from .local_reads import LocalReads
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


class _Stop(BaseException):
    """SIGINT/SIGTERM; not an Exception, which socketserver's accept loop would swallow when the
    signal comes while it waits for a free connection slot."""


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
    from .swap_journal import recover_beside
    src = Path(path)
    recover_beside(src)                  # a build's swap cut short: finish it before serving
    if max_rows < 1 or timeout_s <= 0 or read_timeout <= 0 or workers < 1 or max_connections < 1:
        raise ServerError("--max-rows, --timeout, --read-timeout, --workers and "
                          "--max-connections must be positive")
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
        local = LocalReads(location, timeout_s, max_rows, proxy.slots)
        handler = type("Handler", (EndpointHandler,), {"proxy": proxy, "read_timeout": read_timeout,
                                                 "allow_service": allow_service,
                                                 "local": local})
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

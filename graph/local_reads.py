"""What the endpoint answers in-process from its store folder: named queries and graph names.

`GET /queries/NAME?x=…` runs graph/queries/NAME.rq through the library, exactly as
`policykg query STORE NAME -p x=…` does: the catalog checks and binds the parameters
(pyoxigraph substitutions; nothing is pasted into the query text) and the rows are the same.
The store folder is opened read-only beside the Oxigraph child (RocksDB allows several
readers). A named query has the endpoint's timeout (graph.deadline: past it the answer is
504 and the worker thread is abandoned) and its row limit, and takes one of the workers.
"""
from __future__ import annotations

import threading
from pathlib import Path

from .protocol import OVERRIDE_PARAMS
from .query_errors import ParameterError, QueryError, QueryTimeoutError, UnknownQueryError
from .upstream import RETRY_AFTER, Answer

__all__ = ["LocalReads"]


def _line(exc: Exception) -> str:
    """The error as one line; the CLI's `--param x=…` hints read as `?x=…` here."""
    hint = getattr(exc, "hint", "").replace("--param ", "?")
    return " ".join(f"{exc}{f' (hint: {hint})' if hint else ''}".split())


class LocalReads:
    """Named queries and graph names, read from the store folder `location`."""

    def __init__(self, location: Path, timeout_s: float, max_rows: int,
                 slots: threading.BoundedSemaphore):
        self.location, self.timeout_s, self.max_rows, self.slots = (location, timeout_s,
                                                                    max_rows, slots)
        self._lock = threading.Lock()
        self._graph = None
        self._names: list[str] | None = None

    def graph(self):
        """The store as a PolicyGraph (opened on first use)."""
        with self._lock:
            if self._graph is None:
                from .query import open_graph
                self._graph = open_graph(self.location)
            return self._graph

    def graph_names(self) -> list[str]:
        """IRIs of the store's named graphs, sorted."""
        import pyoxigraph as ox
        if self._names is None:
            store = self.graph().engine.store
            self._names = sorted(g.value for g in store.named_graphs()
                                 if isinstance(g, ox.NamedNode))
        return self._names

    def named(self, name: str, params: dict[str, list[str]]) -> Answer:
        """The rows of the named query `name` bound to `params`, or 404/400/504/503."""
        from .catalog import named_query
        try:
            named_query(name)
        except UnknownQueryError as exc:
            return Answer(404, _line(exc))
        values = {}
        for key, given in params.items():
            if key in OVERRIDE_PARAMS:
                continue
            if len(given) != 1:
                return Answer(400, f"parameter {key} is given {len(given)} times: give it once")
            values[key] = given[0]
        if not self.slots.acquire(timeout=self.timeout_s):
            return Answer(503, "the endpoint is busy: every worker is running a query; retry "
                               "shortly", RETRY_AFTER)
        try:
            result = self.graph().run(name, values, limit=self.max_rows, timeout=self.timeout_s)
        except ParameterError as exc:
            return Answer(400, _line(exc))
        except QueryTimeoutError:
            return Answer(504, f"query stopped: it ran longer than the {self.timeout_s:g} s "
                               "timeout")
        except QueryError as exc:
            return Answer(500, _line(exc))
        finally:
            self.slots.release()
        return Answer(200, result)

"""Run a query with a deadline: in a worker thread that is abandoned when the time is up.

pyoxigraph releases the GIL while it evaluates, and neither engine can be cancelled from
outside, so the caller stops waiting at the deadline and raises `QueryTimeoutError`. The
worker is a daemon thread (it never keeps the process alive); it is also sent an
asynchronous exception, which stops rdflib's Python evaluator at its next bytecode and
pyoxigraph as soon as control returns to Python (between result rows).
"""
from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from typing import TypeVar

from .query_errors import QueryTimeoutError

__all__ = ["DEFAULT_TIMEOUT", "QueryAbandoned", "with_deadline"]

#: Seconds `policykg query` lets a query run (its --timeout default).
DEFAULT_TIMEOUT = 30.0
T = TypeVar("T")


class QueryAbandoned(BaseException):
    """Raised inside an abandoned worker thread to stop it; never seen by callers."""


def with_deadline(fn: Callable[[], T], timeout: float | None, source: str = "query") -> T:
    """`fn()`, or QueryTimeoutError when it has not returned after `timeout` seconds.

    With `timeout` None or 0, `fn` runs in the calling thread without a limit.
    """
    if not timeout:
        return fn()
    outcome: list = []

    def work() -> None:
        try:
            outcome.append((True, fn()))
        except QueryAbandoned:
            pass
        except BaseException as exc:     # handed to the caller, raised there
            outcome.append((False, exc))

    worker = threading.Thread(target=work, name=f"policykg-query {source}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(worker.ident),
                                                   ctypes.py_object(QueryAbandoned))
        raise QueryTimeoutError(f"{source}: query stopped after the {timeout:g} s timeout",
                                "narrow the query (LIMIT, fewer unbound patterns) or raise "
                                "--timeout")
    ok, value = outcome[0]
    if ok:
        return value
    raise value

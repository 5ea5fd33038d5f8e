"""`policykg query --timeout` (graph/deadline.py): a runaway query stops with one Error line."""
from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

from policykg.graph.deadline import with_deadline
from policykg.graph.query import open_graph
from policykg.graph.query_errors import QueryTimeoutError

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
ROWS = "SELECT ?a ?d ?g WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_cartesian_product_stops_at_the_timeout(seed_graph_path, engine):
    # a subprocess: the abandoned COUNT keeps a core busy until its process exits
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "policykg.cli.main", "query",
                           str(seed_graph_path), "--engine", engine, "--timeout", "1",
                           "--sparql", CARTESIAN], capture_output=True, text=True, timeout=60)
    elapsed = time.monotonic() - start
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr == ("Error: --sparql: query stopped after the 1 s timeout (hint: narrow "
                           "the query (LIMIT, fewer unbound patterns) or raise --timeout)\n")
    assert elapsed < 20


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_abandoned_worker_stops_between_rows(seed_graph_path, engine):
    g = open_graph(seed_graph_path, engine)
    # an earlier test's worker stuck in one long aggregate may still be alive: only this
    # test's worker must stop
    before = {t for t in threading.enumerate() if t.name.startswith("policykg-query")}
    with pytest.raises(QueryTimeoutError, match=r"^hubs\.rq: query stopped after the 0\.3 s"):
        g.query(ROWS, source="hubs.rq", timeout=0.3)
    mine = lambda: [t for t in threading.enumerate()  # noqa: E731
                    if t.name.startswith("policykg-query") and t not in before]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and mine():
        time.sleep(0.05)
    assert not mine()


def test_a_quick_query_returns_its_rows_and_errors_pass_through(seed_graph_path):
    g = open_graph(seed_graph_path)
    rows = g.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", timeout=30).dicts()
    assert rows == [{"n": len(g)}]
    with pytest.raises(ZeroDivisionError):
        with_deadline(lambda: 1 / 0, 5)
    assert with_deadline(lambda: 7, 0) == 7

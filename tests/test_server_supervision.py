"""The Oxigraph child under supervision (graph/supervisor.py, graph/reaper.py): restarted
after `kill -9` with 503 + Retry-After meanwhile, never a zombie, never an orphan."""
from __future__ import annotations

import http.client
import os
import signal
import threading
import time
from pathlib import Path

import pytest
from serve_proc import Server, alive, clean_run, oxigraph_children

pytest.importorskip("pyoxigraph")


@pytest.fixture(scope="module", autouse=True)
def _nothing_left(tmp_path_factory):
    yield from clean_run(tmp_path_factory)


def _location(pid: int) -> Path:
    args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    return Path(args[args.index(b"--location") + 1].decode())


def _wait(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def _asker(port: int, stop: threading.Event, seen: list) -> None:
    while not stop.is_set():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            conn.request("GET", "/query?query=ASK%7B%7D")
            resp = conn.getresponse()
            seen.append((resp.status, resp.getheader("Retry-After"), resp.read()))
        finally:
            conn.close()


def test_a_killed_child_is_restarted_and_reaped(seed_graph_path):
    server = Server(seed_graph_path)
    try:
        [old] = oxigraph_children(server.proc.pid)
        stop, seen = threading.Event(), []
        thread = threading.Thread(target=_asker, args=(server.port, stop, seen))
        thread.start()
        try:
            time.sleep(0.3)
            os.kill(old, signal.SIGKILL)
            killed = len(seen)
            assert _wait(lambda: [s for s, *_ in seen[killed:]].count(200) >= 3, 5)
        finally:
            stop.set()
            thread.join(20)
        after = [s for s, *_ in seen[killed:]]
        assert set(after) <= {200, 503} and 503 in after and after[-1] == 200
        assert all(ra == "1" and body.endswith(b"retry shortly\n")
                   for s, ra, body in seen if s == 503)
        assert not Path(f"/proc/{old}").exists()                   # reaped: no zombie
        [new] = oxigraph_children(server.proc.pid)
        assert new != old and alive(new)
    finally:
        server.close()


def test_kill_9_of_serve_leaves_no_oxigraph_and_no_store(seed_graph_path):
    server = Server(seed_graph_path)
    [child] = oxigraph_children(server.proc.pid)
    store = _location(child)
    assert store.is_dir() and store.parent.name.startswith("policykg-serve-")
    server.proc.kill()
    server.proc.wait()
    assert _wait(lambda: not alive(child), 5)                       # PR_SET_PDEATHSIG
    assert _wait(lambda: not store.parent.exists(), 8)              # the reaper's rmtree
    server.close()


def test_sigterm_of_serve_removes_its_store(seed_graph_path):
    server = Server(seed_graph_path)
    [child] = oxigraph_children(server.proc.pid)
    store = _location(child)
    code, out = server.stop()
    assert code == 0 and out.strip().endswith("stopped")
    assert not alive(child) and not store.parent.exists()
    server.close()

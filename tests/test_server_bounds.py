"""Connection and body bounds of `policykg serve` (graph/bounded_http.py), with raw sockets
and http.client on loopback: bad lengths, short bodies, slow clients, many clients."""
from __future__ import annotations

import http.client
import os
import signal
import socket
import threading
import time
import urllib.parse

import pytest
from serve_proc import Server, clean_run

pytest.importorskip("pyoxigraph")
FORM = "application/x-www-form-urlencoded"


@pytest.fixture(scope="module", autouse=True)
def _nothing_left(tmp_path_factory):
    yield from clean_run(tmp_path_factory)


@pytest.fixture(scope="module")
def server(seed_graph_path, _nothing_left):
    s = Server(seed_graph_path, "--read-timeout", "1", "--timeout", "5")
    yield s
    s.close()


def _raw(port: int, data: bytes, wait: float = 5.0) -> tuple[bytes, float]:
    """What the server sends back to `data` until it closes, and after how many seconds."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as sock:
        sock.sendall(data)
        got = b""
        try:
            while chunk := sock.recv(65536):
                got += chunk
        except (TimeoutError, ConnectionResetError):
            pass
    return got, time.monotonic() - started


def _post_head(length: str) -> bytes:
    return (f"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: {FORM}\r\n"
            f"Content-Length: {length}\r\n\r\n").encode()


def test_bad_content_length_is_400(server):
    for value in ("abc", "-5", "1e3", ""):
        got, _ = _raw(server.port, _post_head(value) + b"query=ASK%7B%7D")
        status, _, body = got.partition(b"\r\n")
        assert status == b"HTTP/1.1 400 Bad Request", value
        assert body.endswith(f"bad Content-Length '{value}': give one whole number of "
                             "bytes\n".encode())


def test_too_big_a_body_is_413_without_reading_it(server):
    got, seconds = _raw(server.port, _post_head(str(50 << 20)))
    assert got.startswith(b"HTTP/1.1 413 ") and seconds < 1
    assert got.endswith(b"request body of 52428800 bytes is over the 1048576-byte limit\n")


def test_a_body_shorter_than_its_length_is_408(server):
    got, seconds = _raw(server.port, _post_head("100") + b"query=ASK")
    assert got.startswith(b"HTTP/1.1 408 ")
    assert got.endswith(b"request body incomplete: 9 of 100 bytes arrived within 1 s\n")
    assert 0.9 < seconds < 3


def test_slow_clients_are_closed_at_the_header_deadline(server):
    socks = [socket.create_connection(("127.0.0.1", server.port), timeout=5)
             for _ in range(40)]
    started = time.monotonic()
    closed = [None] * len(socks)

    def trickle(i, sock):              # one byte every 0.2 s: a per-read timeout never fires
        try:
            for byte in b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n":
                sock.sendall(bytes([byte]))
                time.sleep(0.2)
        except OSError:
            pass
        closed[i] = time.monotonic() - started
    threads = [threading.Thread(target=trickle, args=(i, s)) for i, s in enumerate(socks)]
    for t in threads:
        t.start()
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request("GET", "/query?query=ASK%7B%7D")       # others are served meanwhile
    assert conn.getresponse().status == 200
    conn.close()
    for t in threads:
        t.join(15)
    for s in socks:
        s.close()
    assert all(c is not None and c < 4 for c in closed), closed


def test_a_hundred_waiting_connections_fit_in_the_backlog(server):
    """With the server stopped, the kernel queues connections up to the listen backlog (it
    was 5: the sixth connect timed out); once it runs again every one is answered."""
    os.kill(server.proc.pid, signal.SIGSTOP)
    socks = []
    try:
        for _ in range(100):
            socks.append(socket.create_connection(("127.0.0.1", server.port), timeout=0.5))
            socks[-1].sendall(b"GET /query?query=ASK%7B%7D HTTP/1.0\r\n\r\n")
    except OSError:
        pass
    finally:
        os.kill(server.proc.pid, signal.SIGCONT)
    answers = []
    for sock in socks:
        sock.settimeout(20)
        try:
            answers.append(sock.recv(64).split(b"\r\n")[0])
        except OSError as exc:
            answers.append(repr(exc).encode())
        sock.close()
    assert answers == [b"HTTP/1.1 200 OK"] * 100


def test_keep_alive_serves_several_requests_on_one_connection(server):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    for _ in range(3):
        conn.request("POST", "/query", body="query=ASK%7B%7D", headers={"Content-Type": FORM})
        resp = conn.getresponse()
        assert resp.status == 200 and resp.read() == b'{\n "head": {},\n "boolean": true\n}\n'
    conn.close()


def test_workers_bound_the_queries_that_run_at_once(seed_graph_path):
    """With --workers 1 a query sent while a runaway one runs waits for the worker: it is
    answered only once the runaway's 3 s are over, or gets 503 (busy) when the wait passes the
    timeout; it is never run beside the runaway."""
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    s = Server(seed_graph_path, "--workers", "1", "--timeout", "3")
    done: dict = {}
    started = time.monotonic()

    def ask(name, query):
        conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=30)
        try:
            conn.request("GET", "/query?" + urllib.parse.urlencode({"query": query}))
            resp = conn.getresponse()
            done[name] = (resp.status, resp.read(), time.monotonic())
        finally:
            conn.close()
    try:
        slow = threading.Thread(target=ask, args=("runaway", runaway))
        slow.start()
        time.sleep(1)                   # the runaway holds the one worker by now
        ask("quick", "ASK {}")
        slow.join(30)
    finally:
        s.close()
    assert done["runaway"][0] == 504
    status, body, at = done["quick"]
    assert (status == 200 and at - started >= 2.9) or (     # the runaway's 3 s
        status == 503 and body.startswith(b"the endpoint is busy")), (done, status)


def test_the_server_runs_at_most_max_connections_handlers_at_once():
    """BoundedHTTPServer: connections beyond the cap wait (in the backlog) for a free thread."""
    from policykg.graph.bounded_http import BoundedHTTPServer, DeadlineHandler
    lock, release, running, most = threading.Lock(), threading.Event(), [0], [0]

    class Held(DeadlineHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            with lock:
                running[0] += 1
                most[0] = max(most[0], running[0])
            release.wait(10)
            with lock:
                running[0] -= 1
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()
    httpd = BoundedHTTPServer(("127.0.0.1", 0), Held, max_connections=2)
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                     daemon=True).start()
    socks = [socket.create_connection(httpd.server_address, timeout=10) for _ in range(5)]
    try:
        for sock in socks:
            sock.sendall(b"GET / HTTP/1.0\r\n\r\n")
        time.sleep(1)
        assert most[0] == 2
        release.set()
        assert all(s.recv(64).startswith(b"HTTP/1.1 204") for s in socks)   # all answered
        assert most[0] == 2
    finally:
        release.set()
        for sock in socks:
            sock.close()
        httpd.shutdown()
        httpd.server_close()


def test_max_connections_bounds_the_connections_served_at_once(seed_graph_path):
    """With --max-connections 2, two idle connections hold both slots: three more requests
    wait in the backlog (no answer, no reset) until those close, then all three are answered."""
    s = Server(seed_graph_path, "--max-connections", "2", "--read-timeout", "30")
    held = [socket.create_connection(("127.0.0.1", s.port), timeout=5) for _ in range(2)]
    waiting = []
    try:
        time.sleep(0.3)                           # both accepted and read by their handlers
        for _ in range(3):
            sock = socket.create_connection(("127.0.0.1", s.port), timeout=5)
            sock.sendall(b"GET /query?query=ASK%7B%7D HTTP/1.0\r\n\r\n")
            waiting.append(sock)
        for sock in waiting:                      # nothing is served beyond the two
            sock.settimeout(0.5)
            with pytest.raises(TimeoutError):
                sock.recv(64)
        probe = http.client.HTTPConnection("127.0.0.1", s.port, timeout=1)
        with pytest.raises(TimeoutError):         # a fourth waits as well
            probe.request("GET", "/query?query=ASK%7B%7D")
            probe.getresponse()
        probe.close()
        for sock in held:
            sock.close()
        answers = []
        for sock in waiting:
            sock.settimeout(30)
            answers.append(sock.recv(64).split(b"\r\n")[0])
        assert answers == [b"HTTP/1.1 200 OK"] * 3
    finally:
        for sock in held + waiting:
            sock.close()
        s.close()


def test_max_connections_must_be_positive(seed_graph_path):
    import subprocess
    import sys
    proc = subprocess.run([sys.executable, "-m", "policykg.cli.main", "serve", str(seed_graph_path),
                           "--port", "0", "--max-connections", "0"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == ("Error: --max-rows, --timeout, --read-timeout, --workers and "
                           "--max-connections must be positive\n")


def test_sigterm_stops_a_server_whose_connections_are_all_held(seed_graph_path):
    """With every slot held the accept loop waits for one; SIGTERM then stopped nothing (the
    loop took the signal's exception for a failed request and went on)."""
    s = Server(seed_graph_path, "--max-connections", "1", "--read-timeout", "30")
    held = socket.create_connection(("127.0.0.1", s.port), timeout=5)
    extra = socket.create_connection(("127.0.0.1", s.port), timeout=5)
    try:
        extra.sendall(b"GET /query?query=ASK%7B%7D HTTP/1.0\r\n\r\n")
        time.sleep(0.5)                            # the loop has accepted it, waits for a slot
        started = time.monotonic()
        code, _ = s.stop()
        assert code == 0 and time.monotonic() - started < 10
    finally:
        held.close()
        extra.close()
        s.close()

"""Helpers for the endpoint tests: `policykg serve` as a process, and a loopback listener."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

__all__ = ["Server", "Listener", "children", "alive", "descendants", "processes_mentioning",
           "assert_nothing_left", "clean_run", "oxigraph_children"]


def children(pid: int) -> list[int]:
    """Direct children of `pid` (all its threads)."""
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        path = task / "children"
        if path.exists():
            out += [int(x) for x in path.read_text().split()]
    return out


def oxigraph_children(pid: int) -> list[int]:
    """Children of `pid` that run `oxigraph serve-read-only`."""
    out = []
    for child in children(pid):
        try:
            if b"serve-read-only" in Path(f"/proc/{child}/cmdline").read_bytes():
                out.append(child)
        except OSError:
            pass
    return out


def alive(pid: int) -> bool:
    """True when `pid` runs (a zombie does not count)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    try:
        return stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


class Server:
    """`policykg serve GRAPH --port 0 …` started as a process; `url` read from its first line."""

    def __init__(self, graph, *options, env=None):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "policykg.cli.main", "serve", str(graph), "--port", "0",
             *options], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, **(env or {})})
        line = self.proc.stdout.readline()
        if not line.startswith("SPARQL endpoint http://127.0.0.1:"):
            self.proc.kill()
            raise AssertionError(f"no endpoint line: {line!r} {self.proc.stderr.read()}")
        self.url = line.split()[2]
        self.port = int(self.url.rsplit(":", 1)[1].split("/")[0])

    def stop(self) -> tuple[int, str]:
        self.proc.send_signal(signal.SIGTERM)
        out, err = self.proc.communicate(timeout=20)
        return self.proc.returncode, out + err

    def close(self) -> None:
        if self.proc.poll() is None:
            self.stop()
        self.proc.stdout.close()
        self.proc.stderr.close()


class Listener:
    """A TCP listener on 127.0.0.1 that records every byte it receives (a SERVICE target)."""

    REPLY = (b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
             b"Content-Length: 49\r\nConnection: close\r\n\r\n"
             b'{"head":{"vars":["s"]},"results":{"bindings":[]}}')

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.received: list[bytes] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            with conn:
                conn.settimeout(2)
                data = b""
                try:
                    while b"\r\n\r\n" not in data:
                        chunk = conn.recv(65536)
                        if not chunk:
                            break
                        data += chunk
                    self.received.append(data or b"(connected)")
                    conn.sendall(self.REPLY)
                except OSError:
                    self.received.append(data or b"(connected)")

    def close(self) -> None:
        self._stop.set()
        self.thread.join(5)
        self.sock.close()


def processes_mentioning(marker: str) -> list[tuple[int, str]]:
    """(pid, command line) of every live process whose command line holds `marker`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if marker in cmd and alive(int(entry.name)):
            found.append((int(entry.name), cmd.strip()))
    return found


def descendants(pid: int) -> list[int]:
    """Every live process below `pid`."""
    out, todo = [], children(pid)
    while todo:
        p = todo.pop()
        if alive(p):
            out.append(p)
        todo += children(p)
    return out


def assert_nothing_left(base: Path, tmpdir: Path, timeout: float = 8.0) -> None:
    """No Oxigraph, serve or reaper process of this test run, and no temporary store folder."""
    import time
    deadline = time.monotonic() + timeout
    while True:
        mine = [(p, Path(f"/proc/{p}/cmdline").read_bytes().replace(b"\0", b" ").decode())
                for p in descendants(os.getpid()) if Path(f"/proc/{p}/cmdline").exists()]
        mine = [(p, c) for p, c in mine if "oxigraph" in c or "policykg" in c]
        left = processes_mentioning(str(base)) + mine
        folders = sorted(tmpdir.glob("policykg-serve-*"))
        if not left and not folders or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert left == [] and folders == []


def clean_run(tmp_path_factory):
    """Generator for a module fixture: serve processes get their own TMPDIR; afterwards
    nothing of theirs may be left (processes or folders)."""
    import pytest
    tmpdir = tmp_path_factory.mktemp("serve_tmp")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TMPDIR", str(tmpdir))
        yield tmpdir
    assert_nothing_left(tmp_path_factory.getbasetemp(), tmpdir)

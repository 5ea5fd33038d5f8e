"""Helpers for the endpoint tests: `policykg serve` as a process, and a loopback listener."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

__all__ = ["Server", "Listener", "children", "alive"]


def children(pid: int) -> list[int]:
    """Direct children of `pid` (all its threads)."""
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        path = task / "children"
        if path.exists():
            out += [int(x) for x in path.read_text().split()]
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

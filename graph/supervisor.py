"""Keeps one `oxigraph serve-read-only` child alive behind the endpoint, and never orphans it.

One long-lived thread spawns every child, because Linux sends PR_SET_PDEATHSIG when the
*thread* that forked the child ends, not the process: a child started from a request thread
would die with that thread. The child gets SIGKILL when the serve process dies, even by
`kill -9`. The thread also reaps a child that died (no zombie) and starts a new one; until
it is up, `acquire` returns None and the endpoint answers 503.

A child running a query past the proxy's deadline is *retired*: a fresh child takes new
queries at once, and the old one is killed when its other queries have finished (each is
bounded by its own deadline). Oxigraph's own --timeout-s was measured not to stop a
cartesian COUNT (a core stayed busy 30 s after the client left), so retiring is the only
way to end such a query, and no other client's query is cancelled by it.
"""
from __future__ import annotations

import ctypes
import os
import signal
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from .query_errors import ServerError

__all__ = ["Child", "Supervisor"]

_PR_SET_PDEATHSIG = 1
try:
    _LIBC = ctypes.CDLL(None, use_errno=True)      # loaded before any fork
except OSError:                                     # not Linux: the reaper process still acts
    _LIBC = None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _die_with(parent: int):
    """preexec_fn: the child gets SIGKILL when `parent` goes; exits if it is gone already."""
    def hook():
        if _LIBC is not None:
            _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:
            os._exit(1)
    return hook


class Child:
    """One Oxigraph process, its port and the number of proxy requests using it."""

    def __init__(self, process: subprocess.Popen, port: int):
        self.process, self.port = process, port
        self.inflight = 0
        self.retired_at: float | None = None

    @property
    def dead(self) -> bool:
        return self.process.poll() is not None

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


class Supervisor:
    """Starts, watches, restarts and retires Oxigraph children for one store folder."""

    def __init__(self, location: Path, timeout_s: float, on_spawn=None, poll_s: float = 0.1):
        self.location, self.timeout_s, self.poll_s = location, timeout_s, poll_s
        self.on_spawn = on_spawn or (lambda pid: None)
        self.restarts = 0
        self._cond = threading.Condition()
        self._current: Child | None = None
        self._draining: list[Child] = []
        self._retire: set[Child] = set()
        self._stopping = False
        self._error: str | None = None
        self._spawned = 0
        self._thread = threading.Thread(target=self._run, name="oxigraph-supervisor",
                                        daemon=True)

    def start(self) -> None:
        """Start the thread and wait for the first child (ServerError if it cannot start)."""
        self._thread.start()
        with self._cond:
            self._cond.wait_for(lambda: self._current or self._error, timeout=20)
            if not self._current:
                self.stop()
                raise ServerError(f"oxigraph server did not start: {self._error or 'timeout'}")

    def acquire(self) -> Child | None:
        """The live child, counted as in use, or None while it is being restarted."""
        with self._cond:
            child = self._current
            if child is None or child.dead:
                return None
            child.inflight += 1
            return child

    def release(self, child: Child) -> None:
        with self._cond:
            child.inflight -= 1
            self._cond.notify_all()

    def retire(self, child: Child) -> None:
        """Replace `child` (it runs a query past its deadline); kill it once it is idle."""
        with self._cond:
            if child.retired_at is None:
                child.retired_at = time.monotonic()
                self._retire.add(child)
                self._cond.notify_all()

    def lost(self, child: Child) -> None:
        """A request could not reach `child`: let the thread check it now."""
        with self._cond:
            self._cond.notify_all()

    def pids(self) -> list[int]:
        with self._cond:
            return [c.process.pid for c in [self._current, *self._draining] if c]

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(10)

    # -- the supervising thread ------------------------------------------------------------
    def _spawn(self) -> Child:
        from .server import oxigraph_command
        port = _free_port()
        cmd = [oxigraph_command(), "serve-read-only", "--location", str(self.location),
               "--bind", f"127.0.0.1:{port}", "--timeout-s", str(max(1, round(self.timeout_s)))]
        with tempfile.TemporaryFile() as err:   # a pipe nobody reads would block or kill it
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=err, preexec_fn=_die_with(os.getpid()),
                                    process_group=0)      # Ctrl-C reaches serve only
            self.on_spawn(proc.pid)
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline:
                if proc.poll() is not None:
                    err.seek(0)
                    text = err.read(4000).decode("utf-8", "replace").strip()
                    raise ServerError(text or f"exited with status {proc.returncode}")
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                        return Child(proc, port)
                except OSError:
                    time.sleep(0.02)
        proc.kill()
        proc.wait()
        raise ServerError("did not listen within 15 s")

    def _replace(self) -> None:
        try:
            child = self._spawn()
        except ServerError as exc:
            with self._cond:
                self._error = str(exc)
                self._cond.notify_all()
            return
        with self._cond:
            old, self._current = self._current, child
            if old is not None:
                self._draining.append(old)
            self.restarts += self._spawned
            self._spawned = 1
            self._cond.notify_all()

    def _run(self) -> None:
        failures = 0
        while True:
            with self._cond:
                if self._stopping:
                    break
                cur = self._current
                need = cur is None or cur.dead or cur in self._retire
                if cur is not None and cur.dead:
                    self._current = None
                    self._draining.append(cur)
                    self._retire.discard(cur)
                self._retire.discard(cur)
            if need:
                if failures:
                    time.sleep(min(5.0, 0.2 * 2 ** failures))
                self._replace()
                failures = failures + 1 if self._current is None else 0
            self._reap()
            with self._cond:
                if not self._stopping:
                    self._cond.wait(self.poll_s)
        with self._cond:
            every = [c for c in [self._current, *self._draining] if c]
            self._current, self._draining = None, []
        for c in every:
            c.kill()

    def _reap(self) -> None:
        """Kill retired children that are idle (or past every deadline); wait for dead ones."""
        grace = self.timeout_s + 5
        with self._cond:
            done = [c for c in self._draining if c.dead or c.inflight <= 0 or
                    (c.retired_at is not None and time.monotonic() - c.retired_at > grace)]
            self._draining = [c for c in self._draining if c not in done]
        for c in done:
            c.kill()

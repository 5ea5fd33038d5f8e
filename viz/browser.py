"""Drive headless Chromium over the DevTools pipe: open a local page offline, evaluate, screenshot.

A dependency-free Chrome DevTools Protocol client: Chromium reads JSON commands from fd 3
and writes replies and events to fd 4, each message ending in a NUL byte
(`--remote-debugging-pipe`). Every request the page makes, every console error and every
uncaught exception is recorded, so tests and benchmarks can check that a page stays offline.
"""
from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from policykg.extract.errors import PolicyKGError

__all__ = ["CHROMIUM", "WINDOW", "BrowserError", "Chromium", "PageLog", "find_chromium"]

CHROMIUM = "/usr/bin/chromium"

#: Flags for a quiet, offline, sandbox-less headless browser (as run in CI containers).
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--remote-debugging-pipe", "--no-first-run", "--no-default-browser-check",
    "--disable-extensions", "--disable-sync", "--disable-component-update",
    "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND",
)
#: The window the pages are designed for (and measured in).
WINDOW = (1600, 1000)


class BrowserError(PolicyKGError):
    """Chromium is missing, died, or did not answer in time."""


def find_chromium(executable: str | None = None) -> str:
    """Path of the Chromium executable: the argument, $POLICYKG_CHROMIUM, or Debian's."""
    exe = executable or os.environ.get("POLICYKG_CHROMIUM") or CHROMIUM
    found = shutil.which(exe)
    if not found:
        raise BrowserError(f"Chromium not found at {exe}",
                           "apt-get install chromium, or set POLICYKG_CHROMIUM")
    return found


@dataclass
class PageLog:
    """What a page did: every request URL, console errors and uncaught exceptions."""
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def outside_requests(self, page_url: str) -> list[str]:
        """Requests other than the page itself and inline `data:` URLs."""
        return [u for u in self.requests if u != page_url and not u.startswith("data:")]


def _high_fd(fd: int) -> int:
    """A close-on-exec copy of `fd` numbered 10 or more, so dup2 onto 3 and 4 cannot clash."""
    high = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return high


class Chromium:
    """One headless Chromium with one page (tab), used as a context manager."""

    def __init__(self, executable: str | None = None, timeout: float = 30.0,
                 window: tuple[int, int] = WINDOW):
        self.executable = find_chromium(executable)
        self.timeout = timeout
        self.window = window
        self.log = PageLog()
        self._buf = b""
        self._next_id = 0
        self._events: list[dict] = []
        self._session = ""
        self._proc: subprocess.Popen | None = None
        self._profile = ""

    # -- process ---------------------------------------------------------------------------
    def __enter__(self) -> "Chromium":
        cmd_r, cmd_w = map(_high_fd, os.pipe())
        out_r, out_w = map(_high_fd, os.pipe())

        def child_fds() -> None:
            os.dup2(cmd_r, 3)
            os.dup2(out_w, 4)

        self._profile = tempfile.mkdtemp(prefix="policykg-chromium-")
        try:
            self._proc = subprocess.Popen(
                [self.executable, *FLAGS, f"--window-size={self.window[0]},{self.window[1]}",
                 f"--user-data-dir={self._profile}", "about:blank"],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                close_fds=False, preexec_fn=child_fds)
        finally:
            os.close(cmd_r)
            os.close(out_w)
        self._w, self._r = cmd_w, out_r
        try:
            self._attach()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc) -> None:
        if self._proc is not None:
            try:
                self._send("Browser.close", session=False, wait=False)
            except OSError:
                pass
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
            self._proc = None
            os.close(self._w)
            os.close(self._r)
        shutil.rmtree(self._profile, ignore_errors=True)

    # -- protocol --------------------------------------------------------------------------
    def _read_message(self, deadline: float) -> dict:
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("Chromium did not answer in time")
            ready, _, _ = select.select([self._r], [], [], left)
            if ready:
                chunk = os.read(self._r, 1 << 20)
                if not chunk:
                    raise BrowserError("Chromium closed the DevTools pipe")
                self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        return json.loads(raw)

    def _record(self, msg: dict) -> None:
        method, p = msg.get("method", ""), msg.get("params", {})
        if method == "Network.requestWillBeSent":
            self.log.requests.append(p["request"]["url"])
        elif method == "Runtime.exceptionThrown":
            d = p["exceptionDetails"]
            text = d.get("exception", {}).get("description") or d.get("text", "")
            self.log.errors.append(f"exception: {text}")
        elif method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            args = " ".join(str(a.get("value", a.get("description", ""))) for a in p["args"])
            self.log.errors.append(f"console.{p['type']}: {args}")
        elif method == "Log.entryAdded" and p["entry"].get("level") == "error":
            self.log.errors.append(f"log: {p['entry'].get('text', '')} {p['entry'].get('url', '')}")
        self._events.append(msg)

    def _send(self, method: str, params: dict | None = None, session: bool = True,
              wait: bool = True, timeout: float | None = None) -> dict:
        self._next_id += 1
        msg = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self._session:
            msg["sessionId"] = self._session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        if not wait:
            return {}
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            self._record(reply)

    def _wait_event(self, method: str, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        for i, ev in enumerate(self._events):
            if ev.get("method") == method:
                return self._events.pop(i)
        while True:
            msg = self._read_message(deadline)
            self._record(msg)
            if msg.get("method") == method:
                self._events.remove(msg)
                return msg

    def _attach(self) -> None:
        target = self._send("Target.createTarget", {"url": "about:blank"}, session=False)
        attached = self._send("Target.attachToTarget",
                              {"targetId": target["targetId"], "flatten": True}, session=False)
        self._session = attached["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self._send(f"{domain}.enable")
        self._send("Network.emulateNetworkConditions", {
            "offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})

    # -- page ------------------------------------------------------------------------------
    def open(self, path: str | Path) -> str:
        """Load a local file and wait for its load event; returns the page URL."""
        url = Path(path).resolve().as_uri()
        self._events.clear()
        self.log = PageLog()
        result = self._send("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise BrowserError(f"{url}: {result['errorText']}")
        self._wait_event("Page.loadEventFired", self.timeout)
        return url

    def evaluate(self, expression: str):
        """Value of a JavaScript expression in the page (promises are awaited)."""
        result = self._send("Runtime.evaluate", {
            "expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            d = result["exceptionDetails"]
            why = d.get("exception", {}).get("description") or d.get("text")
            raise BrowserError(f"evaluate failed: {why}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 15.0, poll: float = 0.05) -> float:
        """Poll until `expression` is truthy; returns the seconds it took."""
        start = time.monotonic()
        while not self.evaluate(expression):
            if time.monotonic() - start > timeout:
                raise BrowserError(f"page not ready after {timeout:g} s: {expression}")
            self.drain(poll)
        return time.monotonic() - start

    def drain(self, seconds: float) -> None:
        """Wait `seconds`, recording the events that arrive meanwhile."""
        deadline = time.monotonic() + seconds
        try:
            while True:
                self._record(self._read_message(deadline))
        except BrowserError as exc:
            if "in time" not in str(exc):
                raise

    def mouse(self, kind: str, x: float, y: float) -> None:
        """A real mouse event at viewport (x, y): kind is "move" or "click"."""
        if kind == "move":
            self._send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
            return
        for phase in ("mousePressed", "mouseReleased"):
            self._send("Input.dispatchMouseEvent", {"type": phase, "x": x, "y": y,
                                                    "button": "left", "clickCount": 1})

    def screenshot(self, path: str | Path, scale: float = 1.0) -> Path:
        """Save a PNG of the viewport (`scale` < 1 for a smaller picture)."""
        params: dict = {"format": "png"}
        if scale != 1.0:
            params["clip"] = {"x": 0, "y": 0, "width": self.window[0], "scale": scale,
                              "height": self.evaluate("window.innerHeight")}
        data = self._send("Page.captureScreenshot", params)["data"]
        Path(path).write_bytes(base64.b64decode(data))
        return Path(path)

"""An HTTP server with bounded connections: a thread cap, a backlog, read deadlines.

`BoundedHTTPServer` runs at most `max_connections` handler threads; more connections wait
in the listen backlog (`request_queue_size`, 128) instead of being reset. `DeadlineHandler`
gives the request line and headers `read_timeout` seconds in all (a client sending a byte
now and then is closed too: the limit is a deadline, not a per-read timeout), and the body
another `read_timeout`; an idle keep-alive connection is closed after the same time.
"""
from __future__ import annotations

import io
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["BoundedHTTPServer", "DeadlineHandler", "BodyError"]


class BodyError(Exception):
    """A request body that cannot be read: `status` and `message` for the answer."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


class _DeadlineSocket(io.RawIOBase):
    """The connection's input; every read waits at most until the handler's deadline."""

    def __init__(self, sock: socket.socket, handler: "DeadlineHandler"):
        self.sock, self.handler = sock, handler

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        left = self.handler.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("read deadline passed")
        self.sock.settimeout(left)
        return self.sock.recv_into(buf)


class DeadlineHandler(BaseHTTPRequestHandler):
    """BaseHTTPRequestHandler whose reads have deadlines; `read_body` checks Content-Length."""

    read_timeout = 10.0
    max_body = 1 << 20
    protocol_version = "HTTP/1.1"
    deadline = 0.0

    def setup(self) -> None:
        super().setup()
        self.rfile = io.BufferedReader(_DeadlineSocket(self.connection, self))

    def handle_one_request(self) -> None:
        self.deadline = time.monotonic() + self.read_timeout       # request line + headers
        super().handle_one_request()

    def end_headers(self) -> None:
        self.connection.settimeout(self.read_timeout)              # writes: a slow reader
        super().end_headers()

    def read_body(self) -> bytes:
        """The body (BodyError 400, 411, 413 or 408 when it cannot be read)."""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            raise BodyError(411, "chunked bodies are not accepted: send a Content-Length")
        raw = self.headers.get_all("Content-Length") or ["0"]
        if len(set(raw)) != 1 or not raw[0].strip().isdigit():
            raise BodyError(400, f"bad Content-Length {', '.join(raw)!r}: give one whole "
                                 "number of bytes")
        length = int(raw[0])
        if length > self.max_body:
            raise BodyError(413, f"request body of {length} bytes is over the "
                                 f"{self.max_body}-byte limit")
        self.deadline = time.monotonic() + self.read_timeout
        body = bytearray()
        try:
            while len(body) < length:
                chunk = self.rfile.read1(length - len(body))
                if not chunk:
                    break
                body += chunk
        except (TimeoutError, OSError):
            pass
        if len(body) != length:
            raise BodyError(408, f"request body incomplete: {len(body)} of {length} bytes "
                                 f"arrived within {self.read_timeout:g} s")
        return bytes(body)


class BoundedHTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer with at most `max_connections` threads and a 128 backlog."""

    request_queue_size = 128
    daemon_threads = True

    def __init__(self, address, handler, max_connections: int = 64):
        self._slots = threading.BoundedSemaphore(max_connections)
        super().__init__(address, handler)

    def process_request(self, request, client_address) -> None:
        self._slots.acquire()              # the accept loop waits; the kernel queues the rest
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

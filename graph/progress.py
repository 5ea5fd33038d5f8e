"""A one-line progress bar on stderr (documents done, characters per second), for terminals."""
from __future__ import annotations

import sys
import time

__all__ = ["Progress"]


class Progress:
    """Redraws `[#####.....] 12/52 documents, 1.2M chars/s` in place; silent when not enabled."""

    def __init__(self, total: int, enabled: bool = False, stream=None, width: int = 30):
        self.total, self.enabled, self.width = total, enabled, width
        self.stream = stream or sys.stderr
        self.done = self.chars = 0
        self.start = self._last = time.perf_counter()

    def advance(self, documents: int, chars: int) -> None:
        """Count `documents` more documents holding `chars` characters."""
        self.done += documents
        self.chars += chars
        now = time.perf_counter()
        if self.enabled and (now - self._last >= 0.1 or self.done >= self.total):
            self._last = now
            self._draw(now)

    def close(self) -> None:
        """End the line (when anything was drawn)."""
        if self.enabled:
            self._draw(time.perf_counter())
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self, now: float) -> None:
        filled = self.width * self.done // max(self.total, 1)
        rate = self.chars / max(now - self.start, 1e-9)
        self.stream.write(f"\r[{'#' * filled}{'.' * (self.width - filled)}] "
                          f"{self.done}/{self.total} documents, {_human(rate)} chars/s ")
        self.stream.flush()


def _human(n: float) -> str:
    for unit, size in (("M", 1e6), ("k", 1e3)):
        if n >= size:
            return f"{n / size:.1f}{unit}"
    return f"{n:.0f}"

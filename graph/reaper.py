"""A helper process that removes the endpoint's temporary store when the serve process ends.

`python -m policykg.graph.reaper FOLDER` reads Oxigraph process ids from stdin, one a line,
and waits for end of file, which comes when the serve process exits in any way (`kill -9`
included, as the kernel closes the pipe). It then kills those processes if they still run
Oxigraph on FOLDER (they normally died already by PR_SET_PDEATHSIG), waits for them to go
and deletes FOLDER. It ignores SIGINT, SIGTERM and SIGHUP so that Ctrl-C or a signal sent to
the whole process group cannot stop it before it has cleaned up.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

__all__ = ["start_reaper", "main"]


def start_reaper(folder: Path) -> subprocess.Popen:
    """The reaper for `folder`; write pids to its stdin, close it to clean up now."""
    return subprocess.Popen([sys.executable, "-m", "policykg.graph.reaper", str(folder)],
                            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)


def _runs_on(pid: int, folder: str) -> bool:
    try:
        return folder.encode() in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def main(argv: list[str]) -> int:
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)
    folder = argv[0]
    pids = [int(line) for line in sys.stdin if line.strip().isdigit()]
    for pid in pids:
        if _runs_on(pid, folder):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(_runs_on(p, folder) for p in pids):
        time.sleep(0.05)
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

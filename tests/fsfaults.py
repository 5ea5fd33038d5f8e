"""Output locations that fail for real: read-only mounts, unwritable folders, full disks.

As root, permissions do not stop writes, so an unwritable folder is tested by running the
command without CAP_DAC_OVERRIDE (setpriv), a read-only or full location by mounting a small
tmpfs. Where that is not possible the test is skipped, never faked.
"""
from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

__all__ = ["policykg", "unprivileged", "tmpfs", "fsize_limit"]


def policykg(*argv, prefix=(), preexec=None, env=None, timeout=120):
    """Run `python -m policykg.cli.main ARGV` in a subprocess; CompletedProcess (text)."""
    return subprocess.run([*prefix, sys.executable, "-m", "policykg.cli.main", *map(str, argv)],
                          capture_output=True, text=True, timeout=timeout, preexec_fn=preexec,
                          env=env)


def unprivileged() -> tuple[str, ...]:
    """Command prefix under which folder permissions apply (root loses CAP_DAC_OVERRIDE)."""
    if os.geteuid() != 0:
        return ()
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return ("setpriv", "--bounding-set=-dac_override,-dac_read_search")


@contextmanager
def tmpfs(path: Path, options: str):
    """Mount a tmpfs with `options` (e.g. "size=64k" or "ro") on `path` for the block."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs",
                                            str(path)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=True)


def fsize_limit(nbytes: int):
    """A preexec_fn: files may grow to `nbytes` only, and writing more fails with EFBIG."""
    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)    # else the kernel kills the process
        resource.setrlimit(resource.RLIMIT_FSIZE, (nbytes, nbytes))
    return limit

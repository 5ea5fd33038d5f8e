"""Write a set of outputs into hidden staging folders, then swap them in together or not at all.

Each output is written into `.policykg-staging.PID.XXXX/` in its target's folder (same file
system, so the swap is a rename). `commit()` renames every staged file onto its target, with
SIGINT and SIGTERM held back, keeping hard links of the old files so that a failed rename
puts them all back. A folder (a store) is exchanged with its old version in one
`renameat2(RENAME_EXCHANGE)` where Linux offers it, so its path never stops holding a store;
elsewhere the old one is moved aside just before the new one is renamed in. Leaving the block
removes the staging folders (with the old versions in them); folders left by a killed process
are removed by the next `Staging` in the same place. The swap is journalled
(graph.swap_journal): one cut short by `kill -9` is finished by the next run.

Test hook: with `POLICYKG_TEST_PAUSE_AT=STAGE` in the environment, `checkpoint(STAGE)` prints
`paused at STAGE` on stderr and sleeps `POLICYKG_TEST_PAUSE_FOR` seconds (default 60), so a
test can kill the process, or something it talks to, at that point. The swap's steps are
`swap:0` (journal written, nothing renamed), `swap:1`, … (after each rename or link).
"""
from __future__ import annotations

import ctypes
import os
import re
import shutil
import signal
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from policykg.extract.errors import OutputError

from .serialize import output_error
from .swap_journal import (JOURNAL_NAME, finish_journal, pointed_journal, process_alive, recover,
                           write_journal)

__all__ = ["PAUSE_ENV", "PAUSE_FOR_ENV", "STAGING_PREFIX", "Staging", "checkpoint", "exchange", "swap_dir"]

PAUSE_ENV = "POLICYKG_TEST_PAUSE_AT"
PAUSE_FOR_ENV = "POLICYKG_TEST_PAUSE_FOR"
STAGING_PREFIX = ".policykg-staging."
_STAGING_NAME = re.compile(re.escape(STAGING_PREFIX) + r"(\d+)\.")
_HELD = (signal.SIGINT, signal.SIGTERM)


def checkpoint(stage: str) -> None:
    """Test hook: pause here when POLICYKG_TEST_PAUSE_AT names `stage` (see the module doc)."""
    if os.environ.get(PAUSE_ENV) == stage:
        print(f"paused at {stage}", file=sys.stderr, flush=True)
        time.sleep(float(os.environ.get(PAUSE_FOR_ENV) or 60))


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (22, 38, 95):          # EINVAL, ENOSYS, EOPNOTSUPP: this file system cannot
        return False
    raise OSError(err, os.strerror(err), str(b))


def swap_dir(new: Path, target: Path, aside: Path) -> None:
    """Put folder `new` at `target`; the old `target`, if any, ends up at `aside`."""
    if target.exists():
        if exchange(new, target):
            new.rename(aside)
            return
        target.rename(aside)
    new.rename(target)


@contextmanager
def _signals_held():
    """Hold back SIGINT and SIGTERM for the block (delivered when it ends)."""
    try:
        old = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    except (AttributeError, OSError, ValueError):
        old = None
    try:
        yield
    finally:
        if old is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _keep(path: Path, copy: Path) -> None:
    """A hard link of `path` at `copy` (a copy where links are not possible)."""
    try:
        os.link(path, copy)
    except OSError:
        shutil.copy2(path, copy)


def _sweep(folder: Path) -> None:
    """Remove staging folders in `folder` left by processes that no longer run."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        m = _STAGING_NAME.match(entry.name)
        if m and int(m[1]) != os.getpid() and not process_alive(int(m[1])):
            journal = pointed_journal(entry)
            if journal is None or recover(journal):       # finish its swap first
                shutil.rmtree(entry, ignore_errors=True)


class Staging:
    """Outputs staged beside their targets and swapped in as a set by `commit()`."""

    def __init__(self):
        self._dirs: dict[Path, Path] = {}          # target folder -> its staging folder
        self._items: list[tuple[Path, Path]] = []  # (staged, target)
        self._removals: list[Path] = []

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _dir(self, target: Path) -> Path:
        parent = target.parent
        if parent not in self._dirs:
            try:
                parent.mkdir(parents=True, exist_ok=True)
                if (parent / JOURNAL_NAME).is_file():
                    recover(parent / JOURNAL_NAME)       # a swap cut short: finish it
                _sweep(parent)
                self._dirs[parent] = Path(tempfile.mkdtemp(
                    prefix=f"{STAGING_PREFIX}{os.getpid()}.", dir=parent))
            except OSError as exc:
                raise output_error(target, exc) from None
        return self._dirs[parent]

    def path(self, target: str | Path) -> Path:
        """The staged path that becomes `target` at commit (nothing is created there yet)."""
        target = Path(target)
        staged = self._dir(target) / "new" / target.name
        staged.parent.mkdir(exist_ok=True)
        self._items.append((staged, target))
        return staged

    def staged(self, target: str | Path) -> Path:
        """The staged path of an output already given to `path` or `writing`."""
        target = Path(target)
        return next(staged for staged, t in self._items if t == target)

    @contextmanager
    def writing(self, target: str | Path):
        """`path(target)`; an OSError in the block becomes OutputError naming `target`."""
        staged = self.path(target)
        try:
            yield staged
        except OSError as exc:
            raise output_error(target, exc) from None
        except OutputError as exc:      # raised for a file inside the staged path
            raise OutputError(target, exc.problem, exc.hint) from None

    def remove(self, target: str | Path) -> None:
        """Remove `target` at commit, if it exists (an output this build no longer writes)."""
        target = Path(target)
        if target.exists():
            self._dir(target)
            self._removals.append(target)

    def commit(self) -> list[Path]:
        """Swap every staged output onto its target, journalled (graph.swap_journal); on
        failure put the old ones back."""
        done: list[tuple[Path, Path, Path | None]] = []      # (target, old copy, staged)
        steps = iter(range(1, 1 << 30))
        with _signals_held():
            try:
                items = [(staged, target, self._old(target)) for staged, target in self._items]
                removals = [(target, self._old(target)) for target in self._removals]
                if not items and not removals:
                    return []
                first = (items[0][1] if items else removals[0][0]).parent
                journal = write_journal(first, items, removals, list(self._dirs.values()))
                checkpoint("swap:0")
                for staged, target, old in items:
                    if staged.is_dir():
                        swap_dir(staged, target, old)
                    else:
                        if target.is_file():
                            _keep(target, old)
                            checkpoint(f"swap:{next(steps)}")
                        os.replace(staged, target)
                    done.append((target, old, staged))
                    checkpoint(f"swap:{next(steps)}")
                for target, old in removals:
                    os.replace(target, old)
                    done.append((target, old, None))
                    checkpoint(f"swap:{next(steps)}")
            except OSError as exc:
                self._roll_back(done)
                if "journal" in locals():
                    finish_journal(journal)
                raise OutputError(exc.filename or (done[-1][0] if done else "output"),
                                  f"cannot swap the new outputs in: {exc.strerror or exc}; "
                                  f"the previous outputs are kept") from None
            finish_journal(journal)
        return [target for _, target in self._items]

    def _old(self, target: Path) -> Path:
        """Where the old version of `target` is kept during the swap."""
        old = self._dir(target) / "old" / target.name
        old.parent.mkdir(exist_ok=True)
        return old

    @staticmethod
    def _roll_back(done) -> None:
        for target, old, staged in reversed(done):
            if old.exists():
                if old.is_dir() and staged is not None:
                    swap_dir(old, target, staged)
                else:
                    os.replace(old, target)
            elif staged is not None and target.is_file():
                os.unlink(target)          # it did not exist before

    def close(self) -> None:
        """Remove the staging folders and whatever is left in them."""
        for folder in self._dirs.values():
            shutil.rmtree(folder, ignore_errors=True)
        self._dirs.clear()

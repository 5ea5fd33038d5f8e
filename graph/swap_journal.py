"""The journal of a build's final swap, so that a swap cut short is finished by the next run.

Before `Staging.commit` renames anything it writes `.policykg-swap.json` into the first
output's folder: every output's target, its staged path, where the old version goes, and the
staged path's inode. Once every rename is done the journal is removed. A journal left by a
killed process is rolled forward by the next `Staging` in one of those folders, or by
`recover_beside` (called by the commands that read outputs): an output whose target holds
the staged inode is done, the others are renamed in now, so the outputs are the new set
again. Only if a staged output has vanished is the swap rolled back from the old versions.
Each staging folder holds a `journal` file naming the journal, so that the sweep of dead
processes' folders recovers first instead of deleting a staged set still needed.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

__all__ = ["JOURNAL_NAME", "write_journal", "finish_journal", "recover", "recover_beside",
           "pointed_journal", "process_alive"]

JOURNAL_NAME = ".policykg-swap.json"
_POINTER = "journal"


def _inode(path: Path) -> list[int] | None:
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    return [st.st_dev, st.st_ino]


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_journal(folder: Path, items, removals, staging_dirs) -> Path:
    """Write the journal of a swap into `folder` (atomically: a temporary file renamed)."""
    entries = [{"kind": "dir" if staged.is_dir() else "file", "target": str(target),
                "staged": str(staged), "old": str(old), "inode": _inode(staged)}
               for staged, target, old in items]
    entries += [{"kind": "remove", "target": str(target), "old": str(old)}
                for target, old in removals]
    journal = folder / JOURNAL_NAME
    for d in staging_dirs:
        (d / _POINTER).write_text(str(journal.absolute()), encoding="utf-8")
    tmp = folder / (JOURNAL_NAME + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump({"pid": os.getpid(), "items": entries,
                   "staging": [str(d) for d in staging_dirs]}, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, journal)
    _fsync_dir(folder)
    return journal


def finish_journal(journal: Path) -> None:
    """The swap is complete (or rolled back): remove the journal."""
    journal.unlink(missing_ok=True)
    _fsync_dir(journal.parent)


def pointed_journal(staging_dir: Path) -> Path | None:
    """The journal a staging folder belongs to, if that journal still exists."""
    try:
        journal = Path((staging_dir / _POINTER).read_text(encoding="utf-8"))
    except OSError:
        return None
    return journal if journal.is_file() else None


def recover_beside(path: str | Path) -> None:
    """Finish a swap cut short in the folder holding `path` (an output being read), if any;
    where the folder cannot be written, the outputs are read as they are."""
    from .staging import STAGING_PREFIX
    folder = Path(path).absolute().parent
    journals = {folder / JOURNAL_NAME} if (folder / JOURNAL_NAME).is_file() else set()
    try:
        journals |= {j for d in folder.glob(STAGING_PREFIX + "*")
                     if (j := pointed_journal(d)) is not None}
    except OSError:
        pass
    for journal in journals:
        try:
            recover(journal)
        except OSError:
            pass


def process_alive(pid: int) -> bool:
    """True when a process `pid` runs (ours included)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(journal: Path) -> bool:
    """Roll the swap of a dead process's `journal` forward (or back); False if it still runs."""
    (journal.parent / (JOURNAL_NAME + ".tmp")).unlink(missing_ok=True)
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return True
    except (OSError, ValueError):            # unreadable: it cannot be acted on
        journal.unlink(missing_ok=True)
        return True
    pid = int(data.get("pid", 0))
    if pid != os.getpid() and process_alive(pid):
        return False
    items = data["items"]
    if all(_done(it) or Path(it.get("staged", "")).exists() for it in items
           if it["kind"] != "remove"):
        for it in items:
            _forward(it)
    else:
        for it in reversed(items):
            _back(it)
    finish_journal(journal)
    for d in data.get("staging", []):
        shutil.rmtree(d, ignore_errors=True)
    return True


def _done(it: dict) -> bool:
    if it["kind"] == "remove":
        return not os.path.lexists(it["target"])
    return it["inode"] is not None and _inode(Path(it["target"])) == it["inode"]


def _forward(it: dict) -> None:
    if _done(it):
        return
    target, old = Path(it["target"]), Path(it["old"])
    old.parent.mkdir(parents=True, exist_ok=True)
    if it["kind"] == "remove":
        os.replace(target, old)
        return
    from .staging import swap_dir
    staged = Path(it["staged"])
    if it["kind"] == "dir":
        if old.exists() and target.exists():
            shutil.rmtree(old)                  # a half-kept copy: the target is the old one
        swap_dir(staged, target, old)
    else:
        if target.is_file() and not old.exists():
            from .staging import _keep
            _keep(target, old)
        os.replace(staged, target)


def _back(it: dict) -> None:
    target, old = Path(it["target"]), Path(it["old"])
    if not old.exists():
        if it["kind"] != "remove" and _done(it):
            if it["kind"] == "dir":
                return                          # never leave no store: keep the new one
            os.unlink(target)                   # it did not exist before
        return
    if it["kind"] == "dir":
        if _done(it):
            from .staging import swap_dir
            swap_dir(old, target, Path(it["staged"]))
    elif it["kind"] == "remove" or _done(it) or not target.exists():
        os.replace(old, target)

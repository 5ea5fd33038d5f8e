"""Run document extraction in this process, in local worker processes, or on a Dask cluster.

Each document is one task: its decoded text in, its Extraction and written graph fragment out.
Tasks carry the text, so workers need no shared file system. Results come back as they
finish; the caller puts them in document order.
"""
from __future__ import annotations

import gc
import multiprocessing
import re
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import PurePath

from policykg.extract.errors import InputError, PolicyKGError
from policykg.extract.model import Extraction
from policykg.extract.pipeline import extract_parts, join_parts
from policykg.extract.resources import Resources, resources_or_default

from .docfragment import FragmentWriter
from .fragment import DocFragment, doc_triples
from .namespaces import document_iri

__all__ = ["EXECUTORS", "ExecutorError", "DocTask", "DocStats", "DocResult",
           "process_document", "run_tasks"]

#: Executor names accepted by `run_tasks`.
EXECUTORS = ("local", "dask")
_ADDRESS = re.compile(r"(?:(?:tcp|tls|ws|wss|ucx)://)?(?:\[[0-9A-Fa-f:.]+\]|[\w.-]+):\d{1,5}")


class ExecutorError(PolicyKGError):
    """The executor could not run the tasks (unreachable scheduler, lost workers)."""


@dataclass(frozen=True)
class DocTask:
    """One document to extract: its place in the build, its id and its decoded text."""
    index: int
    path: str
    doc_id: str
    text: str
    encoding: str = "utf-8"
    formats: tuple[str, ...] = ("ttl",)
    keep: bool = True      # send the Extraction back (else only its DocStats)


@dataclass(frozen=True)
class DocStats:
    """The counts of one extraction that a build summary reports."""
    sentences: int = 0
    relations: tuple[str, ...] = ()       # the relation of every claim
    labels: frozenset[str] = frozenset()  # labels of the concepts claims link
    events: int = 0
    observations: int = 0

    @classmethod
    def of(cls, ex: Extraction) -> DocStats:
        return cls(len(ex.sentences), tuple(c.relation for c in ex.claims),
                   frozenset(m.label for c in ex.claims for m in (c.subject, c.object)),
                   len(ex.events), len(ex.observations))


@dataclass(frozen=True)
class DocResult:
    """What one task gave: an extraction and its fragment, or the problem that stopped it."""
    index: int
    path: str
    chars: int = 0
    extraction: Extraction | None = None
    fragment: DocFragment | None = None
    stats: DocStats | None = None
    problem: str = ""      # empty when the document was extracted
    hint: str = ""
    kind: str = ""         # "input" (bad file), "bug" (extractor crash), "fatal" (stop all)


def process_document(task: DocTask, resources: Resources | None = None) -> DocResult:
    """Extract and write one document with the tables of `resources` (default: the
    package's), a part at a time (a long one's scratch objects and triples never exist for
    the whole text at once); problems are returned, not raised."""
    res = resources_or_default(resources)
    gc_was_on = gc.isenabled()
    gc.disable()       # extraction makes many small acyclic objects; collecting them is waste
    try:
        writer = FragmentWriter(str(document_iri(task.doc_id)), task.formats)
        counts, relations, labels, kept = [0, 0, 0], [], set(), []
        for part in extract_parts(task.text, task.doc_id, PurePath(task.path).name,
                                  task.encoding, resources=res):
            writer.add(doc_triples(part, res))
            counts[0] += len(part.sentences)
            counts[1] += len(part.events)
            counts[2] += len(part.observations)
            relations += (c.relation for c in part.claims)
            labels.update(m.label for c in part.claims for m in (c.subject, c.object))
            if task.keep:
                kept.append(part)
        stats = DocStats(counts[0], tuple(relations), frozenset(labels), counts[1], counts[2])
        return DocResult(task.index, task.path, len(task.text),
                         join_parts(kept) if task.keep else None, writer.fragment(), stats)
    except InputError as exc:
        return DocResult(task.index, task.path, problem=exc.problem, hint=exc.hint,
                         kind="input")
    except PolicyKGError as exc:        # not about this file (configuration): stops the build
        return DocResult(task.index, task.path, problem=str(exc), hint=exc.hint, kind="fatal")
    except Exception as exc:  # noqa: BLE001 - a bug on one document must not lose the others
        return DocResult(task.index, task.path, problem=f"extraction failed "
                         f"({type(exc).__name__}: {exc})", hint="this is a bug in policykg; "
                         "please report it with the file", kind="bug")
    finally:
        if gc_was_on:
            gc.enable()


def run_tasks(tasks: Sequence[DocTask], executor: str = "local", jobs: int = 1,
              scheduler: str | None = None,
              resources: Resources | None = None) -> Iterator[DocResult]:
    """Results of `tasks` as they finish, from this process (jobs 1), processes, or Dask;
    every document is extracted with the tables of `resources` (default: the package's),
    one object per process."""
    res = resources_or_default(resources)
    if executor == "dask":
        if not scheduler:
            raise ExecutorError("the dask executor needs a scheduler address",
                                "add --scheduler tcp://HOST:PORT")
        return _run_dask(tasks, scheduler, res)
    if scheduler:
        raise ExecutorError("--scheduler is for the dask executor", "add --executor dask")
    if executor != "local":
        raise ExecutorError(f"unknown executor {executor!r}", f"use one of {', '.join(EXECUTORS)}")
    if jobs < 1:
        raise ExecutorError(f"--jobs must be at least 1, not {jobs}")
    if jobs == 1 or len(tasks) <= 1:
        return (process_document(t, res) for t in tasks)
    return _run_processes(tasks, jobs, res)


def _warm_up(res: Resources) -> None:
    # Load the lexicon, tables and segmenter once, before forking, so workers share them.
    process_document(DocTask(-1, "warm-up.txt", "warm-up", "发展。"), res)


#: The Resources of this worker process: set once by `_init_worker` (forked: the parent's
#: object, tables already built; spawned: unpickled, so read again once), or on a Dask
#: worker by `_dask_task`, one per Resources.spec.
_WORKER: dict = {}


def _init_worker(res: Resources) -> None:
    _WORKER["res"] = res
    gc.freeze()        # objects inherited from the parent are never garbage; skip them


def _worker_task(task: DocTask) -> DocResult:
    return process_document(task, _WORKER["res"])


def _dask_task(task: DocTask, spec: tuple) -> DocResult:
    """process_document on a Dask worker, with the Resources of `spec` made once there."""
    res = _WORKER.get(spec)
    if res is None:
        res = _WORKER[spec] = Resources.from_spec(spec)
    return process_document(task, res)


def _run_processes(tasks: Sequence[DocTask], jobs: int, res: Resources) -> Iterator[DocResult]:
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    if method == "fork":
        _warm_up(res)
    ctx = multiprocessing.get_context(method)
    # Largest documents first: the last task to start is a short one.
    order = sorted(tasks, key=lambda t: -len(t.text))
    pool = ProcessPoolExecutor(min(jobs, len(tasks)), mp_context=ctx, initializer=_init_worker,
                               initargs=(res,))
    try:
        futures = [pool.submit(_worker_task, t) for t in order]
        for future in as_completed(futures):
            try:
                yield future.result()
            except BrokenProcessPool:
                raise ExecutorError("a worker process died (out of memory?)",
                                    "try fewer --jobs") from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _run_dask(tasks: Sequence[DocTask], scheduler: str, res: Resources) -> Iterator[DocResult]:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise ExecutorError("the dask executor needs dask.distributed",
                            "pip install 'policykg[dask]'") from None
    if not _ADDRESS.fullmatch(scheduler):
        raise ExecutorError(f"{scheduler!r} is not a Dask scheduler address",
                            "give it as tcp://HOST:PORT, e.g. tcp://127.0.0.1:8786")
    try:
        client = Client(scheduler, timeout="10s", set_as_default=False)
    except (OSError, ValueError, TypeError) as exc:
        raise ExecutorError(f"cannot reach the Dask scheduler at {scheduler} ({exc})",
                            "start one with `dask scheduler` or check the address") from None
    try:
        order = sorted(tasks, key=lambda t: -len(t.text))
        # the tables as plain data (no folder needed there), built once per worker process
        futures = client.map(_dask_task, order, spec=res.spec(), pure=False)
        with client.as_current():
            done = as_completed(futures)
        for future in done:
            try:
                yield future.result()
            except Exception as exc:  # noqa: BLE001 - lost workers, pickling, cancellation
                raise ExecutorError(f"the Dask cluster at {scheduler} failed a task "
                                    f"({type(exc).__name__}: {exc})") from None
    finally:
        client.close()

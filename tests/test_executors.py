"""graph/executors.py: local processes and a real Dask cluster give the single-process bytes."""
from __future__ import annotations

import socket

import pytest

from policykg.cli.main import main
from policykg.graph.build import build
from policykg.graph.executors import DocTask, process_document, run_tasks

FORMATS = ("trig", "nq")


def _outputs(result) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in result.outputs}


@pytest.fixture(scope="module")
def single(corpus_dir, tmp_path_factory):
    """The corpus built in this process (--jobs 1): the reference bytes."""
    out = tmp_path_factory.mktemp("jobs1")
    return build([corpus_dir], out, formats=FORMATS, html=False, validate=False)


def test_jobs_2_is_byte_identical_to_jobs_1(single, corpus_dir, tmp_path):
    two = build([corpus_dir], tmp_path, jobs=2, formats=FORMATS, html=False, validate=False)
    assert set(_outputs(two)) == {"graph.ttl", "graph.trig", "graph.nq"}
    assert _outputs(two) == _outputs(single)
    assert [ex.document.doc_id for ex in two.extractions] == [
        ex.document.doc_id for ex in single.extractions]
    assert two.summary() == single.summary()


def test_counts_only_build_gives_the_same_bytes_and_summary(single, corpus_dir, tmp_path):
    lean = build([corpus_dir], tmp_path, jobs=2, formats=FORMATS, html=False, validate=False,
                 keep_extractions=False)
    assert lean.extractions == []
    assert _outputs(lean) == _outputs(single)
    assert lean.summary() == single.summary()


def test_process_results_come_back_for_every_task(corpus_dir):
    from policykg.extract.reading import read_text
    tasks = [DocTask(i, str(f), f.stem, *read_text(f))
             for i, f in enumerate(sorted(corpus_dir.glob("*.txt"))[:3])]
    results = list(run_tasks(tasks, jobs=2))
    assert sorted(r.index for r in results) == [0, 1, 2]
    assert all(not r.problem and r.extraction.document.doc_id == tasks[r.index].doc_id
               for r in results)


def test_process_document_reports_extractor_crash_as_a_bug():
    # a task whose text is not a str makes the extractor raise: the result says so
    r = process_document(DocTask(0, "x.txt", "x", None))  # type: ignore[arg-type]
    assert r.kind == "bug" and r.problem.startswith("extraction failed (")
    assert r.extraction is None


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None)
    try:
        yield cluster
    finally:
        cluster.close()


def test_dask_build_is_byte_identical_to_local(single, corpus_dir, dask_cluster, tmp_path):
    result = build([corpus_dir], tmp_path, executor="dask",
                   scheduler=dask_cluster.scheduler_address, formats=FORMATS, html=False,
                   validate=False)
    assert _outputs(result) == _outputs(single)


def test_dask_build_from_the_command_line(dask_cluster, seed_path, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(seed_path), "-o", str(out), "--no-html", "--executor", "dask",
                 "--scheduler", dask_cluster.scheduler_address]) == 0
    assert f"wrote {out / 'graph.ttl'}" in capsys.readouterr().out


def test_dask_workers_get_the_user_tables(dask_cluster, tmp_path):
    """The rows travel with the tasks as data (Resources.spec), not as folder names."""
    tables = tmp_path / "tables"
    tables.mkdir()
    (tables / "cues.tsv").write_text("id\tframe\tcue\tcue2\trelation\tdirection\twhen\tobject\n"
                                     "infix-nurtures\tinfix\t滋养\t\tsupports\tforward\tany\n",
                                     encoding="utf-8")
    docs = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for d in docs:
        d.write_text("量子传感技术滋养精密制造。", encoding="utf-8")
    local = build(docs, tmp_path / "local", html=False, validate=False, tables=[tables])
    remote = build(docs, tmp_path / "dask", executor="dask", html=False, validate=False,
                   scheduler=dask_cluster.scheduler_address, tables=[tables])
    assert local.summary()["claims"] == 2
    assert _outputs(remote) == _outputs(local)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_scheduler_is_one_error_line_and_no_output(seed_path, tmp_path, capsys):
    pytest.importorskip("distributed")
    address = f"tcp://127.0.0.1:{_free_port()}"
    out = tmp_path / "out"
    assert main(["build", str(seed_path), "-o", str(out), "--executor", "dask",
                 "--scheduler", address]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"Error: cannot reach the Dask scheduler at {address} (")
    assert err.endswith("(hint: start one with `dask scheduler` or check the address)\n")
    assert not out.exists()


@pytest.mark.parametrize("argv, message", [
    (["--executor", "dask"], "Error: the dask executor needs a scheduler address "
                             "(hint: add --scheduler tcp://HOST:PORT)"),
    (["--scheduler", "tcp://127.0.0.1:1"], "Error: --scheduler is for the dask executor "
                                           "(hint: add --executor dask)"),
    (["--jobs", "0"], "Error: --jobs must be at least 1, not 0"),
    (["--executor", "dask", "--scheduler", "foo"], "Error: 'foo' is not a Dask scheduler address "
     "(hint: give it as tcp://HOST:PORT, e.g. tcp://127.0.0.1:8786)"),
])
def test_executor_option_errors(argv, message, seed_path, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(seed_path), "-o", str(out), *argv]) == 2
    assert capsys.readouterr().err == message + "\n"
    assert not out.exists()

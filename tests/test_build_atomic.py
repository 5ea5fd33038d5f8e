"""A build's outputs change together or not at all (graph/staging.py; issue 11, defect 6).

Each test builds an "old" output folder, then runs a second build of another text as a
subprocess that pauses at a named stage (POLICYKG_TEST_PAUSE_AT) and is killed there.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from fsfaults import fsize_limit, policykg
from policykg.graph.staging import PAUSE_ENV, STAGING_PREFIX
from policykg.graph.swap_journal import JOURNAL_NAME

OLD_TEXT = "数字经济发展\n数字技术推动产业升级。智慧城市建设支撑新质生产力。\n"
NEW_TEXT = "城市更新\n城市更新提升城市品质。数据要素推动数字经济发展。\n"
BUILD = ("--no-validate", "--format", "trig")


def _tree(folder: Path) -> dict[str, bytes]:
    """{relative path: bytes} of every file below `folder` (RocksDB's LOCK and LOG aside)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name not in ("LOCK", "LOG")}


def _staging_left(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob(f"{STAGING_PREFIX}*"))


@pytest.fixture(scope="module")
def texts(tmp_path_factory):
    d = tmp_path_factory.mktemp("texts")
    (d / "old.txt").write_text(OLD_TEXT, encoding="utf-8")
    (d / "new.txt").write_text(NEW_TEXT, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def old_out(texts, tmp_path_factory):
    out = tmp_path_factory.mktemp("old") / "out"
    proc = policykg("build", texts / "old.txt", "-o", out, "--store", out / "store", *BUILD)
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture
def out(old_out, tmp_path):
    copy = tmp_path / "out"
    shutil.copytree(old_out, copy)
    return copy


def _build_paused_at(stage: str, texts: Path, out: Path) -> subprocess.Popen:
    env = {**os.environ, PAUSE_ENV: stage}
    proc = subprocess.Popen([sys.executable, "-m", "policykg.cli.main", "build",
                             texts / "new.txt", "-o", out, "--store", out / "store", *BUILD],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = proc.stderr.readline()
    if line != f"paused at {stage}\n":
        proc.kill()
        proc.communicate()
        pytest.fail(f"the build did not pause at {stage}: {line!r}")
    return proc


STAGES = ["validated", "ttl", "trig", "html", "store", "commit"]


@pytest.mark.parametrize("stage", STAGES)
def test_sigkill_at_each_stage_leaves_the_old_outputs(stage, texts, old_out, out):
    before = _tree(old_out)
    proc = _build_paused_at(stage, texts, out)
    proc.kill()
    proc.communicate(timeout=30)
    assert {k: v for k, v in _tree(out).items() if STAGING_PREFIX not in k} == before
    # the next build sweeps what the killed one left, and writes the new graph
    again = policykg("build", texts / "new.txt", "-o", out, "--store", out / "store", *BUILD)
    assert again.returncode == 0, again.stderr
    assert _staging_left(out) == []
    assert "城市更新" in (out / "graph.ttl").read_text(encoding="utf-8")


@pytest.mark.parametrize("stage,sig", [("ttl", signal.SIGTERM), ("html", signal.SIGTERM),
                                       ("store", signal.SIGTERM), ("commit", signal.SIGINT)])
def test_sigterm_and_sigint_leave_no_temporary_files(stage, sig, texts, old_out, out):
    proc = _build_paused_at(stage, texts, out)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=30)
    word, code = ("terminated", 143) if sig == signal.SIGTERM else ("interrupted", 130)
    assert (proc.returncode, err) == (code, f"Error: {word}\n")
    assert _staging_left(out) == []
    assert _tree(out) == _tree(old_out)


def test_a_full_disk_at_the_html_step_keeps_every_old_output(texts, old_out, out):
    # graph.ttl (a few kB) fits under the limit, graph.html (vis-network inlined) does not
    proc = policykg("build", texts / "new.txt", "-o", out, "--store", out / "store", *BUILD,
                    preexec=fsize_limit(300_000))
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == (f"Error: {out}/graph.html: cannot write: File too large (hint: the "
                           f"file size limit (ulimit -f) is too small; raise it or write "
                           f"elsewhere)\n")
    assert _staging_left(out) == []
    assert _tree(out) == _tree(old_out)


def test_no_html_removes_the_page_of_the_previous_graph(texts, out):
    assert (out / "graph.html").is_file()
    proc = policykg("build", texts / "new.txt", "-o", out, "--no-html", *BUILD)
    assert proc.returncode == 0, proc.stderr
    assert f"removed {out}/graph.html (it showed the previous graph; policykg viz draws this " \
           f"one)\n" in proc.stdout
    assert not (out / "graph.html").exists()
    assert "城市更新" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_a_full_disk_keeps_every_old_output(texts, old_out, tmp_path):
    from fsfaults import tmpfs
    size = sum(p.stat().st_size for p in old_out.rglob("*") if p.is_file())
    with tmpfs(tmp_path / "disk", f"size={size + size // 2}") as disk:
        out = disk / "out"
        shutil.copytree(old_out, out)
        proc = policykg("build", texts / "new.txt", "-o", out, "--store", out / "store", *BUILD)
        assert (proc.returncode, proc.stdout) == (2, "")
        assert proc.stderr.startswith(f"Error: {out}/")
        assert proc.stderr.endswith(": cannot write: No space left on device (hint: free some "
                                    "space or write elsewhere with -o)\n")
        assert proc.stderr.count("\n") == 1
        assert _staging_left(out) == []
        assert _tree(out) == _tree(old_out)


SWAP_STEPS = 8     # journal written; ttl, trig, html: old kept, new renamed in; the store


def _quads(store: Path) -> set[str]:
    import pyoxigraph as ox
    return {str(q) for q in ox.Store.read_only(str(store))}


def _outputs(out: Path) -> tuple[dict[str, bytes], set[str]]:
    """(bytes of every file outside the store, the store's quads)."""
    files = {k: v for k, v in _tree(out).items() if not k.startswith("store/")}
    return files, _quads(out / "store")


@pytest.mark.parametrize("step", range(SWAP_STEPS))
def test_sigkill_at_each_step_of_the_swap_is_rolled_forward(step, texts, old_out, out):
    """Killed between two renames of the swap, the build left a journal: the next command that
    reads the outputs (here `query`) finishes the swap, so the outputs are one whole set (the
    new one, byte for byte as a complete build writes it) and nothing temporary is left."""
    proc = _build_paused_at(f"swap:{step}", texts, out)
    proc.kill()
    proc.communicate(timeout=30)
    assert (out / JOURNAL_NAME).is_file()
    assert (out / "store").is_dir()                            # never no store
    q = policykg("query", out / "graph.ttl", "--sparql", "ASK { ?s ?p ?o }")
    assert q.returncode == 0, q.stderr
    assert _staging_left(out) == [] and not (out / JOURNAL_NAME).exists()
    assert not list(out.glob(".policykg-swap*"))
    after = _outputs(out)
    shutil.rmtree(out)                         # the same build, not killed, at the same path
    shutil.copytree(old_out, out)
    done = policykg("build", texts / "new.txt", "-o", out, "--store", out / "store", *BUILD)
    assert done.returncode == 0, done.stderr
    assert after == _outputs(out)


def test_the_swap_has_no_step_beyond_the_last(texts, old_out, out):
    env = {**os.environ, PAUSE_ENV: f"swap:{SWAP_STEPS}"}
    proc = subprocess.run([sys.executable, "-m", "policykg.cli.main", "build", texts / "new.txt",
                           "-o", out, "--store", out / "store", *BUILD],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0 and "paused" not in proc.stderr


@pytest.mark.parametrize("step", [0, 3, SWAP_STEPS - 1])
def test_the_next_build_finishes_a_killed_swap_first(step, texts, old_out, out):
    """The next build rolls the journal forward before it sweeps the staging folders."""
    proc = _build_paused_at(f"swap:{step}", texts, out)
    proc.kill()
    proc.communicate(timeout=30)
    again = policykg("build", texts / "old.txt", "-o", out, "--store", out / "store", *BUILD,
                     "--no-html")
    assert again.returncode == 0, again.stderr
    assert _staging_left(out) == [] and not list(out.glob(".policykg-swap*"))
    assert "数字经济" in (out / "graph.ttl").read_text(encoding="utf-8")
    assert not (out / "graph.html").exists()


def test_a_swap_that_cannot_go_forward_is_rolled_back(texts, old_out, out):
    """Killed after graph.ttl was swapped in, with the staged page then lost: the journal is
    rolled back instead, and every output is the old one again, byte for byte."""
    before = _tree(old_out)
    proc = _build_paused_at("swap:3", texts, out)
    proc.kill()
    proc.communicate(timeout=30)
    staged_pages = list(out.glob(f"{STAGING_PREFIX}*/new/graph.html"))
    assert len(staged_pages) == 1 and (out / "graph.ttl").read_bytes() != \
        (old_out / "graph.ttl").read_bytes()
    staged_pages[0].unlink()
    q = policykg("query", out / "graph.ttl", "--sparql", "ASK { ?s ?p ?o }")
    assert q.returncode == 0, q.stderr
    assert _staging_left(out) == [] and not list(out.glob(".policykg-swap*"))
    assert _tree(out) == before

"""Every failure is one `Error:` line and exit status 2: unwritable, read-only and full output
locations, oversized literals, invalid IRI parameters (issue 11, defect 5)."""
from __future__ import annotations

import os

import pytest

from fsfaults import fsize_limit, policykg, tmpfs, unprivileged

ALL = "SELECT * WHERE { ?s ?p ?o }"


def _one_error(proc, line):
    assert (proc.returncode, proc.stdout, proc.stderr) == (2, "", line + "\n")


def _listing(folder):
    return sorted(os.listdir(folder))


def test_query_into_a_read_only_mount(seed_graph_path, tmp_path):
    with tmpfs(tmp_path / "ro", "ro") as ro:
        proc = policykg("query", seed_graph_path, "hubs", "-o", ro / "hubs.txt")
        _one_error(proc, f"Error: {ro}/hubs.txt: cannot write: Read-only file system (hint: the "
                         f"file system is mounted read-only; write elsewhere with -o)")


@pytest.mark.parametrize("command", [
    ("query", "{g}", "hubs", "-o", "{d}/hubs.txt"),
    ("export", "{g}", "-f", "nt", "-o", "{d}/hubs.txt"),
    ("viz", "{g}", "-o", "{d}/hubs.txt"),
])
def test_into_an_unwritable_folder(seed_graph_path, tmp_path, command):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    argv = [a.format(g=seed_graph_path, d=folder) for a in command]
    proc = policykg(*argv, prefix=unprivileged())
    _one_error(proc, f"Error: {folder}/hubs.txt: cannot write: Permission denied (hint: choose "
                     f"a folder you may write to with -o)")
    assert _listing(folder) == []


def test_output_below_a_file(seed_graph_path, tmp_path):
    proc = policykg("query", seed_graph_path, "hubs", "-o", seed_graph_path / "x.txt")
    _one_error(proc, f"Error: {seed_graph_path}/x.txt: cannot write: {seed_graph_path} is a "
                     f"file, not a folder (hint: choose another output path)")


def test_query_onto_a_full_disk_leaves_no_partial_file(seed_graph_path, tmp_path):
    with tmpfs(tmp_path / "full", "size=64k") as full:
        proc = policykg("query", seed_graph_path, "--sparql", ALL, "-o", full / "all.txt")
        _one_error(proc, f"Error: {full}/all.txt: cannot write: No space left on device (hint: "
                         f"free some space or write elsewhere with -o)")
        assert _listing(full) == []


def test_export_over_the_file_size_limit(seed_graph_path, tmp_path):
    out = tmp_path / "g.nt"
    proc = policykg("export", seed_graph_path, "-f", "nt", "-o", out,
                    preexec=fsize_limit(16_384))
    _one_error(proc, f"Error: {out}: cannot write: File too large (hint: the file size limit "
                     f"(ulimit -f) is too small; raise it or write elsewhere)")
    assert _listing(tmp_path) == []


@pytest.fixture(scope="module")
def big_literal(tmp_path_factory):
    """A graph whose one concept has a 50 MB label (beyond pyoxigraph's 16 MiB token buffer)."""
    path = tmp_path_factory.mktemp("big") / "big.ttl"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("<https://w3id.org/policykg/id/concept/x> "
                 "<http://www.w3.org/2004/02/skos/core#prefLabel> \"")
        fh.write("x" * 50_000_000)
        fh.write("\"@zh .\n")
    return path


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_query_on_a_50_mb_literal_works(big_literal, engine):
    proc = policykg("query", big_literal, "--engine", engine, "--sparql",
                    "SELECT (STRLEN(?l) AS ?n) WHERE { ?c skos:prefLabel ?l }")
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout.splitlines()[2:] == ["50000000", "(1 row)"]


def test_viz_on_a_50_mb_literal_works(big_literal, tmp_path):
    proc = policykg("viz", big_literal, "-o", tmp_path / "big.html")
    assert (proc.returncode, proc.stderr) == (0, "")
    assert (tmp_path / "big.html").stat().st_size > 0


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_invalid_iri_parameter(seed_graph_path, engine):
    proc = policykg("query", seed_graph_path, "evidence", "--engine", engine,
                    "-p", "id=doc:x>{}")
    _one_error(proc, "Error: evidence.rq: parameter id is not an IRI: "
                     "'https://w3id.org/policykg/id/doc/x>{}' (Invalid IRI code point '>') "
                     "(hint: give a full IRI or prefix:local, e.g. doc:seed)")

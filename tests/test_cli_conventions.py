"""CLI conventions (cli/main.py and the commands): --version, one meaning per short flag,
--json summaries of build, validate and push, and export refusing to write over its input."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from importlib.metadata import version

import pytest

from policykg.cli.main import main, make_parser
from policykg.graph.loading import load_graph

#: The house convention (README, cli/main.py's epilog).
SHORT = {"-o": "--out", "-f": "--format", "-p": "--param", "-j": "--jobs", "-h": "--help"}
SECOND = "数字经济发展报告\n数字技术推动产业升级。数据要素赋能实体经济。\n"


def _policykg(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "policykg.cli.main", *map(str, args)],
                          capture_output=True, text=True, timeout=300, cwd=cwd)


def test_version_comes_from_the_package_metadata():
    proc = _policykg("--version")
    assert proc.returncode == 0 and proc.stderr == ""
    assert proc.stdout == f"policykg {version('policykg')}\n"


def _subcommands():
    parser = make_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sub.choices


def test_each_short_flag_means_one_thing_in_every_command():
    meanings: dict[str, set[str]] = {}
    for name, cmd in _subcommands().items():
        for action in cmd._actions:
            shorts = [o for o in action.option_strings if len(o) == 2]
            longs = [o for o in action.option_strings if o.startswith("--")]
            for short in shorts:
                meanings.setdefault(short, set()).update(longs or ["(none)"])
    assert {k: sorted(v) for k, v in meanings.items()} == {
        k: [SHORT[k]] for k in meanings}, "a short flag outside the convention or with two meanings"
    assert {"-o", "-f", "-p", "-j"} <= set(meanings)


def test_query_takes_f_as_format_and_file_without_a_short_flag(seed_graph_path, tmp_path,
                                                               capsys):
    rq = tmp_path / "n.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?c a skos:Concept }\n", encoding="utf-8")
    assert main(["query", str(seed_graph_path), "--file", str(rq), "-f", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("n\r\n") and int(out.split()[1]) > 100
    with pytest.raises(SystemExit):
        main(["query", str(seed_graph_path), "-f", str(rq)])          # -f is --format now
    assert "invalid choice" in capsys.readouterr().err


def test_build_json_is_the_summary(tmp_path):
    doc = tmp_path / "report.txt"
    doc.write_text(SECOND, encoding="utf-8")
    proc = _policykg("build", doc, "-o", tmp_path / "out", "--no-html", "-f", "trig", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert list(data) == ["outputs", "removed", "summary", "skipped", "warnings"]
    assert data["outputs"] == [str(tmp_path / "out" / "graph.ttl"),
                               str(tmp_path / "out" / "graph.trig")]
    summary = data["summary"]
    assert summary["documents"] == 1 and summary["claims"] >= 2
    assert summary["triples"] == len(load_graph(tmp_path / "out" / "graph.ttl"))
    assert set(summary["claims_by_relation"]) <= {"drives", "supports", "improves", "broader",
                                                  "hasPart", "alignsWith", "hinders",
                                                  "mitigates"}
    assert data["skipped"] == [] and data["warnings"] == []


def test_validate_json(seed_graph_path, tmp_path, capsys):
    assert main(["validate", str(seed_graph_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"graph": str(seed_graph_path),
                                                   "conforms": True, "violations": []}
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix pk: <https://w3id.org/policykg/ontology#> .\n"
                      "<https://w3id.org/policykg/id/doc/x/claim/1> a pk:Claim .\n",
                      encoding="utf-8")
    assert main(["validate", str(broken)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert main(["validate", str(broken), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["conforms"] is False and len(data["violations"]) == len(lines) > 1
    assert [v["line"] for v in data["violations"]] == lines
    assert {v["focus"] for v in data["violations"]} == {"doc:x/claim/1"}


@pytest.fixture()
def oxigraph(tmp_path):
    """A writable `oxigraph serve` on a free loopback port, stopped afterwards."""
    command = shutil.which("oxigraph")
    if command is None:
        pytest.skip("the oxigraph server is not installed")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([command, "serve", "--location", str(tmp_path / "db"), "--bind",
                             f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("oxigraph did not start")
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)


def test_push_json(oxigraph, seed_graph_path, capsys):
    assert main(["push", str(seed_graph_path), "--endpoint", f"{oxigraph}/store",
                 "--batch-size", "2000", "--json"]) == 0
    n = len(load_graph(seed_graph_path))
    assert json.loads(capsys.readouterr().out) == {
        "endpoint": f"{oxigraph}/store", "mode": "replace", "triples": n,
        "batches": -(-n // 2000), "graphs": {"": n}, "update": f"{oxigraph}/update"}


def test_export_refuses_to_write_over_its_input(seed_graph_path, tmp_path, capsys):
    graph = tmp_path / "graph.ttl"
    graph.write_bytes(seed_graph_path.read_bytes())
    before = graph.read_bytes()
    hint = f"(hint: give another output file, e.g. -o {tmp_path / 'graph-export.ttl'})"
    link = tmp_path / "same.ttl"
    os.link(graph, link)
    for argv, target in [(["-f", "ttl"], graph), (["-f", "ttl", "-o", str(link)], link),
                         (["--format", "ttl", "-o", str(tmp_path / "." / "graph.ttl")],
                          tmp_path / "." / "graph.ttl")]:
        assert main(["export", str(graph), *argv]) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err == (f"Error: {target}: is the input graph; the export would write "
                                f"over it {hint}\n")
    assert graph.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl", "same.ttl"]
    assert main(["export", str(graph), "-f", "nt"]) == 0                # another file: fine
    assert capsys.readouterr().out == f"wrote {tmp_path / 'graph.nt'}\n"

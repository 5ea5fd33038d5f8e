"""`policykg build` as a user runs it: exact error lines, no partial output, determinism."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from policykg.extract.pipeline import extract_file

def _run(*args, cwd=None, seed: str | None = None):
    cmd = [sys.executable, "-m", "policykg.cli.main"]   # this checkout's, whatever is on PATH
    env = dict(os.environ)
    if seed is not None:
        env["PYTHONHASHSEED"] = seed
    return subprocess.run([*cmd, "build", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=300)


def _bad_input_cases(tmp_path):
    empty_dir = tmp_path / "nodocs"
    empty_dir.mkdir()
    (empty_dir / "notes.pdf").write_bytes(b"%PDF-1.4")
    files = {
        "empty.txt": b"",
        "blank.txt": b"  \n\n",
        "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        "controls.txt": bytes(range(1, 32)) * 50,
        "latin.txt": b"policy \x80\x80\xff text",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    hint_text = "give a UTF-8 or GB18030 text file"
    return [
        (tmp_path / "missing.txt", f"{tmp_path / 'missing.txt'}: no such file or directory"),
        (empty_dir, f"{empty_dir}: directory holds no text files (*.txt, *.text)"),
        (tmp_path / "empty.txt",
         f"{tmp_path / 'empty.txt'}: empty file (hint: give a file that holds policy text)"),
        (tmp_path / "blank.txt",
         f"{tmp_path / 'blank.txt'}: empty file (hint: give a file that holds policy text)"),
        (tmp_path / "image.txt",
         f"{tmp_path / 'image.txt'}: binary file (NUL bytes), not text (hint: {hint_text})"),
        (tmp_path / "controls.txt",
         f"{tmp_path / 'controls.txt'}: binary file, not text (hint: {hint_text})"),
        (tmp_path / "latin.txt",
         f"{tmp_path / 'latin.txt'}: not valid UTF-8 (bad byte 0x80 at offset 7) nor GB18030 "
         "text (hint: convert the file to UTF-8, e.g. with iconv)"),
    ]


def test_bad_inputs_give_one_error_line_and_no_graph(tmp_path, seed_path):
    out = tmp_path / "out"
    out.mkdir()
    for path, message in _bad_input_cases(tmp_path):
        # a good file before the bad one (once; it costs an extraction) or after it:
        # nothing at all may be written
        inputs = (seed_path, path) if path.name == "latin.txt" else (path, seed_path)
        r = _run(*inputs, "-o", out)
        assert r.returncode == 2, (path, r.stderr)
        assert r.stderr == f"Error: {message}\n"
        assert "Traceback" not in r.stdout + r.stderr
        assert r.stdout == ""
        assert list(out.iterdir()) == [], path


def test_output_path_that_is_a_file(tmp_path, seed_path):
    target = tmp_path / "taken"
    target.write_text("x", encoding="utf-8")
    r = _run(seed_path, "-o", target)
    assert r.returncode == 2
    assert r.stderr == f"Error: {target}: output path exists and is not a directory\n"
    assert target.read_text(encoding="utf-8") == "x"


def test_gbk_input_builds_with_offsets_of_the_decoded_text(tmp_path, seed_path):
    text = seed_path.read_text(encoding="utf-8")
    gbk = tmp_path / "seed_gbk.txt"
    gbk.write_bytes(text.encode("gbk"))
    ex_gbk, ex_utf8 = extract_file(gbk), extract_file(seed_path)
    assert ex_gbk.document.encoding == "gb18030"
    assert [(s.start, s.end) for s in ex_gbk.sentences] == [
        (s.start, s.end) for s in ex_utf8.sentences]
    assert [(e.start, e.year, e.actor) for e in ex_gbk.events] == [
        (e.start, e.year, e.actor) for e in ex_utf8.events]


def test_turtle_is_byte_identical_across_runs_and_hash_seeds(tmp_path, seed_path):
    outs = []
    for n, seed in enumerate(("0", "12345")):
        out = tmp_path / f"o{n}"
        r = _run(seed_path, "-o", out, seed=seed)
        assert r.returncode == 0, r.stderr
        outs.append((out / "graph.ttl").read_bytes())
    assert len(outs[0]) > 10_000
    assert outs[0] == outs[1]


def test_build_every_corpus_file(corpus_dir, tmp_path):
    r = _run(corpus_dir, "-o", tmp_path / "kg")
    assert r.returncode == 0, r.stderr
    m = re.search(r"documents (\d+), sentences (\d+)", r.stdout)
    assert m and int(m.group(1)) == len(list(corpus_dir.glob("*.txt")))
    ev, ob = map(int, re.search(r"events (\d+), observations (\d+)", r.stdout).groups())
    assert ev >= 20 and ob >= 100
    assert (tmp_path / "kg" / "graph.ttl").stat().st_size > 100_000
    for path in sorted(corpus_dir.glob("*.txt")):
        ex, f = extract_file(path), path.name
        assert len(ex.sentences) > 50, f
        assert len(ex.claims) > 10, f
        assert ex.events or ex.observations, f
        assert ex.document.title or ex.document.author, f


@pytest.mark.parametrize("suffix", [".txt", ".text"])
def test_directory_of_text_files(tmp_path, seed_path, suffix):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(seed_path, docs / f"a{suffix}")
    r = _run(docs, "-o", tmp_path / "o")
    assert r.returncode == 0, r.stderr
    assert "documents 1," in r.stdout
    assert (tmp_path / "o" / "graph.ttl").stat().st_size > 0


def test_a_fifo_named_directly_is_not_a_regular_file(tmp_path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    r = _run(pipe, "-o", tmp_path / "o")
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == (f"Error: {pipe}: not a regular file but a named pipe (FIFO) (hint: give "
                        f"a text file; save piped text to a file first)\n")
    assert not (tmp_path / "o").exists()


def test_english_only_input_builds_with_a_warning(tmp_path):
    text = tmp_path / "en.txt"
    text.write_text("Digital technology drives industrial upgrading.\n", encoding="utf-8")
    r = _run(text, "-o", tmp_path / "o", "--no-html")
    assert r.returncode == 0
    assert "concepts 0," in r.stdout
    assert r.stderr == (f"warning: {text}: holds no Chinese text; policykg finds concepts in "
                        f"Chinese text only\n")

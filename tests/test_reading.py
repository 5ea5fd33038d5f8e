"""Reading: encodings, BOMs and the exact errors for empty, binary and undecodable input."""
from __future__ import annotations

import codecs

import pytest

from policykg.extract.errors import InputError
from policykg.extract.reading import decode_text, iter_text_files, read_text

SAMPLE = "城镇化率由1978年的17.9%提升至2023年的66.2%。\n智慧城市建设推动新质生产力发展。\n"


def test_utf8_plain(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(SAMPLE.encode("utf-8"))
    assert read_text(p) == (SAMPLE, "utf-8")


def test_utf8_bom_dropped_so_offsets_start_at_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(codecs.BOM_UTF8 + SAMPLE.encode("utf-8"))
    text, enc = read_text(p)
    assert text == SAMPLE and enc == "utf-8-sig"
    assert text.index("城镇化率") == 0


def test_utf16_with_bom():
    assert decode_text(SAMPLE.encode("utf-16"))[0] == SAMPLE


@pytest.mark.parametrize("codec", ["gbk", "gb18030"])
def test_gbk_and_gb18030(tmp_path, codec):
    p = tmp_path / "a.txt"
    p.write_bytes(SAMPLE.encode(codec))
    assert read_text(p) == (SAMPLE, "gb18030")


def test_corpus_files_round_trip_through_gb18030(corpus_dir):
    for f in sorted(corpus_dir.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        assert decode_text(text.encode("gb18030"), f) == (text, "gb18030")
        assert decode_text(text.encode("utf-8"), f) == (text, "utf-8")


def test_line_ends_kept():
    text = "第一行。\r\n第二行。\r\n"
    assert decode_text(text.encode())[0] == text


@pytest.mark.parametrize("data, problem", [
    (b"", "empty file"),
    (b" \n\t\r\n", "empty file"),
    (codecs.BOM_UTF8 + b"  \n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file (NUL bytes), not text"),
    (bytes(range(1, 32)) * 40, "binary file, not text"),
    (b"policy \x80\x80\xff text", "not valid UTF-8 (bad byte 0x80 at offset 7) nor GB18030 text"),
    ("政策".encode() + b"\xff" + "文本".encode() * 50,
     "not valid UTF-8 (bad byte 0xff at offset 6) nor GB18030 text"),
])
def test_bad_data_errors(data, problem):
    with pytest.raises(InputError) as info:
        decode_text(data, "doc.txt")
    assert str(info.value) == f"doc.txt: {problem}"
    assert info.value.problem == problem
    assert info.value.hint


def test_missing_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_text(tmp_path)


def test_iter_text_files(tmp_path):
    (tmp_path / "b.txt").write_text("乙。", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.TXT").write_text("甲。", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("丙。", encoding="utf-8")
    (tmp_path / "c.pdf").write_bytes(b"%PDF")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_text_files(tmp_path)] == [
        "b.txt", "sub/a.TXT"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError) as info:
        iter_text_files(empty)
    assert str(info.value) == f"{empty}: directory holds no text files (*.txt, *.text)"

"""Read policy text files: UTF-8 (with or without BOM) or GB18030/GBK, refusing binary data.

The decoded text is what every offset refers to: a UTF-8 BOM is dropped, line ends are kept
as they are.
"""
from __future__ import annotations

import codecs
import stat
from pathlib import Path

from .errors import InputError

__all__ = ["TEXT_SUFFIXES", "decode_text", "read_text", "iter_text_files"]

#: File endings taken as text when a directory is given.
TEXT_SUFFIXES = (".txt", ".text")

_CONTROL_OK = set("\n\r\t\f\v")
_SAMPLE = 20000
_HINT_TEXT = "give a UTF-8 or GB18030 text file"
#: Share of non-ASCII characters that must be common GB2312 characters for a file that is not
#: UTF-8 to be read as GB18030 (corpus files: 0.998-1.0; the same files' UTF-8 bytes mis-read
#: as GB18030: 0.30-0.33).
_GB_COMMON_SHARE = 0.75


def decode_text(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode bytes to (text, encoding name); raise InputError for empty, binary or undecodable
    data."""
    if not data.strip():
        raise InputError(path, "empty file", "give a file that holds policy text")
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"not valid {codec.upper()} text (bad byte at offset "
                                       f"{exc.start})", _HINT_TEXT) from None
            return _checked(text, codec, path)
    if b"\x00" in data:
        raise InputError(path, "binary file (NUL bytes), not text", _HINT_TEXT)
    try:
        return _checked(data.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError as exc:
        bad = exc.start
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if text and _plausible_gb(text) and not _looks_binary(text):
        return _checked(text, "gb18030", path)
    if _looks_binary(data[:_SAMPLE].decode("ascii", "replace")):
        raise InputError(path, "binary file, not text", _HINT_TEXT)
    raise InputError(path, f"not valid UTF-8 (bad byte 0x{data[bad]:02x} at offset {bad}) "
                           "nor GB18030 text", "convert the file to UTF-8, e.g. with iconv")


def _checked(text: str, encoding: str, path) -> tuple[str, str]:
    if _looks_binary(text):
        raise InputError(path, "binary file, not text", _HINT_TEXT)
    if not text.strip():
        raise InputError(path, "empty file", "give a file that holds policy text")
    return text, encoding


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    bad = sum(1 for ch in sample
              if (ord(ch) < 32 and ch not in _CONTROL_OK) or 0xE000 <= ord(ch) <= 0xF8FF
              or 0x7F <= ord(ch) < 0xA0)
    return bad > max(2, len(sample) // 200)


def _plausible_gb(text: str) -> bool:
    """Whether text decoded as GB18030 reads as Chinese: its characters are mostly common ones."""
    wide = [ch for ch in text[:_SAMPLE] if ord(ch) > 0x7F]
    if not wide:
        return True
    common = 0
    for ch in wide:
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common >= _GB_COMMON_SHARE * len(wide)


def _not_regular(p: Path) -> InputError:
    """The error for a path that exists but is neither a regular file nor a directory."""
    mode = p.stat().st_mode
    kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a special file")
    return InputError(p, f"not a regular file but {kind}",
                      "give a text file; save piped text to a file first")


def read_text(path: str | Path) -> tuple[str, str]:
    """Read one file and decode it; raise InputError naming the file and the problem."""
    p = Path(path)
    if not p.exists():
        raise InputError(p, "no such file or directory")
    if p.is_dir():
        raise InputError(p, "is a directory", "give a text file, or use the build command on it")
    if not p.is_file():
        raise _not_regular(p)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(p, f"cannot be read ({exc.strerror or exc})") from None
    return decode_text(data, p)


def iter_text_files(path: str | Path) -> list[Path]:
    """The text files under a directory, sorted by path; a file stands for itself."""
    p = Path(path)
    if not p.exists():
        raise InputError(p, "no such file or directory")
    if p.is_file():
        return [p]
    if not p.is_dir():
        raise _not_regular(p)
    files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES
                   and not f.name.startswith("."))
    if not files:
        raise InputError(p, "directory holds no text files (*.txt, *.text)")
    return files

"""Read policy text files: UTF-8 (with or without BOM) or GB18030/GBK, refusing binary data."""
from __future__ import annotations

from pathlib import Path

from .errors import InputError

__all__ = ["TEXT_SUFFIXES", "decode_text", "read_text", "iter_text_files"]

#: File endings taken as text when a directory is given.
TEXT_SUFFIXES = (".txt", ".text")

_CONTROL_OK = set("\n\r\t\f\v")


def decode_text(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode bytes to (text, encoding name); raise InputError for empty or binary data."""
    if not data.strip():
        raise InputError(path, "empty file", "give a file that holds policy text")
    if b"\x00" in data:
        raise InputError(path, "binary file (NUL bytes), not text",
                         "give a UTF-8 or GB18030 text file")
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = (("utf-8-sig", "utf-8-sig"),)
    else:
        candidates = (("utf-8", "utf-8"), ("gb18030", "gb18030"))
    for codec, name in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            break
        if not text.strip():
            raise InputError(path, "empty file", "give a file that holds policy text")
        return text, name
    raise InputError(path, "not valid UTF-8 or GB18030 text",
                     "convert the file to UTF-8, e.g. with iconv")


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in _CONTROL_OK) or 0xE000 <= ord(ch) <= 0xF8FF)
    return bad > max(2, len(sample) // 200)


def read_text(path: str | Path) -> tuple[str, str]:
    """Read one file and decode it; raise InputError naming the file and the problem."""
    p = Path(path)
    if not p.exists():
        raise InputError(p, "no such file or directory")
    if p.is_dir():
        raise InputError(p, "is a directory", "give a text file, or use the build command on it")
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
    files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES
                   and not f.name.startswith("."))
    if not files:
        raise InputError(p, "directory holds no text files (*.txt, *.text)")
    return files

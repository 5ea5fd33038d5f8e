"""jieba's dictionary cache goes to a folder of the user's own (extract/segment.py)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from policykg.extract.segment import jieba_cache_dir

TEXT = "数字经济\n数字技术推动产业升级。\n"


def test_cache_dir_follows_xdg_and_falls_back_to_a_per_user_temp_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert jieba_cache_dir() == str(tmp_path / "xdg" / "policykg")
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))       # cannot hold a folder
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", None)
    assert jieba_cache_dir() == str(tmp_path / "tmp" / f"policykg-{os.getuid()}")


def test_another_users_cache_in_the_temp_folder_is_not_in_the_way(tmp_path):
    """The issue's case: a root-owned /tmp/jieba.cache and a build by another user. Here the
    file belongs to nobody and the build runs as root without the capabilities that would
    let it read or replace another user's file."""
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root and setpriv to make a cache file that is not ours")
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    tmp.chmod(0o1777)                               # like /tmp: sticky, everyone writes,
    os.chown(tmp, 65534, 65534)                     # and not owned by the one who builds
    theirs = tmp / "jieba.cache"
    theirs.write_bytes(b"not ours")
    theirs.chmod(0o600)
    os.chown(theirs, 65534, 65534)
    (tmp_path / "in.txt").write_text(TEXT, encoding="utf-8")
    env = {**os.environ, "TMPDIR": str(tmp), "HOME": str(tmp_path / "home"),
           "POLICYKG_SEGMENTER": "jieba"}
    env.pop("XDG_CACHE_HOME", None)
    proc = subprocess.run(["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner",
                           sys.executable, "-m", "policykg.cli.main", "build",
                           str(tmp_path / "in.txt"), "-o", str(tmp_path / "out"), "--no-html",
                           "--no-validate"], capture_output=True, text=True, env=env,
                          timeout=120)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert (tmp_path / "home" / ".cache" / "policykg" / "jieba.cache").stat().st_size > 1_000_000
    assert theirs.read_bytes() == b"not ours"

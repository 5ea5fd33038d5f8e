"""Linguistic knowledge lives in ontology/: no Chinese string literal in extract/*.py code.

A string constant holding a CJK ideograph outside a module, class or function docstring fails
the test, unless (file, text) is on ALLOWED with the reason it stays. Comments are no constants.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

EXTRACT = Path(__file__).resolve().parent.parent / "extract"
CJK = re.compile("[\u4e00-\u9fff]")

#: (file name, literal) -> why it stays in code. Keep it short (at most ~10 rows).
ALLOWED: dict[tuple[str, str], str] = {}


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the Constant nodes that are docstrings."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                out.add(id(body[0].value))
    return out


def chinese_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string constant in `source` holding a CJK ideograph, docstrings
    left out, in line order."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    found = [(n.lineno, n.value) for n in ast.walk(tree)
             if isinstance(n, ast.Constant) and isinstance(n.value, str)
             and id(n) not in docs and CJK.search(n.value)]
    return sorted(found)


def _scan() -> list[tuple[str, int, str]]:
    return [(p.name, line, text) for p in sorted(EXTRACT.glob("*.py"))
            for line, text in chinese_literals(p.read_text(encoding="utf-8"))]


def test_no_chinese_literals_in_extract():
    bad = [f"extract/{name}:{line}: {text!r}" for name, line, text in _scan()
           if (name, text) not in ALLOWED]
    assert not bad, "Chinese literals outside docstrings (move them to ontology/):\n" + \
        "\n".join(bad)


def test_allow_list_is_short_and_current():
    found = {(name, text) for name, _, text in _scan()}
    assert len(ALLOWED) <= 10
    assert all(why.strip() for why in ALLOWED.values())
    assert not set(ALLOWED) - found, f"stale allow-list rows: {sorted(set(ALLOWED) - found)}"


def test_scanner_finds_literals_but_not_docstrings_or_comments():
    source = '''"""模块说明。"""
import re

X = re.compile(r"[一二三]是")   # 注释


class A:
    """类说明。"""

    def f(self, t):
        """函数说明。"""
        "表达式"
        return t.find("的") + len(f"{t}年")
'''
    assert chinese_literals(source) == [(4, "[一二三]是"), (12, "表达式"), (13, "年"), (13, "的")]

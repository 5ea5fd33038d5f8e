"""Self-contained pages besides the graph page (compare, trends): a template from viz/assets
filled with inlined styles, scripts and JSON data, under the same Content-Security-Policy.

The template's `<script>` bodies are hashed for its `script-src` (viz/page.py's machinery);
data goes in as JSON inside `<script type="application/json">` with `<`, `>`, `&` escaped, and
the page scripts put text into the DOM with textContent only. Output bytes depend only on the
input.
"""
from __future__ import annotations

import csv
import html
import re
from dataclasses import dataclass
from pathlib import Path

from policykg.graph.serialize import atomic_path

from .page import _json_for_script, _script_hash
from .style import asset_text

__all__ = ["ViewStyle", "view_styles", "standalone_html", "write_page"]


@dataclass(frozen=True)
class ViewStyle:
    kind: str
    key: str
    label: str
    colour: str
    tint: str


def view_styles(kind: str) -> list[ViewStyle]:
    """Rows of assets/view_styles.tsv of one kind, in table order."""
    lines = [ln for ln in asset_text("view_styles.tsv").splitlines()
             if ln.strip() and not ln.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [ViewStyle(r["kind"], r["key"], r["label"], r["colour"], r["tint"] or "")
            for r in rows if r["kind"] == kind]


def standalone_html(template: str, title: str, data: dict, scripts: tuple[str, ...],
                    styles: tuple[str, ...]) -> str:
    """The page: `template` (an asset) with @@TITLE@@, @@CSS@@, @@DATA@@ and @@JS@@ filled in
    (the named style and script assets, in order) and @@SCRIPT_HASHES@@ for its CSP."""
    js = "\n".join(asset_text(s) for s in scripts)
    if re.search(r"</script|<!--", js, re.I):
        raise RuntimeError(f"{', '.join(scripts)}: cannot be inlined safely")
    parts = {"TITLE": html.escape(title), "CSS": "\n".join(asset_text(s) for s in styles),
             "JS": js, "DATA": _json_for_script(data)}
    text = asset_text(template)
    fill = lambda t: re.sub(r"@@(\w+)@@", lambda m: parts[m.group(1)], t)  # noqa: E731
    parts["SCRIPT_HASHES"] = " ".join(_script_hash(fill(body)) for body in re.findall(
        r"<script>(.*?)</script>", text, re.S))
    return fill(text)


def write_page(text: str, out: str | Path) -> Path:
    """Write a page atomically (utf-8): the old file stays until the new one is complete."""
    with atomic_path(out, suffix=".html") as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(out)

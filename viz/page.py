"""Render a view selection as one self-contained, offline HTML page (pyvis network, own template).

pyvis builds the node, edge and option objects; the page itself comes from
assets/template.html with vis-network (from pyvis's package), the page script and styles
inlined, so it makes no request to any host. Its Content-Security-Policy allows exactly the
inline scripts it holds, by their SHA-256 hashes (no 'unsafe-inline' scripts). Source text reaches the page only as JSON inside
a `<script type="application/json">` element (with `<`, `>` and `&` escaped) and is put into
the DOM with textContent; the title is HTML-escaped. Output bytes depend only on the input.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import Counter
from dataclasses import replace
from importlib import resources

from policykg.extract.numbers import written_order
from policykg.extract.resources import Resources, resources_or_default

from .model import GraphView, documents_of
from .network import Tables, build_network, vis_options
from .select import Selection, VizOptions, claim_counts, select
from .style import asset_text, category_style, relation_style, styles

__all__ = ["DOCUMENT_VIEWS", "page_data", "page_html", "vis_assets"]

#: A page has a view of each document, up to this many (the documents with most claims).
DOCUMENT_VIEWS = 30


def vis_assets() -> tuple[str, str]:
    """(vis-network.min.js, vis-network.css) as shipped inside the pyvis package."""
    lib = resources.files("pyvis").joinpath("lib", "vis-9.1.2")
    js = lib.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = lib.joinpath("vis-network.css").read_text(encoding="utf-8")
    if re.search(r"</script|<!--", js, re.I):
        raise RuntimeError("vis-network.min.js cannot be inlined safely")
    return js, css


def _in_table_order(kind: str, keys: set[str]) -> list[str]:
    """Legend keys in the order of assets/styles.tsv, unlisted ones last (sorted)."""
    order = {key: i for i, (k, key) in enumerate(styles()) if k == kind}
    return sorted(keys, key=lambda key: (order.get(key, len(order)), key))


def _value_text(o) -> str:
    return o.value if o.value != "" else f"{o.min_value}–{o.max_value}"


def _legend(style, key: str = "") -> dict:
    return {"key": key or style.key, "label": style.label, "colour": style.colour,
            "dashes": list(style.dashes)}


def _view_data(view: GraphView, sel: Selection, tables: Tables, prefix: str = "") -> dict:
    """One drawable view: vis nodes and edges, its communities and the side lists."""
    nodes, edges, _options, _physics = build_network(view, sel, tables, prefix)
    ids = {c.iri: f"{prefix}n{i}" for i, c in enumerate(sel.concepts)}   # as build_network
    claims = claim_counts(view)
    palette = [st for (kind, _k), st in styles().items() if kind == "community"] or \
        [category_style("other")]
    return {
        "message": sel.message, "nodes": nodes, "edges": edges,
        "communities": [{"name": view.concepts[comm[0]].label, "colour": palette[k % len(palette)]
                         .colour, "nodes": [ids[i] for i in comm]}
                        for k, comm in enumerate(sel.communities) if len(comm) > 1],
        "pairs": [{"s": view.concepts[ln.subject].label, "p": ln.relation,
                   "o": view.concepts[ln.object].label, "n": ln.evidence_count,
                   "claims": [tables.claim(c, view) for c in ln.claims]} for ln in sel.pairs],
        "left_out": [[view.concepts[i].label, claims[i]] for i in sel.left_out],
        "generic": [[view.concepts[i].label, claims[i]] for i in sel.generic],
    }


def page_data(view: GraphView, sel: Selection, options: VizOptions, graph_name: str,
              res: Resources | None = None) -> dict:
    """Everything the page script needs, as plain JSON-able data.

    The top level is the selection's view; with several documents (and no focus) `views`
    holds one more view per document (at most `DOCUMENT_VIEWS`, those with most claims),
    selected with the same options. Tables are those of `res` (default: the package's).
    """
    res = resources_or_default(res)
    tables = Tables()
    main = _view_data(view, sel, tables)
    docs = documents_of(view)
    views = []
    if len(docs) > 1 and not options.focus and not options.document:
        claims = Counter(e.doc_source for ln in view.links for c in ln.claims
                         for e in {x.doc_source: x for x in c.evidence}.values())
        most = sorted(docs, key=lambda d: (-claims[d[0]], d[0]))[:DOCUMENT_VIEWS]
        for k, (source, title) in enumerate(sorted(most), 1):
            dsel = select(view, replace(options, document=source), graph_name, res)
            views.append({"key": source, "label": title or source,
                          **_view_data(view, dsel, tables, f"d{k}")})
    events = [{"year": e.year, "ys": e.year_source, "kind": e.kind, "actor": e.actor,
               "doc": e.document, "ev": [tables.sentence(x) for x in e.evidence]}
              for e in view.events]
    obs = [{"ind": view.concepts[o.indicator].label if o.indicator in view.concepts else "",
            "it": o.indicator_text, "v": o.value, "min": o.min_value, "max": o.max_value,
            "unit": o.unit, "year": o.year, "q": o.qualifier,
            "vt": written_order(res, _value_text(o), o.unit, o.qualifier),
            "ev": [tables.sentence(x) for x in o.evidence]} for o in view.observations]
    return {
        "title": options.title or f"policykg: {graph_name}",
        "graph": graph_name,
        "document": options.document,
        "focus": {"label": view.concepts[sel.focus].label if sel.focus else "",
                  "depth": options.depth},
        "stats": {"concepts": len(view.concepts), "links": len(view.links),
                  "claims": sum(len(ln.claims) for ln in view.links),
                  "events": len(view.events), "observations": len(view.observations),
                  "documents": view.documents, "shown_concepts": len(main["nodes"]),
                  "shown_links": len(main["edges"])},
        "legend": {"categories": [_legend(category_style(c)) for c in _in_table_order(
                       "category", {n["pk_category"] for v in [main, *views]
                                    for n in v["nodes"]})],
                   "relations": [_legend(relation_style(r), r) for r in _in_table_order(
                       "relation", {e["pk_rel"] for v in [main, *views] for e in v["edges"]} |
                       set(options.relations))]},
        "physics": False,
        "options": vis_options(),
        **main,
        "views": views,
        "claims": tables.claims, "sentences": tables.sentences, "docs": tables.docs,
        "events": events, "observations": obs,
    }


def _json_for_script(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def page_html(data: dict) -> str:
    """The complete HTML document for `page_data` output."""
    vis_js, vis_css = vis_assets()
    parts = {
        "TITLE": html.escape(data["title"]),
        "VIS_CSS": vis_css, "APP_CSS": asset_text("app.css"),
        "VIS_JS": vis_js, "APP_JS": asset_text("parts.js") + asset_text("app.js"),
        "DATA": _json_for_script(data),
    }
    template = asset_text("template.html")
    fill = lambda text: re.sub(r"@@(\w+)@@", lambda m: parts[m.group(1)], text)  # noqa: E731
    parts["SCRIPT_HASHES"] = " ".join(_script_hash(fill(body)) for body in re.findall(
        r"<script>(.*?)</script>", template, re.S))
    return fill(template)


def _script_hash(body: str) -> str:
    """CSP source expression of an inline script: 'sha256-BASE64' of its UTF-8 text."""
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"

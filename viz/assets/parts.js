/* policykg graph page, shared parts: DOM helpers, evidence blocks, community tints, timeline
   without repeated sentences, figures table, the overview side panel. Text from the graph reaches the DOM only through
   textContent / createTextNode, never innerHTML. Loaded before app.js, in the same script. */
var pkParts = (function () {
  "use strict";
  function el(tag, cls) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === "") { continue; }
      e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function button(text, onClick) {
    var b = el("button", "pk-link", text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  /* A sentence with the subject and object marked, and its document and offsets. */
  function sentenceBlock(D, idx, st, ot) {
    var sent = D.sentences[idx], doc = D.docs[sent.d], t = sent.t, marks = [];
    [[st, "pk-s"], [ot, "pk-o"]].forEach(function (m) {
      if (!m[0]) { return; }
      var i = t.indexOf(m[0]);
      if (i < 0) { return; }
      var j = i + m[0].length;
      if (marks.every(function (k) { return j <= k.i || i >= k.j; })) { marks.push({ i: i, j: j, cls: m[1] }); }
    });
    marks.sort(function (a, b) { return a.i - b.i; });
    var div = el("div", "pk-sent"), pos = 0;
    marks.forEach(function (m) {
      div.appendChild(document.createTextNode(t.slice(pos, m.i)));
      div.appendChild(el("mark", m.cls, t.slice(m.i, m.j)));
      pos = m.j;
    });
    div.appendChild(document.createTextNode(t.slice(pos)));
    div.appendChild(el("span", "pk-src", " — " + docName(doc) + " [" + sent.b + "–" + sent.e + "]"));
    return div;
  }
  function docName(doc) {
    return doc.title && doc.title !== doc.source ? "《" + doc.title + "》 " + doc.source : doc.source;
  }
  /* A few characters around `term` in a sentence already shown in full above. */
  function snippet(D, idx, term, where) {
    var t = D.sentences[idx].t, i = term ? t.indexOf(term) : -1, div = el("div", "pk-sent pk-repeat");
    if (i < 0) { i = 0; term = ""; }
    var a = Math.max(0, i - 16), b = Math.min(t.length, i + term.length + 16);
    div.appendChild(document.createTextNode((a > 0 ? "…" : "") + t.slice(a, i)));
    if (term) { div.appendChild(el("mark", "pk-o", term)); }
    div.appendChild(document.createTextNode(t.slice(i + term.length, b) + (b < t.length ? "…" : "")));
    div.appendChild(el("span", "pk-src", " （同一句见上 same sentence as " + where + " above）"));
    return div;
  }
  function inDocument(D, sentences, key) {
    return !key || sentences.some(function (i) { return D.docs[D.sentences[i].d].source === key; });
  }

  /* Milestones in year order; each sentence in full once, later events citing it get a snippet. */
  function timeline(D, list, key) {
    clear(list);
    var seen = {}, shown = 0;
    D.events.forEach(function (ev) {
      if (!inDocument(D, ev.ev, key)) { return; }
      shown++;
      var year = ev.year === null ? "年份不详 year unknown" : String(ev.year) + (ev.ys === "calendar" ? "*" : "");
      var li = el("li", null, el("span", "pk-year", year), ev.actor ? ev.actor + " " : "",
        ev.doc ? "《" + ev.doc + "》 " : "", el("span", "pk-meta", ev.kind));
      ev.ev.forEach(function (i) {
        if (seen[i]) { li.appendChild(snippet(D, i, ev.doc || ev.actor, seen[i])); return; }
        seen[i] = ev.year === null ? "an undated event" : String(ev.year);
        li.appendChild(sentenceBlock(D, i, ev.actor, ev.doc));
      });
      list.appendChild(li);
    });
    if (!shown) { list.appendChild(el("li", "pk-meta", "没有事件 No policy events in this graph.")); }
  }

  function obsText(o) {
    var v = o.v !== "" ? o.v : o.min + "–" + o.max;
    return (o.vt || (o.q || "") + v + " " + o.unit) + (o.year ? " (" + o.year + ")" : "");
  }
  /* Figures; rows that quote the same sentence share one sentence cell. */
  function figures(D, tbody, key) {
    clear(tbody);
    var last = null, rows = 0;
    D.observations.forEach(function (o) {
      if (!inDocument(D, o.ev, key)) { return; }
      rows++;
      var tr = el("tr", null, el("td", null, o.it || o.ind), el("td", null, obsText(o)));
      if (last && o.ev.length && last.key === o.ev.join(",")) {
        last.cell.rowSpan += 1;
      } else {
        var td = el("td");
        o.ev.forEach(function (i) { td.appendChild(sentenceBlock(D, i, o.it, "")); });
        tr.appendChild(td);
        last = { key: o.ev.join(","), cell: td };
      }
      tbody.appendChild(tr);
    });
    return rows;
  }

  /* Tinted, padded convex hulls behind the communities (canvas coordinates). */
  function hull(points) {
    var p = points.slice().sort(function (a, b) { return a.x - b.x || a.y - b.y; });
    if (p.length < 3) { return p; }
    var cross = function (o, a, b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); };
    var lower = [], upper = [];
    p.forEach(function (q) {
      while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], q) <= 0) { lower.pop(); }
      lower.push(q);
    });
    p.slice().reverse().forEach(function (q) {
      while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], q) <= 0) { upper.pop(); }
      upper.push(q);
    });
    return lower.slice(0, -1).concat(upper.slice(0, -1));
  }
  function tint(hex, alpha) {
    var n = parseInt(hex.slice(1), 16);
    return "rgba(" + (n >> 16 & 255) + "," + (n >> 8 & 255) + "," + (n & 255) + "," + alpha + ")";
  }
  /* One fill per community (the hull of discs around its nodes), so tints do not add up. */
  function drawCommunities(ctx, network, nodes, communities) {
    var ring = [];
    for (var k = 0; k < 16; k++) { ring.push([Math.cos(k * Math.PI / 8), Math.sin(k * Math.PI / 8)]); }
    communities.forEach(function (c) {
      var ids = c.nodes.filter(function (id) { var n = nodes.get(id); return n && !n.hidden; });
      if (ids.length < 2) { return; }
      var pos = network.getPositions(ids), pts = [];
      ids.forEach(function (id) {
        [0, 24].forEach(function (dy) {
          ring.forEach(function (r) { pts.push({ x: pos[id].x + 26 * r[0], y: pos[id].y + dy + 26 * r[1] }); });
        });
      });
      var h = hull(pts);
      ctx.save();
      ctx.beginPath();
      h.forEach(function (q, i) { if (i) { ctx.lineTo(q.x, q.y); } else { ctx.moveTo(q.x, q.y); } });
      ctx.closePath();
      ctx.fillStyle = tint(c.colour, 0.12);
      ctx.fill();
      ctx.restore();
    });
  }

  /* The side panel before anything is clicked: communities, isolated pairs, what is not drawn. */
  function section(title, items, open) {
    var d = el("details", "pk-list", el("summary", null, title + " (" + items.length + ")"));
    d.open = !!open;
    var ul = el("ul");
    items.slice(0, 400).forEach(function (li) { ul.appendChild(li); });
    if (items.length > 400) { ul.appendChild(el("li", "pk-meta", "… " + (items.length - 400) + " more")); }
    d.appendChild(ul);
    return d;
  }
  function overviewPanel(box, V, graph, relName, on) {
    clear(box);
    box.appendChild(el("p", "pk-hint", "点击概念或关系查看证据 · Click a concept or a link to see its claims and evidence."));
    if (V.communities.length) {
      box.appendChild(section("社群 Communities", V.communities.map(function (c) {
        var dot = el("span", "pk-dot");
        dot.style.background = c.colour;
        return el("li", null, dot, button(c.name + " … (" + c.nodes.length + ")", function () { on.community(c); }));
      }), true));
    }
    if (V.pairs.length) {
      box.appendChild(section("孤立的关系 Isolated pairs, not drawn", V.pairs.map(function (p) {
        return el("li", null, button(p.s + " → " + p.o, function () { on.pair(p); }),
          el("span", "pk-meta", " " + relName(p.p)));
      })));
    }
    var note = function (d, text) { d.insertBefore(el("p", "pk-meta", text), d.lastChild); return d; };
    var plain = function (c) { return el("li", null, c[0], el("span", "pk-meta", " " + c[1] + " claims")); };
    if (V.left_out.length) {
      box.appendChild(note(section("未画出的概念 Concepts not drawn", V.left_out.map(plain)),
        "Less connected concepts; to see one with its neighbours: policykg viz " + graph + " --focus LABEL --depth 2"));
    }
    if (V.generic.length) {
      box.appendChild(note(section("泛化词 Generic heads, left out", V.generic.map(plain)),
        "Bare words such as 领域 that head enumerations (ontology/generic_heads.tsv); --generic draws them."));
    }
  }

  return { el: el, clear: clear, button: button, sentenceBlock: sentenceBlock, obsText: obsText,
    timeline: timeline, figures: figures, drawCommunities: drawCommunities, docName: docName,
    overviewPanel: overviewPanel };
}());

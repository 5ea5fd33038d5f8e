/* policykg graph page: network, legend with relation filter, search, focus mode, details, timeline.
   Text from the graph reaches the DOM only through textContent / createTextNode, never innerHTML.
   window.pkViz exposes the state for tests: ready (first draw), stable (layout settled),
   readyAt / stableAt (ms since navigation start),
   visibleCounts(), setRelation(), focus(), reset(), showNode(), showEdge(), search(). */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("pk-data").textContent);
  var api = window.pkViz = { data: D, ready: false, stable: false, network: null };

  function $(id) { return document.getElementById(id); }
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

  var relStyle = {};
  D.legend.relations.forEach(function (r) { relStyle[r.key] = r; });
  function relName(key) { var r = relStyle[key]; return (r ? r.label + " " : "") + key; }
  var catStyle = {};
  D.legend.categories.forEach(function (c) { catStyle[c.key] = c; });

  /* ---- header -------------------------------------------------------------------------- */
  var s = D.stats;
  $("pk-stats").textContent = s.documents + " 文档 documents · 显示 shown " + s.shown_concepts +
    " / " + s.concepts + " 概念 concepts, " + s.shown_links + " / " + s.links + " 关系 links · " +
    s.claims + " claims · " + s.events + " 事件 events · " + s.observations + " 数据 figures" +
    (D.focus.label ? " · focus: " + D.focus.label + " (depth " + D.focus.depth + ")" : "");
  if (D.message) { $("pk-message").textContent = D.message; $("pk-message").hidden = false; }
  $("pk-depth").value = String(D.focus.depth || 1);

  /* ---- evidence rendering -------------------------------------------------------------- */
  function sentenceBlock(idx, st, ot) {
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
    var name = doc.title && doc.title !== doc.source ? "《" + doc.title + "》 " + doc.source : doc.source;
    div.appendChild(el("span", "pk-src", " — " + name + " [" + sent.b + "–" + sent.e + "]"));
    return div;
  }
  function claimBlock(ci) {
    var c = D.claims[ci];
    var div = el("div", "pk-claim",
      el("div", null, c.s, " —", el("span", "pk-rel", relName(c.p)), "→ ", c.o),
      c.cue ? el("div", "pk-meta", "线索 cue: ", c.cue) : null);
    c.ev.forEach(function (i) { div.appendChild(sentenceBlock(i, c.st, c.ot)); });
    return div;
  }
  function obsText(o) {
    var v = o.v !== "" ? o.v : o.min + "–" + o.max;
    return (o.vt || (o.q || "") + v + " " + o.unit) + (o.year ? " (" + o.year + ")" : "");
  }

  /* ---- details panel ------------------------------------------------------------------- */
  function showNode(id) {
    var n = nodes.get(id), box = $("pk-details");
    if (!n) { return; }
    clear(box);
    var cat = catStyle[n.pk_category];
    box.appendChild(el("h2", null, n.label));
    box.appendChild(el("p", "pk-meta", "类别 category: ", cat ? cat.label + " (" + cat.key + ")" : n.pk_category));
    if (n.pk_aliases.length) { box.appendChild(el("p", "pk-meta", "别名 aliases: ", n.pk_aliases.join("、"))); }
    box.appendChild(el("h3", null, n.pk_claims.length + " claims"));
    n.pk_claims.forEach(function (ci) { box.appendChild(claimBlock(ci)); });
    if (n.pk_obs.length) {
      box.appendChild(el("h3", null, "数据 figures"));
      n.pk_obs.forEach(function (oi) {
        var o = D.observations[oi], div = el("div", "pk-claim", el("div", null, o.it || o.ind, ": ", obsText(o)));
        o.ev.forEach(function (i) { div.appendChild(sentenceBlock(i, o.it, "")); });
        box.appendChild(div);
      });
    }
    selectNode(id);
  }
  function showEdge(id) {
    var e = edges.get(id), box = $("pk-details");
    if (!e) { return; }
    clear(box);
    var c0 = D.claims[e.pk_claims[0]];
    box.appendChild(el("h2", null, c0.s, " → ", c0.o));
    box.appendChild(el("p", "pk-meta", "关系 relation: ", relName(e.pk_rel)));
    box.appendChild(el("p", "pk-meta", e.pk_n + " supporting sentence(s), " + e.pk_claims.length + " claim(s)"));
    e.pk_claims.forEach(function (ci) { box.appendChild(claimBlock(ci)); });
  }
  api.showNode = showNode;
  api.showEdge = showEdge;

  /* ---- timeline and figures ------------------------------------------------------------ */
  var tl = $("pk-timeline");
  if (!D.events.length) { tl.appendChild(el("li", "pk-meta", "没有事件 No policy events in this graph.")); }
  D.events.forEach(function (ev) {
    var year = ev.year === null ? "年份不详 year unknown" : String(ev.year) + (ev.ys === "calendar" ? "*" : "");
    var li = el("li", null, el("span", "pk-year", year), ev.actor ? ev.actor + " " : "",
      ev.doc ? "《" + ev.doc + "》 " : "", el("span", "pk-meta", ev.kind));
    ev.ev.forEach(function (i) { li.appendChild(sentenceBlock(i, ev.actor, ev.doc)); });
    tl.appendChild(li);
  });
  $("pk-obs-count").textContent = String(D.observations.length);
  var tbody = $("pk-obs").tBodies[0];
  D.observations.forEach(function (o) {
    var tr = el("tr", null, el("td", null, o.it || o.ind), el("td", null, obsText(o)),
      el("td", null, o.year === null ? "" : String(o.year)), el("td", null));
    o.ev.forEach(function (i) { tr.lastChild.appendChild(sentenceBlock(i, o.it, "")); });
    tbody.appendChild(tr);
  });

  /* ---- legend with relation filter ----------------------------------------------------- */
  var legend = $("pk-legend"), enabled = {};
  legend.appendChild(el("h3", null, "概念类别 Categories"));
  var ul = el("ul");
  D.legend.categories.forEach(function (c) {
    var dot = el("span", "pk-dot");
    dot.style.background = c.colour;
    ul.appendChild(el("li", null, dot, c.label + " " + c.key));
  });
  legend.appendChild(ul);
  legend.appendChild(el("h3", null, "关系 Relations"));
  ul = el("ul");
  D.legend.relations.forEach(function (r) {
    enabled[r.key] = true;
    var box = el("input");
    box.type = "checkbox"; box.checked = true; box.id = "pk-rel-" + r.key; box.dataset.rel = r.key;
    box.addEventListener("change", function () { setRelation(r.key, box.checked); });
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("width", "34"); svg.setAttribute("height", "10");
    var line = document.createElementNS("http://www.w3.org/2000/svg", "line");
    line.setAttribute("x1", "0"); line.setAttribute("y1", "5"); line.setAttribute("x2", "34"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", r.colour); line.setAttribute("stroke-width", "3");
    if (r.dashes.length) { line.setAttribute("stroke-dasharray", r.dashes.join(" ")); }
    svg.appendChild(line);
    var label = el("label", null, box, svg, " " + r.label + " " + r.key);
    ul.appendChild(el("li", null, label));
  });
  legend.appendChild(ul);
  legend.appendChild(el("p", "pk-meta", "点大小 = claims 数; 线宽 = 证据句数. Node size: claims; line width: supporting sentences."));

  /* ---- empty graph ----------------------------------------------------------------------- */
  var nodes = new vis.DataSet(D.nodes), edges = new vis.DataSet(D.edges);
  api.nodes = nodes; api.edges = edges;
  if (!D.nodes.length) {
    $("pk-network").hidden = true;
    $("pk-empty").hidden = false;
    $("pk-empty").textContent = s.concepts ?
      "没有符合条件的概念 — no concept passes the filters (" + s.concepts + " concepts in the graph). Try fewer options." :
      "图谱为空 — the graph is empty: no claims link any concepts, so there is nothing to draw.";
    api.ready = api.stable = true;
    api.readyAt = api.stableAt = performance.now();
    api.visibleCounts = function () { return { nodes: 0, edges: 0 }; };
    return;
  }

  /* ---- network ----------------------------------------------------------------------------- */
  var network = api.network = new vis.Network($("pk-network"), { nodes: nodes, edges: edges }, D.options);
  function settle() {
    if (api.stable) { return; }
    network.setOptions({ physics: { enabled: false } });
    api.stable = true;
    api.stableAt = performance.now();
  }
  network.once("afterDrawing", function () {
    api.ready = true;
    api.readyAt = performance.now();
    if (!D.physics) { api.stable = true; api.stableAt = api.readyAt; }
  });
  network.once("stabilizationIterationsDone", settle);
  network.once("stabilized", settle);
  network.on("click", function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); } else if (p.edges.length) { showEdge(p.edges[0]); }
  });

  var selected = null, focusId = null, focusDepth = 1;
  var degree = {};
  D.edges.forEach(function (e) { degree[e.from] = (degree[e.from] || 0) + 1; degree[e.to] = (degree[e.to] || 0) + 1; });
  function selectNode(id) {
    selected = id;
    $("pk-focus").disabled = false;
    network.selectNodes([id]);
  }

  function applyView() {
    var live = D.edges.filter(function (e) { return enabled[e.pk_rel]; });
    var dist = null;
    if (focusId !== null) {
      var adj = {};
      live.forEach(function (e) {
        (adj[e.from] = adj[e.from] || []).push(e.to);
        (adj[e.to] = adj[e.to] || []).push(e.from);
      });
      dist = {}; dist[focusId] = 0;
      var queue = [focusId];
      while (queue.length) {
        var n = queue.shift();
        if (dist[n] >= focusDepth) { continue; }
        (adj[n] || []).forEach(function (m) { if (!(m in dist)) { dist[m] = dist[n] + 1; queue.push(m); } });
      }
    }
    var vdeg = {}, eUpd = [], nUpd = [];
    D.edges.forEach(function (e) {
      var show = enabled[e.pk_rel] && (dist === null || (e.from in dist && e.to in dist));
      if (show) { vdeg[e.from] = (vdeg[e.from] || 0) + 1; vdeg[e.to] = (vdeg[e.to] || 0) + 1; }
      if (edges.get(e.id).hidden !== !show) { eUpd.push({ id: e.id, hidden: !show }); }
    });
    D.nodes.forEach(function (n) {
      var show = dist === null ? (!degree[n.id] || vdeg[n.id] > 0) : (n.id in dist);
      if (nodes.get(n.id).hidden !== !show) { nUpd.push({ id: n.id, hidden: !show }); }
    });
    if (eUpd.length) { edges.update(eUpd); }
    if (nUpd.length) { nodes.update(nUpd); }
    $("pk-focus-state").textContent = focusId === null ? "" :
      "聚焦 focus: " + nodes.get(focusId).label + " (depth " + focusDepth + ")";
  }
  function setRelation(key, on) {
    enabled[key] = !!on;
    var box = $("pk-rel-" + key);
    if (box) { box.checked = !!on; }
    applyView();
  }
  function findId(labelOrId) {
    if (nodes.get(labelOrId)) { return labelOrId; }
    var hit = D.nodes.filter(function (n) { return n.label === labelOrId || n.pk_aliases.indexOf(labelOrId) >= 0; });
    return hit.length ? hit[0].id : null;
  }
  function focus(labelOrId, depth) {
    var id = findId(labelOrId);
    if (id === null) { return false; }
    focusId = id;
    focusDepth = depth === undefined ? (parseInt($("pk-depth").value, 10) || 0) : depth;
    $("pk-depth").value = String(focusDepth);
    applyView();
    showNode(id);
    network.fit({ nodes: nodes.getIds({ filter: function (n) { return !n.hidden; } }), animation: false });
    return true;
  }
  function reset() {
    focusId = null;
    Object.keys(enabled).forEach(function (k) { setRelation(k, true); });
    applyView();
    network.fit({ animation: false });
  }
  function search(q) {
    q = (q || "").trim().toLowerCase();
    if (!q) { return []; }
    return D.nodes.filter(function (n) {
      return n.label.toLowerCase().indexOf(q) >= 0 ||
        n.pk_aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
    }).map(function (n) { return n.id; });
  }
  function choose(id) {
    showNode(id);
    network.focus(id, { scale: 1.2, animation: false });
  }
  api.visibleCounts = function () {
    return { nodes: nodes.get({ filter: function (n) { return !n.hidden; } }).length,
      edges: edges.get({ filter: function (e) { return !e.hidden; } }).length };
  };
  api.setRelation = setRelation; api.focus = focus; api.reset = reset; api.search = search;

  var datalist = $("pk-labels"), names = {};
  D.nodes.forEach(function (n) { [n.label].concat(n.pk_aliases).forEach(function (a) { names[a] = 1; }); });
  Object.keys(names).sort().forEach(function (a) { var o = el("option"); o.value = a; datalist.appendChild(o); });
  var results = $("pk-results");
  function showResults() {
    clear(results);
    var ids = search($("pk-search").value);
    ids.slice(0, 20).forEach(function (id) {
      var b = el("button", null, nodes.get(id).label);
      b.type = "button";
      b.addEventListener("click", function () { choose(id); });
      results.appendChild(el("li", null, b));
    });
    if ($("pk-search").value.trim() && !ids.length) { results.appendChild(el("li", "pk-meta", "没有匹配 no match")); }
    if (ids.length > 20) { results.appendChild(el("li", "pk-meta", "… " + (ids.length - 20) + " more")); }
    return ids;
  }
  $("pk-search").addEventListener("input", showResults);
  $("pk-search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var ids = showResults(); if (ids.length) { choose(ids[0]); } }
  });
  $("pk-focus").addEventListener("click", function () { if (selected !== null) { focus(selected); } });
  $("pk-reset").addEventListener("click", reset);

  var start = D.nodes.filter(function (n) { return n.pk_focus; });
  if (start.length) { showNode(start[0].id); }
}());

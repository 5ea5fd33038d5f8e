/* policykg graph page: network, legend with relation filter, communities, document filter,
   search, focus mode, details, side lists, timeline. Uses pkParts (parts.js).
   window.pkViz exposes the state for tests: ready (first draw), stable (layout settled),
   readyAt / stableAt (ms since navigation start), views, view(), setDocument(),
   visibleCounts(), setRelation(), focus(), reset(), showNode(), showEdge(), search(). */
(function () {
  "use strict";
  var P = pkParts, el = P.el, clear = P.clear;
  var D = JSON.parse(document.getElementById("pk-data").textContent);
  var api = window.pkViz = { data: D, ready: false, stable: false, network: null };

  function $(id) { return document.getElementById(id); }
  var relStyle = {};
  D.legend.relations.forEach(function (r) { relStyle[r.key] = r; });
  function relName(key) { var r = relStyle[key]; return (r ? r.label + " " : "") + key; }
  var catStyle = {};
  D.legend.categories.forEach(function (c) { catStyle[c.key] = c; });

  /* ---- views: the whole graph, and one per document ------------------------------------ */
  var VIEWS = [{ key: D.document || "", label: "全部文档 All documents", nodes: D.nodes, edges: D.edges,
    message: D.message, communities: D.communities, pairs: D.pairs, left_out: D.left_out,
    generic: D.generic }].concat(D.views || []);
  var V = VIEWS[0];
  api.views = VIEWS.map(function (v) { return v.key; });
  api.view = function () { return V.key; };

  function statsText() {
    var s = D.stats;
    return s.documents + " 文档 documents · 显示 shown " + V.nodes.length + " / " + s.concepts +
      " 概念 concepts, " + V.edges.length + " / " + s.links + " 关系 links · " + s.claims + " claims · " +
      s.events + " 事件 events · " + s.observations + " 数据 figures" +
      (D.focus.label ? " · focus: " + D.focus.label + " (depth " + D.focus.depth + ")" : "");
  }
  function showHeader() {
    $("pk-stats").textContent = statsText();
    $("pk-message").textContent = V.message || "";
    $("pk-message").hidden = !V.message;
  }
  showHeader();
  $("pk-depth").value = String(D.focus.depth || 1);
  if (VIEWS.length > 1) {
    VIEWS.forEach(function (v, i) {
      var o = el("option", null, v.label + " (" + v.nodes.length + ")");
      o.value = String(i);
      $("pk-doc").appendChild(o);
    });
    $("pk-doc-label").hidden = false;
    $("pk-doc").addEventListener("change", function () { switchView(parseInt($("pk-doc").value, 10)); });
  }
  var main = $("pk-main");
  main.style.height = Math.max(420, window.innerHeight - main.getBoundingClientRect().top - 4) + "px";

  /* ---- evidence and the details panel -------------------------------------------------- */
  function claimBlock(ci) {
    var c = D.claims[ci];
    var div = el("div", "pk-claim",
      el("div", null, c.s, " —", el("span", "pk-rel", relName(c.p)), "→ ", c.o),
      c.cue ? el("div", "pk-meta", "线索 cue: ", c.cue) : null);
    c.ev.forEach(function (i) { div.appendChild(P.sentenceBlock(D, i, c.st, c.ot)); });
    return div;
  }
  function details() {
    var box = $("pk-details");
    clear(box);
    box.appendChild(P.button("← 概览 Overview", showOverview));
    box.hidden = false;
    $("pk-overview").hidden = true;
    return box;
  }
  function showOverview() {
    $("pk-details").hidden = true;
    $("pk-overview").hidden = false;
  }
  function showNode(id) {
    var n = nodes.get(id);
    if (!n) { return; }
    var box = details(), cat = catStyle[n.pk_category];
    box.appendChild(el("h2", null, n.pk_label));
    box.appendChild(el("p", "pk-meta", "类别 category: ", cat ? cat.label + " (" + cat.key + ")" : n.pk_category));
    if (n.pk_aliases.length) { box.appendChild(el("p", "pk-meta", "别名 aliases: ", n.pk_aliases.join("、"))); }
    box.appendChild(el("h3", null, n.pk_claims.length + " claims"));
    n.pk_claims.forEach(function (ci) { box.appendChild(claimBlock(ci)); });
    if (n.pk_obs.length) {
      box.appendChild(el("h3", null, "数据 figures"));
      n.pk_obs.forEach(function (oi) {
        var o = D.observations[oi], div = el("div", "pk-claim", el("div", null, o.it || o.ind, ": ", P.obsText(o)));
        o.ev.forEach(function (i) { div.appendChild(P.sentenceBlock(D, i, o.it, "")); });
        box.appendChild(div);
      });
    }
    selectNode(id);
  }
  function showClaims(title, relation, claims, n) {
    var box = details();
    box.appendChild(el("h2", null, title));
    box.appendChild(el("p", "pk-meta", "关系 relation: ", relName(relation)));
    box.appendChild(el("p", "pk-meta", n + " supporting sentence(s), " + claims.length + " claim(s)"));
    claims.forEach(function (ci) { box.appendChild(claimBlock(ci)); });
  }
  function showEdge(id) {
    var e = edges.get(id);
    if (!e) { return; }
    var c0 = D.claims[e.pk_claims[0]];
    showClaims(c0.s + " → " + c0.o, e.pk_rel, e.pk_claims, e.pk_n);
  }
  api.showNode = showNode;
  api.showEdge = showEdge;

  /* ---- the overview panel: communities, isolated pairs, what is not drawn --------------- */
  function renderOverview() {
    P.overviewPanel($("pk-overview"), V, D.graph, relName, {
      community: function (c) { network.fit({ nodes: c.nodes, animation: false }); network.selectNodes(c.nodes); },
      pair: function (p) { showClaims(p.s + " → " + p.o, p.p, p.claims, p.n); }
    });
  }

  /* ---- timeline and figures ------------------------------------------------------------ */
  function renderLists() {
    P.timeline(D, $("pk-timeline"), V.key);
    $("pk-obs-count").textContent = String(P.figures(D, $("pk-obs").tBodies[0], V.key));
  }

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
    ul.appendChild(el("li", null, el("label", null, box, svg, " " + r.label + " " + r.key)));
  });
  legend.appendChild(ul);
  legend.appendChild(el("p", "pk-meta", "点大小 = claims 数; 线宽 = 证据句数; 底色 = 社群. Node size: claims; line width: supporting sentences; tint: community."));

  /* ---- network ------------------------------------------------------------------------- */
  var nodes = new vis.DataSet(V.nodes), edges = new vis.DataSet(V.edges);
  api.nodes = nodes; api.edges = edges;
  function showEmpty() {
    var empty = !V.nodes.length, s = D.stats;
    $("pk-network").hidden = empty;
    $("pk-empty").hidden = !empty;
    $("pk-empty").textContent = !empty ? "" : s.concepts ?
      "没有符合条件的概念 — no concept passes the filters (" + s.concepts + " concepts in the graph). Try fewer options." :
      "图谱为空 — the graph is empty: no claims link any concepts, so there is nothing to draw.";
  }
  renderOverview();
  renderLists();
  showEmpty();
  api.visibleCounts = function () {
    return { nodes: nodes.get({ filter: function (n) { return !n.hidden; } }).length,
      edges: edges.get({ filter: function (e) { return !e.hidden; } }).length };
  };
  if (!D.nodes.length && VIEWS.length === 1) {
    api.ready = api.stable = true;
    api.readyAt = api.stableAt = performance.now();
    return;
  }
  var network = api.network = new vis.Network($("pk-network"), { nodes: nodes, edges: edges }, D.options);
  network.on("beforeDrawing", function (ctx) { P.drawCommunities(ctx, network, nodes, V.communities); });
  network.once("afterDrawing", function () {
    api.ready = api.stable = true;
    api.readyAt = api.stableAt = performance.now();
  });
  network.on("click", function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); } else if (p.edges.length) { showEdge(p.edges[0]); }
  });

  var selected = null, focusId = null, focusDepth = 1, degree = {};
  function countDegree() {
    degree = {};
    V.edges.forEach(function (e) { degree[e.from] = (degree[e.from] || 0) + 1; degree[e.to] = (degree[e.to] || 0) + 1; });
  }
  countDegree();
  function selectNode(id) {
    selected = id;
    $("pk-focus").disabled = false;
    network.selectNodes([id]);
  }
  function switchView(i) {
    V = VIEWS[i] || VIEWS[0];
    focusId = null; selected = null;
    $("pk-focus").disabled = true;
    $("pk-doc").value = String(VIEWS.indexOf(V));
    nodes.clear(); edges.clear();
    nodes.add(V.nodes); edges.add(V.edges);
    countDegree();
    applyView();
    showHeader(); showEmpty(); renderOverview(); renderLists(); showOverview(); fillNames();
    network.fit({ animation: false });
  }
  api.setDocument = function (key) {
    var i = VIEWS.map(function (v) { return v.key; }).indexOf(key);
    if (i < 0) { return false; }
    switchView(i);
    return true;
  };

  function applyView() {
    var live = V.edges.filter(function (e) { return enabled[e.pk_rel]; });
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
    V.edges.forEach(function (e) {
      var show = enabled[e.pk_rel] && (dist === null || (e.from in dist && e.to in dist));
      if (show) { vdeg[e.from] = (vdeg[e.from] || 0) + 1; vdeg[e.to] = (vdeg[e.to] || 0) + 1; }
      if (edges.get(e.id).hidden !== !show) { eUpd.push({ id: e.id, hidden: !show }); }
    });
    V.nodes.forEach(function (n) {
      var show = dist === null ? (!degree[n.id] || vdeg[n.id] > 0) : (n.id in dist);
      if (nodes.get(n.id).hidden !== !show) { nUpd.push({ id: n.id, hidden: !show }); }
    });
    if (eUpd.length) { edges.update(eUpd); }
    if (nUpd.length) { nodes.update(nUpd); }
    $("pk-focus-state").textContent = focusId === null ? "" :
      "聚焦 focus: " + nodes.get(focusId).pk_label + " (depth " + focusDepth + ")";
  }
  function setRelation(key, on) {
    enabled[key] = !!on;
    var box = $("pk-rel-" + key);
    if (box) { box.checked = !!on; }
    applyView();
  }
  function findId(labelOrId) {
    if (nodes.get(labelOrId)) { return labelOrId; }
    var hit = V.nodes.filter(function (n) { return n.pk_label === labelOrId || n.pk_aliases.indexOf(labelOrId) >= 0; });
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
    return V.nodes.filter(function (n) {
      return n.pk_label.toLowerCase().indexOf(q) >= 0 ||
        n.pk_aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
    }).map(function (n) { return n.id; });
  }
  function choose(id) {
    showNode(id);
    network.focus(id, { scale: 1.2, animation: false });
  }
  api.setRelation = setRelation; api.focus = focus; api.reset = reset; api.search = search;

  function fillNames() {
    var datalist = $("pk-labels"), names = {};
    clear(datalist);
    V.nodes.forEach(function (n) { [n.pk_label].concat(n.pk_aliases).forEach(function (a) { names[a] = 1; }); });
    Object.keys(names).sort().forEach(function (a) { var o = el("option"); o.value = a; datalist.appendChild(o); });
  }
  fillNames();
  var results = $("pk-results");
  function showResults() {
    clear(results);
    var ids = search($("pk-search").value);
    ids.slice(0, 20).forEach(function (id) {
      results.appendChild(el("li", null, P.button(nodes.get(id).pk_label, function () { choose(id); })));
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

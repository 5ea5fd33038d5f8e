/* policykg trends chart: one small bar chart per concept, documents in date order.
   window.pkTrends exposes the state for tests: ready, panels() (panels shown), search(),
   bars() (bars drawn in shown panels). */
(function () {
  "use strict";
  var $ = pkDom.$, el = pkDom.el, svg = pkDom.svg, clear = pkDom.clear;
  var D = pkDom.data(), S = D.styles;
  var api = window.pkTrends = { data: D, ready: false };
  var W = 240, H = 96, TOP = 14, BOTTOM = 30;

  var tag = {}, byId = {};
  D.documents.forEach(function (d, i) { tag[d.source] = "D" + (i + 1); byId[d.source] = d; });
  function when(d) { return d.date || (d.year ? String(d.year) : "—"); }
  D.documents.forEach(function (d) {
    var li = el("li", null, el("b", null, tag[d.source]), " ", when(d), " ",
      d.issuer || "", " ", d.title && d.title !== d.source ? "《" + d.title + "》" : d.source);
    li.title = d.source;
    $("pk-docs").appendChild(li);
  });
  ["bar", "first", "empty"].forEach(function (k) {
    var dot = el("span", "pk-dot");
    dot.style.background = S[k].colour;
    $("pk-legend").appendChild(el("span", null, dot, " ", S[k].label));
  });
  if (D.message) { $("pk-message").textContent = D.message; $("pk-message").hidden = false; }

  var max = 1;
  D.concepts.forEach(function (c) { c.counts.forEach(function (x) { max = Math.max(max, x.sentences); }); });
  function height(n) { return n ? Math.max(3, (H - TOP - BOTTOM) * Math.sqrt(n / max)) : 0; }

  function chart(c) {
    var counts = {}, n = D.documents.length, step = (W - 8) / Math.max(n, 1);
    c.counts.forEach(function (x) { counts[x.document] = x; });
    var s = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img" });
    s.appendChild(svg("line", { x1: 2, x2: W - 2, y1: H - BOTTOM, y2: H - BOTTOM, stroke: "#999" }));
    D.documents.forEach(function (d, i) {
      var x = 4 + i * step, bw = Math.max(4, step * 0.64), cx = x + step / 2;
      var got = counts[d.source], k = got ? (d.source === c.first.document ? "first" : "bar") : "empty";
      var h = got ? height(got.sentences) : 2;
      var r = svg("rect", { x: cx - bw / 2, y: H - BOTTOM - h, width: bw, height: h, fill: S[k].colour,
                            "class": "pk-bar pk-" + k });
      var tip = svg("title");
      tip.textContent = tag[d.source] + " " + d.source + " · " + when(d) + (d.issuer ? " · " + d.issuer : "") +
        " · " + (got ? got.sentences + " sentences, " + got.claims + " claims" : "not named");
      r.appendChild(tip);
      s.appendChild(r);
      if (got) {
        var num = svg("text", { x: cx, y: H - BOTTOM - h - 3, "text-anchor": "middle", "font-size": 10, fill: "#333" });
        num.textContent = String(got.sentences);
        s.appendChild(num);
      }
      var lab = svg("text", { x: cx, y: H - BOTTOM + 12, "text-anchor": "middle", "font-size": 10, fill: "#555" });
      lab.textContent = tag[d.source];
      s.appendChild(lab);
      var yr = svg("text", { x: cx, y: H - BOTTOM + 24, "text-anchor": "middle", "font-size": 9, fill: "#888" });
      yr.textContent = d.year ? String(d.year) : "—";
      s.appendChild(yr);
    });
    return s;
  }
  function panel(c) {
    var first = byId[c.first.document] || {};
    var p = el("section", "pk-panel", el("h2", null, c.concept),
      el("div", "pk-meta", "首次 first: " + (c.first.year || "—") + " " + (tag[c.first.document] || "") +
         (first.issuer ? " " + first.issuer : "") + " · " + c.documents + " 文档 documents · " +
         c.issuers + " 发文机关 issuers · " + c.sentences + " 句 sentences"));
    var others = c.labels.filter(function (l) { return l !== c.concept; });
    if (others.length) { p.appendChild(el("div", "pk-meta", "变体 variants: " + others.join("、"))); }
    p.appendChild(chart(c));
    p.dataset.concept = c.concept;
    return p;
  }
  var text = "";
  function draw() {
    var grid = $("pk-grid"), shown = D.concepts.filter(function (c) {
      return !text || [c.concept].concat(c.labels).some(function (l) { return l.indexOf(text) >= 0; });
    });
    clear(grid);
    shown.forEach(function (c) { grid.appendChild(panel(c)); });
    $("pk-none").hidden = shown.length > 0;
    $("pk-shown").textContent = shown.length + " / " + D.concepts.length + " shown";
  }
  api.panels = function () { return $("pk-grid").querySelectorAll(".pk-panel").length; };
  api.bars = function () { return $("pk-grid").querySelectorAll("rect.pk-bar:not(.pk-empty)").length; };
  api.search = function (t) { text = t || ""; $("pk-search").value = text; draw(); return api.panels(); };
  $("pk-search").addEventListener("input", function () { text = this.value.trim(); draw(); });
  draw();
  api.ready = true;
})();

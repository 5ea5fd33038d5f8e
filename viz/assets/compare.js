/* policykg compare page: tabs (concepts, claims), status filter, search, evidence on click.
   window.pkCompare exposes the state for tests: ready, tab(), setStatus(), search(),
   shown() (rows matching), rendered() (rows in the DOM), open(i), counts. */
(function () {
  "use strict";
  var $ = pkDom.$, el = pkDom.el, clear = pkDom.clear;
  var D = pkDom.data(), CHUNK = 400;
  var state = { tab: "concepts", on: {}, text: "", limit: CHUNK, rows: [] };
  D.statuses.forEach(function (s) { state.on[s] = true; });
  var api = window.pkCompare = { data: D, ready: false, counts: D.counts };

  function sideBox(tag, side) {
    var d = side.document, box = el("div", "pk-side", el("b", null, tag), side.name);
    if (!d) { box.appendChild(el("div", "pk-meta", "整个图谱 whole graph")); return box; }
    var facts = [d.title !== d.source ? d.title : "", d.date || (d.year ? String(d.year) : ""),
                 d.issuer].filter(Boolean);
    box.appendChild(el("div", "pk-meta", facts.join(" · ") || d.source));
    return box;
  }
  $("pk-sides").appendChild(sideBox("A", D.a));
  $("pk-sides").appendChild(sideBox("B", D.b));

  function itemText(c) {
    return c.relation ? c.subject + " " + c.relation + " " + c.object : c.subject;
  }
  function matches(c) {
    if (!state.on[c.status]) { return false; }
    if (!state.text) { return true; }
    var t = state.text, hay = [itemText(c)].concat(c.labels);
    c.evidence_a.concat(c.evidence_b).forEach(function (e) { hay.push(e.text); });
    return hay.some(function (h) { return h.indexOf(t) >= 0; });
  }
  function words(c) {
    var w = [c.subject, c.object];
    c.labels.forEach(function (l) { l.split(" → ").forEach(function (x) { w.push(x); }); });
    return w.sort(function (a, b) { return b.length - a.length; });
  }
  function evidenceList(title, items, c) {
    var box = el("div", null, el("h3", null, title + " (" + items.length + ")"));
    items.forEach(function (e) {
      var s = el("div", "pk-sent", pkDom.marked(e.text, words(c)));
      s.appendChild(el("span", "pk-src", " — " + e.source + " [" + e.begin + "]"));
      box.appendChild(s);
    });
    if (!items.length) { box.appendChild(el("div", "pk-meta", "—")); }
    return box;
  }
  function toggle(row, c) {
    var open = row.querySelector(".pk-evidence");
    if (open) { row.removeChild(open); return; }
    var ev = el("div", "pk-evidence", evidenceList("A " + D.a.name, c.evidence_a, c),
                evidenceList("B " + D.b.name, c.evidence_b, c));
    ev.addEventListener("click", function (e) { e.stopPropagation(); });
    row.appendChild(ev);
  }
  function bar(cls, n, max, colour) {
    var b = el("div", cls), i = el("i");
    i.style.width = (max ? 100 * n / max : 0).toFixed(1) + "%";
    i.style.background = colour;
    b.appendChild(i);
    b.title = String(n);
    return b;
  }
  function rowFor(c, max) {
    var st = D.styles[c.status] || { label: c.status, colour: "#999", tint: "" };
    var item = c.relation ? el("div", "pk-item", c.subject, el("span", "pk-rel", "—" + c.relation + "→"), c.object)
                          : el("div", "pk-item", c.subject);
    var shown = c.relation ? [] : c.labels.filter(function (l) { return l !== c.subject; });
    if (shown.length) { item.appendChild(el("span", "pk-labels", "(" + shown.join(", ") + ")")); }
    var row = el("div", "pk-row",
      el("div", null, el("span", "pk-dot"), " ", st.label), item,
      el("div", "pk-bars", bar("pk-bar-a", c.a, max, D.styles.dropped.colour),
         bar("pk-bar-b", c.b, max, D.styles["new"].colour)),
      el("div", "pk-counts", c.a + " → " + c.b));
    row.style.borderLeftColor = st.colour;
    row.style.background = st.tint || "#fff";
    row.querySelector(".pk-dot").style.background = st.colour;
    row.dataset.status = c.status;
    row.addEventListener("click", function () { toggle(row, c); });
    return row;
  }
  function draw() {
    var items = D[state.tab], box = $("pk-rows");
    var max = items.reduce(function (m, c) { return Math.max(m, c.a, c.b); }, 0);
    state.rows = items.filter(matches);
    clear(box);
    if (state.rows.length) {
      box.appendChild(el("div", "pk-row pk-head", el("div", null, "状态 status"),
        el("div", null, state.tab === "claims" ? "关系 claim" : "概念 concept"),
        el("div", "pk-bars", el("div", "pk-bar-label-a", "A ◀"), el("div", null, "▶ B")),
        el("div", "pk-counts", "A → B")));
    }
    state.rows.slice(0, state.limit).forEach(function (c) { box.appendChild(rowFor(c, max)); });
    if (state.rows.length > state.limit) {
      var more = el("button", "pk-chip", "显示更多 Show more (" + (state.rows.length - state.limit) + ")");
      more.type = "button";
      more.addEventListener("click", function () { state.limit += CHUNK; draw(); });
      box.appendChild(more);
    }
    $("pk-none").hidden = state.rows.length > 0;
    $("pk-shown").textContent = state.rows.length + " / " + items.length + " shown";
    ["concepts", "claims"].forEach(function (t) {
      $("pk-tab-" + t).setAttribute("aria-selected", String(t === state.tab));
    });
    drawChips();
  }
  function drawChips() {
    var box = $("pk-statuses"), counts = D.counts[state.tab];
    clear(box);
    D.statuses.forEach(function (s) {
      var st = D.styles[s], chip = el("button", "pk-chip", el("span", "pk-dot"), st.label + " " + counts[s]);
      chip.type = "button";
      chip.id = "pk-status-" + s;
      chip.querySelector(".pk-dot").style.background = st.colour;
      chip.setAttribute("aria-pressed", String(state.on[s]));
      chip.addEventListener("click", function () { api.setStatus(s, !state.on[s]); });
      box.appendChild(chip);
    });
  }
  api.tab = function (name) { state.tab = name; state.limit = CHUNK; draw(); return state.rows.length; };
  api.setStatus = function (s, on) { state.on[s] = !!on; state.limit = CHUNK; draw(); return state.rows.length; };
  api.search = function (text) { state.text = text || ""; $("pk-search").value = state.text; state.limit = CHUNK; draw(); return state.rows.length; };
  api.shown = function () { return state.rows.length; };
  function rowNodes() { return $("pk-rows").querySelectorAll(".pk-row:not(.pk-head)"); }
  api.rendered = function () { return rowNodes().length; };
  api.open = function (i) { var r = rowNodes()[i]; r.click(); return r.innerText; };
  $("pk-tab-concepts").addEventListener("click", function () { api.tab("concepts"); });
  $("pk-tab-claims").addEventListener("click", function () { api.tab("claims"); });
  $("pk-search").addEventListener("input", function () { state.text = this.value.trim(); state.limit = CHUNK; draw(); });
  draw();
  api.ready = true;
})();

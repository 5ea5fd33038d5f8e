/* Helpers of the compare and trends pages. Text from the graph reaches the DOM only through
   textContent / createTextNode, never innerHTML. */
var pkDom = (function () {
  "use strict";
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
  function svg(tag, attrs) {
    var e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function data() { return JSON.parse($("pk-data").textContent); }
  /* The sentence with the first occurrence of each of `words` marked (non-overlapping). */
  function marked(text, words) {
    var marks = [];
    (words || []).forEach(function (w) {
      if (!w) { return; }
      var i = text.indexOf(w);
      if (i < 0) { return; }
      var j = i + w.length;
      if (marks.every(function (m) { return j <= m.i || i >= m.j; })) { marks.push({ i: i, j: j }); }
    });
    marks.sort(function (a, b) { return a.i - b.i; });
    var frag = document.createDocumentFragment(), pos = 0;
    marks.forEach(function (m) {
      frag.appendChild(document.createTextNode(text.slice(pos, m.i)));
      frag.appendChild(el("mark", "pk-hit", text.slice(m.i, m.j)));
      pos = m.j;
    });
    frag.appendChild(document.createTextNode(text.slice(pos)));
    return frag;
  }
  return { $: $, el: el, svg: svg, clear: clear, data: data, marked: marked };
})();

"""How legible the drawn network is, measured in the browser from vis-network's own state.

Label size is the font size times the network's scale (`network.getScale()`); each label's box
is placed as vis-network draws a dot's label (centred under the dot, its top `4 + size / 2`
below the dot's edge, one line of `size` per line) from `network.getPositions()`, the node's
size and the label's width measured with canvas `measureText` in the node's font, and
converted to DOM pixels with `network.canvasToDOM`. The box vis-network itself keeps
(`labelModule.size`, internal) must agree, or the measurement fails (labels under vis-network's
5 px draw threshold are not laid out, so they are not compared).
"""
from __future__ import annotations

import json
from dataclasses import dataclass

__all__ = ["Legibility", "LABEL_BOXES_JS", "measure"]

#: JavaScript: the visible labels' boxes in DOM pixels of the network element, and the scale.
LABEL_BOXES_JS = """(() => {
  const net = pkViz.network, D = pkViz.data, scale = net.getScale();
  const base = D.options.nodes.font || {};
  const ctx = document.createElement('canvas').getContext('2d');
  const ids = pkViz.nodes.getIds({filter: n => !n.hidden});
  const pos = net.getPositions(ids);
  const el = document.getElementById('pk-network');
  const boxes = ids.map(id => {
    const n = pkViz.nodes.get(id), body = net.body.nodes[id];
    const font = (body && body.options.font) || n.font || base;   // inherited properties
    const size = font.size || base.size || 14, face = font.face || base.face;
    ctx.font = size + 'px ' + face;
    const lines = String(n.label).split('\\n');
    const w = Math.max.apply(null, lines.map(t => ctx.measureText(t).width));
    const p = pos[id], r = n.size || 10, top = p.y + r + 4 + size / 2;
    const own = body && body.labelModule && body.labelModule.size;
    if (own && size * scale >= 5 && (Math.abs(own.top - top) > 1 || Math.abs(own.width - w) > 1 ||
                Math.abs(own.left - (p.x - w / 2)) > 1)) {
      throw new Error('label box of ' + id + ' differs from vis-network: ' + JSON.stringify(own));
    }
    const a = net.canvasToDOM({x: p.x - w / 2, y: top});
    const b = net.canvasToDOM({x: p.x + w / 2, y: top + size * lines.length});
    const c = net.canvasToDOM({x: p.x - r, y: p.y - r});
    const d = net.canvasToDOM({x: p.x + r, y: p.y + r});
    return {id: id, label: n.label, px: size * scale, box: [a.x, a.y, b.x, b.y],
            dot: [c.x, c.y, d.x, d.y]};
  });
  return JSON.stringify({scale: scale, width: el.clientWidth, height: el.clientHeight,
                         boxes: boxes});
})()"""


def _overlap(a, b, tol: float) -> bool:
    return min(a[2], b[2]) - max(a[0], b[0]) > tol and min(a[3], b[3]) - max(a[1], b[1]) > tol


@dataclass(frozen=True)
class Legibility:
    """Figures of one drawn view."""
    labels: int                  # visible labels
    min_px: float                # smallest rendered label size, px
    median_px: float
    free: int                    # labels that overlap no other label
    on_dots: int                 # labels that cover another node's dot
    outside: int                 # labels not wholly inside the network element
    scale: float
    canvas: tuple[int, int]

    @property
    def free_share(self) -> float:
        return self.free / self.labels if self.labels else 1.0

    def line(self) -> str:
        return (f"{self.labels} labels, {self.min_px:.1f} px min / {self.median_px:.1f} px median, "
                f"{self.free_share:.0%} not overlapping ({self.labels - self.free} overlap), "
                f"{self.on_dots} on a dot, {self.outside} outside, scale {self.scale:.2f}, "
                f"canvas {self.canvas[0]}x{self.canvas[1]}")


def measure(browser, tol: float = 0.5) -> Legibility:
    """Legibility of the page open in `browser` (a viz.browser.Chromium), as drawn now."""
    data = json.loads(browser.evaluate(LABEL_BOXES_JS))
    boxes = data["boxes"]
    sizes = sorted(b["px"] for b in boxes)
    free = on_dots = outside = 0
    w, h = data["width"], data["height"]
    for i, b in enumerate(boxes):
        others = boxes[:i] + boxes[i + 1:]
        free += not any(_overlap(b["box"], o["box"], tol) for o in others)
        on_dots += any(_overlap(b["box"], o["dot"], tol) for o in others)
        x0, y0, x1, y1 = b["box"]
        outside += not (x0 >= -tol and y0 >= -tol and x1 <= w + tol and y1 <= h + tol)
    return Legibility(len(boxes), sizes[0] if sizes else 0.0,
                      sizes[len(sizes) // 2] if sizes else 0.0, free, on_dots, outside,
                      data["scale"], (w, h))

"""Node labels as the page draws them: wrapped text, estimated boxes, and pushing boxes apart.

Boxes are in vis-network canvas units. A dot's label hangs centred below the dot, its top
`4 + font / 2` units below the dot's edge (vis-network 9's "hanging" label); its width is
estimated from the characters (a CJK or full-width character is one em in the page's CJK
fonts, other characters about 0.56 em).
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

import numpy as np

__all__ = ["FONT_SIZE", "PAD", "Box", "wrap", "node_radius", "label_box", "separate", "extent",
           "extent_box"]

#: Label font size in canvas units (the page's fit scale turns it into pixels).
FONT_SIZE = 16
#: Labels longer than this many em are wrapped onto balanced lines.
_LINE_EM = 7.0
#: Free space kept around every node's box when boxes are pushed apart.
PAD = 7.0
#: From the dot's lower edge to the top of its label.
GAP = 4 + FONT_SIZE / 2


@dataclass(frozen=True)
class Box:
    """A node's footprint: half width, dot radius and label height (canvas units)."""
    half_width: float
    radius: float
    label_height: float

    @property
    def area(self) -> float:
        return (2 * self.half_width + 2 * PAD) * \
            (2 * self.radius + GAP + self.label_height + 2 * PAD)


def _em(ch: str) -> float:
    return 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.56


def wrap(label: str) -> str:
    """The label with line breaks: lines of at most about seven em, as even as they can be."""
    total = sum(_em(ch) for ch in label)
    if total <= _LINE_EM + 1:
        return label
    n = math.ceil(total / _LINE_EM)
    target, lines, line, width = total / n, [], "", 0.0
    for i, ch in enumerate(label):
        w = _em(ch)
        inside_word = line and ch.isascii() and ch.isalnum() and line[-1].isascii() \
            and line[-1].isalnum()
        if line and width + w / 2 > target and len(lines) < n - 1 and not inside_word:
            lines.append(line)
            line, width = "", 0.0
        line += ch
        width += w
    return "\n".join(lines + [line])


def node_radius(claims: int) -> float:
    """Dot radius for a concept that takes part in `claims` claims."""
    return round(min(5 + 1.6 * math.sqrt(claims), 16.0), 1)


def label_box(label: str, radius: float, font: float = FONT_SIZE) -> Box:
    lines = wrap(label).split("\n")
    width = max(sum(_em(ch) for ch in line) for line in lines) * font
    return Box(max(radius, width / 2), radius, len(lines) * font)


def _arrays(boxes: list[Box]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return (np.array([b.half_width for b in boxes], dtype=float),
            np.array([b.radius for b in boxes], dtype=float),
            np.array([b.label_height for b in boxes], dtype=float))


def _bounds(xy: np.ndarray, arrays, pad: float) -> tuple[np.ndarray, ...]:
    hw, r, lh = arrays
    return (xy[:, 0] - hw - pad, xy[:, 1] - r - pad, xy[:, 0] + hw + pad,
            xy[:, 1] + r + GAP + lh + pad)


def extent_box(xy: np.ndarray, boxes: list[Box]) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of the smallest rectangle holding every box."""
    if not len(boxes):
        return 0.0, 0.0, 0.0, 0.0
    x0, y0, x1, y1 = _bounds(xy, _arrays(boxes), 0.0)
    return float(x0.min()), float(y0.min()), float(x1.max()), float(y1.max())


def extent(xy: np.ndarray, boxes: list[Box]) -> tuple[float, float]:
    """(width, height) of the smallest rectangle holding every box."""
    x0, y0, x1, y1 = extent_box(xy, boxes)
    return x1 - x0, y1 - y0


def separate(xy: np.ndarray, boxes: list[Box], iterations: int = 300) -> tuple[np.ndarray, int]:
    """Push overlapping boxes apart along the axis of least overlap; returns (positions,
    pairs still overlapping). Deterministic: ties go by node order."""
    xy = np.array(xy, dtype=float)
    n = len(boxes)
    if n < 2:
        return xy, 0
    arrays = _arrays(boxes)
    upper = np.triu(np.ones((n, n), dtype=bool), 1)
    overlapping = 0
    for _ in range(iterations):
        x0, y0, x1, y1 = _bounds(xy, arrays, PAD / 2)
        ox = np.minimum(x1[:, None], x1[None, :]) - np.maximum(x0[:, None], x0[None, :])
        oy = np.minimum(y1[:, None], y1[None, :]) - np.maximum(y0[:, None], y0[None, :])
        hit = (ox > 0) & (oy > 0) & upper
        overlapping = int(np.count_nonzero(hit))
        if not overlapping:
            break
        i, j = np.nonzero(hit)
        ox, oy = ox[i, j], oy[i, j]
        cx, cy = x0 + x1, y0 + y1                  # twice the centres: only signs are used
        sx, sy = np.sign(cx[i] - cx[j]), np.sign(cy[i] - cy[j])
        sx[sx == 0], sy[sy == 0] = -1, -1          # i before j: i goes left / up
        along_x = ox < oy
        px = np.where(along_x, sx * (ox / 2 + 0.5), 0.0) * 0.6
        py = np.where(along_x, 0.0, sy * (oy / 2 + 0.5)) * 0.6
        # pair (i, j) moves i by +p and j by -p
        np.add.at(xy[:, 0], i, px)
        np.add.at(xy[:, 0], j, -px)
        np.add.at(xy[:, 1], i, py)
        np.add.at(xy[:, 1], j, -py)
    return xy, overlapping

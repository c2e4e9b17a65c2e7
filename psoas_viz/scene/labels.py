"""Label placement, once per scene (no Qt): no label over another, none over bone where a free place exists,
a leader line from each label that had to move away to the point it names.

Each request names its anchor (px), the side it prefers and whether it may be left out.  Candidate boxes are
tried nearest first along the preferred side, then the other side, then above and below; the first that is
inside the scene, clear of every placed box and clear of bone wins; failing that an optional label is left out
and a required one (the psoas, the angle values) looks farther out (with a leader line), then takes the first
place clear of other labels (over bone), or else its first place.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import text as measure
from .shapes import Label

STEPS = (0.0, 10.0, 24.0, 44.0, 70.0, 100.0, 140.0)  # px beyond the gap
FAR_STEPS = (190.0, 250.0, 320.0)  # a required label looks this far too before it may sit on bone
SHIFTS = (0.0, -0.7, 0.7, -1.4, 1.4)  # line heights up/down
PAD = 2.0  # px kept clear around each box
LEADER_BEYOND = 6.0  # px: a box farther than gap + this from its anchor gets a leader line


@dataclass(frozen=True)
class Request:
    text: str
    target: str
    anchor: tuple  # px
    side: str = "right"  # "right" | "left" | "above" | "below"
    size: float = 17.0
    bold: bool = False
    role: str = "label"
    optional: bool = True
    gap: float = 8.0
    leader: bool = False  # always draw a leader (the psoas label)
    backed: bool = False
    key: str = ""  # stable name of the label (defaults to its target and text)


def overlaps(box, others) -> bool:
    return any(box[0] < o[2] and o[0] < box[2] and box[1] < o[3] and o[1] < box[3] for o in others)


class Bones:
    """Bone polygons (px) rasterised once per placement (1-px cells, even-odd per polygon, all in a few array
    operations): whether a box covers bone is then one look at the cells under it, thin parts of the mesh outlines
    (the femoral neck, the sacral ala, the processes) included."""

    def __init__(self, polygons: list[np.ndarray]):
        polygons = [np.asarray(p, float) for p in polygons if len(p) >= 3]
        self.origin = np.zeros(2)
        self.cells = np.zeros((0, 0), bool)
        if not polygons:
            return
        points = np.concatenate(polygons)
        self.origin = np.floor(points.min(axis=0)) - 1.0
        width, height = (np.ceil(points.max(axis=0)) - self.origin + 2.0).astype(int)
        a = points - self.origin
        b = np.concatenate([np.roll(p, -1, axis=0) for p in polygons]) - self.origin
        which = np.repeat(np.arange(len(polygons)), [len(p) for p in polygons])
        # every (edge, row) pair where the edge crosses the row's centre line (half-open, so a ring crosses each
        # row an even number of times)
        low, high = np.minimum(a[:, 1], b[:, 1]), np.maximum(a[:, 1], b[:, 1])
        first, last = np.ceil(low - 0.5).astype(int), np.ceil(high - 0.5).astype(int)  # rows first..last-1
        counts = np.maximum(last - first, 0)
        edge = np.repeat(np.arange(len(a)), counts)
        row = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts) + first[edge]
        y = row + 0.5
        t = (y - a[edge, 1]) / (b[edge, 1] - a[edge, 1])
        x = a[edge, 0] + t * (b[edge, 0] - a[edge, 0])
        order = np.lexsort((x, row, which[edge]))  # by polygon, row, then x: inside between crossings 1-2, 3-4 ...
        x, row = x[order], row[order]
        start, stop = np.ceil(x[0::2] - 0.5).astype(int), np.ceil(x[1::2] - 0.5).astype(int)
        rows = row[0::2] * (width + 1)
        size = height * (width + 1)
        diff = (np.bincount(rows + np.clip(start, 0, width), minlength=size)
                - np.bincount(rows + np.clip(stop, 0, width), minlength=size)).reshape(height, width + 1)
        self.cells = np.cumsum(diff, axis=1, dtype=np.int16)[:, :width] > 0

    def cover(self, box) -> bool:
        """Whether any part of ``box`` (px) lies on bone."""
        x0, y0, x1, y1 = box
        ox, oy = self.origin
        h, w = self.cells.shape
        c0, c1 = max(int(x0 - ox), 0), min(int(np.ceil(x1 - ox)), w)
        r0, r1 = max(int(y0 - oy), 0), min(int(np.ceil(y1 - oy)), h)
        return c0 < c1 and r0 < r1 and bool(self.cells[r0:r1, c0:c1].any())


def _candidates(r: Request, w: float, h: float):
    ax, ay = r.anchor
    sides = {"right": "left", "left": "right", "above": "below", "below": "above"}
    for side in (r.side, sides[r.side], *(s for s in ("above", "below") if s not in (r.side, sides[r.side]))):
        for step in STEPS if r.optional else STEPS + FAR_STEPS:
            d = r.gap + step
            for shift in SHIFTS:
                if side == "right":
                    x0, y0 = ax + d, ay - h / 2 + shift * h
                elif side == "left":
                    x0, y0 = ax - d - w, ay - h / 2 + shift * h
                elif side == "above":
                    x0, y0 = ax - w / 2 + shift * w * 0.5, ay - d - h
                else:
                    x0, y0 = ax - w / 2 + shift * w * 0.5, ay + d
                yield (x0, y0, x0 + w, y0 + h), step


def _leader(box, anchor, gap: float) -> tuple:
    """From the nearest point of the box's edge to ``gap`` short of the anchor."""
    x0, y0, x1, y1 = box
    ax, ay = anchor
    near = np.array([min(max(ax, x0), x1), min(max(ay, y0), y1)])
    a = np.asarray(anchor, float)
    v = a - near
    length = float(np.hypot(*v))
    if length < 1.0:
        return ()
    end = a - v / length * min(3.0, length * 0.5)
    return (tuple(near), tuple(end))


def follow(requests: list[Request], previous: tuple) -> list[Label]:
    """Labels that keep the places ``previous`` gave them relative to their anchors (while a drag is in
    progress: cheap, and nothing jumps); a label left out before stays out."""
    before = {lb.key: lb for lb in previous}
    placed = []
    for r in requests:
        old = before.get(r.key or f"{r.target}:{r.text}")
        if old is None:
            continue
        dx, dy = r.anchor[0] - old.anchor[0], r.anchor[1] - old.anchor[1]
        x0, y0, x1, y1 = old.box
        w = measure.width(r.text, r.size, r.bold)
        if (x0 + x1) / 2 < old.anchor[0]:  # left of its anchor: the right edge stays
            x0 = x1 - w
        else:
            x1 = x0 + w
        box = (x0 + dx, y0 + dy, x1 + dx, y1 + dy)
        leader = _leader(box, r.anchor, r.gap) if old.leader else ()
        placed.append(Label(r.text, r.target, r.anchor, box, r.size, r.bold, r.role, leader, r.backed, old.key))
    return placed


def place(requests: list[Request], bounds: tuple, taken: list[tuple], bones: Bones) -> list[Label]:
    """Place labels in order (earlier requests get the better places); ``taken``: boxes already occupied (it is
    extended); ``bones``: the bone the labels keep off."""
    placed = []
    bx0, by0, bx1, by1 = bounds
    for r in requests:
        w = measure.width(r.text, r.size, r.bold) + 2 * PAD
        h = measure.height(r.size)
        clear = clear_of_labels = first = None
        for box, step in _candidates(r, w, h):
            if box[0] < bx0 or box[1] < by0 or box[2] > bx1 or box[3] > by1:
                continue
            first = first or (box, step)
            if overlaps(box, taken):
                continue
            if not bones.cover(box):
                clear = (box, step)
                break
            clear_of_labels = clear_of_labels or (box, step)
        choice = clear or (None if r.optional else clear_of_labels or first)
        if choice is None:
            continue
        box, step = choice
        taken.append(box)
        inner = (box[0] + PAD, box[1], box[2] - PAD, box[3])
        leader = _leader(inner, r.anchor, r.gap) if (r.leader or step > LEADER_BEYOND) else ()
        placed.append(Label(r.text, r.target, r.anchor, inner, r.size, r.bold, r.role, leader, r.backed,
                            r.key or f"{r.target}:{r.text}"))
    return placed

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
    """Bone polygons (px) prepared once per placement: boxes and edges for the even-odd test."""

    def __init__(self, polygons: list[np.ndarray]):
        self.items = []
        for poly in polygons:
            a, b = poly, np.roll(poly, -1, axis=0)
            dy = np.where(b[:, 1] == a[:, 1], 1e-12, b[:, 1] - a[:, 1])
            box = (*poly.min(axis=0), *poly.max(axis=0))
            self.items.append((box, a[:, 0], a[:, 1], b[:, 1], (b[:, 0] - a[:, 0]) / dy))

    def cover(self, box) -> bool:
        """Whether any of 45 points spread over ``box`` lies inside a bone (the mesh outlines have thin parts:
        the femoral neck, the sacral ala, the processes)."""
        x0, y0, x1, y1 = box
        points = None
        for (bx0, by0, bx1, by1), ax, ay, by, slope in self.items:
            if x1 < bx0 or bx1 < x0 or y1 < by0 or by1 < y0:
                continue
            if points is None:
                xs = x0 + (x1 - x0) * _FRACTIONS_X
                ys = y0 + (y1 - y0) * _FRACTIONS_Y
                points = (xs[:, None], ys[:, None])
            px, py = points
            crosses = ((ay > py) != (by > py)) & (px < ax + (py - ay) * slope)
            if (crosses.sum(axis=1) % 2).any():
                return True
        return False


_FRACTIONS_X = np.repeat(np.linspace(0.0, 1.0, 9), 5)
_FRACTIONS_Y = np.tile(np.linspace(0.0, 1.0, 5), 9)


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


def place(requests: list[Request], bounds: tuple, taken: list[tuple], bones: list[np.ndarray]) -> list[Label]:
    """Place labels in order (earlier requests get the better places); ``taken``: boxes already occupied (it is
    extended); ``bones``: polygons (px) labels keep off."""
    placed = []
    bx0, by0, bx1, by1 = bounds
    prepared = Bones(bones)
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
            if not prepared.cover(box):
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

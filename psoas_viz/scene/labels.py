"""Label placement, once per scene (no Qt): no label over another, over an obstacle (bone, the psoas belly, a
box such as the angle box or a gauge) or across another label's leader line; a leader line from each label
that had to move away to the point it names.

Each request names its anchor (px), the side it prefers and whether it may be left out.  Candidate boxes are
tried nearest first all round the anchor, the preferred side counted nearer; the first that is
inside the bounds, clear of every placed box and leader, clear of the obstacles and whose leader crosses no
other label or leader wins.  Failing that, the
nearest clear place anywhere in the bounds is taken (an optional label only within ``MAX_LEADER`` font sizes
of its anchor, else it is left out); a required label (the psoas, the angle values) that finds no clear place
at all takes the first place clear of other labels, or else its first place.  The labels still to place search
around their anchors together: every ring is tested at once against what stays while they are placed, then each
label only against those placed before it (the same places as searching one label after another); the search of
the whole bounds sorts and tests its boxes a batch of the nearest at a time.

Obstacles are rasterised once per placement into cells of ``CELL`` px (outlines and their insides, each
outline also traced along its edge so thin processes count) with a summed-area table, so a box is tested in
constant time.

A label may carry a second line, the Terminologia Anatomica name in smaller italic type (``latin``): the box
holds both lines and is placed as one, so the two lines are never parted.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from . import text as measure
from .geometry import bounds as bounds_of
from .shapes import Label, Text

STEPS = (0.0, 10.0, 24.0, 44.0, 70.0, 100.0, 140.0)  # px beyond the gap
FAR_STEPS = (190.0, 250.0, 320.0)  # a required label looks this far too before the search of the whole bounds
SHIFTS = (0.0, -0.7, 0.7, -1.4, 1.4)  # line heights up/down
PAD = 2.0  # px kept clear around each box
LEADER_BEYOND = 6.0  # px: a box farther than gap + this from its anchor gets a leader line
CELL = 2.0  # px: the obstacle raster's cell
GRID = 4.0  # px: the step of the search over the whole bounds
MAX_LEADER = 12.0  # font sizes: an optional label sits at most this far from its anchor
SIDE_PENALTY = 30.0  # px: how much nearer a box on the preferred side is counted
ACROSS = 0.5  # a px of leader line over bone or the psoas costs as much as this many px farther away
OPTIONAL_TRIES = 512  # clear boxes an optional label tries (nearest first) before it is left out
LATIN_SCALE = 0.8  # the Latin line's type size, of the label's
LATIN_MARGIN = 0.25  # of the Latin line's size: kept clear above and below a two-line label, so the next label's
# name is not read as its own


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
    latin: str = ""  # the Terminologia Anatomica name, on a second line


def extent(text: str, size: float, bold: bool = False, latin: str = "") -> tuple[float, float]:
    """Width and height (px) of a label's text, with its Latin line under it if it has one."""
    if not latin:
        return measure.width(text, size, bold), measure.height(size)
    small = size * LATIN_SCALE
    return (max(measure.width(text, size, bold), measure.width(latin, small)),
            measure.height(size) + measure.height(small) + 2 * LATIN_MARGIN * small)


def label_lines(label: Label) -> tuple[Text, ...]:
    """The lines of a placed label as text shapes (the painter and the SVG draw these): its name, and under it
    the Latin name in smaller italic type, both set flush towards the anchor (right of a label left of it, left
    of one right of it, centred over or under it)."""
    x0, y0, x1, y1 = label.box
    if not label.latin:
        return (Text(label.text, label.box, label.size, label.bold, label.role),)
    small = label.size * LATIN_SCALE
    y0, y1 = y0 + LATIN_MARGIN * small, y1 - LATIN_MARGIN * small
    middle = y0 + measure.height(label.size)
    flush = "right" if x1 <= label.anchor[0] else "left" if x0 >= label.anchor[0] else "centre"
    lines = []
    for words, size, bold, italic, top, bottom in ((label.text, label.size, label.bold, False, y0, middle),
                                                   (label.latin, small, False, True, middle, y1)):
        w = measure.width(words, size, bold)
        left = {"left": x0, "right": x1 - w, "centre": (x0 + x1 - w) / 2}[flush]
        lines.append(Text(words, (left, top, left + w, bottom), size, bold, label.role, italic=italic))
    return tuple(lines)


def overlapping(boxes, others) -> np.ndarray:
    """(N, M): whether box i of ``boxes`` (N, 4) and box j of ``others`` (M, 4) overlap (px; touching is not
    overlapping)."""
    a = np.asarray(boxes, float).reshape(-1, 4)[:, None]
    b = np.asarray(others, float).reshape(-1, 4)[None]
    return (a[..., 0] < b[..., 2]) & (b[..., 0] < a[..., 2]) & (a[..., 1] < b[..., 3]) & (b[..., 1] < a[..., 3])


def _inside(boxes: np.ndarray, bounds: tuple) -> np.ndarray:
    """(N,): which boxes (N, 4) lie wholly inside ``bounds`` (px)."""
    bx0, by0, bx1, by1 = bounds
    return (boxes[:, 0] >= bx0) & (boxes[:, 1] >= by0) & (boxes[:, 2] <= bx1) & (boxes[:, 3] <= by1)


def _distance(boxes: np.ndarray, anchors) -> np.ndarray:
    """(N,): how far each box (N, 4) lies from its anchor ((2,) for all, or (N, 2)); 0 where it holds it."""
    a = np.asarray(anchors, float)
    ax, ay = a[..., 0], a[..., 1]
    return np.hypot(np.maximum(0.0, np.maximum(boxes[:, 0] - ax, ax - boxes[:, 2])),
                    np.maximum(0.0, np.maximum(boxes[:, 1] - ay, ay - boxes[:, 3])))


def crossing(starts: np.ndarray, ends: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """(N, M): whether segment i (``starts``/``ends`` (N, 2)) passes through the inside of box j (``boxes``
    (M, 4)): their extents overlap on both axes and the segment's line has corners of the box on both sides
    (the separating-axis test, vectorised; the line's side of the corners only for the pairs whose extents
    overlap, a few of the many)."""
    (x0, y0), (x1, y1) = starts.T, ends.T
    bx0, by0, bx1, by1 = boxes.T
    out = ((np.minimum(x0, x1)[:, None] < bx1) & (np.maximum(x0, x1)[:, None] > bx0)
           & (np.minimum(y0, y1)[:, None] < by1) & (np.maximum(y0, y1)[:, None] > by0))
    i, j = np.nonzero(out)
    if len(i):
        dx, dy = x1[i] - x0[i], y1[i] - y0[i]
        # the line's value (x - x0) dy - (y - y0) dx at the corners: its least and greatest
        a, b = (bx0[j] - x0[i]) * dy, (bx1[j] - x0[i]) * dy
        c, d = (by0[j] - y0[i]) * dx, (by1[j] - y0[i]) * dx
        out[i, j] = (np.minimum(a, b) - np.maximum(c, d) < 0.0) & (np.maximum(a, b) - np.minimum(c, d) > 0.0)
    return out


def intersecting(a0: np.ndarray, a1: np.ndarray, b0: np.ndarray, b1: np.ndarray) -> np.ndarray:
    """(N, M): whether segment i (``a0``/``a1`` (N, 2)) properly crosses segment j (``b0``/``b1`` (M, 2)): each
    has the other's ends strictly on both sides of its line (tested only for the pairs whose extents meet: a
    proper crossing lies in both)."""
    (ax0, ay0), (ax1, ay1) = a0.T, a1.T
    (bx0, by0), (bx1, by1) = b0.T, b1.T
    out = ((np.minimum(ax0, ax1)[:, None] <= np.maximum(bx0, bx1))
           & (np.minimum(bx0, bx1) <= np.maximum(ax0, ax1)[:, None])
           & (np.minimum(ay0, ay1)[:, None] <= np.maximum(by0, by1))
           & (np.minimum(by0, by1) <= np.maximum(ay0, ay1)[:, None]))
    i, j = np.nonzero(out)
    if len(i):
        ax0, ay0, ax1, ay1 = ax0[i], ay0[i], ax1[i], ay1[i]
        bx0, by0, bx1, by1 = bx0[j], by0[j], bx1[j], by1[j]
        adx, ady, bdx, bdy = ax1 - ax0, ay1 - ay0, bx1 - bx0, by1 - by0
        b_sides = np.sign(adx * (by0 - ay0) - ady * (bx0 - ax0)) * np.sign(adx * (by1 - ay0) - ady * (bx1 - ax0))
        a_sides = np.sign(bdx * (ay0 - by0) - bdy * (ax0 - bx0)) * np.sign(bdx * (ay1 - by0) - bdy * (ax1 - bx0))
        out[i, j] = (b_sides < 0) & (a_sides < 0)
    return out


class Obstacles:
    """Polygons (px; their insides and their outlines) and boxes that labels keep off, rasterised into cells of
    ``CELL`` px over the part of ``bounds`` they cover (nothing beyond it is covered); ``count`` tells how many
    covered cells a box touches."""

    def __init__(self, bounds: tuple, polygons=(), boxes=()):
        polygons = [p for p in polygons if len(p) >= 3]
        sizes = np.array([len(p) for p in polygons], int)
        points = np.concatenate([np.asarray(b, float).reshape(2, 2) for b in boxes] + polygons, dtype=float) \
            if len(boxes) or polygons else np.asarray(bounds[:2], float).reshape(1, 2)
        x0, y0, x1, y1 = bounds_of(points)
        lo, hi = np.array([x0, y0]), np.array([x1, y1])
        # the cells of the bounds' own lattice that the obstacles span
        first = np.clip(np.floor((lo - bounds[:2]) / CELL) - 1, 0, None)
        self.x0, self.y0 = (float(v) for v in np.asarray(bounds[:2], float) + first * CELL)
        self.nx = max(1, int(math.ceil((min(hi[0] + 2 * CELL, bounds[2]) - self.x0) / CELL)))
        self.ny = max(1, int(math.ceil((min(hi[1] + 2 * CELL, bounds[3]) - self.y0) / CELL)))
        rings = (points[2 * len(boxes):] - (self.x0, self.y0)) / CELL
        grid = self._fill(rings, sizes) if polygons else np.zeros((self.ny, self.nx), bool)
        for box in boxes:
            c0, r0, c1, r1 = self._cells(np.asarray(box, float)[None])
            grid[int(r0[0]):int(r1[0]), int(c0[0]):int(c1[0])] = True
        table = np.zeros((self.ny + 1, self.nx + 1), np.int32)  # summed-area table
        np.cumsum(grid, axis=0, dtype=np.int32, out=table[1:, 1:])
        np.cumsum(table[1:, 1:], axis=1, out=table[1:, 1:])
        self.table, self.grid = table, grid

    def _fill(self, a: np.ndarray, sizes: np.ndarray) -> np.ndarray:
        """The cells whose centres lie inside any of the rings (``a``: their points one after another, cell units;
        ``sizes``: how many points each has; even-odd within each ring) and the cells their edges pass through,
        all rings in one pass."""
        nx, ny = self.nx, self.ny
        following = np.arange(1, len(a) + 1)
        following[np.cumsum(sizes) - 1] = np.cumsum(sizes) - sizes  # each ring closes on its first point
        b = a[following]
        which = np.repeat(np.arange(len(sizes)), sizes)
        # inside: every (edge, row) where the edge crosses the row's centre line (half-open, so a ring crosses each
        # row an even number of times); sorted by ring, row and x, the cells between crossings 1-2, 3-4 … are inside
        first = np.clip(np.ceil(np.minimum(a[:, 1], b[:, 1]) - 0.5), 0, ny).astype(int)
        last = np.clip(np.ceil(np.maximum(a[:, 1], b[:, 1]) - 0.5), 0, ny).astype(int)  # exclusive
        counts = last - first
        edge = np.repeat(np.arange(len(a)), counts)
        spans = np.zeros((ny, nx + 1), np.int32)
        if len(edge):
            rows = np.arange(len(edge)) - (np.cumsum(counts) - counts)[edge] + first[edge]
            ax, ay, bx, by = a[edge, 0], a[edge, 1], b[edge, 0], b[edge, 1]
            x = ax + (rows + 0.5 - ay) * (bx - ax) / (by - ay)
            order = np.lexsort((x, rows, which[edge]))
            x, rows = x[order], rows[order]
            start = np.clip(np.ceil(x[0::2] - 0.5), 0, nx).astype(int)
            stop = np.clip(np.ceil(x[1::2] - 0.5), 0, nx).astype(int)
            line = rows[0::2] * (nx + 1)
            size = ny * (nx + 1)
            spans = (np.bincount(line + start, minlength=size) - np.bincount(line + stop, minlength=size)
                     ).astype(np.int32).reshape(ny, nx + 1)
        grid = np.cumsum(spans, axis=1, dtype=np.int32)[:, :nx] > 0
        # edges: points every half cell along each edge
        delta = b - a
        steps = np.ceil(np.hypot(delta[:, 0], delta[:, 1]) * 2.0).astype(np.int64) + 2
        edge = np.repeat(np.arange(len(a)), steps)
        t = (np.arange(len(edge)) - (np.cumsum(steps) - steps)[edge]) / (steps - 1)[edge]
        x, y = a[edge, 0] + delta[edge, 0] * t, a[edge, 1] + delta[edge, 1] * t
        cols, rows = x.astype(np.int32), y.astype(np.int32)  # truncation is the floor where kept
        keep = (x >= 0) & (cols < nx) & (y >= 0) & (rows < ny)
        grid.ravel()[(rows * nx + cols)[keep]] = True
        return grid

    @staticmethod
    def _span(lo, hi, origin: float, n: int):
        """The cells (first, end exclusive) that extents ``lo``..``hi`` px touch along one axis, clipped to ``n``."""
        return (np.clip(np.floor((lo - origin) / CELL), 0, n).astype(int),
                np.clip(np.ceil((hi - origin) / CELL), 0, n).astype(int))

    def _cells(self, boxes: np.ndarray):
        """The cell ranges (c0, r0, c1, r1; ends exclusive) that boxes (N, 4) px touch, clipped to the grid."""
        c0, c1 = self._span(boxes[:, 0], boxes[:, 2], self.x0, self.nx)
        r0, r1 = self._span(boxes[:, 1], boxes[:, 3], self.y0, self.ny)
        return c0, r0, c1, r1

    def across(self, starts: np.ndarray, ends: np.ndarray, samples: int = 16) -> np.ndarray:
        """About how many px of each segment (N) run over a covered cell."""
        t = (np.arange(samples) + 0.5) / samples
        points = starts[:, None] + (ends - starts)[:, None] * t[None, :, None]
        cols = np.floor((points[..., 0] - self.x0) / CELL).astype(int)
        rows = np.floor((points[..., 1] - self.y0) / CELL).astype(int)
        inside = (cols >= 0) & (cols < self.nx) & (rows >= 0) & (rows < self.ny)
        covered = self.grid[np.clip(rows, 0, self.ny - 1), np.clip(cols, 0, self.nx - 1)] & inside
        return covered.mean(axis=1) * np.hypot(*(ends - starts).T)

    def count(self, boxes: np.ndarray) -> np.ndarray:
        """How many covered cells each box (N, 4) px touches (0: clear)."""
        c0, r0, c1, r1 = self._cells(np.asarray(boxes, float).reshape(-1, 4))
        t = self.table
        return t[r1, c1] - t[r0, c1] - t[r1, c0] + t[r0, c0]

    def count_lattice(self, xs: np.ndarray, ys: np.ndarray, w: float, h: float) -> np.ndarray:
        """``count`` of every box of a lattice at once, (len(ys), len(xs)): the box w × h px at (xs[j], ys[i]),
        its cells from its column's and its row's."""
        c0, c1 = self._span(xs, xs + w, self.x0, self.nx)
        r0, r1 = self._span(ys, ys + h, self.y0, self.ny)
        t = self.table
        return t[np.ix_(r1, c1)] - t[np.ix_(r0, c1)] - t[np.ix_(r1, c0)] + t[np.ix_(r0, c0)]


SIDES = ("right", "left", "above", "below")


def _rings(requests: list[Request]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The candidate boxes around each request's anchor, all requests at once: boxes (K, 4), what each costs
    (px) and whose it is (K,), each request's in the order they are tried.  Nearest first, a box on the first side
    across (above before below, right before left) counted ``SIDE_PENALTY`` px farther, on the other two sides
    twice that; a required label also looks ``FAR_STEPS`` away."""
    n = len(requests)
    if not n:
        return np.zeros((0, 4)), np.zeros(0), np.zeros(0, int)
    anchor = np.array([r.anchor for r in requests], float).reshape(n, 2)
    ax, ay = (v[:, None, None, None] for v in anchor.T)
    size = np.array([_size(r) for r in requests], float).reshape(n, 2)
    w, h = (v[:, None, None, None] for v in size.T)
    steps = np.array(STEPS + FAR_STEPS)[None, None, :, None]
    shifts = np.array(SHIFTS)[None, None, None, :]
    d = np.array([r.gap for r in requests], float)[:, None, None, None] + steps
    # x and y of every box (request, side as in SIDES, step, shift)
    x = np.concatenate(np.broadcast_arrays(ax + d, ax - d - w, ax - w / 2 + shifts * w * 0.5,
                                           ax - w / 2 + shifts * w * 0.5), axis=1)
    y = np.concatenate(np.broadcast_arrays(ay - h / 2 + shifts * h, ay - h / 2 + shifts * h, ay - d - h, ay + d),
                       axis=1)
    # each request's sides in the order tried: its own, the two across, the opposite one
    opposite = {"right": "left", "left": "right", "above": "below", "below": "above"}
    sides = np.array([[SIDES.index(s) for s in (r.side, *(s for s in ("above", "below", "right", "left")
                                                          if s not in (r.side, opposite[r.side])), opposite[r.side])]
                      for r in requests], int).reshape(n, 4)
    x = np.take_along_axis(x, sides[:, :, None, None], axis=1).reshape(n, -1)
    y = np.take_along_axis(y, sides[:, :, None, None], axis=1).reshape(n, -1)
    cost = steps + SIDE_PENALTY * np.array([0.0, 1.0, 2.0, 2.0])[None, :, None, None] + np.abs(shifts) * h
    beyond = (np.arange(steps.size) >= len(STEPS))[None, None, :, None]  # the FAR_STEPS
    far = np.array([r.optional for r in requests], bool)[:, None, None, None] & beyond
    cost = np.where(far, np.inf, cost).reshape(n, -1)  # an optional label does not look that far
    ranked = np.argsort(cost, axis=1, kind="stable")
    x, y, cost = (np.take_along_axis(v, ranked, axis=1) for v in (x, y, cost))
    keep = np.isfinite(cost)
    x, y, cost = x[keep], y[keep], cost[keep]
    owner = np.repeat(np.arange(n), keep.sum(axis=1))
    return np.stack((x, y, x + size[owner, 0], y + size[owner, 1]), -1), cost, owner


def _grid(r: Request, w: float, h: float, bounds: tuple, blocked: Obstacles):
    """Every box of the bounds on a ``GRID`` px lattice (an optional label's only within ``MAX_LEADER`` font sizes
    of its anchor), in the lattice's order: the boxes, their distances from the anchor (px) and whether each is off
    the obstacles, the last two from each box's column and row."""
    (ax, ay), reach = r.anchor, MAX_LEADER * r.size
    xs = np.arange(bounds[0], bounds[2] - w + 1e-9, GRID)
    ys = np.arange(bounds[1], bounds[3] - h + 1e-9, GRID)
    xs, ys = xs[xs + w <= bounds[2]], ys[ys + h <= bounds[3]]  # (the lattice's last step may overshoot a hair)
    if r.optional:  # only the lattice within reach of the anchor
        xs = xs[(xs >= ax - reach - w - GRID) & (xs <= ax + reach + GRID)]
        ys = ys[(ys >= ay - reach - h - GRID) & (ys <= ay + reach + GRID)]
    if not len(xs) or not len(ys):
        return np.zeros((0, 4)), np.zeros(0), np.zeros(0, bool)
    across = np.maximum(0.0, np.maximum(xs - ax, ax - (xs + w)))
    down = np.maximum(0.0, np.maximum(ys - ay, ay - (ys + h)))
    d = np.hypot(across[None, :], down[:, None]).ravel()  # row by row, as the lattice is read
    index = np.flatnonzero((d >= r.gap) & (d <= reach)) if r.optional else np.arange(len(d))
    x0, y0 = xs[index % len(xs)], ys[index // len(xs)]
    clear = (blocked.count_lattice(xs, ys, w, h).ravel() == 0)[index]
    return np.stack((x0, y0, x0 + w, y0 + h), -1), d[index], clear


def _leaders(boxes: np.ndarray, anchor) -> tuple[np.ndarray, np.ndarray]:
    """Leader lines of boxes (N, 4) to their anchor (2,) or anchors (N, 2): from the nearest point of each box's
    edge to 3 px short of the anchor (ends NaN where the box touches its anchor)."""
    a = np.asarray(anchor, float)
    ax, ay = a[..., 0], a[..., 1]
    near = np.stack((np.clip(ax, boxes[:, 0], boxes[:, 2]), np.clip(ay, boxes[:, 1], boxes[:, 3])), -1)
    v = a - near
    length = np.hypot(v[:, 0], v[:, 1])
    with np.errstate(divide="ignore", invalid="ignore"):
        end = a - v / length[:, None] * np.minimum(3.0, length * 0.5)[:, None]
    end[length < 1.0] = np.nan
    return near, end


def _drawn(near: np.ndarray, end: np.ndarray, asked, gap) -> np.ndarray:
    """Which of these leader lines (from ``_leaders``) a label would draw: asked for, or longer than the gap the
    label keeps from its anchor by ``LEADER_BEYOND`` (per label, or one value for all)."""
    return np.isfinite(end[:, 0]) & (asked | (np.hypot(*(end - near).T) > gap + LEADER_BEYOND - 3.0))


def _moved(r: Request, old: Label) -> tuple:
    """The box (text only, px) of a label placed before, moved with its anchor; a label left of its anchor keeps
    its right edge (a new text may be wider or narrower).  Of a label with a Latin line, asked for by name alone:
    the box of its name's line."""
    dx, dy = r.anchor[0] - old.anchor[0], r.anchor[1] - old.anchor[1]
    x0, y0, x1, y1 = label_lines(old)[0].box if old.latin and not r.latin else old.box
    w, h = extent(r.text, r.size, r.bold, r.latin)
    if (x0 + x1) / 2 < old.anchor[0]:
        x0 = x1 - w
    else:
        x1 = x0 + w
    if (y0 + y1) / 2 < old.anchor[1]:  # above its anchor: the bottom stays (a Latin line grows it upwards)
        y0 = y1 - h
    else:
        y1 = y0 + h
    return (x0 + dx, y0 + dy, x1 + dx, y1 + dy)


def follow(requests: list[Request], previous: tuple) -> list[Label]:
    """Labels that keep the places ``previous`` gave them relative to their anchors (while a drag is in
    progress: cheap, and nothing jumps); a label left out before stays out."""
    before = {lb.key: lb for lb in previous}
    # the Latin line of a label that had none comes with the next placement
    kept = [(replace(r, latin="") if r.latin and not before[_key(r)].latin else r, before[_key(r)])
            for r in requests if _key(r) in before]
    if not kept:
        return []
    boxes = [_moved(r, old) for r, old in kept]
    near, end = _leaders(np.array(boxes, float), np.array([r.anchor for r, _ in kept], float))
    return [Label(r.text, r.target, r.anchor, box, r.size, r.bold, r.role,
                  (tuple(n), tuple(e)) if old.leader and np.isfinite(e).all() else (), r.backed, old.key, r.latin)
            for (r, old), box, n, e in zip(kept, boxes, near.tolist(), end.tolist())]


def _free(boxes: np.ndarray, index: np.ndarray, taken: np.ndarray) -> np.ndarray:
    """Those of ``boxes[index]`` clear of the boxes ``taken`` (M, 4), in the order given."""
    return index[~overlapping(boxes[index], taken).any(axis=1)]


def _clear(boxes: np.ndarray, near: np.ndarray, end: np.ndarray, drawn: np.ndarray, taken: np.ndarray, starts,
           ends) -> np.ndarray:
    """(N,): which boxes (with their leaders from ``_leaders`` and ``_drawn``) no leader (``starts``/``ends``)
    runs through and whose own drawn leader runs through none of ``taken`` (M, 4) and crosses none of those
    leaders (each test only of the boxes that passed the one before)."""
    ok = ~crossing(starts, ends, boxes).any(axis=0)
    test = np.flatnonzero(ok & drawn)
    ok[test] = ~crossing(near[test], end[test], taken).any(axis=1)
    test = test[ok[test]]
    ok[test] = ~intersecting(near[test], end[test], starts, ends).any(axis=1)  # leaders never cross
    return ok


def _cost(boxes: np.ndarray, cost: np.ndarray, anchors, asked, gaps, taken: np.ndarray, starts, ends,
          blocked: Obstacles) -> tuple[np.ndarray, tuple]:
    """What each box costs (``cost`` plus ``ACROSS`` times each px of its leader over an obstacle; infinite where
    it is not clear, see ``_clear``), and its leader (near, end, drawn) for later tests."""
    near, end = _leaders(boxes, anchors)
    drawn = _drawn(near, end, asked, gaps)
    ok = _clear(boxes, near, end, drawn, taken, starts, ends)
    total = np.where(ok, cost, np.inf)
    pay = np.flatnonzero(ok & drawn)
    total[pay] += ACROSS * blocked.across(near[pay], end[pay])
    return total, (near, end, drawn)


def _best(boxes: np.ndarray, cost: np.ndarray, r: Request, taken: list, starts, ends, blocked: Obstacles,
          tries: int | None = None, chunk: int = 512, batch: int = 2048):
    """Of ``boxes``, those clear of ``taken``, the clear one (see ``_cost``) of least cost; only the ``tries``
    cheapest of them, if given.  Tested cheapest first (equal costs in the order given), a chunk at a time while
    a cheaper one may follow; the boxes are sorted and sifted a batch of the cheapest at a time until a chunk is
    full, so a search of the whole bounds handles a few thousand of its boxes, not all."""
    t = np.asarray(taken, float).reshape(-1, 4)
    best, best_cost, tried = None, np.inf, 0
    rest, ready = np.arange(len(boxes)), np.zeros(0, int)
    while tries is None or tried < tries:
        want = chunk if tries is None else min(chunk, tries - tried)
        while len(ready) < want and len(rest) and cost[rest].min() < best_cost:
            if len(rest) > batch:  # the cheapest, and any as cheap as the last of them (their order kept)
                cheap = cost[rest] <= np.partition(cost[rest], batch - 1)[batch - 1]
                order, rest = rest[cheap], rest[~cheap]
            else:
                order, rest = rest, rest[:0]
            order = _free(boxes, order, t)
            ready = np.concatenate((ready, order[np.argsort(cost[order], kind="stable")]))
        pick, ready = ready[:want], ready[want:]
        if not len(pick) or cost[pick[0]] >= best_cost:
            break
        tried += len(pick)
        total, _ = _cost(boxes[pick], cost[pick], r.anchor, r.leader, r.gap, t, starts, ends, blocked)
        k = int(np.argmin(total))
        if total[k] < best_cost:
            best, best_cost = tuple(boxes[pick[k]]), float(total[k])
    return best


class _Rings:
    """The first search of several labels placed one after another, done together: each label's ring of boxes
    around its anchor (``_rings``) tested at once against what does not change while they are placed (the bounds,
    the obstacles, the labels and leaders there before); then, label by label (``best``), only against the
    labels placed since.  The same choice as ``_choose`` searching the ring of each label in turn."""

    def __init__(self, requests: list[Request], bounds: tuple, taken: list, blocked: Obstacles, starts, ends):
        boxes, cost, owner = _rings(requests)
        t = np.asarray(taken, float).reshape(-1, 4)
        usable = np.flatnonzero(_inside(boxes, bounds))
        usable = _free(boxes, usable[blocked.count(boxes[usable]) == 0], t)
        boxes, cost, owner = boxes[usable], cost[usable], owner[usable]  # each ring still in its order of cost
        anchors = np.array([r.anchor for r in requests], float).reshape(-1, 2)[owner]
        asked = np.array([r.leader for r in requests], bool)[owner]
        gaps = np.array([r.gap for r in requests], float)[owner]
        total, (near, end, drawn) = _cost(boxes, cost, anchors, asked, gaps, t, starts, ends, blocked)
        ends_at = np.searchsorted(owner, np.arange(len(requests) + 1))
        self.rings = [(boxes[a:b], total[a:b], near[a:b], end[a:b], drawn[a:b]) for a, b in zip(ends_at, ends_at[1:])]

    def best(self, n: int, placed: list, starts, ends) -> tuple | None:
        """Label ``n``'s box of least cost that is also clear of the labels ``placed`` since (and their leaders
        ``starts``/``ends``), or None."""
        boxes, total, near, end, drawn = self.rings[n]
        if placed and len(boxes):
            p = np.asarray(placed, float).reshape(-1, 4)
            total = np.where(~overlapping(boxes, p).any(axis=1) & _clear(boxes, near, end, drawn, p, starts, ends),
                             total, np.inf)
        k = int(np.argmin(total)) if len(total) else 0
        return tuple(boxes[k]) if len(total) and np.isfinite(total[k]) else None


def _kept(requests: list[Request], keep, bounds: tuple, taken: list, blocked: Obstacles) -> dict:
    """Of the labels placed before (``keep``), those whose place (moved with its anchor) is still clear: inside
    the bounds, off the obstacles and ``taken``, no leader through another label or across another leader; where
    two collide the earlier request keeps its place.  All tested at once: request index -> box (with PAD)."""
    before = {lb.key: lb for lb in keep}
    index = [i for i, r in enumerate(requests) if _key(r) in before]
    if not index:
        return {}
    boxes = []
    for i in index:
        r = requests[i]
        x0, y0, x1, y1 = _moved(r, before[_key(r)])
        boxes.append((x0 - PAD, y0, x1 + PAD, y1))
    boxes = np.array(boxes, float)
    ok = _inside(boxes, bounds)
    ok &= blocked.count(boxes) == 0
    t = np.asarray(taken, float).reshape(-1, 4)
    ok &= ~overlapping(boxes, t).any(axis=1)
    near, end = _leaders(boxes, [requests[i].anchor for i in index])
    drawn = _drawn(near, end, np.array([requests[i].leader for i in index]), np.array([requests[i].gap for i in index]))
    ok[drawn] &= ~crossing(near[drawn], end[drawn], t).any(axis=1)
    # pairs: boxes overlapping, a leader through a box, leaders crossing
    clash = overlapping(boxes, boxes)
    through = np.zeros_like(clash)
    through[drawn] = crossing(near[drawn], end[drawn], boxes)
    crossed = np.zeros_like(clash)
    crossed[np.ix_(drawn, drawn)] = intersecting(near[drawn], end[drawn], near[drawn], end[drawn])
    clash |= through | through.T | crossed
    np.fill_diagonal(clash, False)
    kept, accepted = {}, []
    for k, i in enumerate(index):
        if ok[k] and not clash[k, accepted].any():
            accepted.append(k)
            kept[i] = tuple(boxes[k])
    return kept


def place(requests: list[Request], bounds: tuple, taken: list[tuple], blocked: Obstacles, keep=()) -> list[Label]:
    """Place labels in order (earlier requests get the better places).  ``taken``: boxes of other text that
    labels must not overlap (it is extended with each placed label); ``blocked``: what labels keep off (bone, the
    psoas belly, a marker); ``keep``: labels placed before, each kept where it was relative to its anchor while
    that place is still clear (so labels do not jump at each small change, and placing them costs less); the
    others are then placed in order around them.

    Labels with a Latin line are placed by their names first, as they would be without it (a label placed before
    with its Latin line is kept by its name's line, and the others keep off its two lines where they find room);
    then, in order, each takes a clear place for both lines, or else keeps its name alone, so a Latin line never
    costs another label its place: one kept with its Latin line takes the same place for both lines while it is
    clear, one kept without it takes them where it stands once there is room (a required label, the psoas, also
    around its anchor), the others look for room around their anchors (and, placed afresh without ``keep``,
    within ``MAX_LEADER`` too)."""
    before = {lb.key: lb for lb in keep}
    names = [replace(r, latin="") if r.latin else r for r in requests]
    fixed = list(taken)
    kept = _kept(names, keep, bounds, taken, blocked)
    chosen = dict(kept)
    taken.extend(kept.values())
    starts, ends = _leader_lines(dict(zip(chosen, _label_leaders([names[i] for i in chosen], list(chosen.values())))))
    # the two-line places of the labels kept with their Latin lines: the others keep off them if they find room
    # around their anchors
    held = {}
    for i in kept:
        old = before[_key(requests[i])]
        if requests[i].latin and old.latin:
            x0, y0, x1, y1 = _moved(requests[i], old)
            held[i] = (x0 - PAD, y0, x1 + PAD, y1)
    # each label first looks around its anchor (off the Latin lines kept, if any), all at once; then, if it finds
    # no place there, searches further on its own
    order = [i for i in range(len(names)) if i not in kept]
    rings = _Rings([replace(names[i], optional=True) if held else names[i] for i in order], bounds,
                   taken + list(held.values()), blocked, starts, ends)
    before_pass, leaders_before = len(taken), len(starts)
    for n, i in enumerate(order):
        r = names[i]
        choice = rings.best(n, taken[before_pass:], starts[leaders_before:], ends[leaders_before:])
        if choice is None:  # no room around its anchor: the whole bounds (and a required label's fallbacks, which
            # need its ring; a label that kept off the Latin lines tries its ring again without them first)
            choice = _choose(r, bounds, taken, blocked, starts, ends, "all" if held or not r.optional else "far")
        if choice is None:
            continue
        chosen[i] = choice
        taken.append(choice)
        leader = _label_leaders([r], [choice])[0]
        if leader:
            starts, ends = np.vstack((starts, [leader[0]])), np.vstack((ends, [leader[1]]))
    latin = [i for i, r in enumerate(requests) if r.latin and i in chosen]
    leaders = dict(zip(chosen, _label_leaders([names[i] for i in chosen], list(chosen.values())))) if latin else {}
    for i in latin:
        r = requests[i]
        reach, prefer = ("near" if keep else "all"), held.get(i)
        if i in kept and prefer is None:  # kept without its Latin line: where it is, grown by that line (the
            x0, y0, x1, y1 = _moved(r, before[_key(r)])  # psoas: else around its anchor too)
            reach, prefer = ("prefer" if r.optional else "near"), (x0 - PAD, y0, x1 + PAD, y1)
        others = {j: box for j, box in chosen.items() if j != i}
        # as an optional label: a clear place (never over bone) or none
        choice = _choose(replace(r, optional=True), bounds, fixed + list(others.values()), blocked,
                         *_leader_lines({j: line for j, line in leaders.items() if j != i}), reach, prefer)
        if choice is not None:
            chosen[i], names[i] = choice, r
            leaders[i] = _label_leaders([r], [choice])[0]
    taken[:] = fixed + [chosen[i] for i in sorted(chosen)]
    order = sorted(chosen)
    placed = []
    for i, leader in zip(order, _label_leaders([names[i] for i in order], [chosen[i] for i in order])):
        r, box = names[i], chosen[i]
        inner = (box[0] + PAD, box[1], box[2] - PAD, box[3])
        placed.append(Label(r.text, r.target, r.anchor, inner, r.size, r.bold, r.role, leader, r.backed, _key(r),
                            r.latin))
    return placed


def _size(r: Request) -> tuple[float, float]:
    """The width and height (px) of the box a label takes (its text, with ``PAD`` either side)."""
    w, h = extent(r.text, r.size, r.bold, r.latin)
    return w + 2 * PAD, h


def _key(r: Request) -> str:
    return r.key or f"{r.target}:{r.text}"


def _leader_lines(leaders: dict) -> tuple[np.ndarray, np.ndarray]:
    """The starts and ends (N, 2) of leader lines (any key -> (start, end), or () for a label without one)."""
    lines = [line for line in leaders.values() if line]
    if not lines:
        return np.zeros((0, 2)), np.zeros((0, 2))
    return np.array([a for a, _ in lines], float), np.array([b for _, b in lines], float)


def _choose(r: Request, bounds: tuple, taken: list, blocked: Obstacles, starts, ends, reach: str = "all",
            prefer: tuple | None = None) -> tuple | None:
    """The box (with PAD) a label takes: ``prefer`` if it is clear, else (unless ``reach`` is ``prefer``) the
    cheapest clear one around its anchor, else (``reach`` ``all``; ``far``: only this) anywhere in the bounds (an
    optional label within ``MAX_LEADER``); a required one that finds none clear takes one clear of other labels, or its first;
    None for an optional label that finds none."""
    w, h = _size(r)
    choice = first = over_bone = None

    def around(boxes, cost):  # those inside the bounds, and whether each is off the obstacles
        inside = _inside(boxes, bounds)
        boxes, cost = boxes[inside], cost[inside]
        return boxes, cost, blocked.count(boxes) == 0

    searches = {"prefer": [], "near": [lambda: around(*_rings([r])[:2])],
                "far": [lambda: _grid(r, w, h, bounds, blocked)],
                "all": [lambda: around(*_rings([r])[:2]), lambda: _grid(r, w, h, bounds, blocked)]}[reach]
    if prefer is not None:
        searches = [lambda: around(np.array([prefer], float), np.zeros(1)), *searches]
    for search in searches:
        boxes, cost, clear = search()
        if not len(boxes):
            continue
        first = first if first is not None else tuple(boxes[int(np.argmin(cost))])
        choice = _best(boxes[clear], cost[clear], r, taken, starts, ends, blocked,
                       tries=OPTIONAL_TRIES if r.optional else None)
        if choice is not None:
            return choice
        if over_bone is None and not r.optional:
            over_bone = _best(boxes, cost, r, taken, starts, ends, blocked)
    return None if r.optional else (over_bone or first)


def _label_leaders(requests: list[Request], boxes) -> list[tuple]:
    """The leaders of labels placed at ``boxes`` (with PAD), all at once: from the text's box to 3 px short of
    the anchor, drawn when asked for or when the box is far from its anchor; () where none is drawn."""
    if not requests:
        return []
    boxes = np.asarray(boxes, float).reshape(-1, 4)
    anchors = np.array([r.anchor for r in requests], float)
    near, end = _leaders(boxes + (PAD, 0.0, -PAD, 0.0), anchors)
    far = _distance(boxes, anchors) > np.array([r.gap for r in requests]) + LEADER_BEYOND
    drawn = (np.array([r.leader for r in requests]) | far) & np.isfinite(end).all(axis=1)
    return [(tuple(n), tuple(e)) if d else () for n, e, d in zip(near.tolist(), end.tolist(), drawn)]

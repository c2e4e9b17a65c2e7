"""Label placement, once per scene (no Qt): no label over another, over an obstacle (bone, the psoas belly, a
box such as the angle box or a gauge) or across another label's leader line; a leader line from each label
that had to move away to the point it names.

Each request names its anchor (px), the side it prefers and whether it may be left out.  Candidate boxes are
tried nearest first all round the anchor, the preferred side counted nearer; the first that is
inside the bounds, clear of every placed box and leader, clear of the obstacles and whose leader crosses no
other label or leader wins.  Failing that, the
nearest clear place anywhere in the bounds is taken (an optional label only within ``MAX_LEADER`` font sizes
of its anchor, else it is left out); a required label (the psoas, the angle values) that finds no clear place
at all takes the first place clear of other labels, or else its first place.

Obstacles are rasterised once per placement into cells of ``CELL`` px (outlines and their insides, each
outline also traced along its edge so thin processes count) with a summed-area table, so a box is tested in
constant time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from . import text as measure
from .shapes import Label

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


def overlaps(box, other) -> bool:
    return box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3]


def crossing(starts: np.ndarray, ends: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """(N, M): whether segment i (``starts``/``ends`` (N, 2)) passes through the inside of box j (``boxes``
    (M, 4)); Liang-Barsky clipping, vectorised."""
    x0, y0 = starts[:, 0:1], starts[:, 1:2]
    dx, dy = ends[:, 0:1] - x0, ends[:, 1:2] - y0
    lo = np.zeros((len(starts), len(boxes)))
    hi = np.ones_like(lo)
    inside = np.ones(lo.shape, bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        for p, q in ((-dx, x0 - boxes[None, :, 0]), (dx, boxes[None, :, 2] - x0),
                     (-dy, y0 - boxes[None, :, 1]), (dy, boxes[None, :, 3] - y0)):
            p = np.broadcast_to(p, lo.shape)
            t = q / p
            inside &= (p != 0.0) | (q > 0.0)
            lo = np.where(p < 0.0, np.maximum(lo, t), lo)
            hi = np.where(p > 0.0, np.minimum(hi, t), hi)
    return inside & (lo < hi)


def intersecting(a0: np.ndarray, a1: np.ndarray, b0: np.ndarray, b1: np.ndarray) -> np.ndarray:
    """(N, M): whether segment i (``a0``/``a1`` (N, 2)) properly crosses segment j (``b0``/``b1`` (M, 2))."""
    def side(p, q, r):  # sign of the turn p -> q -> r
        return np.sign((q[..., 0] - p[..., 0]) * (r[..., 1] - p[..., 1]) - (q[..., 1] - p[..., 1]) * (r[..., 0] - p[..., 0]))
    A0, A1, B0, B1 = a0[:, None], a1[:, None], b0[None], b1[None]
    return (side(A0, A1, B0) * side(A0, A1, B1) < 0) & (side(B0, B1, A0) * side(B0, B1, A1) < 0)


class Obstacles:
    """Polygons (px; their insides and their outlines) and boxes that labels keep off, rasterised into cells of
    ``CELL`` px over the part of ``bounds`` they cover (nothing beyond it is covered); ``count`` tells how many
    covered cells a box touches."""

    def __init__(self, bounds: tuple, polygons=(), boxes=()):
        polygons = [np.asarray(p, float) for p in polygons if len(p) >= 3]
        corners = [np.asarray(b, float).reshape(2, 2) for b in boxes] + [p for p in polygons]
        lo = np.min([c.min(axis=0) for c in corners], axis=0) if corners else np.asarray(bounds[:2], float)
        hi = np.max([c.max(axis=0) for c in corners], axis=0) if corners else np.asarray(bounds[:2], float)
        # the cells of the bounds' own lattice that the obstacles span
        first = np.clip(np.floor((lo - bounds[:2]) / CELL) - 1, 0, None)
        self.x0, self.y0 = (float(v) for v in np.asarray(bounds[:2], float) + first * CELL)
        self.nx = max(1, int(math.ceil((min(hi[0] + 2 * CELL, bounds[2]) - self.x0) / CELL)))
        self.ny = max(1, int(math.ceil((min(hi[1] + 2 * CELL, bounds[3]) - self.y0) / CELL)))
        rings = [(p - (self.x0, self.y0)) / CELL for p in polygons]
        grid = self._fill(rings) if rings else np.zeros((self.ny, self.nx), bool)
        for box in boxes:
            c0, r0, c1, r1 = self._cells(np.asarray(box, float)[None])
            grid[int(r0[0]):int(r1[0]), int(c0[0]):int(c1[0])] = True
        table = np.zeros((self.ny + 1, self.nx + 1), np.int32)  # summed-area table
        np.cumsum(grid, axis=0, dtype=np.int32, out=table[1:, 1:])
        np.cumsum(table[1:, 1:], axis=1, out=table[1:, 1:])
        self.table, self.grid = table, grid

    def _fill(self, rings: list[np.ndarray]) -> np.ndarray:
        """The cells whose centres lie inside any of ``rings`` (cell units; even-odd within each ring) and the
        cells their edges pass through, all rings in one pass."""
        nx, ny = self.nx, self.ny
        sizes = np.array([len(ring) for ring in rings])
        a = np.concatenate(rings)
        following = np.arange(1, len(a) + 1)
        following[np.cumsum(sizes) - 1] = np.cumsum(sizes) - sizes  # each ring closes on its first point
        b = a[following]
        which = np.repeat(np.arange(len(rings)), sizes)
        # inside: every (edge, row) where the edge crosses the row's centre line (half-open, so a ring crosses each
        # row an even number of times); sorted by ring, row and x, the cells between crossings 1-2, 3-4 … are inside
        first = np.clip(np.ceil(np.minimum(a[:, 1], b[:, 1]) - 0.5), 0, ny).astype(int)
        last = np.clip(np.ceil(np.maximum(a[:, 1], b[:, 1]) - 0.5), 0, ny).astype(int)  # exclusive
        counts = last - first
        edge = np.repeat(np.arange(len(a)), counts)
        spans = np.zeros((ny, nx + 1), np.int32)
        if len(edge):
            rows = np.arange(len(edge)) - np.repeat(np.cumsum(counts) - counts, counts) + first[edge]
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
        length = np.hypot(*(b - a).T)
        steps = np.ceil(length * 2.0).astype(int) + 2
        edge = np.repeat(np.arange(len(a)), steps)
        t = (np.arange(len(edge)) - np.repeat(np.cumsum(steps) - steps, steps)) / np.repeat(steps - 1, steps)
        ae, be = a[edge], b[edge]
        x, y = ae[:, 0] + (be[:, 0] - ae[:, 0]) * t, ae[:, 1] + (be[:, 1] - ae[:, 1]) * t
        cols, rows = x.astype(np.int32), y.astype(np.int32)  # truncation is the floor where kept
        keep = (x >= 0) & (cols < nx) & (y >= 0) & (rows < ny)
        grid.ravel()[(rows * nx + cols)[keep]] = True
        return grid

    def _cells(self, boxes: np.ndarray):
        """The cell ranges (c0, r0, c1, r1; ends exclusive) that boxes (N, 4) px touch, clipped to the grid."""
        c0 = np.clip(np.floor((boxes[:, 0] - self.x0) / CELL), 0, self.nx).astype(int)
        r0 = np.clip(np.floor((boxes[:, 1] - self.y0) / CELL), 0, self.ny).astype(int)
        c1 = np.clip(np.ceil((boxes[:, 2] - self.x0) / CELL), 0, self.nx).astype(int)
        r1 = np.clip(np.ceil((boxes[:, 3] - self.y0) / CELL), 0, self.ny).astype(int)
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


def _ring(r: Request, w: float, h: float) -> tuple[np.ndarray, np.ndarray]:
    """The candidate boxes around the anchor in the order they are tried: nearest first, a box on another side
    than the preferred one counted ``SIDE_PENALTY`` px (the opposite side twice) farther."""
    ax, ay = r.anchor
    sides = {"right": "left", "left": "right", "above": "below", "below": "above"}
    order = (r.side, *(s for s in ("above", "below", "right", "left") if s not in (r.side, sides[r.side])),
             sides[r.side])
    steps = np.array(STEPS if r.optional else STEPS + FAR_STEPS)[:, None]
    shifts = np.array(SHIFTS)[None, :]
    d = r.gap + steps
    corners = {"right": (ax + d + 0 * shifts, ay - h / 2 + shifts * h + 0 * d),
               "left": (ax - d - w + 0 * shifts, ay - h / 2 + shifts * h + 0 * d),
               "above": (ax - w / 2 + shifts * w * 0.5 + 0 * d, ay - d - h + 0 * shifts),
               "below": (ax - w / 2 + shifts * w * 0.5 + 0 * d, ay + d + 0 * shifts)}
    x0 = np.concatenate([corners[side][0].ravel() for side in order])
    y0 = np.concatenate([corners[side][1].ravel() for side in order])
    cost = np.concatenate([(steps + SIDE_PENALTY * min(rank, 2) + np.abs(shifts) * h).ravel()
                           for rank in range(len(order))])
    ranked = np.argsort(cost, kind="stable")
    return np.stack((x0, y0, x0 + w, y0 + h), -1)[ranked], cost[ranked]


def _grid(r: Request, w: float, h: float, bounds: tuple) -> tuple[np.ndarray, np.ndarray]:
    """Every box of the bounds on a ``GRID`` px lattice, nearest its anchor first (an optional label's only
    within ``MAX_LEADER`` font sizes), and its distance (px)."""
    xs = np.arange(bounds[0], bounds[2] - w + 1e-9, GRID)
    ys = np.arange(bounds[1], bounds[3] - h + 1e-9, GRID)
    if not len(xs) or not len(ys):
        return np.zeros((0, 4)), np.zeros(0)
    x0, y0 = (v.ravel() for v in np.meshgrid(xs, ys))
    boxes = np.stack((x0, y0, x0 + w, y0 + h), -1)
    ax, ay = r.anchor
    d = np.hypot(np.maximum(0.0, np.maximum(boxes[:, 0] - ax, ax - boxes[:, 2])),
                 np.maximum(0.0, np.maximum(boxes[:, 1] - ay, ay - boxes[:, 3])))
    keep = d >= r.gap if r.optional else np.ones(len(d), bool)
    if r.optional:
        keep &= d <= MAX_LEADER * r.size
    order = np.argsort(d[keep], kind="stable")
    return boxes[keep][order], d[keep][order]


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


def _moved(r: Request, old: Label) -> tuple:
    """The box (text only, px) of a label placed before, moved with its anchor; a label left of its anchor keeps
    its right edge (a new text may be wider or narrower)."""
    dx, dy = r.anchor[0] - old.anchor[0], r.anchor[1] - old.anchor[1]
    x0, y0, x1, y1 = old.box
    w = measure.width(r.text, r.size, r.bold)
    if (x0 + x1) / 2 < old.anchor[0]:
        x0 = x1 - w
    else:
        x1 = x0 + w
    return (x0 + dx, y0 + dy, x1 + dx, y1 + dy)


def follow(requests: list[Request], previous: tuple) -> list[Label]:
    """Labels that keep the places ``previous`` gave them relative to their anchors (while a drag is in
    progress: cheap, and nothing jumps); a label left out before stays out."""
    before = {lb.key: lb for lb in previous}
    kept = [(r, before[r.key or f"{r.target}:{r.text}"]) for r in requests if (r.key or f"{r.target}:{r.text}") in before]
    if not kept:
        return []
    boxes = [_moved(r, old) for r, old in kept]
    near, end = _leaders(np.array(boxes, float), np.array([r.anchor for r, _ in kept], float))
    return [Label(r.text, r.target, r.anchor, box, r.size, r.bold, r.role,
                  (tuple(n), tuple(e)) if old.leader and np.isfinite(e).all() else (), r.backed, old.key)
            for (r, old), box, n, e in zip(kept, boxes, near.tolist(), end.tolist())]


def _best(boxes: np.ndarray, cost: np.ndarray, order: np.ndarray, r: Request, taken: list, starts, ends,
          blocked: Obstacles, chunk: int = 128):
    """Of ``boxes[order]`` (ascending ``cost``), those no placed leader runs through and whose own leader runs
    through no placed label and crosses no placed leader, the one of least cost counting each px of its leader
    over an obstacle ``ACROSS`` times (tested a chunk at a time while a cheaper one may follow)."""
    t = np.asarray(taken, float).reshape(-1, 4)
    best, best_cost = None, np.inf
    for i in range(0, len(order), chunk):
        pick = order[i:i + chunk]
        if cost[pick[0]] >= best_cost:
            break
        some = boxes[pick]
        ok = ~crossing(starts, ends, some).any(axis=0)
        near, end = _leaders(some, r.anchor)
        drawn = np.isfinite(end[:, 0]) & (r.leader | (np.hypot(*(end - near).T) > r.gap + LEADER_BEYOND - 3.0))
        ok[drawn] &= ~crossing(near[drawn], end[drawn], t).any(axis=1)
        ok[drawn] &= ~intersecting(near[drawn], end[drawn], starts, ends).any(axis=1)  # leaders never cross
        total = cost[pick].copy()
        total[drawn] += ACROSS * blocked.across(near[drawn], end[drawn])
        total[~ok] = np.inf
        k = int(np.argmin(total))
        if total[k] < best_cost:
            best, best_cost = tuple(some[k]), float(total[k])
    return best


def _kept(requests: list[Request], keep, bounds: tuple, taken: list, blocked: Obstacles) -> dict:
    """Of the labels placed before (``keep``), those whose place (moved with its anchor) is still clear: inside
    the bounds, off the obstacles and ``taken``, no leader through another label or across another leader; where
    two collide the earlier request keeps its place.  All tested at once: request index -> box (with PAD)."""
    before = {lb.key: lb for lb in keep}
    index = [i for i, r in enumerate(requests) if (r.key or f"{r.target}:{r.text}") in before]
    if not index:
        return {}
    boxes = []
    for i in index:
        r = requests[i]
        x0, y0, x1, y1 = _moved(r, before[r.key or f"{r.target}:{r.text}"])
        boxes.append((x0 - PAD, y0, x1 + PAD, y1))
    boxes = np.array(boxes, float)
    bx0, by0, bx1, by1 = bounds
    ok = (boxes[:, 0] >= bx0) & (boxes[:, 1] >= by0) & (boxes[:, 2] <= bx1) & (boxes[:, 3] <= by1)
    ok &= blocked.count(boxes) == 0
    t = np.asarray(taken, float).reshape(-1, 4)
    ok &= ~((boxes[:, None, 0] < t[None, :, 2]) & (t[None, :, 0] < boxes[:, None, 2])
            & (boxes[:, None, 1] < t[None, :, 3]) & (t[None, :, 1] < boxes[:, None, 3])).any(axis=1)
    near, end = _leaders(boxes, [requests[i].anchor for i in index])
    asked = np.array([requests[i].leader for i in index])
    gap = np.array([requests[i].gap for i in index])
    drawn = np.isfinite(end[:, 0]) & (asked | (np.hypot(*(end - near).T) > gap + LEADER_BEYOND - 3.0))
    ok[drawn] &= ~crossing(near[drawn], end[drawn], t).any(axis=1)
    # pairs: boxes overlapping, a leader through a box, leaders crossing
    clash = ((boxes[:, None, 0] < boxes[None, :, 2]) & (boxes[None, :, 0] < boxes[:, None, 2])
             & (boxes[:, None, 1] < boxes[None, :, 3]) & (boxes[None, :, 1] < boxes[:, None, 3]))
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
    others are then placed in order around them."""
    bx0, by0, bx1, by1 = bounds
    kept = _kept(requests, keep, bounds, taken, blocked)
    chosen = dict(kept)
    taken.extend(kept.values())
    leaders = dict(zip(kept, _label_leaders([requests[i] for i in kept], list(kept.values()))))
    drawn = [leader for leader in leaders.values() if leader]
    starts, ends = np.array([d[0] for d in drawn]).reshape(-1, 2), np.array([d[1] for d in drawn]).reshape(-1, 2)
    for i, r in enumerate(requests):
        if i in kept:
            continue
        w = measure.width(r.text, r.size, r.bold) + 2 * PAD
        h = measure.height(r.size)
        choice = first = over_bone = None
        for search in (lambda: _ring(r, w, h), lambda: _grid(r, w, h, bounds)):
            boxes, cost = search()
            inside = (boxes[:, 0] >= bx0) & (boxes[:, 1] >= by0) & (boxes[:, 2] <= bx1) & (boxes[:, 3] <= by1)
            boxes, cost = boxes[inside], cost[inside]
            if not len(boxes):
                continue
            first = first if first is not None else tuple(boxes[0])
            free = np.ones(len(boxes), bool)  # clear of placed labels
            if taken:
                t = np.asarray(taken, float)
                free &= ~((boxes[:, None, 0] < t[None, :, 2]) & (t[None, :, 0] < boxes[:, None, 2])
                          & (boxes[:, None, 1] < t[None, :, 3]) & (t[None, :, 1] < boxes[:, None, 3])).any(axis=1)
            clear = free & (blocked.count(boxes) == 0)
            order = np.flatnonzero(clear)
            choice = _best(boxes, cost, order if not r.optional else order[:OPTIONAL_TRIES], r, taken, starts, ends,
                           blocked)
            if choice is not None:
                break
            if over_bone is None and not r.optional:
                over_bone = _best(boxes, cost, np.flatnonzero(free), r, taken, starts, ends, blocked)
        if choice is None and not r.optional:
            choice = over_bone or first
        if choice is None:
            continue
        chosen[i] = choice
        taken.append(choice)
        leader = leaders[i] = _label_leaders([r], [choice])[0]
        if leader:
            starts, ends = np.vstack((starts, [leader[0]])), np.vstack((ends, [leader[1]]))
    placed = []
    for i in sorted(chosen):
        r, box = requests[i], chosen[i]
        inner = (box[0] + PAD, box[1], box[2] - PAD, box[3])
        placed.append(Label(r.text, r.target, r.anchor, inner, r.size, r.bold, r.role, leaders[i], r.backed,
                            r.key or f"{r.target}:{r.text}"))
    return placed


def _label_leaders(requests: list[Request], boxes) -> list[tuple]:
    """The leaders of labels placed at ``boxes`` (with PAD), all at once: from the text's box to 3 px short of
    the anchor, drawn when asked for or when the box is far from its anchor; () where none is drawn."""
    if not requests:
        return []
    boxes = np.asarray(boxes, float).reshape(-1, 4)
    anchors = np.array([r.anchor for r in requests], float)
    inner = boxes + (PAD, 0.0, -PAD, 0.0)
    near, end = _leaders(inner, anchors)
    dx = np.maximum(0.0, np.maximum(boxes[:, 0] - anchors[:, 0], anchors[:, 0] - boxes[:, 2]))
    dy = np.maximum(0.0, np.maximum(boxes[:, 1] - anchors[:, 1], anchors[:, 1] - boxes[:, 3]))
    far = np.hypot(dx, dy) > np.array([r.gap for r in requests]) + LEADER_BEYOND
    drawn = (np.array([r.leader for r in requests]) | far) & np.isfinite(end).all(axis=1)
    return [(tuple(n), tuple(e)) if d else () for n, e, d in zip(near.tolist(), end.tolist(), drawn)]

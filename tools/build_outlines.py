"""Derive sagittal line-art of the bones from the OpenSim meshes: ``assets/outlines/bones.json``.

Run offline, from a bare git directory of the opensim-models repository or from an extracted ``Geometry``
folder (the meshes themselves are not shipped; only what this script derives from them)::

    python tools/build_outlines.py /work/.mirror/opensim-org+opensim-models/repo
    python tools/build_outlines.py path/to/Geometry

numpy only. For each bone the mesh is placed in the model's segment frame (the registration below, the same
mapping ``tools/build_model.py`` applies to the muscle points on that segment), projected on the sagittal
plane (x anterior, y superior, seen from the right, +z), and:

- its projected triangles are rasterised on a 0.25 mm grid with a depth buffer; the union's contours
  (marching squares) give the outer outlines and the holes (the obturator foramen);
- the mesh is first smoothed by two steps of Loop subdivision;
- inner feature lines are where the surface folds, seen from the right (the contour generator: vertex
  normals turn from facing the viewer to facing away), chained into polylines, marked visible or hidden
  with the depth buffer, dropped where they run along the outline, and named after the model landmark they
  pass (acetabular rim, trochanters, ...) where one is close;
- the raster staircase is reduced to facets (Douglas-Peucker 0.3 mm), smoothed (Chaikin corner cutting),
  simplified (Douglas-Peucker 0.02 mm) and rounded to 0.1 mm.

See ``assets/sources/bones_notes.md`` for the sources, the licence and why each registration is what it is.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "assets" / "outlines" / "bones.json"
MODEL = ROOT / "assets" / "models" / "sagittal_model.json"

REPO = "opensim-org/opensim-models"
COMMIT = "20a888b9655e73fb84963d6e03eee3752cf6074b"
LICENCE = ("no licence file or statement in opensim-models at this commit (checked: no LICENSE/COPYING, none in "
           "README.md); the meshes ship with the OpenSim application, whose code (opensim-core) is Apache-2.0, and "
           "MyoHub/myo_sim redistributes STL copies under Apache-2.0; see assets/sources/bones_notes.md")
MM = 1000.0
PIXEL = 0.25  # mm, raster grid
SIMPLIFY = 0.02  # mm, Douglas-Peucker tolerance after smoothing (finer than the 0.1 mm rounding: the pelvis keeps ≥ 300 points)
SUBDIVISIONS = 2  # Loop subdivision steps before projecting (see loop_subdivide)
SMOOTHING = 3  # Chaikin corner-cutting passes: the faceted silhouette -> a smooth curve, as a draughtsman draws it
FACET = 0.3  # mm: the raster staircase is first reduced to the mesh's facets at this tolerance
MIN_HOLE_AREA = 4.0  # mm^2: smaller gaps are cracks between triangles, not anatomy
MIN_ISLAND_AREA = 4.0  # mm^2
MIN_FEATURE_LENGTH = 6.0  # mm
ON_OUTLINE = 0.8  # mm: feature-line points this close to the outline are the outline itself
CREASE_DEG = 40.0  # faces meeting at more than this make a ridge or groove
BRIM_CREASE_DEG = 30.0  # the arcuate line is a blunt ridge
BRIM_REACH = 20.0  # mm: the model's brim point lies in the muscle in front of the bone
CREASE_ON_OUTLINE = 1.5  # mm: the unsmoothed mesh stands up to ~1 mm outside the smoothed outline


# --- reading ------------------------------------------------------------------------------------------
class Source:
    """Mesh files from a bare git directory (at COMMIT) or from a folder of .vtp files."""

    def __init__(self, path: str):
        self.path = Path(path)
        self.git = (self.path / "HEAD").exists() and (self.path / "objects").exists()
        if not self.git and not self.path.is_dir():
            fail(f"{path} is neither a git directory nor a Geometry folder")

    def text(self, name: str) -> str:
        if self.git:
            run = subprocess.run(["git", f"--git-dir={self.path}", "show", f"{COMMIT}:Geometry/{name}"],
                                 capture_output=True, text=True)
            if run.returncode:
                fail(f"{self.path}: no Geometry/{name} at commit {COMMIT}")
            return run.stdout
        try:
            return (self.path / name).read_text()
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"{self.path / name}: cannot read ({exc.__class__.__name__})")


def fail(message: str):
    print(f"build_outlines: {message}", file=sys.stderr)
    raise SystemExit(2)


def read_vtp(text: str, name: str = "mesh"):
    """ASCII VTK PolyData -> points (N, 3) in m, triangles (M, 3) (polygons fanned)."""
    def array(section, field=None):
        body = re.search(rf"<{section}>(.*?)</{section}>", text, re.S)
        pattern = rf'<DataArray[^>]*Name="{field}"[^>]*>(.*?)</DataArray>' if field else r"<DataArray[^>]*>(.*?)</DataArray>"
        found = re.search(pattern, body.group(1), re.S) if body else None
        if not found:
            fail(f"{name}: not an ASCII VTK PolyData file (no {section} {field or 'array'})")
        return np.array(found.group(1).split(), dtype=float)

    points = array("Points").reshape(-1, 3)
    conn = array("Polys", "connectivity").astype(int)
    offsets = array("Polys", "offsets").astype(int)
    tris = []
    start = 0
    for end in offsets:
        poly = conn[start:end]
        tris.extend((poly[0], poly[k], poly[k + 1]) for k in range(1, len(poly) - 1))
        start = end
    return points, np.array(tris, dtype=int)


# --- smoothing the mesh ------------------------------------------------------------------------------------
def loop_subdivide(points: np.ndarray, tris: np.ndarray):
    """One step of Loop subdivision (Loop 1987): every triangle -> 4, vertices moved towards the smooth
    limit surface. The meshes are coarse (212 vertices for a vertebra), and their silhouettes and folds are
    zig-zags of facet edges; on the subdivided surface they become the smooth curves a draughtsman draws."""
    n = len(points)
    pairs = np.concatenate([tris[:, [0, 1]], tris[:, [1, 2]], tris[:, [2, 0]]])
    opposite = np.concatenate([tris[:, 2], tris[:, 0], tris[:, 1]])
    edges, edge_of = np.unique(np.sort(pairs, axis=1), axis=0, return_inverse=True)
    edge_of = edge_of.reshape(-1)
    count = np.bincount(edge_of, minlength=len(edges))
    opp_sum = np.zeros((len(edges), 3))
    np.add.at(opp_sum, edge_of, points[opposite])
    a, b = points[edges[:, 0]], points[edges[:, 1]]
    inner = count == 2
    edge_points = 0.5 * (a + b)
    edge_points[inner] = 0.375 * (a[inner] + b[inner]) + 0.125 * opp_sum[inner]
    valence = np.bincount(edges.ravel(), minlength=n).astype(float)
    nbr_sum = np.zeros((n, 3))
    np.add.at(nbr_sum, edges[:, 0], b)
    np.add.at(nbr_sum, edges[:, 1], a)
    with np.errstate(divide="ignore", invalid="ignore"):
        beta = (0.625 - (0.375 + 0.25 * np.cos(2 * np.pi / valence)) ** 2) / valence
    beta = np.nan_to_num(beta)
    moved = (1 - valence * beta)[:, None] * points + beta[:, None] * nbr_sum
    border = edges[count != 2]
    border_count = np.bincount(border.ravel(), minlength=n)
    border_sum = np.zeros((n, 3))
    np.add.at(border_sum, border[:, 0], points[border[:, 1]])
    np.add.at(border_sum, border[:, 1], points[border[:, 0]])
    on_border = border_count > 0
    moved[on_border] = points[on_border]  # border and non-manifold vertices stay put ...
    two = border_count == 2
    moved[two] = 0.75 * points[two] + 0.125 * border_sum[two]  # ... except on a simple border curve
    e = edge_of.reshape(3, -1).T + n  # edge-point index of edges (0-1, 1-2, 2-0) of each triangle
    t0, t1, t2 = tris[:, 0], tris[:, 1], tris[:, 2]
    new = np.concatenate([np.column_stack([t0, e[:, 0], e[:, 2]]), np.column_stack([t1, e[:, 1], e[:, 0]]),
                          np.column_stack([t2, e[:, 2], e[:, 1]]), e])
    return np.vstack([moved, edge_points]), new


# --- raster of the projected mesh --------------------------------------------------------------------
class Raster:
    """Coverage and depth (largest z: nearest to a viewer on the right) of projected triangles, mm grid."""

    def __init__(self, points_mm: np.ndarray, tris: np.ndarray, pixel: float = PIXEL):
        self.pixel = pixel
        xy = points_mm[:, :2]
        self.origin = xy.min(axis=0) - 4 * pixel
        shape = np.ceil((xy.max(axis=0) - self.origin) / pixel).astype(int) + 5
        self.depth = np.full((shape[1], shape[0]), -np.inf)  # [row = y, col = x]
        grid = (xy - self.origin) / pixel - 0.5  # pixel-centre coordinates
        z = points_mm[:, 2]
        pad = 0.25  # px: close cracks thinner than this between neighbouring triangles
        for tri in tris:
            p = grid[tri]
            area = (p[1, 0] - p[0, 0]) * (p[2, 1] - p[0, 1]) - (p[2, 0] - p[0, 0]) * (p[1, 1] - p[0, 1])
            if abs(area) < 1e-9:
                continue  # seen edge-on: its neighbours cover it
            lo = np.maximum(np.floor(p.min(axis=0) - pad).astype(int), 0)
            hi = np.ceil(p.max(axis=0) + pad).astype(int) + 1
            xs, ys = np.meshgrid(np.arange(lo[0], hi[0]), np.arange(lo[1], hi[1]))
            inside = np.ones(xs.shape, dtype=bool)
            bary = []
            for k in range(3):
                a, b = p[(k + 1) % 3], p[(k + 2) % 3]
                edge = b - a
                # signed distance (px) of each pixel centre from edge a->b, positive inside
                d = (edge[0] * (ys - a[1]) - edge[1] * (xs - a[0])) * np.sign(area) / np.hypot(*edge)
                inside &= d >= -pad
                bary.append((edge[0] * (ys - a[1]) - edge[1] * (xs - a[0])) / area)
            if not inside.any():
                continue
            zz = bary[0] * z[tri[0]] + bary[1] * z[tri[1]] + bary[2] * z[tri[2]]
            block = self.depth[lo[1]:hi[1], lo[0]:hi[0]]
            np.maximum(block, np.where(inside, zz, -np.inf), out=block)
        self.covered = np.isfinite(self.depth)
        self._around = {}

    def cell(self, xy: np.ndarray):
        ij = np.floor((xy - self.origin) / self.pixel).astype(int)
        ij[:, 0] = np.clip(ij[:, 0], 0, self.depth.shape[1] - 1)
        ij[:, 1] = np.clip(ij[:, 1], 0, self.depth.shape[0] - 1)
        return ij[:, 1], ij[:, 0]

    def farthest_depth_around(self, distance: float) -> np.ndarray:
        """The smallest depth (the surface farthest from the viewer) within ``distance`` mm of each pixel."""
        if distance in self._around:
            return self._around[distance]
        radius = int(math.ceil(distance / self.pixel))
        out = self.depth.copy()
        h, w = out.shape
        for dy in range(-radius, radius + 1):
            for dx in range(-radius, radius + 1):
                if dx * dx + dy * dy > radius * radius:
                    continue
                src = self.depth[max(0, -dy):h - max(0, dy), max(0, -dx):w - max(0, dx)]
                dst = out[max(0, dy):h - max(0, -dy), max(0, dx):w - max(0, -dx)]
                np.minimum(dst, src, out=dst)
        self._around[distance] = out
        return out

    def near_edge(self, distance: float) -> np.ndarray:
        """Pixels within ``distance`` mm of the boundary of the covered region."""
        c = self.covered
        edge = np.zeros_like(c)
        edge[1:] |= c[1:] != c[:-1]
        edge[:-1] |= c[1:] != c[:-1]
        edge[:, 1:] |= c[:, 1:] != c[:, :-1]
        edge[:, :-1] |= c[:, 1:] != c[:, :-1]
        return dilate(edge, int(math.ceil(distance / self.pixel)))


def dilate(mask: np.ndarray, radius: int) -> np.ndarray:
    out = mask.copy()
    for dy in range(-radius, radius + 1):
        for dx in range(-radius, radius + 1):
            if dx * dx + dy * dy > radius * radius:
                continue
            src = mask[max(0, -dy):mask.shape[0] - max(0, dy), max(0, -dx):mask.shape[1] - max(0, dx)]
            out[max(0, dy):mask.shape[0] - max(0, -dy), max(0, dx):mask.shape[1] - max(0, -dx)] |= src
    return out


# --- contours: marching squares on the coverage ---------------------------------------------------------
# Cell corners: a = (row, col), b = (row, col+1), c = (row+1, col+1), d = (row+1, col). Edge midpoints:
# 'ab' lies on row, 'dc' on row+1, 'ad' on col, 'bc' on col+1. Saddles are split (filled corners apart).
_CASES = {1: [("ad", "dc")], 2: [("dc", "bc")], 3: [("ad", "bc")], 4: [("ab", "bc")],
          5: [("ad", "dc"), ("ab", "bc")], 6: [("ab", "dc")], 7: [("ab", "ad")], 8: [("ab", "ad")],
          9: [("ab", "dc")], 10: [("ab", "ad"), ("dc", "bc")], 11: [("ab", "bc")], 12: [("ad", "bc")],
          13: [("bc", "dc")], 14: [("ad", "dc")]}


def contours(raster: Raster) -> list[np.ndarray]:
    """Closed rings (mm) of the boundary of the covered pixels."""
    f = np.pad(raster.covered, 1).astype(int)
    rows, cols = f.shape
    case = f[:-1, :-1] * 8 + f[:-1, 1:] * 4 + f[1:, 1:] * 2 + f[1:, :-1]

    def key(edge, r, c):  # horizontal midpoints even, vertical odd
        if edge == "ab":
            return 2 * (r * cols + c)
        if edge == "dc":
            return 2 * ((r + 1) * cols + c)
        if edge == "ad":
            return 2 * (r * cols + c) + 1
        return 2 * (r * cols + c + 1) + 1

    neighbours: dict[int, list[int]] = {}
    for k, segments in _CASES.items():
        r, c = np.nonzero(case == k)
        for e1, e2 in segments:
            for a, b in zip(key(e1, r, c).tolist(), key(e2, r, c).tolist()):
                neighbours.setdefault(a, []).append(b)
                neighbours.setdefault(b, []).append(a)
    rings = []
    seen = set()
    for start in neighbours:
        if start in seen:
            continue
        ring = [start]
        seen.add(start)
        prev, cur = None, start
        while True:
            nxt = [n for n in neighbours[cur] if n != prev]
            nxt = nxt[0] if nxt else neighbours[cur][0]
            if nxt == start:
                break
            ring.append(nxt)
            seen.add(nxt)
            prev, cur = cur, nxt
        keys = np.array(ring)
        cell, vertical = keys // 2, keys % 2
        r, c = cell // cols, cell % cols
        # midpoint in padded pixel-centre coordinates, then mm (the pad shifts by one pixel)
        px = c + 0.5 * (1 - vertical) - 1
        py = r + 0.5 * vertical - 1
        rings.append(np.column_stack([raster.origin[0] + (px + 0.5) * raster.pixel,
                                      raster.origin[1] + (py + 0.5) * raster.pixel]))
    return rings


def signed_area(ring: np.ndarray) -> float:
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))


def inside(point: np.ndarray, ring: np.ndarray) -> bool:
    x, y = ring[:, 0], ring[:, 1]
    x2, y2 = np.roll(x, -1), np.roll(y, -1)
    crosses = (y > point[1]) != (y2 > point[1])
    with np.errstate(divide="ignore", invalid="ignore"):
        xi = x + (point[1] - y) * (x2 - x) / (y2 - y)
    return bool(np.count_nonzero(crosses & (point[0] < xi)) % 2)


def shapes(rings: list[np.ndarray]):
    """Rings -> [(outer ring ccw, [hole rings cw])], dropping islands and holes below the area limits."""
    depth = []
    for i, ring in enumerate(rings):
        depth.append(sum(inside(ring[0], other) for j, other in enumerate(rings) if j != i))
    outers = [r for r, d in zip(rings, depth) if d % 2 == 0 and abs(signed_area(r)) >= MIN_ISLAND_AREA]
    holes = [r for r, d in zip(rings, depth) if d % 2 == 1 and abs(signed_area(r)) >= MIN_HOLE_AREA]
    out = []
    for outer in outers:
        mine = [h for h in holes if inside(h[0], outer)
                and not any(inside(h[0], o) and inside(o[0], outer) for o in outers if o is not outer)]
        out.append((orient(outer, ccw=True), [orient(h, ccw=False) for h in mine]))
    out.sort(key=lambda s: -abs(signed_area(s[0])))
    return out


def orient(ring, ccw):
    return ring if (signed_area(ring) > 0) == ccw else ring[::-1]


# --- simplification ---------------------------------------------------------------------------------------
def douglas_peucker(line: np.ndarray, tol: float) -> np.ndarray:
    keep = np.zeros(len(line), dtype=bool)
    keep[[0, -1]] = True
    stack = [(0, len(line) - 1)]
    while stack:
        i, j = stack.pop()
        if j <= i + 1:
            continue
        a, b = line[i], line[j]
        seg = b - a
        pts = line[i + 1:j] - a
        n = np.hypot(*seg)
        d = np.abs(seg[0] * pts[:, 1] - seg[1] * pts[:, 0]) / n if n > 0 else np.hypot(pts[:, 0], pts[:, 1])
        k = int(np.argmax(d))
        if d[k] > tol:
            keep[i + 1 + k] = True
            stack += [(i, i + 1 + k), (i + 1 + k, j)]
    return line[keep]


def chaikin(line: np.ndarray, closed: bool, passes: int = SMOOTHING) -> np.ndarray:
    """Corner cutting (each pass replaces every segment by its 1/4 and 3/4 points): the limit is the
    quadratic B-spline of the polygon, which stays within the mesh's faceting error of the silhouette."""
    for _ in range(passes):
        a = line
        b = np.roll(line, -1, axis=0) if closed else line[1:]
        a = a if closed else line[:-1]
        cut = np.empty((2 * len(a), 2))
        cut[0::2] = 0.75 * a + 0.25 * b
        cut[1::2] = 0.25 * a + 0.75 * b
        line = cut if closed else np.vstack([line[:1], cut, line[-1:]])
    return line


def simplify_ring(ring: np.ndarray, tol: float) -> np.ndarray:
    ring = chaikin(douglas_peucker_ring(ring, FACET), closed=True)
    return douglas_peucker_ring(ring, tol)


def douglas_peucker_ring(ring: np.ndarray, tol: float) -> np.ndarray:
    far = int(np.argmax(np.hypot(*(ring - ring[0]).T)))
    closed = np.vstack([ring, ring[:1]])
    a = douglas_peucker(closed[:far + 1], tol)
    b = douglas_peucker(closed[far:], tol)
    return np.vstack([a, b[1:-1]])


# --- feature lines -----------------------------------------------------------------------------------------
def feature_lines(points_mm: np.ndarray, tris: np.ndarray, raster: Raster) -> list[tuple[np.ndarray, bool]]:
    """Fold lines of the surface seen from the right -> [(polyline mm, visible)].

    The contour generator of the smooth surface (Hertzmann & Zorin 2000): the zero set of the z component of
    the interpolated vertex normals, where the surface turns from facing the viewer to facing away. Where it
    runs along the outer outline it is the outline itself and is left out; elsewhere it draws the rims and
    edges a draughtsman draws inside the silhouette. Marked hidden where the bone itself covers it.
    """
    v0, v1, v2 = (points_mm[tris[:, k]] for k in range(3))
    face_normal = np.cross(v1 - v0, v2 - v0)  # area-weighted
    vertex_normal = np.zeros_like(points_mm)
    for k in range(3):
        np.add.at(vertex_normal, tris[:, k], face_normal)
    length = np.linalg.norm(vertex_normal, axis=1)
    f = np.where(length > 0, vertex_normal[:, 2] / np.maximum(length, 1e-12), 0.0)
    f = np.where(f == 0.0, 1e-9, f)
    pairs = np.concatenate([tris[:, [0, 1]], tris[:, [1, 2]], tris[:, [2, 0]]])
    edges, edge_of = np.unique(np.sort(pairs, axis=1), axis=0, return_inverse=True)
    edge_of = edge_of.reshape(3, -1).T  # (triangles, 3)
    fa, fb = f[edges[:, 0]], f[edges[:, 1]]
    crossing = fa * fb < 0
    t = np.where(crossing, fa / np.where(crossing, fa - fb, 1.0), 0.0)
    node_xyz = points_mm[edges[:, 0]] + t[:, None] * (points_mm[edges[:, 1]] - points_mm[edges[:, 0]])
    crosses = crossing[edge_of]  # (triangles, 3)
    two = crosses.sum(axis=1) == 2
    ids = edge_of[two][crosses[two]].reshape(-1, 2)  # one segment per triangle, between its two crossings
    if not len(ids):
        return []
    used = np.unique(ids)
    r, c = raster.cell(node_xyz[used, :2])
    near_outline = np.zeros(len(edges), dtype=bool)
    near_outline[used] = raster.near_edge(ON_OUTLINE)[r, c]
    # A fold point is visible unless another sheet of the bone lies in front of it all around. The surface
    # is seen edge-on at the fold, where one pixel's depth is unreliable, so the point is compared with the
    # farthest depth within 1 mm: only a sheet that covers the whole neighbourhood hides it.
    front = raster.farthest_depth_around(1.0)
    visible = np.zeros(len(edges), dtype=bool)
    visible[used] = node_xyz[used, 2] >= front[r, c] - 1.0
    ids = ids[~near_outline[ids].any(axis=1)]
    return _pieces(chain_edges(ids), node_xyz, visible)


def crease_lines(points_mm: np.ndarray, tris: np.ndarray, raster: Raster,
                 angle: float = CREASE_DEG) -> list[tuple[np.ndarray, bool]]:
    """Ridges and grooves of the (unsmoothed) mesh: edges whose faces meet at more than ``angle``, chained
    -> [(polyline mm, visible)], left out along the outline, hidden where the bone covers them."""
    v0, v1, v2 = (points_mm[tris[:, k]] for k in range(3))
    normal = np.cross(v1 - v0, v2 - v0)
    normal /= np.maximum(np.linalg.norm(normal, axis=1), 1e-12)[:, None]
    edges = np.sort(np.concatenate([tris[:, [0, 1]], tris[:, [1, 2]], tris[:, [2, 0]]]), axis=1)
    faces = np.tile(np.arange(len(tris)), 3)
    order = np.lexsort((edges[:, 1], edges[:, 0]))
    edges, faces = edges[order], faces[order]
    pair = np.nonzero(np.all(edges[1:] == edges[:-1], axis=1))[0]
    cos = np.einsum("ij,ij->i", normal[faces[pair]], normal[faces[pair + 1]])
    chosen = edges[pair][cos < math.cos(math.radians(angle))]
    if not len(chosen):
        return []
    r, c = raster.cell(points_mm[:, :2])
    near = raster.near_edge(CREASE_ON_OUTLINE)[r, c]
    visible = points_mm[:, 2] >= raster.farthest_depth_around(1.0)[r, c] - 1.0
    chosen = chosen[~near[chosen].any(axis=1)]
    return _pieces(chain_edges(chosen), points_mm, visible)


def _pieces(chains, xyz, visible):
    """Chains of vertex ids -> smoothed polylines split where their visibility changes."""
    lines = []
    for chain in chains:
        chain = np.asarray(chain)
        xy = xyz[chain, :2]
        step = np.r_[0.0, np.cumsum(np.hypot(*np.diff(xy, axis=0).T))]
        for a, b, flag in runs(visible[chain], step):
            if step[b] - step[a] >= MIN_FEATURE_LENGTH:
                piece = douglas_peucker(chaikin(douglas_peucker(xy[a:b + 1], FACET), closed=False), SIMPLIFY)
                lines.append((piece, bool(flag)))
    return lines


def acetabular_rim(points_mm, tris, centre, radius, raster) -> list[tuple[np.ndarray, bool]]:
    """The border of the socket: of the surface lying on the femoral-head sphere (within 3 mm of the
    ``radius`` sphere about the acetabular ``centre``), the edges that leave it."""
    on = np.abs(np.linalg.norm(points_mm - centre, axis=1) - radius) < 3.0
    edges = np.unique(np.sort(np.concatenate([tris[:, [0, 1]], tris[:, [1, 2]], tris[:, [2, 0]]]), axis=1), axis=0)
    border = edges[on[edges[:, 0]] != on[edges[:, 1]]]
    # the crossing points of those edges, chained through the triangles that hold two of them
    key = {tuple(e): i for i, e in enumerate(border.tolist())}
    segs = []
    for t in tris:
        hit = [key[k] for k in (tuple(sorted((t[0], t[1]))), tuple(sorted((t[1], t[2]))), tuple(sorted((t[2], t[0]))))
               if k in key]
        if len(hit) == 2:
            segs.append(hit)
    mid = 0.5 * (points_mm[border[:, 0]] + points_mm[border[:, 1]])
    r, c = raster.cell(mid[:, :2])
    visible = mid[:, 2] >= raster.farthest_depth_around(1.0)[r, c] - 1.0
    chains = sorted(chain_edges(np.array(segs)), key=len, reverse=True)[:1]  # the rim is the longest loop
    return _pieces(chains, mid, visible)


def pelvic_brim(points_mm, tris, brim_point) -> list[tuple[np.ndarray, bool]]:
    """The arcuate line and pecten pubis (the pelvic brim the psoas runs over): the longest ridge of the
    medial surface (seen from the left, faces meeting at more than BRIM_CREASE_DEG) that ends within
    BRIM_REACH mm of the psoas brim point of the model. Seen from the right it lies behind the bone."""
    mirrored, flipped = points_mm * (1.0, 1.0, -1.0), tris[:, ::-1]  # the medial side towards the viewer
    smooth, smooth_tris = mirrored, flipped
    for _ in range(SUBDIVISIONS):
        smooth, smooth_tris = loop_subdivide(smooth, smooth_tris)
    medial = Raster(smooth, smooth_tris)
    ridges = [line for line, seen in crease_lines(mirrored, flipped, medial, BRIM_CREASE_DEG) if seen]
    near = [r for r in ridges if min(np.hypot(*(r[[0, -1]] - brim_point).T)) <= BRIM_REACH]
    if not near:
        return []
    line = max(near, key=lambda r: np.sum(np.hypot(*np.diff(r, axis=0).T)))
    return [(line, False)]  # on the medial surface: seen from the right through the bone


def runs(flags: np.ndarray, along: np.ndarray, shortest: float = 2.0):
    """Split a chain into runs of equal visibility, [(first, last, flag)]; runs shorter than ``shortest`` mm
    take the flag of the run before them (visibility flickers where a fold meets the sheet in front)."""
    flags = flags.copy()
    out = []
    start = 0
    for i in range(1, len(flags) + 1):
        if i == len(flags) or flags[i] != flags[start]:
            if out and along[i - 1] - along[start] < shortest:
                flags[start:i] = out[-1][2]
                out[-1] = (out[-1][0], i - 1, out[-1][2])
            elif out and out[-1][2] == flags[start]:
                out[-1] = (out[-1][0], i - 1, out[-1][2])
            else:
                out.append((max(start - 1, 0), i - 1, flags[start]))
            start = i
    return out


def chain_edges(edges: np.ndarray) -> list[list[int]]:
    """Undirected edges -> vertex chains (split at branch points)."""
    adj: dict[int, list[int]] = {}
    for a, b in edges.tolist():
        adj.setdefault(a, []).append(b)
        adj.setdefault(b, []).append(a)
    used = set()
    chains = []

    def walk(start, nxt):
        chain = [start, nxt]
        used.add((min(start, nxt), max(start, nxt)))
        prev, cur = start, nxt
        while len(adj[cur]) == 2:
            n = adj[cur][0] if adj[cur][1] == prev else adj[cur][1]
            key = (min(cur, n), max(cur, n))
            if key in used:
                break
            used.add(key)
            chain.append(n)
            prev, cur = cur, n
        return chain

    for v in adj:  # open chains start at ends and branch points
        if len(adj[v]) != 2:
            for n in adj[v]:
                if (min(v, n), max(v, n)) not in used:
                    chains.append(walk(v, n))
    for v in adj:  # what is left are closed loops
        for n in adj[v]:
            if (min(v, n), max(v, n)) not in used:
                chains.append(walk(v, n))
    return chains


# --- registration: mesh frame (m) -> model segment frame (mm) --------------------------------------------
sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_model as BM  # noqa: E402  (the same frame mappings the muscle points go through)

ACETABULUM_RADIUS = 25.0  # mm: femoral head (23.1 mm sphere fitted to femur_r.vtp) plus cartilage
CHRISTOPHY_DISPLAY_SCALE = 0.87  # Lumbar_C_210: VisibleObject scale_factors of lumbar1-5 and torso


def acetabulum_centre(points_mm: np.ndarray, start, radius: float) -> np.ndarray:
    """Centre of the empty sphere of ``radius`` that touches most vertices (the socket), near ``start``."""
    best = (-1, None)
    steps = np.arange(-12.0, 12.01, 0.5)
    for dx in steps:
        for dy in steps:
            for dz in np.arange(-8.0, 8.01, 1.0):
                c = np.asarray(start) + (dx, dy, dz)
                d = np.linalg.norm(points_mm - c, axis=1)
                if (d < radius - 2).any():
                    continue
                score = int(np.count_nonzero(d < radius + 2.5))
                if score > best[0]:
                    best = (score, c)
    return best[1]


def surface_distance(points_mm, tris, query, samples=6):
    a, b, c = (points_mm[tris[:, k]] for k in range(3))
    u = np.linspace(0.0, 1.0, samples)
    cloud = np.vstack([a + (b - a) * i + (c - a) * j for i in u for j in u if i + j <= 1])
    return np.array([np.sqrt(((cloud - q) ** 2).sum(axis=1).min()) for q in query])


def rot_z(deg):
    a = math.radians(deg)
    return np.array([[math.cos(a), -math.sin(a), 0.0], [math.sin(a), math.cos(a), 0.0], [0.0, 0.0, 1.0]])


#: Rajagopal2015 pelvic path points that lie on bone (origins and bony via points), which place the pelvis
#: mesh in the Rajagopal pelvis frame. The brim via points of psoas and iliacus sit in the muscle in front of
#: the bone and are used to check, not to fit.
BONY_RAJAGOPAL = ["sart_r", "tfl_r", "recfem_r", "addlong_r", "addmagProx_r", "addmagMid_r", "addmagDist_r",
                  "addmagIsch_r", "semimem_r", "semiten_r", "bflh_r", "glmax1_r", "glmax2_r", "iliacus_r"]


def rajagopal_bony_points():
    out = []
    for m in BM.RAJ["muscles"]:
        if m["name"] in BONY_RAJAGOPAL:
            p = m["path_points"][0]
            assert p["body"] == "pelvis", p
            out.append((p["name"], [v * MM for v in p["location"]]))
    return out


def pelvis_registration(src: Source):
    """Christophy pelvis frame (pelvis_rv.vtp, sacrumv.vtp) -> model pelvis frame.

    The Christophy pelvis frame is not the Rajagopal one (its own muscle points lie on pelvis_rv.vtp, the
    Rajagopal hip centre is 21 mm from its acetabulum). The mesh is turned about its acetabulum centre,
    which goes to the Rajagopal hip centre (the model origin), by the angle that brings the Rajagopal bony
    attachment points closest to its surface (least median distance, 0.25 deg steps).
    """
    pts, tris = read_vtp(src.text("pelvis_rv.vtp"), "pelvis_rv.vtp")
    pts = pts * MM
    centre = acetabulum_centre(pts, (-77.0, -80.0, 82.0), radius=ACETABULUM_RADIUS)
    hip = np.array([BM.RAJ_HIP[0], BM.RAJ_HIP[1], BM.RAJ_HIP[2]]) * MM
    bony = rajagopal_bony_points()
    query = np.array([p for _, p in bony])
    best = None
    for deg in np.arange(-30.0, 30.01, 0.25):
        placed = (pts - centre) @ rot_z(deg).T + hip
        score = float(np.median(surface_distance(placed, tris, query, samples=4)))
        if best is None or score < best[0]:
            best = (score, deg)
    deg = best[1]
    placed = (pts - centre) @ rot_z(deg).T + hip
    dist = surface_distance(placed, tris, query)
    # model pelvis frame: x, y from the hip centre; z from the mid-sagittal plane (build_model.pelvis_point)
    translation = hip - rot_z(deg) @ centre - np.array([hip[0], hip[1], 0.0])
    return {"rotation_z_deg": deg, "scale": 1.0, "translation_mm": translation,
            "acetabulum_centre_in_mesh_mm": centre,
            "fit": {name: round(float(d), 1) for (name, _), d in zip(bony, dist)},
            "method": "pelvis_registration in tools/build_outlines.py: acetabulum centre (the empty 25 mm "
                      "sphere touching most vertices) to the Rajagopal2015 hip_r centre, then a turn about z "
                      "fitted to Rajagopal2015 bony attachment points (least median surface distance)"}


def sacrum_registration():
    """Christophy pelvis frame (sacrumv.vtp) -> model sacral_base frame, through L5.

    In Lumbar_C_210 the L5 frame sits at the L5_S1_IVDjnt (location_in_parent in the sacrum frame, which is
    welded 49 mm below the pelvis frame) parallel to the pelvis frame at zero flexion. The model's lumbar5
    frame is that joint frame, standing on the S1 endplate at its neutral angle; so the sacrum is placed
    where Lumbar_C_210 has it relative to L5, and then rides on sacral_base (it turns with pelvic incidence).
    """
    model = json.loads(MODEL.read_text())
    l5 = model["bodies"]["lumbar5"]
    extension = sum(model["bodies"][v]["neutral_angle_deg"] for v in BM.VERTEBRAE)
    angle = l5["lordosis_share"] * extension  # lumbar5 relative to sacral_base in neutral standing
    weld = (BM.CHR_BODIES["pelvis"]["joint"]["location_in_parent"][1]
            - BM.CHR_BODIES["sacrum"]["joint"]["location_in_parent"][1])
    joint = BM.CHR_BODIES["lumbar5"]["joint"]["location_in_parent"]
    j = np.array([joint[0], joint[1] - weld, 0.0]) * MM  # L5/S1 joint in the Christophy pelvis frame
    origin = np.array([l5["origin"][0], l5["origin"][1], 0.0])
    return {"rotation_z_deg": angle, "scale": 1.0, "translation_mm": origin - rot_z(angle) @ j,
            "method": "sacrum_registration in tools/build_outlines.py: Lumbar_C_210 sacrum relative to its L5 "
                      "(L5_S1_IVDjnt), placed under the model's lumbar5 frame at its neutral angle"}


def christophy_lumbar(level):
    return {"rotation_z_deg": 0.0, "scale": CHRISTOPHY_DISPLAY_SCALE, "translation_mm": np.zeros(3),
            "method": f"Lumbar_C_210 lumbar{level} body frame, display scale 0.87 as in the model file; the model "
                      "maps Christophy lumbar points by identity (build_model.christophy_point)"}


def christophy_torso():
    return {"rotation_z_deg": 0.0, "scale": CHRISTOPHY_DISPLAY_SCALE, "translation_mm": np.zeros(3),
            "method": "Lumbar_C_210 torso body frame, display scale 0.87 as in the model file; the model's thorax "
                      "frame is the Christophy torso frame (build_model.chr_pt)"}


def femur_frame():
    t = np.array(BM.femur_point([0.0, 0.0, 0.0]))
    return {"rotation_z_deg": 0.0, "scale": 1.0, "translation_mm": t,
            "method": "femur frame, origin at the femoral head centre (build_model.femur_point)"}


def tibia_frame():
    t = np.array(BM.tibia_point([0.0, 0.0, 0.0]))
    return {"rotation_z_deg": 0.0, "scale": 1.0, "translation_mm": t,
            "method": "Rajagopal2015 tibia_r frame relative to the knee hinge centre (build_model.tibia_point)"}


def apply(reg, points_m):
    return (points_m * MM * reg["scale"]) @ rot_z(reg["rotation_z_deg"]).T + reg["translation_mm"]


# --- the bones -------------------------------------------------------------------------------------------
#: name -> (segment, mesh files, registration, minimum outline points for the check at the end)
def bones(src: Source):
    pelvis = pelvis_registration(src)
    table = {
        "pelvis": ("pelvis", ["pelvis_rv.vtp"], pelvis, "Christophy et al. 2012 Lumbar_C_210 (right hemipelvis)"),
        "sacrum": ("sacral_base", ["sacrumv.vtp"], sacrum_registration(),
                   "Christophy et al. 2012 Lumbar_C_210 (sacrum and coccyx; in its pelvis frame, like pelvis_rv.vtp)"),
    }
    for level in range(5, 0, -1):
        table[f"L{level}"] = (f"lumbar{level}", [f"lumbar{level}.vtp"], christophy_lumbar(level),
                              "Christophy et al. 2012 Lumbar_C_210")
    table["T12"] = ("thorax", ["thoracic12_s.vtp"], christophy_torso(), "Christophy et al. 2012 Lumbar_C_210 torso")
    table["rib_cage"] = ("thorax", ["ribcage_s.vtp"], christophy_torso(), "Christophy et al. 2012 Lumbar_C_210 torso")
    table["femur"] = ("femur", ["femur_r.vtp"], femur_frame(), "Delp et al. 1990 gait2392 family (right femur)")
    table["tibia"] = ("tibia", ["r_tibia.vtp"], tibia_frame(), "Rajagopal et al. 2016 (right tibia)")
    return table


#: feature-line names: a line is named after the model landmark (same segment) it passes within ``reach`` mm of
NAMED_FEATURES = {
    "pelvis": [("iliac crest", "iliac_crest", 10.0),
               ("anterior inferior iliac spine", "aiis", 8.0), ("ischial tuberosity", "ischial_tuberosity", 10.0)],
    "femur": [("greater trochanter", "greater_trochanter", 12.0), ("lesser trochanter", "lesser_trochanter", 12.0)],
}


def name_features(bone, lines, landmarks):
    names = [None] * len(lines)
    for label, landmark, reach in NAMED_FEATURES.get(bone, []):
        at = np.array(landmarks[landmark]["location"][:2])
        for i, (line, _) in enumerate(lines):
            if names[i] is None and np.min(np.hypot(*(line - at).T)) <= reach:
                names[i] = label
    return names


def derive(src: Source, bone, segment, files, reg, landmarks):
    pts, tris = [], []
    for f in files:
        p, t = read_vtp(src.text(f), f)
        tris.append(t + sum(len(q) for q in pts))
        pts.append(apply(reg, p))
    pts, tris = np.vstack(pts), np.vstack(tris)
    mesh_size = (int(len(pts)), int(len(tris)))
    smooth, smooth_tris = pts, tris
    for _ in range(SUBDIVISIONS):
        smooth, smooth_tris = loop_subdivide(smooth, smooth_tris)
    raster = Raster(smooth, smooth_tris)
    shp = [(simplify_ring(o, SIMPLIFY), [simplify_ring(h, SIMPLIFY) for h in holes])
           for o, holes in shapes(contours(raster))]
    lines = [(line, vis, "fold") for line, vis in feature_lines(smooth, smooth_tris, raster)]
    lines += [(line, vis, "crease") for line, vis in crease_lines(pts, tris, raster)]
    names = name_features(bone, [(line, vis) for line, vis, _ in lines], landmarks)
    if "acetabulum_centre_in_mesh_mm" in reg:
        centre = apply(reg, np.asarray(reg["acetabulum_centre_in_mesh_mm"])[None] / MM)[0]
        rim = acetabular_rim(pts, tris, centre, ACETABULUM_RADIUS, raster)
        lines += [(line, vis, "rim") for line, vis in rim]
        names += ["acetabular rim"] * len(rim)
        brim = pelvic_brim(pts, tris, np.array(landmarks["iliopubic_eminence"]["location"][:2]))
        lines += [(line, vis, "crease") for line, vis in brim]
        names += ["pelvic brim (arcuate line)"] * len(brim)
    r = lambda a: np.round(a, 1).tolist()  # noqa: E731
    return {
        "segment": segment,
        "shapes": [{"outer": r(o), "holes": [r(h) for h in holes]} for o, holes in shp],
        "features": [{"name": n, "kind": kind, "visible": bool(v), "points": r(line)}
                     for (line, v, kind), n in zip(lines, names)],
        "source": {"repository": REPO, "commit": COMMIT, "files": [f"Geometry/{f}" for f in files],
                   "mesh_points": mesh_size[0], "mesh_triangles": mesh_size[1], "licence": LICENCE},
        "registration": {k: (np.round(v, 3).tolist() if isinstance(v, np.ndarray) else v) for k, v in reg.items()},
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="bare git directory of opensim-models, or a folder of its Geometry/*.vtp")
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args(argv)
    src = Source(args.source)
    landmarks = json.loads(MODEL.read_text())["landmarks"]
    out = {
        "format": "psoas-viz/bones", "version": 1,
        "generated_by": "tools/build_outlines.py from opensim-models Geometry meshes (do not edit by hand)",
        "conventions": "segment-local mm (the frames of assets/models/sagittal_model.json); sagittal projection "
                       "seen from the right (x anterior, y superior); outer rings counter-clockwise, holes clockwise; "
                       "feature lines are folds of the surface, 'visible' false where the bone itself hides them",
        "method": {"loop_subdivisions": SUBDIVISIONS, "pixel_mm": PIXEL, "simplify_mm": SIMPLIFY,
                   "min_hole_mm2": MIN_HOLE_AREA, "min_feature_mm": MIN_FEATURE_LENGTH},
        "bones": {},
    }
    for bone, (segment, files, reg, model) in bones(src).items():
        entry = derive(src, bone, segment, files, reg, landmarks)
        entry["source"]["model"] = model
        out["bones"][bone] = entry
        n = sum(len(s["outer"]) for s in entry["shapes"])
        h = sum(len(s["holes"]) for s in entry["shapes"])
        named = sorted({f["name"] for f in entry["features"] if f["name"]})
        print(f"{bone:9s} {segment:9s} outline points {n:5d}, shapes {len(entry['shapes'])}, holes {h}, "
              f"feature lines {len(entry['features'])} {named}")
    path = Path(args.out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out, separators=(",", ":")) + "\n")
    print(f"wrote {path} ({path.stat().st_size // 1024} kB)")


if __name__ == "__main__":
    main()

"""What lies under a point of a scene (pixels; no Qt): the hover card and the pelvis drag hit-test the shapes
that are drawn, so what a person points at is what they see."""

from __future__ import annotations

import numpy as np

from .geometry import bounds
from .shapes import Polygon, Polyline

PSOAS = "psoas_major"
BONE_ORDER = ("T12", "L1", "L2", "L3", "L4", "L5", "sacrum", "pelvis", "femur", "tibia", "rib_cage")  # topmost first
BONE_MUSCLE_REACH = 0.55  # over a bone, a muscle is picked within this share of the tolerance


def _inside(point, ring: np.ndarray) -> bool:
    x, y = point
    a, b = ring, np.roll(ring, -1, axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        crosses = ((a[:, 1] > y) != (b[:, 1] > y)) & (x < a[:, 0] + (y - a[:, 1]) * (b[:, 0] - a[:, 0]) / (b[:, 1] - a[:, 1]))
    return bool(crosses.sum() % 2)


def distance(point, points: np.ndarray, closed: bool = False) -> float:
    """Distance (px) from ``point`` to a polyline (or closed outline)."""
    a = points
    b = np.roll(points, -1, axis=0) if closed else points[1:]
    a = a if closed else points[:-1]
    p = np.asarray(point, float)
    ab = b - a
    t = np.clip(np.einsum("ij,ij->i", p - a, ab) / np.maximum(np.einsum("ij,ij->i", ab, ab), 1e-9), 0.0, 1.0)
    return float(np.hypot(*(a + t[:, None] * ab - p).T).min())


def covers(structure, point, tolerance: float = 0.0) -> bool:
    """Inside one of the structure's polygons (holes excluded), or within ``tolerance`` px of its outline."""
    for shape in structure.shapes:
        if isinstance(shape, Polygon):
            if _inside(point, shape.points) and not any(_inside(point, h) for h in shape.holes):
                return True
            if tolerance > 0 and distance(point, shape.points, closed=True) <= tolerance:
                return True
    return False


def bone_at(scene, point, tolerance: float = 0.0) -> str | None:
    bones = {s.id: s for s in scene.structures if s.kind == "bone"}
    for bone in BONE_ORDER:
        if bone in bones and covers(bones[bone], point, tolerance):
            return bone
    return None


def muscle_at(scene, point, tolerance: float) -> str | None:
    """The muscle whose drawn line is nearest within ``tolerance`` px (the psoas, drawn on top, wins ties)."""
    best, best_d = None, tolerance
    for s in scene.structures:
        if s.kind != "muscle":
            continue
        d = min(distance(point, shape.points) for shape in s.shapes if isinstance(shape, Polyline))
        if d < best_d or (s.id == PSOAS and d <= best_d):
            best, best_d = s.id, d
    return best


def fascicle_at(scene, muscle_id: str, point, tolerance: float) -> int | None:
    """Which of a muscle's drawn fascicle lines (0, 1 … in the model's order) is nearest ``point``, within
    ``tolerance`` px; None where several run together (the psoas fascicles share the tendon over the brim)."""
    lines = [shape for shape in scene.structure(muscle_id).shapes if isinstance(shape, Polyline)]
    if not lines:
        return None
    distances = np.array([distance(point, line.points) for line in lines])
    nearest = int(np.argmin(distances))
    alone = (distances <= distances[nearest] + 0.5).sum() == 1
    return nearest if alone and distances[nearest] <= tolerance else None


def structure_at(scene, point, tolerance: float) -> str | None:
    """A muscle id (muscles are drawn over the bones), else a bone id, else None.  Over a bone a muscle must be
    nearer (about its drawn half-width), so bones crossed by many lines stay reachable."""
    bone = bone_at(scene, point)
    reach = tolerance if bone is None else tolerance * BONE_MUSCLE_REACH
    return muscle_at(scene, point, reach) or bone


def box_of(scene, structure_id: str) -> tuple[float, float, float, float]:
    """The bounding box (px) of a structure's shapes."""
    points = np.concatenate([shape.points for shape in scene.structure(structure_id).shapes
                             if hasattr(shape, "points")])
    return bounds(points)

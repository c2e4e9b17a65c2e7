"""World geometry (mm) the diagram draws, read from a snapshot: muscle polylines (the psoas deflected by
fascial pulls), the pulls themselves, lines of pull and force arrows, bone outlines, the frame (no Qt)."""

from __future__ import annotations

import numpy as np

from functools import lru_cache

from psoas_viz.model.bones import Bones

PSOAS = "psoas_major"
VERTEBRAE = ("T12", "L1", "L2", "L3", "L4", "L5")
BONES = ("rib_cage", "tibia", "femur", "pelvis", "sacrum", *VERTEBRAE)  # drawn in this order
DISCS = ("T12", "L1", "L2", "L3", "L4", "L5", "S1")  # each disc lies below the first of a pair, above the second
MM_PER_N = 1.0 / 5.0  # force arrows: 1 mm of arrow per 5 N
MAX_ARROW_MM = 110.0
MIN_FORCE_N = 1.0
SHAFT_MM = 5.0
HEAD_LENGTH_MM = 16.0
HEAD_WIDTH_MM = 15.0
STANDING_FRAME = (-200.0, -470.0, 360.0, 430.0)  # x0, y0, x1, y1 mm: pelvis to knee, thorax


@lru_cache(maxsize=1)
def bone_art() -> Bones:
    """The bones' line art (``assets/outlines/bones.json``), read once; BoneAssetError names a bad file."""
    return Bones.load()


_LAST_PLACED: list = [None, None]  # the pose last placed and its shapes (framing and drawing share one change's)


def bone_shapes(pose) -> dict:
    """Scene bone id -> its BoneShapes (outers with holes, the feature lines drawn: ``drawn_features``) in world
    mm for the first posture; the last pose's are kept (the window frames and draws the same pose; poses are
    compared by identity)."""
    if _LAST_PLACED[0] is not pose:
        art = bone_art()
        _LAST_PLACED[:] = [pose, art.world(pose, BONES, {bone: drawn_features(bone) for bone in BONES})]
    return _LAST_PLACED[1]


MIN_FEATURE_MM = 12.0  # shorter fold lines are drawn only on the vertebrae (at ~1 px/mm the rest is noise)
BRIM = "pelvic brim (arcuate line)"


@lru_cache(maxsize=None)
def drawn_features(bone: str) -> tuple[int, ...]:
    """Indices of the feature lines a viewer on the right sees and that are long enough to read, and the
    pelvic brim (hidden, on the medial side) over which the psoas runs."""
    shapes = bone_art().local(bone)
    out = []
    for i, (feature, line) in enumerate(shapes.features):
        length = float(np.hypot(*np.diff(line[0], axis=0).T).sum())
        if feature.name == BRIM or (feature.visible and (bone in VERTEBRAE or length >= MIN_FEATURE_MM)):
            out.append(i)
    return tuple(out)


def bone_outlines(model, pose, shapes: dict | None = None) -> dict[str, np.ndarray]:
    """Scene bone id -> its main outer outline (K, 2) mm (the largest ring): rib cage, tibia, femur, pelvis,
    sacrum, T12, L1 ... L5 (of ``shapes`` when the caller placed them already)."""
    shapes = bone_shapes(pose) if shapes is None else shapes
    return {bone: max((o[0] for o in placed.outers), key=len) for bone, placed in shapes.items()}


def discs(model, pose) -> dict[str, np.ndarray]:
    """"L4/L5" -> the intervertebral disc (4 corners, mm, world) between the model's endplates: the inferior
    endplate of the upper body and the superior endplate of the lower (the S1 endplate under L5), so the
    discs open and close with lordosis."""
    bodies = model.skeleton.vertebral_bodies(pose)
    out = {}
    for upper, lower in zip(DISCS[:-1], DISCS[1:]):
        top = bodies[upper][[0, 3]]  # inferior endplate: anterior, posterior
        bottom = bodies["S1_endplate"] if lower == "S1" else bodies[lower][[1, 2]]
        out[f"{upper}/{lower}"] = np.array([top[0], top[1], bottom[1], bottom[0]])
    return out


def s1_endplate(model, pose) -> np.ndarray:
    return model.skeleton.vertebral_bodies(pose)["S1_endplate"]


def fascicle_lines(model, evaluation, muscle_id: str) -> list[np.ndarray]:
    muscles = model.muscles
    m = muscles.muscles[muscle_id]
    return [muscles.fascicle_polyline(evaluation.geometry, f) for f in range(m.fascicle_slice.start,
                                                                            m.fascicle_slice.stop)]


def muscle_lines(snapshot) -> dict[str, list[np.ndarray]]:
    """Muscle id -> fascicle polylines (mm); the psoas free spans deflected by the fascial pulls."""
    model, ev = snapshot.model, snapshot.evaluation
    out = {mid: fascicle_lines(model, ev, mid) for mid in ev.muscle_ids}
    if snapshot.fascia is not None and snapshot.fascia.polylines:
        first = model.muscles.muscles[PSOAS].fascicle_slice.start
        deflected = snapshot.fascia.polylines
        out[PSOAS] = [np.vstack((deflected[first + i], line[2:])) if first + i in deflected else line
                      for i, line in enumerate(out[PSOAS])]
    return out


def pull_lines(snapshot) -> dict[str, list[np.ndarray]]:
    """Fascial link id -> lines (2, 2) mm from its anchor to where it acts; empty when nothing pulls."""
    if snapshot.fascia is None:
        return {}
    model, pose = snapshot.model, snapshot.evaluation.pose
    sk = model.skeleton
    out = {}
    for link_id, _newtons in snapshot.settings.pulls:
        link = model.mechanics.fascia.links[link_id]
        anchor = sk.landmark_world(pose, link.anchor)[0]
        if link.target is not None:
            out[link_id] = [np.array([anchor, sk.landmark_world(pose, link.target)[0]])]
            continue
        lines = []
        for k in link.fascicles:
            line = snapshot.fascia.polylines.get(k)
            if line is not None:
                along = line[0] + link.position * (line[-1] - line[0])
                lines.append(np.array([anchor, line[np.argmin(np.linalg.norm(line - along, axis=1))]]))
        out[link_id] = lines
    return out


def line_of_pull(model, geometry, muscle_id: str, fascicle_force: np.ndarray):
    """The force-weighted line of pull of a muscle at its two ends.

    Returns ``((origin_point, origin_direction), (insertion_point, insertion_direction))`` in world mm, each
    direction a unit vector pointing from the attachment along the path (the way the muscle pulls the bone),
    or None when the muscle makes no force.
    """
    muscles = model.muscles
    m = muscles.muscles[muscle_id]
    ks = range(m.fascicle_slice.start, m.fascicle_slice.stop)
    weights = np.maximum(fascicle_force[list(ks)], 0.0)
    total = float(weights.sum())
    if total <= 0.0:
        return None
    ends = []
    lines = [muscles.fascicle_polyline(geometry, k) for k in ks]
    w = weights / total
    for reverse in (False, True):
        points, directions = [], []
        for line in lines:
            line = line[::-1] if reverse else line
            step = np.zeros(2)
            for nxt in line[1:]:  # the first point apart from the attachment (via points may coincide)
                step = nxt - line[0]
                if np.hypot(*step) > 1e-6:
                    break
            points.append(line[0])
            directions.append(step / max(float(np.hypot(*step)), 1e-9))
        point = (np.asarray(points) * w[:, None]).sum(axis=0)
        direction = (np.asarray(directions) * w[:, None]).sum(axis=0)
        norm = float(np.hypot(*direction))
        ends.append((point, direction / norm if norm > 1e-9 else np.array([0.0, 1.0])))
    return ends[0], ends[1]


def arrow_length(force_n: float) -> float:
    return float(min(force_n * MM_PER_N, MAX_ARROW_MM))


def arrow_polygon(start, direction, length: float) -> np.ndarray:
    """Outline of a filled arrow from ``start`` along the unit ``direction``, ``length`` mm long."""
    d = np.asarray(direction, float)
    n = np.array([-d[1], d[0]])
    head = min(HEAD_LENGTH_MM, 0.6 * length)
    half_head = HEAD_WIDTH_MM / 2.0 * head / HEAD_LENGTH_MM
    half_shaft = min(SHAFT_MM / 2.0, 0.6 * half_head)
    s = np.asarray(start, float)
    neck = s + d * (length - head)
    tip = s + d * length
    return np.array([s + n * half_shaft, neck + n * half_shaft, neck + n * half_head, tip,
                     neck - n * half_head, neck - n * half_shaft, s - n * half_shaft])


def force_arrows(snapshot) -> dict[str, tuple[float, bool, list[tuple[np.ndarray, np.ndarray, np.ndarray]]]]:
    """Muscle id -> (force N, tilts anteriorly?, [(arrow outline, start, tip) mm at each end]) for every muscle
    pulling more than ``MIN_FORCE_N``; empty when every muscle is relaxed."""
    if not snapshot.settings.muscles:
        return {}
    forces = snapshot.forces
    out = {}
    for j, mid in enumerate(forces.muscle_ids):
        force = float(forces.force[0, j])
        if force <= MIN_FORCE_N:
            continue
        ends = line_of_pull(snapshot.model, snapshot.evaluation.geometry, mid, forces.fascicle_force[0])
        if ends is None:
            continue
        length = arrow_length(force)
        arrows = [(arrow_polygon(p, d, length), p, p + d * length) for p, d in ends]
        out[mid] = (force, bool(forces.tilt_moment[0, j] >= 0), arrows)
    return out


def union_box(boxes) -> tuple[float, float, float, float]:
    boxes = list(boxes)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def bounds(points: np.ndarray) -> tuple[float, float, float, float]:
    """The box (x0, y0, x1, y1) of points (N, 2), a column at a time (numpy reduces an (N, 2) array's first axis
    many times more slowly)."""
    x, y = points[:, 0], points[:, 1]
    return (float(x.min()), float(y.min()), float(x.max()), float(y.max()))


def body_frame(outlines: dict[str, np.ndarray], cut_below: float | None = None) -> tuple:
    """The box (mm) of the pelvis, sacrum, femur and vertebrae; with ``cut_below`` nothing lower counts (the
    shank and the lower femur may be cut)."""
    pts = np.concatenate([outlines[k] for k in ("pelvis", "sacrum", "femur", *VERTEBRAE)])
    if cut_below is not None:
        pts = pts[pts[:, 1] >= cut_below]
    return bounds(pts)


BELLY_STATIONS = 40
BELLY_PAD_MM = 4.0  # half the drawn thickness of a lone fascicle: the tendon's half-width at the insertion


def _resample(lines: list[np.ndarray], count: int) -> np.ndarray:
    """``count`` points evenly spaced along each polyline, all lines in one pass: (len(lines) * count, 2).  Each
    line's arc length is mapped to [2 i, 2 i + 1], so one interpolation serves them all."""
    points = np.concatenate(lines)
    sizes = np.array([len(line) for line in lines])
    starts = np.cumsum(sizes) - sizes
    step = np.hypot(*np.diff(points, axis=0).T)
    step[starts[1:] - 1] = 0.0  # no step from one line to the next
    arc = np.r_[0.0, np.cumsum(step)]
    first = arc[starts]
    length = np.maximum(arc[starts + sizes - 1] - first, 1e-12)
    which = np.repeat(np.arange(len(lines)), sizes)
    along = 2.0 * which + (arc - first[which]) / length[which]
    at = (2.0 * np.arange(len(lines))[:, None] + np.linspace(0.0, 1.0, count)[None]).ravel()
    return np.stack((np.interp(at, along, points[:, 0]), np.interp(at, along, points[:, 1])), -1)


def muscle_belly(lines: list[np.ndarray]) -> np.ndarray:
    """The outline (K, 2) mm of a muscle's belly around its fascicle paths: along the longest fascicle, the
    farthest fascicle on either side (plus half a fascicle's thickness), so the belly swells where fascicles
    from lower origins join it and narrows where they converge on the tendon (drawing only)."""
    ref = _resample([max(lines, key=lambda l: np.hypot(*np.diff(l, axis=0).T).sum())], BELLY_STATIONS)
    tangent = np.gradient(ref, axis=0)
    tangent /= np.linalg.norm(tangent, axis=1, keepdims=True)
    normal = np.stack((-tangent[:, 1], tangent[:, 0]), -1)
    points = _resample(lines, 2 * BELLY_STATIONS)
    # the nearest station of each point: |p - r|² less |p|² (the same for every station)
    nearest = np.argmin((ref ** 2).sum(-1)[None] - 2.0 * (points[:, :1] * ref[:, 0] + points[:, 1:] * ref[:, 1]),
                        axis=1)
    offset = ((points - ref[nearest]) * normal[nearest]).sum(-1)
    hi, lo = np.zeros(len(ref)), np.zeros(len(ref))
    np.maximum.at(hi, nearest, offset)
    np.minimum.at(lo, nearest, offset)
    kernel = np.ones(5) / 5.0
    hi = np.convolve(np.pad(hi, 2, mode="edge"), kernel, "valid") + BELLY_PAD_MM
    lo = np.convolve(np.pad(lo, 2, mode="edge"), kernel, "valid") - BELLY_PAD_MM
    return np.concatenate([ref + normal * hi[:, None], (ref + normal * lo[:, None])[::-1]])

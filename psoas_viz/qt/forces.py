"""Muscle forces and tilt moments at the state's current posture and settings, computed once per change and
shared by the views that show them (force arrows, tilt-moment chart, muscle panel).  No Qt here."""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import numpy as np

from psoas_viz.model.mechanics import Forces


@dataclass(frozen=True)
class Now:
    """Everything the muscle views draw for one posture and one set of muscle settings."""

    evaluation: object  # Evaluation with the joints the spine mode needs (moment arms on the tilt)
    forces: Forces
    moments: dict[str, float]  # N m on pelvic tilt, + anterior: muscle ids, gravity, passive_hip, passive_lumbar
    net: float  # N m, + anterior


_cache: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def current(state) -> Now:
    """Forces and tilt moments of the state's posture and muscle settings (cached per state)."""
    key = state.snapshot()
    hit = _cache.get(state)
    if hit is not None and hit[0] == key:
        return hit[1]
    model = state.model
    mechanics = model.mechanics
    p = state.posture
    settings = state.settings()
    ev = model.evaluate_many(p.pelvic_tilt, p.thigh_angle, p.knee_flexion, p.lumbar_lordosis, p.pelvic_incidence,
                             p.spine_mode, joints=mechanics.joints_for(p.spine_mode))
    forces = mechanics.forces(ev, settings, p.spine_mode)
    net, parts = mechanics.tilt_moments(p, settings, np.array([p.pelvic_tilt]))
    now = Now(ev, forces, {k: float(v[0]) for k, v in parts.items()}, float(net[0]))
    _cache[state] = (key, now)
    return now


def line_of_pull(muscles, geometry, muscle_id: str, fascicle_force: np.ndarray):
    """The force-weighted line of pull of a muscle at its two ends.

    Returns ``((origin_point, origin_direction), (insertion_point, insertion_direction))`` in world mm, each
    direction a unit vector pointing from the attachment along the path (the way the muscle pulls the bone),
    or None when the muscle makes no force.
    """
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


def fascial_drawing(state):
    """The psoas free spans deflected by the state's fascial pulls ({fascicle: (K, 2) mm}) and each pull as a
    line from its anchor to where it acts ([(2, 2) mm]); empty when nothing pulls."""
    pulls = state.pulls
    if not pulls:
        return {}, []
    model = state.model
    now = current(state)
    result = model.mechanics.fascia.solve(now.evaluation, state.settings(), state.posture.spine_mode)
    pose = now.evaluation.pose
    links = []
    for link_id in pulls:
        link = model.mechanics.fascia.links[link_id]
        anchor = model.skeleton.landmark_world(pose, link.anchor)[0]
        if link.target is not None:
            links.append(np.array([anchor, model.skeleton.landmark_world(pose, link.target)[0]]))
            continue
        for k in link.fascicles:
            line = result.polylines.get(k)
            if line is not None:
                along = line[0] + link.position * (line[-1] - line[0])
                links.append(np.array([anchor, line[np.argmin(np.linalg.norm(line - along, axis=1))]]))
    return result.polylines, links


def with_deflection(lines: list, first_fascicle: int, deflected: dict) -> list:
    """A muscle's fascicle polylines with each deflected free span (origin to brim) put in place."""
    return [np.vstack((deflected[first_fascicle + i], line[2:])) if first_fascicle + i in deflected else line
            for i, line in enumerate(lines)]

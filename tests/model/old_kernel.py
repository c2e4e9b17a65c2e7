"""TEMPORARY: the per-posture path code before the vectorised kernel (issue 14), kept only until the new kernel matches it."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from psoas_viz.model.skeleton import BODY_INDEX, JOINTS, Pose

TWO_PI = 2.0 * np.pi


@dataclass(frozen=True)
class Fascicle:
    name: str
    source: str
    max_isometric_force: float | None  # N
    optimal_fibre_length: float | None  # mm
    tendon_slack_length: float | None  # mm
    pennation: float | None  # deg
    scale_lengths_to_neutral_path: bool = False


@dataclass(frozen=True)
class Muscle:
    id: str
    name: str
    group: str
    note: str
    fascicles: tuple[Fascicle, ...]
    fascicle_slice: slice  # into the compiled fascicle arrays
    weights: np.ndarray  # force weights of the fascicles, summing to 1
    crosses: frozenset  # joints whose rotation changes this muscle's length


@dataclass(frozen=True)
class Wrap:
    name: str
    body: str
    centre: np.ndarray  # (2,) mm
    radius: float
    sense: int  # +1: the path goes counter-clockwise round the circle (viewed from the right), -1 clockwise
    source: str


@dataclass
class PathGeometry:
    """Everything about the paths at N postures: lengths, tangent points, and what moment arms need."""

    pose: Pose
    points: np.ndarray  # (N, M, 2) world positions of the path points
    straight_length: np.ndarray  # (N, S)
    wrap_length: np.ndarray  # (N, W)
    wrap_xy_length: np.ndarray  # (N, W)
    wrapped: np.ndarray  # (N, W) bool
    tangent_in: np.ndarray  # (N, W, 2)
    tangent_out: np.ndarray  # (N, W, 2)
    wrap_centre: np.ndarray  # (N, W, 2)
    arc_start: np.ndarray  # (N, W) angle of tangent_in about the centre
    arc: np.ndarray  # (N, W) swept angle, signed by the sense
    fascicle_length: np.ndarray  # (N, F)


class MuscleSet:
    def __init__(self, data: dict):
        self.wraps = {
            name: Wrap(name, w["body"], np.array(w["centre"], dtype=float), float(w["radius_mm"]),
                       1 if w["sense"] == "ccw" else -1, w["source"])
            for name, w in data["wraps"].items()}
        wrap_names = list(self.wraps)
        point_xy, point_z, point_body = [], [], []
        point_index: dict[tuple, int] = {}
        straight_a, straight_b, straight_f = [], [], []
        wrap_a, wrap_b, wrap_w, wrap_f = [], [], [], []
        fascicle_points = []  # for drawing: ordered list of ("point", index) / ("wrap", segment index)
        self.muscles: dict[str, Muscle] = {}
        fascicle_index = 0
        for m in data["muscles"]:
            fascicles = []
            first = fascicle_index
            crosses = set()
            for f in m["fascicles"]:
                items = []
                pending_wrap = None
                previous = None
                bodies = set()
                for item in f["points"]:
                    if "wrap" in item:
                        pending_wrap = wrap_names.index(item["wrap"])
                        continue
                    key = (item["body"], *item["location"])
                    if key not in point_index:  # fascicles share points (the psoas brim and insertion)
                        point_index[key] = len(point_xy)
                        point_xy.append(item["location"][:2])
                        point_z.append(item["location"][2])
                        point_body.append(BODY_INDEX[item["body"]])
                    index = point_index[key]
                    bodies.add(item["body"])
                    if previous is not None:
                        if pending_wrap is None:
                            straight_a.append(previous)
                            straight_b.append(index)
                            straight_f.append(fascicle_index)
                        else:
                            items.append(("wrap", len(wrap_a)))
                            wrap_a.append(previous)
                            wrap_b.append(index)
                            wrap_w.append(pending_wrap)
                            wrap_f.append(fascicle_index)
                            pending_wrap = None
                    items.append(("point", index))
                    previous = index
                fascicle_points.append(items)
                for joint, (distal, _) in JOINTS.items():
                    if bodies & set(distal) and bodies - set(distal):
                        crosses.add(joint)
                fascicles.append(Fascicle(
                    f["name"], f.get("source", ""), f.get("max_isometric_force_n"),
                    f.get("optimal_fibre_length_mm"), f.get("tendon_slack_length_mm"), f.get("pennation_deg"),
                    bool(f.get("scale_lengths_to_neutral_path", False))))
                fascicle_index += 1
            forces = np.array([fa.max_isometric_force or 1.0 for fa in fascicles])
            self.muscles[m["id"]] = Muscle(
                m["id"], m["name"], m["group"], m.get("note", ""), tuple(fascicles),
                slice(first, fascicle_index), forces / forces.sum(), frozenset(crosses))
        self.ids = tuple(self.muscles)
        self.n_fascicles = fascicle_index
        self.point_xy = np.array(point_xy, dtype=float)
        self.point_z = np.array(point_z, dtype=float)
        self.point_body = np.array(point_body, dtype=int)
        # A straight piece between two points of one body keeps its length and adds nothing to any moment
        # arm: it is summed once here, and only pieces that span bodies are evaluated per posture.
        straight_a, straight_b, straight_f = map(np.array, (straight_a, straight_b, straight_f))
        rigid = np.array(point_body)[straight_a] == np.array(point_body)[straight_b] if len(straight_a) else []
        rigid = np.asarray(rigid, dtype=bool)
        xyz = np.column_stack((np.array(point_xy, dtype=float), np.array(point_z, dtype=float)))
        self.fascicle_constant = np.zeros(fascicle_index)
        np.add.at(self.fascicle_constant, straight_f[rigid],
                  np.linalg.norm(xyz[straight_b[rigid]] - xyz[straight_a[rigid]], axis=1))
        straight_a, straight_b, straight_f = straight_a[~rigid], straight_b[~rigid], straight_f[~rigid]
        self.straight_a = straight_a.astype(int)
        self.straight_b = straight_b.astype(int)
        self.wrap_a = np.array(wrap_a, dtype=int)
        self.wrap_b = np.array(wrap_b, dtype=int)
        wraps = [self.wraps[wrap_names[i]] for i in wrap_w]
        self.wrap_body = np.array([BODY_INDEX[w.body] for w in wraps], dtype=int)
        self.wrap_centre_local = np.array([w.centre for w in wraps], dtype=float).reshape(-1, 2)
        # An end point fixed on the wrap's own body can lie a fraction of a millimetre inside the published
        # cylinder (SM/ST_at_condyles); the circle is then shrunk to pass just inside it, so that end never
        # enters the circle.
        radius = np.array([w.radius for w in wraps], dtype=float)
        for k, w in enumerate(wraps):
            for end in (wrap_a[k], wrap_b[k]):
                if point_body[end] == BODY_INDEX[w.body]:
                    radius[k] = min(radius[k], 0.995 * float(np.hypot(*(np.array(point_xy[end]) - w.centre))))
        self.wrap_radius = radius
        self.wrap_sense = np.array([w.sense for w in wraps], dtype=float)
        self.wrap_segment_name = [w.name for w in wraps]
        self.fascicle_items = fascicle_points
        # Segment -> fascicle summation matrices.
        self.straight_sum = np.zeros((len(straight_a), fascicle_index))
        self.straight_sum[np.arange(len(straight_a)), straight_f] = 1.0
        self.wrap_sum = np.zeros((len(wrap_a), fascicle_index))
        self.wrap_sum[np.arange(len(wrap_a)), wrap_f] = 1.0
        # Fascicle -> muscle weights (force-weighted whole).
        self.muscle_weights = np.zeros((fascicle_index, len(self.ids)))
        for j, mid in enumerate(self.ids):
            m = self.muscles[mid]
            self.muscle_weights[m.fascicle_slice, j] = m.weights

    # -- geometry --------------------------------------------------------------------------------------
    def geometry(self, pose: Pose) -> PathGeometry:
        points = pose.to_world(self.point_body, self.point_xy)
        a, b = self.straight_a, self.straight_b
        d = points[:, b] - points[:, a]
        dz = self.point_z[b] - self.point_z[a]
        straight = np.sqrt(d[..., 0] ** 2 + d[..., 1] ** 2 + dz ** 2)

        r, sense = self.wrap_radius, self.wrap_sense
        c = pose.to_world(self.wrap_body, self.wrap_centre_local)
        p, q = points[:, self.wrap_a], points[:, self.wrap_b]
        vp, vq = p - c, q - c
        # An end point inside the circle (a 3-D path seen in the sagittal plane can pass "through" the
        # cylinder at extreme postures) rides on the circle at its radial projection, joined to it radially.
        dp_raw, dq_raw = np.hypot(vp[..., 0], vp[..., 1]), np.hypot(vq[..., 0], vq[..., 1])
        dp, dq = np.maximum(dp_raw, r), np.maximum(dq_raw, r)
        tp, tq = np.sqrt(dp ** 2 - r ** 2), np.sqrt(dq ** 2 - r ** 2)
        alpha_p = np.arctan2(vp[..., 1], vp[..., 0]) + sense * np.arccos(r / dp)
        alpha_q = np.arctan2(vq[..., 1], vq[..., 0]) - sense * np.arccos(r / dq)
        arc = np.mod(sense * (alpha_q - alpha_p), TWO_PI)
        chord = q - p
        chord_length = np.hypot(chord[..., 0], chord[..., 1])
        safe_chord = np.maximum(chord_length, 1e-12)
        # Signed distance of the centre from the line p->q, positive on the side the path keeps the circle.
        side = sense * (chord[..., 0] * (c[..., 1] - p[..., 1]) - chord[..., 1] * (c[..., 0] - p[..., 0])) / safe_chord
        along = ((c - p) * chord).sum(-1) / safe_chord ** 2
        inside_end = (dp_raw < r) | (dq_raw < r)
        wrapped = ((side < r) & (along > 0.0) & (along < 1.0)) | (inside_end & (arc < np.pi))
        inside = (r - dp_raw).clip(min=0.0) + (r - dq_raw).clip(min=0.0)
        xy = np.where(wrapped, tp + r * arc + tq + inside, chord_length)
        wz = self.point_z[self.wrap_b] - self.point_z[self.wrap_a]
        wrap_length = np.sqrt(xy ** 2 + wz ** 2)
        tangent_in = c + r[:, None] * np.stack((np.cos(alpha_p), np.sin(alpha_p)), -1)
        tangent_out = c + r[:, None] * np.stack((np.cos(alpha_q), np.sin(alpha_q)), -1)
        fascicle_length = straight @ self.straight_sum + wrap_length @ self.wrap_sum + self.fascicle_constant
        return PathGeometry(pose, points, straight, wrap_length, xy, wrapped, tangent_in, tangent_out, c,
                            alpha_p, sense * arc, fascicle_length)

    def muscle_lengths(self, geometry: PathGeometry) -> np.ndarray:
        """(N, muscles) force-weighted whole-muscle lengths, mm."""
        return geometry.fascicle_length @ self.muscle_weights

    def fascicle_moment_arms(self, geometry: PathGeometry, joints: tuple[str, ...],
                             joint_centres: np.ndarray) -> dict[str, np.ndarray]:
        """Moment arms (mm) about each joint, (N, F) per joint: -dL/dtheta from the lines of pull.

        ``joint_centres`` is (N, J, 2). Turning the distal bodies of a joint by dtheta about its centre J
        moves a point X on them by z x (X - J) dtheta, so a path piece from X to Y changes length by
        u . (v(Y) - v(X)) with u its unit direction; u . (z x r) is the 2-D cross product r x u. Wrap tangent
        points count as points of the wrap's body (the arc contributes nothing further: the path is a
        geodesic). All joints are evaluated together.
        """
        distal = np.zeros((len(joints), len(BODY_INDEX)))
        for j, joint in enumerate(joints):
            distal[j, [BODY_INDEX[name] for name in JOINTS[joint][0]]] = 1.0
        centres = joint_centres[:, :, None, :]  # (N, J, 1, 2)
        pts = geometry.points

        def moment(xy, direction, bodies):
            """(N, J, K): r x u about each joint, for points on the joint's distal side (0 elsewhere)."""
            rx = xy[:, None, :, 0] - centres[..., 0]
            ry = xy[:, None, :, 1] - centres[..., 1]
            return (rx * direction[:, None, :, 1] - ry * direction[:, None, :, 0]) * distal[:, bodies]

        a, b = self.straight_a, self.straight_b
        pa, pb = pts[:, a], pts[:, b]
        d = pb - pa
        straight_rate = (moment(pb, d, self.point_body[b]) - moment(pa, d, self.point_body[a])) \
            / np.maximum(geometry.straight_length, 1e-12)[:, None, :]

        p, q = pts[:, self.wrap_a], pts[:, self.wrap_b]
        p_body, q_body = self.point_body[self.wrap_a], self.point_body[self.wrap_b]
        c, r, sense = geometry.wrap_centre, self.wrap_radius, self.wrap_sense

        def end_pull(point, tangent, end):
            """Rate of path length per unit velocity of an end point relative to the wrap body.

            Outside the circle: the unit vector from the tangent point to the end point. Inside (the end rides
            on the circle at its radial projection): the arc changes with the angular motion of the projection
            (``end`` is +1 for the arriving end, -1 for the leaving one) and the radial piece shrinks as the
            point moves out.
            """
            radial = point - c
            distance = np.hypot(radial[..., 0], radial[..., 1])[..., None]
            e_r = radial / np.maximum(distance, 1e-12)
            e_theta = np.stack((-e_r[..., 1], e_r[..., 0]), -1)
            inside = end * sense[None, :, None] * (r[None, :, None] / np.maximum(distance, 1e-12)) * e_theta - e_r
            return np.where(distance >= r[None, :, None], _unit(point - tangent), inside)

        w_p = end_pull(p, geometry.tangent_in, -1.0)
        w_q = end_pull(q, geometry.tangent_out, 1.0)
        wrapped_rate = (moment(p, w_p, p_body) - moment(p, w_p, self.wrap_body)
                        + moment(q, w_q, q_body) - moment(q, w_q, self.wrap_body))
        u_chord = _unit(q - p)
        straight_xy_rate = moment(q, u_chord, q_body) - moment(p, u_chord, p_body)
        xy_rate = np.where(geometry.wrapped[:, None, :], wrapped_rate, straight_xy_rate)
        wrap_rate = xy_rate * (geometry.wrap_xy_length / np.maximum(geometry.wrap_length, 1e-12))[:, None, :]
        arms = -(straight_rate @ self.straight_sum + wrap_rate @ self.wrap_sum)  # (N, J, F)
        return {joint: arms[:, j] for j, joint in enumerate(joints)}

    def fascicle_polyline(self, geometry: PathGeometry, fascicle: int, posture_index: int = 0,
                          arc_step: float = np.radians(6.0)) -> np.ndarray:
        """The drawn path of one fascicle at one posture, with each wrap arc sampled: (K, 2) mm."""
        out = []
        pts = geometry.points[posture_index]
        for kind, index in self.fascicle_items[fascicle]:
            if kind == "point":
                out.append(pts[index])
                continue
            if not geometry.wrapped[posture_index, index]:
                continue
            arc = geometry.arc[posture_index, index]
            steps = max(2, int(abs(arc) / arc_step) + 1)
            angles = geometry.arc_start[posture_index, index] + np.linspace(0.0, arc, steps)
            centre = geometry.wrap_centre[posture_index, index]
            radius = self.wrap_radius[index]
            out.extend(centre + radius * np.stack((np.cos(angles), np.sin(angles)), -1))
        return np.array(out)


def _unit(v: np.ndarray) -> np.ndarray:
    n = np.hypot(v[..., 0], v[..., 1])[..., None]
    return v / np.maximum(n, 1e-12)


def old_evaluate(model, posture: dict, joints) -> dict:
    """What ``Model.evaluate_many`` returned before the kernel, for one posture (arrays of shape (1, ...))."""
    muscles = MuscleSet(model.data)
    pose = model.skeleton.pose(posture["pelvic_tilt"], posture["thigh_angle"], posture["knee_flexion"],
                               posture["lumbar_lordosis"], posture["pelvic_incidence"], posture["spine_mode"])
    geometry = muscles.geometry(pose)
    centres = np.stack([model.skeleton.joint_centre(pose, joint) for joint in joints], axis=1)
    fascicle_arms = muscles.fascicle_moment_arms(geometry, tuple(joints), centres)
    return {"length": muscles.muscle_lengths(geometry), "fascicle_length": geometry.fascicle_length,
            "moment_arm": {j: a @ muscles.muscle_weights for j, a in fascicle_arms.items()},
            "fascicle_moment_arm": fascicle_arms, "geometry": geometry}

"""Muscle paths: points fixed on bodies, via points, and 2-D wrapping over circles, evaluated by the kernel
(its pieces in ``kernel.py``).

All fascicles of all muscles are compiled once into flat arrays, and the kernel evaluates them for any number
of postures with the same numpy operations, about a hundred per chunk (one posture is the N = 1 case):
points are complex numbers, postures run along the last axis, and postures pass in chunks of ``CHUNK`` so
that every temporary stays in the CPU cache. A straight piece between two points of one body has a fixed length, summed once at
load; only the pieces that span bodies and the wraps are evaluated per posture.

A wrap circle is a one-sided obstacle: the path keeps the circle on one side (``sense``) and wraps as soon as
the straight line would cross it, so length is continuous when a wrap engages. Tangent points and arcs are
closed-form (no loop over postures, wraps or fascicles; engaged or not is a mask). Moment arms come from the
lines of pull (r x u of the path at the points where it leaves a body), which equals -dL/dtheta (the tests
check that against finite differences), and are computed only for the fascicle-joint pairs that can be
non-zero: a piece whose two ends lie on the same side of a joint adds nothing to its moment arm.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .kernel import ArmPlan, FascicleArms, PathGeometry, PathResult, GroupedSum, Wraps, world_points
from .skeleton import BODY_INDEX, JOINTS, Pose

CHUNK = 512  # postures per pass of the kernel: its temporaries stay in the CPU cache (256-1024 measured alike)


@dataclass(frozen=True)
class Fascicle:
    name: str
    source: str
    max_isometric_force: float | None  # N
    optimal_fibre_length: float | None  # mm
    tendon_slack_length: float | None  # mm, published (None: the tendon takes the rest of the neutral path)
    pennation: float | None  # deg
    scale_lengths_to_neutral_path: bool = False
    properties_source: str = ""


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
                    bool(f.get("scale_lengths_to_neutral_path", False)), f.get("properties_source", "")))
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
        # -- the kernel's compiled form ---------------------------------------------------------------
        self.point_complex = self.point_xy[:, 0] + 1j * self.point_xy[:, 1]
        self.wrap_centre_complex = self.wrap_centre_local[:, 0] + 1j * self.wrap_centre_local[:, 1]
        # The points placed per posture: the path points that end a piece spanning bodies or a wrap, then the
        # distinct wrap centres, then every joint centre (its body's origin).
        live = np.unique(np.concatenate((self.straight_a, self.straight_b, self.wrap_a, self.wrap_b)))
        self._live = {int(p): i for i, p in enumerate(live)}  # path point -> row of the per-posture points
        self._sa = np.array([self._live[p] for p in self.straight_a.tolist()], dtype=int)
        self._sb = np.array([self._live[p] for p in self.straight_b.tolist()], dtype=int)
        self._straight_dz2 = ((self.point_z[self.straight_b] - self.point_z[self.straight_a]) ** 2)[:, None]
        # Fascicles that share both ends and the circle (the eleven psoas fascicles over the brim) share one
        # wrap evaluation: ``_wrap_row`` maps each wrap piece to its distinct wrap.
        keys = list(zip(self.wrap_a.tolist(), self.wrap_b.tolist(), self.wrap_body.tolist(),
                        map(tuple, self.wrap_centre_local.tolist()), self.wrap_radius.tolist(),
                        self.wrap_sense.tolist()))
        distinct = list(dict.fromkeys(keys))
        self._wrap_row = np.array([distinct.index(key) for key in keys], dtype=int)
        first = np.array([keys.index(key) for key in distinct], dtype=int)
        self._wa = np.array([self._live[p] for p in self.wrap_a[first].tolist()], dtype=int)
        self._wb = np.array([self._live[p] for p in self.wrap_b[first].tolist()], dtype=int)
        self._wrap_dz2 = ((self.point_z[self.wrap_b[first]] - self.point_z[self.wrap_a[first]]) ** 2)[:, None]
        self._wrap_ends = np.stack((self._wa, self._wb))
        self._centres = slice(len(live), len(live) + len(first))
        self._joint_row = {joint: self._centres.stop + j for j, joint in enumerate(JOINTS)}
        self._live_body = np.concatenate((self.point_body[live], self.wrap_body[first],
                                          [BODY_INDEX[body] for _, body in JOINTS.values()])).astype(int)
        self._live_local = np.concatenate((self.point_complex[live], self.wrap_centre_complex[first],
                                           np.zeros(len(JOINTS))))[:, None]
        self._radius = self.wrap_radius[first][:, None]
        self._sense = self.wrap_sense[first][:, None]
        self._turn = np.stack((self._sense, -self._sense))
        # Pieces (straight pieces, then wraps) -> fascicles. The kernel's rows are the straight pieces and then
        # the distinct wraps; a fascicle's length is its first piece, plus its second (``_more[0]``), ...
        self._segment_fascicle = np.concatenate((straight_f, np.array(wrap_f, dtype=int))).astype(int)
        segment_row = np.concatenate((np.arange(len(straight_f)), len(straight_f) + self._wrap_row))
        counts = np.bincount(self._segment_fascicle, minlength=fascicle_index)
        if counts.min() < 1:
            raise ValueError("every fascicle must span bodies (one on a single body cannot change length)")
        order = np.argsort(self._segment_fascicle, kind="stable")
        starts = np.searchsorted(self._segment_fascicle[order], np.arange(fascicle_index))
        self._first = segment_row[order[starts]]
        self._more = [(np.nonzero(counts > k)[0], segment_row[order[starts[counts > k] + k]])
                      for k in range(1, counts.max())]
        self._constant = self.fascicle_constant[:, None]
        self.fascicle_muscle = np.zeros(fascicle_index, dtype=int)
        self.fascicle_weight = np.zeros(fascicle_index)
        for j, mid in enumerate(self.ids):
            m = self.muscles[mid]
            self.fascicle_muscle[m.fascicle_slice] = j
            self.fascicle_weight[m.fascicle_slice] = m.weights
        self._plans: dict[tuple[str, ...], ArmPlan] = {}

    def arm_plan(self, joints: tuple[str, ...]) -> ArmPlan:
        """The pairs of fascicle and joint whose moment arm can be non-zero (built once per tuple of joints)."""
        if joints in self._plans:
            return self._plans[joints]
        s, w = len(self.straight_a), len(self._wa)
        rows, points, signs, fascicles, bounds = [], [], [], [], []
        pb = self.point_body
        for j, joint in enumerate(joints):
            distal = {BODY_INDEX[name] for name in JOINTS[joint][0]}
            side = lambda body: int(int(body) in distal)  # noqa: E731
            pairs = []  # (row, point, sign of the rate, fascicle)
            for k, (a, b) in enumerate(zip(self.straight_a.tolist(), self.straight_b.tolist())):
                if side(pb[a]) != side(pb[b]):  # moving end b lengthens along +d, moving end a shortens
                    pairs.append((k, b if side(pb[b]) else a, side(pb[b]) - side(pb[a]), self._segment_fascicle[k]))
            for k, (a, b) in enumerate(zip(self.wrap_a.tolist(), self.wrap_b.tolist())):
                u = self._wrap_row[k]
                for row, end in ((s + u, a), (s + w + u, b)):  # each end relative to the wrap's body
                    coefficient = side(pb[end]) - side(self.wrap_body[k])
                    if coefficient:
                        pairs.append((row, end, coefficient, self._segment_fascicle[s + k]))
            pairs.sort(key=lambda pair: pair[3])  # by fascicle, so by muscle
            start = len(rows)
            for row, point, coefficient, fascicle in pairs:
                rows.append(row)
                points.append(self._live[int(point)])
                signs.append(-coefficient)  # a moment arm is -dL/dtheta
                fascicles.append(fascicle)
            bounds.append((start, len(rows)))
        fascicles = np.array(fascicles, dtype=int)
        m = len(self.ids)
        joint_of_pair = np.repeat(np.arange(len(joints)), [hi - lo for lo, hi in bounds]).astype(int)
        groups = np.concatenate((self.fascicle_muscle, m * (1 + joint_of_pair) + self.fascicle_muscle[fascicles]))
        weights = np.concatenate((self.fascicle_weight, self.fascicle_weight[fascicles]))
        plan = ArmPlan(tuple(joints), np.array(rows, dtype=int), np.array(points, dtype=int),
                       tuple(self._joint_row[joint] for joint in joints), np.array(signs, dtype=float)[:, None],
                       fascicles, tuple(bounds), GroupedSum(groups.astype(int), weights, m * (1 + len(joints))))
        self._plans[tuple(joints)] = plan
        return plan

    # -- evaluation ------------------------------------------------------------------------------------
    def evaluate(self, pose: Pose, joints: tuple[str, ...] = ()) -> PathResult:
        """Lengths of every fascicle and muscle, and moment arms about ``joints``, at the pose's N postures."""
        n = pose.angle.shape[0]
        plan = self.arm_plan(tuple(joints))
        # Results are stored postures-last (each chunk writes contiguous rows) and handed out transposed, all
        # in one block: numpy asks for huge pages for a large block, and touching it then costs a few page
        # faults instead of one per 4 kB (which took a sixth of a 10,000-posture sweep).
        # Rows: [fascicle lengths (F); pair moment arms (P)] summed into [muscle lengths; moment arms (J x M)].
        f, p, m, j = self.n_fascicles, len(plan.row), len(self.ids), len(plan.joints)
        block = np.empty((f + p + m * (1 + j)) * n)
        parts, sums = block[:(f + p) * n].reshape(f + p, n), block[(f + p) * n:].reshape(m * (1 + j), n)
        fascicle_length, pair_arms = parts[:f], parts[f:]
        muscle_length, arms = sums[:m], sums[m:].reshape(j, m, n)
        wrapped = np.empty((len(self.wrap_a), n), dtype=bool)
        for i0 in range(0, n, CHUNK):
            i1 = min(i0 + CHUNK, n)
            self._pass(pose, slice(i0, i1), plan, parts[:, i0:i1], sums[:, i0:i1], wrapped[:, i0:i1])
        geometry = PathGeometry(self, pose, fascicle_length.T, wrapped.T)
        return PathResult(fascicle_length.T, muscle_length.T,
                          {joint: arms[j].T for j, joint in enumerate(plan.joints)},
                          FascicleArms(plan, pair_arms, self.n_fascicles), geometry)

    def _pass(self, pose: Pose, rows: slice, plan: ArmPlan, parts, sums, wrapped):
        """One chunk of postures; writes into the given (K, n) output views (see ``evaluate``)."""
        rotation, origin = pose.frames()
        rot, org = rotation[:, rows], origin[:, rows]
        points = world_points(rot, org, self._live_body, self._live_local)
        d = points[self._sb] - points[self._sa]
        s, w = len(self._sa), len(self._wa)
        segment = np.empty((s + w, d.shape[1]))
        straight = segment[:s]
        np.multiply(d.real, d.real, out=straight)
        straight += d.imag * d.imag
        straight += self._straight_dz2
        np.sqrt(straight, out=straight)
        ends = points[self._wrap_ends]  # (2, U, n): leaving ends, then arriving ends
        ends -= points[self._centres]
        wraps = Wraps(ends, self._radius, self._sense, self._turn)
        wrapped[...] = wraps.wrapped[self._wrap_row]
        wrap = segment[s:]
        np.multiply(wraps.xy, wraps.xy, out=wrap)
        wrap += self._wrap_dz2
        np.sqrt(wrap, out=wrap)
        fascicle_length = parts[:self.n_fascicles]
        fascicle_length[...] = segment[self._first]
        for fascicles, pieces in self._more:
            fascicle_length[fascicles] += segment[pieces]
        fascicle_length += self._constant
        if len(plan.row):
            self._pair_arms(plan, points, d, straight, wraps, wrap, parts[self.n_fascicles:])
        plan.sums(parts, sums)

    def _pair_arms(self, plan: ArmPlan, points, d, straight, wraps: "Wraps", wrap, pair_arms):
        """Moment arms of the pairs that can be non-zero: -dL/dtheta from the lines of pull."""
        s, w = len(self._sa), len(self._wa)
        pull = np.empty((s + 2 * w, d.shape[1]), dtype=complex)  # unit rate of length per velocity of the point
        # (Complex by real: multiply by the reciprocal; numpy would divide as complex by complex, 3x slower.)
        np.multiply(d, 1.0 / np.maximum(straight, 1e-12), out=pull[:s])
        leaving, arriving = wraps.pulls()
        scale = wraps.xy / np.maximum(wrap, 1e-12)  # the wrap's 3-D length changes by xy/length of its xy change
        np.multiply(leaving, scale, out=pull[s:s + w])
        np.multiply(arriving, scale, out=pull[s + w:])
        lever = points[plan.point]
        for (lo, hi), centre in zip(plan.bounds, plan.centre):
            lever[lo:hi] -= points[centre]  # broadcast: cheaper than gathering the centre for every pair
        u = pull[plan.row]
        np.multiply(lever.real, u.imag, out=pair_arms)
        pair_arms -= lever.imag * u.real
        pair_arms *= plan.sign

    # -- drawing ---------------------------------------------------------------------------------------
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

"""Muscle forces, the moments they make, and the pelvis settling into balance.

Force of a fascicle (Thelen 2003 curve family, rigid tendon):
    F = F_max * (activation * f_active(l) + f_passive(l + s / l_opt) - f_passive(l)) * cos(pennation)
with l the fibre length over the optimal fibre length l_opt (published, one source per muscle; the tendon takes
the rest of the neutral-standing path) and s the *tightness* in millimetres: the fibres' resting length is
s mm shorter, so passive tension starts s mm earlier and a "tight" muscle pulls without being activated. The
passive force of muscles of normal tightness is part of the published passive joint moments (below), so only
the extra passive force of tightness is a muscle force here. Moments are the tendon force times the moment
arms the path gives (r x u of the line of pull), in N m.

The pelvic tilt generalised force (N m, + tilts the pelvis anteriorly) with the femur fixed, for one side
(the model has the right side's muscles and one hip): the muscles (through the tilt moment arm, which in
``upright`` mode includes the lumbar levels that follow the tilt), that side's half of the head-arms-trunk
weight, one hip's passive moment, half the passive lumbar moment, and postural control (tone and reflexes
holding the habitual standing posture, Moorhouse & Granata 2007). ``settle`` finds the tilt where it is zero
and stable, how stiff that balance is, and whether a range-limit wall holds it.
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass, field

import numpy as np

from .posture import Posture
from .fascia import Fascia
from .skeleton import BODY_INDEX, JOINTS

LUMBAR_LEVELS = ("lumbosacral", "L4_L5", "L3_L4", "L2_L3", "L1_L2")
GRAVITY = 9.80665
STIFFNESS_STEP = 0.25  # deg: half the span of the central difference that measures stiffness


def central_stiffness(net: np.ndarray, parts: dict[str, np.ndarray]) -> tuple[float, dict[str, float]]:
    """Stiffness (N m/°, + stabilising) and each part's share from the moments at tilt -/+ ``STIFFNESS_STEP``."""
    per_part = {k: float(v[0] - v[1]) / (2 * STIFFNESS_STEP) for k, v in parts.items()}
    return float(net[0] - net[1]) / (2 * STIFFNESS_STEP), per_part


@dataclass(frozen=True)
class CurveParameters:
    """Thelen 2003 force-length curves as used in OpenSim (REFERENCE.md)."""

    active_width: float = 0.45  # gamma
    passive_shape: float = 5.0  # k_PE
    passive_strain: float = 0.6  # eps0: strain at which passive force reaches F_max

    def active(self, length):
        return np.exp(-((length - 1.0) ** 2) / self.active_width)

    def passive(self, length):
        stretch = np.clip(length - 1.0, 0.0, 2.0 * self.passive_strain)  # beyond twice eps0 the curve is off the data
        return (np.exp(self.passive_shape * stretch / self.passive_strain) - 1.0) / (np.exp(self.passive_shape) - 1.0)


@dataclass
class Activation:
    """Per-muscle activation (0...1) and tightness (0...1 of the model's tightness range, the same millimetres
    of shortened resting length in every muscle: ``Mechanics.tightness_mm``), missing muscles relaxed and not
    tight, and the pull of each fascial link in newtons (see ``fascia``)."""

    activation: dict[str, float] = field(default_factory=dict)
    tightness: dict[str, float] = field(default_factory=dict)
    pulls: dict[str, float] = field(default_factory=dict)


@dataclass
class Forces:
    """Forces and moments for N postures."""

    muscle_ids: tuple[str, ...]
    fibre_length: np.ndarray  # (N, F) normalised
    fascicle_force: np.ndarray  # (N, F) N, along the tendon
    force: np.ndarray  # (N, muscles) N, sum over fascicles
    hip_moment: np.ndarray  # (N, muscles) N m, + flexes the hip (tilts the pelvis anteriorly)
    lumbosacral_moment: np.ndarray  # (N, muscles) N m, + extends L5/S1
    tilt_moment: np.ndarray  # (N, muscles) N m on the pelvic tilt, + anterior (spine-mode aware)
    has_properties: np.ndarray  # (muscles,) bool: published force properties exist


class Mechanics:
    def __init__(self, model, data: dict):
        self.model = model
        self.curves = CurveParameters(**{k: v for k, v in data["curves"].items() if k != "source"})
        mus = model.muscles
        n = mus.n_fascicles
        self.max_force = np.zeros(n)
        self.optimal_length = np.ones(n)
        self.slack_length = np.zeros(n)
        self.pennation = np.zeros(n)
        has = []
        for mid in mus.ids:
            m = mus.muscles[mid]
            ok = all(f.max_isometric_force for f in m.fascicles)
            has.append(ok)
            for k, f in zip(range(m.fascicle_slice.start, m.fascicle_slice.stop), m.fascicles):
                if ok:
                    self.max_force[k] = f.max_isometric_force
                    self.optimal_length[k] = f.optimal_fibre_length
                    self.slack_length[k] = f.tendon_slack_length
                    self.pennation[k] = np.radians(f.pennation or 0.0)
        self.has_properties = np.array(has)
        # Published optimal fibre lengths are kept and the tendon takes the rest of the neutral-standing path
        # (fibres at optimal length in neutral standing, rigid tendon). Fibre and tendon lengths published
        # for another model's trunk paths (FBLS) are both scaled by the ratio of this model's neutral path
        # length to their neutral length instead.
        neutral = model.evaluate(model.default_posture()).fascicle_length[0]
        fascicles = [f for mid in mus.ids for f in mus.muscles[mid].fascicles]
        scaled = np.array([f.scale_lengths_to_neutral_path for f in fascicles])
        factor = np.where(scaled, neutral / (self.slack_length + self.optimal_length * np.cos(self.pennation)), 1.0)
        self.optimal_length = self.optimal_length * factor
        self.slack_length = np.where(scaled, self.slack_length * factor,
                                     neutral - self.optimal_length * np.cos(self.pennation))
        self.properties_source = [f.properties_source for f in fascicles]
        self.tightness_range_mm = float(data["tightness"]["max_mm"])
        self.fascicle_muscle = np.zeros(n, dtype=int)
        for j, mid in enumerate(mus.ids):
            self.fascicle_muscle[mus.muscles[mid].fascicle_slice] = j
        self.muscle_sum = np.zeros((n, len(mus.ids)))  # fascicle forces -> whole-muscle forces
        self.muscle_sum[np.arange(n), self.fascicle_muscle] = 1.0
        trunk = data["trunk"]
        self.trunk_mass = float(trunk["mass_kg"]) * float(trunk["side_share"])  # this side's share
        # Given relative to the hip centre in neutral standing, where the thorax frame is upright.
        neutral = model.default_posture()
        pose = model.skeleton.pose(neutral.pelvic_tilt, neutral.thigh_angle, neutral.knee_flexion,
                                   neutral.lumbar_lordosis, neutral.pelvic_incidence, neutral.spine_mode)
        b = BODY_INDEX["thorax"]
        offset = np.array(trunk["mass_centre_neutral_mm"], dtype=float) - pose.origin[0, b]
        c, s = pose.cos[0, b], pose.sin[0, b]
        self.trunk_mass_centre = np.array([c * offset[0] + s * offset[1], -s * offset[0] + c * offset[1]])
        hip = data["passive_hip"]
        self.hip_passive = hip
        self.lumbar_passive = data["passive_lumbar"]
        control = data["postural_control"]
        # Load stiffness of this side's trunk weight over the hip (N m/rad): an inverted pendulum of height h.
        self.load_stiffness = self.trunk_mass * GRAVITY * float(trunk["mass_centre_neutral_mm"][1]) / 1000.0
        self.control_stiffness = self.load_stiffness / (1.0 - float(control["reflex_share"]))
        self.control_reference = float(control["reference_tilt_deg"])
        self.fascia = Fascia(model, data["fascial_links"], data["psoas_bed"])
        #: Published standing ranges to compare settled postures with (voluntary tilt, spinopelvic PT and SS).
        self.standing_ranges = {k: tuple(v) for k, v in data["standing_ranges"].items() if k != "source"}
        #: Maximum isometric forces (N) of other published models, by muscle id, for claims that depend on force.
        self.other_force_sources = {name: {k: float(v) for k, v in source.items() if k != "source"}
                                    for name, source in data["other_force_sources"].items()}

    def can_pull(self, muscle_id: str) -> bool:
        return bool(self.has_properties[self.model.muscles.ids.index(muscle_id)])

    def with_max_force(self, muscle_id: str, newtons: float) -> "Mechanics":
        """The same mechanics with one muscle's maximum isometric force from another source (its fascicles
        keep their shares); for claims that report how an answer moves with the force source."""
        other = copy.copy(self)
        sl = self.model.muscles.muscles[muscle_id].fascicle_slice
        other.max_force = self.max_force.copy()
        other.max_force[sl] *= newtons / float(self.max_force[sl].sum())
        return other

    def tightness_mm(self, tightness: float) -> float:
        """Millimetres of shortened fibre resting length for a tightness setting (0...1)."""
        return float(tightness) * self.tightness_range_mm

    def properties(self, muscle_id: str) -> dict:
        """The force properties the model uses for a muscle (force-weighted over its fascicles) and their
        sources; ``None`` values when no published force data exist."""
        m = self.model.muscles.muscles[muscle_id]
        ks = np.arange(m.fascicle_slice.start, m.fascicle_slice.stop)
        if not self.can_pull(muscle_id):
            return {"max_isometric_force_n": None, "optimal_fiber_length_mm": None, "tendon_slack_length_mm": None,
                    "pennation_deg": None, "property_sources": []}
        w = m.weights
        return {"max_isometric_force_n": round(float(self.max_force[ks].sum()), 1),
                "optimal_fiber_length_mm": round(float(w @ self.optimal_length[ks]), 1),
                "tendon_slack_length_mm": round(float(w @ self.slack_length[ks]), 1),
                "pennation_deg": round(float(np.degrees(w @ self.pennation[ks])), 1),
                "property_sources": sorted({self.properties_source[k] for k in ks})
                + ["tendon slack length: the neutral-standing path minus the optimal fibre length (fibres at "
                   "optimal length in neutral standing)"]}

    # -- passive joints and gravity ---------------------------------------------------------------------
    def passive_hip_moment(self, hip_flexion, knee_flexion):
        """N m, + flexes the hip (Riener & Edrich 1999 double exponential; degrees)."""
        c = self.hip_passive["coefficients"]
        return (np.exp(c[0] + c[1] * knee_flexion + c[2] * hip_flexion)
                - np.exp(c[3] + c[4] * knee_flexion + c[5] * hip_flexion) + c[6])

    def passive_lumbar_moment(self, extension):
        """N m on this side, + extends the lumbar spine; ``extension`` (rad) from neutral lordosis."""
        k, theta = self.lumbar_passive["k"], self.lumbar_passive["theta_rad"]
        return self.lumbar_passive["side_share"] * (k[0] * np.exp(k[1] * (extension - theta[1]))
                                                    + k[2] * np.exp(k[3] * (extension - theta[0])))

    def postural_control_moment(self, tilts):
        """N m, + anterior: tone and reflexes holding the habitual standing posture (``control_stiffness``)."""
        return -self.control_stiffness * np.radians(np.asarray(tilts, dtype=float) - self.control_reference)

    def joints_for(self, spine_mode):
        return ("hip", *LUMBAR_LEVELS) if spine_mode == "upright" else ("hip", "lumbosacral")

    def tilt_moments(self, posture: Posture, settings: Activation, tilts: np.ndarray):
        """Net generalised force on pelvic tilt (N m, + anterior) at each tilt, and its parts."""
        tilts = np.asarray(tilts, dtype=float)
        mode = posture.spine_mode
        evaluation = self.model.evaluate_many(tilts, posture.thigh_angle, posture.knee_flexion,
                                              posture.lumbar_lordosis, posture.pelvic_incidence, mode,
                                              joints=self.joints_for(mode))
        muscles = self.muscle_tilt_moments(evaluation, settings, mode)
        fascia = self.fascia.tilt_moments(evaluation, settings, mode) if any(settings.pulls.values()) else None
        return self.moment_parts(evaluation, muscles, posture, tilts, fascia)

    def moment_parts(self, evaluation, muscles: np.ndarray, posture: Posture, tilts: np.ndarray, fascia=None):
        """Net tilt moment (N m, + anterior) and its parts from an evaluation at ``tilts`` and the muscles'
        tilt moments there ((N, muscles), ``Forces.tilt_moment``); ``fascia``: the fascial pulls' tilt moment
        at each tilt, if any pull."""
        mode = posture.spine_mode
        parts = {mid: muscles[:, j] for j, mid in enumerate(self.model.muscles.ids)}
        parts["gravity"] = self.gravity_tilt_moment(evaluation.pose, mode)
        parts["passive_hip"] = self.passive_hip_moment(posture.thigh_angle + tilts, posture.knee_flexion)
        if mode == "upright":  # the lordosis follows the tilt one for one
            parts["passive_lumbar"] = self.passive_lumbar_moment(np.radians(tilts))
        else:
            parts["passive_lumbar"] = np.zeros_like(tilts)
        parts["postural_control"] = self.postural_control_moment(tilts)
        if fascia is not None:
            parts["fascia"] = np.asarray(fascia, dtype=float)
        net = sum(parts.values())
        return net, parts

    def stiffness(self, posture: Posture, settings: Activation, tilt: float) -> tuple[float, dict[str, float]]:
        """How much restoring moment a 1° nudge from ``tilt`` meets (N m/°, + stabilising), and each part's
        share of it (``central_stiffness``)."""
        net, parts = self.tilt_moments(posture, settings, np.array([tilt - STIFFNESS_STEP, tilt + STIFFNESS_STEP]))
        return central_stiffness(net, parts)

    def trunk_centre_of_mass(self, pose) -> np.ndarray:
        b = BODY_INDEX["thorax"]
        c, s = pose.cos[:, b], pose.sin[:, b]
        x, y = self.trunk_mass_centre
        return pose.origin[:, b] + np.stack((c * x - s * y, s * x + c * y), -1)

    def point_tilt_velocity(self, pose, body: str, point: np.ndarray, spine_mode: str) -> np.ndarray:
        """How a point fixed on ``body`` moves per radian of anterior tilt with the femur fixed, (N, 2) mm.

        Tilting anteriorly turns everything above the hip about the hip centre (the origin) by -1 rad; in
        upright mode each lumbar level turns back by its share about its own centre, and so do the bodies
        above it.
        """
        point = np.broadcast_to(point, pose.origin[:, 0].shape)
        if body in ("femur", "tibia"):
            return np.zeros_like(point)
        velocity = np.stack((point[:, 1], -point[:, 0]), -1)  # -z x r about the hip centre
        if spine_mode == "upright":
            for share, level in zip(self.model.skeleton.lordosis_share, LUMBAR_LEVELS):
                if body in JOINTS[level][0]:
                    rel = point - self.model.skeleton.joint_centre(pose, level)
                    velocity = velocity + share * np.stack((-rel[:, 1], rel[:, 0]), -1)
        return velocity

    def gravity_tilt_moment(self, pose, spine_mode: str) -> np.ndarray:
        """This side's share of the head-arms-trunk weight as a generalised force on pelvic tilt (N m, + anterior)."""
        velocity = self.point_tilt_velocity(pose, "thorax", self.trunk_centre_of_mass(pose), spine_mode)
        return -self.trunk_mass * GRAVITY * velocity[:, 1] / 1000.0

    def tilt_moment_arms(self, posture: Posture, tilt: float) -> dict[str, float]:
        """Each muscle's moment arm (mm) on pelvic tilt at ``tilt``, + anterior, for the posture's spine mode."""
        mode = posture.spine_mode
        ev = self.model.evaluate_many(tilt, posture.thigh_angle, posture.knee_flexion, posture.lumbar_lordosis,
                                      posture.pelvic_incidence, mode, joints=self.joints_for(mode))
        return dict(zip(ev.muscle_ids, self.tilt_arm(ev.moment_arm, mode)[0].tolist()))

    def tilt_arm(self, arms: dict[str, np.ndarray], spine_mode: str) -> np.ndarray:
        """Moment arm on pelvic tilt from joint moment arms: the hip, plus in upright mode the lumbar levels
        that turn by their share of the tilt."""
        arm = arms["hip"]
        if spine_mode == "upright":
            for share, level in zip(self.model.skeleton.lordosis_share, LUMBAR_LEVELS):
                arm = arm + share * arms[level]
        return arm

    # -- forces ----------------------------------------------------------------------------------------
    def fascicle_settings(self, settings: Activation) -> tuple[np.ndarray, np.ndarray]:
        """Activation and tightness of every fascicle, the tightness as the normalised shortening of the
        fibres' resting length (mm over the optimal fibre length)."""
        ids = self.model.muscles.ids
        act = np.array([settings.activation.get(mid, 0.0) for mid in ids])[self.fascicle_muscle]
        tight = np.array([self.tightness_mm(settings.tightness.get(mid, 0.0)) for mid in ids])[self.fascicle_muscle]
        return act, tight / self.optimal_length

    def fibre_state(self, indices, mt_length: np.ndarray):
        """Normalised fibre length and cos(pennation) of fascicles at musculotendon lengths (mm)."""
        l_opt, l_ts = self.optimal_length[indices], self.slack_length[indices]
        along = np.maximum(mt_length - l_ts, 0.0)
        height = l_opt * np.sin(self.pennation[indices])
        fibre = np.sqrt(along ** 2 + height ** 2)
        # Muscles without published force properties make no force (their fibre length is left at optimal).
        normalised = np.where(self.max_force[indices] > 0, fibre / l_opt, 1.0)
        cos_pennation = np.where(fibre > 0, along / np.maximum(fibre, 1e-12), 1.0)
        return normalised, cos_pennation

    def full_fascicle_force(self, indices: np.ndarray, mt_length: np.ndarray, fascicle_settings) -> np.ndarray:
        """Active force plus the whole passive force of the fibres (N): what resists a sideways pull;
        ``fascicle_settings`` as ``fascicle_settings`` gives them."""
        act, tight = fascicle_settings
        normalised, cos_pennation = self.fibre_state(indices, mt_length)
        c = self.curves
        return self.max_force[indices] * (act[indices] * c.active(normalised)
                                          + c.passive(normalised + tight[indices])) * cos_pennation

    def fascicle_forces(self, evaluation, settings: Activation) -> tuple[np.ndarray, np.ndarray]:
        """Normalised fibre length and tendon force (N) of every fascicle, (N, F) each."""
        act, tight = self.fascicle_settings(settings)
        normalised, cos_pennation = self.fibre_state(slice(None), evaluation.fascicle_length)
        c = self.curves
        extra_passive = c.passive(normalised + tight) - c.passive(normalised)
        return normalised, self.max_force * (act * c.active(normalised) + extra_passive) * cos_pennation

    def muscle_tilt_moments(self, evaluation, settings: Activation, spine_mode: str) -> np.ndarray:
        """Each muscle's moment on pelvic tilt (N m, + anterior), (N, muscles): ``Forces.tilt_moment`` alone."""
        force = self.fascicle_forces(evaluation, settings)[1]
        return (force * self.tilt_arm(evaluation.fascicle_moment_arm, spine_mode) / 1000.0) @ self.muscle_sum

    def forces(self, evaluation, settings: Activation, spine_mode: str) -> Forces:
        normalised, force = self.fascicle_forces(evaluation, settings)
        arms = evaluation.fascicle_moment_arm
        tilt_arm = self.tilt_arm(arms, spine_mode)
        weights = self.muscle_sum
        return Forces(
            muscle_ids=self.model.muscles.ids,
            fibre_length=normalised,
            fascicle_force=force,
            force=force @ weights,
            hip_moment=(force * arms["hip"] / 1000.0) @ weights,
            lumbosacral_moment=(force * arms["lumbosacral"] / 1000.0) @ weights,
            tilt_moment=(force * tilt_arm / 1000.0) @ weights,
            has_properties=self.has_properties,
        )


@dataclass
class Balance:
    """The outcome of ``settle``."""

    pelvic_tilt: float | None  # deg; None when no stable balance exists in range
    balanced: bool
    falls: str | None  # None, "anterior" or "posterior"
    net_moment: float  # N m at the balanced tilt, or at the posture's own tilt when it falls
    moments: dict[str, float]  # parts at that tilt: muscles (by id), gravity, passive_hip, passive_lumbar
    could_hold: tuple[str, ...]  # when it falls: muscles with published forces whose tilt moment opposes the fall
    unstable_tilts: tuple[float, ...]  # deg: tilts where the moments cancel but a nudge grows (inverted pendulum)
    other_stable_tilts: tuple[float, ...] = ()  # deg: further stable balances, farther from the start (interpolated)
    stiffness: float | None = None  # N m/°: restoring moment per degree at the balance
    stiffness_parts: dict[str, float] = field(default_factory=dict)  # N m/° of each part (muscles by id)
    on_range_limit: bool = False  # the balance is held by a range-limit wall (see ``RANGE_LIMIT_PARTS``)


#: The passive joint curves, whose stiffness rises steeply at the ends of the range of motion.
RANGE_LIMIT_PARTS = ("passive_hip", "passive_lumbar")


def on_range_limit(stiffness: float, parts: dict[str, float], tilt: float, spec) -> bool:
    """A balance lies on a range-limit wall when the passive joint curves give more than half its stiffness,
    or when it sits at an end of the tilt range."""
    walls = sum(parts.get(k, 0.0) for k in RANGE_LIMIT_PARTS)
    at_end = min(tilt - spec.minimum, spec.maximum - tilt) < 0.5
    return bool(at_end or walls > 0.5 * stiffness)


def settle(model, mechanics: "Mechanics", posture: Posture, settings: Activation, samples: int = 31,
           nodes: int = 8, tolerance: float = 1e-7) -> Balance:
    """The stable pelvic tilt at which all tilt moments cancel, with the femur fixed.

    A root-find on the net tilt moment evaluated for many tilts per model call: one batch samples the tilt
    range (and the posture's own tilt); every sign change brackets a balance, stable where the moment falls
    through zero (a small anterior displacement meets a posterior moment) and unstable where it rises (a nudge
    grows). A second batch samples every bracket at Chebyshev-Lobatto nodes; the polynomial through them
    places each balance in its bracket. The stable balance nearest the posture's own tilt is chosen (the
    others are reported) and evaluated with its neighbours ±0.25° for the stiffness; should its net moment
    exceed ``tolerance`` N m (a kink of a passive curve inside the bracket), the Illinois false-position method
    finishes it inside the narrowed bracket. With no stable balance the pelvis falls the way the net moment at
    its own tilt points.
    """
    spec = model.parameters["pelvic_tilt"]
    grid = np.linspace(spec.minimum, spec.maximum, samples)
    net, parts = mechanics.tilt_moments(posture, settings, np.append(grid, posture.pelvic_tilt))
    start_net, start_parts = float(net[-1]), {k: float(v[-1]) for k, v in parts.items()}
    net = net[:-1]
    brackets = np.nonzero(_sign_changes(net[:-1], net[1:]))[0]
    stable, unstable = [], []  # (tilt, narrowed bracket (lo, hi, f_lo, f_hi))
    if brackets.size:
        u, to_coefficients = _lobatto(nodes)
        lo, hi = grid[brackets, None], grid[brackets + 1, None]
        x = 0.5 * (lo + hi) + 0.5 * (hi - lo) * u
        f = np.empty_like(x)
        f[:, 0], f[:, -1] = net[brackets], net[brackets + 1]
        f[:, 1:-1] = mechanics.tilt_moments(posture, settings, x[:, 1:-1].ravel())[0].reshape(len(brackets), -1)
        for xs, fs, coefficients in zip(x, f, f @ to_coefficients.T):
            roots = np.polynomial.chebyshev.chebroots(coefficients)
            roots = roots.real[np.abs(roots.imag) < 1e-9]
            for j in np.nonzero(_sign_changes(fs[:-1], fs[1:]))[0]:
                guess = u[j] - fs[j] * (u[j + 1] - u[j]) / (fs[j + 1] - fs[j])
                inside = roots[(roots >= u[j]) & (roots <= u[j + 1])]
                root = inside[np.argmin(np.abs(inside - guess))] if inside.size else guess
                tilt = float(xs[0] + (xs[-1] - xs[0]) * (root + 1.0) / 2.0)
                (stable if fs[j] > 0 else unstable).append((tilt, (xs[j], xs[j + 1], fs[j], fs[j + 1])))
    unstable_tilts = tuple(t for t, _ in unstable)
    if not stable:
        falls = "anterior" if start_net > 0 else "posterior"
        sign = -1.0 if falls == "anterior" else 1.0
        arms = mechanics.tilt_moment_arms(posture, posture.pelvic_tilt)
        could_hold = tuple(mid for mid, arm in arms.items() if sign * arm > 1.0 and mechanics.can_pull(mid))
        return Balance(None, False, falls, start_net, start_parts, could_hold, unstable_tilts)
    best = min(range(len(stable)), key=lambda k: abs(stable[k][0] - posture.pelvic_tilt))
    tilt, (lo, hi, f_lo, f_hi) = stable[best]
    side = 0
    for _ in range(40):
        net, parts = mechanics.tilt_moments(posture, settings, tilt + np.array([-STIFFNESS_STEP, 0.0, STIFFNESS_STEP]))
        f = float(net[1])
        if abs(f) < tolerance or hi - lo < tolerance:
            break
        if (f > 0) == (f_hi > 0):  # Illinois false position inside the narrowed bracket
            hi, f_hi = tilt, f
            if side == -1:
                f_lo /= 2.0
            side = -1
        else:
            lo, f_lo = tilt, f
            if side == 1:
                f_hi /= 2.0
            side = 1
        tilt = float(hi - f_hi * (hi - lo) / (f_hi - f_lo))
    moments = {k: float(v[1]) for k, v in parts.items()}
    stiffness, stiffness_parts = central_stiffness(net[[0, 2]], {k: v[[0, 2]] for k, v in parts.items()})
    others = tuple(t for k, (t, _) in enumerate(stable) if k != best)
    return Balance(tilt, True, None, sum(moments.values()), moments, (), unstable_tilts, others, stiffness,
                   stiffness_parts, on_range_limit(stiffness, stiffness_parts, tilt, spec))


@functools.cache
def _lobatto(nodes: int) -> tuple[np.ndarray, np.ndarray]:
    """Chebyshev-Lobatto nodes on -1 ... 1 and the matrix taking values there to the Chebyshev coefficients of
    the polynomial through them."""
    u = np.cos(np.pi * np.arange(nodes, -1, -1) / nodes)
    return u, np.linalg.inv(np.polynomial.chebyshev.chebvander(u, nodes))


def _sign_changes(before: np.ndarray, after: np.ndarray) -> np.ndarray:
    """Where the net moment crosses zero between neighbouring samples, either way."""
    return ((before > 0) & (after <= 0)) | ((before < 0) & (after >= 0))

"""Muscle forces, the moments they make, and the pelvis settling into balance.

Force of a fascicle (Thelen 2003 curve family, rigid tendon):
    F = F_max * (activation * f_active(l) + f_passive(l + tightness * eps0)) * cos(pennation)
with l the fibre length over the optimal fibre length. *Tightness* (0...1) moves the start of passive tension
to shorter fibre lengths, by up to the passive strain eps0 at which passive force reaches F_max: a "tight"
muscle pulls without being activated. Moments are the tendon force times the moment arms the path gives
(r x u of the line of pull), in N m.

The pelvic tilt generalised force (N m, + tilts the pelvis anteriorly) with the femur fixed sums the muscles
(through the tilt moment arm, which in ``upright`` mode includes the lumbar levels that follow the tilt),
gravity on the head-arms-trunk, the passive hip and the passive lumbar spine. ``settle`` finds the tilt where
it is zero and stable.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .posture import Posture

LUMBAR_LEVELS = ("lumbosacral", "L4_L5", "L3_L4", "L2_L3", "L1_L2")
GRAVITY = 9.80665


@dataclass(frozen=True)
class CurveParameters:
    """Thelen 2003 force-length curves as used in OpenSim (REFERENCE.md)."""

    active_width: float = 0.45  # gamma
    passive_shape: float = 5.0  # k_PE
    passive_strain: float = 0.6  # eps0: strain at which passive force reaches F_max

    def active(self, length):
        return np.exp(-((length - 1.0) ** 2) / self.active_width)

    def passive(self, length):
        stretch = np.maximum(length - 1.0, 0.0)
        return (np.exp(self.passive_shape * stretch / self.passive_strain) - 1.0) / (np.exp(self.passive_shape) - 1.0)


@dataclass
class Activation:
    """Per-muscle activation and tightness, each 0...1; missing muscles are 0 (relaxed, not tight)."""

    activation: dict[str, float] = field(default_factory=dict)
    tightness: dict[str, float] = field(default_factory=dict)


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
        self.curves = CurveParameters(**data.get("curves", {}))
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
        self.fascicle_muscle = np.zeros(n, dtype=int)
        for j, mid in enumerate(mus.ids):
            self.fascicle_muscle[mus.muscles[mid].fascicle_slice] = j
        trunk = data["trunk"]
        self.trunk_mass = float(trunk["mass_kg"])
        self.trunk_mass_centre = np.array(trunk["mass_centre_in_thorax_mm"], dtype=float)
        hip = data["passive_hip"]
        self.hip_passive = hip
        lumbar = data["passive_lumbar"]
        self.lumbar_stiffness = float(lumbar["stiffness_nm_per_deg"])

    # -- forces ----------------------------------------------------------------------------------------
    def fascicle_settings(self, settings: Activation) -> tuple[np.ndarray, np.ndarray]:
        ids = self.model.muscles.ids
        act = np.array([settings.activation.get(mid, 0.0) for mid in ids])[self.fascicle_muscle]
        tight = np.array([settings.tightness.get(mid, 0.0) for mid in ids])[self.fascicle_muscle]
        return act, tight

    def forces(self, evaluation, settings: Activation, spine_mode: str) -> Forces:
        act, tight = self.fascicle_settings(settings)
        mt = evaluation.fascicle_length
        height = self.optimal_length * np.sin(self.pennation)
        fibre = np.sqrt(np.maximum(mt - self.slack_length, 0.0) ** 2 + height ** 2)
        normalised = fibre / self.optimal_length
        cos_pennation = np.where(fibre > 0, np.maximum(mt - self.slack_length, 0.0) / np.maximum(fibre, 1e-12), 1.0)
        c = self.curves
        force = self.max_force * (act * c.active(normalised)
                                  + c.passive(normalised + tight * c.passive_strain)) * cos_pennation
        arms = evaluation.fascicle_moment_arm
        tilt_arm = arms["hip"].copy()
        if spine_mode == "upright":
            shares = self.model.skeleton.lordosis_share
            for share, level in zip(shares, LUMBAR_LEVELS):
                tilt_arm = tilt_arm + share * arms[level]
        weights = np.zeros((len(force[0]), len(self.model.muscles.ids)))
        weights[np.arange(len(force[0])), self.fascicle_muscle] = 1.0
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

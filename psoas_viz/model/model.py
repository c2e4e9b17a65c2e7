"""The sagittal pelvis-spine-femur model: posture in, lengths, moment arms and spinopelvic angles out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields

import numpy as np

from psoas_viz.i18n import fill_template, translate

from .kernel import PathGeometry
from .muscles import MuscleSet
from .posture import NUMERIC_PARAMETERS, ParameterError, ParameterSpec, Posture, check_spine_mode, parameter_specs
from .skeleton import MAIN_JOINTS, Pose, Skeleton

POSTURE_FIELDS = tuple(f.name for f in fields(Posture))


@dataclass
class Evaluation:
    """The model's numbers for N postures (arrays with a leading posture axis)."""

    muscle_ids: tuple[str, ...]
    length: np.ndarray  # (N, muscles) mm, force-weighted whole muscle
    neutral_length: np.ndarray  # (N, muscles) mm, at neutral standing with the same pelvis shape
    moment_arm: dict[str, np.ndarray]  # joint -> (N, muscles) mm; hip: + flexes the hip (tilts the pelvis anteriorly)
    fascicle_moment_arm: Mapping[str, np.ndarray]  # joint -> (N, fascicles) mm (built on first use)
    fascicle_length: np.ndarray  # (N, fascicles) mm
    angles: dict[str, np.ndarray]  # spinopelvic angles, degrees, (N,)
    pose: Pose
    geometry: PathGeometry

    @property
    def length_change(self) -> np.ndarray:
        return self.length - self.neutral_length

    @property
    def length_change_percent(self) -> np.ndarray:
        return 100.0 * self.length_change / self.neutral_length

    def column(self, muscle_id: str) -> int:
        return self.muscle_ids.index(muscle_id)

    def muscle(self, muscle_id: str, posture_index: int = 0) -> dict[str, float]:
        j = self.column(muscle_id)
        i = posture_index
        return {
            "length_mm": float(self.length[i, j]),
            "change_mm": float(self.length_change[i, j]),
            "change_percent": float(self.length_change_percent[i, j]),
            **{f"{joint}_moment_arm_mm": float(arms[i, j]) for joint, arms in self.moment_arm.items()},
        }


class Model:
    """Read once from ``assets/models/sagittal_model.json`` (see ``loading.load_model``)."""

    def __init__(self, data: dict):
        self.data = data
        self.skeleton = Skeleton(data)
        self.muscles = MuscleSet(data)
        self.sources = dict(data["sources"])
        self.parameters: dict[str, ParameterSpec] = parameter_specs(
            self.skeleton.default_pelvic_incidence, self.skeleton.neutral_lordosis)
        self._neutral_cache: dict[float, np.ndarray] = {}
        self._mechanics = None

    @property
    def mechanics(self):
        """Forces, moments and balance (built on first use)."""
        if self._mechanics is None:
            from .mechanics import Mechanics

            self._mechanics = Mechanics(self, self.data["mechanics"])
        return self._mechanics

    # -- postures --------------------------------------------------------------------------------------
    def default_posture(self) -> Posture:
        return Posture(**{name: spec.default for name, spec in self.parameters.items()}, spine_mode="upright")

    def range_warning(self, hip_flexion) -> str | None:
        """One line when a hip flexion (deg; scalar or array) leaves the source model's range, else None."""
        low, high = self.data["spinopelvic"]["hip_flexion_range_deg"]
        flexion = np.atleast_1d(np.asarray(hip_flexion, dtype=float))
        outside = flexion[(flexion < low - 1e-9) | (flexion > high + 1e-9)]
        if outside.size == 0:
            return None
        # "warning: " stays as it is, like the command line's "error: ", for scripts and the window's status bar
        return "warning: " + fill_template(translate(
            "Model", "hip flexion {flexion:.0f}° (thigh angle + pelvic tilt) is outside Rajagopal 2016's range "
                     "{low:.0f}…{high:.0f}°, for which its muscle paths were built; lengths and moment arms there "
                     "are extrapolated"),
            {"flexion": float(outside[np.argmax(np.abs(outside))]), "low": float(low), "high": float(high)})

    def validated(self, posture: Posture) -> Posture:
        """The same posture, or ParameterError naming the first bad value."""
        for name in NUMERIC_PARAMETERS:
            self.parameters[name].check(getattr(posture, name))
        check_spine_mode(posture.spine_mode)
        return posture

    def posture_with(self, base: Posture, assignments: dict[str, object]) -> Posture:
        """``base`` with ``{name: value}`` applied and checked (the command line's ``--set``)."""
        values = {}
        for name, value in assignments.items():
            if name == "spine_mode":
                values[name] = check_spine_mode(str(value))
            elif name in self.parameters:
                values[name] = self.parameters[name].check(value)
            else:
                known = ", ".join([*self.parameters, "spine_mode"])
                raise ParameterError(fill_template(translate("Model", "unknown parameter {name!r} (known: {known})"),
                                                   {"name": name, "known": known}))
        return base.with_values(**values)

    # -- evaluation ------------------------------------------------------------------------------------
    def evaluate(self, posture: Posture) -> Evaluation:
        return self.evaluate_many(**{name: getattr(posture, name) for name in POSTURE_FIELDS})

    def evaluate_many(self, pelvic_tilt, thigh_angle, knee_flexion, lumbar_lordosis, pelvic_incidence,
                      spine_mode: str = "upright", joints=MAIN_JOINTS) -> Evaluation:
        """Vectorised over postures: each numeric argument is a scalar or an array of shape (N,).

        ``joints`` names the joints whose moment arms are wanted (hip, lumbosacral and knee by default; the
        lumbar levels on request).
        """
        pose = self.skeleton.pose(pelvic_tilt, thigh_angle, knee_flexion, lumbar_lordosis, pelvic_incidence,
                                  spine_mode)
        paths = self.muscles.evaluate(pose, tuple(joints or ()))
        n = pose.angle.shape[0]
        neutral_length = self._neutral_lengths(np.broadcast_to(np.asarray(pelvic_incidence, dtype=float), (n,)))
        return Evaluation(
            muscle_ids=self.muscles.ids,
            length=paths.muscle_length,
            neutral_length=neutral_length,
            moment_arm=paths.moment_arm,
            fascicle_moment_arm=paths.fascicle_moment_arm,
            fascicle_length=paths.fascicle_length,
            angles=self.skeleton.spinopelvic(pose),
            pose=pose,
            geometry=paths.geometry,
        )

    def _neutral_lengths(self, incidences: np.ndarray) -> np.ndarray:
        """Muscle lengths in neutral standing for each pelvis shape, (N, muscles); cached per shape."""
        first = float(incidences[0])
        if first in self._neutral_cache and (len(incidences) == 1 or bool(np.all(incidences == first))):
            return np.broadcast_to(self._neutral_cache[first], (len(incidences), len(self.muscles.ids)))
        unique, inverse = np.unique(incidences, return_inverse=True)
        missing = [pi for pi in unique.tolist() if pi not in self._neutral_cache]
        if missing:
            neutral = self.default_posture()
            pose = self.skeleton.pose(neutral.pelvic_tilt, neutral.thigh_angle, neutral.knee_flexion,
                                      neutral.lumbar_lordosis, np.array(missing), neutral.spine_mode)
            if len(self._neutral_cache) > 4096:
                self._neutral_cache.clear()
            self._neutral_cache.update(zip(missing, self.muscles.evaluate(pose).muscle_length))
        table = np.array([self._neutral_cache[pi] for pi in unique.tolist()])
        return table[inverse.reshape(-1)]

    def sweep(self, name: str, values, base: Posture | None = None, joints=MAIN_JOINTS) -> Evaluation:
        """Evaluate ``base`` with ``name`` set to each of ``values`` (validated), vectorised."""
        base = self.validated(base or self.default_posture())
        if name not in self.parameters:
            raise ParameterError(fill_template(translate("Model", "unknown parameter {name!r} (sweepable: {names})"),
                                               {"name": name, "names": ", ".join(self.parameters)}))
        values = np.asarray(values, dtype=float)
        spec = self.parameters[name]
        if values.size and (values.min() < spec.minimum or values.max() > spec.maximum):
            bad = values[(values < spec.minimum) | (values > spec.maximum)][0]
            spec.check(bad)
        arguments = {name: getattr(base, name) for name in POSTURE_FIELDS}
        arguments[name] = values
        return self.evaluate_many(**arguments, joints=joints)

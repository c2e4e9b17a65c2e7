"""What one change of the user's settings derives, computed once into an immutable ``Snapshot`` (no Qt).

``Settings`` is what an undo step restores (posture, muscle settings, fascial pulls).  ``derive`` turns it into
a ``Snapshot``: the model evaluation (with the moment arms the spine mode's tilt needs), muscle forces, the
tilt-moment parts and their sum, the fascial pull solution, the spinopelvic angles and the neutral reference.
Forces, moments and the fascial solution are computed on first reading, at most once per snapshot, so a posture
change that nobody asks forces of does not pay for them; nothing downstream recomputes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from psoas_viz.model import Posture
from psoas_viz.model.mechanics import Activation, Forces
from psoas_viz.model.model import Evaluation
from psoas_viz.model.scenario import MuscleSetting
from psoas_viz.model.skeleton import MAIN_JOINTS

PSOAS = "psoas_major"


@dataclass(frozen=True)
class Settings:
    """What one undo step restores: the posture and every muscle's activation and tightness, fascial pulls."""

    posture: Posture
    muscles: tuple[tuple[str, MuscleSetting], ...] = field(default=())  # relaxed muscles left out, sorted
    pulls: tuple[tuple[str, float], ...] = field(default=())  # fascial link -> N, zero pulls left out, sorted

    def activation(self) -> Activation:
        """The muscle settings and fascial pulls in the form the mechanics takes."""
        return Activation({m: s.activation for m, s in self.muscles}, {m: s.tightness for m, s in self.muscles},
                          dict(self.pulls))


def muscle_tuple(muscles: dict[str, MuscleSetting]) -> tuple[tuple[str, MuscleSetting], ...]:
    """Canonical form: sorted, relaxed muscles left out (so equal settings compare equal)."""
    return tuple(sorted((m, s) for m, s in muscles.items() if s != MuscleSetting()))


def pull_tuple(pulls: dict[str, float]) -> tuple[tuple[str, float], ...]:
    return tuple(sorted((link, float(n)) for link, n in pulls.items() if n))


@dataclass(frozen=True, eq=False)
class Snapshot:
    """Everything derived from one ``Settings``; read by every view, panel, scene and export."""

    model: object
    settings: Settings
    evaluation: Evaluation  # moment arms of the main joints and of the joints the spine mode's tilt moves
    neutral: Evaluation  # neutral standing with the same pelvis shape (the reference of every length change)

    @property
    def posture(self) -> Posture:
        return self.settings.posture

    @cached_property
    def activation(self) -> Activation:
        return self.settings.activation()

    @cached_property
    def angles(self) -> dict[str, float]:
        """Spinopelvic angles (degrees): pelvic_incidence_deg, spinopelvic_tilt_deg, sacral_slope_deg, ..."""
        return {k: float(v[0]) for k, v in self.evaluation.angles.items()}

    @cached_property
    def forces(self) -> Forces:
        return self.model.mechanics.forces(self.evaluation, self.activation, self.posture.spine_mode)

    @cached_property
    def fascia(self):
        """The fascial pull solution (FascialResult), or None when nothing pulls."""
        if not self.settings.pulls:
            return None
        return self.model.mechanics.fascia.solve(self.evaluation, self.activation, self.posture.spine_mode)

    @cached_property
    def _moments(self) -> tuple[float, dict[str, float]]:
        fascia = None if self.fascia is None else [self.fascia.tilt_moment]
        net, parts = self.model.mechanics.moment_parts(self.evaluation, self.forces.tilt_moment, self.posture,
                                                       np.array([self.posture.pelvic_tilt]), fascia)
        return float(net[0]), {k: float(v[0]) for k, v in parts.items()}

    @property
    def moments(self) -> dict[str, float]:
        """N m on pelvic tilt, + anterior: muscle ids, gravity, passive_hip, passive_lumbar (and fascia)."""
        return self._moments[1]

    @property
    def net(self) -> float:
        """N m, + anterior."""
        return self._moments[0]

    def muscle(self, muscle_id: str) -> dict[str, float]:
        return self.evaluation.muscle(muscle_id)


def evaluation_joints(model, spine_mode: str) -> tuple[str, ...]:
    """The main joints and those whose moment arms the tilt moment needs in this spine mode."""
    return tuple(dict.fromkeys((*MAIN_JOINTS, *model.mechanics.joints_for(spine_mode))))


def evaluate(model, posture: Posture) -> Evaluation:
    p = posture
    return model.evaluate_many(p.pelvic_tilt, p.thigh_angle, p.knee_flexion, p.lumbar_lordosis, p.pelvic_incidence,
                               p.spine_mode, joints=evaluation_joints(model, p.spine_mode))


def derive(model, settings: Settings, previous: Snapshot | None = None, neutral: Evaluation | None = None) -> Snapshot:
    """The snapshot of ``settings``; the evaluation of ``previous`` is reused when the posture is the same."""
    if previous is not None and previous.posture == settings.posture:
        evaluation = previous.evaluation
    else:
        evaluation = evaluate(model, settings.posture)
    return Snapshot(model, settings, evaluation, neutral)

"""Segments, joints and landmarks of the sagittal model, and their world placement for many postures.

Every body rotates about the z axis only (the sagittal plane); points keep their z, the distance from the
mid-sagittal plane, so muscle lengths are 3-D lengths comparable with the published 3-D models.
Angles are radians inside this module and degrees at its interface.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .posture import check_spine_mode

VERTEBRAE = ("lumbar5", "lumbar4", "lumbar3", "lumbar2", "lumbar1")
BODY_ORDER = ("pelvis", "sacral_base", *VERTEBRAE, "thorax", "femur", "tibia")
BODY_INDEX = {name: i for i, name in enumerate(BODY_ORDER)}

#: For each joint a muscle can cross: the bodies that move when the joint turns (the distal side), and the
#: body whose origin is the joint centre. Positive rotation is flexion for the hip, extension for the
#: lumbosacral joint (lordosis grows), and for the knee extension (the tibia turns forwards).
JOINTS = {
    "hip": (("femur", "tibia"), "femur"),
    "lumbosacral": ((*VERTEBRAE, "thorax"), "lumbar5"),
    "knee": (("tibia",), "tibia"),
    "L4_L5": ((*VERTEBRAE[1:], "thorax"), "lumbar4"),
    "L3_L4": ((*VERTEBRAE[2:], "thorax"), "lumbar3"),
    "L2_L3": ((*VERTEBRAE[3:], "thorax"), "lumbar2"),
    "L1_L2": ((*VERTEBRAE[4:], "thorax"), "lumbar1"),
}
#: The joints whose moment arms an evaluation reports unless asked for others.
MAIN_JOINTS = ("hip", "lumbosacral", "knee")


@dataclass(frozen=True)
class Landmark:
    name: str
    body: str
    location: np.ndarray  # (3,) mm in the body frame
    source: str


@dataclass
class Pose:
    """World placement of every body for N postures (derived from the posture, never written back).

    ``frames()`` gives the same placement as complex numbers with the postures last, the layout the evaluation
    kernel reads; a pose from ``Skeleton.pose`` is built in that form, and ``cos``, ``sin`` and ``origin``
    are views of it.
    """

    angle: np.ndarray  # (N, B) radians, world angle of each body frame
    origin: np.ndarray  # (N, B, 2) mm, world position of each body frame origin
    rotation: np.ndarray | None = None  # (B, N) complex, e^(i angle)
    origin_complex: np.ndarray | None = None  # (B, N) complex

    def __post_init__(self):
        if self.rotation is None:
            self.cos, self.sin = np.cos(self.angle), np.sin(self.angle)
        else:
            self.cos, self.sin = self.rotation.real.T, self.rotation.imag.T

    def frames(self) -> tuple[np.ndarray, np.ndarray]:
        """(rotation e^(i angle), origin) of every body as complex numbers, each (B, N)."""
        if self.rotation is None:
            self.rotation = (self.cos + 1j * self.sin).T.copy()
        if self.origin_complex is None:
            self.origin_complex = (self.origin[..., 0] + 1j * self.origin[..., 1]).T.copy()
        return self.rotation, self.origin_complex

    def to_world(self, body_index: np.ndarray, local_xy: np.ndarray) -> np.ndarray:
        """Points given in their bodies' frames -> world, shape (N, M, 2)."""
        c, s = self.cos[:, body_index], self.sin[:, body_index]
        out = self.origin[:, body_index].copy()
        out[..., 0] += c * local_xy[:, 0] - s * local_xy[:, 1]
        out[..., 1] += s * local_xy[:, 0] + c * local_xy[:, 1]
        return out


class Skeleton:
    """The bodies, their joints and landmarks, read from the model data (see ``loading``)."""

    def __init__(self, data: dict):
        bodies = data["bodies"]
        spinopelvic = data["spinopelvic"]
        self._last_bodies: tuple | None = None  # (pose, posture index, bodies) of the last call
        self.default_pelvic_incidence = float(spinopelvic["default_pelvic_incidence_deg"])
        self.neutral_lordosis = float(spinopelvic["neutral_lumbar_lordosis_deg"])
        self.pelvis_neutral_rotation = np.radians(spinopelvic["pelvis_neutral_rotation_deg"])
        # Le Huec & Hasegawa 2016: neutral PT rises 0.44° per degree of PI (the pelvis stands further back)
        self.neutral_pt_per_pi = float(spinopelvic["neutral_pt_per_pi"])
        self.parent = [BODY_INDEX[bodies[name]["parent"]] if bodies[name]["parent"] else -1 for name in BODY_ORDER]
        self.offset = np.array([bodies[name]["origin"] for name in BODY_ORDER], dtype=float)
        self.offset_complex = self.offset[:, 0] + 1j * self.offset[:, 1]
        self.chains = []  # runs of BODY_ORDER in which each body is the child of the one before
        for b, p in enumerate(self.parent):
            if p < 0:
                self.chains.append([b])
            elif p == self.chains[-1][-1]:
                self.chains[-1].append(b)
            else:
                raise ValueError(f"{BODY_ORDER[b]}: bodies must form chains in BODY_ORDER")
        self.chains = [np.array(chain) for chain in self.chains]
        self.lordosis_share = np.array([bodies[v]["lordosis_share"] for v in VERTEBRAE])
        self.vertebra_rows = slice(BODY_INDEX[VERTEBRAE[0]], BODY_INDEX[VERTEBRAE[-1]] + 1)  # consecutive bodies
        self.neutral_extension = np.radians(sum(bodies[v]["neutral_angle_deg"] for v in VERTEBRAE))
        self.s1_endplate_angle = np.radians(bodies["sacral_base"]["endplate_angle_deg"])
        self.s1_endplate_depth = float(bodies["sacral_base"]["endplate_depth_mm"])
        self.inferior_endplate_angle = np.radians([bodies[v]["inferior_endplate_angle_deg"] for v in VERTEBRAE])
        self.l1_superior_endplate_angle = np.radians(bodies["lumbar1"]["superior_endplate_angle_deg"])
        self.disc_height = np.array([bodies[v]["disc_height_below_mm"] for v in VERTEBRAE])
        self.body_sources = {name: bodies[name]["source"] for name in BODY_ORDER}
        self.landmarks = {
            name: Landmark(name, lm["body"], np.array(lm["location"], dtype=float), lm["source"])
            for name, lm in data["landmarks"].items()}

    # -- kinematics ----------------------------------------------------------------------------------
    def lumbar_extension(self, pelvic_tilt, lumbar_lordosis, pelvic_incidence, spine_mode: str):
        """Total lumbar extension (rad) of the column relative to its source shape; array arguments.

        ``upright``: the lordosis changes so that the thorax keeps its neutral orientation;
        ``locked``: the column is rigid on the sacrum (only the pelvis-shape change is compensated, so that a
        person of any PI stands with an upright thorax in neutral: the sacral slope change, PI less its
        neutral-PT share);
        ``manual``: the lordosis is ``lumbar_lordosis``.
        """
        check_spine_mode(spine_mode)
        d_pi = np.radians(pelvic_incidence - self.default_pelvic_incidence) * (1.0 - self.neutral_pt_per_pi)
        if spine_mode == "upright":
            return self.neutral_extension + np.radians(pelvic_tilt) + d_pi
        if spine_mode == "locked":
            return self.neutral_extension + d_pi
        return self.neutral_extension + np.radians(lumbar_lordosis - self.neutral_lordosis)

    def pose(self, pelvic_tilt, thigh_angle, knee_flexion, lumbar_lordosis, pelvic_incidence, spine_mode) -> Pose:
        """Vectorised: every numeric argument is a scalar or an array of one shape (N,)."""
        tilt, thigh, knee, lordosis, pi = np.broadcast_arrays(
            *(np.atleast_1d(np.asarray(v, dtype=float)) for v in
              (pelvic_tilt, thigh_angle, knee_flexion, lumbar_lordosis, pelvic_incidence)))
        n = tilt.shape[0]
        extension = self.lumbar_extension(tilt, lordosis, pi, spine_mode)
        relative = np.empty((len(BODY_ORDER), n))  # bodies first, postures last: every row is contiguous
        relative[BODY_INDEX["pelvis"]] = (self.pelvis_neutral_rotation - np.radians(tilt)
                                          + np.radians(self.neutral_pt_per_pi * (pi - self.default_pelvic_incidence)))
        relative[BODY_INDEX["sacral_base"]] = -np.radians(pi - self.default_pelvic_incidence)
        np.multiply(self.lordosis_share[:, None], extension, out=relative[self.vertebra_rows])
        relative[BODY_INDEX["thorax"]] = 0.0
        relative[BODY_INDEX["femur"]] = np.radians(thigh)
        relative[BODY_INDEX["tibia"]] = -np.radians(knee)
        # Each body's parent is the one before it in its chain (row sums: a cumulative sum down the rows of
        # a postures-last array runs column by column, several times slower).
        angle = relative  # summed in place down each chain
        rotation = np.empty(angle.shape, dtype=complex)
        origin = np.empty_like(rotation)
        for chain in self.chains:
            for parent, body in zip(chain[:-1], chain[1:]):
                angle[body] += angle[parent]
        np.cos(angle, out=rotation.real)
        np.sin(angle, out=rotation.imag)
        for chain in self.chains:
            origin[chain[0]] = self.offset_complex[chain[0]]
            steps = rotation[chain[:-1]] * self.offset_complex[chain[1:], None]
            for k, (parent, body) in enumerate(zip(chain[:-1], chain[1:])):
                np.add(origin[parent], steps[k], out=origin[body])
        xy = origin.view(float).reshape(len(BODY_ORDER), n, 2).transpose(1, 0, 2)  # (N, B, 2) view
        return Pose(angle.T, xy, rotation, origin)

    def landmark_world(self, pose: Pose, name: str) -> np.ndarray:
        lm = self.landmarks[name]
        return pose.to_world(np.array([BODY_INDEX[lm.body]]), lm.location[None, :2])[:, 0]

    def joint_centre(self, pose: Pose, joint: str) -> np.ndarray:
        return pose.origin[:, BODY_INDEX[JOINTS[joint][1]]]

    # -- spinopelvic angles ----------------------------------------------------------------------------
    def spinopelvic(self, pose: Pose) -> dict[str, np.ndarray]:
        """Standard radiographic angles (degrees) and the clinical ASIS-PSIS angle, per posture."""
        mid = pose.origin[:, BODY_INDEX["sacral_base"]]
        plate = pose.angle[:, BODY_INDEX["sacral_base"]] + self.s1_endplate_angle
        sacral_slope = -plate
        spinopelvic_tilt = np.arctan2(-mid[:, 0], mid[:, 1])
        to_hip = np.arctan2(-mid[:, 1], -mid[:, 0])
        into_sacrum = plate - np.pi / 2  # the endplate normal pointing down into the sacrum
        incidence = np.angle(np.exp(1j * (to_hip - into_sacrum)))
        l1_superior = pose.angle[:, BODY_INDEX["lumbar1"]] + self.l1_superior_endplate_angle
        asis = self.landmark_world(pose, "asis")
        psis = self.landmark_world(pose, "psis")
        asis_psis = np.arctan2(psis[:, 1] - asis[:, 1], asis[:, 0] - psis[:, 0])
        return {
            "pelvic_incidence_deg": np.degrees(incidence),
            "spinopelvic_tilt_deg": np.degrees(spinopelvic_tilt),
            "sacral_slope_deg": np.degrees(sacral_slope),
            "lumbar_lordosis_deg": np.degrees(l1_superior - plate),
            "asis_psis_angle_deg": np.degrees(asis_psis),
            "thorax_inclination_deg": -np.degrees(pose.angle[:, BODY_INDEX["thorax"]]),
        }

    # -- drawing geometry --------------------------------------------------------------------------------
    def vertebral_bodies(self, pose: Pose, posture_index: int = 0) -> dict[str, np.ndarray]:
        """Sagittal outlines (4 corners, mm, world) of the L5...L1 bodies and T12, and the S1 endplate line.

        Endplate centres sit half a published disc height from the Christophy disc centres; endplates are
        drawn with the S1 endplate depth measured on the sacrum mesh and without body wedging. T12 (not in
        the source model) is drawn like L1 above a disc of the L1/L2 height. Drawing only: no number the
        model reports depends on these outlines.
        """
        last = self._last_bodies
        if last is not None and last[0] is pose and last[1] == posture_index:  # the diagram asks once per use
            return last[2]
        i = posture_index
        half_depth = self.s1_endplate_depth / 2
        centres = [pose.origin[i, BODY_INDEX[v]] for v in VERTEBRAE]
        angles = [pose.angle[i, BODY_INDEX[v]] + a for v, a in zip(VERTEBRAE, self.inferior_endplate_angle)]
        out = {}

        def box(inferior_centre, superior_centre, angle):
            e = np.array([np.cos(angle), np.sin(angle)]) * half_depth
            return np.array([inferior_centre + e, superior_centre + e, superior_centre - e, inferior_centre - e])

        heights = []
        for k, vertebra in enumerate(VERTEBRAE):
            n = np.array([-np.sin(angles[k]), np.cos(angles[k])])
            inferior = centres[k] + n * self.disc_height[k] / 2
            if k + 1 < len(VERTEBRAE):
                superior = centres[k + 1] - n * self.disc_height[k + 1] / 2
                heights.append(float(np.linalg.norm(superior - inferior)))
            else:
                superior = inferior + n * float(np.mean(heights))
            out[vertebra.replace("lumbar", "L")] = box(inferior, superior, angles[k])
        top = out["L1"][1:3].mean(axis=0)
        angle = angles[-1]
        n = np.array([-np.sin(angle), np.cos(angle)])
        t12_inferior = top + n * self.disc_height[-1]
        out["T12"] = box(t12_inferior, t12_inferior + n * float(np.mean(heights)), angle)
        plate = pose.angle[i, BODY_INDEX["sacral_base"]] + self.s1_endplate_angle
        e = np.array([np.cos(plate), np.sin(plate)]) * half_depth
        mid = pose.origin[i, BODY_INDEX["sacral_base"]]
        out["S1_endplate"] = np.array([mid + e, mid - e])
        for corners in out.values():
            corners.setflags(write=False)  # shared by the callers of the same pose
        self._last_bodies = (pose, posture_index, out)
        return out

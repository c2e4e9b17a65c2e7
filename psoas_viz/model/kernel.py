"""The evaluation kernel's pieces (numpy only): the plan of the fascicle-joint pairs whose moment arms can be
non-zero, the grouped sums that turn fascicle rows into muscle rows, the closed-form wraps over circles, and the
results (lengths, moment arms, and on first use the drawn geometry). ``muscles.MuscleSet.evaluate`` runs them.

Points are complex numbers (x + iy, mm) with postures along the last axis.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from .skeleton import Pose

if TYPE_CHECKING:
    from .muscles import MuscleSet

TWO_PI = 2.0 * np.pi


@dataclass(frozen=True)
class ArmPlan:
    """The fascicle-joint pairs whose moment arm can be non-zero, for one tuple of joints.

    Pair p is the line of pull ``row`` (a straight piece k, or a distinct wrap u's leaving end at S + u or
    arriving end at S + U + u) acting at live point ``point``; its moment arm about its joint, whose centre is
    live point ``centre[joint]``, is ``sign * (point - centre) x pull``. Pairs are grouped by joint (``bounds``).
    ``sums`` turns the rows [fascicle lengths; pair moment arms] into [muscle lengths; each joint's muscle
    moment arms], force-weighted.
    """

    joints: tuple[str, ...]
    row: np.ndarray  # (P,)
    point: np.ndarray  # (P,)
    centre: tuple[int, ...]  # (J,)
    sign: np.ndarray  # (P, 1)
    fascicle: np.ndarray  # (P,)
    bounds: tuple[tuple[int, int], ...]  # (J,) pair range of each joint
    sums: "GroupedSum"


class FascicleArms(Mapping):
    """Fascicle moment arms (mm) about each joint: ``arms[joint]`` is (N, F), zero where a fascicle cannot turn
    the joint. The kernel stores only the pairs that can be non-zero; each joint's full table is built on
    first use."""

    def __init__(self, plan: ArmPlan, values: np.ndarray, n_fascicles: int):
        self.plan, self.values, self.n_fascicles = plan, values, n_fascicles
        self._tables: dict[str, np.ndarray] = {}

    def __getitem__(self, joint: str) -> np.ndarray:
        if joint not in self._tables:
            if joint not in self.plan.joints:
                raise KeyError(joint)
            lo, hi = self.plan.bounds[self.plan.joints.index(joint)]
            table = np.zeros((self.n_fascicles, self.values.shape[1]))
            np.add.at(table, self.plan.fascicle[lo:hi], self.values[lo:hi])
            self._tables[joint] = table.T
        return self._tables[joint]

    def __iter__(self):
        return iter(self.plan.joints)

    def __len__(self) -> int:
        return len(self.plan.joints)


@dataclass
class PathResult:
    """What the kernel computes for N postures (arrays with a leading posture axis)."""

    fascicle_length: np.ndarray  # (N, F) mm
    muscle_length: np.ndarray  # (N, muscles) mm, force-weighted whole muscle
    moment_arm: dict[str, np.ndarray]  # joint -> (N, muscles) mm
    fascicle_moment_arm: FascicleArms
    geometry: "PathGeometry"


class PathGeometry:
    """The paths at N postures: fascicle lengths and engaged wraps, and (on first use) what drawing needs."""

    def __init__(self, muscles: "MuscleSet", pose: Pose, fascicle_length: np.ndarray, wrapped: np.ndarray):
        self.muscles = muscles
        self.pose = pose
        self.fascicle_length = fascicle_length  # (N, F) mm
        self.wrapped = wrapped  # (N, W) bool

    @cached_property
    def _drawn(self) -> dict[str, np.ndarray]:
        m = self.muscles
        rot, org = self.pose.frames()
        points = world_points(rot, org, m.point_body, m.point_complex)
        c = world_points(rot, org, m.wrap_body, m.wrap_centre_complex)
        r = m.wrap_radius[:, None]
        sense = m.wrap_sense[:, None]
        w = Wraps(np.stack((points[m.wrap_a] - c, points[m.wrap_b] - c)), r, sense, np.stack((sense, -sense)))
        u_in, u_out = w.tangent_directions()
        xy = lambda z: np.stack((z.real.T, z.imag.T), -1)  # noqa: E731  (K, N) complex -> (N, K, 2)
        return {"points": xy(points), "wrap_centre": xy(c), "tangent_in": xy(c + r * u_in),
                "tangent_out": xy(c + r * u_out), "arc_start": np.angle(u_in).T,
                "arc": (sense * w.arc).T}

    @property
    def points(self) -> np.ndarray:  # (N, M, 2) world positions of the path points
        return self._drawn["points"]

    @property
    def wrap_centre(self) -> np.ndarray:  # (N, W, 2)
        return self._drawn["wrap_centre"]

    @property
    def tangent_in(self) -> np.ndarray:  # (N, W, 2)
        return self._drawn["tangent_in"]

    @property
    def tangent_out(self) -> np.ndarray:  # (N, W, 2)
        return self._drawn["tangent_out"]

    @property
    def arc_start(self) -> np.ndarray:  # (N, W) angle of tangent_in about the centre
        return self._drawn["arc_start"]

    @property
    def arc(self) -> np.ndarray:  # (N, W) swept angle, signed by the sense
        return self._drawn["arc"]


class GroupedSum:
    """``out[g] = sum of weight[k] * x[k]`` over the rows k of group g, rows sorted by group.

    Sparse and single-threaded: a dense product would call a multi-threaded BLAS, which costs more than it
    saves on a shared machine. Wide chunks gather the one-row groups and sum each larger group's rows; a few
    postures (one slider step) take one ``reduceat``, whose column-by-column loop is slow only when wide.
    """

    NARROW = 32  # postures

    def __init__(self, group: np.ndarray, weight: np.ndarray, n_groups: int):
        if np.any(np.diff(group) < 0):
            raise ValueError("rows must be sorted by group")
        self.weight = np.asarray(weight, dtype=float)[:, None]
        sizes = np.bincount(group, minlength=n_groups)
        starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
        self.present = np.nonzero(sizes > 0)[0]
        self.present_starts = starts[self.present]
        self.single = np.nonzero(sizes == 1)[0]
        self.single_rows = starts[self.single]
        self.empty = np.nonzero(sizes == 0)[0]
        self.multi = [(int(g), int(starts[g]), int(starts[g] + sizes[g])) for g in np.nonzero(sizes > 1)[0]]

    def __call__(self, x: np.ndarray, out: np.ndarray) -> None:
        y = x * self.weight
        if x.shape[1] <= self.NARROW:
            out[self.present] = np.add.reduceat(y, self.present_starts, axis=0)
        else:
            out[self.single] = y[self.single_rows]
            for g, lo, hi in self.multi:
                np.add.reduce(y[lo:hi], axis=0, out=out[g])
        out[self.empty] = 0.0


def world_points(rot: np.ndarray, org: np.ndarray, body: np.ndarray, local: np.ndarray) -> np.ndarray:
    """Points given (complex) in their bodies' frames -> world, (K, n)."""
    out = rot[body]
    out *= local.reshape(-1, 1)
    out += org[body]
    return out


def _abs2(z: np.ndarray) -> np.ndarray:
    out = z.real * z.real
    out += z.imag * z.imag
    return out


class Wraps:
    """Paths from p to q round circles (radius r, sense s), in closed form, for (U, n) postures.

    ``ends`` (2, U, n) holds p and q relative to the circle's centre: both ends go through the same operations
    together. The tangent point seen from an end at distance d from the centre lies at angle acos(r/d) from it,
    so its direction is v (r +- i s t) / (|v| d) with t = sqrt(d^2 - r^2) the tangent length: complex products
    instead of angles. An end inside the circle (a 3-D path seen in the sagittal plane can pass "through" the
    cylinder at extreme postures) rides on the circle at its radial projection, joined to it radially.
    """

    def __init__(self, ends, r, s, turn):
        """``r``, ``s``: (U, 1); ``turn`` (2, U, 1) is (s, -s): the leaving end's tangent point lies ahead of it
        in the sense of the wrap, the arriving end's behind."""
        self.r, self.s, self.turn = r, s, turn
        self.v = v = ends
        self.d2 = d2 = _abs2(v)
        self.d = d = np.sqrt(d2)
        self.t = t = np.sqrt(np.maximum(d2 - r * r, 0.0))
        self.e = e = v * (r + 1j * (turn * t))  # tangent directions, each scaled by |v| max(|v|, r)
        z = e[1] * e[0].conj()
        arc = np.arctan2(s * z.imag, z.real)
        arc += TWO_PI * (arc < 0.0)
        self.arc = arc  # swept angle in [0, 2 pi) in the sense of the wrap
        vp = v[0]
        self.chord = chord = v[1] - vp
        chord_length = np.sqrt(_abs2(chord))
        self.safe_chord = safe = np.maximum(chord_length, 1e-12)
        # The line p->q crosses the circle when the centre is nearer it than r on the kept side, between p and q.
        side = s * (chord.imag * vp.real - chord.real * vp.imag) < r * safe
        along = -(vp.real * chord.real + vp.imag * chord.imag)
        crossing = side & (along > 0.0) & (along < safe * safe)
        inside = d < r
        self.wrapped = crossing | ((inside[0] | inside[1]) & (arc < np.pi))
        wrapped_length = np.add.reduce(t + np.maximum(r - d, 0.0), axis=0)
        wrapped_length += r * arc
        self.xy = np.where(self.wrapped, wrapped_length, chord_length)

    def tangent_directions(self) -> np.ndarray:
        """(2, U, n) unit directions from the centre to the leaving and arriving tangent points."""
        return self.e / (np.maximum(self.d, 1e-12) * np.maximum(self.d, self.r))

    def pulls(self) -> tuple[np.ndarray, np.ndarray]:
        """Rate of the path's sagittal length per unit velocity of each end relative to the wrap's body.

        Wrapped, outside the circle: the unit vector from the tangent point to the end, v (t -+ i s r) / d^2.
        Inside (the end rides on the circle at its radial projection): the arc changes with the angular motion
        of the projection and the radial piece shrinks as the point moves out, v (-d -+ i s r) / d^2. Not
        wrapped: the chord's direction, away from the other end.
        """
        unit = self.chord * (1.0 / self.safe_chord)
        pull = self.v * (np.where(self.d >= self.r, self.t, -self.d) - 1j * (self.turn * self.r))
        pull *= 1.0 / np.maximum(self.d2, 1e-24)
        return np.where(self.wrapped, pull[0], -unit), np.where(self.wrapped, pull[1], unit)

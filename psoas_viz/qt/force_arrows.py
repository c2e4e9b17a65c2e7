"""Force arrows in the play area: at both ends of every pulling muscle, an arrow along its line of pull.

The arrow starts at the (force-weighted) attachment and points along the path, the way the muscle pulls the
bone; its length is proportional to the muscle's force (``MM_PER_N``), capped; green when the muscle tilts the
pelvis anteriorly, purple when posteriorly (the colours of the tilt-moment chart).  One filled path item per
muscle, created once and updated in place; muscles pulling less than ``MIN_FORCE_N`` show nothing.
"""

from __future__ import annotations

import numpy as np
import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.state import PostureState

from . import forces as muscle_forces
from . import style
from .moment_chart import ANTERIOR, POSTERIOR

MM_PER_N = 1.0 / 5.0  # 1 mm of arrow per 5 N
MAX_LENGTH_MM = 110.0
MIN_FORCE_N = 1.0
SHAFT_MM = 5.0  # shaft width
HEAD_LENGTH_MM = 16.0
HEAD_WIDTH_MM = 15.0
Z = 25  # over the muscles (10...21), under the angle construction and labels


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


def arrow_length(force_n: float) -> float:
    return float(min(force_n * MM_PER_N, MAX_LENGTH_MM))


class ForceArrows:
    """Arrows for every muscle in a play area's view box; follows the state on its own."""

    def __init__(self, state: PostureState, viewbox, visible: bool = True):
        self.state = state
        self.visible = visible
        self.outline = style.cosmetic_pen("#111111", 1.3)
        # the colours of the tilt-moment chart: green tilts the pelvis anteriorly, purple posteriorly (the
        # muscles' own colour is their length change, mostly grey: an arrow in it would vanish into the muscle)
        self.brushes = {True: QtGui.QBrush(QtGui.QColor(ANTERIOR)), False: QtGui.QBrush(QtGui.QColor(POSTERIOR))}
        self.items: dict[str, QtWidgets.QGraphicsPathItem] = {}
        for mid in state.model.muscles.ids:
            item = QtWidgets.QGraphicsPathItem()
            item.setPen(self.outline)
            item.setZValue(Z + (1 if mid == "psoas_major" else 0))
            item.setVisible(False)
            viewbox.addItem(item)
            self.items[mid] = item
        self.shown: dict[str, float] = {}  # muscle id -> force (N) of the arrows drawn now
        self._unsubscribe = state.subscribe(self._on_state)
        self.refresh()

    def _on_state(self, state, what):
        if what in ("posture", "muscles"):
            self.refresh()

    def set_visible(self, visible: bool) -> None:
        self.visible = bool(visible)
        self.refresh()

    def refresh(self) -> None:
        self.shown = {}
        if not self.visible or not self.state.muscles:
            for item in self.items.values():
                item.setVisible(False)
            return
        now = muscle_forces.current(self.state)
        model = self.state.model
        for j, mid in enumerate(now.forces.muscle_ids):
            item = self.items[mid]
            force = float(now.forces.force[0, j])
            ends = None
            if force > MIN_FORCE_N:
                ends = muscle_forces.line_of_pull(model.muscles, now.evaluation.geometry, mid,
                                                  now.forces.fascicle_force[0])
            if ends is None:
                item.setVisible(False)
                continue
            length = arrow_length(force)
            path = QtGui.QPainterPath()
            for point, direction in ends:
                polygon = arrow_polygon(point, direction, length)
                path.addPolygon(QtGui.QPolygonF([QtCore.QPointF(float(x), float(y)) for x, y in polygon]))
                path.closeSubpath()
            item.setPath(path)
            item.setBrush(self.brushes[now.forces.tilt_moment[0, j] >= 0])
            item.setVisible(True)
            self.shown[mid] = force

    def close(self) -> None:
        self._unsubscribe()


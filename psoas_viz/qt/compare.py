"""Compare: posterior (−10°) and anterior (+10°) pelvic tilt overlaid, psoas difference annotated."""

from __future__ import annotations

import numpy as np
import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets
import pyqtgraph as pg

from psoas_viz.state import PostureState

from . import style
from .play_area import DEFAULT_RANGE, _joined, _polygon_path

Qt = QtCore.Qt
TILTS = {"posterior": -10.0, "anterior": 10.0}
# posterior/anterior identity colours (PRGn ends), distinct from the shorter/longer blue-orange of length change
COLOURS = {"posterior": (118, 42, 131), "anterior": (27, 120, 55)}


class CompareView(QtWidgets.QWidget):
    def __init__(self, state: PostureState, parent=None):
        super().__init__(parent)
        self.state = state
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QtWidgets.QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("font-size:15pt;padding:6px;background:#fbfaf7")
        layout.addWidget(self.caption)
        self.view = pg.PlotWidget(background=style.BACKGROUND)
        self.view.setAspectLocked(True)
        self.view.hideAxis("left")
        self.view.hideAxis("bottom")
        self.view.setMenuEnabled(False)
        self.view.hideButtons()
        layout.addWidget(self.view, 1)
        vb = self.view.getPlotItem().vb
        self.bones = {}
        self.psoas = {}
        for side, rgb in COLOURS.items():
            pen = style.cosmetic_pen(rgb, 2.0)
            fill = QtGui.QColor(*rgb, 28)
            for name in ("pelvis", "sacrum", "femur", "vertebrae"):
                item = QtWidgets.QGraphicsPathItem()
                item.setPen(pen)
                item.setBrush(QtGui.QBrush(fill))
                vb.addItem(item)
                self.bones[side, name] = item
            curve = pg.PlotCurveItem(pen=style.cosmetic_pen(rgb, 6.0), connect="finite", skipFiniteCheck=True)
            curve.setZValue(10)
            vb.addItem(curve)
            self.psoas[side] = curve
        self.legend = {}
        for side, rgb in COLOURS.items():
            text = pg.TextItem(color=rgb, anchor=(0, 0))
            font = QtGui.QFont()
            font.setPointSize(14)
            font.setBold(True)
            text.setFont(font)
            vb.addItem(text)
            self.legend[side] = text
        hip = pg.ScatterPlotItem([0], [0], size=14, pen=pg.mkPen("#111", width=2), brush=pg.mkBrush("#fff"))
        hip.setZValue(20)
        vb.addItem(hip)
        vb.setRange(QtCore.QRectF(-200, -300, 560, 700), padding=0)
        self.difference_mm = 0.0
        self.difference_percent = 0.0
        self._key = None
        self._unsubscribe = state.subscribe(self._on_state)
        self.refresh()

    def _on_state(self, state, what):
        if what == "posture" and self.isVisible():
            self.refresh()

    def showEvent(self, event):
        super().showEvent(event)
        self.refresh()

    def refresh(self):
        base = self.state.posture.with_values(pelvic_tilt=0.0)
        if base == self._key:
            return
        self._key = base
        model = self.state.model
        sk, mus = model.skeleton, model.muscles
        psoas = mus.muscles["psoas_major"]
        lengths = {}
        for side, tilt in TILTS.items():
            ev = model.evaluate(base.with_values(pelvic_tilt=tilt))
            lengths[side] = ev.muscle("psoas_major")["length_mm"]
            for name in ("pelvis", "sacrum", "femur"):
                self.bones[side, name].setPath(_polygon_path(sk.outline_world(ev.pose, name)))
            path = QtGui.QPainterPath()
            for name, corners in sk.vertebral_bodies(ev.pose).items():
                if name != "S1_endplate":
                    path.addPath(_polygon_path(corners))
            self.bones[side, "vertebrae"].setPath(path)
            x, y = _joined([mus.fascicle_polyline(ev.geometry, f)
                            for f in range(psoas.fascicle_slice.start, psoas.fascicle_slice.stop)])
            self.psoas[side].setData(x, y)
        self.difference_mm = lengths["anterior"] - lengths["posterior"]
        self.difference_percent = 100.0 * self.difference_mm / lengths["posterior"]
        self.legend["posterior"].setText(f"posterior tilt −10°: psoas {lengths['posterior']:.1f} mm")
        self.legend["anterior"].setText(f"anterior tilt +10°: psoas {lengths['anterior']:.1f} mm")
        self.legend["posterior"].setPos(-195, 395)
        self.legend["anterior"].setPos(-195, 370)
        longer = "longer" if self.difference_mm > 0 else "shorter"
        self.caption.setText(
            f"<b>Compare</b> (spine: {base.spine_mode}, thigh {base.thigh_angle:g}°, knee {base.knee_flexion:g}°): "
            f"in anterior tilt the psoas major is <b>{abs(self.difference_mm):.1f} mm "
            f"({abs(self.difference_percent):.1f} %) {longer}</b> than in posterior tilt.")

    def close_view(self):
        self._unsubscribe()

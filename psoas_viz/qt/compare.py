"""Compare: postures overlaid, psoas lengths annotated.

By default posterior (−10°) and anterior (+10°) pelvic tilt of the current posture; ``set_postures`` shows any
two to four labelled postures instead (a claim's scenarios), each in its own colour *and* line style.
"""

from __future__ import annotations

import html

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets
import pyqtgraph as pg

from psoas_viz.state import PostureState

from . import style
from .play_area import DEFAULT_RANGE, _joined, _polygon_path

Qt = QtCore.Qt
TILTS = {"posterior": -10.0, "anterior": 10.0}
DEFAULT_LABELS = {"posterior": "posterior tilt −10°", "anterior": "anterior tilt +10°"}
# posterior/anterior identity colours (PRGn ends), distinct from the shorter/longer blue-orange of length change;
# then dark grey and brown.  Each side also has its own line style, so colour is never the only cue.
COLOURS = {"posterior": (118, 42, 131), "anterior": (27, 120, 55)}
SIDE_COLOURS = [(118, 42, 131), (27, 120, 55), (60, 60, 60), (140, 81, 10)]
SIDE_STYLES = [(Qt.PenStyle.SolidLine, "━━━ solid"), (Qt.PenStyle.DashLine, "╍╍╍ dashed"),
               (Qt.PenStyle.DotLine, "┅┅┅ dotted"), (Qt.PenStyle.DashDotLine, "━·━ dash-dot")]
MAX_SIDES = len(SIDE_COLOURS)
PSOAS = "psoas_major"
FRAME_BOTTOM = -240.0  # mm: the frame keeps the hip, pelvis and spine large


class CompareView(QtWidgets.QWidget):
    def __init__(self, state: PostureState, parent=None):
        super().__init__(parent)
        self.state = state
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.caption = QtWidgets.QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("font-size:15pt;padding:6px;background:#fbfaf7")
        layout.addWidget(self.caption)
        self.legend_label = QtWidgets.QLabel()
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setWordWrap(True)
        self.legend_label.setStyleSheet("font-size:14pt;padding:2px 8px 6px 8px;background:#fbfaf7")
        layout.addWidget(self.legend_label)
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
        self.others = {}
        for i, rgb in enumerate(SIDE_COLOURS):
            pen_style = SIDE_STYLES[i][0]
            pen = style.cosmetic_pen(rgb, 2.0, pen_style)
            fill = QtGui.QColor(*rgb, 22)
            for name in ("pelvis", "sacrum", "femur", "vertebrae"):
                item = QtWidgets.QGraphicsPathItem()
                item.setPen(pen)
                item.setBrush(QtGui.QBrush(fill))
                vb.addItem(item)
                self.bones[i, name] = item
            curve = pg.PlotCurveItem(pen=style.cosmetic_pen(rgb, 6.0, pen_style, Qt.PenCapStyle.FlatCap),
                                     connect="finite", skipFiniteCheck=True)
            curve.setZValue(10 + i)
            vb.addItem(curve)
            self.psoas[i] = curve
            other = pg.PlotCurveItem(pen=style.cosmetic_pen(rgb, 3.0, pen_style, Qt.PenCapStyle.FlatCap),
                                     connect="finite", skipFiniteCheck=True)
            other.setZValue(5 + i)
            vb.addItem(other)
            self.others[i] = other
        hip = pg.ScatterPlotItem([0], [0], size=14, pen=pg.mkPen("#111", width=2), brush=pg.mkBrush("#fff"))
        hip.setZValue(20)
        vb.addItem(hip)
        self._vb = vb
        vb.setRange(QtCore.QRectF(-200, -300, 560, 700), padding=0)
        self.difference_mm = 0.0
        self.difference_percent = 0.0
        self.lengths: dict[str, float] = {}
        self.labelled: dict | None = None  # label -> Posture, or None for −10°/+10° of the current posture
        self.structures: tuple[str, ...] = ()
        self.heading = ""
        self._key = None
        self._unsubscribe = state.subscribe(self._on_state)
        self.refresh()

    # -- what is compared ------------------------------------------------------------------------------
    def set_postures(self, postures: dict | None, structures=(), heading: str = "") -> None:
        """Overlay these labelled postures (2…4; a single one is shown with neutral standing); None goes back
        to −10° / +10° of the current posture.  ``structures``: muscle ids drawn besides the psoas."""
        if postures is not None:
            postures = dict(list(postures.items())[:MAX_SIDES])
            if len(postures) == 1:
                base = next(iter(postures.values()))
                postures["neutral"] = self.state.model.default_posture().with_values(
                    pelvic_incidence=base.pelvic_incidence)
        self.labelled = postures
        self.structures = tuple(m for m in structures if m != PSOAS and m in self.state.model.muscles.muscles)
        self.heading = heading
        self._key = None
        self.refresh()

    @property
    def is_default(self) -> bool:
        return self.labelled is None

    def tab_title(self) -> str:
        return "Compare −10° / +10°" if self.is_default else "Compare: claim"

    def _on_state(self, state, what):
        if what == "posture" and self.isVisible() and self.is_default:
            self.refresh()

    def showEvent(self, event):
        super().showEvent(event)
        self.refresh()

    def _sides(self) -> dict:
        if self.labelled is not None:
            return self.labelled
        base = self.state.posture.with_values(pelvic_tilt=0.0)
        return {DEFAULT_LABELS[side]: base.with_values(pelvic_tilt=tilt) for side, tilt in TILTS.items()}

    def refresh(self):
        sides = self._sides()
        key = (tuple(sides.items()), self.structures)
        if key == self._key:
            return
        self._key = key
        model = self.state.model
        sk, mus = model.skeleton, model.muscles
        lengths, neutral_lengths = {}, {}
        above = QtCore.QRectF(-5000.0, FRAME_BOTTOM, 10000.0, 10000.0)  # the femoral shaft below may be cut
        frame = QtCore.QRectF(DEFAULT_RANGE).intersected(above)
        for i in range(MAX_SIDES):
            visible = i < len(sides)
            for item in (*(self.bones[i, n] for n in ("pelvis", "sacrum", "femur", "vertebrae")), self.psoas[i],
                         self.others[i]):
                item.setVisible(visible)
        for i, (label, posture) in enumerate(sides.items()):
            ev = model.evaluate(posture)
            numbers = ev.muscle(PSOAS)
            lengths[label] = numbers["length_mm"]
            neutral_lengths[label] = numbers["length_mm"] - numbers["change_mm"]
            for name in ("pelvis", "sacrum", "femur"):
                path = _polygon_path(sk.outline_world(ev.pose, name))
                self.bones[i, name].setPath(path)
                frame = frame.united(path.boundingRect().intersected(above))
            path = QtGui.QPainterPath()
            for name, corners in sk.vertebral_bodies(ev.pose).items():
                if name != "S1_endplate":
                    path.addPath(_polygon_path(corners))
            self.bones[i, "vertebrae"].setPath(path)
            frame = frame.united(path.boundingRect())

            def polylines(mid):
                m = mus.muscles[mid]
                return [mus.fascicle_polyline(ev.geometry, f) for f in range(m.fascicle_slice.start, m.fascicle_slice.stop)]

            x, y = _joined(polylines(PSOAS))
            self.psoas[i].setData(x, y)
            x, y = _joined([line for mid in self.structures for line in polylines(mid)])
            self.others[i].setData(x, y)
        self._vb.setRange(frame, padding=0.03)
        self.lengths = lengths
        labels = list(sides)
        first, second = lengths[labels[0]], lengths[labels[1]]
        self.difference_mm = second - first
        self.difference_percent = 100.0 * self.difference_mm / first
        self._write_texts(sides, labels, lengths, neutral_lengths)

    def _write_texts(self, sides, labels, lengths, neutral_lengths):
        rows = []
        for i, label in enumerate(labels):
            rgb = SIDE_COLOURS[i]
            change = lengths[label] - neutral_lengths[label]
            percent = 100.0 * change / neutral_lengths[label]
            rows.append(f"<span style='color:rgb{rgb};font-weight:bold'>{SIDE_STYLES[i][1].split()[0]}&nbsp;"
                        f"{html.escape(label)}</span>: psoas <b>{lengths[label]:.1f} mm</b> "
                        f"({change:+.1f} mm, {percent:+.1f} % from neutral standing)")
        self.legend_label.setText("<br>".join(rows))
        if self.is_default:
            base = next(iter(sides.values()))
            longer = "longer" if self.difference_mm > 0 else "shorter"
            self.caption.setText(
                f"<b>Compare</b> (spine: {base.spine_mode}, thigh {base.thigh_angle:g}°, knee {base.knee_flexion:g}°): "
                f"in anterior tilt the psoas major is <b>{abs(self.difference_mm):.1f} mm "
                f"({abs(self.difference_percent):.1f} %) {longer}</b> than in posterior tilt.")
        else:
            longer = "longer" if self.difference_mm > 0 else "shorter"
            heading = f"<b>{html.escape(self.heading)}</b><br>" if self.heading else ""
            self.caption.setText(
                f"{heading}<b>{html.escape(labels[1])}</b>: the psoas major is <b>{abs(self.difference_mm):.1f} mm "
                f"({abs(self.difference_percent):.1f} %) {longer}</b> than in <b>{html.escape(labels[0])}</b>.")

    def close_view(self):
        self._unsubscribe()

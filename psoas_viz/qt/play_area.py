"""The play area: bones, wrapped muscle paths, spinopelvic angles; drag the pelvis to tilt it.

Every graphics item is created once in ``__init__`` and updated in place from the state's evaluation.
"""

from __future__ import annotations

import html
import math

import numpy as np
import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets
import pyqtgraph as pg

from psoas_viz.anatomy import load_anatomy
from psoas_viz.qt import forces as muscle_forces
from psoas_viz.state import PostureState

from . import style
from .force_arrows import ForceArrows

Qt = QtCore.Qt
PSOAS = "psoas_major"
DEFAULT_RANGE = QtCore.QRectF(-200.0, -470.0, 560.0, 900.0)  # x, y, w, h in mm: pelvis to knee, thorax
HOVER_PIXELS = 9.0
BONE_MUSCLE_REACH = 0.55  # over a bone, a muscle is picked within this share of HOVER_PIXELS
CARD_WIDTH_CHARS = 45  # the hover card wraps at about this many characters
BONE_ORDER = ("vertebrae", "sacrum", "pelvis", "femur", "tibia", "ribcage")  # topmost first, as drawn
BONE_ANATOMY = {"vertebrae": "lumbar_vertebrae"}  # drawn item -> anatomy id (others are the same)
HIGHLIGHT = (255, 214, 0)  # the halo of highlighted structures (a claim's): bright yellow, under the line


def _polygon_path(points: np.ndarray) -> QtGui.QPainterPath:
    """A closed outline."""
    closed = np.vstack((points, points[:1]))
    path = pg.arrayToQPath(closed[:, 0].astype(float), closed[:, 1].astype(float), connect="all")
    path.closeSubpath()
    return path


def _joined(polylines: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """x, y with NaN breaks between polylines (for connect='finite')."""
    parts = []
    for line in polylines:
        parts.append(line)
        parts.append(np.full((1, 2), np.nan))
    xy = np.concatenate(parts[:-1]) if parts else np.zeros((0, 2))
    return xy[:, 0], xy[:, 1]


def _arc(centre, radius, start_deg, end_deg, steps=24) -> np.ndarray:
    """The shorter arc from ``start_deg`` to ``end_deg``."""
    sweep = (end_deg - start_deg + 180.0) % 360.0 - 180.0
    a = np.radians(start_deg + np.linspace(0.0, sweep, steps))
    return np.asarray(centre) + radius * np.stack((np.cos(a), np.sin(a)), -1)


class Curve(QtWidgets.QGraphicsPathItem):
    """A polyline (NaN breaks allowed) as a plain QGraphicsPathItem: cheaper to update and paint than a
    PlotCurveItem, whose bounds are recomputed with nanmin/nanmax at every paint."""

    def __init__(self, pen: QtGui.QPen, z: float = 0.0):
        super().__init__()
        self.setPen(pen)
        self.setZValue(z)

    def setData(self, x, y):
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        self.setPath(pg.arrayToQPath(x, y, connect="finite") if len(x) else QtGui.QPainterPath())


class _PlayViewBox(pg.ViewBox):
    """A ViewBox whose left-drag on the pelvis tilts it; elsewhere it pans as usual."""

    def __init__(self, area: "PlayArea"):
        super().__init__(lockAspect=True, enableMenu=False, invertY=False)
        self._area = area
        self._dragging = False

    def mouseDragEvent(self, ev, axis=None):
        if ev.button() == Qt.MouseButton.LeftButton:
            if ev.isStart():
                start = self.mapSceneToView(ev.buttonDownScenePos())
                self._dragging = self._area.hit_pelvis(start.x(), start.y())
                if self._dragging:
                    self._area.begin_pelvis_drag(start.x(), start.y())
            if self._dragging:
                ev.accept()
                here = self.mapSceneToView(ev.scenePos())
                self._area.move_pelvis_drag(here.x(), here.y())
                if ev.isFinish():
                    self._dragging = False
                    self._area.end_pelvis_drag()
                return
        super().mouseDragEvent(ev, axis)


class PlayArea(pg.GraphicsView):
    """The model drawn to scale (mm, x anterior to the right, y superior)."""

    def __init__(self, state: PostureState, parent=None):
        super().__init__(parent, background=style.BACKGROUND)
        self.state = state
        model = state.model
        self.skeleton = model.skeleton
        self.muscles = model.muscles
        self.viewbox = _PlayViewBox(self)
        self.setCentralItem(self.viewbox)
        self.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        self.setMouseTracking(True)
        self._drag = None
        self._frame: QtCore.QRectF | None = None
        self._hover_segments: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._polylines: dict[str, list[np.ndarray]] = {}
        self.hovered: str | None = None
        self.anatomy = load_anatomy(muscle_ids=model.muscles.ids)

        vb = self.viewbox
        bone_pen = style.cosmetic_pen(style.BONE_EDGE, 1.6)
        bone_brush = QtGui.QBrush(style.BONE_FILL)

        # ghost of neutral standing (behind everything)
        ghost_pen = style.cosmetic_pen((150, 150, 150), 1.4, Qt.PenStyle.DashLine)
        self.ghost_items = {}
        for name in ("ribcage", "pelvis", "sacrum", "femur", "tibia", "vertebrae"):
            item = QtWidgets.QGraphicsPathItem()
            item.setPen(ghost_pen)
            item.setZValue(-20)
            vb.addItem(item)
            self.ghost_items[name] = item
        self.ghost_psoas = Curve(style.cosmetic_pen((150, 150, 150), 2.0, Qt.PenStyle.DashLine), -19)
        vb.addItem(self.ghost_psoas)

        # bones
        self.bone_items = {}
        for name, z in (("ribcage", -1), ("tibia", 0), ("femur", 1), ("pelvis", 2), ("sacrum", 3)):
            item = QtWidgets.QGraphicsPathItem()
            item.setPen(bone_pen)
            item.setBrush(bone_brush)
            item.setZValue(z)
            vb.addItem(item)
            self.bone_items[name] = item
        self.vertebrae_item = QtWidgets.QGraphicsPathItem()
        self.vertebrae_item.setPen(bone_pen)
        self.vertebrae_item.setBrush(QtGui.QBrush(style.VERTEBRA_FILL))
        self.vertebrae_item.setZValue(3)
        vb.addItem(self.vertebrae_item)
        self.endplate = Curve(style.cosmetic_pen((140, 20, 20), 5.0), 30)
        vb.addItem(self.endplate)

        # muscles: one curve per muscle (fascicles joined with NaN breaks); psoas major on top with an outline
        self.pens = style.PenBank(3.0)  # opaque pens paint faster than translucent ones
        self.psoas_pens = style.PenBank(7.0)
        self.muscle_items: dict[str, Curve] = {}
        for z, mid in enumerate(model.muscles.ids):
            if mid == PSOAS:
                continue
            item = Curve(self.pens.pens[0], 10 + z * 0.01)
            vb.addItem(item)
            self.muscle_items[mid] = item
        self.psoas_outline = Curve(style.cosmetic_pen(style.PSOAS_OUTLINE, 11.0), 20)
        vb.addItem(self.psoas_outline)
        self.fascia_links = Curve(style.cosmetic_pen((120, 60, 0), 2.5, Qt.PenStyle.DashLine), 22)
        vb.addItem(self.fascia_links)
        self._pulls_drawn = False
        psoas = Curve(self.psoas_pens.pens[0], 21)
        vb.addItem(psoas)
        self.muscle_items[PSOAS] = psoas
        # highlight (a claim's structures): a bright halo under each chosen muscle and a thicker line
        self.highlighted: tuple[str, ...] = ()
        self.highlight_pens = style.PenBank(6.0)
        self.halo_items: dict[str, Curve] = {}
        for mid, item in self.muscle_items.items():
            halo = Curve(style.cosmetic_pen(HIGHLIGHT, 21.0 if mid == PSOAS else 15.0), 9.5)  # under every muscle
            halo.setVisible(False)
            vb.addItem(halo)
            self.halo_items[mid] = halo

        # hip joint centre
        # hip joint centre: a white disc with a cross (fixed in the world: the origin)
        self.hip_marker = QtWidgets.QGraphicsEllipseItem(-7.0, -7.0, 14.0, 14.0)
        self.hip_marker.setPen(style.cosmetic_pen("#111111", 2.0))
        self.hip_marker.setBrush(QtGui.QBrush(QtGui.QColor("#ffffff")))
        self.hip_marker.setZValue(40)
        vb.addItem(self.hip_marker)
        self.hip_cross = Curve(style.cosmetic_pen("#111111", 2.0), 41)
        self.hip_cross.setData(np.array([-5.0, 5.0, np.nan, 0.0, 0.0]), np.array([0.0, 0.0, np.nan, -5.0, 5.0]))
        vb.addItem(self.hip_cross)

        # angle construction: PT (vertical at the hip vs hip -> S1 midpoint), SS (horizontal vs endplate)
        angle_pen = style.cosmetic_pen((60, 60, 160), 2.0, Qt.PenStyle.DashLine)
        arc_pen = style.cosmetic_pen((60, 60, 160), 2.5)
        self.pt_lines = Curve(angle_pen)
        self.pt_arc = Curve(arc_pen)
        self.ss_line = Curve(angle_pen)
        self.ss_arc = Curve(arc_pen)
        for item in (self.pt_lines, self.pt_arc, self.ss_line, self.ss_arc):
            item.setZValue(35)
            vb.addItem(item)
        self.angle_texts = {}
        for key, anchor in (("PT", (1, 0.5)), ("SS", (0.5, 0))):
            text = pg.TextItem(color=(40, 40, 140), anchor=anchor, fill=pg.mkBrush(255, 255, 255, 210))
            text.setFont(self._font(12, bold=True))
            text.setZValue(50)
            vb.addItem(text)
            self.angle_texts[key] = text

        # labels of key structures
        self.psoas_leader = Curve(style.cosmetic_pen((0, 0, 0), 1.5), 59)
        vb.addItem(self.psoas_leader)
        self.labels: dict[str, pg.TextItem] = {}
        for key, text, anchor, colour in (
                ("psoas", "Psoas major", (0, 0.5), "#000000"),
                ("iliacus", "Iliacus", (0, 0.5), "#333333"),
                ("asis", "ASIS", (0, 0.5), style.TEXT),
                ("psis", "PSIS", (1, 0), style.TEXT),
                ("hip", "Hip joint centre", (1, 0), style.TEXT),
                ("symphysis", "Pubic symphysis", (0, 0.5), style.TEXT),
                ("femur", "Femur", (0, 0.5), style.TEXT),
                ("sacrum", "Sacrum", (1, 0.5), style.TEXT),
                ("L1", "L1", (1, 0.5), style.TEXT), ("L3", "L3", (1, 0.5), style.TEXT),
                ("L5", "L5", (1, 0.5), style.TEXT), ("T12", "T12", (1, 0.5), style.TEXT)):
            item = pg.TextItem(text, color=colour, anchor=anchor)
            item.setFont(self._font(13 if key != "psoas" else 15, bold=key == "psoas"))
            item.setZValue(60)
            vb.addItem(item)
            self.labels[key] = item

        self.angle_box = QtWidgets.QLabel(self)
        self.angle_box.setTextFormat(Qt.TextFormat.RichText)
        self.angle_box.setStyleSheet("font-size:14pt;font-weight:bold;color:#28288c;"
                                     "background:#ffffff;border:1px solid #bbb;padding:4px 8px")
        self.angle_box.move(8, 8)
        self.angle_box.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

        # hover card: a child label (not a tooltip) so it can be placed beside the hovered structure
        self.card = QtWidgets.QLabel(self)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setWordWrap(True)
        self.card.setStyleSheet("QLabel{background:#fffff4;color:#111;border:1px solid #888;"
                                "border-radius:4px;padding:6px 8px;font-size:11pt}")
        metrics = QtGui.QFontMetrics(self.card.font())
        self.card.setFixedWidth(metrics.averageCharWidth() * CARD_WIDTH_CHARS + 18)
        self.card.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.card.hide()
        self.card_text = ""

        vb.setRange(DEFAULT_RANGE, padding=0.0)
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self._unsubscribe = state.subscribe(self._on_state)
        self.refresh()
        self.force_arrows = ForceArrows(state, self.viewbox)
        self._apply_view()

    @staticmethod
    def _font(points: int, bold: bool = False) -> QtGui.QFont:
        font = QtGui.QFont()
        font.setPointSize(points)
        font.setBold(bold)
        return font

    # -- state -----------------------------------------------------------------------------------------
    def _on_state(self, state, what):
        if what == "posture" or (what == "muscles" and (state.pulls or self._pulls_drawn)):
            self._pulls_drawn = bool(state.pulls)
            self.refresh()
        elif what == "interaction":
            self._set_quality(not state.interacting)
            if not state.interacting:
                self.keep_in_view()
        else:
            self._apply_view()

    def _set_quality(self, high: bool):
        """Antialiased wide lines cost ~3x to paint: drop antialiasing while a drag is in progress."""
        self.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, high)
        self.viewport().update()

    def _apply_view(self):
        view = self.state.view
        for item in (*self.labels.values(), self.psoas_leader):
            item.setVisible(view["labels"])
        for item in (*self.ghost_items.values(), self.ghost_psoas):
            item.setVisible(view["ghost"])
        if view["ghost"]:
            self._draw_ghost()

    def refresh(self):
        ev = self.state.evaluation
        pose = ev.pose
        sk = self.skeleton
        for name, item in self.bone_items.items():
            item.setPath(_polygon_path(sk.outline_world(pose, name)))
        bodies = sk.vertebral_bodies(pose)
        path = QtGui.QPainterPath()
        for name, corners in bodies.items():
            if name != "S1_endplate":
                path.addPath(_polygon_path(corners))
        self.vertebrae_item.setPath(path)
        endplate = bodies["S1_endplate"]
        self.endplate.setData(endplate[:, 0], endplate[:, 1])

        percent = ev.length_change_percent[0]
        self._hover_segments.clear()
        self._polylines = {}
        psoas_lines = None
        deflected, links = muscle_forces.fascial_drawing(self.state)
        for j, mid in enumerate(ev.muscle_ids):
            muscle = self.muscles.muscles[mid]
            lines = [self.muscles.fascicle_polyline(ev.geometry, f)
                     for f in range(muscle.fascicle_slice.start, muscle.fascicle_slice.stop)]
            if mid == PSOAS and deflected:
                lines = muscle_forces.with_deflection(lines, muscle.fascicle_slice.start, deflected)
            x, y = _joined(lines)
            item = self.muscle_items[mid]
            item.setData(x, y)
            bank = self.psoas_pens if mid == PSOAS else (
                self.highlight_pens if mid in self.highlighted else self.pens)
            item.setPen(bank.for_change(float(percent[j])))
            if mid in self.highlighted:
                self.halo_items[mid].setData(x, y)
            self._polylines[mid] = lines
            if mid == PSOAS:
                self.psoas_outline.setData(x, y)
                psoas_lines = lines
        x, y = _joined(links)
        self.fascia_links.setData(x, y)
        self._place_angles(ev, bodies)
        self._place_labels(ev, bodies, psoas_lines)
        if self.state.view["ghost"]:
            self._draw_ghost()
        if not self.state.interacting:
            self.keep_in_view()

    def set_highlight(self, ids) -> None:
        """Emphasise these muscle ids (a halo and a thicker line); an empty list clears it.  Unknown ids
        (bones) are ignored.  The items are updated in place."""
        ids = tuple(m for m in dict.fromkeys(ids or ()) if m in self.muscle_items)
        if ids == self.highlighted:
            return
        self.highlighted = ids
        for mid, halo in self.halo_items.items():
            halo.setVisible(mid in ids)
        self.refresh()

    def keep_in_view(self):
        """Frame the pelvis, spine and femur (at least the standing frame).  The frame changes only when
        something left it (a preset, undo, a big step) or it became much too large (back to standing), and
        never during a drag, so nothing jumps under the pointer."""
        rect = QtCore.QRectF(DEFAULT_RANGE)
        above = QtCore.QRectF(-5000.0, DEFAULT_RANGE.top(), 10000.0, 10000.0)  # the shank below may be cut
        for item in (self.bone_items["pelvis"], self.bone_items["sacrum"], self.bone_items["femur"],
                     self.vertebrae_item):
            rect = rect.united(item.path().boundingRect().intersected(above))
        frame = self._frame
        area = lambda r: r.width() * r.height()  # noqa: E731
        if frame is None or not frame.contains(rect) or area(frame) > 1.5 * area(rect):
            self._frame = rect
            self.viewbox.setRange(rect, padding=0.04)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if getattr(self, "_frame", None) is not None:
            self.viewbox.setRange(self._frame, padding=0.04)

    def _draw_ghost(self):
        ev = self.state.neutral_evaluation()
        sk = self.skeleton
        for name in ("ribcage", "pelvis", "sacrum", "femur", "tibia"):
            self.ghost_items[name].setPath(_polygon_path(sk.outline_world(ev.pose, name)))
        path = QtGui.QPainterPath()
        for name, corners in sk.vertebral_bodies(ev.pose).items():
            if name != "S1_endplate":
                path.addPath(_polygon_path(corners))
        self.ghost_items["vertebrae"].setPath(path)
        m = self.muscles.muscles[PSOAS]
        x, y = _joined([self.muscles.fascicle_polyline(ev.geometry, f)
                        for f in range(m.fascicle_slice.start, m.fascicle_slice.stop)])
        self.ghost_psoas.setData(x, y)

    def _place_angles(self, ev, bodies):
        a = {k: float(v[0]) for k, v in ev.angles.items()}
        front, back = (self.skeleton.landmark_world(ev.pose, "s1_endplate_anterior")[0],
                       self.skeleton.landmark_world(ev.pose, "s1_endplate_posterior")[0])
        mid = (front + back) / 2.0
        # PT: the vertical through the hip centre and the line to the S1 midpoint
        reach = float(np.hypot(*mid)) * 0.55
        self.pt_lines.setData(np.array([0.0, 0.0, np.nan, 0.0, mid[0]]),
                              np.array([0.0, reach, np.nan, 0.0, mid[1]]))
        direction = math.degrees(math.atan2(mid[1], mid[0]))
        arc = _arc((0.0, 0.0), 55.0, 90.0, direction)
        self.pt_arc.setData(arc[:, 0], arc[:, 1])
        self.angle_texts["PT"].setText(f"PT {a['spinopelvic_tilt_deg']:.1f}°")
        self.angle_texts["PT"].setPos(-26.0, 34.0)
        # SS: the horizontal from the anterior corner backwards and the endplate
        self.ss_line.setData(np.array([front[0], front[0] - 70.0]), np.array([front[1], front[1]]))
        back_dir = math.degrees(math.atan2(back[1] - front[1], back[0] - front[0]))
        arc = _arc(front, 40.0, 180.0, back_dir)
        self.ss_arc.setData(arc[:, 0], arc[:, 1])
        self.angle_texts["SS"].setText(f"SS {a['sacral_slope_deg']:.1f}°")
        self.angle_texts["SS"].setPos(front[0] - 40.0, front[1] - 6.0)
        self.angle_box.setText(
            f"PI {a['pelvic_incidence_deg']:.1f}° = PT {a['spinopelvic_tilt_deg']:.1f}° + "
            f"SS {a['sacral_slope_deg']:.1f}°<br>LL {a['lumbar_lordosis_deg']:.1f}° · "
            f"ASIS–PSIS {a['asis_psis_angle_deg']:.1f}° · tilt {self.state.posture.pelvic_tilt:+.1f}°")
        self.angle_box.adjustSize()

    def _place_labels(self, ev, bodies, psoas_lines):
        sk = self.skeleton
        lw = lambda name: sk.landmark_world(ev.pose, name)[0]  # noqa: E731
        if psoas_lines:
            y = float(bodies["L4"].mean(axis=0)[1])
            points = np.concatenate(psoas_lines)
            near = points[np.abs(points[:, 1] - y) < 25.0]
            x = float(near[:, 0].max()) if len(near) else float(points[:, 0].max())
            self.labels["psoas"].setPos(x + 38.0, y)
            self.psoas_leader.setData(np.array([x + 4.0, x + 36.0]), np.array([y, y]))
        il = self.muscles.muscles["iliacus"]
        iline = self.muscles.fascicle_polyline(ev.geometry, il.fascicle_slice.start)
        top = (iline[0] + iline[1]) / 2.0
        self.labels["iliacus"].setPos(float(top[0]) + 16.0, float(top[1]) - 4.0)
        asis = lw("asis")
        self.labels["asis"].setPos(asis[0] + 10.0, asis[1] + 4.0)
        psis = lw("psis")
        self.labels["psis"].setPos(psis[0] - 8.0, psis[1] - 8.0)
        self.labels["hip"].setPos(-12.0, -14.0)
        sym = lw("pubic_symphysis")
        self.labels["symphysis"].setPos(sym[0] + 12.0, sym[1] - 6.0)
        knee = lw("knee_joint_centre")
        self.labels["femur"].setPos(knee[0] * 0.5 + 40.0, knee[1] * 0.55)
        sac = lw("s1_endplate_posterior")
        self.labels["sacrum"].setPos(sac[0] - 45.0, sac[1] - 85.0)
        for key in ("L1", "L3", "L5", "T12"):
            corners = bodies[key]
            back = corners[np.argmin(corners[:, 0])]
            centre = corners.mean(axis=0)
            self.labels[key].setPos(float(back[0]) - 8.0, float(centre[1]))

    # -- pelvis drag -----------------------------------------------------------------------------------
    def hit_pelvis(self, x: float, y: float) -> bool:
        """Inside the pelvis or sacrum, or within 10 mm of their outlines (thin parts are hard to grab)."""
        point = QtCore.QPointF(x, y)
        stroker = QtGui.QPainterPathStroker()
        stroker.setWidth(20.0)
        for name in ("pelvis", "sacrum"):
            path = self.bone_items[name].path()
            if path.contains(point) or stroker.createStroke(path).contains(point):
                return True
        return False

    def begin_pelvis_drag(self, x: float, y: float) -> None:
        self._drag = (math.degrees(math.atan2(y, x)), self.state.posture.pelvic_tilt)
        self.state.begin_gesture()

    def move_pelvis_drag(self, x: float, y: float) -> None:
        if self._drag is None or math.hypot(x, y) < 5.0:
            return
        start_angle, start_tilt = self._drag
        delta = math.degrees(math.atan2(y, x)) - start_angle
        delta = (delta + 180.0) % 360.0 - 180.0
        spec = self.state.model.parameters["pelvic_tilt"]
        # anterior tilt (+) turns the pelvis clockwise when viewed from the right (x anterior, y up)
        tilt = float(np.clip(round(start_tilt - delta, 1), spec.minimum, spec.maximum))
        self.state.set_values(pelvic_tilt=tilt)

    def end_pelvis_drag(self) -> None:
        if self._drag is not None:
            self._drag = None
            self.state.end_gesture()

    # -- hover card ------------------------------------------------------------------------------------
    def muscle_at(self, x: float, y: float, tolerance_mm: float) -> str | None:
        if not self._hover_segments:
            for mid, lines in self._polylines.items():
                self._hover_segments[mid] = (np.concatenate([line[:-1] for line in lines]),
                                             np.concatenate([line[1:] for line in lines]))
        best, best_d = None, tolerance_mm
        p = np.array([x, y])
        for mid, (a, b) in self._hover_segments.items():
            ab = b - a
            t = np.clip(np.einsum("ij,ij->i", p - a, ab) / np.maximum(np.einsum("ij,ij->i", ab, ab), 1e-9), 0, 1)
            d = np.hypot(*(a + t[:, None] * ab - p).T).min()
            # psoas is drawn on top, so it wins ties
            if d < best_d or (mid == PSOAS and d <= best_d):
                best, best_d = mid, d
        return best

    def bone_at(self, x: float, y: float, tolerance_mm: float = 0.0) -> str | None:
        """The drawn bone under (x, y) in mm: 'vertebrae', 'sacrum', 'pelvis', 'femur' or 'tibia'."""
        point = QtCore.QPointF(x, y)
        stroker = QtGui.QPainterPathStroker()
        stroker.setWidth(2.0 * tolerance_mm)
        for name in BONE_ORDER:
            path = self.vertebrae_item.path() if name == "vertebrae" else self.bone_items[name].path()
            if path.contains(point) or (tolerance_mm > 0 and stroker.createStroke(path).contains(point)):
                return name
        return None

    def vertebra_at(self, x: float, y: float) -> str | None:
        point = QtCore.QPointF(x, y)
        for level, corners in self.skeleton.vertebral_bodies(self.state.evaluation.pose).items():
            if level != "S1_endplate" and _polygon_path(corners).contains(point):
                return level
        return None

    def structure_at(self, x: float, y: float, tolerance_mm: float) -> str | None:
        """A muscle id (muscles are drawn over the bones), else a drawn bone name, else None.  Over a bone
        a muscle must be nearer (about its drawn half-width), so bones crossed by many lines stay reachable."""
        bone = self.bone_at(x, y)
        reach = tolerance_mm if bone is None else tolerance_mm * BONE_MUSCLE_REACH
        return self.muscle_at(x, y, reach) or bone

    @staticmethod
    def _row(label: str, text: str | None) -> str:
        return f"<b>{label}:</b> {html.escape(text)}<br>" if text else ""

    def card_html(self, structure_id: str, level: str | None = None) -> str:
        """The hover card of a muscle id or a drawn bone ('pelvis', 'sacrum', 'femur', 'tibia', 'vertebrae')."""
        if structure_id in self.muscles.muscles:
            return self._muscle_card(structure_id)
        info = self.anatomy[BONE_ANATOMY.get(structure_id, structure_id)]
        title = html.escape(info.name) + (f" — <b>{level}</b>" if level else "")
        return (f"<div style='font-size:13pt'><b>{title}</b> <i>(bone)</i></div>"
                f"<div>{html.escape(info.description or '')}<br>"
                + self._row("Landmarks", info.landmarks) + self._row("Muscles attached", info.attachments)
                + self._row("Pelvic tilt", info.pelvic_tilt)
                + f"</div><div style='font-size:9pt;color:#555'>Source: {html.escape(info.source)}</div>")

    def _muscle_card(self, muscle_id: str) -> str:
        ev = self.state.evaluation
        muscle = self.muscles.muscles[muscle_id]
        info = self.anatomy[muscle_id]
        numbers = ev.muscle(muscle_id)
        sources = sorted({f.source for f in muscle.fascicles})
        model_source = sources[0] + (f" (+{len(sources) - 1} more)" if len(sources) > 1 else "")
        arm = numbers["hip_moment_arm_mm"]
        action = "flexes hip / tilts pelvis anteriorly" if arm > 0 else "extends hip / tilts pelvis posteriorly"
        crosses = "hip" in muscle.crosses
        now = (f"Hip moment arm <b>{arm:+.1f} mm</b>: {action}" if crosses else "Does not cross the hip")
        return (f"<div style='font-size:13pt'><b>{html.escape(muscle.name)}</b> <i>({muscle.group})</i></div>"
                f"<div style='font-size:12pt'>Length <b>{numbers['length_mm']:.1f} mm</b><br>Change "
                f"<b>{numbers['change_mm']:+.1f} mm ({numbers['change_percent']:+.1f} %)</b></div>"
                f"<div style='color:#333'>{now}</div><hr>"
                + self._row("Origin", info.origin) + self._row("Insertion", info.insertion)
                + self._row("Actions", info.actions) + self._row("Nerve", info.innervation)
                + self._row("Pelvic tilt", info.pelvic_tilt)
                + f"<div style='font-size:9pt;color:#555'>Anatomy: {html.escape(info.source)}<br>"
                f"Path: {len(muscle.fascicles)} fascicle(s); source: {html.escape(model_source)}</div>")

    def _structure_rect(self, structure_id: str, level: str | None) -> QtCore.QRectF:
        """The hovered structure's bounds in view (mm) coordinates."""
        if structure_id in self._polylines:
            points = np.concatenate(self._polylines[structure_id])
            lo, hi = points.min(axis=0), points.max(axis=0)
            return QtCore.QRectF(lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1])
        if structure_id == "vertebrae":
            if level is not None:
                corners = self.skeleton.vertebral_bodies(self.state.evaluation.pose)[level]
                return _polygon_path(corners).boundingRect()
            return self.vertebrae_item.path().boundingRect()
        return self.bone_items[structure_id].path().boundingRect()

    def _place_card(self, cursor: QtCore.QPointF, structure_id: str, level: str | None) -> None:
        """Beside the hovered structure (right, left, below, above) where it fits; else beside the cursor.
        Of the candidates, the one covering least of the structure (and never the cursor) wins."""
        self.card.adjustSize()
        w, h = self.card.width(), self.card.height()
        view_rect = self._structure_rect(structure_id, level)
        top_left = self.mapFromScene(self.viewbox.mapViewToScene(view_rect.topLeft()))
        bottom_right = self.mapFromScene(self.viewbox.mapViewToScene(view_rect.bottomRight()))
        item = QtCore.QRectF(QtCore.QPointF(top_left), QtCore.QPointF(bottom_right)).normalized()
        bounds = QtCore.QRectF(self.rect()).adjusted(4, 4, -4, -4)
        gap, cx, cy = 14.0, cursor.x(), cursor.y()
        candidates = [(item.right() + gap, cy - h / 2), (item.left() - gap - w, cy - h / 2),
                      (cx - w / 2, item.bottom() + gap), (cx - w / 2, item.top() - gap - h),
                      (cx + 24, cy + 16), (cx - 24 - w, cy + 16), (cx + 24, cy - 16 - h), (cx - 24 - w, cy - 16 - h)]
        best, best_score = None, math.inf
        for rank, (x, y) in enumerate(candidates):
            x = min(max(x, bounds.left()), bounds.right() - w)
            y = min(max(y, bounds.top()), bounds.bottom() - h)
            box = QtCore.QRectF(x, y, w, h)
            cover = box.intersected(item)
            score = cover.width() * cover.height() + rank  # earlier candidates win ties
            if box.adjusted(-6, -6, 6, 6).contains(cursor):
                score += 1e9
            if score < best_score:
                best, best_score = (x, y), score
        self.card.move(int(best[0]), int(best[1]))

    def show_card_at(self, scene_pos) -> str | None:
        """What the hover does at a scene position: pick the structure, fill and place the card.
        Returns the hovered id (muscle id or drawn bone) or None."""
        p = self.viewbox.mapSceneToView(scene_pos)
        px, _ = self.viewbox.viewPixelSize()
        sid = self.structure_at(p.x(), p.y(), HOVER_PIXELS * px)
        level = self.vertebra_at(p.x(), p.y()) if sid == "vertebrae" else None
        self.hovered = sid
        if sid is None or self._drag is not None:
            self.card_text = ""
            self.card.hide()
            return None
        text = self.card_html(sid, level)
        if text != self.card_text:
            self.card_text = text
            self.card.setText(text)
        self._place_card(self.mapFromScene(scene_pos).toPointF(), sid, level)
        self.card.show()
        self.card.raise_()
        return sid

    def _mouse_moved(self, scene_pos):
        if not self.viewbox.sceneBoundingRect().contains(scene_pos):
            self.hide_card()
            return
        self.show_card_at(scene_pos)
        p = self.viewbox.mapSceneToView(scene_pos)
        over_pelvis = self.hit_pelvis(p.x(), p.y())
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if over_pelvis else Qt.CursorShape.ArrowCursor)

    def hide_card(self):
        self.hovered = None
        self.card_text = ""
        self.card.hide()

    def leaveEvent(self, event):
        self.hide_card()
        super().leaveEvent(event)

    def close_view(self):
        self.force_arrows.close()
        self._unsubscribe()

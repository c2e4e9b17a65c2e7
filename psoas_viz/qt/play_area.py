"""The play area: the session's snapshot drawn as a scene by the one painter; drag the pelvis to tilt it, hover
a structure for its card, wheel or pinch to zoom (keys and View menu: zoom in, out, fit), drag elsewhere to pan.

One widget, one scene, one paint: every change rebuilds the scene (``psoas_viz.scene.diagram``) and repaints
the whole widget, so nothing of an old picture can stay behind.  Interactions hit-test the scene's shapes.
A change is painted at once without antialiasing, with quick pens and the labels where they were (a third of the
cost), then again at full quality ``FULL_QUALITY_MS`` after the last change (labels placed, antialiased), so a drag
or a held arrow key follows the hand.
"""

from __future__ import annotations

import math

import numpy as np
import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.anatomy import load_anatomy
from psoas_viz.scene import geometry, hit
from psoas_viz.scene.cards import card_html, fascicle_html
from psoas_viz.scene.diagram import View, annotate, draw
from psoas_viz.session import Session

from .hover_card import HoverCard
from .painter import Painter

Qt = QtCore.Qt
HOVER_PIXELS = 9.0
GRAB_PIXELS = 10.0  # the pelvis is grabbed within this many px of its outline (thin parts are hard to grab)
MIN_RADIUS_MM = 80.0  # nearer the hip than this, a drag turns the pelvis more slowly (no jumps near the centre)
FINE = 0.2  # Shift: fine steps
PADDING = 0.04
ZOOM_STEP = 1.15  # one wheel notch
ZOOM_KEY = 1.25  # one key press or menu step
ZOOM_RANGE = (0.5, 6.0)
FULL_QUALITY_MS = 100  # antialiased repaint this long after the last change


class PlayArea(QtWidgets.QWidget):
    """The model drawn to scale (x anterior to the right, y superior)."""

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.painter = Painter("screen", retained=True)  # the same scene painted again and again: bones kept as images
        self.anatomy = load_anatomy(muscle_ids=session.model.muscles.ids)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # the scene paints every pixel
        self.setMinimumSize(300, 300)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._frame: tuple | None = None  # mm: what the automatic framing shows
        self._drag = None  # (tilt at the start, accumulated turn in degrees, last point in mm)
        self._pan = None  # (start pixel, pan at the start)
        self.card = HoverCard(self)
        self.hovered: str | None = None
        self.scene = None
        self._placed_for = None  # (size, Latin names) the labels were placed for: placed afresh when it changes
        self._afresh = False
        self._drawing = None  # the scene's structures before its labels (placed again at full quality)
        self.quick = False  # the last change is painted quickly; full quality follows (FULL_QUALITY_MS)
        self._full_quality = QtCore.QTimer(self)
        self._full_quality.setSingleShot(True)
        self._full_quality.setInterval(FULL_QUALITY_MS)
        self._full_quality.timeout.connect(self.paint_full_quality)
        self.keep_in_view()
        self.rebuild()
        self._unsubscribe = session.subscribe(self._on_state)

    # -- the scene ---------------------------------------------------------------------------------------
    def world(self) -> tuple:
        """The box (mm) shown: the automatic frame, zoomed and panned by the user."""
        x0, y0, x1, y1 = self._frame
        zoom = self.session.view["zoom"]
        px, py = self.session.view["pan"]
        cx, cy = (x0 + x1) / 2 + px, (y0 + y1) / 2 + py
        hw, hh = (x1 - x0) * (0.5 + PADDING) / zoom, (y1 - y0) * (0.5 + PADDING) / zoom
        return (cx - hw, cy - hh, cx + hw, cy + hh)

    def _view(self, **placing) -> View:
        view = self.session.view
        return View(float(max(self.width(), 1)), float(max(self.height(), 1)), "screen", view["labels"],
                    view["ghost"], view["highlight"], view["forces"], self.world(), pointed=self.hovered,
                    latin=view["latin"], **placing)

    def rebuild(self) -> None:
        """The scene of the current snapshot.  Drawn quickly at once (while the window shows): its labels and
        gauge keep their places relative to what they name, as during a drag; at full quality
        (``paint_full_quality``, ``FULL_QUALITY_MS`` after the last change) they are placed on the same drawing,
        each label kept where it was while that place is still clear (placed afresh after a resize or when the
        Latin names are turned on or off)."""
        placed_for = (self.width(), self.height(), self.session.view["latin"])
        if placed_for != self._placed_for:
            self._placed_for, self._afresh = placed_for, True
        quick = self.scene is not None and (self.session.interacting or self.isVisible())
        if quick:  # labels and gauge stay where they were
            view = self._view(follow=self.scene.labels, gauge_at=next(
                (s.shapes[0].box for s in self.scene.structures if s.id == "psoas_gauge"), None))
        else:
            view = self._view(keep=self._kept_labels())
        self._drawing = draw(self.session.snapshot, view)
        self.scene = annotate(self._drawing, view)
        self.quick = quick
        if quick and not self.session.interacting:
            self._full_quality.start()
        self.update()

    def paint_full_quality(self) -> None:
        """Labels placed and antialiased from the next paint on (the timer after a change; a screenshot at
        once)."""
        self._full_quality.stop()
        if self.quick:
            self.scene = annotate(self._drawing, self._view(keep=self._kept_labels()))
            self.quick = False
            self.update()

    def _kept_labels(self) -> tuple:
        """The labels to keep where they were: none once after a resize or a change of the Latin names."""
        if self.scene is None or self._afresh:
            self._afresh = False
            return ()
        return self.scene.labels

    def keep_in_view(self) -> None:
        """Frame the pelvis, spine and femur (at least the standing frame).  The frame changes only when
        something left it (a preset, undo, a big step) or it became much too large (back to standing), and
        never during a drag, so nothing jumps under the pointer."""
        outlines = geometry.bone_outlines(self.session.model, self.session.evaluation.pose)
        rect = geometry.union_box([geometry.STANDING_FRAME,
                                   geometry.body_frame(outlines, cut_below=geometry.STANDING_FRAME[1])])
        frame = self._frame
        area = lambda r: (r[2] - r[0]) * (r[3] - r[1])  # noqa: E731
        contains = frame is not None and frame[0] <= rect[0] and frame[1] <= rect[1] and frame[2] >= rect[2] \
            and frame[3] >= rect[3]
        if not contains or area(frame) > 1.5 * area(rect):
            self._frame = rect

    def _on_state(self, session, what):
        if what == "interaction":
            if not session.interacting:
                self.keep_in_view()
                self.rebuild()
            return
        if what in ("posture", "muscles") and not session.interacting:
            self.keep_in_view()
        self.rebuild()
        if self.hovered is not None and self.card.isVisible():
            self.card.show_text(self.card_html(self.hovered))

    def paintEvent(self, event):
        painter = QtGui.QPainter(self)
        try:
            self.painter.paint(self.scene, painter, antialias=not self.quick)
        finally:
            painter.end()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.rebuild()

    # -- coordinates -----------------------------------------------------------------------------------
    def to_pixels(self, x_mm: float, y_mm: float) -> QtCore.QPointF:
        p = self.scene.mapper((x_mm, y_mm))
        return QtCore.QPointF(float(p[0]), float(p[1]))

    def to_mm(self, point: QtCore.QPointF) -> np.ndarray:
        return self.scene.mapper.to_world((point.x(), point.y()))

    def structure_at(self, point: QtCore.QPointF, tolerance: float = HOVER_PIXELS) -> str | None:
        return hit.structure_at(self.scene, (point.x(), point.y()), tolerance)

    def hit_pelvis(self, point: QtCore.QPointF) -> bool:
        """Inside the pelvis or sacrum, or within ``GRAB_PIXELS`` of their outlines."""
        return any(hit.covers(self.scene.structure(b), (point.x(), point.y()), GRAB_PIXELS)
                   for b in ("pelvis", "sacrum"))

    # -- pelvis drag: the grabbed point follows the pointer around the hip --------------------------------
    def begin_pelvis_drag(self, point: QtCore.QPointF) -> None:
        self._drag = (self.session.posture.pelvic_tilt, 0.0, self.to_mm(point))
        self.session.begin_gesture()

    def move_pelvis_drag(self, point: QtCore.QPointF, fine: bool = False) -> None:
        """Turn the pelvis by the angle the pointer turned about the hip since the last move (anterior tilt
        turns it clockwise as seen from the right), damped within ``MIN_RADIUS_MM`` of the hip; Shift: fine."""
        if self._drag is None:
            return
        start_tilt, turned, last = self._drag
        here = self.to_mm(point)
        step = math.degrees(math.atan2(here[1], here[0]) - math.atan2(last[1], last[0]))
        step = (step + 180.0) % 360.0 - 180.0
        step *= min(1.0, min(float(np.hypot(*here)), float(np.hypot(*last))) / MIN_RADIUS_MM)
        turned += step * (FINE if fine else 1.0)
        spec = self.session.model.parameters["pelvic_tilt"]
        tilt = float(np.clip(round(start_tilt - turned, 1), spec.minimum, spec.maximum))
        turned = start_tilt - tilt if tilt in (spec.minimum, spec.maximum) else turned  # no wind-up at a limit
        self._drag = (start_tilt, turned, here)
        self.session.set_values(pelvic_tilt=tilt)

    def end_pelvis_drag(self) -> None:
        if self._drag is not None:
            self._drag = None
            self.session.end_gesture()

    # -- mouse -----------------------------------------------------------------------------------------
    def mousePressEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            self.hide_card()
            if self.hit_pelvis(event.position()):
                self.begin_pelvis_drag(event.position())
            else:
                self._pan = (event.position(), self.session.view["pan"])
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event):
        if self._drag is not None:
            self.move_pelvis_drag(event.position(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        elif self._pan is not None:
            start, (px, py) = self._pan
            d = (event.position() - start) / self.scene.mapper.s
            self.session.set_view("pan", (px - d.x(), py + d.y()))
        else:
            self.show_card_at(event.position())
            over = self.hit_pelvis(event.position())
            self.setCursor(Qt.CursorShape.OpenHandCursor if over else Qt.CursorShape.ArrowCursor)
        event.accept()

    def mouseReleaseEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            self.end_pelvis_drag()
            self._pan = None
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event):
        """Zoom about the pointer (the point under it stays under it)."""
        if event.angleDelta().y():
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP, event.position())
        event.accept()

    def event(self, event):
        """A pinch on a touchpad or touch screen zooms about the fingers, as the wheel does.  The area's tooltip
        (the keys) shows only where no card does: over a structure the card is the help, and the tooltip would
        cover it."""
        if event.type() == QtCore.QEvent.Type.NativeGesture and \
                event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_by(1.0 + event.value(), event.position())
            event.accept()
            return True
        if event.type() == QtCore.QEvent.Type.ToolTip and self.card.isVisible():
            QtWidgets.QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    # -- zoom ------------------------------------------------------------------------------------------
    def zoom_by(self, factor: float, about: QtCore.QPointF | None = None) -> None:
        """Zoom by ``factor`` (within ``ZOOM_RANGE``) about a widget point, the centre by default: the point
        under it stays under it."""
        view = self.session.view
        zoom = float(np.clip(view["zoom"] * factor, *ZOOM_RANGE))
        if zoom == view["zoom"]:
            return
        about = QtCore.QPointF(self.width() / 2, self.height() / 2) if about is None else about
        before = self.to_mm(about)
        x0, y0, x1, y1 = self.world()
        centre = np.array([(x0 + x1) / 2, (y0 + y1) / 2])
        after_centre = before + (centre - before) * view["zoom"] / zoom
        pan = np.asarray(view["pan"]) + (after_centre - centre)
        self.session.set_view("zoom", zoom)
        self.session.set_view("pan", (float(pan[0]), float(pan[1])))

    def fit(self) -> None:
        """Frame the whole model of the current posture again: zoom and pan undone, the frame made afresh."""
        self._frame = None
        self.keep_in_view()
        self.session.set_view("zoom", 1.0)
        self.session.set_view("pan", (0.0, 0.0))
        self.rebuild()

    def zoom_texts(self) -> tuple[str, str, str]:
        """The zoom actions' words in the current language (the window sets them again when it changes)."""
        return self.tr("Zoom &in"), self.tr("Zoom &out"), self.tr("&Fit the whole model")

    def zoom_actions(self, parent) -> list[QtGui.QAction]:
        """View-menu actions: Zoom in (Ctrl++), Zoom out (Ctrl+-), Fit the whole model (Ctrl+0)."""
        actions = []
        for text, keys, slot in zip(self.zoom_texts(), (("Ctrl++", "Ctrl+="), ("Ctrl+-",), ("Ctrl+0",)),
                                    (lambda: self.zoom_by(ZOOM_KEY), lambda: self.zoom_by(1 / ZOOM_KEY), self.fit)):
            action = QtGui.QAction(text, parent)
            action.setShortcuts([QtGui.QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _=False, slot=slot: slot())
            actions.append(action)
        return actions

    # -- hover card ------------------------------------------------------------------------------------
    def card_html(self, structure_id: str) -> str:
        return card_html(self.session.snapshot, self.anatomy, structure_id, self.session.view["latin"])

    def show_card_at(self, point: QtCore.QPointF) -> str | None:
        """What the hover does at a widget point: pick the structure, fill and place the card.
        Returns the hovered id (muscle or bone id) or None."""
        sid = self.structure_at(point)
        if sid != self.hovered:
            self.hovered = sid
            self.rebuild()  # the muscle under the pointer drawn at full strength
        if sid is None or self._drag is not None:
            self.card.hide_card()
            return None
        text = self.card_html(sid)
        if sid == hit.PSOAS:  # the fascicle under the pointer, first
            index = hit.fascicle_at(self.scene, sid, (point.x(), point.y()), HOVER_PIXELS)
            if index is not None:
                text = fascicle_html(self.session.snapshot, sid, index) + text
        self.card.show_text(text)
        self.card.place(point, hit.box_of(self.scene, sid), QtCore.QRectF(self.rect()))
        return sid

    @property
    def card_text(self) -> str:
        return self.card.text_shown

    def hide_card(self):
        if self.hovered is not None:
            self.hovered = None
            self.rebuild()
        self.card.hide_card()

    def leaveEvent(self, event):
        self.hide_card()
        super().leaveEvent(event)

    # -- for screen readers ------------------------------------------------------------------------------
    def set_description(self, text: str) -> None:
        """The model in words (the accessible description), announced to assistive technology on change."""
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)
            QtGui.QAccessible.updateAccessibility(QtGui.QAccessibleValueChangeEvent(self, text))

    def close_view(self):
        self._unsubscribe()

"""The exported diagram, drawn once for the window and for ``psoas-viz export`` (no widgets needed).

``render_diagram(state, painter, theme=..., with_plot=...)`` paints the model view (bones, muscles coloured and
dashed by length change, the psoas outlined and labelled, PT/SS angle arcs, a legend and a caption), optionally
with the psoas-length-versus-tilt plot beside it, into the logical rectangle ``diagram_size(with_plot)``; the
caller scales the painter to its device.  ``export_file`` writes PNG, SVG, PDF or CSV through a temporary file
that is renamed into place (``psoas_viz.io.files.write_file``), so a failed export never leaves a truncated file.
"""

from __future__ import annotations

import csv
import io
import math
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui

from psoas_viz.io.files import write_file

from . import forces as muscle_forces
from . import style

Qt = QtCore.Qt
PSOAS = "psoas_major"
MAX_WIDTH = 7680
DEFAULT_WIDTH = 1920
PRINT_WIDTH_IN = 8.0  # a PNG asked for by DPI is this wide when printed
FORMATS = ("png", "svg", "pdf", "csv")
WORLD_FRAME = QtCore.QRectF(-200.0, -330.0, 560.0, 760.0)  # the standing frame of the play area (mm)
PLOT_TILTS = np.linspace(-30.0, 30.0, 121)
CSV_TILTS = np.arange(-30.0, 30.0 + 1e-9, 1.0)
SHORT_DASH = 0.5  # muscles shortened by more than this many percent are drawn dashed


class ExportError(Exception):
    """An export that could not be written; the message names the file and the reason."""


@dataclass(frozen=True)
class Theme:
    name: str
    label: str
    background: str
    text: str
    muted: str
    bone_fill: str
    bone_edge: str
    vertebra_fill: str
    shorter: tuple
    middle: tuple
    longer: tuple
    angle: str
    muscle_width: float
    psoas_width: float
    bone_width: float
    font_scale: float
    plot_fill_posterior: tuple
    plot_fill_anterior: tuple

    def change_colour(self, percent: float) -> QtGui.QColor:
        t = float(np.clip(percent / style.COLOUR_RANGE_PERCENT, -1.0, 1.0))
        end = np.array(self.longer if t >= 0 else self.shorter, float)
        rgb = np.array(self.middle, float) + abs(t) * (end - np.array(self.middle, float))
        return QtGui.QColor(*(int(round(c)) for c in rgb))


THEMES = {
    "screen": Theme("screen", "Screen", style.BACKGROUND, "#222222", "#555555", "#ece2c8", "#786848", "#e2d6b8",
                    tuple(int(c) for c in style.SHORTER), tuple(int(c) for c in style.MIDDLE),
                    tuple(int(c) for c in style.LONGER), "#3c3ca0", 3.0, 7.0, 1.6, 1.0,
                    (118, 42, 131, 28), (27, 120, 55, 28)),
    # Projector: white background, black text, heavier lines, Okabe-Ito blue/vermillion (colour-blind safe);
    # shortened muscles are also dashed and every change is written out, so nothing relies on colour alone.
    "projector": Theme("projector", "Projector", "#ffffff", "#000000", "#222222", "#e6e6e6", "#000000", "#d4d4d4",
                       (0, 94, 170), (110, 110, 110), (213, 80, 0), "#00008b", 5.5, 12.0, 3.0, 1.3,
                       (0, 94, 170, 30), (213, 80, 0, 30)),
}


def diagram_size(with_plot: bool = True) -> QtCore.QSizeF:
    """The logical size render_diagram draws into (aspect 16:10 with the plot, 9:10 without)."""
    return QtCore.QSizeF(1600.0, 1000.0) if with_plot else QtCore.QSizeF(900.0, 1000.0)


def theme_of(name) -> Theme:
    if isinstance(name, Theme):
        return name
    if name not in THEMES:
        raise ExportError(f"unknown theme {name!r} (themes: {', '.join(THEMES)})")
    return THEMES[name]


# -- words ----------------------------------------------------------------------------------------------------
def tilt_words(tilt: float) -> str:
    if abs(tilt) < 0.05:
        return "neutral pelvic tilt (0°)"
    return f"{abs(tilt):.1f}° {'anterior' if tilt > 0 else 'posterior'} pelvic tilt"


def describe(state) -> str:
    """One sentence: the posture and the psoas change (the caption of every export)."""
    p = state.posture
    m = state.evaluation.muscle(PSOAS)
    change = m["change_mm"]
    how = "the same as" if abs(change) < 0.05 else ("longer than" if change > 0 else "shorter than")
    return (f"{tilt_words(p.pelvic_tilt).capitalize()}, thigh {p.thigh_angle:g}°, knee {p.knee_flexion:g}°, "
            f"{p.spine_mode} spine (lumbar lordosis {float(state.evaluation.angles['lumbar_lordosis_deg'][0]):.1f}°): "
            f"psoas major {m['length_mm']:.1f} mm, {change:+.1f} mm ({m['change_percent']:+.1f} %) — "
            f"{how} in neutral standing with the same pelvis.")


def title_of(state) -> str:
    return state.display_title or "Psoas major length under pelvic tilt"


# -- drawing helpers ------------------------------------------------------------------------------------------
def _font(px: float, bold: bool = False, theme: Theme | None = None) -> QtGui.QFont:
    font = QtGui.QFont()
    font.setFamilies(["DejaVu Sans", "Arial", "Helvetica", "sans-serif"])
    font.setPixelSize(max(1, int(round(px * (theme.font_scale if theme else 1.0)))))
    font.setBold(bold)
    return font


def _pen(colour, width: float, dash: bool = False, cap=Qt.PenCapStyle.RoundCap) -> QtGui.QPen:
    pen = QtGui.QPen(QtGui.QColor(colour) if not isinstance(colour, QtGui.QColor) else colour)
    pen.setWidthF(width)
    pen.setCapStyle(cap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dash:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([2.2, 1.6])
    return pen


def _polyline(points: np.ndarray) -> QtGui.QPolygonF:
    return QtGui.QPolygonF([QtCore.QPointF(float(x), float(y)) for x, y in points])


def _text(painter, x, y, text, font, colour, align="left", valign="middle", box=None) -> QtCore.QRectF:
    """Draw ``text`` anchored at (x, y); ``box`` a fill colour for a backing rectangle.  Returns its rect."""
    painter.setFont(font)
    metrics = QtGui.QFontMetricsF(font)
    w, h = metrics.horizontalAdvance(text), metrics.height()
    left = {"left": x, "centre": x - w / 2, "right": x - w}[align]
    top = {"top": y, "middle": y - h / 2, "bottom": y - h}[valign]
    rect = QtCore.QRectF(left, top, w, h)
    if box is not None:
        pad = h * 0.15
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QtGui.QColor(box))
        painter.drawRect(rect.adjusted(-pad, -pad * 0.5, pad, pad * 0.5))
    painter.setPen(QtGui.QColor(colour))
    painter.drawText(QtCore.QPointF(left, top + metrics.ascent()), text)
    return rect


class _Placer:
    """Labels that avoid each other: each is tried at its place, then nudged up or down; optional labels that
    still collide are left out (a clutter of overlapping words helps nobody)."""

    def __init__(self, painter):
        self.painter = painter
        self.taken: list[QtCore.QRectF] = []

    def reserve(self, rect: QtCore.QRectF) -> None:
        self.taken.append(QtCore.QRectF(rect))

    def place(self, x, y, text, font, colour, align="left", valign="middle", box=None, optional=True):
        metrics = QtGui.QFontMetricsF(font)
        w, h = metrics.horizontalAdvance(text), metrics.height()
        left = {"left": x, "centre": x - w / 2, "right": x - w}[align]
        top = {"top": y, "middle": y - h / 2, "bottom": y - h}[valign]
        for dy in (0.0, -0.6 * h, 0.6 * h, -1.1 * h, 1.1 * h, -1.6 * h, 1.6 * h):
            rect = QtCore.QRectF(left, top + dy, w, h).adjusted(-2, 0, 2, 0)
            if not any(rect.intersects(other) for other in self.taken):
                self.taken.append(rect)
                return _text(self.painter, left, top + dy, text, font, colour, "left", "top", box)
        if optional:
            return None
        self.taken.append(QtCore.QRectF(left, top, w, h))
        return _text(self.painter, left, top, text, font, colour, "left", "top", box)


def _arc(centre, radius, start_deg, end_deg, steps=24) -> np.ndarray:
    sweep = (end_deg - start_deg + 180.0) % 360.0 - 180.0
    a = np.radians(start_deg + np.linspace(0.0, sweep, steps))
    return np.asarray(centre) + radius * np.stack((np.cos(a), np.sin(a)), -1)


def _world_frame(state) -> QtCore.QRectF:
    """Pelvis, sacrum, femur and lumbar spine with a margin (the ribcage and shank may be cut)."""
    ev = state.evaluation
    sk = state.model.skeleton
    pts = [sk.outline_world(ev.pose, name) for name in ("pelvis", "sacrum", "femur")]
    pts += [c for k, c in sk.vertebral_bodies(ev.pose).items()]
    allp = np.concatenate(pts)
    lo, hi = allp.min(axis=0), allp.max(axis=0)
    return QtCore.QRectF(lo[0] - 40.0, lo[1] - 20.0, hi[0] - lo[0] + 80.0, hi[1] - lo[1] + 70.0)


class _Mapper:
    """World mm (y up) -> logical page units (y down), equal scale on both axes, centred in ``area``."""

    def __init__(self, world: QtCore.QRectF, area: QtCore.QRectF):
        self.s = min(area.width() / world.width(), area.height() / world.height())
        self.ox = area.center().x() - self.s * world.center().x()
        self.oy = area.center().y() + self.s * world.center().y()

    def __call__(self, xy) -> np.ndarray:
        xy = np.asarray(xy, float)
        return np.stack((self.ox + self.s * xy[..., 0], self.oy - self.s * xy[..., 1]), -1)

    def point(self, xy) -> QtCore.QPointF:
        p = self(xy)
        return QtCore.QPointF(float(p[0]), float(p[1]))


# -- the diagram ----------------------------------------------------------------------------------------------
def render_diagram(state, painter: QtGui.QPainter, theme="screen", with_plot: bool = True, trace=None,
                   caption: bool = True) -> None:
    """Paint the diagram into the logical rectangle (0, 0, diagram_size(with_plot)) of ``painter``.

    ``trace``: optional (tilt_deg, psoas_length_mm) pairs drawn on the plot (the presentation sweep).
    """
    theme = theme_of(theme)
    size = diagram_size(with_plot)
    W, H = size.width(), size.height()
    painter.save()
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(QtCore.QRectF(0, 0, W, H), QtGui.QColor(theme.background))

    y = _draw_header(state, painter, theme, W, caption)
    legend_h = 78.0 * theme.font_scale
    model_w = 840.0 if with_plot else W
    header_bottom = y + 4
    # room for labels: the psoas label on the right, vertebra and PSIS labels on the left
    model_area = QtCore.QRectF(100, header_bottom + 10, 0, 0)
    model_area.setRight(model_w - 190)
    model_area.setBottom(H - legend_h - 6)
    _draw_model(state, painter, theme, model_area, QtCore.QRectF(0, header_bottom, model_w, H - legend_h - header_bottom))
    # bands drawn over whatever of the model reaches beyond its area (SVG ignores clipping)
    background = QtGui.QColor(theme.background)
    painter.fillRect(QtCore.QRectF(0, 0, W, header_bottom), background)
    painter.fillRect(QtCore.QRectF(0, H - legend_h, W, legend_h), background)
    if with_plot:
        painter.fillRect(QtCore.QRectF(model_w, header_bottom, W - model_w, H - legend_h - header_bottom), background)
        _draw_plot(state, painter, theme, QtCore.QRectF(model_w + 10, y + 20, W - model_w - 30, H - legend_h - y - 40),
                   trace)
    painter.setPen(_pen(theme.muted, 1.0))
    painter.drawLine(QtCore.QPointF(24, H - legend_h), QtCore.QPointF(W - 24, H - legend_h))
    _draw_header(state, painter, theme, W, caption)
    _draw_legend(painter, theme, QtCore.QRectF(0, H - legend_h, W, legend_h))
    painter.restore()


def _draw_header(state, painter, theme: Theme, width: float, caption: bool) -> float:
    """Title and caption; returns the bottom of the header."""
    title_rect = _text(painter, 24, 18, title_of(state), _font(30, True, theme), theme.text, valign="top")
    y = title_rect.bottom() + 4
    if caption:
        painter.setFont(_font(17, False, theme))
        painter.setPen(QtGui.QColor(theme.muted))
        rect = QtCore.QRectF(24, y, width - 48, 120)
        bound = painter.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), describe(state))
        painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), describe(state))
        y = bound.bottom() + 6
    return y


def _draw_model(state, painter, theme: Theme, area: QtCore.QRectF, clip: QtCore.QRectF) -> None:
    ev = state.evaluation
    model = state.model
    sk, muscles = model.skeleton, model.muscles
    pose = ev.pose
    world = _world_frame(state)
    m = _Mapper(world, area)
    painter.save()
    painter.setClipRect(clip)

    def polygon(points):
        return _polyline(m(np.vstack((points, points[:1]))))

    if state.view.get("ghost"):
        neutral = state.neutral_evaluation()
        painter.setPen(_pen("#9a9a9a", 1.5 * theme.bone_width, dash=True))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for name in ("ribcage", "pelvis", "sacrum", "femur", "tibia"):
            painter.drawPolygon(polygon(sk.outline_world(neutral.pose, name)))

    # bones
    bone_pen = _pen(theme.bone_edge, theme.bone_width)
    for name in ("ribcage", "tibia", "femur", "pelvis", "sacrum"):
        painter.setPen(bone_pen)
        painter.setBrush(QtGui.QColor(theme.bone_fill))
        painter.drawPolygon(polygon(sk.outline_world(pose, name)))
    bodies = sk.vertebral_bodies(pose)
    painter.setBrush(QtGui.QColor(theme.vertebra_fill))
    for name, corners in bodies.items():
        if name != "S1_endplate":
            painter.drawPolygon(polygon(corners))
    painter.setPen(_pen("#8c1414", 5.0 * theme.bone_width / 1.6 * 0.6))
    painter.drawPolyline(_polyline(m(bodies["S1_endplate"])))

    # muscles (psoas last, outlined); dashed when shortened so the direction is not carried by colour alone
    percent = ev.length_change_percent[0]
    psoas_lines = None
    painter.setBrush(Qt.BrushStyle.NoBrush)
    deflected, pulls = muscle_forces.fascial_drawing(state)
    for j, mid in enumerate(ev.muscle_ids):
        muscle = muscles.muscles[mid]
        lines = [muscles.fascicle_polyline(ev.geometry, f)
                 for f in range(muscle.fascicle_slice.start, muscle.fascicle_slice.stop)]
        if mid == PSOAS and deflected:
            lines = muscle_forces.with_deflection(lines, muscle.fascicle_slice.start, deflected)
        colour = theme.change_colour(float(percent[j]))
        dashed = float(percent[j]) < -SHORT_DASH
        if mid == PSOAS:
            psoas_lines = (lines, colour, dashed)
            continue
        painter.setPen(_pen(colour, theme.muscle_width, dashed))
        for line in lines:
            painter.drawPolyline(_polyline(m(line)))
    lines, colour, dashed = psoas_lines
    painter.setPen(_pen("#000000", theme.psoas_width + 4.0))
    for line in lines:
        painter.drawPolyline(_polyline(m(line)))
    painter.setPen(_pen(colour, theme.psoas_width))
    for line in lines:
        painter.drawPolyline(_polyline(m(line)))
    painter.setPen(_pen("#783c00", 2.5 * theme.font_scale, True))  # fascial pulls, as in the window
    for line in pulls:
        painter.drawPolyline(_polyline(m(line)))

    # hip joint centre
    hip = m.point((0.0, 0.0))
    r = 7.0 * theme.font_scale
    painter.setPen(_pen("#111111", 2.0 * theme.font_scale))
    painter.setBrush(QtGui.QColor("#ffffff"))
    painter.drawEllipse(hip, r, r)
    painter.drawLine(QtCore.QPointF(hip.x() - r * 0.7, hip.y()), QtCore.QPointF(hip.x() + r * 0.7, hip.y()))
    painter.drawLine(QtCore.QPointF(hip.x(), hip.y() - r * 0.7), QtCore.QPointF(hip.x(), hip.y() + r * 0.7))

    # angle construction: PT at the hip, SS at the S1 endplate
    a = {k: float(v[0]) for k, v in ev.angles.items()}
    front = sk.landmark_world(pose, "s1_endplate_anterior")[0]
    back = sk.landmark_world(pose, "s1_endplate_posterior")[0]
    mid = (front + back) / 2.0
    reach = float(np.hypot(*mid)) * 0.55
    dash_pen = _pen(theme.angle, 2.0 * theme.font_scale, dash=True)
    arc_pen = _pen(theme.angle, 3.0 * theme.font_scale)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(dash_pen)
    painter.drawPolyline(_polyline(m(np.array([[0.0, reach], [0.0, 0.0], mid]))))
    painter.drawPolyline(_polyline(m(np.array([front, front - [70.0, 0.0]]))))
    painter.setPen(arc_pen)
    painter.drawPolyline(_polyline(m(_arc((0.0, 0.0), 55.0, 90.0, math.degrees(math.atan2(mid[1], mid[0]))))))
    back_dir = math.degrees(math.atan2(back[1] - front[1], back[0] - front[0]))
    painter.drawPolyline(_polyline(m(_arc(front, 40.0, 180.0, back_dir))))
    # the angle box, top left of the model area
    a = {k: float(v[0]) for k, v in ev.angles.items()}
    lines_text = [f"PI {a['pelvic_incidence_deg']:.1f}° = PT {a['spinopelvic_tilt_deg']:.1f}° + "
                  f"SS {a['sacral_slope_deg']:.1f}°",
                  f"LL {a['lumbar_lordosis_deg']:.1f}° · pelvic tilt {state.posture.pelvic_tilt:+.1f}°"]
    font = _font(17, True, theme)
    metrics = QtGui.QFontMetricsF(font)
    w = max(metrics.horizontalAdvance(t) for t in lines_text) + 20
    h = metrics.height() * len(lines_text) + 12
    rect = box_rect = QtCore.QRectF(clip.left() + 14, clip.top() + 8, w, h)
    painter.setPen(_pen("#888888", 1.0))
    painter.setBrush(QtGui.QColor("#ffffff"))
    painter.drawRect(rect)
    for i, t in enumerate(lines_text):
        _text(painter, rect.left() + 10, rect.top() + 6 + i * metrics.height(), t, font, theme.angle, valign="top")
    box = theme.background
    placer = _Placer(painter)
    placer.reserve(box_rect)
    angle_font = _font(17, True, theme)
    p = m((-24.0, 40.0))
    placer.place(p[0], p[1], f"PT {a['spinopelvic_tilt_deg']:.1f}°", angle_font, theme.angle, "right", box=box,
                 optional=False)
    p = m((front[0] - 48.0, front[1] - 10.0))
    placer.place(p[0], p[1], f"SS {a['sacral_slope_deg']:.1f}°", angle_font, theme.angle, "right", "top", box=box,
                 optional=False)

    # labels
    label_font = _font(17, False, theme)
    if psoas_lines is not None:
        y = float(bodies["L4"].mean(axis=0)[1])
        points = np.concatenate(lines)
        near = points[np.abs(points[:, 1] - y) < 25.0]
        x = float(near[:, 0].max()) if len(near) else float(points[:, 0].max())
        start, end = m((x + 4.0, y)), m((x + 4.0, y)) + [34.0 * theme.font_scale, 0.0]
        painter.setPen(_pen(theme.text, 1.6 * theme.font_scale))
        painter.drawLine(QtCore.QPointF(*start), QtCore.QPointF(*end))
        n = ev.muscle(PSOAS)
        rect = _text(painter, end[0] + 4, end[1], "Psoas major", _font(22, True, theme), "#000000", box=box)
        placer.reserve(rect)
        placer.reserve(_text(painter, rect.left(), rect.bottom() + 2, f"{n['length_mm']:.0f} mm, "
                             f"{n['change_mm']:+.1f} mm ({n['change_percent']:+.1f} %)", _font(16, True, theme),
                             theme.text, valign="top", box=box))
    if state.view.get("labels", True):
        lw = lambda name: sk.landmark_world(pose, name)[0]  # noqa: E731
        il = muscles.muscles["iliacus"]
        iline = muscles.fascicle_polyline(ev.geometry, il.fascicle_slice.start)
        top = (iline[0] + iline[1]) / 2.0
        knee = lw("knee_joint_centre")
        sac = lw("s1_endplate_posterior")
        psis = lw("psis")
        items = [("Iliacus", (top[0] + 16.0, top[1] - 4.0), "left"),
                 ("ASIS", lw("asis") + [10.0, 4.0], "left"),
                 ("PSIS", psis + [-10.0, 0.0], "right"),
                 ("Hip joint centre", (-14.0, -20.0), "right"),
                 ("Pubic symphysis", lw("pubic_symphysis") + [12.0, -6.0], "left"),
                 ("Femur", (knee[0] * 0.5 + 40.0, knee[1] * 0.55), "left"),
                 ("Sacrum", sac + [-45.0, -85.0], "right")]
        for key in ("T12", "L1", "L3", "L5"):
            corners = bodies[key]
            back_corner = corners[np.argmin(corners[:, 0])]
            items.append((key, (float(back_corner[0]) - 8.0, float(corners.mean(axis=0)[1])), "right"))
        for text, where, align in items:
            p = m(where)
            placer.place(p[0], p[1], text, label_font, theme.text, align)

    painter.restore()


def psoas_curve(state, tilts=PLOT_TILTS) -> np.ndarray:
    sweep = state.model.sweep("pelvic_tilt", tilts, state.posture, joints=())
    return sweep.length[:, sweep.muscle_ids.index(PSOAS)]


def _nice_step(span: float, count: int = 5) -> float:
    raw = span / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    return next(f * power for f in (1, 2, 2.5, 5, 10) if f * power >= raw)


def _draw_plot(state, painter, theme: Theme, area: QtCore.QRectF, trace=None) -> None:
    lengths = psoas_curve(state)
    low, high = float(lengths.min()), float(lengths.max())
    pad = max(2.0, 0.1 * (high - low))
    y0, y1 = low - pad, high + pad * 1.6
    title_font, tick_font, label_font = _font(19, True, theme), _font(14, False, theme), _font(15, False, theme)
    tick_h = QtGui.QFontMetricsF(tick_font).height()
    _text(painter, area.center().x(), area.top(), "Psoas major length vs pelvic tilt", title_font, theme.text,
          "centre", "top")
    plot = QtCore.QRectF(area.left() + 6 + tick_h * 4.2, area.top() + QtGui.QFontMetricsF(title_font).height() + 12,
                         0, 0)
    plot.setRight(area.right() - 8)
    plot.setBottom(area.bottom() - tick_h * 3.2)
    X = lambda t: plot.left() + (t + 30.0) / 60.0 * plot.width()  # noqa: E731
    Y = lambda v: plot.bottom() - (v - y0) / (y1 - y0) * plot.height()  # noqa: E731
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QtGui.QColor(*theme.plot_fill_posterior))
    painter.drawRect(QtCore.QRectF(QtCore.QPointF(X(-30), plot.top()), QtCore.QPointF(X(0), plot.bottom())))
    painter.setBrush(QtGui.QColor(*theme.plot_fill_anterior))
    painter.drawRect(QtCore.QRectF(QtCore.QPointF(X(0), plot.top()), QtCore.QPointF(X(30), plot.bottom())))
    # grid and ticks
    grid = _pen("#c8c8c8", 1.0)
    for t in range(-30, 31, 10):
        painter.setPen(grid)
        painter.drawLine(QtCore.QPointF(X(t), plot.top()), QtCore.QPointF(X(t), plot.bottom()))
        _text(painter, X(t), plot.bottom() + 4, f"{t:+d}" if t else "0", tick_font, theme.text, "centre", "top")
    step = _nice_step(y1 - y0)
    v = math.ceil(y0 / step) * step
    while v <= y1:
        painter.setPen(grid)
        painter.drawLine(QtCore.QPointF(plot.left(), Y(v)), QtCore.QPointF(plot.right(), Y(v)))
        _text(painter, plot.left() - 6, Y(v), f"{v:g}", tick_font, theme.text, "right")
        v += step
    painter.setPen(_pen(theme.text, 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    _text(painter, plot.left() + 8, plot.top() + 6, "◀ posterior tilt", _font(15, True, theme), theme.text,
          valign="top")
    _text(painter, plot.right() - 8, plot.top() + 6, "anterior tilt ▶", _font(15, True, theme), theme.text,
          "right", "top")
    _text(painter, plot.center().x(), plot.bottom() + tick_h * 1.5, "pelvic tilt (°)", label_font, theme.text,
          "centre", "top")
    painter.save()
    painter.translate(area.left() + 4, plot.center().y())
    painter.rotate(-90)
    _text(painter, 0, 0, "psoas length (mm)", label_font, theme.text, "centre", "top")
    painter.restore()
    # curve, trace, current posture
    painter.setClipRect(plot)
    painter.setPen(_pen(theme.text, 2.5 * theme.font_scale))
    painter.drawPolyline(QtGui.QPolygonF([QtCore.QPointF(X(t), Y(v)) for t, v in zip(PLOT_TILTS, lengths)]))
    if trace:
        painter.setPen(_pen(theme.angle, 6.0 * theme.font_scale))
        painter.drawPolyline(QtGui.QPolygonF([QtCore.QPointF(X(t), Y(v)) for t, v in trace]))
    tilt = state.posture.pelvic_tilt
    now = state.evaluation.muscle(PSOAS)["length_mm"]
    painter.setPen(_pen("#b03020", 1.5 * theme.font_scale, dash=True))
    painter.drawLine(QtCore.QPointF(X(tilt), plot.top()), QtCore.QPointF(X(tilt), plot.bottom()))
    painter.setPen(_pen("#111111", 2.0 * theme.font_scale))
    painter.setBrush(QtGui.QColor("#b03020"))
    r = 8.0 * theme.font_scale
    painter.drawEllipse(QtCore.QPointF(X(tilt), Y(now)), r, r)
    painter.setClipping(False)
    align = "left" if tilt < 10 else "right"
    dx = 14 if align == "left" else -14
    _text(painter, X(tilt) + dx, Y(now) + 22 * theme.font_scale, f"{now:.1f} mm", _font(16, True, theme),
          theme.text, align, box=theme.background)
    painter.restore()


def _draw_legend(painter, theme: Theme, area: QtCore.QRectF) -> None:
    painter.save()
    font = _font(16, False, theme)
    bold = _font(16, True, theme)
    cy = area.center().y()
    x = 24.0
    r = _text(painter, x, cy, "Muscle length vs neutral standing:", bold, theme.text)
    x = r.right() + 14
    r = _text(painter, x, cy, f"shorter −{style.COLOUR_RANGE_PERCENT:g} %", font, theme.text)
    x = r.right() + 10
    bar = QtCore.QRectF(x, cy - 9 * theme.font_scale, 180 * theme.font_scale, 18 * theme.font_scale)
    gradient = QtGui.QLinearGradient(bar.topLeft(), bar.topRight())
    gradient.setColorAt(0.0, theme.change_colour(-style.COLOUR_RANGE_PERCENT))
    gradient.setColorAt(0.5, theme.change_colour(0.0))
    gradient.setColorAt(1.0, theme.change_colour(style.COLOUR_RANGE_PERCENT))
    painter.setPen(_pen("#555555", 1.0))
    painter.setBrush(QtGui.QBrush(gradient))
    painter.drawRect(bar)
    x = bar.right() + 10
    r = _text(painter, x, cy, f"+{style.COLOUR_RANGE_PERCENT:g} % longer", font, theme.text)
    x = r.right() + 30
    for dashed, text, pct in ((True, "dashed = shorter", -6.0), (False, "solid = longer", 6.0)):
        painter.setPen(_pen(theme.change_colour(pct), theme.muscle_width * 1.3, dashed))
        painter.drawLine(QtCore.QPointF(x, cy), QtCore.QPointF(x + 60 * theme.font_scale, cy))
        r = _text(painter, x + 68 * theme.font_scale, cy, text, font, theme.text)
        x = r.right() + 26
    painter.restore()


# -- writers --------------------------------------------------------------------------------------------------
def _check_target(path: Path, fmt: str) -> None:
    if path.is_dir():
        raise ExportError(f"{path}: is a folder; give a file name ending in .{fmt}")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{path}: the folder {folder} does not exist")


def _write(path: Path, data: bytes) -> None:
    try:
        write_file(path, data)
    except OSError as error:
        raise ExportError(f"{path}: cannot be written ({error.strerror or error})") from None


def _paint(state, device, scale: float, theme, with_plot, offset=QtCore.QPointF(0, 0)) -> None:
    painter = QtGui.QPainter(device)
    try:
        painter.translate(offset)
        painter.scale(scale, scale)
        render_diagram(state, painter, theme, with_plot)
    finally:
        painter.end()


def render_image(state, width: int = DEFAULT_WIDTH, theme="screen", with_plot: bool = True,
                 dpi: float | None = None) -> QtGui.QImage:
    size = diagram_size(with_plot)
    scale = width / size.width()
    image = QtGui.QImage(int(width), int(round(size.height() * scale)), QtGui.QImage.Format.Format_RGB32)
    if dpi:
        image.setDotsPerMeterX(int(round(dpi / 0.0254)))
        image.setDotsPerMeterY(int(round(dpi / 0.0254)))
    image.fill(QtGui.QColor(theme_of(theme).background))
    _paint(state, image, scale, theme, with_plot)
    return image


def png_width(width=None, dpi=None) -> int:
    if width is None and dpi is not None:
        width = int(round(float(dpi) * PRINT_WIDTH_IN))
    width = DEFAULT_WIDTH if width is None else int(width)
    if not 1 <= width <= MAX_WIDTH:
        raise ExportError(f"width {width} px is outside 1…{MAX_WIDTH}")
    return width


def png_bytes(state, width=None, theme="screen", with_plot=True, dpi=None) -> bytes:
    image = render_image(state, png_width(width, dpi), theme, with_plot, dpi)
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    if image.isNull() or not image.save(buffer, "PNG"):
        raise ExportError("the PNG could not be encoded")
    return bytes(buffer.data())


def svg_bytes(state, theme="screen", with_plot=True) -> bytes:
    from PySide6 import QtSvg

    size = diagram_size(with_plot)
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    generator = QtSvg.QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size.toSize())
    generator.setViewBox(QtCore.QRectF(QtCore.QPointF(0, 0), size))
    generator.setTitle(title_of(state))
    generator.setDescription(describe(state))
    generator.setResolution(96)
    _paint(state, generator, 1.0, theme, with_plot)
    return bytes(buffer.data())


def parameter_rows(state) -> list[tuple[str, str]]:
    """(name, value) rows of the PDF table: the posture, the angles it gives, muscle settings, the psoas."""
    p = state.posture
    rows = []
    for name, spec in state.model.parameters.items():
        if name == "lumbar_lordosis" and p.spine_mode != "manual":
            continue  # only the manual spine uses it; the measured LL follows below
        rows.append((spec.label, f"{getattr(p, name):+.1f}°" if name == "pelvic_tilt" else f"{getattr(p, name):.1f}°"))
    rows.append(("Spine mode", p.spine_mode))
    a = {k: float(v[0]) for k, v in state.evaluation.angles.items()}
    rows += [("Pelvic incidence PI (measured)", f"{a['pelvic_incidence_deg']:.1f}°"),
             ("Spinopelvic tilt PT", f"{a['spinopelvic_tilt_deg']:.1f}°"),
             ("Sacral slope SS", f"{a['sacral_slope_deg']:.1f}°"),
             ("Lumbar lordosis LL", f"{a['lumbar_lordosis_deg']:.1f}°")]
    n = state.evaluation.muscle(PSOAS)
    rows += [("Psoas major length", f"{n['length_mm']:.1f} mm"),
             ("Psoas change vs neutral standing", f"{n['change_mm']:+.1f} mm ({n['change_percent']:+.1f} %)"),
             ("Psoas hip moment arm", f"{n['hip_moment_arm_mm']:+.1f} mm (+ flexes the hip)")]
    for mid, setting in sorted(state.muscles.items()):
        rows.append((f"{state.model.muscles.muscles[mid].name}: activation / tightness",
                     f"{setting.activation:.2f} / "
                     f"{state.model.mechanics.tightness_mm(setting.tightness):g} mm shorter resting length"))
    links = state.model.mechanics.fascia.links
    for link_id, newtons in sorted(state.pulls.items()):
        rows.append((f"{links[link_id].name}: pull", f"{newtons:.0f} N"))
    return rows


def pdf_bytes(state, theme="screen", with_plot=True) -> bytes:
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    writer = QtGui.QPdfWriter(buffer)
    writer.setTitle(title_of(state))
    writer.setCreator("psoas-viz")
    writer.setPageSize(QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QtGui.QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QtCore.QMarginsF(14, 14, 14, 14), QtGui.QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    page = writer.pageLayout().paintRectPixels(300)
    size = diagram_size(with_plot)
    scale = page.width() / size.width()
    painter = QtGui.QPainter(writer)
    try:
        painter.scale(scale, scale)
        render_diagram(state, painter, theme, with_plot, caption=False)
        th = theme_of("screen")  # the page itself is printed: dark text on white
        y = size.height() + 30
        painter.setFont(_font(22, True))
        painter.setPen(QtGui.QColor(th.text))
        painter.drawText(QtCore.QPointF(0, y + 22), "What the diagram shows")
        y += 40
        painter.setFont(_font(20))
        text = describe(state) + (f"\n\n{state.notes}" if state.notes else "") + (
            "\n\nColours and line styles: muscles are coloured by their length change from neutral standing with "
            "the same pelvis (blue shorter, orange longer, grey unchanged); shortened muscles are also dashed. "
            "PT: spinopelvic (pelvic) tilt, SS: sacral slope, PI: pelvic incidence, LL: lumbar lordosis.")
        rect = QtCore.QRectF(0, y, size.width(), 600)
        bound = painter.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), text)
        painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)
        y = bound.bottom() + 30
        painter.setFont(_font(22, True))
        painter.drawText(QtCore.QPointF(0, y + 22), "Parameters")
        y += 36
        row_h = 34.0
        painter.setFont(_font(19))
        for i, (name, value) in enumerate(parameter_rows(state)):
            if i % 2 == 0:
                painter.fillRect(QtCore.QRectF(0, y, size.width(), row_h), QtGui.QColor("#f0f0f0"))
            painter.setPen(QtGui.QColor(th.text))
            painter.drawText(QtCore.QRectF(10, y, 900, row_h), int(Qt.AlignmentFlag.AlignVCenter), name)
            painter.drawText(QtCore.QRectF(920, y, size.width() - 930, row_h), int(Qt.AlignmentFlag.AlignVCenter),
                             value)
            y += row_h
        painter.setFont(_font(15))
        painter.setPen(QtGui.QColor(th.muted))
        painter.drawText(QtCore.QPointF(0, y + 40), "Made with psoas-viz: a sagittal pelvis–spine–femur model "
                                                    "(lengths from published muscle paths; see psoas-viz info).")
    finally:
        painter.end()
    data = bytes(buffer.data())
    if not data.startswith(b"%PDF"):
        raise ExportError("the PDF could not be produced")
    return data


def csv_text(state) -> str:
    """Every muscle at the current posture, a blank line, then the psoas-versus-tilt sweep (sweep's columns)."""
    from psoas_viz.cli import sweep_table

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    ev = state.evaluation
    writer.writerow(["muscle_id", "name", "length_mm", "change_mm", "change_percent", "hip_moment_arm_mm"])
    for mid in ev.muscle_ids:
        n = ev.muscle(mid)
        writer.writerow([mid, state.model.muscles.muscles[mid].name, f"{n['length_mm']:.3f}", f"{n['change_mm']:.3f}",
                         f"{n['change_percent']:.3f}", f"{n['hip_moment_arm_mm']:.3f}"])
    writer.writerow([])
    columns, rows = sweep_table(state.model, "pelvic_tilt", CSV_TILTS, state.posture)
    writer.writerow(columns)
    writer.writerows([[f"{v:.6g}" for v in row] for row in rows])
    return out.getvalue()


def export_bytes(state, fmt: str, width=None, theme="screen", with_plot=True, dpi=None) -> bytes:
    if fmt == "png":
        return png_bytes(state, width, theme, with_plot, dpi)
    if fmt == "svg":
        return svg_bytes(state, theme, with_plot)
    if fmt == "pdf":
        return pdf_bytes(state, theme, with_plot)
    if fmt == "csv":
        return csv_text(state).encode("utf-8")
    raise ExportError(f"unknown format {fmt!r} (formats: {', '.join(FORMATS)})")


def format_of(path) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ExportError(f"{path}: the file name must end in .png, .svg, .pdf or .csv")
    return suffix


def export_file(state, path, width=None, theme="screen", with_plot=True, dpi=None) -> Path:
    """Write the export whose format the file name gives; ExportError (naming the file) if it cannot be."""
    path = Path(os.fspath(path))
    fmt = format_of(path)
    theme_of(theme)
    _check_target(path, fmt)
    data = export_bytes(state, fmt, width, theme, with_plot, dpi)
    _write(path, data)
    return path


def copy_to_clipboard(state, theme="screen", with_plot=True, width=DEFAULT_WIDTH) -> QtGui.QImage:
    image = render_image(state, width, theme, with_plot)
    QtGui.QGuiApplication.clipboard().setImage(image)
    return image


def ensure_gui_application():
    """A QGuiApplication for headless rendering (fonts need one); offscreen unless a platform is chosen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QtGui.QGuiApplication.instance()
    if app is None:
        app = QtGui.QGuiApplication(["psoas-viz"])
    return app

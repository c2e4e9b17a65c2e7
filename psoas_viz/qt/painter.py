"""The one painter: draws a scene into any QPainter (the play area, compare, presentation, PNG, PDF, clipboard).

Shapes are in the scene's pixels; the caller scales the painter to its device.  Colours, widths and dashes come
from the theme's role table; muscles are coloured by their tone.  Pens and brushes are built once per theme.
"""

from __future__ import annotations

import functools

import numpy as np
import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui
import pyqtgraph as pg

from psoas_viz.scene import text as measure
from psoas_viz.scene.labels import label_lines
from psoas_viz.scene.shapes import Arrow, Circle, Polygon, Polyline, Rect, Text
from psoas_viz.scene.theme import DASH, theme_of

Qt = QtCore.Qt


def colour(rgba) -> QtGui.QColor:
    return QtGui.QColor(*rgba)


@functools.lru_cache(maxsize=64)
def _font(pixels: int, bold: bool, italic: bool) -> QtGui.QFont:
    f = QtGui.QFont()
    f.setFamilies([measure.FAMILY, "Arial", "Helvetica", "sans-serif"])
    f.setPixelSize(pixels)
    f.setBold(bold)
    f.setItalic(italic)
    return f


def font(size: float, bold: bool = False, italic: bool = False) -> QtGui.QFont:
    return _font(max(1, int(round(size))), bool(bold), bool(italic))


def _pen(rgba, width: float, dash=None, flat: bool = False, quick: bool = False) -> QtGui.QPen:
    """``quick``: flat caps and bevel joins (a third cheaper to stroke: while the model is dragged)."""
    pen = QtGui.QPen(colour(rgba))
    pen.setWidthF(width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap if flat or quick else Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.BevelJoin if quick else Qt.PenJoinStyle.RoundJoin)
    if dash:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern(list(dash))
    return pen


def _polygon(points) -> QtGui.QPolygonF:
    """A QPolygonF filled straight from the (K, 2) array (no Python loop over points)."""
    points = np.asarray(points, dtype=np.float64)
    polygon = pg.functions.create_qpolygonf(len(points))
    pg.functions.ndarray_from_qpolygonf(polygon)[:] = points
    return polygon


class Painter:
    """Draws scenes of one theme (pens and brushes cached by role and tone)."""

    def __init__(self, theme="screen"):
        self.theme = theme_of(theme)
        self._pens: dict = {}
        self._span = 2.0  # the colour scale of the scene being painted (Scene.colour_range)
        self._quick = False  # painting without antialiasing (a drag): quick pens too

    def pen(self, role: str, width: float | None = None, tone=None, dashed: bool = False) -> QtGui.QPen:
        key = (role, None if width is None else round(width, 2),
               None if tone is None else (round(tone, 2), self._span), dashed, self._quick)
        pen = self._pens.get(key)
        if pen is None:
            style = self.theme.style(role)
            rgba = self.theme.line_colour(role, tone, self._span)
            dash = style.dash or (DASH if dashed else None)
            pen = _pen(rgba, style.width if width is None else width, dash, style.flat, self._quick)
            self._pens[key] = pen
        return pen

    def paint(self, scene, painter: QtGui.QPainter, antialias: bool = True) -> None:
        self._span, self._quick = scene.colour_range, not antialias
        painter.save()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, antialias)
        painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing, True)
        frame = QtCore.QRectF(0, 0, scene.width, scene.height)
        painter.setClipRect(frame, Qt.ClipOperation.IntersectClip)  # nothing beyond the scene (a PDF page)
        painter.fillRect(frame, colour(self.theme.colour(scene.background)))
        lines: list = []  # consecutive lines drawn with one pen: stroked as one path (one call, not hundreds)
        pen = None
        for structure in scene.structures:
            for shape in structure.shapes:
                role = shape.role or structure.role
                if isinstance(shape, Polyline):
                    line_pen = self.pen(role, shape.width, shape.tone, shape.dashed)
                    if line_pen is not pen:
                        self._lines(painter, pen, lines)
                        pen, lines = line_pen, []
                    lines.append(shape.points)
                    continue
                self._lines(painter, pen, lines)
                pen, lines = None, []
                self._shape(painter, shape, role)
        self._lines(painter, pen, lines)
        for label in scene.labels:
            self.label(painter, label)
        painter.restore()

    @staticmethod
    def _lines(painter, pen, lines: list) -> None:
        """Stroke open lines with one pen: one polyline, or several as the sub-paths of one path."""
        if not lines:
            return
        painter.setPen(pen)
        if len(lines) == 1:
            painter.drawPolyline(_polygon(lines[0]))
            return
        points = np.concatenate(lines)
        connect = np.ones(len(points), dtype=np.int32)
        connect[np.cumsum([len(line) for line in lines]) - 1] = 0  # each line ends: no segment to the next one
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(pg.arrayToQPath(points[:, 0], points[:, 1], connect, finiteCheck=False))

    def _shape(self, painter, shape, role: str) -> None:
        style = self.theme.style(role)
        if isinstance(shape, Text):
            self.text(painter, shape, role)
        elif isinstance(shape, (Polygon, Arrow)):
            path = QtGui.QPainterPath()
            path.setFillRule(Qt.FillRule.OddEvenFill)
            for ring in (shape.points, *shape.holes):
                path.addPolygon(_polygon(ring))
                path.closeSubpath()
            if style.fill and style.stroke and not self._quick:
                # the fill without antialiasing (its edge lies under the antialiased outline): a third of the cost
                painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
                painter.fillPath(path, colour(style.fill))
                painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
                painter.strokePath(path, self.pen(role))
                return
            painter.setPen(self.pen(role) if style.stroke else Qt.PenStyle.NoPen)
            painter.setBrush(colour(style.fill) if style.fill else Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        elif isinstance(shape, Circle):
            painter.setPen(self.pen(role))
            painter.setBrush(colour(style.fill) if style.fill else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QtCore.QPointF(*shape.centre), shape.radius, shape.radius)
        elif isinstance(shape, Rect):
            x0, y0, x1, y1 = shape.box
            rect = QtCore.QRectF(x0, y0, x1 - x0, y1 - y0)
            if shape.gradient:
                gradient = QtGui.QLinearGradient(rect.topLeft(), rect.topRight())
                for i, percent in enumerate(shape.gradient):
                    gradient.setColorAt(i / max(len(shape.gradient) - 1, 1),
                                        colour(self.theme.tone_colour(percent, self._span)))
                painter.setBrush(QtGui.QBrush(gradient))
            else:
                painter.setBrush(colour(style.fill) if style.fill else Qt.BrushStyle.NoBrush)
            painter.setPen(self.pen(role) if style.stroke else Qt.PenStyle.NoPen)
            painter.drawRect(rect)

    def text(self, painter, shape: Text, role: str) -> None:
        x0, y0, x1, y1 = shape.box
        painter.setFont(font(shape.size, shape.bold, shape.italic))
        painter.setPen(colour(self.theme.colour(role)))
        if shape.angle:
            painter.save()
            painter.translate((x0 + x1) / 2, (y0 + y1) / 2)
            painter.rotate(-shape.angle)
            w = x1 - x0
            painter.drawText(QtCore.QPointF(-w / 2, -(y1 - y0) / 2 + measure.ascent(shape.size)), shape.text)
            painter.restore()
            return
        painter.drawText(QtCore.QPointF(x0, y0 + measure.ascent(shape.size)), shape.text)

    def label(self, painter, label) -> None:
        x0, y0, x1, y1 = label.box
        if label.leader:
            painter.setPen(self.pen("leader"))
            painter.drawLine(QtCore.QPointF(*label.leader[0]), QtCore.QPointF(*label.leader[1]))
        if label.backed:
            pad = (y1 - y0) * 0.08
            painter.fillRect(QtCore.QRectF(x0 - pad, y0, x1 - x0 + 2 * pad, y1 - y0),
                             colour(self.theme.colour("background")))
        for line in label_lines(label):
            self.text(painter, line, label.role)

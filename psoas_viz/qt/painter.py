"""The one painter: draws a scene into any QPainter (the play area, compare, presentation, PNG, PDF, clipboard).

Shapes are in the scene's pixels; the caller scales the painter to its device.  Colours, widths and dashes come
from the theme's role table; muscles are coloured by their tone.  Pens are built once and kept while they are used.
On screen (``Painter(retained=True)``) a structure that did not change since the last paint is composited from an
image of itself (see :class:`Painter`).
"""

from __future__ import annotations

import dataclasses
import functools

import numpy as np
import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui
import pyqtgraph as pg

from psoas_viz.scene import text as measure
from psoas_viz.scene.geometry import bounds
from psoas_viz.scene.labels import label_lines
from psoas_viz.scene.shapes import Arrow, Circle, Polygon, Polyline, Rect, Structure, Text
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


class _Strokes:
    """Consecutive open lines drawn with one pen, stroked together as one path when the pen changes or a
    structure is composited from its image (one call, not hundreds)."""

    def __init__(self):
        self.pen, self.lines = None, []

    def add(self, painter, pen, points) -> None:
        if pen is not self.pen:
            self.flush(painter)
            self.pen = pen
        self.lines.append(points)

    def flush(self, painter) -> None:
        """Stroke the lines gathered: one polyline, or several as the sub-paths of one path."""
        lines, pen = self.lines, self.pen
        self.pen, self.lines = None, []
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


def _equal(a, b) -> bool:
    """Two field values that draw the same: of one type, equal; arrays bit for bit."""
    kind = a.__class__
    if kind is not b.__class__:
        return False
    if kind is np.ndarray:
        return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()
    if kind is tuple or kind is list:
        return len(a) == len(b) and all(map(_equal, a, b))
    return a == b


def _same(a, b) -> bool:
    """Whether two structures draw the same pixels: the same id and role and the same shapes, every field of every
    shape (type, role, width, tone, dash, points and holes, text, box ...); stops at the first difference (a moved
    bone: its first outline), so telling a whole scene's changed structures costs a few microseconds each."""
    if a is b:
        return True
    if a.id != b.id or a.role != b.role or len(a.shapes) != len(b.shapes):
        return False
    for x, y in zip(a.shapes, b.shapes):
        if x.__class__ is not y.__class__ or not all(map(_equal, x.__dict__.values(), y.__dict__.values())):
            return False
    return True


def _unchanged(before, before_span: float, structure, span: float) -> bool:
    """Whether a structure draws the same pixels as it did: the same shapes, and the same colour scale if its
    colours depend on it (a muscle's tone, a gradient; a bone's do not, so a new range redraws only the muscles)."""
    return _same(before, structure) and (before_span == span or not any(
        getattr(shape, "tone", None) is not None or getattr(shape, "gradient", ()) for shape in structure.shapes))


@dataclasses.dataclass(frozen=True)
class _Image:
    """A structure rendered alone on transparent pixels at full quality (None: nothing of it inside the scene) on
    the colour scale ``span``; ``at``: where its top-left pixel goes in the painter's coordinates (a whole device
    pixel)."""

    structure: Structure
    span: float
    image: QtGui.QImage | None
    at: QtCore.QPointF


class Painter:
    """Draws scenes of one theme.

    ``retained`` (the on-screen widgets, which paint the same scene again and again, and a drag's next scene with
    most bones where they were): a structure drawn with exactly the same shapes as in the previous paint of the same
    quality is rendered once into an image of itself (by the same code, antialiased, with full-quality pens) and
    from then on composited from it at a whole device pixel: the same pixels up to rounding, a fraction of the
    cost of antialiased rasterising.  Quick frames (a drag) composite the full-quality images too: cheaper than
    their quick drawing, and crisper.  Only on raster devices with an integer device pixel ratio and a whole-pixel
    translation (anything else is drawn directly); images of structures no longer drawn are dropped.
    """

    def __init__(self, theme="screen", retained: bool = False):
        self.theme = theme_of(theme)
        self._pens: dict = {}  # the pens of this paint ...
        self._old_pens: dict = {}  # ... and of the one before
        self._span = 2.0  # the colour scale of the scene being painted (Scene.colour_range)
        self._quick = False  # painting without antialiasing (a drag): quick pens too
        self.retained = retained
        self._setting = None  # (theme, device pixel ratio, scene size) of the images and structures below
        self._images: dict = {}  # structure id -> _Image of the structures composited in the last paint
        # antialiased? -> {id: (structure, colour range)} drawn in the last paint of that quality
        self._previous: dict = {True: {}, False: {}}

    def retained_images(self) -> dict:
        """{structure id: image} of the structures the last paint composited from images (empty unless
        ``retained``)."""
        return {sid: image.image for sid, image in self._images.items() if image.image is not None}

    def pen(self, role: str, width: float | None = None, tone=None, dashed: bool = False) -> QtGui.QPen:
        """The pen of a role (a muscle's: of its tone, to 0.01 %), built once and kept while it is used: the pens
        of this paint and the one before (every posture brings new tones, a zoom new widths)."""
        key = (role, width, None if tone is None else round(tone, 2), dashed, self._quick, self._span)
        pen = self._pens.get(key)
        if pen is None:
            pen = self._old_pens.get(key)
            if pen is None:
                style = self.theme.style(role)
                rgba = self.theme.line_colour(role, tone, self._span)
                dash = style.dash or (DASH if dashed else None)
                pen = _pen(rgba, style.width if width is None else width, dash, style.flat, self._quick)
            self._pens[key] = pen
        return pen

    def paint(self, scene, painter: QtGui.QPainter, antialias: bool = True) -> None:
        self._span, self._quick = scene.colour_range, not antialias
        self._old_pens, self._pens = self._pens, {}
        painter.save()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, antialias)
        painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing, True)
        frame = QtCore.QRectF(0, 0, scene.width, scene.height)
        painter.setClipRect(frame, Qt.ClipOperation.IntersectClip)  # nothing beyond the scene (a PDF page)
        painter.fillRect(frame, colour(self.theme.colour(scene.background)))
        ratio = self._device(painter) if self.retained else None
        strokes = _Strokes()
        if ratio is None:
            for structure in scene.structures:
                self.structure(painter, structure, strokes)
        else:
            self._paint_retained(scene, painter, strokes, ratio)
        strokes.flush(painter)
        for label in scene.labels:
            self.label(painter, label)
        painter.restore()

    @staticmethod
    def _device(painter) -> int | None:
        """The device pixel ratio where images can be composited pixel for pixel: a raster device, an integer
        ratio, and a painter transform that is a whole-pixel translation (the device transform: the ratio's scale and
        whole device pixels); else None."""
        engine = painter.paintEngine()
        if engine is None or engine.type() != QtGui.QPaintEngine.Type.Raster:
            return None
        ratio = painter.device().devicePixelRatio()
        matrix = painter.deviceTransform()
        if ratio < 1 or ratio != int(ratio) or matrix.type().value > QtGui.QTransform.TransformationType.TxScale.value \
                or matrix.m11() != ratio or matrix.m22() != ratio:
            return None
        return int(ratio) if matrix.dx() == int(matrix.dx()) and matrix.dy() == int(matrix.dy()) else None

    def _paint_retained(self, scene, painter, strokes, ratio: int) -> None:
        """Structures unchanged since the last paint of this quality composited from their images, the others
        drawn directly; the images not composited this time are dropped.  Structures with text are always drawn
        directly (text on the device itself: subpixel antialiasing and its gamma can differ on a transparent
        image)."""
        setting = (self.theme.name, ratio, scene.width, scene.height)
        span = scene.colour_range
        previous = self._previous[not self._quick] if self._setting == setting else {}
        images = self._images if self._setting == setting else {}
        drawn, composited = {}, {}
        for structure in scene.structures:
            drawn[structure.id] = (structure, span)
            image = images.get(structure.id)
            if image is None or not _unchanged(image.structure, image.span, structure, span):
                image = None
                before = previous.get(structure.id)
                if before is not None and _unchanged(*before, structure, span) \
                        and not any(shape.__class__ is Text for shape in structure.shapes):
                    image = self._render(structure, scene, ratio)
            if image is None:
                self.structure(painter, structure, strokes)
                continue
            composited[structure.id] = image
            if image.image is not None:  # None: nothing of it inside the scene
                strokes.flush(painter)
                painter.drawImage(image.at, image.image)
        if self._setting != setting:
            self._previous = {True: {}, False: {}}
        self._setting, self._images = setting, composited
        self._previous[not self._quick] = drawn

    def _render(self, structure, scene, ratio: int) -> _Image:
        """The structure drawn alone at full quality on transparent pixels, at ``ratio`` device pixels a pixel,
        the image's pixels aligned with the device's (so compositing it moves nothing)."""
        box = self._bounds(structure, scene)
        if box is None:
            return _Image(structure, self._span, None, QtCore.QPointF())
        x0, y0, x1, y1 = (int(np.floor(box[0] * ratio)), int(np.floor(box[1] * ratio)),
                          int(np.ceil(box[2] * ratio)), int(np.ceil(box[3] * ratio)))
        image = QtGui.QImage(x1 - x0, y1 - y0, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        at = QtCore.QPointF(x0 / ratio, y0 / ratio)
        quick = self._quick
        self._quick = False  # the full-quality pens, whatever this frame's quality
        painter = QtGui.QPainter(image)
        try:
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing, True)
            painter.translate(-at)
            strokes = _Strokes()
            self.structure(painter, structure, strokes)
            strokes.flush(painter)
        finally:
            painter.end()
            self._quick = quick
        return _Image(structure, self._span, image, at)

    def _bounds(self, structure, scene) -> tuple | None:
        """The pixels (x0, y0, x1, y1) a structure without text can touch inside the scene (its strokes' widths and
        antialiasing included), or None when none of it is inside."""
        boxes = []
        for shape in structure.shapes:
            style = self.theme.style(shape.role or structure.role)
            if isinstance(shape, Polyline):
                rings, width = (shape.points,), shape.width
            elif isinstance(shape, Polygon):  # arrows too
                rings, width = (shape.points, *shape.holes), style.width
            elif isinstance(shape, Circle):
                cx, cy = shape.centre
                rings, width = (((cx - shape.radius, cy - shape.radius), (cx + shape.radius, cy + shape.radius)),), \
                    style.width
            else:  # Rect
                x0, y0, x1, y1 = shape.box
                rings, width = (((x0, y0), (x1, y1)),), style.width
            reach = width / 2 + 2.0  # half the pen (round caps and joins) and the antialiased fringe
            for ring in rings:
                points = np.asarray(ring, dtype=np.float64).reshape(-1, 2)
                if len(points):
                    x0, y0, x1, y1 = bounds(points)
                    boxes.append((x0 - reach, y0 - reach, x1 + reach, y1 + reach))
        if not boxes:
            return None
        boxes = np.array(boxes)
        x0, y0 = max(boxes[:, 0].min(), 0.0), max(boxes[:, 1].min(), 0.0)
        x1, y1 = min(boxes[:, 2].max(), float(scene.width)), min(boxes[:, 3].max(), float(scene.height))
        return (x0, y0, x1, y1) if x0 < x1 and y0 < y1 else None

    def structure(self, painter, structure, strokes: _Strokes) -> None:
        """Draw one structure's shapes (its open lines gathered into ``strokes``, stroked when the pen changes)."""
        for shape in structure.shapes:
            role = shape.role or structure.role
            if isinstance(shape, Polyline):
                strokes.add(painter, self.pen(role, shape.width, shape.tone, shape.dashed), shape.points)
                continue
            strokes.flush(painter)
            self._shape(painter, shape, role)

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

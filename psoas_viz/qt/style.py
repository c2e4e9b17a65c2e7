"""Colours and pens of the Qt charts and widgets, from the screen theme's table (``psoas_viz.scene.theme``)."""

from __future__ import annotations

import re

import PySide6  # noqa: F401
from PySide6 import QtGui

from psoas_viz.scene.theme import SCREEN, scale_position

LEVELS = 41  # the bar chart's colours: this many steps of the length-change gradient
BACKGROUND = "#%02x%02x%02x" % SCREEN.colour("background")[:3]


def level_rgb(level: int) -> tuple[int, int, int]:
    """The colour of one of the ``LEVELS`` steps along the scale (0 fully shorter ... LEVELS-1 fully longer)."""
    return SCREEN.scale_colour(level / (LEVELS - 1) * 2.0 - 1.0)[:3]


def change_level(percent: float, span: float) -> int:
    """The step of a length change (percent) on a colour scale of ±``span`` percent, as the diagram colours it."""
    return int(round((scale_position(percent, span) + 1.0) / 2.0 * (LEVELS - 1)))


def line_width(width: float) -> float:
    """A chart line's width in device pixels (cosmetic pens are), so it keeps its thickness at 200 % scaling."""
    screen = QtGui.QGuiApplication.primaryScreen() if QtGui.QGuiApplication.instance() else None
    return width * (screen.devicePixelRatio() if screen is not None else 1.0)


def cosmetic_pen(color, width: float, style=None, cap=None) -> QtGui.QPen:
    pen = QtGui.QPen(QtGui.QColor(*color) if isinstance(color, tuple) else QtGui.QColor(color))
    pen.setWidthF(line_width(width))
    pen.setCosmetic(True)
    pen.setCapStyle(cap if cap is not None else QtGui.Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(QtGui.Qt.PenJoinStyle.RoundJoin)
    if style is not None:
        pen.setStyle(style)
    return pen


def gradient_css() -> str:
    s, m, l = (f"rgb({c[0]},{c[1]},{c[2]})" for c in (SCREEN.shorter, SCREEN.middle, SCREEN.longer))
    return f"qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 {s}, stop:0.5 {m}, stop:1 {l})"


# -- text size: every size below follows the system font ------------------------------------------------------
REFERENCE_PIXELS = 12.0  # the system font the sizes were chosen with: 9 pt at 96 dpi (Linux, Windows)
FOCUS_COLOUR = "#3060c0"  # the ring of a focused widget that draws none of its own


def text_scale() -> float:
    """The system font's size over the reference: 1 with the usual font, larger with "large text"."""
    if QtGui.QGuiApplication.instance() is None:
        return 1.0
    return QtGui.QFontInfo(QtGui.QGuiApplication.font()).pixelSize() / REFERENCE_PIXELS


def points(size: float) -> float:
    """A font size (pt) chosen for the reference font, scaled to the system font."""
    return round(size * text_scale(), 1)


def pt(size: float) -> str:
    """The same as a style-sheet length: ``font-size:{pt(12)}``."""
    return f"{points(size):g}pt"


def css(sheet: str) -> str:
    """A style sheet (or HTML) with every ``font-size:Npt`` scaled to the system font."""
    return re.sub(r"font-size:\s*([0-9.]+)pt", lambda m: f"font-size:{pt(float(m.group(1)))}", sheet)


def font(size: float, bold: bool = False) -> QtGui.QFont:
    """The application font at ``size`` pt (scaled to the system font)."""
    f = QtGui.QFont()
    f.setPointSizeF(points(size))
    f.setBold(bold)
    return f

"""Colours and pens of the Qt charts and widgets, from the screen theme's table (``psoas_viz.scene.theme``)."""

from __future__ import annotations

import numpy as np
import PySide6  # noqa: F401
from PySide6 import QtGui

from psoas_viz.scene.theme import COLOUR_RANGE_PERCENT, SCREEN

LEVELS = 41  # the bar chart's colours: this many steps of the length-change gradient
BACKGROUND = "#%02x%02x%02x" % SCREEN.colour("background")[:3]


def change_rgb(percent: float) -> tuple[int, int, int]:
    return SCREEN.tone_colour(percent)[:3]


def change_level(percent: float) -> int:
    t = float(np.clip(percent / COLOUR_RANGE_PERCENT, -1.0, 1.0))
    return int(round((t + 1.0) / 2.0 * (LEVELS - 1)))


def level_percent(level: int) -> float:
    return (level / (LEVELS - 1) * 2.0 - 1.0) * COLOUR_RANGE_PERCENT


def cosmetic_pen(color, width: float, style=None, cap=None) -> QtGui.QPen:
    pen = QtGui.QPen(QtGui.QColor(*color) if isinstance(color, tuple) else QtGui.QColor(color))
    pen.setWidthF(width)
    pen.setCosmetic(True)
    pen.setCapStyle(cap if cap is not None else QtGui.Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(QtGui.Qt.PenJoinStyle.RoundJoin)
    if style is not None:
        pen.setStyle(style)
    return pen


def gradient_css() -> str:
    s, m, l = (f"rgb({c[0]},{c[1]},{c[2]})" for c in (SCREEN.shorter, SCREEN.middle, SCREEN.longer))
    return f"qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 {s}, stop:0.5 {m}, stop:1 {l})"

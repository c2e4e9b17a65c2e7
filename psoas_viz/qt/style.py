"""Colours, pens and fonts shared by the views (built once)."""

from __future__ import annotations

import numpy as np
import PySide6  # noqa: F401
from PySide6 import QtGui

# Diverging, colour-blind-safe (blue - grey - orange, after ColorBrewer PuOr/RdBu endpoints).  The middle is a
# medium grey so an unchanged muscle stays visible on the light background.
SHORTER = np.array([33, 102, 172], float)   # #2166ac
MIDDLE = np.array([140, 140, 140], float)   # #8c8c8c
LONGER = np.array([214, 96, 0], float)      # #d66000
COLOUR_RANGE_PERCENT = 10.0  # full colour at +-10 % of the neutral length
LEVELS = 41

BACKGROUND = "#fbfaf7"
BONE_FILL = QtGui.QColor(236, 226, 200)
BONE_EDGE = QtGui.QColor(120, 104, 72)
VERTEBRA_FILL = QtGui.QColor(226, 214, 184)
TEXT = "#222222"
PSOAS_OUTLINE = QtGui.QColor(20, 20, 20)


def change_rgb(percent: float) -> tuple[int, int, int]:
    t = float(np.clip(percent / COLOUR_RANGE_PERCENT, -1.0, 1.0))
    end = LONGER if t >= 0 else SHORTER
    rgb = MIDDLE + abs(t) * (end - MIDDLE)
    return tuple(int(round(c)) for c in rgb)


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


class PenBank:
    """Pre-built pens for each colour level at one width."""

    def __init__(self, width: float, alpha: int = 255):
        self.pens = [cosmetic_pen((*change_rgb(level_percent(i)), alpha), width) for i in range(LEVELS)]

    def for_change(self, percent: float) -> QtGui.QPen:
        return self.pens[change_level(percent)]


def gradient_css() -> str:
    s, m, l = (f"rgb({int(c[0])},{int(c[1])},{int(c[2])})" for c in (SHORTER, MIDDLE, LONGER))
    return f"qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 {s}, stop:0.5 {m}, stop:1 {l})"

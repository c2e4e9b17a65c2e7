"""Text measured without Qt: DejaVu Sans advance widths (``font_widths``, measured once from the font by
``tools/font_widths.py``), so the scene can place label boxes and wrap captions that the painter and the SVG
draw in the same font."""

from __future__ import annotations

from . import font_widths
from .shapes import Text

FAMILY = "DejaVu Sans"
FALLBACK = 0.62  # em: characters outside the table (about the width of a digit)


def width(text: str, size: float, bold: bool = False) -> float:
    table = font_widths.BOLD if bold else font_widths.REGULAR
    return size * sum(table.get(ch, FALLBACK) for ch in text)


def height(size: float) -> float:
    return size * font_widths.LINE_HEIGHT


def ascent(size: float) -> float:
    return size * font_widths.ASCENT


def box(x: float, y: float, text: str, size: float, bold: bool = False, align: str = "left",
        valign: str = "middle") -> tuple[float, float, float, float]:
    """The box of ``text`` anchored at (x, y): align left/centre/right, valign top/middle/bottom."""
    w, h = width(text, size, bold), height(size)
    left = {"left": x, "centre": x - w / 2, "right": x - w}[align]
    top = {"top": y, "middle": y - h / 2, "bottom": y - h}[valign]
    return (left, top, left + w, top + h)


def text(x, y, words: str, size: float, bold: bool = False, role: str = "text", align: str = "left",
         valign: str = "middle", angle: float = 0.0) -> Text:
    return Text(words, box(x, y, words, size, bold, align, valign), size, bold, role, angle)


def wrap(words: str, size: float, max_width: float, bold: bool = False) -> list[str]:
    """Greedy word wrap to ``max_width`` px."""
    lines, line = [], ""
    for word in words.split():
        candidate = f"{line} {word}" if line else word
        if line and width(candidate, size, bold) > max_width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines

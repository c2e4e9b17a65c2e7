#!/usr/bin/env python3
"""Write psoas_viz/scene/font_widths.py: advance widths of DejaVu Sans (regular and bold) per character, in
units of the pixel size, measured with Qt's font metrics.  The scene lays out text without Qt (label boxes,
wrapped captions); the painter draws with the same font, so boxes and drawn text agree.
Run: QT_QPA_PLATFORM=offscreen python tools/font_widths.py
"""
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6 import QtGui  # noqa: E402

CHARS = "".join(chr(c) for c in range(32, 127)) + "°−–—…▶◀→←±·━╍┅ÀÄÉÖÜßäéöü×"
SIZE = 1000


def main() -> int:
    app = QtGui.QGuiApplication(sys.argv[:1])  # fonts need an application
    tables = {}
    for bold in (False, True):
        font = QtGui.QFont()
        font.setFamilies(["DejaVu Sans"])
        font.setPixelSize(SIZE)
        font.setBold(bold)
        metrics = QtGui.QFontMetricsF(font)
        tables[bold] = {ch: round(metrics.horizontalAdvance(ch) / SIZE, 4) for ch in CHARS}
        if bold is False:
            line = (round(metrics.height() / SIZE, 4), round(metrics.ascent() / SIZE, 4))
    app.setApplicationName("font_widths")
    out = Path(__file__).resolve().parents[1] / "psoas_viz" / "scene" / "font_widths.py"
    out.write_text('"""Advance widths of DejaVu Sans per character (em units), written by tools/font_widths.py."""\n\n'
                   f"LINE_HEIGHT, ASCENT = {line!r}\n"
                   f"REGULAR = {tables[False]!r}\n"
                   f"BOLD = {tables[True]!r}\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

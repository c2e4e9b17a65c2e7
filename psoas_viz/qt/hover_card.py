"""The hover card: a child label (not a tooltip) placed beside the hovered structure, never under the pointer."""

from __future__ import annotations

import math

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from . import style

Qt = QtCore.Qt
CARD_WIDTH_CHARS = 45  # the card wraps at about this many characters


class HoverCard(QtWidgets.QLabel):
    def __init__(self, parent):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setStyleSheet(style.css("QLabel{background:#fffff4;color:#111;border:1px solid #888;"
                                     "border-radius:4px;padding:6px 8px;font-size:11pt}"))
        metrics = QtGui.QFontMetrics(self.font())
        self.setFixedWidth(metrics.averageCharWidth() * CARD_WIDTH_CHARS + 18)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        self.text_shown = ""

    def show_text(self, text: str) -> None:
        if text != self.text_shown:
            self.text_shown = text
            self.setText(text)

    def hide_card(self) -> None:
        self.text_shown = ""
        self.hide()

    def place(self, cursor: QtCore.QPointF, box: tuple, bounds: QtCore.QRectF) -> None:
        """Beside the structure's box (px: right, left, below, above) where it fits; else beside the cursor.
        Of the candidates, the one covering least of the structure (and never the cursor) wins."""
        self.adjustSize()
        w, h = self.width(), self.height()
        item = QtCore.QRectF(QtCore.QPointF(box[0], box[1]), QtCore.QPointF(box[2], box[3]))
        bounds = bounds.adjusted(4, 4, -4, -4)
        gap, cx, cy = 14.0, cursor.x(), cursor.y()
        candidates = [(item.right() + gap, cy - h / 2), (item.left() - gap - w, cy - h / 2),
                      (cx - w / 2, item.bottom() + gap), (cx - w / 2, item.top() - gap - h),
                      (cx + 24, cy + 16), (cx - 24 - w, cy + 16), (cx + 24, cy - 16 - h), (cx - 24 - w, cy - 16 - h)]
        best, best_score = None, math.inf
        for rank, (x, y) in enumerate(candidates):
            x = min(max(x, bounds.left()), bounds.right() - w)
            y = min(max(y, bounds.top()), bounds.bottom() - h)
            rect = QtCore.QRectF(x, y, w, h)
            cover = rect.intersected(item)
            score = cover.width() * cover.height() + rank  # earlier candidates win ties
            if rect.adjusted(-6, -6, 6, 6).contains(cursor):
                score += 1e9
            if score < best_score:
                best, best_score = (x, y), score
        self.move(int(best[0]), int(best[1]))
        self.show()
        self.raise_()

"""Compare: postures overlaid (the compare scene, painted by the one painter), psoas lengths annotated.

What is compared comes from ``session.view["compare"]`` (None: −10° / +10° of the current posture; a claim
sets its postures there), so the claims panel and Reset all reach this view only through the session.
"""

from __future__ import annotations

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.scene import compare
from psoas_viz.scene.captions import compare_caption, compare_legend
from psoas_viz.scene.theme import SIDE_MARKS, SIDES
from psoas_viz.session import Session

from . import style
from .painter import Painter

Qt = QtCore.Qt
PSOAS = "psoas_major"
CAPTION_POINTS = {False: (15, 14), True: (12, 11)}  # caption and legend; compact: a short window


class _Canvas(QtWidgets.QWidget):
    def __init__(self, view: "CompareView"):
        super().__init__(view)
        self.view = view
        self.painter = Painter("screen", retained=True)  # the same scene painted again and again: bones kept as images

    def paintEvent(self, event):
        scene = self.view.scene_for(self.width(), self.height())
        painter = QtGui.QPainter(self)
        try:
            self.painter.paint(scene, painter)
        finally:
            painter.end()


class CompareView(QtWidgets.QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.caption = QtWidgets.QLabel()
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.legend_label = QtWidgets.QLabel()
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setWordWrap(True)
        layout.addWidget(self.legend_label)
        self.compact = None
        self.set_compact(False)
        self.canvas = _Canvas(self)
        layout.addWidget(self.canvas, 1)
        self.difference_mm = 0.0
        self.difference_percent = 0.0
        self.lengths: dict[str, float] = {}
        self._evaluations: dict = {}
        self._key = None
        self._scene = None
        self._unsubscribe = session.subscribe(self._on_state)
        self.refresh()

    def set_compact(self, on: bool) -> None:
        """Smaller caption and legend type on a short window, so the overlay keeps its room."""
        if on != self.compact:
            self.compact = on
            caption, legend = CAPTION_POINTS[on]
            self.caption.setStyleSheet(style.css(f"font-size:{caption}pt;padding:6px;background:#fbfaf7"))
            self.legend_label.setStyleSheet(style.css(f"font-size:{legend}pt;padding:2px 8px 6px 8px;"
                                                      "background:#fbfaf7"))

    @property
    def is_default(self) -> bool:
        return self.session.view["compare"] is None

    def tab_title(self) -> str:
        return self.tr("Compare −10° / +10°") if self.is_default else self.tr("Compare: claim")

    def _on_state(self, session, what):
        if what == "view" or (what == "posture" and self.is_default):
            if self.isVisible():
                self.refresh()
            else:  # behind another tab: compared when shown
                self._key = None

    def showEvent(self, event):
        super().showEvent(event)
        self.refresh()

    def refresh(self, force: bool = False) -> None:
        """``force``: compared again although nothing changed (the language did)."""
        sides = compare.sides_of(self.session)
        others = compare.structures_of(self.session)
        key = (tuple(sides.items()), others)
        if key == self._key and not force:
            return
        self._key = key
        self._scene = None
        self._evaluations = self.session.evaluate_postures(sides)
        lengths = {label: ev.muscle(PSOAS)["length_mm"] for label, ev in self._evaluations.items()}
        neutral = {label: ev.muscle(PSOAS)["length_mm"] - ev.muscle(PSOAS)["change_mm"]
                   for label, ev in self._evaluations.items()}
        self.lengths = lengths
        labels = list(sides)
        self.difference_mm = lengths[labels[1]] - lengths[labels[0]]
        self.difference_percent = 100.0 * self.difference_mm / lengths[labels[0]]
        spec = self.session.view["compare"]
        self.legend_label.setText(compare_legend(labels, lengths, neutral, SIDES, SIDE_MARKS))
        self.caption.setText(compare_caption(sides, lengths, self.is_default, spec.heading if spec else ""))
        self.canvas.update()

    def scene_for(self, width: int, height: int):
        if self._scene is None or (self._scene.width, self._scene.height) != (width, height):
            self._scene = compare.build(self.session.model, self._evaluations, self._key[1], float(max(width, 1)),
                                        float(max(height, 1)))
        return self._scene

    def close_view(self):
        self._unsubscribe()

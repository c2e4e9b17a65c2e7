"""Tilt-moment chart: every muscle's moment on pelvic tilt at the current posture, plus gravity, the passive
hip and lumbar spine, and the net (N m; + tilts the pelvis anteriorly, - posteriorly)."""

from __future__ import annotations

import numpy as np
import PySide6  # noqa: F401
from PySide6 import QtCore
import pyqtgraph as pg

from psoas_viz.scene import theme
from psoas_viz.session import Session

from . import style
from .plots import title_over_axis

Qt = QtCore.Qt
GROUP_ORDER = ("hip flexors", "abdominals", "back", "hip extensors", "adductors")
EXTRA_ROWS = (("gravity", "Trunk weight"), ("passive_hip", "Passive hip"), ("passive_lumbar", "Passive lumbar"),
              ("postural_control", "Postural control"), ("fascia", "Fascial pulls"))
NET = "net"
ANTERIOR = "#%02x%02x%02x" % theme.ANTERIOR[:3]  # the colours of the anterior / posterior halves of the plot
POSTERIOR = "#%02x%02x%02x" % theme.POSTERIOR[:3]
SHOW_VALUE = 0.05  # N m: smaller moments get no number



def muscle_order(model) -> list[str]:
    """Muscle ids grouped like the muscle panel (hip flexors, abdominals, back, hip extensors, adductors)."""
    muscles = model.muscles.muscles
    rank = {g: i for i, g in enumerate(GROUP_ORDER)}
    return sorted(model.muscles.ids, key=lambda mid: (rank.get(muscles[mid].group, len(rank)),
                                                      model.muscles.ids.index(mid)))


class MomentBars(pg.PlotWidget):
    """Horizontal bars of the tilt moments; rows fixed (muscles, gravity, passive, net) so they do not jump."""

    def __init__(self, state: Session, parent=None):
        super().__init__(parent, background=style.BACKGROUND)
        self.session = state
        model = state.model
        names = {mid: m.name for mid, m in model.muscles.muscles.items()}
        self.rows = [*muscle_order(model), *(key for key, _ in EXTRA_ROWS), NET]
        labels = {**names, **dict(EXTRA_ROWS), NET: "NET"}
        for mid in model.muscles.ids:
            if not model.mechanics.can_pull(mid):
                labels[mid] += " (no data)"
        n = len(self.rows)
        self.ys = np.arange(n)[::-1].astype(float) + np.array([0.0] * (n - 1) + [-0.4])  # net set apart
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setTitle(style.css("<span style='font-size:12pt;color:#222'>Moments tilting the pelvis, N m</span>"))
        self.setAccessibleName("Moments tilting the pelvis (bar chart)")
        title_over_axis(plot)
        self.labels = labels
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setTickFont(style.font(10))
            axis.setPen(pg.mkPen("#444"))
            axis.setTextPen(pg.mkPen("#222"))
        plot.getAxis("left").setWidth(round(175 * style.text_scale()))
        plot.getAxis("bottom").setTickFont(style.font(11))
        plot.setLabel("bottom", "◀ posterior   N m   anterior ▶")
        plot.getAxis("bottom").label.setFont(style.font(11))
        plot.getAxis("left").setTicks([[(float(y), labels[key]) for y, key in zip(self.ys, self.rows)]])
        plot.vb.setMouseEnabled(x=False, y=False)
        plot.showGrid(x=True, alpha=0.25)
        plot.addLine(x=0, pen=pg.mkPen("#444", width=1)).setZValue(-5)
        plot.addLine(y=float(self.ys[-1] + 0.7), pen=pg.mkPen("#999", width=1, style=Qt.PenStyle.DashLine))
        self.bars = pg.BarGraphItem(x0=np.zeros(n), y=self.ys, height=0.72, width=np.zeros(n))
        plot.addItem(self.bars)
        plot.setYRange(self.ys[-1] - 0.6, self.ys[0] + 1.3, padding=0)
        self._brushes = {+1: pg.mkBrush(ANTERIOR), -1: pg.mkBrush(POSTERIOR)}
        self._pens = {False: pg.mkPen(None), True: pg.mkPen("#000", width=style.line_width(2))}
        self.side_texts = []
        for text, colour, anchor in (("◀ posterior", POSTERIOR, (0, 0.5)), ("anterior ▶", ANTERIOR, (1, 0.5))):
            item = pg.TextItem(text, color=colour, anchor=anchor)
            item.setFont(style.font(12, bold=True))
            plot.addItem(item)
            self.side_texts.append(item)
        self.value_texts = []
        for key in self.rows:
            item = pg.TextItem("", color="#222222", anchor=(0, 0.5))
            item.setFont(style.font(10, bold=key == NET))
            item.setZValue(10)
            plot.addItem(item)
            self.value_texts.append(item)
        self.values = np.zeros(n)
        self._unsubscribe = state.subscribe(self._on_state)
        self.refresh()

    def _on_state(self, state, what):
        if what in ("posture", "muscles"):
            if self.isVisible():
                self.refresh()
            else:  # hidden behind another tab: the forces are computed when it is shown
                self._stale = True

    def showEvent(self, event):
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.refresh()

    def value(self, key: str) -> float:
        """The bar of a row (a muscle id, 'gravity', 'passive_hip', 'passive_lumbar' or 'net'), N m."""
        return float(self.values[self.rows.index(key)])

    def refresh(self):
        self._stale = False
        now = self.session.snapshot
        values = np.array([now.net if key == NET else now.moments.get(key, 0.0) for key in self.rows])
        self.values = values
        brushes = [self._brushes[1 if v >= 0 else -1] for v in values]
        pens = [self._pens[key == NET] for key in self.rows]
        self.bars.setOpts(x0=np.zeros(len(values)), y=self.ys, width=values, brushes=brushes, pens=pens)
        span = max(5.0, float(np.abs(values).max()) * 1.45)  # room for a value label beside the longest bar
        self.plotItem.setXRange(-span, span, padding=0)
        top = float(self.ys[0] + 0.9)
        self.side_texts[0].setPos(-span * 0.98, top)
        self.side_texts[1].setPos(span * 0.98, top)
        named = [f"{self.labels[key]} {v:+.1f} N m" for key, v in zip(self.rows, values) if abs(v) >= SHOW_VALUE]
        self.setAccessibleDescription("Plus tilts the pelvis anteriorly, minus posteriorly: " + "; ".join(named))
        for v, y, item in zip(values, self.ys, self.value_texts):
            if abs(v) < SHOW_VALUE:
                item.setText("")
                continue
            item.setText(f"{v:+.1f}")
            # beside the bar's end, inside the plot: flip to the other side of the end near the edge
            outside = abs(v) < span * 0.6
            item.setAnchor((0, 0.5) if (v > 0) == outside else (1, 0.5))
            item.setColor("#222222" if outside else "#ffffff")
            item.setPos(float(v) + (span * 0.02 if (v > 0) == outside else -span * 0.02), float(y))

    def close_view(self):
        self._unsubscribe()

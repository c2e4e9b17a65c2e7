"""Tilt-moment chart: every muscle's moment on pelvic tilt at the current posture, plus gravity, the passive
hip and lumbar spine, and the net (N m; + tilts the pelvis anteriorly, - posteriorly)."""

from __future__ import annotations

import numpy as np
import PySide6  # noqa: F401
from PySide6 import QtCore
import pyqtgraph as pg

from psoas_viz import terms
from psoas_viz.i18n import QT_TRANSLATE_NOOP, fill_template
from psoas_viz.scene import theme
from psoas_viz.session import Session

from . import style
from .plots import Chart, fit_title, name_axis_width, title_over_axis

Qt = QtCore.Qt
GROUP_ORDER = ("hip flexors", "abdominals", "back", "hip extensors", "adductors")
EXTRA_ROWS = (("gravity", QT_TRANSLATE_NOOP("MomentBars", "Trunk weight")),
              ("passive_hip", QT_TRANSLATE_NOOP("MomentBars", "Passive hip")),
              ("passive_lumbar", QT_TRANSLATE_NOOP("MomentBars", "Passive lumbar")),
              ("postural_control", QT_TRANSLATE_NOOP("MomentBars", "Postural control")),
              ("fascia", QT_TRANSLATE_NOOP("MomentBars", "Fascial pulls")))
NET = "net"
ANTERIOR = "#%02x%02x%02x" % theme.ANTERIOR[:3]  # the colours of the anterior / posterior halves of the plot
POSTERIOR = "#%02x%02x%02x" % theme.POSTERIOR[:3]
SHOW_VALUE = 0.05  # N m: smaller moments get no number
SIDE_SIZES = ((1, 12), (1, 11), (1, 10), (2, 11), (2, 10), (2, 9))  # (lines, pt): the words over the halves
SIDE_GAP = 8  # px between each word and the zero line



def muscle_order(model) -> list[str]:
    """Muscle ids grouped like the muscle panel (hip flexors, abdominals, back, hip extensors, adductors)."""
    muscles = model.muscles.muscles
    rank = {g: i for i, g in enumerate(GROUP_ORDER)}
    return sorted(model.muscles.ids, key=lambda mid: (rank.get(muscles[mid].group, len(rank)),
                                                      model.muscles.ids.index(mid)))


class MomentBars(Chart):
    """Horizontal bars of the tilt moments; rows fixed (muscles, gravity, passive, net) so they do not jump."""

    def __init__(self, state: Session, parent=None):
        super().__init__(parent, background=style.BACKGROUND)
        self.session = state
        model = state.model
        self.rows = [*muscle_order(model), *(key for key, _ in EXTRA_ROWS), NET]
        n = len(self.rows)
        self.ys = np.arange(n)[::-1].astype(float) + np.array([0.0] * (n - 1) + [-0.4])  # net set apart
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        title_over_axis(plot)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setTickFont(style.font(10))
            axis.setPen(pg.mkPen("#444"))
            axis.setTextPen(pg.mkPen("#222"))
        plot.getAxis("bottom").setTickFont(style.font(11))
        plot.vb.setMouseEnabled(x=False, y=False)
        plot.showGrid(x=True, alpha=0.25)
        plot.addLine(x=0, pen=pg.mkPen("#444", width=1)).setZValue(-5)
        plot.addLine(y=float(self.ys[-1] + 0.7), pen=pg.mkPen("#999", width=1, style=Qt.PenStyle.DashLine))
        self.bars = pg.BarGraphItem(x0=np.zeros(n), y=self.ys, height=0.72, width=np.zeros(n))
        plot.addItem(self.bars)
        self._brushes = {+1: pg.mkBrush(ANTERIOR), -1: pg.mkBrush(POSTERIOR)}
        self._pens = {False: pg.mkPen(None), True: pg.mkPen("#000", width=style.line_width(2))}
        self.side_texts = []
        for colour, anchor in ((POSTERIOR, (0, 0)), (ANTERIOR, (1, 0))):  # their top corners at the plot's top
            item = pg.TextItem("", color=colour, anchor=anchor)
            item.setFont(style.font(12, bold=True))
            item.textItem.document().setDocumentMargin(0)  # the rows of text as high as the letters
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
        plot.vb.sigResized.connect(self._fit_sides)
        self._unsubscribe = state.subscribe(self._on_state)
        self.retranslate()

    def retranslate(self) -> None:
        """Title, axis, sides and row names in the current language (at start and on every language change)."""
        model = self.session.model
        plot = self.getPlotItem()
        labels = {**terms.muscle_names(model), **{key: self.tr(text) for key, text in EXTRA_ROWS}, NET: self.tr("NET")}
        for mid in model.muscles.ids:
            if not model.mechanics.can_pull(mid):
                labels[mid] = self.tr("{muscle} (no data)").format(muscle=labels[mid])
        self.labels = labels
        plot.setTitle(style.css("<span style='font-size:12pt;color:#222'>{}</span>").format(
            self.tr("Moments tilting the pelvis, N m")))
        fit_title(plot, self.width())
        plot.getAxis("left").setWidth(name_axis_width(labels.values(), style.font(10)))
        self.setAccessibleName(self.tr("Moments tilting the pelvis (bar chart)"))
        plot.setLabel("bottom", self.tr("◀ posterior   N m   anterior ▶"))
        plot.getAxis("bottom").label.setFont(style.font(11))
        plot.getAxis("left").setTicks([[(float(y), labels[key]) for y, key in zip(self.ys, self.rows)]])
        self.side_texts[0].setText(self.tr("◀ posterior"))
        self.side_texts[1].setText(self.tr("anterior ▶"))
        self._fit_sides()
        self.refresh()

    def _fit_sides(self) -> None:
        """"◀ posterior" and "anterior ▶" over the bars: on one line, each inside its half of the plot (the zero
        line is in the middle), where both fit at 10 pt or more; else on two lines, posterior above at the left
        edge and anterior below at the right edge (a narrow column, the longer row names of German), as large as
        they fit; neither where even that fails (the axis title under the bars says the same)."""
        box = self.getPlotItem().vb
        width = box.width()
        for lines, size in SIDE_SIZES:
            room = width * 0.49 - SIDE_GAP if lines == 1 else width * 0.98
            for item in self.side_texts:
                item.setFont(style.font(size, bold=True))
            if all(item.textItem.boundingRect().width() <= room for item in self.side_texts):
                break
        else:
            lines = 0
        height = max(item.textItem.boundingRect().height() for item in self.side_texts)
        if lines and lines * height > 0.4 * box.height():  # the bars keep most of the height
            lines = 0
        for item in self.side_texts:
            item.setVisible(lines > 0)
        # the rows of text above the top bar: the y range grows by their height in pixels
        bottom = float(self.ys[-1] - 0.6)
        bars = float(self.ys[0] + 0.45) - bottom
        needed = lines * height + SIDE_GAP / 2  # px above the top bar
        total = bars / (1.0 - needed / box.height()) if lines and box.height() > 0 else bars + 0.85
        self.side_lines, self._side_line = lines, height * total / max(box.height(), 1.0)  # one line in data units
        self.getPlotItem().setYRange(bottom, bottom + total, padding=0)
        self._top = bottom + total
        self._place_sides()

    def _place_sides(self) -> None:
        span = self.plotItem.vb.viewRange()[0][1]
        second = self._side_line if self.side_lines == 2 else 0.0
        self.side_texts[0].setPos(-span * 0.98, self._top)
        self.side_texts[1].setPos(span * 0.98, self._top - second)

    def changeEvent(self, event):
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        self._place_sides()
        named = [fill_template("{name} {moment:+.1f} N m", {"name": self.labels[key], "moment": float(v)})
                 for key, v in zip(self.rows, values) if abs(v) >= SHOW_VALUE]
        self.setAccessibleDescription(self.tr("Plus tilts the pelvis anteriorly, minus posteriorly: {moments}").format(
            moments="; ".join(named)))
        for v, y, item in zip(values, self.ys, self.value_texts):
            if abs(v) < SHOW_VALUE:
                item.setText("")
                continue
            item.setText(fill_template("{v:+.1f}", {"v": float(v)}))
            # beside the bar's end, inside the plot: flip to the other side of the end near the edge
            outside = abs(v) < span * 0.6
            item.setAnchor((0, 0.5) if (v > 0) == outside else (1, 0.5))
            item.setColor("#222222" if outside else "#ffffff")
            item.setPos(float(v) + (span * 0.02 if (v > 0) == outside else -span * 0.02), float(y))

    def close_view(self):
        self._unsubscribe()

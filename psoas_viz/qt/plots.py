"""Plots: psoas length against pelvic tilt (click to set the tilt) and every muscle's length change."""

from __future__ import annotations

import math
from dataclasses import fields

import numpy as np
import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui
import pyqtgraph as pg

from psoas_viz import terms
from psoas_viz.i18n import fill_template, format_number
from psoas_viz.model import Posture
from psoas_viz.session import Session
from psoas_viz.scene.theme import colour_range
from psoas_viz.session.session import CURVE_TILTS

from . import style

Qt = QtCore.Qt
AXIS_ROOM = 24  # px: the plot's margins beside its axis title
MODE_PENS = {"locked": ("#555555", Qt.PenStyle.DashLine), "upright": ("#111111", Qt.PenStyle.SolidLine),
             "manual": ("#111111", Qt.PenStyle.SolidLine)}



def _style_axes(plot: pg.PlotItem):
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setTickFont(style.font(11))
        axis.setPen(pg.mkPen("#444"))
        axis.setTextPen(pg.mkPen("#222"))
        axis.label.setFont(style.font(11))


def title_over_axis(plot: pg.PlotItem) -> None:
    """The title centred over the whole chart, not only over the bars beside the wide name axis (in a narrow
    column it would be cut)."""
    plot.layout.removeItem(plot.titleLabel)
    plot.layout.addItem(plot.titleLabel, 0, 0, 1, 3)


def fit_title(plot: pg.PlotItem, width: float) -> None:
    """A title longer than the chart is wide (German and Spanish ones are) wraps onto a second line instead of
    widening the chart past its column."""
    item = plot.titleLabel.item
    item.document().setDefaultTextOption(QtGui.QTextOption(Qt.AlignmentFlag.AlignHCenter))
    item.setTextWidth(-1)
    spans = plot.layout.columnCount() > 1 and plot.layout.itemAt(0, 0) is plot.titleLabel  # see title_over_axis
    room = max(width - 16.0 - (0.0 if spans else plot.getAxis("left").width()), 80.0)
    if item.boundingRect().width() > room:
        item.setTextWidth(room)
    plot.titleLabel.resizeEvent(None)  # its minimum size follows the text


def name_axis_width(names, font: QtGui.QFont) -> int:
    """Room for the longest row name of a bar chart (at least the usual width): pyqtgraph leaves out a name that
    does not fit."""
    metrics = QtGui.QFontMetrics(font)
    return max(round(175 * style.text_scale()), max((metrics.horizontalAdvance(n) for n in names), default=0) + 18)


class NumberAxis(pg.AxisItem):
    """An axis whose numbers are written as the window's language writes numbers (psoas_viz.i18n: decimal comma in
    German and Spanish, the minus sign U+2212), as every other number in the window is; pyqtgraph chooses the
    ticks and their decimals."""

    def tickStrings(self, values, scale, spacing):
        out = []
        for text in super().tickStrings(values, scale, spacing):
            value = float(text)
            out.append(fill_template("{v:g}", {"v": value}) if "e" in text
                       else format_number(value, len(text.partition(".")[2])))
        return out

    def relabel(self) -> None:
        """Write the tick numbers again (the language changed)."""
        self.picture = None
        self.update()


class Chart(pg.PlotWidget):
    """A chart whose long title wraps to the chart's width, its axes' numbers written as the language writes
    them."""

    def __init__(self, parent=None, **options):
        super().__init__(parent, axisItems={"bottom": NumberAxis("bottom"), "left": NumberAxis("left")}, **options)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self.getPlotItem() is not None:  # pyqtgraph resizes before the plot is there
            fit_title(self.getPlotItem(), self.width())

    def changeEvent(self, event):
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            for name in ("bottom", "left"):
                self.getPlotItem().getAxis(name).relabel()
        super().changeEvent(event)


class TiltPlot(Chart):
    """Psoas major length over the whole tilt range for the current posture; the current tilt marked."""

    def __init__(self, state: Session, parent=None):
        super().__init__(parent, background=style.BACKGROUND)
        self.session = state
        self._column = state.model.muscles.ids.index("psoas_major")
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        _style_axes(plot)
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.vb.setMouseEnabled(x=False, y=False)
        plot.setXRange(-30, 30, padding=0.02)
        self.posterior = pg.LinearRegionItem((-30, 0), movable=False, brush=pg.mkBrush(118, 42, 131, 28),
                                             pen=pg.mkPen(None))
        self.anterior = pg.LinearRegionItem((0, 30), movable=False, brush=pg.mkBrush(27, 120, 55, 28),
                                            pen=pg.mkPen(None))
        for region in (self.posterior, self.anterior):
            region.setZValue(-10)
            plot.addItem(region)
        self.posterior_text = pg.TextItem("", color="#762a83", anchor=(0, 0))
        self.anterior_text = pg.TextItem("", color="#1b7837", anchor=(1, 0))
        for text in (self.posterior_text, self.anterior_text):
            text.setFont(style.font(12, bold=True))
            plot.addItem(text)
        self.curves = {}
        for mode, (colour, line) in MODE_PENS.items():
            curve = plot.plot(pen=style.cosmetic_pen(colour, 3.0, line, Qt.PenCapStyle.FlatCap))
            self.curves[mode] = curve
        self.legend = pg.TextItem("", anchor=(1, 1), color="#333333")
        self.legend.setFont(style.font(11))
        plot.addItem(self.legend)
        self.marker_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#b03020", width=style.line_width(1.5)))
        plot.addItem(self.marker_line)
        self.marker = pg.ScatterPlotItem(size=15, symbol="o", pen=pg.mkPen("#111", width=style.line_width(2)),
                                         brush=pg.mkBrush("#b03020"))
        self.marker.setZValue(20)
        plot.addItem(self.marker)
        self._key = None
        plot.scene().sigMouseClicked.connect(self._clicked)
        self._unsubscribe = state.subscribe(self._on_state)
        self.retranslate()

    def needed_width(self) -> int:
        """The width that shows the axis title whole (in this language) beside the length axis."""
        plot = self.getPlotItem()
        return math.ceil(plot.getAxis("bottom").label.boundingRect().width() + plot.getAxis("left").width()
                         + AXIS_ROOM)

    def retranslate(self) -> None:
        """Titles and words in the current language (at start and on every language change)."""
        plot = self.getPlotItem()
        plot.setTitle(style.css("<span style='font-size:13pt;color:#222'>{}</span>").format(
            self.tr("Psoas major length vs pelvic tilt")))
        fit_title(plot, self.width())
        self.setAccessibleName(self.tr("Psoas major length against pelvic tilt (plot)"))
        plot.setLabel("bottom", self.tr("pelvic tilt (°)   − posterior … anterior +"))
        plot.setLabel("left", self.tr("psoas length (mm)"))
        plot.getAxis("bottom").label.setFont(style.font(11))
        plot.getAxis("left").label.setFont(style.font(11))
        self.posterior_text.setText(self.tr("posterior tilt"))
        self.anterior_text.setText(self.tr("anterior tilt"))
        self._key = None
        self.refresh()

    def changeEvent(self, event):
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _mode_word(self, mode: str) -> str:
        return {"locked": self.tr("locked"), "upright": self.tr("upright"), "manual": self.tr("manual")}[mode]

    def _on_state(self, state, what):
        self.refresh()

    def _curve_modes(self):
        mode = self.session.posture.spine_mode
        if self.session.view["both_curves"]:
            return tuple(dict.fromkeys(("locked", "upright", mode)))
        return (mode,)

    def refresh(self):
        posture = self.session.posture
        modes = self._curve_modes()
        key = (tuple(getattr(posture, f.name) for f in fields(Posture) if f.name != "pelvic_tilt"), modes)
        if key != self._key:
            self._key = key
            lows, highs = [], []
            for mode, curve in self.curves.items():
                if mode in modes:
                    y = self.session.psoas_curve(mode)
                    curve.setData(CURVE_TILTS, y)
                    curve.setVisible(True)
                    lows.append(y.min())
                    highs.append(y.max())
                else:
                    curve.setVisible(False)
            low, high = min(lows), max(highs)
            pad = max(2.0, 0.12 * (high - low))
            self.plotItem.setYRange(low - pad, high + pad * 2.2, padding=0)
            self.posterior_text.setPos(-29.0, high + pad * 2.1)
            self.anterior_text.setPos(29.0, high + pad * 2.1)
            self.legend.setText("   ".join(f"{'— —' if m == 'locked' else '——'} {self._mode_word(m)}" for m in modes)
                                if len(modes) > 1 else self.tr("spine: {mode}").format(mode=self._mode_word(modes[0])))
            self.legend.setPos(29.0, low - pad * 0.8)
        tilt = posture.pelvic_tilt
        length = float(self.session.evaluation.length[0, self._column])
        self.marker.setData([tilt], [length])
        self.marker_line.setValue(tilt)
        self.setAccessibleDescription(self.describe(modes, tilt, length))

    def describe(self, modes, tilt: float, length: float) -> str:
        """The plot in words: each curve's shortest and longest point, and where the model is now."""
        parts = []
        for mode in modes:
            y = self.session.psoas_curve(mode)
            lo, hi = int(y.argmin()), int(y.argmax())
            parts.append(fill_template(self.tr("spine {mode}: {low:.1f} mm at {low_tilt:+.0f}°, {high:.1f} mm at "
                                               "{high_tilt:+.0f}°"),
                                       {"mode": self._mode_word(mode), "low": float(y[lo]), "high": float(y[hi]),
                                        "low_tilt": float(CURVE_TILTS[lo]), "high_tilt": float(CURVE_TILTS[hi])}))
        return fill_template(self.tr("Pelvic tilt from {first:+.0f}° to {last:+.0f}°; {curves}. Now {length:.1f} mm "
                                     "at {tilt:+.1f}°. Clicking the plot sets the tilt."),
                             {"first": float(CURVE_TILTS[0]), "last": float(CURVE_TILTS[-1]), "curves": "; ".join(parts),
                              "length": float(length), "tilt": float(tilt)})

    def marker_position(self) -> tuple[float, float]:
        x, y = self.marker.getData()
        return float(x[0]), float(y[0])

    def _clicked(self, event):
        if event.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.plotItem.vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        self.set_tilt_from_x(vb.mapSceneToView(event.scenePos()).x())
        event.accept()

    def set_tilt_from_x(self, x: float):
        spec = self.session.model.parameters["pelvic_tilt"]
        self.session.set_values(pelvic_tilt=float(np.clip(round(x, 1), spec.minimum, spec.maximum)))

    def close_view(self):
        self._unsubscribe()


class ChangeBars(Chart):
    """Every muscle's length change from neutral (%), sorted, coloured like the muscles."""

    def __init__(self, state: Session, parent=None):
        super().__init__(parent, background=style.BACKGROUND)
        self.session = state
        self.names = terms.muscle_names(state.model)
        n = len(state.model.muscles.ids)
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        title_over_axis(plot)
        _style_axes(plot)
        plot.getAxis("left").setTickFont(style.font(10))
        plot.vb.setMouseEnabled(x=False, y=False)
        plot.showGrid(x=True, alpha=0.25)
        plot.addLine(x=0, pen=pg.mkPen("#444", width=1)).setZValue(-5)
        self.bars = pg.BarGraphItem(x0=np.zeros(n), y=np.arange(n), height=0.72, width=np.zeros(n))
        plot.addItem(self.bars)
        plot.setYRange(-0.6, n - 0.4, padding=0)
        self.neutral_note = pg.TextItem("", color="#555555", anchor=(0.5, 0.5), fill=pg.mkBrush(251, 250, 247, 230))
        self.neutral_note.setFont(style.font(12))
        self.neutral_note.setZValue(10)
        self.neutral_note.setPos(0.0, n / 2.0)
        plot.addItem(self.neutral_note)
        self.order: list[str] = []
        self._brushes = [pg.mkBrush(*style.level_rgb(i)) for i in range(style.LEVELS)]
        self._outline = pg.mkPen("#000", width=style.line_width(2))
        self._no_pen = pg.mkPen(None)
        self._unsubscribe = state.subscribe(self._on_state)
        self.retranslate()

    def needed_width(self) -> int:
        """The width that shows the "no change yet" note whole inside the chart, beside the muscle names."""
        return math.ceil(self.neutral_note.boundingRect().width() + self.plotItem.getAxis("left").width()
                         + AXIS_ROOM)

    def retranslate(self) -> None:
        """Title, note and muscle names in the current language."""
        self.plotItem.setTitle(style.css("<span style='font-size:12pt;color:#222'>{}</span>").format(
            self.tr("Length change from neutral, %")))
        fit_title(self.plotItem, self.width())
        self.setAccessibleName(self.tr("Length change of every muscle from neutral (bar chart)"))
        self.neutral_note.setText(self.tr("neutral:\nno change yet —\ntilt the pelvis"))
        self.names = terms.muscle_names(self.session.model)
        axis = self.plotItem.getAxis("left")
        axis.setWidth(name_axis_width([f"▶ {n}" for n in self.names.values()], style.font(10)))
        self._ticks = None
        self.refresh()

    def changeEvent(self, event):
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_state(self, state, what):
        if what == "posture":
            self.refresh()

    def refresh(self):
        ev = self.session.evaluation
        percent = ev.length_change_percent[0]
        order = np.argsort(percent)[::-1]  # longest on top
        n = len(order)
        values = percent[order]
        self.order = [ev.muscle_ids[i] for i in order]
        scale = colour_range(percent)  # the diagram's colour scale, so a bar and its muscle share a colour
        brushes = [self._brushes[style.change_level(v, scale)] for v in values]
        pens = [self._outline if mid == "psoas_major" else self._no_pen for mid in self.order]
        ys = np.arange(n)[::-1].astype(float)
        self.bars.setOpts(x0=np.zeros(n), y=ys, width=values, brushes=brushes, pens=pens)
        ticks = [(float(y), ("▶ " if mid == "psoas_major" else "") + self.names[mid]) for y, mid in zip(ys, self.order)]
        if ticks != getattr(self, "_ticks", None):
            self._ticks = ticks
            self.plotItem.getAxis("left").setTicks([ticks])
        self.neutral_note.setVisible(float(np.abs(values).max()) < 0.05)
        self.setAccessibleDescription(self.tr("Longest first: {muscles}").format(muscles="; ".join(
            fill_template("{name} {change:+.1f} %", {"name": self.names[mid], "change": float(v)})
            for mid, v in zip(self.order, values))))
        span = max(2.0, float(np.abs(values).max()) * 1.15)
        self.plotItem.setXRange(-span, span, padding=0)

    def close_view(self):
        self._unsubscribe()

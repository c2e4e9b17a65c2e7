"""The exported page as one scene (no Qt): title and caption, the model diagram, the psoas-length-versus-tilt
plot beside it, and the colour legend.  PNG, PDF, clipboard and presentation mode paint it with the one painter;
the SVG writer writes it; ``page_size`` gives its logical size (16:10 with the plot, 9:10 without)."""

from __future__ import annotations

import math

import numpy as np

from . import text as measure
from psoas_viz.i18n import fill_template, translate

from .captions import describe
from .diagram import View, build
from .shapes import Circle, Polyline, Rect, Scene, Structure, Text
from .theme import theme_of

PLOT_TILTS = np.linspace(-30.0, 30.0, 121)


def page_size(with_plot: bool = True) -> tuple[float, float]:
    return (1600.0, 1000.0) if with_plot else (900.0, 1000.0)


def page(snapshot, title: str, curve: np.ndarray, theme="screen", with_plot: bool = True, caption: bool = True,
         labels: bool = True, ghost: bool = False, trace=None, forces: bool = True, region: str = "whole",
         side=None, latin: bool = False, colour_range: float | None = None, gauge_span: float | None = None) -> Scene:
    """``curve``: psoas length (mm) at ``PLOT_TILTS``; ``trace``: (tilt, length) pairs drawn over the plot (the
    presentation sweep); ``side``: what to draw in the plot's place, ``side(area px) -> Structure`` (a predict
    question in class); ``latin``: labels give the Terminologia Anatomica name too; ``colour_range``, ``gauge_span``:
    the colour scale (± percent) and the psoas gauge's scale (± mm) shared with other pages (an animation's frames;
    None: fitted to this page's changes).  A title wider than the page is wrapped."""
    theme = theme_of(theme)
    fs = theme.font_scale
    W, H = page_size(with_plot)
    header, y = [], 18.0
    for line in measure.wrap(title, 30.0 * fs, W - 48.0, bold=True) or [title]:
        header.append(measure.text(24.0, y, line, 30.0 * fs, True, "text", valign="top"))
        y = header[-1].box[3]
    y += 4.0
    if caption:
        size = 17.0 * fs
        for line in measure.wrap(describe(snapshot), size, W - 48.0):
            header.append(measure.text(24.0, y, line, size, False, "muted", valign="top"))
            y += measure.height(size)
        y += 6.0
    legend_h = 78.0 * fs
    model_w = 840.0 if with_plot else W
    clip = (0.0, y + 4.0, model_w, H - legend_h)
    view = View(W, H, theme.name, labels, ghost, forces=forces, region=region, area=(100.0, y + 14.0, model_w - 190.0, H - legend_h - 6.0),
                bounds=(clip[0] + 4.0, clip[1] + 4.0, clip[2] - 4.0, clip[3] - 4.0), latin=latin,
                colour_range=colour_range, gauge_span=gauge_span)
    model = build(snapshot, view)
    # bands over whatever of the model reaches beyond its area (the rib cage above, the shank below)
    bands = [Rect((0.0, 0.0, W, clip[1]), "background"), Rect((0.0, clip[3], W, H), "background")]
    if with_plot:
        bands.append(Rect((model_w, clip[1], W, clip[3]), "background"))
    structures = [*model.structures, Structure("page_bands", "annotation", "background", tuple(bands), "Page margins"),
                  Structure("title", "annotation", "text", tuple(header), "Title and caption"),
                  _legend(theme, (0.0, H - legend_h, W, H), model.colour_range)]
    if with_plot:
        area = (model_w + 10.0, y + 20.0, W - 20.0, H - legend_h - 20.0)
        structures.append(side(area) if side is not None else _plot(snapshot, curve, theme, area, trace))
    return Scene(W, H, theme.name, tuple(structures), model.labels, model.mapper, colour_range=model.colour_range)


def _legend(theme, area, span: float) -> Structure:
    """The colour scale (±``span`` percent, the diagram's fitted range) and the dash key, in as many rows as the
    width needs (never cut off)."""
    fs = theme.font_scale
    size = 16.0 * fs
    width = theme.style("muscle").width * 1.3

    def bar_group(x, cy):
        shorter = fill_template(translate("Diagram", "shorter −{span:g} %"), {"span": span})
        longer = fill_template(translate("Diagram", "+{span:g} % longer"), {"span": span})
        t = measure.text(x, cy, shorter, size)
        bar = (t.box[2] + 10.0, cy - 9.0 * fs, t.box[2] + 10.0 + 180.0 * fs, cy + 9.0 * fs)
        return [t, Rect(bar, "legend_bar", tuple(np.linspace(-span, span, 21))),
                measure.text(bar[2] + 10.0, cy, longer, size)]

    def key_group(dashed, words, tone):
        def make(x, cy):
            return [Polyline(np.array([[x, cy], [x + 60.0 * fs, cy]]), width, "muscle", tone, dashed),
                    measure.text(x + 68.0 * fs, cy, words, size)]
        return make

    heading = translate("Diagram", "Muscle length vs neutral standing:")
    groups = [lambda x, cy: [measure.text(x, cy, heading, size, True)], bar_group,
              key_group(True, translate("Diagram", "dashed = shorter"), -0.6 * span),
              key_group(False, translate("Diagram", "solid = longer"), 0.6 * span)]
    widths = [max(s.box[2] for s in make(0.0, 0.0) if isinstance(s, Text)) for make in groups]
    rows, x = [[]], 24.0
    for make, w in zip(groups, widths):
        if rows[-1] and x + w > area[2] - 24.0:
            rows.append([])
            x = 24.0
        rows[-1].append((make, x))
        x += w + 26.0
    shapes = [Polyline(np.array([[24.0, area[1]], [area[2] - 24.0, area[1]]]), 1.0, "rule")]
    step = (area[3] - area[1]) / (len(rows) + 1)
    for i, row in enumerate(rows):
        for make, x in row:
            shapes += make(x, area[1] + step * (i + 1))
    return Structure("legend", "annotation", "text", tuple(shapes), "Colour legend")


def _nice_step(span: float, count: int = 5) -> float:
    raw = span / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    return next(f * power for f in (1, 2, 2.5, 5, 10) if f * power >= raw)


def _plot(snapshot, lengths: np.ndarray, theme, area, trace=None) -> Structure:
    fs = theme.font_scale
    low, high = float(lengths.min()), float(lengths.max())
    pad = max(2.0, 0.1 * (high - low))
    y0, y1 = low - pad, high + pad * 1.6
    title_size, tick_size, label_size = 19.0 * fs, 14.0 * fs, 15.0 * fs
    tick_h = measure.height(tick_size)
    ax0, ay0, ax1, ay1 = area
    title = translate("Diagram", "Psoas major length vs pelvic tilt")
    shapes = [measure.text((ax0 + ax1) / 2, ay0, title, title_size, True, "text", "centre", "top")]
    left, top = ax0 + 6.0 + tick_h * 4.2, ay0 + measure.height(title_size) + 12.0
    right, bottom = ax1 - 8.0, ay1 - tick_h * 3.2
    X = lambda t: left + (t + 30.0) / 60.0 * (right - left)  # noqa: E731
    Y = lambda v: bottom - (v - y0) / (y1 - y0) * (bottom - top)  # noqa: E731
    shapes += [Rect((X(-30), top, X(0), bottom), "plot_posterior"), Rect((X(0), top, X(30), bottom), "plot_anterior")]
    for t in range(-30, 31, 10):
        shapes.append(Polyline(np.array([[X(t), top], [X(t), bottom]]), 1.0, "grid"))
        tick = fill_template("{t:+d}", {"t": int(t)}) if t else "0"
        shapes.append(measure.text(X(t), bottom + 4.0, tick, tick_size, False, "text", "centre", "top"))
    step = _nice_step(y1 - y0)
    v = math.ceil(y0 / step) * step
    while v <= y1:
        shapes.append(Polyline(np.array([[left, Y(v)], [right, Y(v)]]), 1.0, "grid"))
        shapes.append(measure.text(left - 6.0, Y(v), fill_template("{v:g}", {"v": float(v)}), tick_size, False, "text",
                                   "right"))
        v += step
    shapes.append(Rect((left, top, right, bottom), "axis"))
    shapes.append(measure.text(left + 8.0, top + 6.0, translate("Diagram", "◀ posterior tilt"), 15.0 * fs, True,
                               "text", valign="top"))
    shapes.append(measure.text(right - 8.0, top + 6.0, translate("Diagram", "anterior tilt ▶"), 15.0 * fs, True,
                               "text", "right", "top"))
    shapes.append(measure.text((left + right) / 2, bottom + tick_h * 1.5, translate("Diagram", "pelvic tilt (°)"),
                               label_size, False, "text", "centre", "top"))
    shapes.append(measure.text(ax0 + 4.0 + measure.height(label_size) / 2, (top + bottom) / 2,
                               translate("Diagram", "psoas length (mm)"), label_size, False, "text", "centre", "middle",
                               angle=90.0))
    shapes.append(Polyline(np.array([[X(t), Y(v)] for t, v in zip(PLOT_TILTS, lengths)]), theme.style("curve").width,
                           "curve"))
    if trace:
        shapes.append(Polyline(np.array([[X(t), Y(v)] for t, v in trace]), theme.style("trace").width, "trace"))
    tilt = snapshot.posture.pelvic_tilt
    now = snapshot.muscle("psoas_major")["length_mm"]
    shapes.append(Polyline(np.array([[X(tilt), top], [X(tilt), bottom]]), theme.style("now_line").width, "now_line"))
    shapes.append(Circle((X(tilt), Y(now)), 8.0 * fs, "now_marker"))
    align = "left" if tilt < 10 else "right"
    value = measure.text(X(tilt) + (14.0 if align == "left" else -14.0), Y(now) + 22.0 * fs,
                         fill_template("{now:.1f} mm", {"now": now}), 16.0 * fs, True, "text", align)
    shapes += [Rect(value.box, "background"), value]
    return Structure("psoas_plot", "annotation", "text", tuple(shapes), title)

"""Themes: tables mapping style roles to colours, line widths and dashes (no Qt).

The screen theme is the window's and the default export's; the projector theme (white background, black
text, heavier lines, Okabe-Ito blue/vermillion: colour-blind safe) is presentation mode's.  Muscles are coloured
by their length change (``tone``, percent) along the theme's shorter–middle–longer gradient; shortened muscles
are also dashed, so nothing relies on colour alone.

The colour scale is fitted to what is drawn (:func:`colour_range`): full colour at the largest change among the
muscles, rounded up to a step of :data:`COLOUR_STEPS` (±2 % at the least), and the colour grows with the square
root of the change, so the 1–2 % a pelvic tilt gives the psoas is visibly blue or orange beside a 5 % neighbour.
Every diagram shows its range in its legend.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from psoas_viz.i18n import QT_TRANSLATE_NOOP  # the label of a theme, shown translated ("Theme" context)

COLOUR_STEPS = (2.0, 3.0, 5.0, 8.0, 10.0, 15.0, 20.0, 30.0, 50.0, 100.0)  # % ranges a colour scale may span
SHORT_DASH = 0.5  # muscles shortened by more than this many percent are drawn dashed
DASH = (2.2, 1.6)  # dash pattern in line widths
LONG_DASH = (4.0, 2.0)
DOT = (1.0, 2.0)
DASH_DOT = (4.0, 2.0, 1.0, 2.0)
ANTERIOR = (27, 120, 55, 255)  # the colours of tilting anteriorly / posteriorly (charts, arrows, plot halves)
POSTERIOR = (118, 42, 131, 255)
SIDES = [(118, 42, 131, 255), (27, 120, 55, 255), (60, 60, 60, 255), (140, 81, 10, 255)]  # compare sides
SIDE_DASHES = [None, LONG_DASH, DOT, DASH_DOT]
# each compared side's line as drawn in text, and its name (translated where it is shown, "Diagram" context)
SIDE_MARKS = [("━━━", QT_TRANSLATE_NOOP("Diagram", "solid")), ("╍╍╍", QT_TRANSLATE_NOOP("Diagram", "dashed")),
              ("┅┅┅", QT_TRANSLATE_NOOP("Diagram", "dotted")), ("━·━", QT_TRANSLATE_NOOP("Diagram", "dash-dot"))]


def colour_range(percents) -> float:
    """The colour scale (± percent) for these length changes: the smallest of :data:`COLOUR_STEPS` that holds
    the largest of them."""
    largest = float(np.max(np.abs(percents))) if np.size(percents) else 0.0
    return next((step for step in COLOUR_STEPS if largest <= step), COLOUR_STEPS[-1])


def scale_position(percent: float, span: float) -> float:
    """Where a change (percent) sits on a ±``span`` scale, -1..+1: the square root of its share of the span (small
    changes show; the order of changes is kept)."""
    t = min(max(float(percent) / span, -1.0), 1.0)  # plain floats: a painter asks for every new muscle tone
    return math.copysign(math.sqrt(abs(t)), t)


def rgba(text: str, alpha: int = 255) -> tuple[int, int, int, int]:
    text = text.lstrip("#")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16), alpha


@dataclass(frozen=True)
class Style:
    stroke: tuple | None = None  # (r, g, b, a)
    fill: tuple | None = None
    width: float = 1.0  # px
    dash: tuple | None = None  # dash pattern in line widths
    flat: bool = False  # flat line caps (otherwise round)


@dataclass(frozen=True)
class Theme:
    name: str
    label: str
    shorter: tuple
    middle: tuple
    longer: tuple
    font_scale: float
    roles: dict = field(default_factory=dict)

    def style(self, role: str) -> Style:
        return self.roles[role]

    def tone_colour(self, percent: float, span: float) -> tuple[int, int, int, int]:
        """The muscle colour of a length change (percent) on a colour scale of ±``span`` percent."""
        return self.scale_colour(scale_position(percent, span))

    def line_colour(self, role: str, tone: float | None, span: float) -> tuple[int, int, int, int]:
        """A line's colour: its role's stroke, or for a muscle its tone's colour at the opacity of the role's stroke
        (a quiet neighbour is pale)."""
        style = self.roles[role]
        if tone is None:
            return style.stroke
        return (*self.tone_colour(tone, span)[:3], style.stroke[3] if style.stroke else 255)

    def scale_colour(self, t: float) -> tuple[int, int, int, int]:
        """The colour at ``t`` along the scale: -1 fully shorter, 0 unchanged, +1 fully longer."""
        end = self.longer if t >= 0 else self.shorter
        return (*(int(round(m + abs(t) * (e - m))) for m, e in zip(self.middle, end)), 255)

    def colour(self, role: str) -> tuple:
        style = self.roles[role]
        return style.stroke or style.fill


def _roles(background, text, muted, bone_fill, bone_edge, vertebra_fill, angle, muscle, psoas, bone, scale, tones,
           halves=(POSTERIOR, ANTERIOR)):
    shorter, middle, longer = tones
    t = {
        "background": Style(fill=rgba(background)),
        "text": Style(fill=rgba(text)), "muted": Style(fill=rgba(muted)), "strong": Style(fill=(0, 0, 0, 255)),
        # bones lightly filled and a little translucent: where two overlap (sacrum and ilium) the overlap is darker
        "bone": Style(rgba(bone_edge), rgba(bone_fill, 200), bone),
        "vertebra": Style(rgba(bone_edge), rgba(vertebra_fill, 220), bone),
        "bone_feature": Style(rgba(bone_edge, 170), None, bone * 0.6),
        "bone_hidden": Style(rgba(bone_edge, 150), None, bone * 0.6, DASH),  # a line on the far (medial) side
        "disc": Style(rgba(bone_edge, 160), (176, 196, 214, 230), bone * 0.6),
        "endplate": Style((140, 20, 20, 255), None, bone * 3.0),
        "ghost": Style((154, 154, 154, 255), None, bone * 1.2, LONG_DASH),
        "ghost_muscle": Style((154, 154, 154, 255), None, muscle * 0.7, LONG_DASH),
        "muscle": Style(None, None, muscle), "psoas": Style(None, None, psoas * 0.4),  # fascicles in the belly
        "muscle_quiet": Style((0, 0, 0, 110), None, muscle / 3.0),  # a neighbour that does not matter now: pale
        "ghost_psoas": Style((120, 120, 120, 230), (150, 150, 150, 40), bone * 1.2, LONG_DASH),
        "belly": Style((20, 20, 20, 220), (*middle[:3], 70), scale),
        "belly_shorter": Style((20, 20, 20, 220), (*shorter[:3], 80), scale),
        "belly_longer": Style((20, 20, 20, 220), (*longer[:3], 80), scale),
        "highlight": Style((255, 214, 0, 255), None, muscle * 5.0),
        "fascia": Style((120, 60, 0, 255), None, 2.5 * scale, DASH),
        "fascia_arrow": Style((17, 17, 17, 255), (120, 60, 0, 255), 1.0),
        "angle": Style(rgba(angle), None, 2.0 * scale, LONG_DASH), "angle_arc": Style(rgba(angle), None, 2.6 * scale),
        "angle_text": Style(fill=rgba(angle)),
        "hip": Style((17, 17, 17, 255), (255, 255, 255, 255), 2.0 * scale),
        "force_anterior": Style((17, 17, 17, 255), ANTERIOR, 1.3), "force_posterior": Style((17, 17, 17, 255), POSTERIOR, 1.3),
        "label": Style(fill=rgba(text)), "label_strong": Style(fill=(0, 0, 0, 255)),
        "leader": Style(rgba(text), None, 1.5 * scale),
        "box": Style((136, 136, 136, 255), (255, 255, 255, 255), 1.0),
        "rule": Style(rgba(muted), None, 1.0),
        "legend_bar": Style((85, 85, 85, 255), None, 1.0),
        "plot_posterior": Style(fill=(*halves[0][:3], 28)), "plot_anterior": Style(fill=(*halves[1][:3], 28)),
        "grid": Style((200, 200, 200, 255), None, 1.0), "axis": Style(rgba(text), None, 1.5),
        "curve": Style(rgba(text), None, 2.5 * scale), "trace": Style(rgba(angle), None, 6.0 * scale),
        "now_line": Style((176, 48, 32, 255), None, 1.5 * scale, LONG_DASH),
        "now_marker": Style((17, 17, 17, 255), (176, 48, 32, 255), 2.0 * scale),
        "posterior_text": Style(fill=POSTERIOR), "anterior_text": Style(fill=ANTERIOR),
        "shorter_text": Style(fill=(*shorter[:3], 255)), "longer_text": Style(fill=(*longer[:3], 255)),
        "gauge_scale": Style(rgba(text), None, 2.0 * scale), "gauge_neutral": Style(rgba(text), None, 3.0 * scale),
    }
    for i, (colour, dash) in enumerate(zip(SIDES, SIDE_DASHES)):
        t[f"side{i}"] = Style(colour, (*colour[:3], 22), 2.0, dash)
        t[f"side{i}_muscle"] = Style(colour, None, 3.0, dash, flat=True)
        t[f"side{i}_psoas"] = Style(colour, None, 6.0, dash, flat=True)
        t[f"side{i}_bar"] = Style((17, 17, 17, 255), colour, 1.0)
        t[f"side{i}_text"] = Style(fill=colour)
    return t


SCREEN_TONES = ((33, 102, 172), (140, 140, 140), (214, 96, 0))
PROJECTOR_TONES = ((0, 94, 170), (110, 110, 110), (213, 80, 0))
SCREEN = Theme("screen", QT_TRANSLATE_NOOP("Theme", "Screen"), *SCREEN_TONES, 1.0,
               _roles("#fbfaf7", "#222222", "#555555", "#ece2c8", "#786848", "#e2d6b8", "#3c3ca0", 3.0, 2.5, 1.0, 1.0,
                      SCREEN_TONES))
PROJECTOR = Theme("projector", QT_TRANSLATE_NOOP("Theme", "Projector"), *PROJECTOR_TONES, 1.3,
                  _roles("#ffffff", "#000000", "#222222", "#e6e6e6", "#000000", "#d4d4d4", "#00008b", 5.5, 12.0, 3.0,
                         1.3, PROJECTOR_TONES, ((0, 94, 170), (213, 80, 0))))
THEMES = {"screen": SCREEN, "projector": PROJECTOR}


def theme_of(name) -> Theme:
    """A theme by name (or the theme itself); KeyError names the themes."""
    if isinstance(name, Theme):
        return name
    if name not in THEMES:
        raise KeyError(f"unknown theme {name!r} (themes: {', '.join(THEMES)})")
    return THEMES[name]

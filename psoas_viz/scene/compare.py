"""The compare overlay as a scene (no Qt): two to four postures overlaid, each in its own colour *and* line style
(bones outlined, the psoas thick, a claim's other muscles thinner), framed on the hip, pelvis and spine.

By default posterior (−10°) and anterior (+10°) tilt of the current posture; a claim sets its own labelled
postures through ``session.view["compare"]`` (a ``CompareSpec``).
"""

from __future__ import annotations

from psoas_viz.i18n import QT_TRANSLATE_NOOP, fill_template, translate

from . import geometry as g
from . import text as measure
from .diagram import gauge_scale, gauge_scale_height, gauge_span
from .shapes import Circle, Mapper, Polygon, Polyline, Rect, Scene, Structure
from .theme import SIDE_MARKS, SIDES, theme_of

TILTS = {"posterior": -10.0, "anterior": 10.0}
DEFAULT_LABELS = {"posterior": QT_TRANSLATE_NOOP("Diagram", "posterior tilt −10°"),
                  "anterior": QT_TRANSLATE_NOOP("Diagram", "anterior tilt +10°")}
MAX_SIDES = len(SIDES)
FRAME_BOTTOM = -240.0  # mm: the frame keeps the hip, pelvis and spine large
PADDING = 0.03
OUTLINED = ("pelvis", "sacrum", "femur", *g.VERTEBRAE)
GAUGE_COLUMN = (0.34, 200.0, 300.0)  # the gauges' column: share of the width, at least, at most (px)


def sides_of(session) -> dict:
    """Label -> Posture of what is compared (a lone claim posture is shown with neutral standing)."""
    spec = session.view["compare"]
    if spec is None:
        base = session.posture.with_values(pelvic_tilt=0.0)
        return {translate("Diagram", DEFAULT_LABELS[side]): base.with_values(pelvic_tilt=tilt) for side, tilt in TILTS.items()}
    sides = dict(spec.sides[:MAX_SIDES])
    if len(sides) == 1:
        base = next(iter(sides.values()))
        sides[translate("Claims", "neutral")] = session.model.default_posture().with_values(pelvic_incidence=base.pelvic_incidence)
    return sides


def structures_of(session) -> tuple[str, ...]:
    spec = session.view["compare"]
    if spec is None:
        return ()
    return tuple(m for m in spec.structures if m != g.PSOAS and m in session.model.muscles.muscles)


def build(model, evaluations: dict, others: tuple, width: float, height: float) -> Scene:
    """``evaluations``: label -> Evaluation of each side; ``others``: muscle ids drawn besides the psoas.  The
    overlay fills the left of the pane; a column on the right holds one psoas length gauge per side, on one
    scale, in the side's colour, and the difference between the first two."""
    share, least, most = GAUGE_COLUMN
    column = min(most, max(least, width * share))
    outlines = {label: g.bone_outlines(model, ev.pose) for label, ev in evaluations.items()}
    x0, y0, x1, y1 = g.STANDING_FRAME
    frame = g.union_box([(x0, max(y0, FRAME_BOTTOM), x1, y1),
                         *(g.body_frame(o, cut_below=FRAME_BOTTOM) for o in outlines.values())])
    pad_x, pad_y = (frame[2] - frame[0]) * PADDING, (frame[3] - frame[1]) * PADDING
    m = Mapper.fit((frame[0] - pad_x, frame[1] - pad_y, frame[2] + pad_x, frame[3] + pad_y),
                   (0, 0, width - column, height))
    structures = []
    for i, (label, ev) in enumerate(evaluations.items()):
        bones = tuple(Polygon(m(outlines[label][b])) for b in OUTLINED)
        structures.append(Structure(f"side{i}_bones", "bone", f"side{i}", bones, f"{label}: pelvis, femur and spine"))
        lines = [line for mid in others for line in g.fascicle_lines(model, ev, mid)]
        if lines:
            structures.append(Structure(f"side{i}_muscles", "muscle", f"side{i}_muscle",
                                        tuple(Polyline(m(line), 3.0) for line in lines), f"{label}: {', '.join(others)}"))
        psoas = tuple(Polyline(m(line), 6.0) for line in g.fascicle_lines(model, ev, g.PSOAS))
        structures.append(Structure(f"side{i}_psoas_major", "muscle", f"side{i}_psoas", psoas,
                                    f"{label}: psoas major ({SIDE_MARKS[i][1]})"))
    structures.append(Structure("hip_joint_centre", "marker", "hip", (Circle(tuple(m((0.0, 0.0))), 7.0),),
                                "Hip joint centre"))
    structures.append(_gauges(evaluations, (width - column, 0.0, width, height)))
    return Scene(width, height, "screen", tuple(structures), (), m)


def _gauges(evaluations: dict, area) -> Structure:
    theme = theme_of("screen")
    x0, y0, x1, _ = area
    x0, x1, y = x0 + 8.0, x1 - 8.0, y0 + 10.0
    psoas = {label: ev.muscle(g.PSOAS) for label, ev in evaluations.items()}
    span = gauge_span(*(n["change_mm"] for n in psoas.values()))
    shapes = []
    for line in measure.wrap(translate("Diagram", "Psoas major length"), 16.0, x1 - x0, True):  # longer in German
        shapes.append(measure.text(x0, y, line, 16.0, True, valign="top"))
        y += measure.height(16.0)
    y += 6.0
    for i, (label, n) in enumerate(psoas.items()):
        line_style = translate("Diagram", SIDE_MARKS[i][1])
        for line in measure.wrap(f"{label} ({line_style})", 14.0, x1 - x0, True):
            shapes.append(measure.text(x0, y, line, 14.0, True, f"side{i}_text", valign="top"))
            y += measure.height(14.0)
        shapes.append(measure.text(x0, y, fill_template("{length:.1f} mm", {"length": n["length_mm"]}), 24.0, True,
                                   f"side{i}_text", valign="top"))
        y += measure.height(24.0)
        shapes += gauge_scale(theme, (x0, y, x1, y + gauge_scale_height(1.0)), n["change_mm"],
                              n["length_mm"] - n["change_mm"], span, Rect((0, 0, 0, 0), f"side{i}_bar"))
        y += gauge_scale_height(1.0) + 12.0
    (first_label, first), (second_label, second) = list(psoas.items())[:2]
    difference = second["length_mm"] - first["length_mm"]
    percent = 100.0 * difference / first["length_mm"]
    heading = fill_template(translate("Diagram", "{second} against {first}:"), {"second": second_label,
                                                                               "first": first_label})
    for line in measure.wrap(heading, 14.0, x1 - x0):
        shapes.append(measure.text(x0, y, line, 14.0, False, valign="top"))
        y += measure.height(14.0)
    words = fill_template("{mm:+.1f} mm ({percent:+.1f} %)", {"mm": difference, "percent": percent})
    size = min(22.0, 22.0 * (x1 - x0) / measure.width(words, 22.0, True))  # smaller rather than cut at the edge
    shapes.append(measure.text(x0, y, words, size, True, valign="top"))
    return Structure("psoas_gauges", "annotation", "box", tuple(shapes), translate("Diagram", "Psoas length gauges"))

"""The model diagram as a scene: bones, muscles coloured by length change, fascial pulls, force arrows, the
PT/SS angle construction, the hip marker, the angle box and placed labels, in pixels (no Qt).

``build(snapshot, View(...))`` is the one description of the picture: the window's play area, presentation
mode, every export and ``psoas-viz scene`` draw what it returns.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from psoas_viz import terms
from psoas_viz.i18n import fill_template, translate

from . import geometry as g
from . import text as measure
from .labels import Obstacles, Request, follow, overlapping, place
from .shapes import Arc, Arrow, Circle, Mapper, Polygon, Polyline, Rect, Scene, Structure
from .theme import SHORT_DASH, colour_range, theme_of

def bone_name(bone: str) -> str:
    """What the bone's SVG group and card call it, in the current language."""
    if bone in g.VERTEBRAE:
        return fill_template(translate("Diagram", "{level} vertebra"), {"level": bone})
    return {"rib_cage": translate("Diagram", "Lower rib cage"), "tibia": translate("Diagram", "Tibia"),
            "femur": translate("Diagram", "Femur"), "pelvis": translate("Diagram", "Pelvis (hip bone)"),
            "sacrum": translate("Diagram", "Sacrum")}[bone]


@dataclass(frozen=True)
class View:
    """What to draw and where: size in px, theme, options; ``world`` the box (mm: x0, y0, x1, y1) to frame
    (None: the pelvis, spine and femur with a margin), fitted into ``area`` (px; None: the whole scene)."""

    width: float = 900.0
    height: float = 1000.0
    theme: str = "screen"
    labels: bool = True
    ghost: bool = False
    highlight: tuple = ()
    forces: bool = True
    world: tuple | None = None
    area: tuple | None = None
    angle_box: bool = True
    bounds: tuple | None = None  # px box the labels stay inside (None: the whole scene)
    follow: tuple | None = None  # labels placed before, kept in place relative to their anchors (during a drag)
    keep: tuple = ()  # labels placed before, each kept where it was while its place is still clear
    gauge_at: tuple | None = None  # px box of the gauge placed before, kept there (during a drag)
    region: str = "whole"  # what ``world=None`` frames: one of REGIONS
    psoas_ghost: bool = True  # the neutral-standing psoas behind the current one
    pointed: str | None = None  # the structure under the pointer (a quiet neighbour speaks up)
    latin: bool = False  # labels give the Terminologia Anatomica name too, on a second line
    colour_range: float | None = None  # the muscles' colour scale (± percent) shared by several scenes (the frames
    # of an animation); None: fitted to this drawing's own changes (theme.colour_range)
    gauge_span: float | None = None  # the psoas gauge's half-width (mm) shared likewise; None: fitted (gauge_span)


def _arc(m: Mapper, centre, radius: float, start_deg: float, end_deg: float, width: float, role: str) -> Arc:
    """The shorter arc (world degrees) mapped to px."""
    sweep = (end_deg - start_deg + 180.0) % 360.0 - 180.0
    a = np.radians(start_deg + np.linspace(0.0, sweep, 24))
    points = np.asarray(centre) + radius * np.stack((np.cos(a), np.sin(a)), -1)
    return Arc(m(points), width, role, centre=tuple(m(centre)), radius=radius * m.s)


REGIONS = ("whole", "pelvis-spine", "hip")
RIBS_ABOVE_T12 = 40.0  # mm of the rib cage framed above T12 (ribs 10-12 and the costal margin)
BELOW_KNEE = 60.0  # mm of the shank framed below the knee centre
HIP_REACH = 150.0  # mm: the hip view reaches this far from the hip centre down the thigh


def frame_of(snapshot, region: str = "whole", outlines: dict | None = None) -> tuple:
    """The frame (mm) of a region: ``whole`` the lower rib cage to below the knee, ``pelvis-spine`` T12 to the
    femoral head, ``hip`` the pelvis and the upper thigh; a small margin around it."""
    if region not in REGIONS:
        raise ValueError(f"unknown view {region!r} (views: {', '.join(REGIONS)})")
    pose = snapshot.evaluation.pose
    outlines = g.bone_outlines(snapshot.model, pose) if outlines is None else outlines
    if region == "whole":
        top = float(outlines["T12"][:, 1].max()) + RIBS_ABOVE_T12
        knee = snapshot.model.skeleton.landmark_world(pose, "knee_joint_centre")[0]
        bottom = float(knee[1]) - BELOW_KNEE
        points = np.concatenate(list(outlines.values()))
        points = points[(points[:, 1] <= top) & (points[:, 1] >= bottom)]
        margin = 10.0
    elif region == "pelvis-spine":
        points = np.concatenate([outlines[b] for b in ("pelvis", "sacrum", *g.VERTEBRAE)])
        margin = 25.0
    else:
        points = np.concatenate([outlines["pelvis"], outlines["sacrum"], outlines["L5"],
                                 outlines["femur"][np.hypot(*outlines["femur"].T) < HIP_REACH]])
        margin = 20.0
    x0, y0, x1, y1 = g.bounds(points)
    return (x0 - margin, y0 - margin, x1 + margin, y1 + margin)


@dataclass(frozen=True)
class Drawing:
    """A scene's structures before its gauge and labels are placed (``annotate``): the play area's full-quality
    frame places them again on the drawing of its quick frame, which is not built twice."""
    snapshot: object
    structures: tuple
    taken: tuple  # px boxes of text already there (the angle box)
    requests: tuple  # the labels asked for, in order of importance
    mapper: Mapper
    area: tuple  # px box the model is framed in
    hip_box: tuple  # px box of the hip joint centre's marker, kept clear of labels
    colour_range: float


def build(snapshot, view: View = View()) -> Scene:
    """The diagram of a snapshot as a scene: ``annotate(draw(snapshot, view), view)``."""
    return annotate(draw(snapshot, view), view)


def draw(snapshot, view: View = View()) -> Drawing:
    """Everything of the scene but the gauge and the labels."""
    theme = theme_of(view.theme)
    fs = theme.font_scale
    model, ev = snapshot.model, snapshot.evaluation
    pose = ev.pose
    bone_shapes = g.bone_shapes(pose)
    outlines = g.bone_outlines(model, pose, bone_shapes)
    area = view.area or (0.0, 0.0, view.width, view.height)
    m = Mapper.fit(view.world or frame_of(snapshot, view.region, outlines), area)
    structures = []
    if view.ghost:
        structures.append(_ghost(snapshot, m, theme))
    elif view.psoas_ghost:
        belly = _standing_belly(model, snapshot.neutral)
        structures.append(Structure("psoas_ghost", "annotation", "ghost_psoas", (Polygon(m(belly)),),
                                    "Psoas major in neutral standing (ghost)"))
    structures += _bones(model, pose, bone_shapes, m, theme)
    lines = g.muscle_lines(snapshot)
    percent = ev.length_change_percent[0]
    names = {mid: mu.name for mid, mu in model.muscles.muscles.items()}
    muscle_w, psoas_w = theme.style("muscle").width, theme.style("psoas").width
    halos = [Polyline(m(line), theme.style("highlight").width * (1.4 if mid == g.PSOAS else 1.0), "highlight")
             for mid in view.highlight if mid in lines for line in lines[mid]]
    if halos:
        structures.append(Structure("highlight", "annotation", "highlight", tuple(halos), "Highlighted structures"))
    # neighbours are quiet (thin, pale) unless they matter now: the iliacus (the psoas's partner), the one under the
    # pointer, a muscle that is tensed or tight, one a claim or lesson step names (highlight)
    loud = {"iliacus", view.pointed, *view.highlight, *(mid for mid, _ in snapshot.settings.muscles)}
    mapped = iter(m.many([line for mid in ev.muscle_ids for line in lines[mid]]))  # every fascicle in one go
    drawn = {mid: [next(mapped) for _ in lines[mid]] for mid in ev.muscle_ids}
    for j, mid in enumerate(ev.muscle_ids):
        tone = float(percent[j])
        dashed = tone < -SHORT_DASH
        if mid == g.PSOAS:
            continue
        role = "muscle" if mid in loud else "muscle_quiet"
        width = theme.style(role).width * (2.0 if mid in view.highlight else 1.0)
        shapes = tuple(Polyline(line, width, role, tone, dashed) for line in drawn[mid])
        if mid == "iliacus":  # it fans from the iliac fossa into the psoas tendon: a belly too
            shapes = (Polygon(m(g.muscle_belly(lines[mid])), role=_belly_role(tone)), *shapes)
        structures.append(Structure(mid, "muscle", role, shapes, names[mid]))
    tone = float(percent[ev.muscle_ids.index(g.PSOAS)])
    # a translucent belly (the vertebrae show through) tinted by the change, its fascicles in the change's colour
    # and, when shorter, dashed as every shortened muscle (colour is never the only cue)
    psoas = [Polygon(m(g.muscle_belly(lines[g.PSOAS])), role=_belly_role(tone))]
    psoas += [Polyline(line, psoas_w, "psoas", tone, tone < -SHORT_DASH) for line in drawn[g.PSOAS]]
    structures.append(Structure(g.PSOAS, "muscle", "psoas", tuple(psoas), names[g.PSOAS]))
    links, pulls = model.mechanics.fascia.links, dict(snapshot.settings.pulls)
    for link_id, link_lines in g.pull_lines(snapshot).items():
        # from the structure that pulls to the psoas, with an arrowhead where it pulls the psoas (towards itself)
        shapes = []
        for anchor, contact in link_lines:
            shapes.append(Polyline(m(np.array([anchor, contact])), theme.style("fascia").width, "fascia", dashed=True))
            reach = float(np.hypot(*(anchor - contact)))
            if reach > 1.0:
                length = min(g.arrow_length(pulls[link_id]), 0.6 * reach)
                tip = contact + (anchor - contact) / reach * length
                shapes.append(Arrow(m(g.arrow_polygon(contact, (anchor - contact) / reach, length)),
                                    role="fascia_arrow", start=tuple(m(contact)), tip=tuple(m(tip))))
        structures.append(Structure(link_id, "fascia", "fascia", tuple(shapes), links[link_id].name))
    if view.forces:
        for mid, (force, anterior, arrows) in g.force_arrows(snapshot).items():
            role = "force_anterior" if anterior else "force_posterior"
            shapes = tuple(Arrow(m(poly), role=role, start=tuple(m(a)), tip=tuple(m(b))) for poly, a, b in arrows)
            structures.append(Structure(f"force_{mid}", "force", role, shapes,
                                        fill_template(translate("Diagram", "{muscle}: {force:.0f} N, line of pull"),
                                                      {"muscle": names[mid], "force": float(force)})))
    front = model.skeleton.landmark_world(pose, "s1_endplate_anterior")[0]
    back = model.skeleton.landmark_world(pose, "s1_endplate_posterior")[0]
    structures += _angles(m, theme, front, back)
    r = 7.0 * fs
    hip = m((0.0, 0.0))
    cross = ((hip[0] - r * 0.7, hip[1]), (hip[0] + r * 0.7, hip[1])), ((hip[0], hip[1] - r * 0.7), (hip[0], hip[1] + r * 0.7))
    structures.append(Structure("hip_joint_centre", "marker", "hip",
                                (Circle(tuple(hip), r), *(Polyline(np.array(c), theme.style("hip").width, "hip")
                                                          for c in cross)), "Hip joint centre"))
    taken = []
    if view.angle_box:
        box = _angle_box(snapshot, view.bounds or area, fs)
        structures.append(box)
        taken.append(box.shapes[0].box)
    requests = _requests(snapshot, m, outlines, lines, front, back, fs, view.labels)
    if view.latin:
        requests = [_with_latin(r) for r in requests]
    return Drawing(snapshot, tuple(structures), tuple(taken), tuple(requests), m, area,
                   (hip[0] - r, hip[1] - r, hip[0] + r, hip[1] + r), view.colour_range or colour_range(percent))


def annotate(drawing: Drawing, view: View) -> Scene:
    """The drawing with its psoas gauge and labels placed (or, during a drag, kept where they were)."""
    theme = theme_of(view.theme)
    structures, taken = list(drawing.structures), list(drawing.taken)
    # what labels and the gauge keep off (not needed while both stay where they were: a drag)
    bounds = view.bounds or (2.0, 2.0, view.width - 2.0, view.height - 2.0)
    placing = view.follow is None or view.gauge_at is None
    blocked = Obstacles(bounds, label_obstacles(structures), [drawing.hip_box]) if placing else None
    muscles_px = [shape.points for s in structures if s.kind == "muscle" for shape in s.shapes]
    gauge = _gauge(drawing.snapshot, theme, view.bounds or drawing.area, taken, blocked, muscles_px, view.gauge_at,
                   view.gauge_span)
    structures.append(gauge)
    taken.append(gauge.shapes[0].box)
    requests = list(drawing.requests)
    if view.follow is not None:
        labels = follow(requests, view.follow)
    else:
        # a close-up (--view) leaves some structures out of the frame: their labels would point off the page
        seen = [r for r in requests if bounds[0] <= r.anchor[0] <= bounds[2] and bounds[1] <= r.anchor[1] <= bounds[3]]
        labels = place(seen, bounds, taken, blocked, view.keep)
    return Scene(view.width, view.height, theme.name, tuple(structures), tuple(labels), drawing.mapper,
                 colour_range=drawing.colour_range)


def _change_word(tone: float) -> str | None:
    """``shorter`` or ``longer`` for a length change (percent) beyond SHORT_DASH either way, else None."""
    return "shorter" if tone < -SHORT_DASH else "longer" if tone > SHORT_DASH else None


def _belly_role(tone: float) -> str:
    """A muscle belly tinted as shorter, longer or unchanged."""
    word = _change_word(tone)
    return f"belly_{word}" if word else "belly"


_STANDING_BELLIES: dict = {}  # id of a neutral evaluation -> (that evaluation, its psoas belly in mm)


def _standing_belly(model, neutral) -> np.ndarray:
    """The neutral-standing psoas belly (mm): the session keeps one neutral evaluation per pelvis shape, so it is
    built once for all the postures of a drag (evaluations compare by value and are not hashable: kept by id)."""
    kept = _STANDING_BELLIES.get(id(neutral))
    if kept is None or kept[0] is not neutral:
        if len(_STANDING_BELLIES) >= 8:
            _STANDING_BELLIES.clear()
        kept = _STANDING_BELLIES[id(neutral)] = (neutral, g.muscle_belly(g.fascicle_lines(model, neutral, g.PSOAS)))
    return kept[1]


def label_obstacles(structures) -> list[np.ndarray]:
    """The outlines (px) labels keep off: every bone's outer outlines, the discs and the psoas belly."""
    return [shape.points for s in structures if s.kind == "bone" or s.id in ("discs", g.PSOAS)
            for shape in s.shapes if type(shape) is Polygon]


def _bones(model, pose, bone_shapes: dict, m: Mapper, theme) -> list[Structure]:
    """Each bone as line art: its outlines with holes (lightly filled), the feature lines a viewer on the right
    sees (the pelvic brim, on the medial side, dashed as hidden); the discs between the vertebral bodies."""
    feature_w = theme.style("bone_feature").width
    out = []
    discs = tuple(Polygon(m(d), role="disc") for d in g.discs(model, pose).values())
    for bone, shapes in bone_shapes.items():
        if bone == "T12":  # the discs lie behind the column's bodies, in front of the pelvis and sacrum
            out.append(Structure("discs", "annotation", "disc", discs, "Intervertebral discs", layer="Bones"))
        features = shapes.features  # those drawn (geometry.drawn_features)
        rings = m.many([o[0] for o in shapes.outers] + [h[0] for holes in shapes.holes for h in holes]
                       + [line[0] for _, line in features])
        outers, rest = rings[:len(shapes.outers)], iter(rings[len(shapes.outers):])
        drawn = [Polygon(o, tuple(next(rest) for _ in holes)) for o, holes in zip(outers, shapes.holes)]
        for (feature, _), line in zip(features, rest):
            role = "bone_feature" if feature.visible else "bone_hidden"
            drawn.append(Polyline(line, feature_w, role, dashed=not feature.visible))
        if bone == "sacrum":
            drawn.append(Polyline(m(g.s1_endplate(model, pose)), theme.style("endplate").width, "endplate"))
        out.append(Structure(bone, "bone", "vertebra" if bone in g.VERTEBRAE else "bone", tuple(drawn),
                             bone_name(bone)))
    return out


def _ghost(snapshot, m: Mapper, theme) -> Structure:
    neutral = snapshot.neutral
    shapes = [Polygon(m(outline), role="ghost") for outline in g.bone_outlines(snapshot.model, neutral.pose).values()]
    width = theme.style("ghost_muscle").width
    shapes += [Polyline(m(line), width, "ghost_muscle") for line in g.fascicle_lines(snapshot.model, neutral, g.PSOAS)]
    return Structure("neutral_ghost", "annotation", "ghost", tuple(shapes), "Neutral standing (ghost)")


def _angles(m: Mapper, theme, front, back) -> list[Structure]:
    """PT: the vertical through the hip centre and the line to the S1 midpoint; SS: the horizontal from the
    anterior endplate corner backwards and the endplate."""
    mid = (front + back) / 2.0
    reach = float(np.hypot(*mid)) * 0.55
    w, arc_w = theme.style("angle").width, theme.style("angle_arc").width
    pt = (Polyline(m(np.array([[0.0, reach], [0.0, 0.0], mid])), w, "angle", dashed=True),
          _arc(m, (0.0, 0.0), 55.0, 90.0, math.degrees(math.atan2(mid[1], mid[0])), arc_w, "angle_arc"))
    back_dir = math.degrees(math.atan2(back[1] - front[1], back[0] - front[0]))
    ss = (Polyline(m(np.array([front, front - [70.0, 0.0]])), w, "angle", dashed=True),
          _arc(m, front, 40.0, 180.0, back_dir, arc_w, "angle_arc"))
    return [Structure("PT", "angle", "angle", pt, "Spinopelvic tilt (PT)"),
            Structure("SS", "angle", "angle", ss, "Sacral slope (SS)")]


def angle_lines(snapshot) -> list[str]:
    a = snapshot.angles
    values = {"pi": a["pelvic_incidence_deg"], "pt": a["spinopelvic_tilt_deg"], "ss": a["sacral_slope_deg"],
              "ll": a["lumbar_lordosis_deg"], "asis_psis": a["asis_psis_angle_deg"],
              "tilt": float(snapshot.posture.pelvic_tilt)}
    return [fill_template("PI {pi:.1f}° = PT {pt:.1f}° + SS {ss:.1f}°", values),
            fill_template(translate("Diagram", "LL {ll:.1f}° · ASIS–PSIS {asis_psis:.1f}° · tilt {tilt:+.1f}°"),
                          values)]


def _angle_box(snapshot, area, fs: float) -> Structure:
    size = 17.0 * fs
    rows = angle_lines(snapshot)
    x, y = area[0] + 10.0, area[1] + 4.0
    h = measure.height(size)
    texts = [measure.text(x + 10.0, y + 6.0 + i * h, row, size, True, "angle_text", valign="top")
             for i, row in enumerate(rows)]
    right = max(t.box[2] for t in texts) + 10.0
    return Structure("angle_box", "annotation", "box", (Rect((x, y, right, y + h * len(rows) + 12.0), "box"), *texts),
                     "Spinopelvic angles")


GAUGE_STEPS_MM = (2.0, 5.0, 10.0, 20.0, 50.0, 100.0)  # half-widths the gauge's scale may span
GAUGE_SMALL = 12.0  # px (times the theme's font scale): the gauge scale's words


def _gauge(snapshot, theme, bounds, taken: list, blocked: Obstacles | None, muscles_px: list, kept: tuple | None = None,
           span: float | None = None) -> Structure:
    """The psoas length gauge: its length now, a scale with the neutral-standing tick and the change filled in
    the muscle colours, and the change in mm and % in large type (coloured, and signed, so colour is not the only
    cue).  Placed in a corner or at a side of ``bounds`` clear of the other boxes, of bone and of muscle; or where
    it was (``kept``, its box before: its outer side stays, so it does not wander while the model is dragged).
    ``span``: the scale's half-width (mm), None to fit it to the change."""
    fs = theme.font_scale
    n = snapshot.muscle(g.PSOAS)
    length, change, percent = n["length_mm"], n["change_mm"], n["change_percent"]
    word = _change_word(percent)
    role = f"{word}_text" if word else "text"
    rows = [(translate("Diagram", "Psoas major length"), 16.0 * fs, True, "text"),
            (fill_template("{length:.1f} mm", {"length": length}), 24.0 * fs, True, "text"),
            None,  # the scale
            (fill_template("{change:+.1f} mm", {"change": change}), 34.0 * fs, True, role),
            (fill_template("{percent:+.1f} %", {"percent": percent}), 34.0 * fs, True, role)]
    pad, scale_h = 10.0 * fs, gauge_scale_height(fs)
    w = max(200.0 * fs, *(measure.width(r[0], r[1], r[2]) for r in rows if r)) + 2 * pad
    h = sum(measure.height(r[1]) if r else scale_h for r in rows) + 2 * pad
    x0, y0, x1, y1 = bounds
    if kept is not None:
        left = kept[0] if (kept[0] + kept[2]) / 2 < (x0 + x1) / 2 else kept[2] - w
        box = (left, kept[1], left + w, kept[1] + h)
    else:
        x0, y0, x1, y1 = x0 + 4.0, y0 + 4.0, x1 - 4.0, y1 - 4.0  # off the pane's edge
        spots = [(x1 - w, y0), (x1 - w, (y0 + y1 - h) / 2), (x1 - w, y1 - h), (x0, y1 - h), (x0, (y0 + y1 - h) / 2)]
        boxes = [(x, y, x + w, y + h) for x, y in spots]
        muscles = _sampled(muscles_px)
        # never over the angle box's numbers
        apart = [b for b, over in zip(boxes, overlapping(boxes, taken).any(axis=1)) if not over]
        clear = [b for b, cells in zip(apart, blocked.count(np.array(apart, float))) if not cells]
        box = next((b for b in clear + apart if not _holds(b, muscles)), (clear + apart + boxes)[0])
    shapes = [Rect(box, "box")]
    y = box[1] + pad
    for row in rows:
        if row is None:
            shapes += gauge_scale(theme, (box[0] + pad, y, box[2] - pad, y + scale_h), change, length - change,
                                  span or gauge_span(change), Rect((0, 0, 0, 0), "legend_bar", (percent, percent)))
            y += scale_h
            continue
        words, size, bold, text_role = row
        shapes.append(measure.text(box[0] + pad, y, words, size, bold, text_role, valign="top"))
        y += measure.height(size)
    return Structure("psoas_gauge", "annotation", "box", tuple(shapes), translate("Diagram", "Psoas length gauge"))


def gauge_span(*changes: float) -> float:
    """The half-width (mm) of a gauge scale that holds these changes: the smallest of GAUGE_STEPS_MM."""
    largest = max(abs(c) for c in changes)
    return next((s for s in GAUGE_STEPS_MM if largest <= s * 0.8), GAUGE_STEPS_MM[-1])


def gauge_scale_height(fs: float) -> float:
    return 22.0 * fs + 2 * measure.height(GAUGE_SMALL * fs)


def gauge_scale(theme, area, change: float, neutral: float, span: float, bar: Rect) -> list:
    """A length scale of ±``span`` mm: the neutral-standing tick in the middle, the change filled from it (``bar``:
    its role and gradient; its box is set here), the ends and the standing length written under."""
    fs = theme.font_scale
    x0, y0, x1, y1 = area
    mid, bar_y, half = (x0 + x1) / 2, y0 + 10.0 * fs, 6.0 * fs
    x = mid + (x1 - x0) / 2 * max(-1.0, min(1.0, change / span))
    small = GAUGE_SMALL * fs
    row = measure.height(small)
    return [Polyline(np.array([[x0, bar_y], [x1, bar_y]]), theme.style("gauge_scale").width, "gauge_scale"),
            *(Polyline(np.array([[e, bar_y - half * 0.7], [e, bar_y + half * 0.7]]), theme.style("gauge_scale").width,
                       "gauge_scale") for e in (x0, x1)),
            Rect((min(mid, x), bar_y - half, max(mid, x), bar_y + half), bar.role, bar.gradient),
            Polyline(np.array([[mid, bar_y - 1.8 * half], [mid, bar_y + 1.8 * half]]),
                     theme.style("gauge_neutral").width, "gauge_neutral"),
            measure.text(x0, y1 - row, fill_template("−{span:g} mm", {"span": span}), small,
                         False, "muted", valign="bottom"),
            measure.text(x1, y1 - row, fill_template("+{span:g} mm", {"span": span}), small,
                         False, "muted", align="right", valign="bottom"),
            measure.text(mid, y1, fill_template(translate("Diagram", "standing: {length:.1f} mm"), {"length": neutral}),
                         small, False, "muted", align="centre", valign="bottom")]


SAMPLES_PER_SEGMENT = np.linspace(0.0, 1.0, 12)[:, None, None]


def _sampled(lines: list[np.ndarray]) -> np.ndarray:
    """Points along polylines, 12 on each segment (the muscles' segments are a few tens of px: a gauge-sized box
    holding none of them is clear of the lines)."""
    if not lines:
        return np.zeros((0, 2))
    points = np.concatenate(lines)
    ends = np.cumsum([len(line) for line in lines]) - 1
    a, b = np.delete(points[:-1], ends[:-1], axis=0), np.delete(points[1:], ends[:-1], axis=0)
    return (a + (b - a) * SAMPLES_PER_SEGMENT).reshape(-1, 2)


def _holds(box, points: np.ndarray) -> bool:
    x0, y0, x1, y1 = box
    return bool(((points[:, 0] > x0) & (points[:, 0] < x1) & (points[:, 1] > y0) & (points[:, 1] < y1)).any())


# the labels that name a term of assets/i18n/terms.json by their key (the vertebral levels L1 … T12 and the angles
# read the same in every language and have no Latin line)
LATIN_LABELS = frozenset({"psoas_major", "iliacus", "asis", "aiis", "pubic_symphysis", "psis", "iliac_crest",
                          "ischial_tuberosity", "sacral_promontory", "hip_joint", "lesser_trochanter",
                          "greater_trochanter", "rib_12", "sacrum", "femur"})


def _with_latin(r: Request) -> Request:
    """The label with its Terminologia Anatomica name (``M. psoas major``, ``Crista iliaca``) for a second line,
    unless its text already gives it (German ``M. psoas major``, ``Trochanter major``)."""
    latin = terms.latin_beside(r.key, r.text, abbreviated=True) if r.key in LATIN_LABELS else None
    return replace(r, latin=latin) if latin else r


def _requests(snapshot, m: Mapper, outlines, lines, front, back, fs: float, all_labels: bool) -> list[Request]:
    """What to label, in order of importance (the psoas's numbers are the gauge's)."""
    model, ev = snapshot.model, snapshot.evaluation
    sk = model.skeleton
    a = snapshot.angles
    at = lambda xy: tuple(float(v) for v in m(np.asarray(xy, float)))  # noqa: E731
    lw = lambda name: sk.landmark_world(ev.pose, name)[0]  # noqa: E731
    y = float(outlines["L4"].mean(axis=0)[1])
    points = np.concatenate(lines[g.PSOAS])
    near = points[np.abs(points[:, 1] - y) < 25.0]
    x = float(near[:, 0].max()) if len(near) else float(points[:, 0].max())
    size = 17.0 * fs
    out = [Request(translate("Diagram", "Psoas major"), g.PSOAS, at((x + 2.0, y)), "right", 21.0 * fs, True,
                   "label_strong", False, 30.0 * fs, True, True, g.PSOAS),
           Request(fill_template("PT {pt:.1f}°", {"pt": a["spinopelvic_tilt_deg"]}), "PT", at((-20.0, 40.0)), "left",
                   size, True, "angle_text", False, 4.0, backed=True, key="PT"),
           Request(fill_template("SS {ss:.1f}°", {"ss": a["sacral_slope_deg"]}), "SS", at(front - [44.0, 12.0]),
                   "left", size, True, "angle_text", False, 4.0, backed=True, key="SS")]
    if not all_labels:
        return out

    def mark(text, target, anchor, side, key, gap=8.0):  # a landmark: a leader to it, text clear of the lines under it
        return Request(text, target, at(anchor), side, size, gap=gap * fs, leader=True, backed=True, key=key)

    bodies = sk.vertebral_bodies(ev.pose)
    iliacus = lines["iliacus"][0]
    out.append(mark(translate("Diagram", "Iliacus"), "iliacus", (iliacus[0] + iliacus[1]) / 2.0, "right", "iliacus"))
    for level in ("L1", "L2", "L3", "L4", "L5", "T12"):
        # the back of the vertebra at the height of its body (the lamina or the spinous process)
        low, high = bodies[level][:, 1].min(), bodies[level][:, 1].max()
        ring = outlines[level]
        ring = ring[(ring[:, 1] >= low) & (ring[:, 1] <= high)]
        out.append(mark(level, level, ring[np.argmin(ring[:, 0])], "left", level))
    sacrum = outlines["sacrum"]
    # the RASI and RPSI markers sit on the skin, 31 and 14 mm off the bone: the ASIS label points at the sartorius
    # origin (Rajagopal sart_r-P1, on the ASIS), the PSIS label at the outline's point nearest the RPSI marker
    pelvis = outlines["pelvis"]
    psis = pelvis[np.argmin(np.hypot(*(pelvis - lw("psis")).T))]
    out += [mark(translate("Diagram", "ASIS"), "pelvis", lines["sartorius"][0][0], "right", "asis"),
            mark(translate("Diagram", "AIIS"), "pelvis", lw("aiis"), "right", "aiis"),
            mark(translate("Diagram", "Pubic symphysis"), "pelvis", lw("pubic_symphysis"), "right", "pubic_symphysis"),
            mark(translate("Diagram", "PSIS"), "pelvis", psis, "left", "psis"),
            mark(translate("Diagram", "Iliac crest"), "pelvis", lw("iliac_crest"), "left", "iliac_crest"),
            mark(translate("Diagram", "Ischial tuberosity"), "pelvis", lw("ischial_tuberosity"), "left",
                 "ischial_tuberosity"),
            mark(translate("Diagram", "Sacral promontory"), "sacrum", front, "right", "sacral_promontory"),
            mark(translate("Diagram", "Hip joint (acetabulum)"), "hip_joint_centre", (0.0, 0.0), "below", "hip_joint",
                 gap=10.0),
            mark(translate("Diagram", "Lesser trochanter"), "femur", lw("lesser_trochanter"), "right",
                 "lesser_trochanter"),
            mark(translate("Diagram", "Greater trochanter"), "femur", lw("greater_trochanter"), "left",
                 "greater_trochanter"),
            mark(translate("Diagram", "12th rib"), "rib_cage", lw("rib_12"), "left", "rib_12"),
            mark(translate("Diagram", "Sacrum"), "sacrum", sacrum[np.argmin(sacrum[:, 0])], "left", "sacrum"),
            mark(translate("Diagram", "Femur"), "femur", lw("linea_aspera"), "right", "femur")]
    return out

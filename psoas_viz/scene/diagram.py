"""The model diagram as a scene: bones, muscles coloured by length change, fascial pulls, force arrows, the
PT/SS angle construction, the hip marker, the angle box and placed labels, in pixels (no Qt).

``build(snapshot, View(...))`` is the one description of the picture: the window's play area, presentation
mode, every export and ``psoas-viz scene`` draw what it returns.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from psoas_viz.i18n import translate

from . import geometry as g
from . import text as measure
from .labels import Request, follow, place
from .shapes import Arc, Arrow, Circle, Mapper, Polygon, Polyline, Rect, Scene, Structure
from .theme import SHORT_DASH, theme_of

NAMES = {"rib_cage": "Lower rib cage", "tibia": "Tibia", "femur": "Femur", "pelvis": "Pelvis (hip bone)",
         "sacrum": "Sacrum", **{v: f"{v} vertebral body" for v in g.VERTEBRAE}}


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
    region: str = "whole"  # what ``world=None`` frames: one of REGIONS
    keep_clear: tuple = ()  # px boxes (x0, y0, x1, y1) labels keep off besides bone and the psoas (a gauge)


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


def build(snapshot, view: View = View()) -> "Scene":
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
    structures += _bones(model, pose, bone_shapes, m, theme)
    lines = g.muscle_lines(snapshot)
    percent = ev.length_change_percent[0]
    names = {mid: mu.name for mid, mu in model.muscles.muscles.items()}
    muscle_w, psoas_w = theme.style("muscle").width, theme.style("psoas").width
    halos = [Polyline(m(line), theme.style("highlight").width * (1.4 if mid == g.PSOAS else 1.0), "highlight")
             for mid in view.highlight if mid in lines for line in lines[mid]]
    if halos:
        structures.append(Structure("highlight", "annotation", "highlight", tuple(halos), "Highlighted structures"))
    for j, mid in enumerate(ev.muscle_ids):
        tone = float(percent[j])
        dashed = tone < -SHORT_DASH
        if mid == g.PSOAS:
            continue
        width = muscle_w * (2.0 if mid in view.highlight else 1.0)
        shapes = tuple(Polyline(m(line), width, "muscle", tone, dashed) for line in lines[mid])
        structures.append(Structure(mid, "muscle", "muscle", shapes, names[mid]))
    tone = float(percent[ev.muscle_ids.index(g.PSOAS)])
    # a translucent belly (the vertebrae show through) tinted by the change, its fascicles in the change's colour
    # and, when shorter, dashed as every shortened muscle (colour is never the only cue)
    belly = "psoas_belly_shorter" if tone < -SHORT_DASH else "psoas_belly_longer" if tone > SHORT_DASH else "psoas_belly"
    psoas = [Polygon(m(g.muscle_belly(lines[g.PSOAS])), role=belly)]
    psoas += [Polyline(m(line), psoas_w, "psoas", tone, tone < -SHORT_DASH) for line in lines[g.PSOAS]]
    structures.append(Structure(g.PSOAS, "muscle", "psoas", tuple(psoas), names[g.PSOAS]))
    links = model.mechanics.fascia.links
    for link_id, link_lines in g.pull_lines(snapshot).items():
        shapes = tuple(Polyline(m(line), theme.style("fascia").width, "fascia", dashed=True) for line in link_lines)
        structures.append(Structure(link_id, "fascia", "fascia", shapes, links[link_id].name))
    if view.forces:
        for mid, (force, anterior, arrows) in g.force_arrows(snapshot).items():
            role = "force_anterior" if anterior else "force_posterior"
            shapes = tuple(Arrow(m(poly), role=role, start=tuple(m(a)), tip=tuple(m(b))) for poly, a, b in arrows)
            structures.append(Structure(f"force_{mid}", "force", role, shapes,
                                        f"{names[mid]}: {force:.0f} N, line of pull"))
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
    if view.follow is not None:
        labels = follow(requests, view.follow)
    else:
        bounds = view.bounds or (2.0, 2.0, view.width - 2.0, view.height - 2.0)
        # a close-up (--view) leaves some structures out of the frame: their labels would point off the page
        seen = [r for r in requests if bounds[0] <= r.anchor[0] <= bounds[2] and bounds[1] <= r.anchor[1] <= bounds[3]]
        labels = place(seen, bounds, taken, label_obstacles(structures), (*view.keep_clear, (hip[0] - r, hip[1] - r,
                                                                                            hip[0] + r, hip[1] + r)))
    return Scene(view.width, view.height, theme.name, tuple(structures), tuple(labels), m)


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
        drawn = [Polygon(m(o[0]), tuple(m(h[0]) for h in holes)) for o, holes in zip(shapes.outers, shapes.holes)]
        for i in g.drawn_features(bone):
            feature, line = shapes.features[i]
            role = "bone_feature" if feature.visible else "bone_hidden"
            drawn.append(Polyline(m(line[0]), feature_w, role, dashed=not feature.visible))
        if bone == "sacrum":
            drawn.append(Polyline(m(g.s1_endplate(model, pose)), theme.style("endplate").width, "endplate"))
        out.append(Structure(bone, "bone", "vertebra" if bone in g.VERTEBRAE else "bone", tuple(drawn), NAMES[bone]))
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
    return [f"PI {a['pelvic_incidence_deg']:.1f}° = PT {a['spinopelvic_tilt_deg']:.1f}° + "
            f"SS {a['sacral_slope_deg']:.1f}°",
            f"LL {a['lumbar_lordosis_deg']:.1f}° · ASIS–PSIS {a['asis_psis_angle_deg']:.1f}° · "
            f"tilt {snapshot.posture.pelvic_tilt:+.1f}°"]


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


def _requests(snapshot, m: Mapper, outlines, lines, front, back, fs: float, all_labels: bool) -> list[Request]:
    model, ev = snapshot.model, snapshot.evaluation
    sk = model.skeleton
    a = snapshot.angles
    at = lambda xy: tuple(float(v) for v in m(np.asarray(xy, float)))  # noqa: E731
    lw = lambda name: sk.landmark_world(ev.pose, name)[0]  # noqa: E731
    y = float(outlines["L4"].mean(axis=0)[1])
    points = np.concatenate(lines[g.PSOAS])
    near = points[np.abs(points[:, 1] - y) < 25.0]
    x = float(near[:, 0].max()) if len(near) else float(points[:, 0].max())
    n = snapshot.muscle(g.PSOAS)
    size = 17.0 * fs
    out = [Request("Psoas major", g.PSOAS, at((x + 2.0, y)), "right", 21.0 * fs, True, "label_strong", False,
                   30.0 * fs, True, True),
           Request(f"{n['length_mm']:.0f} mm, {n['change_mm']:+.1f} mm ({n['change_percent']:+.1f} %)", g.PSOAS,
                   at((x + 2.0, y - 16.0)), "right", 16.0 * fs, True, "label", False, 30.0 * fs, False, True,
                   "psoas_numbers"),
           Request(f"PT {a['spinopelvic_tilt_deg']:.1f}°", "PT", at((-20.0, 40.0)), "left", size, True, "angle_text",
                   False, 4.0, backed=True, key="PT"),
           Request(f"SS {a['sacral_slope_deg']:.1f}°", "SS", at(front - [44.0, 12.0]), "left", size, True,
                   "angle_text", False, 4.0, backed=True, key="SS")]
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

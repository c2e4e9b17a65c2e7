"""The words around the diagram (no Qt): the caption sentence, the title, the PDF's parameter table, and the
compare overlay's sentences."""

from __future__ import annotations

import html

from psoas_viz.i18n import fill_template, translate

PSOAS = "psoas_major"
DEFAULT_TITLE = "Psoas major length under pelvic tilt"


def _tilt_words(tilt: float) -> str:
    if abs(tilt) < 0.05:
        return translate("Diagram", "Neutral pelvic tilt (0°)")
    template = (translate("Diagram", "{tilt:.1f}° anterior pelvic tilt") if tilt > 0
                else translate("Diagram", "{tilt:.1f}° posterior pelvic tilt"))
    return fill_template(template, {"tilt": abs(tilt)})


def _spine_words(mode: str) -> str:
    return {"upright": translate("Diagram", "upright spine"), "locked": translate("Diagram", "locked spine"),
            "manual": translate("Diagram", "lordosis set by hand")}[mode]


def describe(snapshot) -> str:
    """One sentence: the posture and the psoas change (the caption of every export), in the current language."""
    p = snapshot.posture
    m = snapshot.muscle(PSOAS)
    change = m["change_mm"]
    how = (translate("Diagram", "the same as") if abs(change) < 0.05
           else translate("Diagram", "longer than") if change > 0 else translate("Diagram", "shorter than"))
    return fill_template(translate("Diagram", "{posture}, thigh {thigh:g}°, knee {knee:g}°, {spine} (lumbar lordosis "
                                              "{lordosis:.1f}°): psoas major {length:.1f} mm, {change:+.1f} mm "
                                              "({percent:+.1f} %) — {how} in neutral standing with the same pelvis."),
                         {"posture": _tilt_words(p.pelvic_tilt), "thigh": float(p.thigh_angle),
                          "knee": float(p.knee_flexion), "spine": _spine_words(p.spine_mode),
                          "lordosis": snapshot.angles["lumbar_lordosis_deg"], "length": m["length_mm"],
                          "change": change, "percent": m["change_percent"], "how": how})


def title_of(session) -> str:
    return session.display_title or DEFAULT_TITLE


def parameter_rows(snapshot) -> list[tuple[str, str]]:
    """(name, value) rows of the PDF table: the posture, the angles it gives, muscle settings, the psoas."""
    p = snapshot.posture
    model = snapshot.model
    rows = []
    for name, spec in model.parameters.items():
        if name == "lumbar_lordosis" and p.spine_mode != "manual":
            continue  # only the manual spine uses it; the measured LL follows below
        rows.append((spec.label, f"{getattr(p, name):+.1f}°" if name == "pelvic_tilt" else f"{getattr(p, name):.1f}°"))
    rows.append(("Spine mode", p.spine_mode))
    a = snapshot.angles
    rows += [("Pelvic incidence PI (measured)", f"{a['pelvic_incidence_deg']:.1f}°"),
             ("Spinopelvic tilt PT", f"{a['spinopelvic_tilt_deg']:.1f}°"),
             ("Sacral slope SS", f"{a['sacral_slope_deg']:.1f}°"),
             ("Lumbar lordosis LL", f"{a['lumbar_lordosis_deg']:.1f}°")]
    n = snapshot.muscle(PSOAS)
    rows += [("Psoas major length", f"{n['length_mm']:.1f} mm"),
             ("Psoas change vs neutral standing", f"{n['change_mm']:+.1f} mm ({n['change_percent']:+.1f} %)"),
             ("Psoas hip moment arm", f"{n['hip_moment_arm_mm']:+.1f} mm (+ flexes the hip)")]
    for mid, setting in snapshot.settings.muscles:
        rows.append((f"{model.muscles.muscles[mid].name}: activation / tightness",
                     f"{setting.activation:.2f} / "
                     f"{model.mechanics.tightness_mm(setting.tightness):g} mm shorter resting length"))
    links = model.mechanics.fascia.links
    for link_id, newtons in snapshot.settings.pulls:
        rows.append((f"{links[link_id].name}: pull", f"{newtons:.0f} N"))
    return rows


def compare_caption(sides: dict, lengths: dict, default: bool, heading: str = "") -> str:
    """The compare overlay's sentence (rich text): how much longer the psoas is in the second posture."""
    labels = list(sides)
    first, second = lengths[labels[0]], lengths[labels[1]]
    difference = second - first
    percent = 100.0 * difference / first
    longer = "longer" if difference > 0 else "shorter"
    if default:
        base = next(iter(sides.values()))
        return (f"<b>Compare</b> (spine: {base.spine_mode}, thigh {base.thigh_angle:g}°, knee {base.knee_flexion:g}°): "
                f"in anterior tilt the psoas major is <b>{abs(difference):.1f} mm ({abs(percent):.1f} %) {longer}</b> "
                f"than in posterior tilt.")
    head = f"<b>{html.escape(heading)}</b><br>" if heading else ""
    return (f"{head}<b>{html.escape(labels[1])}</b>: the psoas major is <b>{abs(difference):.1f} mm "
            f"({abs(percent):.1f} %) {longer}</b> than in <b>{html.escape(labels[0])}</b>.")


def compare_legend(labels: list[str], lengths: dict, neutral_lengths: dict, colours: list, marks: list) -> str:
    """One line per compared posture: its line style and colour, the psoas length and its change (rich text)."""
    rows = []
    for i, label in enumerate(labels):
        rgb = tuple(colours[i][:3])
        change = lengths[label] - neutral_lengths[label]
        percent = 100.0 * change / neutral_lengths[label]
        rows.append(f"<span style='color:rgb{rgb};font-weight:bold'>{marks[i].split()[0]}&nbsp;"
                    f"{html.escape(label)}</span>: psoas <b>{lengths[label]:.1f} mm</b> "
                    f"({change:+.1f} mm, {percent:+.1f} % from neutral standing)")
    return "<br>".join(rows)

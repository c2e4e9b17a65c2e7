"""The words around the diagram (no Qt): the caption sentence, the title, the PDF's parameter table, and the
compare overlay's sentences."""

from __future__ import annotations

import html

from psoas_viz import content_i18n, terms
from psoas_viz.i18n import QT_TRANSLATE_NOOP, fill_template, in_sentence, translate

PSOAS = "psoas_major"
DEFAULT_TITLE = QT_TRANSLATE_NOOP("Diagram", "Psoas major length under pelvic tilt")


def tilt_words(tilt: float) -> str:
    """The pelvic tilt in words: "Neutral pelvic tilt (0°)", "12.5° anterior pelvic tilt"."""
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
                         {"posture": tilt_words(p.pelvic_tilt), "thigh": float(p.thigh_angle),
                          "knee": float(p.knee_flexion), "spine": _spine_words(p.spine_mode),
                          "lordosis": snapshot.angles["lumbar_lordosis_deg"], "length": m["length_mm"],
                          "change": change, "percent": m["change_percent"], "how": how})


def title_of(session) -> str:
    return session.display_title or translate("Diagram", DEFAULT_TITLE)


def parameter_rows(snapshot) -> list[tuple[str, str]]:
    """(name, value) rows of the PDF table: the posture, the angles it gives, muscle settings, the psoas; in the
    current language, numbers with its decimal separator."""
    p = snapshot.posture
    model = snapshot.model
    labels = content_i18n.posture_text()
    rows = []
    for name, spec in model.parameters.items():
        if name == "lumbar_lordosis" and p.spine_mode != "manual":
            continue  # only the manual spine uses it; the measured LL follows below
        rows.append((labels.get(name, {}).get("label", spec.label),
                     fill_template("{v:+.1f}°" if name == "pelvic_tilt" else "{v:.1f}°", {"v": float(getattr(p, name))})))
    rows.append((translate("Diagram", "Spine mode"), _spine_words(p.spine_mode)))
    a = snapshot.angles
    degrees = lambda key: fill_template("{v:.1f}°", {"v": float(a[key])})  # noqa: E731
    rows += [(translate("Diagram", "Pelvic incidence PI (measured)"), degrees("pelvic_incidence_deg")),
             (translate("Diagram", "Spinopelvic tilt PT"), degrees("spinopelvic_tilt_deg")),
             (translate("Diagram", "Sacral slope SS"), degrees("sacral_slope_deg")),
             (translate("Diagram", "Lumbar lordosis LL"), degrees("lumbar_lordosis_deg"))]
    n = snapshot.muscle(PSOAS)
    rows += [(translate("Diagram", "Psoas major length"), fill_template("{v:.1f} mm", {"v": float(n["length_mm"])})),
             (translate("Diagram", "Psoas change vs neutral standing"),
              fill_template("{mm:+.1f} mm ({percent:+.1f} %)", {"mm": float(n["change_mm"]),
                                                                 "percent": float(n["change_percent"])})),
             (translate("Diagram", "Psoas hip moment arm"),
              fill_template(translate("Diagram", "{v:+.1f} mm (+ flexes the hip)"), {"v": float(n["hip_moment_arm_mm"])}))]
    names = terms.muscle_names(model)
    for mid, setting in snapshot.settings.muscles:
        rows.append((fill_template(translate("Diagram", "{muscle}: activation / tightness"), {"muscle": names[mid]}),
                     fill_template(translate("Diagram", "{activation:.2f} / {mm:g} mm shorter resting length"),
                                   {"activation": float(setting.activation),
                                    "mm": float(model.mechanics.tightness_mm(setting.tightness))})))
    links = model.mechanics.fascia.links
    for link_id, newtons in snapshot.settings.pulls:
        rows.append((fill_template(translate("Diagram", "{link}: pull"),
                                   {"link": terms.display_name(link_id, links[link_id].name)}),
                     fill_template("{n:.0f} N", {"n": float(newtons)})))
    return rows


def compare_caption(sides: dict, lengths: dict, default: bool, heading: str = "") -> str:
    """The compare overlay's sentence (rich text): how much longer the psoas is in the second posture."""
    labels = list(sides)
    first, second = lengths[labels[0]], lengths[labels[1]]
    difference = second - first
    percent = 100.0 * difference / first
    values = {"mm": abs(difference), "percent": abs(percent)}
    if default:
        base = next(iter(sides.values()))
        values.update(spine=_spine_words(base.spine_mode), thigh=float(base.thigh_angle), knee=float(base.knee_flexion))
        return fill_template(translate("Diagram", "<b>Compare</b> ({spine}, thigh {thigh:g}°, knee {knee:g}°): in "
                                                  "anterior tilt the psoas major is <b>{mm:.1f} mm ({percent:.1f} %) "
                                                  "longer</b> than in posterior tilt.") if difference > 0 else
                             translate("Diagram", "<b>Compare</b> ({spine}, thigh {thigh:g}°, knee {knee:g}°): in "
                                                  "anterior tilt the psoas major is <b>{mm:.1f} mm ({percent:.1f} %) "
                                                  "shorter</b> than in posterior tilt."), values)
    head = f"<b>{html.escape(heading)}</b><br>" if heading else ""
    values.update(second=html.escape(labels[1]), first=html.escape(in_sentence(labels[0])))  # "than in sitting"
    return head + fill_template(translate("Diagram", "<b>{second}</b>: the psoas major is <b>{mm:.1f} mm ({percent:.1f} "
                                                     "%) longer</b> than in <b>{first}</b>.") if difference > 0 else
                                translate("Diagram", "<b>{second}</b>: the psoas major is <b>{mm:.1f} mm ({percent:.1f} "
                                                     "%) shorter</b> than in <b>{first}</b>."), values)


def compare_legend(labels: list[str], lengths: dict, neutral_lengths: dict, colours: list, marks: list) -> str:
    """One line per compared posture: its line style and colour, the psoas length and its change (rich text)."""
    rows = []
    for i, label in enumerate(labels):
        rgb = tuple(colours[i][:3])
        change = lengths[label] - neutral_lengths[label]
        percent = 100.0 * change / neutral_lengths[label]
        rows.append(f"<span style='color:rgb{rgb};font-weight:bold'>{marks[i][0]}&nbsp;"
                    f"{html.escape(label)}</span>: " + fill_template(
                        translate("Diagram", "psoas <b>{length:.1f} mm</b> ({change:+.1f} mm, {percent:+.1f} % from "
                                             "neutral standing)"),
                        {"length": float(lengths[label]), "change": float(change), "percent": float(percent)}))
    return "<br>".join(rows)

"""The anatomy card of a drawn structure (rich text, no Qt): textbook anatomy from ``assets/anatomy.json`` and,
for muscles, the snapshot's current numbers.  The hover card, the card window and the anatomy index show it."""

from __future__ import annotations

import html

from psoas_viz.i18n import fill_template, translate

ANATOMY_ID = {"rib_cage": "ribcage", "vertebrae": "lumbar_vertebrae", "T12": "lumbar_vertebrae",
              **{f"L{i}": "lumbar_vertebrae" for i in range(1, 6)}}  # scene id -> anatomy id (others the same)


def _row(label: str, text: str | None) -> str:
    return f"<b>{label}:</b> {html.escape(text)}<br>" if text else ""


def card_html(snapshot, anatomy: dict, structure_id: str, fascicle: int | None = None) -> str:
    """The card of a muscle id, a scene bone id (``pelvis``, ``L3``, ``rib_cage`` …) or an anatomy id; for a
    muscle of several fascicles, ``fascicle`` (its index from 0) puts that fascicle's numbers first."""
    if structure_id in snapshot.model.muscles.muscles:
        card = _muscle_card(snapshot, anatomy, structure_id)
        muscle = snapshot.model.muscles.muscles[structure_id]
        if fascicle is not None and len(muscle.fascicles) > 1:
            card = fascicle_html(snapshot, structure_id, fascicle) + "<hr>" + card
        return card
    anatomy_id = ANATOMY_ID.get(structure_id, structure_id)
    if anatomy_id not in anatomy:
        return f"<b>{html.escape(structure_id)}</b>: no anatomy entry"
    info = anatomy[anatomy_id]
    level = structure_id if anatomy_id == "lumbar_vertebrae" and structure_id[:1] in "LT" else None
    title = html.escape(info.name) + (f" — <b>{level}</b>" if level else "")
    return (f"<div style='font-size:13pt'><b>{title}</b> <i>(bone)</i></div>"
            f"<div>{html.escape(info.description or '')}<br>"
            + _row("Landmarks", info.landmarks) + _row("Muscles attached", info.attachments)
            + _row("Pelvic tilt", info.pelvic_tilt)
            + f"</div><div style='font-size:9pt;color:#555'>Source: {html.escape(info.source)}</div>")


def fascicle_numbers(snapshot, muscle_id: str, fascicle: int) -> dict[str, float]:
    """One fascicle's length now and in neutral standing (same pelvis), its change in mm and percent."""
    k = snapshot.model.muscles.muscles[muscle_id].fascicle_slice.start + fascicle
    length = float(snapshot.evaluation.fascicle_length[0, k])
    neutral = float(snapshot.neutral.fascicle_length[0, k])
    return {"length_mm": length, "neutral_mm": neutral, "change_mm": length - neutral,
            "change_percent": 100.0 * (length - neutral) / neutral}


def fascicle_html(snapshot, muscle_id: str, fascicle: int) -> str:
    """The hovered fascicle: where it arises (its origin level) and how its length changed from neutral
    standing, beside the whole muscle's change (upper and lower fascicles of the psoas change differently)."""
    muscle = snapshot.model.muscles.muscles[muscle_id]
    n = fascicle_numbers(snapshot, muscle_id, fascicle)
    whole = snapshot.muscle(muscle_id)
    title = fill_template(translate("Card", "{muscle}: fascicle {index} of {count}, from the {origin}"),
                          {"muscle": muscle.name, "index": fascicle + 1, "count": len(muscle.fascicles),
                           "origin": muscle.fascicles[fascicle].name})
    numbers = fill_template(translate("Card", "Length <b>{length:.1f} mm</b> (neutral standing {neutral:.1f} mm)"
                                              "<br>Change <b>{change:+.1f} mm ({percent:+.1f} %)</b>"),
                            {"length": n["length_mm"], "neutral": n["neutral_mm"], "change": n["change_mm"],
                             "percent": n["change_percent"]})
    compared = fill_template(translate("Card", "Whole muscle: {change:+.1f} mm ({percent:+.1f} %)"),
                             {"change": whole["change_mm"], "percent": whole["change_percent"]})
    return (f"<div style='font-size:13pt'><b>{html.escape(title)}</b></div>"
            f"<div style='font-size:12pt'>{numbers}</div><div style='color:#333'>{html.escape(compared)}</div>")


def _muscle_card(snapshot, anatomy: dict, muscle_id: str) -> str:
    muscle = snapshot.model.muscles.muscles[muscle_id]
    info = anatomy[muscle_id]
    numbers = snapshot.muscle(muscle_id)
    sources = sorted({f.source for f in muscle.fascicles})
    model_source = sources[0] + (f" (+{len(sources) - 1} more)" if len(sources) > 1 else "")
    arm = numbers["hip_moment_arm_mm"]
    action = "flexes hip / tilts pelvis anteriorly" if arm > 0 else "extends hip / tilts pelvis posteriorly"
    now = f"Hip moment arm <b>{arm:+.1f} mm</b>: {action}" if "hip" in muscle.crosses else "Does not cross the hip"
    return (f"<div style='font-size:13pt'><b>{html.escape(muscle.name)}</b> <i>({muscle.group})</i></div>"
            f"<div style='font-size:12pt'>Length <b>{numbers['length_mm']:.1f} mm</b><br>Change "
            f"<b>{numbers['change_mm']:+.1f} mm ({numbers['change_percent']:+.1f} %)</b></div>"
            f"<div style='color:#333'>{now}</div><hr>"
            + _row("Origin", info.origin) + _row("Insertion", info.insertion)
            + _row("Actions", info.actions) + _row("Nerve", info.innervation)
            + _row("Pelvic tilt", info.pelvic_tilt)
            + f"<div style='font-size:9pt;color:#555'>Anatomy: {html.escape(info.source)}<br>"
            f"Path: {len(muscle.fascicles)} fascicle(s); source: {html.escape(model_source)}</div>")

"""The anatomy card of a drawn structure (rich text, no Qt): textbook anatomy from ``assets/anatomy.json`` and,
for muscles, the snapshot's current numbers.  The hover card, the card window and the anatomy index show it."""

from __future__ import annotations

import html

ANATOMY_ID = {"rib_cage": "ribcage", "vertebrae": "lumbar_vertebrae", "T12": "lumbar_vertebrae",
              **{f"L{i}": "lumbar_vertebrae" for i in range(1, 6)}}  # scene id -> anatomy id (others the same)


def _row(label: str, text: str | None) -> str:
    return f"<b>{label}:</b> {html.escape(text)}<br>" if text else ""


def card_html(snapshot, anatomy: dict, structure_id: str) -> str:
    """The card of a muscle id, a scene bone id (``pelvis``, ``L3``, ``rib_cage`` …) or an anatomy id."""
    if structure_id in snapshot.model.muscles.muscles:
        return _muscle_card(snapshot, anatomy, structure_id)
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


def fascicle_html(snapshot, muscle_id: str, index: int) -> str:
    """One fascicle of a muscle under the pointer: where it starts and how its own length changed (the upper and
    lower psoas fascicles do not change alike)."""
    muscle = snapshot.model.muscles.muscles[muscle_id]
    column = muscle.fascicle_slice.start + index
    now = float(snapshot.evaluation.fascicle_length[0, column])
    standing = float(snapshot.neutral.fascicle_length[0, column])
    change = now - standing
    return (f"<div style='font-size:12pt;background:#f3f0e6;padding:3px'>Fascicle from the "
            f"<b>{html.escape(muscle.fascicles[index].name)}</b>: {now:.1f} mm, "
            f"<b>{change:+.1f} mm ({100.0 * change / standing:+.1f} %)</b> since standing</div>")


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

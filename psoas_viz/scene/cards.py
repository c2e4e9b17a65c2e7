"""The anatomy card of a drawn structure (rich text, no Qt): textbook anatomy from ``assets/anatomy.json`` (in
German and Spanish from ``assets/i18n/anatomy.<lang>.json``, :mod:`psoas_viz.terms`) and, for muscles, the
snapshot's current numbers, in the current language; with ``latin``, the Terminologia Anatomica name under the
title.  The hover card, the card window and the anatomy index show it."""

from __future__ import annotations

import html

from psoas_viz import content_i18n, i18n, terms
from psoas_viz.i18n import QT_TRANSLATE_NOOP, fill_template, translate

ANATOMY_ID = {"rib_cage": "ribcage", "vertebrae": "lumbar_vertebrae", "T12": "lumbar_vertebrae",
              **{f"L{i}": "lumbar_vertebrae" for i in range(1, 6)}}  # scene id -> anatomy id (others the same)
LEVEL_TERM = {"T12": "t12", **{f"L{i}": f"lumbar{i}" for i in range(1, 6)}}  # a vertebra's own term (its Latin)
GROUPS = {"hip flexors": QT_TRANSLATE_NOOP("Cards", "hip flexors"), "abdominals": QT_TRANSLATE_NOOP("Cards", "abdominals"),
          "back": QT_TRANSLATE_NOOP("Cards", "back"), "hip extensors": QT_TRANSLATE_NOOP("Cards", "hip extensors"),
          "adductors": QT_TRANSLATE_NOOP("Cards", "adductors")}


def group_name(group: str) -> str:
    """A muscle group (``hip flexors`` …) in the current language."""
    return translate("Cards", GROUPS[group]) if group in GROUPS else group


def _card(anatomy: dict, anatomy_id: str):
    """The anatomy entry in the current language."""
    return terms.translated_cards({anatomy_id: anatomy[anatomy_id]})[anatomy_id]


def _heading(title: str, kind: str, term_id: str, latin: bool) -> str:
    """The card's title and kind, with the Terminologia Anatomica name under it (``latin``) unless the title
    already gives it."""
    out = f"<div style='font-size:13pt'><b>{html.escape(title)}</b> <i>({html.escape(kind)})</i></div>"
    ta_name = terms.latin_beside(term_id, title) if latin and term_id in terms.terms() else None
    if ta_name:
        out += f"<div style='font-size:12pt;color:#333'><i>{html.escape(ta_name)}</i></div>"
    return out


def _row(label: str, text: str | None) -> str:
    return f"<b>{label}:</b> {html.escape(text)}<br>" if text else ""


def card_html(snapshot, anatomy: dict, structure_id: str, latin: bool = False) -> str:
    """The card of a muscle id, a scene bone id (``pelvis``, ``L3``, ``rib_cage`` …) or an anatomy id;
    ``latin``: with the Terminologia Anatomica name under the title."""
    if structure_id in snapshot.model.muscles.muscles:
        return _muscle_card(snapshot, anatomy, structure_id, latin)
    anatomy_id = ANATOMY_ID.get(structure_id, structure_id)
    if anatomy_id not in anatomy:
        return f"<b>{html.escape(structure_id)}</b>: " + translate("Cards", "no anatomy entry")
    info = _card(anatomy, anatomy_id)
    level = structure_id if anatomy_id == "lumbar_vertebrae" and structure_id[:1] in "LT" else None
    title = info.name + (f" — {level}" if level else "")
    return (_heading(title, translate("Cards", "bone"), LEVEL_TERM.get(level, anatomy_id), latin)
            + f"<div>{html.escape(info.description or '')}<br>"
            + _row(translate("Cards", "Landmarks"), info.landmarks)
            + _row(translate("Cards", "Muscles attached"), info.attachments)
            + _row(translate("Cards", "Pelvic tilt"), info.pelvic_tilt)
            + "</div><div style='font-size:9pt;color:#555'>" + translate("Cards", "Source:")
            + f" {html.escape(info.source)}</div>")


def fascicle_html(snapshot, muscle_id: str, index: int) -> str:
    """One fascicle of a muscle under the pointer: where it starts and how its own length changed (the upper and
    lower psoas fascicles do not change alike)."""
    muscle = snapshot.model.muscles.muscles[muscle_id]
    column = muscle.fascicle_slice.start + index
    now = float(snapshot.evaluation.fascicle_length[0, column])
    standing = float(snapshot.neutral.fascicle_length[0, column])
    change = now - standing
    origin = content_i18n.fascicle_name(muscle_id, muscle.fascicles[index].name)  # in the language
    return ("<div style='font-size:12pt;background:#f3f0e6;padding:3px'>" + fill_template(translate(
        "Cards", "Fascicle from the <b>{origin}</b>: {now:.1f} mm, <b>{change:+.1f} mm ({percent:+.1f} %)</b> since "
                 "standing"), {"origin": html.escape(origin), "now": now, "change": change,
                               "percent": 100.0 * change / standing}) + "</div>")


def _muscle_card(snapshot, anatomy: dict, muscle_id: str, latin: bool) -> str:
    muscle = snapshot.model.muscles.muscles[muscle_id]
    info = _card(anatomy, muscle_id)
    # in English the model's own name, as the charts show it
    name = muscle.name if i18n.current_language() == i18n.SOURCE_LANGUAGE else info.name
    numbers = snapshot.muscle(muscle_id)
    sources = sorted({content_i18n.fascicle_source(muscle_id, f.source) for f in muscle.fascicles})
    model_source = sources[0] + (fill_template(translate("Cards", " (+{count} more)"), {"count": len(sources) - 1})
                                 if len(sources) > 1 else "")
    arm = numbers["hip_moment_arm_mm"]
    action = (translate("Cards", "flexes hip / tilts pelvis anteriorly") if arm > 0
              else translate("Cards", "extends hip / tilts pelvis posteriorly"))
    now = (fill_template(translate("Cards", "Hip moment arm <b>{arm:+.1f} mm</b>: {action}"), {"arm": arm, "action": action})
           if "hip" in muscle.crosses else translate("Cards", "Does not cross the hip"))
    return (_heading(name, group_name(muscle.group), muscle_id, latin)
            + "<div style='font-size:12pt'>" + fill_template(translate(
                "Cards", "Length <b>{length:.1f} mm</b><br>Change <b>{change:+.1f} mm ({percent:+.1f} %)</b>"),
                {"length": numbers["length_mm"], "change": numbers["change_mm"], "percent": numbers["change_percent"]})
            + f"</div><div style='color:#333'>{now}</div><hr>"
            + _row(translate("Cards", "Origin"), info.origin) + _row(translate("Cards", "Insertion"), info.insertion)
            + _row(translate("Cards", "Actions"), info.actions) + _row(translate("Cards", "Nerve"), info.innervation)
            + _row(translate("Cards", "Pelvic tilt"), info.pelvic_tilt)
            + "<div style='font-size:9pt;color:#555'>" + fill_template(translate(
                "Cards", "Anatomy: {anatomy_source}<br>Path: {count} fascicle(s); source: {model_source}"),
                {"anatomy_source": html.escape(info.source), "count": len(muscle.fascicles),
                 "model_source": html.escape(model_source)}) + "</div>")

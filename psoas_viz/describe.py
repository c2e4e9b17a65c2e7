"""The model in words, for screen readers and for everyone: what the pelvis, the trunk and the muscles do in one
posture, in the chosen language.  Qt-free: the window's "Describe" panel and its accessible live text show it, and
so can the command line.

Every number comes from :meth:`Model.evaluate` (lengths, changes from neutral standing with the same pelvis, the
spinopelvic angles); the sentences are translated through :func:`psoas_viz.i18n.translate` and the names come from
the anatomical vocabulary (:mod:`psoas_viz.terms`).
"""

from __future__ import annotations

from dataclasses import dataclass

from psoas_viz import terms
from psoas_viz.i18n import format_number, translate, using_language
from psoas_viz.model import Evaluation, Posture

FOCUS_MUSCLE = "psoas_major"
ANGLES = ("pelvic_incidence_deg", "spinopelvic_tilt_deg", "sacral_slope_deg", "lumbar_lordosis_deg")
STILL_MM = 0.05  # a change that rounds to 0.0 mm is "unchanged"
STILL_DEG = 0.05  # an angle that rounds to 0.0 degrees is "neutral"
UPRIGHT_DEG = 0.5  # a thorax within half a degree of vertical is "upright"


@dataclass(frozen=True)
class Description:
    sentences: tuple[str, ...]
    headline: int  # how many of the sentences say the posture and the psoas (the rest: neighbours, angles)

    @property
    def text(self) -> str:
        return " ".join(self.sentences)

    @property
    def announcement(self) -> str:
        """What a screen reader should announce when the posture changes: the posture and the psoas only (the
        whole text takes about 50 s to speak; it belongs in the Describe panel, read on request)."""
        return " ".join(self.sentences[:self.headline])

    def __str__(self) -> str:
        return self.text


def _number(value: float, decimals: int = 1) -> str:
    return format_number(value, decimals)


def _angle(value: float) -> str:
    """Degrees as people say them: 8, not 8.0; 7.5 stays 7.5."""
    magnitude = abs(value)
    return _number(magnitude, 0 if round(magnitude, 1) == round(magnitude) else 1)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def describe(posture: Posture, evaluation: Evaluation, language: str | None = None,
             posture_index: int = 0) -> Description:
    """The description of posture ``posture_index`` of ``evaluation`` (``evaluation = model.evaluate(posture)``)
    in ``language`` (default: the current one)."""
    with using_language(language):
        i = posture_index
        headline = (_posture_sentence(posture, evaluation, i), *_limb_sentences(posture),
                    _focus_sentence(evaluation, i))
        return Description((*headline, *_neighbour_sentences(evaluation, i), _angle_sentence(evaluation, i)),
                           headline=len(headline))


def _signed(value: float, still: float, neutral: str, positive: str, negative: str) -> str:
    """The phrase for an angle: ``neutral`` within ``still`` of zero, else ``positive`` or ``negative`` with its
    magnitude as ``{angle}``."""
    if abs(value) < still:
        return neutral
    return (positive if value > 0 else negative).format(angle=_angle(value))


def _posture_sentence(posture: Posture, evaluation: Evaluation, i: int) -> str:
    pelvis = _signed(posture.pelvic_tilt, STILL_DEG, translate("Describe", "Pelvis in neutral tilt"),
                     translate("Describe", "Pelvis tilted {angle} degrees anteriorly"),
                     translate("Describe", "Pelvis tilted {angle} degrees posteriorly"))
    trunk = _signed(float(evaluation.angles["thorax_inclination_deg"][i]), UPRIGHT_DEG,
                    translate("Describe", "trunk upright"),
                    translate("Describe", "trunk leaning {angle} degrees forward"),
                    translate("Describe", "trunk leaning {angle} degrees backward"))
    return translate("Describe", "{pelvis}, {trunk}.").format(pelvis=pelvis, trunk=trunk)


def _limb_sentences(posture: Posture) -> list[str]:
    """Hip and knee, when the leg is not straight under the pelvis (hip flexion = thigh angle + pelvic tilt)."""
    out = []
    if abs(posture.thigh_angle) >= STILL_DEG:
        out.append(_signed(posture.thigh_angle + posture.pelvic_tilt, STILL_DEG, translate("Describe", "Hip straight."),
                           translate("Describe", "Hip flexed {angle} degrees."),
                           translate("Describe", "Hip extended {angle} degrees.")))
    if posture.knee_flexion >= STILL_DEG:
        out.append(translate("Describe", "Knee flexed {angle} degrees.").format(angle=_angle(posture.knee_flexion)))
    return out


def _focus_sentence(evaluation: Evaluation, i: int) -> str:
    j = evaluation.column(FOCUS_MUSCLE)
    length = _number(float(evaluation.length[i, j]))
    change = float(evaluation.length_change[i, j])
    muscle = _capital(terms.short_name(FOCUS_MUSCLE))
    if abs(change) < STILL_MM:
        text = translate("Describe", "{muscle} {length} millimetres, as long as in standing.")
    elif change < 0:
        text = translate("Describe", "{muscle} {length} millimetres, {change} millimetres shorter than in standing.")
    else:
        text = translate("Describe", "{muscle} {length} millimetres, {change} millimetres longer than in standing.")
    return text.format(muscle=muscle, length=length, change=_number(abs(change)))


def _neighbour_sentences(evaluation: Evaluation, i: int) -> list[str]:
    """The other muscles grouped into longer, shorter and unchanged, the largest change first (listed with
    semicolons: a comma would run into the decimal comma of German and Spanish)."""
    changes = [(mid, float(evaluation.length_change[i, j])) for j, mid in enumerate(evaluation.muscle_ids)
               if mid != FOCUS_MUSCLE]
    changes.sort(key=lambda item: -abs(item[1]))
    longer = [f"{terms.short_name(m)} {_number(c)}" for m, c in changes if c >= STILL_MM]
    shorter = [f"{terms.short_name(m)} {_number(-c)}" for m, c in changes if c <= -STILL_MM]
    still = [terms.short_name(m) for m, c in changes if abs(c) < STILL_MM]
    out = []
    if longer:
        out.append(translate("Describe", "Longer than in standing, in millimetres: {muscles}.").format(
            muscles="; ".join(longer)))
    if shorter:
        out.append(translate("Describe", "Shorter than in standing, in millimetres: {muscles}.").format(
            muscles="; ".join(shorter)))
    if still:
        out.append(translate("Describe", "Unchanged: {muscles}.").format(muscles="; ".join(still)))
    return out


def _angle_sentence(evaluation: Evaluation, i: int) -> str:
    items = [translate("Describe", "{name} {value} degrees").format(
        name=terms.short_name(key), value=_number(float(evaluation.angles[key][i]))) for key in ANGLES]
    return _capital(", ".join(items)) + "."

"""Popular claims about the psoas, put to the model.

Each claim in ``assets/claims.json`` names a test (its ``kind``) and the postures or settings it needs; the
verdict and the numbers behind it are computed here from the model every time, never stored. Verdicts:
"supported", "contradicted", "depends" (with what it depends on) and "not_testable" (with why: the claim is
about something the model does not compute, such as adaptation over time or a force no one has measured;
its numbers still show what the model can say).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from psoas_viz import i18n, terms
from psoas_viz.i18n import QT_TRANSLATE_NOOP, fill_template, translate
from psoas_viz.data_files import data_file, not_a_data_file
from psoas_viz.resources import asset

from .mechanics import Activation, settle
from .scenario import load_preset

CLAIMS_FILE = asset("claims.json")
MODES = ("upright", "locked")
VERDICTS = ("supported", "contradicted", "depends", "not_testable")
# The sentences below are English templates marked for the Qt Linguist catalogues (context "Claims") and filled
# with i18n.fill_template, so numbers take the decimal comma in German and Spanish; muscles and links are named by
# psoas_viz.terms, presets by the titles a translated claim carries (content_i18n.translated_claims).
MODE_WORDS = {"upright": QT_TRANSLATE_NOOP("Claims", "standing upright"),
              "locked": QT_TRANSLATE_NOOP("Claims", "with a rigid trunk")}
TILT_LABELS = {"upright": QT_TRANSLATE_NOOP("Claims", "{tilt:+g}° tilt, upright spine"),
               "locked": QT_TRANSLATE_NOOP("Claims", "{tilt:+g}° tilt, locked spine")}
RELAXED_LABELS = {"upright": QT_TRANSLATE_NOOP("Claims", "upright spine, relaxed"),
                  "locked": QT_TRANSLATE_NOOP("Claims", "locked spine, relaxed")}
TIGHT_LABELS = {"upright": QT_TRANSLATE_NOOP("Claims", "upright spine, tight {muscle}"),
                "locked": QT_TRANSLATE_NOOP("Claims", "locked spine, tight {muscle}")}
UNSTABLE_WORDS = {"upright": QT_TRANSLATE_NOOP(
                      "Claims", "with a upright (rigid) trunk there is no stable balance and the unstable one moves "
                      "{shift:+.1f}°"),
                  "locked": QT_TRANSLATE_NOOP(
                      "Claims", "with a locked (rigid) trunk there is no stable balance and the unstable one moves "
                      "{shift:+.1f}°")}
NO_BALANCE_WORDS = {"upright": QT_TRANSLATE_NOOP("Claims", "with the upright spine no balance is found"),
                    "locked": QT_TRANSLATE_NOOP("Claims", "with the locked spine no balance is found")}
FALL_WORDS = {"anterior": QT_TRANSLATE_NOOP("Claims", "anteriorly"),
              "posterior": QT_TRANSLATE_NOOP("Claims", "posteriorly")}
VERDICT_WORDS = {"supported": QT_TRANSLATE_NOOP("Claims", "SUPPORTED"),
                 "contradicted": QT_TRANSLATE_NOOP("Claims", "CONTRADICTED")}


def _say(template: str, **values) -> str:
    """A translated template filled in the current language."""
    return fill_template(template, values)


@dataclass
class ClaimResult:
    id: str
    text: str
    verdict: str  # one of VERDICTS
    depends_on: str | None  # for "depends": on what; for "not_testable": why
    numbers: dict[str, object]
    summary: str  # one sentence with the deciding numbers
    explanation: str
    caveat: str
    structures: list[str]
    postures: dict[str, object] = field(default_factory=dict)  # label -> Posture the claim compares

    def to_json(self) -> dict:
        return {"id": self.id, "text": self.text, "verdict": self.verdict, "depends_on": self.depends_on,
                "summary": self.summary, "numbers": self.numbers, "explanation": self.explanation,
                "caveat": self.caveat, "structures": self.structures}


def load_claims(path: Path | str = CLAIMS_FILE) -> list[dict]:
    with data_file(path):
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    if doc.get("format") != "psoas-viz/claims" or doc.get("version") != 1:
        raise not_a_data_file(path, "psoas-viz/claims v1")
    return doc["claims"]


def _verdict(agreements: dict[str, bool], what: str) -> tuple[str, str | None]:
    values = set(agreements.values())
    if values == {True}:
        return "supported", None
    if values == {False}:
        return "contradicted", None
    return "depends", what


def _not_testable(why: str) -> tuple[str, str]:
    return "not_testable", why


def _with(tone: Activation, activation=None, tightness=None, pulls=None) -> Activation:
    """The background tone with some settings replaced."""
    return Activation({**tone.activation, **(activation or {})}, {**tone.tightness, **(tightness or {})},
                      {**tone.pulls, **(pulls or {})})


def _preset(model, name, base, claim):
    """A preset scenario applied to the pelvis shape of ``base``, titled as the claim's language titles it."""
    scenario = load_preset(name, model)
    scenario.title = claim.get("preset_titles", {}).get(name, scenario.title)
    scenario.posture = scenario.posture.with_values(pelvic_incidence=base.pelvic_incidence)
    return scenario


def _muscle(muscle_id: str, english: str | None = None) -> str:
    """A muscle (or fascial link) as a sentence names it; ``english`` defaults to its id in words."""
    return terms.running_name(muscle_id, english or muscle_id.replace("_", " "))


def _length(model, posture, muscle):
    ev = model.evaluate_many(posture.pelvic_tilt, posture.thigh_angle, posture.knee_flexion,
                             posture.lumbar_lordosis, posture.pelvic_incidence, posture.spine_mode, joints=())
    j = ev.column(muscle)
    return float(ev.length[0, j]), float(ev.length_change[0, j]), float(ev.length_change_percent[0, j])


def tilt_length(model, claim, base, tone):
    muscle, tilt = claim["muscle"], float(claim["tilt"])
    numbers, agree, postures = {}, {}, {}
    for mode in MODES:
        posture = base.with_values(spine_mode=mode, pelvic_tilt=tilt)
        length, change, percent = _length(model, posture, muscle)
        numbers[f"{mode}_change_mm"] = round(change, 2)
        numbers[f"{mode}_change_percent"] = round(percent, 2)
        agree[mode] = (change > 0) == claim["claims_longer"]
        postures[_say(translate("Claims", TILT_LABELS[mode]), tilt=tilt)] = posture
    verdict, depends = _verdict(agree, translate("Claims", "what the lumbar spine does (spine mode)"))
    summary = _say(translate("Claims", "At {tilt:+g}° of tilt the {muscle} changes by {upright_mm:+.1f} mm standing "
                                       "upright and {locked_mm:+.1f} mm with a rigid trunk."),
                   tilt=tilt, muscle=_muscle(muscle), upright_mm=numbers['upright_change_mm'],
                   locked_mm=numbers['locked_change_mm'])
    postures[translate("Claims", "neutral")] = base
    return verdict, depends, numbers, summary, postures


def tightness_tilt(model, claim, base, tone):
    muscle, millimetres = claim["muscle"], float(claim["tightness_mm"])
    tightness = millimetres / model.mechanics.tightness_range_mm
    wanted = claim["claims_direction"]
    numbers, agree, postures = {}, {}, {}
    parts = []
    for mode in MODES:
        posture = base.with_values(spine_mode=mode)
        relaxed = settle(model, model.mechanics, posture, tone)
        tight = settle(model, model.mechanics, posture, _with(tone, tightness={
            muscle: max(tightness, tone.tightness.get(muscle, 0.0))}))
        if relaxed.balanced and tight.balanced:
            shift = tight.pelvic_tilt - relaxed.pelvic_tilt
            numbers[f"{mode}_settled_tilt_relaxed_deg"] = round(relaxed.pelvic_tilt, 2)
            numbers[f"{mode}_settled_tilt_tight_deg"] = round(tight.pelvic_tilt, 2)
            parts.append(_say(translate("Claims", "{mode_words} the settled tilt moves {shift:+.1f}° "
                                                  "({relaxed:+.1f}° → {tight:+.1f}°)"),
                              mode_words=translate("Claims", MODE_WORDS[mode]), shift=shift,
                              relaxed=relaxed.pelvic_tilt, tight=tight.pelvic_tilt))
            postures[translate("Claims", RELAXED_LABELS[mode])] = relaxed_posture = posture.with_values(
                pelvic_tilt=relaxed.pelvic_tilt)
            postures[_say(translate("Claims", TIGHT_LABELS[mode]), muscle=_muscle(muscle))] = (
                relaxed_posture.with_values(pelvic_tilt=tight.pelvic_tilt))
        elif relaxed.unstable_tilts and tight.unstable_tilts:
            shift = tight.unstable_tilts[0] - relaxed.unstable_tilts[0]
            numbers[f"{mode}_unstable_balance_relaxed_deg"] = round(relaxed.unstable_tilts[0], 2)
            numbers[f"{mode}_unstable_balance_tight_deg"] = round(tight.unstable_tilts[0], 2)
            parts.append(_say(translate("Claims", UNSTABLE_WORDS[mode]), shift=shift))
        else:
            shift = 0.0
            parts.append(translate("Claims", NO_BALANCE_WORDS[mode]))
        numbers[f"{mode}_shift_deg"] = round(shift, 2)
        agree[mode] = (shift > 0) == (wanted == "anterior") and shift != 0.0
    numbers["tightness_mm"] = millimetres
    # The passive force of tightness scales with the muscle's maximum force: the same test standing upright
    # with each other published force for it.
    others = []
    for name, source in model.mechanics.other_force_sources.items():
        if muscle not in source:
            continue
        mech = model.mechanics.with_max_force(muscle, source[muscle])
        posture = base.with_values(spine_mode="upright")
        relaxed = settle(model, mech, posture, tone)
        tight = settle(model, mech, posture, _with(tone, tightness={muscle: max(tightness, tone.tightness.get(muscle, 0.0))}))
        if relaxed.balanced and tight.balanced:
            shift = tight.pelvic_tilt - relaxed.pelvic_tilt
            numbers[f"upright_shift_with_{name}_deg"] = round(shift, 2)
            others.append(_say(translate("Claims", "{shift:+.1f}° with {name}'s {force:g} N"), shift=shift, name=name,
                               force=source[muscle]))
            agree[f"upright, {name}"] = (shift > 0) == (wanted == "anterior") and shift != 0.0
    verdict, depends = _verdict(agree, translate("Claims", "what the lumbar spine does or the force source"))
    back, forward = model.mechanics.standing_ranges["voluntary_tilt_deg"]
    sources = _say(translate("Claims", "; standing upright {others}"), others=", ".join(others)) if others else ""
    return (verdict, depends, numbers,
            _say(translate("Claims", "Shortening its resting length by {millimetres:g} mm: {parts}{sources} (for "
                                     "scale: maximal voluntary tilts from standing are {forward:+g}° and {back:+g}°, "
                                     "Levine & Whittle 1996)."),
                 millimetres=millimetres, parts="; ".join(parts), sources=sources, forward=forward, back=back),
            postures)


def posture_length(model, claim, base, tone):
    muscle = claim["muscle"]
    scenario = _preset(model, claim["preset"], base, claim)
    length, change, percent = _length(model, scenario.posture, muscle)
    numbers = {"length_mm": round(length, 1), "change_mm": round(change, 1), "change_percent": round(percent, 1)}
    summary = _say(translate("Claims", "As a posture: in {posture} the {muscle} is {size_mm:.1f} mm ({size_percent:.1f} %) "
                                       "{direction} than in neutral standing."),
                   posture=i18n.in_sentence(scenario.title), muscle=_muscle(muscle), size_mm=abs(change),
                   size_percent=abs(percent),
                   direction=translate("Claims", "longer") if change > 0 else translate("Claims", "shorter"))
    if claim.get("about_adaptation"):
        verdict, depends = _not_testable(translate("Claims", "the claim is about the muscle adapting to hours of "
                                                             "sitting; the model computes lengths in a posture, not "
                                                             "adaptation"))
    else:
        verdict, depends = ("supported" if (change > 0) == claim["claims_longer"] else "contradicted"), None
    return verdict, depends, numbers, summary, {scenario.title: scenario.posture, translate("Claims", "neutral"): base}


def most_changed(model, claim, base, tone):
    """Whether ``muscle`` is the most lengthened (or, with ``"shortened": true``, the most shortened) of
    ``among`` in a preset posture, as % of each muscle's neutral standing length."""
    scenario = _preset(model, claim["preset"], base, claim)
    p = scenario.posture
    ev = model.evaluate_many(p.pelvic_tilt, p.thigh_angle, p.knee_flexion, p.lumbar_lordosis, p.pelvic_incidence,
                             p.spine_mode, joints=())
    percent = {m: float(ev.length_change_percent[0, ev.column(m)]) for m in claim["among"]}
    shortened = bool(claim.get("shortened", False))
    ranking = sorted(percent, key=percent.get, reverse=not shortened)
    numbers = {f"{m}_change_percent": round(v, 1) for m, v in percent.items()}
    verdict = "supported" if ranking[0] == claim["muscle"] else "contradicted"
    names = {m: _muscle(m, model.muscles.muscles[m].name) for m in percent}
    word = translate("Claims", "shortened") if shortened else translate("Claims", "lengthened")
    summary = _say(translate("Claims", "As a posture: in {posture} the most {word} is the {winner} ({winner_percent:+.1f} "
                                       "%); the {muscle} changes {muscle_percent:+.1f} %."),
                   posture=i18n.in_sentence(scenario.title), word=word, winner=names[ranking[0]],
                   winner_percent=percent[ranking[0]], muscle=names[claim['muscle']],
                   muscle_percent=percent[claim['muscle']])
    return verdict, None, numbers, summary, {scenario.title: p, translate("Claims", "neutral"): base}


def fascia_tension(model, claim, base, tone):
    posture = base
    mech = model.mechanics
    ev = model.evaluate_many(posture.pelvic_tilt, posture.thigh_angle, posture.knee_flexion, posture.lumbar_lordosis,
                             posture.pelvic_incidence, posture.spine_mode, joints=mech.joints_for(posture.spine_mode))
    result = mech.fascia.solve(ev, _with(tone, pulls={claim["link"]: float(claim["pull_n"])}), posture.spine_mode)
    numbers = {"pull_n": claim["pull_n"], "path_without_mm": round(result.length_without, 1),
               "path_with_mm": round(result.length_with, 1), "tension_without_n": round(result.tension_without, 1),
               "tension_with_n": round(result.tension_with, 1)}
    if result.tension_with > result.tension_without:
        verdict, depends = _not_testable(translate("Claims", "mechanism possible (the pull tautens the psoas in an "
                                                             "unchanged posture); its size is not known from data: no "
                                                             "one has measured these pulls"))
    else:
        verdict, depends = "contradicted", None
    link = mech.fascia.links[claim["link"]]
    summary = _say(translate("Claims", "A {pull:g} N pull of the {link} raises the relaxed psoas's tension at the hip "
                                       "{tension_without:.0f} → {tension_with:.0f} N and changes its path "
                                       "{length_without:.1f} → {length_with:.1f} mm in an unchanged posture."),
                   pull=claim['pull_n'], link=_muscle(claim["link"], link.name),
                   tension_without=result.tension_without,
                   tension_with=result.tension_with, length_without=result.length_without,
                   length_with=result.length_with)
    return verdict, depends, numbers, summary, {translate("Claims", "neutral standing"): posture}


def flexor_share(model, claim, base, tone):
    mech = model.mechanics
    numbers, agree, postures = {}, {}, {}
    parts = []
    muscles = (*claim["group"], *claim["others"])
    others = {name: source for name, source in mech.other_force_sources.items()
              if all(m in source for m in muscles)}
    for preset in claim["presets"]:
        scenario = _preset(model, preset, base, claim)
        p = scenario.posture
        ev = model.evaluate_many(p.pelvic_tilt, p.thigh_angle, p.knee_flexion, p.lumbar_lordosis,
                                 p.pelvic_incidence, p.spine_mode, joints=("hip",))
        capacity = {}
        for m in muscles:
            sl = model.muscles.muscles[m].fascicle_slice
            ks = np.arange(sl.start, sl.stop)
            fibre, cos_pennation = mech.fibre_state(ks, ev.fascicle_length[0, ks])
            force = mech.max_force[ks] * mech.curves.active(fibre) * cos_pennation
            capacity[m] = float(np.sum(force * np.maximum(ev.fascicle_moment_arm["hip"][0, ks], 0.0))) / 1000.0
        share = sum(capacity[m] for m in claim["group"]) / sum(capacity.values())
        numbers[f"{preset}_iliopsoas_share_percent"] = round(100 * share, 1)
        numbers.update({f"{preset}_{m}_capacity_nm": round(v, 1) for m, v in capacity.items()})
        shares = [share]
        for name, source in others.items():  # the same capacities with another model's maximum forces
            scaled = {m: c * source[m] / mech.properties(m)["max_isometric_force_n"] for m, c in capacity.items()}
            other = sum(scaled[m] for m in claim["group"]) / sum(scaled.values())
            numbers[f"{preset}_iliopsoas_share_with_{name}_percent"] = round(100 * other, 1)
            shares.append(other)
        agree[preset] = all(s > 0.5 for s in shares) if len({s > 0.5 for s in shares}) == 1 else None
        spread = (_say(translate("Claims", " ({low:.0f}–{high:.0f} % across force sources)"), low=100 * min(shares),
                       high=100 * max(shares)) if len(shares) > 1 else "")
        parts.append(_say(translate("Claims", "{posture}: {share:.0f} %{spread}"), posture=i18n.in_sentence(scenario.title),
                          share=100 * share, spread=spread))
        postures[scenario.title] = p
    if None in agree.values():
        verdict, depends = "depends", translate("Claims", "which published muscle forces are used")
    else:
        verdict, depends = _verdict(agree, translate("Claims", "the posture"))
    return (verdict, depends, numbers,
            _say(translate("Claims", "Iliopsoas share of the hip flexors' moment capacity (what they could do, not "
                                     "what they do) — {parts}."), parts="; ".join(parts)), postures)


def release_stability(model, claim, base, tone):
    mech = model.mechanics
    posture = base.with_values(spine_mode="upright")
    holding = _with(tone, activation={claim["muscle"]: float(claim["activation"]), **claim.get("with", {})})
    released = _with(tone, activation={claim["muscle"]: 0.0, **claim.get("with", {})})

    def stiffness(settings, tilt):
        return mech.stiffness(posture, settings, tilt)[0]  # N m per degree resisting a nudge

    before = settle(model, mech, posture, holding)
    after = settle(model, mech, posture, released)
    numbers = {"held_balanced": before.balanced, "released_balanced": after.balanced}
    postures = {}
    if before.balanced:
        numbers["held_tilt_deg"] = round(before.pelvic_tilt, 2)
        numbers["held_stiffness_nm_per_deg"] = round(stiffness(holding, before.pelvic_tilt), 2)
        postures[translate("Claims", "held by the psoas")] = posture.with_values(pelvic_tilt=before.pelvic_tilt)
    if after.balanced:
        numbers["released_tilt_deg"] = round(after.pelvic_tilt, 2)
        numbers["released_stiffness_nm_per_deg"] = round(stiffness(released, after.pelvic_tilt), 2)
        postures[translate("Claims", "psoas released")] = posture.with_values(pelvic_tilt=after.pelvic_tilt)
    if not before.balanced:
        return ("depends", translate("Claims", "a pelvis the psoas actually holds"), numbers,
                translate("Claims", "With these settings the psoas does not hold the pelvis in balance."), postures)
    if not after.balanced:
        return ("supported", None, numbers,
                _say(translate("Claims", "Held at {held:+.1f}°; released, no stable balance remains and the pelvis "
                                         "falls {direction}."),
                     held=before.pelvic_tilt, direction=translate("Claims", FALL_WORDS[after.falls])), postures)
    numbers["held_on_range_limit"] = before.on_range_limit
    numbers["released_on_range_limit"] = after.on_range_limit
    verdict, why = _not_testable(translate("Claims", "stability against a nudge comes from the short-range stiffness "
                                                     "of active muscle and from reflexes, which the model does not "
                                                     "compute per muscle; it shows only where the pelvis settles and "
                                                     "the static stiffness there"))
    return (verdict, why, numbers,
            _say(translate("Claims", "Held at {held:+.1f}° with a static stiffness of {held_stiffness:.2f} N m/°; "
                                     "released it settles at {released:+.1f}° with {released_stiffness:.2f} N m/°."),
                 held=before.pelvic_tilt, held_stiffness=numbers['held_stiffness_nm_per_deg'],
                 released=after.pelvic_tilt, released_stiffness=numbers['released_stiffness_nm_per_deg']),
            postures)


KINDS = {"tilt_length": tilt_length, "tightness_tilt": tightness_tilt, "posture_length": posture_length,
         "most_changed": most_changed, "fascia_tension": fascia_tension, "flexor_share": flexor_share,
         "release_stability": release_stability}


def evaluate_claim(model, claim: dict, base=None, tone: Activation | None = None) -> ClaimResult:
    """Test a claim on the person considered: ``base`` gives the pelvis shape (its pelvic incidence; neutral
    standing otherwise) and ``tone`` the background muscle settings and fascial pulls (relaxed when None),
    on top of which each claim sets what it is about."""
    base = model.default_posture() if base is None else model.default_posture().with_values(
        pelvic_incidence=base.pelvic_incidence)
    tone = tone or Activation()
    verdict, depends, numbers, summary, postures = KINDS[claim["kind"]](model, claim, base, tone)
    return ClaimResult(claim["id"], claim["text"], verdict, depends, numbers, summary, claim["explanation"],
                       claim["caveat"], list(claim["structures"]), postures)


def verdict_words(result: ClaimResult) -> str:
    """A verdict in words, as the text output, the lesson notes and the README print it."""
    if result.verdict == "not_testable":
        return _say(translate("Claims", "NOT TESTABLE HERE ({why})"), why=result.depends_on)
    if result.verdict == "depends":
        return _say(translate("Claims", "DEPENDS on {what}"), what=result.depends_on)
    return translate("Claims", VERDICT_WORDS[result.verdict])


def evaluate_claims(model, claims: list[dict] | None = None, base=None, tone: Activation | None = None
                    ) -> list[ClaimResult]:
    return [evaluate_claim(model, c, base, tone) for c in (claims if claims is not None else load_claims())]

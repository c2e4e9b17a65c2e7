"""The model in words (the screen-reader description), in English, German and Spanish, without Qt."""

import re

import pytest

from psoas_viz import terms
from psoas_viz.describe import describe
from psoas_viz.model import load_model


@pytest.fixture(scope="module")
def model():
    return load_model()


def _describe(model, language="en", **values):
    posture = model.default_posture().with_values(**values)
    evaluation = model.evaluate(posture)
    return describe(posture, evaluation, language), evaluation


def test_neutral_standing(model):
    description, _ = _describe(model)
    assert description.sentences[0] == "Pelvis in neutral tilt, trunk upright."
    assert re.fullmatch(r"Psoas major \d+\.\d millimetres, as long as in standing\.", description.sentences[1])
    unchanged = description.sentences[2]
    assert unchanged.startswith("Unchanged: ") and unchanged.count(";") == len(model.muscles.ids) - 2
    assert description.sentences[3] == ("Pelvic incidence 50.5 degrees, spinopelvic tilt 10.8 degrees, "
                                        "sacral slope 39.7 degrees, lumbar lordosis 50.5 degrees.")


def test_anterior_tilt_reports_the_models_numbers(model):
    description, evaluation = _describe(model, pelvic_tilt=8)
    psoas = evaluation.muscle("psoas_major")
    assert psoas["change_mm"] < 0  # upright: the lordosis follows and the psoas shortens
    assert description.sentences[:2] == (
        "Pelvis tilted 8 degrees anteriorly, trunk upright.",
        f"Psoas major {psoas['length_mm']:.1f} millimetres, {-psoas['change_mm']:.1f} millimetres shorter than in standing.")
    text = description.text
    for mid in model.muscles.ids[1:]:
        change = evaluation.muscle(mid)["change_mm"]
        item = f"{terms.short_name(mid, 'en')} {abs(change):.1f}"
        assert item in text, item
        part = "Longer than in standing" if change > 0 else "Shorter than in standing"
        assert text.index(part) < text.index(item) < text.index(part) + len(part) + 400
    sacral_slope = evaluation.angles["sacral_slope_deg"][0]
    assert f"sacral slope {sacral_slope:.1f} degrees" in text


def test_locked_spine_leans_the_trunk_and_a_bent_leg_is_described(model):
    description, _ = _describe(model, pelvic_tilt=-7.5, spine_mode="locked", thigh_angle=40, knee_flexion=60)
    assert description.sentences[:3] == ("Pelvis tilted 7.5 degrees posteriorly, trunk leaning 7.5 degrees backward.",
                                         "Hip flexed 32.5 degrees.", "Knee flexed 60 degrees.")
    assert description.announcement == " ".join(description.sentences[:4])
    assert description.announcement.endswith("shorter than in standing.")
    forward, _ = _describe(model, pelvic_tilt=12, spine_mode="locked")
    assert forward.announcement == " ".join(forward.sentences[:2])
    assert forward.sentences[0] == "Pelvis tilted 12 degrees anteriorly, trunk leaning 12 degrees forward."


def test_german_and_spanish(model):
    german, evaluation = _describe(model, "de", pelvic_tilt=8)
    length = f"{evaluation.muscle('psoas_major')['length_mm']:.1f}".replace(".", ",")
    assert german.sentences[0] == "Becken um 8 Grad nach anterior gekippt, Rumpf aufrecht."
    assert german.sentences[1].startswith(f"Psoas major {length} Millimeter, ")
    assert german.sentences[1].endswith(" kürzer als im Stand.")
    assert german.sentences[-1].startswith("Beckeninzidenz 50,5 Grad, spinopelvine Beckenkippung ")
    spanish, _ = _describe(model, "es", pelvic_tilt=-10, thigh_angle=20)
    assert spanish.sentences[:2] == ("Pelvis en retroversión de 10 grados, tronco erguido.",
                                     "Cadera en 10 grados de flexión.")
    assert "milímetros" in spanish.text and "Incidencia pélvica 50,5 grados" in spanish.text


@pytest.mark.parametrize("language", ["de", "es"])
def test_no_english_is_left_in_a_translated_description(model, language):
    for values in ({}, {"pelvic_tilt": 8}, {"pelvic_tilt": -12, "spine_mode": "locked", "thigh_angle": -20,
                                             "knee_flexion": 30}):
        english, _ = _describe(model, "en", **values)
        other, _ = _describe(model, language, **values)
        assert len(other.sentences) == len(english.sentences)
        for ours, theirs in zip(other.sentences, english.sentences):
            assert ours != theirs
        assert not re.search(r"\d\.\d", other.text)  # decimal comma throughout
        for word in ("millimetres", "degrees", "standing", "Pelvis tilted", "trunk", "Unchanged"):
            assert word not in other.text


@pytest.mark.parametrize("language, units", [("en", ("millimetres", "degrees")), ("de", ("Millimeter", "Grad")),
                                             ("es", ("milímetros", "grados"))])
def test_every_number_of_the_announcement_is_spoken_with_its_unit(model, language, units):
    """A screen reader reads "12.0 shorter" as a bare number: each length and angle says what it counts."""
    for values in ({"pelvic_tilt": 8}, {"pelvic_tilt": -7.5, "spine_mode": "locked", "thigh_angle": 40,
                                        "knee_flexion": 60}):
        description, _ = _describe(model, language, **values)
        numbers = re.findall(r"\d+(?:[.,]\d+)? ?(\w*)", description.announcement)
        assert len(numbers) >= 3
        assert all(unit in units for unit in numbers), (description.announcement, numbers)
        angles = description.sentences[-1]  # the spinopelvic angles: every value in degrees
        assert angles.count(units[1]) == len(re.findall(r"\d+[.,]\d", angles)) == 4

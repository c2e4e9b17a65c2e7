"""One rule for negative numbers: people read the minus sign U+2212 (the Describe text, claim verdicts, predict
reveals, anatomy cards, the diagram's words, the command line's sentences) in every language, written in one
place (psoas_viz.i18n); data (JSON, the README's tables) and numbers echoed as typed on the command line keep the
ASCII hyphen-minus."""

from __future__ import annotations

import re

import pytest

from psoas_viz import i18n
from psoas_viz.anatomy import load_anatomy
from psoas_viz.content_i18n import translated_claims, translated_questions
from psoas_viz.describe import describe
from psoas_viz.i18n import MINUS, as_typed, fill_template, for_machines, format_number, using_language
from psoas_viz.model import load_model
from psoas_viz.model.claims import evaluate_claims, load_claims
from psoas_viz.predict import format_number as predict_number, load_questions, reveal_all
from psoas_viz.scene import captions
from psoas_viz.scene.cards import card_html
from psoas_viz.session import Session

LANGUAGES = ("en", "de", "es")
HYPHEN_NUMBER = re.compile(r"(?<![\w.,])-\d")  # "-3,5" (not "L5-S1", "2-D", "1-3")
MINUS_NUMBER = re.compile(MINUS + r"\d")


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.mark.parametrize("language", LANGUAGES)
def test_templates_and_numbers_write_the_minus_sign_in_every_language(language):
    with using_language(language):
        point = i18n.decimal_point()
        assert fill_template("{v:+.1f} mm", {"v": -3.46}) == f"{MINUS}3{point}5 mm"
        assert fill_template("{v:g}°, {n} steps", {"v": -7.5, "n": -2}) == f"{MINUS}7{point}5°, {MINUS}2 steps"
        assert fill_template("{v:+.1f} mm", {"v": -0.04}) == f"+0{point}0 mm"  # never "−0,0"
        assert format_number(-2.66) == f"{MINUS}2{point}7"
        assert fill_template("{v:+.1f}", {"v": 2.5}) == f"+2{point}5"  # plus signs stay
        # typed on the command line: echoed as typed, in every language
        assert fill_template("--stop {v:g}", {"v": as_typed(-2.5)}) == "--stop -2.5"
        with for_machines():  # data: English, decimal point, hyphen-minus
            assert fill_template("{v:+.1f} mm", {"v": -3.46}) == "-3.5 mm"
            assert format_number(-1234.5) == "-1,234.5" and i18n.current_language() == "en"
        assert i18n.current_language() == language


def _people_text(model, language: str) -> list[str]:
    """What people read, computed in ``language``: the Describe text at a posterior tilt, every claim's verdict
    and summary, every predict reveal, the psoas and gluteus maximus cards, the diagram's parameter table."""
    session = Session(model)
    session.set_values(pelvic_tilt=-20.0, thigh_angle=-10.0)
    snapshot = session.snapshot
    anatomy = load_anatomy(muscle_ids=model.muscles.ids)
    questions = translated_questions(load_questions(model=model), language)
    with using_language(language):
        out = [describe(snapshot.posture, snapshot.evaluation).text]
        out += [r.summary for r in evaluate_claims(model, translated_claims(load_claims(), language))]
        for item in reveal_all(model, questions):
            out += [item.explanation, *(predict_number(n.value, n.unit) for n in item.numbers)]
        out += [card_html(snapshot, anatomy, m) for m in ("psoas_major", "gluteus_maximus")]
        out += [value for _, value in captions.parameter_rows(snapshot)]
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_people_read_writes_negative_numbers_with_the_minus_sign(model, language):
    texts = _people_text(model, language)
    hyphens = [t for t in texts if HYPHEN_NUMBER.search(t)]
    assert hyphens == [], hyphens[:3]
    assert sum(bool(MINUS_NUMBER.search(t)) for t in texts) >= 5  # negative numbers were there to be written


def test_the_claims_data_and_the_readmes_table_keep_ascii_numbers(model):
    with for_machines():
        results = evaluate_claims(model)
    assert not any(MINUS in r.summary for r in results)
    assert any(HYPHEN_NUMBER.search(r.summary) for r in results)

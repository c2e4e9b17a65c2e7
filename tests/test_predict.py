"""Predict mode without Qt: every question gets its answer and numbers from the model, the answers follow the
model when its anatomy changes, a student's answers are marked, and a malformed question file is refused
with a message naming the key."""

import copy
import json
import math
import subprocess
import sys

import pytest

from psoas_viz.model import load_model
from psoas_viz.model.claims import load_claims
from psoas_viz.model.mechanics import settle
from psoas_viz.model.model import Model
from psoas_viz.predict import (QUESTIONS_FILE, QuestionError, load_questions, parse_questions, reveal, reveal_all,
                               score)
from psoas_viz.scene.theme import theme_of


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.fixture(scope="module")
def questions(model):
    return load_questions(model=model)


@pytest.fixture(scope="module")
def reveals(model, questions):
    return reveal_all(model, questions)


def document():
    return json.loads(QUESTIONS_FILE.read_text(encoding="utf-8"))


def item(doc, question_id):
    return next(q for q in doc["questions"] if q["id"] == question_id)


def test_the_shipped_set_covers_every_kind_of_question(questions):
    assert len(questions.questions) >= 12
    assert {q.kind for q in questions.questions} == {"length", "most", "angle", "settle"}
    assert all(q.sources and q.caveat for q in questions.questions)
    assert questions.thresholds.sources


def test_every_question_gets_an_answer_numbers_and_a_filled_explanation(reveals):
    for r in reveals:
        assert r.answer in r.question.options, r.question.id
        assert len(r.question.labels) == len(r.question.options) and all(r.question.labels)
        assert r.numbers and all(math.isfinite(n.value) and n.unit in ("mm", "%", "deg", "N m") for n in r.numbers)
        assert "{" not in r.explanation and "}" not in r.explanation
        assert r.caveats and r.caveats[0] == r.question.caveat


def test_length_answers_agree_with_a_sweep_of_the_model(model, questions, reveals):
    """Items that only tilt the pelvis: the answer is the sign of the length change the sweep gives."""
    threshold = questions.thresholds.length_percent
    checked = 0
    for r in reveals:
        q = r.question
        only_tilted = q.first.posture.with_values(pelvic_tilt=q.second.posture.pelvic_tilt) == q.second.posture
        if q.kind != "length" or not only_tilted:
            continue
        ev = model.sweep("pelvic_tilt", [q.first.posture.pelvic_tilt, q.second.posture.pelvic_tilt], q.first.posture)
        first, second = ev.length[:, ev.column(q.target)]
        percent = 100 * (second - first) / first
        expected = "about the same" if abs(percent) < threshold else ("longer" if percent > 0 else "shorter")
        assert r.answer == expected, q.id
        assert any(n.unit == "mm" and n.value == pytest.approx(second - first) for n in r.numbers)
        checked += 1
    assert checked >= 3


def psoas_inserted_behind_the_hip(data):
    """A copy of the model data whose psoas fascicles run from their lumbar origins straight to a point on the
    back of the femur, 60 mm behind and below the hip centre (no pelvic brim)."""
    data = copy.deepcopy(data)
    for muscle in (m for m in data["muscles"] if m["id"] == "psoas_major"):
        for fascicle in muscle["fascicles"]:
            *_, last = fascicle["points"]
            fascicle["points"][1:] = [dict(last, location=[-60.0, -60.0, last["location"][2]])]
    return data


def test_the_answer_follows_the_psoas_attachment(model, questions):
    """Re-attach the psoas behind the hip axis (its lumbar origins straight to the back of the femur): anterior
    tilt now stretches it, and the same question, computed the same way, answers 'longer'."""
    question = questions.question("anterior_tilt_psoas_upright")
    assert reveal(model, question, questions.thresholds).answer == "shorter"
    changed = Model(psoas_inserted_behind_the_hip(model.data))
    moved = reveal(changed, load_questions(model=changed).question("anterior_tilt_psoas_upright"),
                   questions.thresholds)
    assert moved.answer == "longer"
    assert f"{moved.numbers[2].value:+.1f} mm" in moved.explanation


def test_the_most_lengthened_answer_follows_the_choices(model, questions, reveals, tmp_path):
    """Take the winner out of the choices: the next muscle by the model's own % change wins."""
    lunge = next(r for r in reveals if r.question.id == "lunge_which_lengthens_most")
    doc = document()
    among = item(doc, "lunge_which_lengthens_most")["ask"]["among"]
    among.remove(lunge.answer)
    path = tmp_path / "fewer.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    fewer = load_questions(path, model)
    again = reveal(model, fewer.question("lunge_which_lengthens_most"), fewer.thresholds)
    first, second = (model.evaluate(p) for p in (lunge.question.first.posture, lunge.question.second.posture))

    def percent(m):
        j = first.column(m)
        return (second.length[0, j] - first.length[0, j]) / first.length[0, j]

    assert percent(lunge.answer) > max(percent(m) for m in among)
    assert again.answer == max(among, key=percent)
    assert model.muscles.muscles["rectus_femoris"].name in lunge.question.labels


def test_the_threshold_decides_about_the_same(model, tmp_path):
    """The posterior-tilt item is judged against the file's threshold: above its change it is 'about the same',
    below it the direction of the change."""
    q = load_questions(model=model).question("posterior_tilt_psoas")
    ev = model.sweep("pelvic_tilt", [0.0, q.second.posture.pelvic_tilt])
    j = ev.column("psoas_major")
    percent = abs(100 * (ev.length[1, j] - ev.length[0, j]) / ev.length[0, j])
    answers = {}
    for threshold in (percent * 0.5, percent * 2):
        doc = document()
        doc["thresholds"]["length_percent"] = threshold
        path = tmp_path / "t.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        qs = load_questions(path, model)
        answers[threshold] = reveal(model, qs.question("posterior_tilt_psoas"), qs.thresholds).answer
    assert answers[percent * 2] == "about the same"
    assert answers[percent * 0.5] == ("longer" if ev.length[1, j] > ev.length[0, j] else "shorter")


def test_settle_answers_follow_the_balance(model, questions, reveals):
    for r in reveals:
        q = r.question
        if q.kind != "settle":
            continue
        start = settle(model, model.mechanics, q.first.posture, q.first.settings)
        start_tilt = start.pelvic_tilt if start.balanced else q.first.posture.pelvic_tilt
        end = settle(model, model.mechanics, q.second.posture.with_values(pelvic_tilt=start_tilt), q.second.settings)
        if not end.balanced:
            assert r.answer == end.falls
            assert r.second_posture.pelvic_tilt == start_tilt  # no posture is shown that the model has not found
        else:
            shift = end.pelvic_tilt - start_tilt
            assert r.answer == ("stays" if abs(shift) < questions.thresholds.angle_deg
                                else "anterior" if shift > 0 else "posterior")
            assert r.second_posture.pelvic_tilt == pytest.approx(end.pelvic_tilt)
        assert r.first_posture.pelvic_tilt == pytest.approx(start_tilt)


def test_claims_are_quoted_by_id(reveals):
    texts = {c["id"]: c for c in load_claims()}
    quoted = [r for r in reveals if r.question.claim]
    assert quoted
    for r in quoted:
        claim = texts[r.question.claim.id]
        assert (r.question.claim.text, r.question.claim.explanation) == (claim["text"], claim["explanation"])
        assert claim["caveat"] in r.caveats


def test_score_and_review(reveals):
    first, second, third = reveals[:3]
    wrong = next(o for o in second.question.options if o != second.answer)
    result = score(reveals, {first.question.id: first.answer, second.question.id: wrong})
    assert (result.right, result.total) == (1, len(reveals))
    review = {i.question.id: i for i in result.items}
    assert review[first.question.id].right and not review[second.question.id].right
    assert review[second.question.id].given == wrong and review[second.question.id].reveal.answer == second.answer
    assert review[third.question.id].given is None and not review[third.question.id].right
    everything = score(reveals, {r.question.id: r.answer for r in reveals})
    assert everything.right == everything.total == len(reveals)


def test_score_refuses_answers_that_were_not_offered(reveals):
    with pytest.raises(ValueError, match="not one of the questions asked"):
        score(reveals, {"no_such_question": "longer"})
    with pytest.raises(ValueError, match=reveals[0].question.id):
        score(reveals, {reveals[0].question.id: "sideways"})


def mutate(path, change):
    doc = document()
    change(doc)
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def first_item(doc):
    return doc["questions"][0]


def settle_item(doc):
    return next(q for q in doc["questions"] if q["ask"]["kind"] == "settle")


MALFORMED = {
    "unknown top-level key": (lambda d: d.update(answers={}), "answers: unknown key"),
    "newer version": (lambda d: d.update(version=2), "version"),
    "unknown question key": (lambda d: first_item(d).update(answer="shorter"), "questions[0].answer: unknown key"),
    "missing prompt": (lambda d: first_item(d).pop("prompt"), "questions[0].prompt: missing"),
    "prompt not text": (lambda d: first_item(d).update(prompt=3), "questions[0].prompt: expected non-empty text"),
    "unknown muscle": (lambda d: first_item(d)["ask"].update(muscle="psoas_maximus"),
                       "questions[0].ask.muscle: 'psoas_maximus' is not a muscle id"),
    "unknown muscle among": (lambda d: item(d, "lunge_which_lengthens_most")["ask"]["among"].append("biceps"),
                             "ask.among[6]: 'biceps' is not a muscle id"),
    "unknown kind": (lambda d: first_item(d)["ask"].update(kind="guess"), "questions[0].ask.kind"),
    "unknown angle": (lambda d: item(d, "anterior_tilt_sacral_slope")["ask"].update(angle="sacral_tilt"),
                      "ask.angle: 'sacral_tilt'"),
    "unknown preset": (lambda d: first_item(d)["second"].update(preset="handstand"),
                       "questions[0].second.preset: unknown preset 'handstand'"),
    "tilt out of range": (lambda d: first_item(d)["second"]["posture"].update(pelvic_tilt=45),
                          "questions[0].second.posture.pelvic_tilt: 45 is outside"),
    "unknown posture": (lambda d: first_item(d)["second"]["posture"].update(hip_angle=10),
                        "questions[0].second.posture.hip_angle: unknown parameter"),
    "bad spine mode": (lambda d: first_item(d)["second"]["posture"].update(spine_mode="floppy"),
                       "questions[0].second.posture.spine_mode"),
    "tilt not a number": (lambda d: first_item(d)["second"]["posture"].update(pelvic_tilt="ten"),
                          "questions[0].second.posture.pelvic_tilt: expected a number"),
    "muscles on a length question": (lambda d: first_item(d)["second"].update(muscles={}),
                                     "questions[0].second.muscles"),
    "unknown muscle setting": (lambda d: settle_item(d)["second"].update(muscles={"biceps": {"tightness": 0.5}}),
                               "second.muscles.biceps: unknown muscle id"),
    "tightness out of range": (lambda d: settle_item(d)["second"]["muscles"].update(
        hamstrings={"tightness": 2}), "second.muscles.hamstrings.tightness: 2 is outside"),
    "unknown claim": (lambda d: first_item(d).update(claim="psoas_is_lazy"), "questions[0].claim: 'psoas_is_lazy'"),
    "unknown template field": (lambda d: first_item(d).update(explanation="It is {verdict}."),
                               "questions[0].explanation: unknown field {verdict}"),
    "bad template format": (lambda d: first_item(d).update(explanation="{muscle_name:.1f}"),
                            "questions[0].explanation: not a usable template"),
    "duplicate id": (lambda d: d["questions"][1].update(id=d["questions"][0]["id"]), "questions[1].id"),
    "threshold not positive": (lambda d: d["thresholds"].update(angle_deg=0), "thresholds.angle_deg"),
    "threshold missing": (lambda d: d["thresholds"].pop("length_percent"), "thresholds.length_percent: missing"),
    "no questions": (lambda d: d.update(questions=[]), "questions: expected a non-empty list"),
    "sources empty": (lambda d: first_item(d).update(sources=[]), "questions[0].sources"),
}


@pytest.mark.parametrize("case", MALFORMED)
def test_a_malformed_question_file_is_refused_naming_the_key(case, model, tmp_path):
    change, message = MALFORMED[case]
    path = mutate(tmp_path / "questions.json", change)
    with pytest.raises(QuestionError) as error:
        load_questions(path, model)
    assert str(path) in str(error.value) and message in str(error.value)


@pytest.mark.parametrize("raw, message", [(b"{", "not valid JSON"), (b'{"format": NaN}', "not valid JSON"),
                                          ("\u00ff".encode("latin-1"), "must be UTF-8"),
                                          (b'{"format": "psoas-viz/predict", "format": "psoas-viz/predict"}',
                                           "not valid JSON")])
def test_broken_json_is_refused(raw, message, model, tmp_path):
    path = tmp_path / "broken.json"
    path.write_bytes(raw)
    with pytest.raises(QuestionError, match=message):
        load_questions(path, model)


def test_a_missing_file_is_refused(model, tmp_path):
    with pytest.raises(QuestionError, match="cannot be read"):
        load_questions(tmp_path / "absent.json", model)


def test_parse_refuses_a_document_that_is_not_an_object(model):
    with pytest.raises(QuestionError, match="expected an object"):
        parse_questions([], model)


def test_predict_and_animation_import_no_qt():
    code = ("import sys, psoas_viz.predict, psoas_viz.animation; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def _card_lines(structure):
    return [shape for shape in structure.shapes if shape.kind == "text"]


def test_class_cards_fill_the_projected_side_panel_and_cut_nothing(model, questions, reveals):
    """The presentation's card (scene/quiz.py) in the page's side panel, projector theme: every question and every
    reveal of the shipped set fits whole (no "…"), inside the card, and a question the class reads from the back
    of the room is written larger than the long reveal that answers it."""
    from psoas_viz.scene import quiz
    from psoas_viz.scene.page import page
    from psoas_viz.session import Session

    session = Session(model)
    cards = {}

    def side(area, make):
        cards["area"] = area
        cards["card"] = make(area)
        return cards["card"]

    for question, item in zip(questions.questions, reveals):
        sizes = []
        for shown in (None, item):
            page(session.snapshot, "", session.psoas_curve(), "projector",
                 side=lambda area: side(area, lambda a: quiz.question_card(question, 1, 16, shown, a,
                                                                          theme_of("projector"))))
            lines = _card_lines(cards["card"])
            x0, y0, x1, y1 = cards["area"]
            assert not any(t.text.endswith("…") for t in lines), (question.id, shown is not None)
            assert all(x0 <= t.box[0] and t.box[2] <= x1 and y0 <= t.box[1] and t.box[3] <= y1 for t in lines)
            prompt = next(t for t in lines if t.text == question.prompt.split()[0] or
                          question.prompt.startswith(t.text))
            sizes.append(prompt.size)
        assert sizes[0] > sizes[1], question.id
    review = quiz.review_card(reveals, cards["area"], theme_of("projector"))
    assert sum(t.text.split(".")[0].isdigit() for t in _card_lines(review)) == len(reveals)

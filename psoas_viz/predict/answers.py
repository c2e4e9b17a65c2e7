"""The model's answers to predict-mode questions, the numbers behind them, and the marking of a student's
answers. Nothing here is stored: every answer is computed from the model when it is asked for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from psoas_viz import i18n, terms
from psoas_viz.i18n import fill_template, translate
from psoas_viz.model.mechanics import settle
from psoas_viz.model.posture import Posture

from .questions import ANGLES, OPTIONS, Question, QuestionSet, Thresholds


@dataclass(frozen=True)
class Number:
    label: str
    value: float
    unit: str  # "mm", "%", "deg" or "N m"


@dataclass(frozen=True)
class Reveal:
    """What the model says about one question: the answer, the numbers behind it, and why."""

    question: Question
    answer: str  # one of question.options
    numbers: tuple[Number, ...]
    explanation: str
    caveats: tuple[str, ...]
    first_posture: Posture  # the postures to animate between (settle: the balanced ones)
    second_posture: Posture


UNITS = {"mm": " mm", "%": " %", "deg": "°", "N m": " N m"}


def format_number(value: float, unit: str) -> str:
    """A revealed number as the window and presentation show it: changes signed (the minus sign of
    :func:`psoas_viz.i18n.fill_template`)."""
    return fill_template("{v:+.1f}" if unit in ("%", "deg", "N m") and value != 0 else "{v:.1f}",
                         {"v": float(value)}) + UNITS[unit]


def answer_label(question: Question, option: str) -> str:
    """What an option is called for this question (``longer``, ``the pelvis tilts anteriorly`` ...)."""
    return question.labels[question.options.index(option)]


def _name(model, muscle_id: str) -> str:
    """A muscle as running text names it (``psoas major``, ``Psoas major``, ``psoas mayor``)."""
    return terms.running_name(muscle_id, model.muscles.muscles[muscle_id].name)


def _label(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- answers from the model ----------------------------------------------------------------------------------
def reveal(model, question: Question, thresholds: Thresholds) -> Reveal:
    """The model's answer to ``question``, the numbers behind it and the filled explanation."""
    first, second = question.first, question.second
    values = {"first_title": first.title, "second_title": second.title}
    if question.kind == "settle":
        answer, numbers, postures = _settle(model, question, thresholds, values)
    else:
        evaluations = [model.evaluate(s.posture) for s in (first, second)]
        answer, numbers = {"length": _length, "most": _most, "angle": _angle}[question.kind](
            model, question, thresholds, evaluations, values)
        postures = (first.posture, second.posture)
    # in English the answer fills in as its option word; a translated explanation takes the option's label
    values["answer"] = answer if i18n.current_language() == i18n.SOURCE_LANGUAGE else answer_label(question, answer)
    claim = question.claim
    caveats = (question.caveat,) + ((claim.caveat,) if claim and claim.caveat != question.caveat else ())
    return Reveal(question, answer, tuple(numbers), fill_template(question.explanation, values), caveats,
                  *postures)


def reveal_all(model, questions: QuestionSet) -> list[Reveal]:
    return [reveal(model, q, questions.thresholds) for q in questions.questions]


def _three_way(change: float, threshold: float, words: tuple[str, str, str]) -> str:
    if abs(change) < threshold:
        return words[2]
    return words[0] if change > 0 else words[1]


def _length(model, question, thresholds, evaluations, values):
    j = evaluations[0].column(question.target)
    first, second = (float(ev.length[0, j]) for ev in evaluations)
    change = second - first
    percent = 100.0 * change / first
    name = _name(model, question.target)
    values.update(muscle_name=name, first_mm=first, second_mm=second, change_mm=change,
                  change_percent=percent, size_mm=abs(change), size_percent=abs(percent))
    numbers = [Number(f"{_label(name)}: {question.first.title}", first, "mm"),
               Number(f"{_label(name)}: {question.second.title}", second, "mm"),
               Number(translate("Predict", "Change"), change, "mm"),
               Number(translate("Predict", "Change"), percent, "%")]
    return _three_way(percent, thresholds.length_percent, OPTIONS["length"]), numbers


def _most(model, question, thresholds, evaluations, values):
    change, percent = {}, {}
    for m in question.among:
        j = evaluations[0].column(m)
        first, second = (float(ev.length[0, j]) for ev in evaluations)
        change[m] = second - first
        percent[m] = 100.0 * change[m] / first
    sign = 1.0 if question.target == "lengthens" else -1.0
    ranking = sorted(question.among, key=lambda m: sign * percent[m], reverse=True)
    name = {m: _name(model, m) for m in question.among}
    values.update(winner_name=name[ranking[0]], winner_change_mm=change[ranking[0]],
                  winner_change_percent=percent[ranking[0]], runner_up_name=name[ranking[1]],
                  runner_up_change_percent=percent[ranking[1]])
    numbers = [Number(translate("Predict", "{muscle} change").format(muscle=_label(name[m])), v, unit)
               for m in ranking for v, unit in ((change[m], "mm"), (percent[m], "%"))]
    return ranking[0], numbers


def _angle(model, question, thresholds, evaluations, values):
    key = f"{question.target}_deg"
    first, second = (float(ev.angles[key][0]) for ev in evaluations)
    change = second - first
    name = translate("Predict", ANGLES[question.target])
    values.update(angle_name=name, first_deg=first, second_deg=second, change_deg=change, size_deg=abs(change))
    numbers = [Number(f"{_label(name)}: {question.first.title}", first, "deg"),
               Number(f"{_label(name)}: {question.second.title}", second, "deg"),
               Number(translate("Predict", "Change"), change, "deg")]
    return _three_way(change, thresholds.angle_deg, OPTIONS["angle"]), numbers


def _settle(model, question, thresholds, values):
    """The first situation settles (or stays at its own tilt when it has no stable balance); from there the
    second situation's settings settle it again."""
    mech = model.mechanics
    first, second = question.first, question.second
    before = settle(model, mech, first.posture, first.settings)
    start = before.pelvic_tilt if before.balanced else first.posture.pelvic_tilt
    start_posture = first.posture.with_values(pelvic_tilt=start)
    after = settle(model, mech, second.posture.with_values(pelvic_tilt=start), second.settings)
    tilt_label = (translate("Predict", "Pelvic tilt: {situation}") if before.balanced else
                  translate("Predict", "Pelvic tilt: {situation} (no stable balance)"))
    numbers = [Number(tilt_label.format(situation=first.title), start, "deg")]
    if after.balanced:
        shift = after.pelvic_tilt - start
        answer = _three_way(shift, thresholds.angle_deg, OPTIONS["settle"])
        outcome = fill_template(translate("Predict", "it settles at {tilt:+.1f}°, {shift:.1f}° more anterior than "
                                                     "before") if shift > 0 else
                                translate("Predict", "it settles at {tilt:+.1f}°, {shift:.1f}° more posterior than "
                                                     "before"),
                                {"tilt": float(after.pelvic_tilt), "shift": abs(float(shift))})
        numbers += [Number(translate("Predict", "Settled pelvic tilt: {situation}").format(situation=second.title),
                           after.pelvic_tilt, "deg"),
                    Number(translate("Predict", "Shift"), shift, "deg")]
        end = second.posture.with_values(pelvic_tilt=after.pelvic_tilt)
    else:
        answer = after.falls
        outcome = fill_template(translate("Predict", "no stable balance remains and the pelvis falls anteriorly (net "
                                                     "moment {moment:+.1f} N m at {start:+.1f}°)")
                                if after.falls == "anterior" else
                                translate("Predict", "no stable balance remains and the pelvis falls posteriorly (net "
                                                     "moment {moment:+.1f} N m at {start:+.1f}°)"),
                                {"moment": float(after.net_moment), "start": float(start)})
        numbers.append(Number(translate("Predict", "Net tilt moment (+ anterior): {situation}").format(
            situation=second.title), after.net_moment, "N m"))
        end = second.posture.with_values(pelvic_tilt=start)
    values.update(start=fill_template(translate("Predict", "the pelvis rests at {start:+.1f}°") if before.balanced else
                                      translate("Predict", "the pelvis has no stable balance and starts from "
                                                           "{start:+.1f}°"), {"start": float(start)}),
                  start_tilt_deg=start, outcome=outcome)
    return answer, numbers, (start_posture, end)


# -- scoring ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReviewItem:
    question: Question
    given: str | None  # None: not answered
    reveal: Reveal

    @property
    def right(self) -> bool:
        return self.given == self.reveal.answer


@dataclass(frozen=True)
class Score:
    items: tuple[ReviewItem, ...]

    @property
    def right(self) -> int:
        return sum(item.right for item in self.items)

    @property
    def total(self) -> int:
        return len(self.items)


def score(reveals: list[Reveal], answers: Mapping[str, str]) -> Score:
    """Mark ``answers`` ({question id: option}) against the model's answers; an unanswered question is wrong.
    ValueError for an answer to a question not asked or an option the question does not offer."""
    asked = {r.question.id: r for r in reveals}
    for qid, given in answers.items():
        if qid not in asked:
            raise ValueError(f"{qid!r} is not one of the questions asked")
        if given not in asked[qid].question.options:
            raise ValueError(f"{qid}: {given!r} is not one of {', '.join(asked[qid].question.options)}")
    return Score(tuple(ReviewItem(r.question, answers.get(r.question.id), r) for r in reveals))

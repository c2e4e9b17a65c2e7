"""The model's answers to predict-mode questions, the numbers behind them, and the marking of a student's
answers. Nothing here is stored: every answer is computed from the model when it is asked for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

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
    """A revealed number as the window and presentation show it: changes signed, a real minus sign."""
    text = f"{value:+.1f}" if unit in ("%", "deg", "N m") and value != 0 else f"{value:.1f}"
    return text.replace("-", "−") + UNITS[unit]


def answer_label(question: Question, option: str) -> str:
    """What an option is called for this question (``longer``, ``the pelvis tilts anteriorly`` ...)."""
    return question.labels[question.options.index(option)]


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
    values["answer"] = answer
    claim = question.claim
    caveats = (question.caveat,) + ((claim.caveat,) if claim and claim.caveat != question.caveat else ())
    return Reveal(question, answer, tuple(numbers), question.explanation.format_map(values), caveats,
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
    name = model.muscles.muscles[question.target].name
    values.update(muscle_name=name.lower(), first_mm=first, second_mm=second, change_mm=change,
                  change_percent=percent, size_mm=abs(change), size_percent=abs(percent))
    numbers = [Number(f"{name}: {question.first.title}", first, "mm"),
               Number(f"{name}: {question.second.title}", second, "mm"),
               Number("Change", change, "mm"), Number("Change", percent, "%")]
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
    name = {m: model.muscles.muscles[m].name for m in question.among}
    values.update(winner_name=name[ranking[0]].lower(), winner_change_mm=change[ranking[0]],
                  winner_change_percent=percent[ranking[0]], runner_up_name=name[ranking[1]].lower(),
                  runner_up_change_percent=percent[ranking[1]])
    numbers = [Number(f"{name[m]} change", v, unit) for m in ranking for v, unit in ((change[m], "mm"),
                                                                                      (percent[m], "%"))]
    return ranking[0], numbers


def _angle(model, question, thresholds, evaluations, values):
    key = f"{question.target}_deg"
    first, second = (float(ev.angles[key][0]) for ev in evaluations)
    change = second - first
    name = ANGLES[question.target]
    values.update(angle_name=name, first_deg=first, second_deg=second, change_deg=change, size_deg=abs(change))
    numbers = [Number(f"{name.capitalize()}: {question.first.title}", first, "deg"),
               Number(f"{name.capitalize()}: {question.second.title}", second, "deg"), Number("Change", change, "deg")]
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
    numbers = [Number(f"Pelvic tilt: {first.title}" + ("" if before.balanced else " (no stable balance)"),
                      start, "deg")]
    if after.balanced:
        shift = after.pelvic_tilt - start
        answer = _three_way(shift, thresholds.angle_deg, OPTIONS["settle"])
        outcome = (f"it settles at {after.pelvic_tilt:+.1f}°, {abs(shift):.1f}° "
                   f"{'more anterior' if shift > 0 else 'more posterior'} than before")
        numbers += [Number(f"Settled pelvic tilt: {second.title}", after.pelvic_tilt, "deg"),
                    Number("Shift", shift, "deg")]
        end = second.posture.with_values(pelvic_tilt=after.pelvic_tilt)
    else:
        answer = after.falls
        outcome = (f"no stable balance remains and the pelvis falls {after.falls}ly "
                   f"(net moment {after.net_moment:+.1f} N m at {start:+.1f}°)")
        numbers.append(Number(f"Net tilt moment (+ anterior): {second.title}", after.net_moment, "N m"))
        end = second.posture.with_values(pelvic_tilt=start)
    values.update(start=(f"the pelvis rests at {start:+.1f}°" if before.balanced else
                         f"the pelvis has no stable balance and starts from {start:+.1f}°"),
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

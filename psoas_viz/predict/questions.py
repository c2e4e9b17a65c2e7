"""The predict-mode question file (``assets/predict/questions.json``, format ``psoas-viz/predict``) and its
strict reader: unknown keys, wrong types, unknown muscle ids, presets, claims or template fields, and postures
the model refuses (checked as scenarios are) are refused with a message naming the key, in the current language
(:func:`psoas_viz.i18n.translate`; the messages it shares with scenario files are theirs)."""

from __future__ import annotations

import math
import string
from dataclasses import dataclass
from pathlib import Path

from psoas_viz.i18n import QT_TRANSLATE_NOOP, fill_template, translate
from psoas_viz.io.files import FileRefused, one_line, read_json
from psoas_viz.model import load_model
from psoas_viz.model.claims import load_claims
from psoas_viz.model.mechanics import Activation
from psoas_viz.model.posture import Posture
from psoas_viz.model.scenario import (FORMAT as SCENARIO_FORMAT, VERSION as SCENARIO_VERSION, ScenarioError,
                                      check_header, json_kind, load_preset, parse_scenario)
from psoas_viz.resources import asset

QUESTIONS_FILE = asset("predict", "questions.json")
FORMAT = "psoas-viz/predict"
VERSION = 1
MAX_BYTES = 1_000_000

TOP_KEYS = {"format", "version", "title", "note", "thresholds", "questions"}
THRESHOLD_KEYS = {"length_percent", "angle_deg", "sources"}
QUESTION_KEYS = {"id", "prompt", "first", "second", "ask", "explanation", "caveat", "claim", "sources"}
SITUATION_KEYS = {"title", "preset", "posture", "muscles"}
ASK_KEYS = {"length": {"kind", "muscle"}, "most": {"kind", "among", "direction"},
            "angle": {"kind", "angle"}, "settle": {"kind"}}
ANGLES = {"sacral_slope": QT_TRANSLATE_NOOP("Predict", "sacral slope"),  # shown through translate("Predict", …)
          "spinopelvic_tilt": QT_TRANSLATE_NOOP("Predict", "spinopelvic tilt (PT)"),
          "lumbar_lordosis": QT_TRANSLATE_NOOP("Predict", "lumbar lordosis"),
          "pelvic_incidence": QT_TRANSLATE_NOOP("Predict", "pelvic incidence"),
          "asis_psis_angle": QT_TRANSLATE_NOOP("Predict", "ASIS–PSIS angle")}
DIRECTIONS = ("lengthens", "shortens")
OPTIONS = {"length": ("longer", "shorter", "about the same"), "angle": ("increases", "decreases", "about the same"),
           "settle": ("anterior", "posterior", "stays")}
COMMON_FIELDS = {"first_title": str, "second_title": str, "answer": str}
FIELDS = {
    "length": {"muscle_name": str, "first_mm": float, "second_mm": float, "change_mm": float,
               "change_percent": float, "size_mm": float, "size_percent": float},
    "most": {"winner_name": str, "winner_change_mm": float, "winner_change_percent": float,
             "runner_up_name": str, "runner_up_change_percent": float},
    "angle": {"angle_name": str, "first_deg": float, "second_deg": float, "change_deg": float, "size_deg": float},
    "settle": {"start": str, "start_tilt_deg": float, "outcome": str},
}


class QuestionError(ValueError):
    """A question file that cannot be used; the message names the key, on one line (control characters in the
    file's keys or values are shown escaped)."""

    def __init__(self, message: str):
        super().__init__(one_line(message))


@dataclass(frozen=True)
class Thresholds:
    length_percent: float  # |change| below this % of the first length is "about the same"
    angle_deg: float  # |change| below this is "about the same" (angles) or "stays" (settle)
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Situation:
    """One side of a posture change: what the student sees first or second."""

    title: str
    posture: Posture
    settings: Activation


@dataclass(frozen=True)
class ClaimText:
    """The claims explorer's wording for a claim a question touches (its texts only, never its verdict)."""

    id: str
    text: str
    explanation: str
    caveat: str


@dataclass(frozen=True)
class Question:
    id: str
    prompt: str
    first: Situation
    second: Situation
    kind: str
    target: str | None  # the muscle (length), the angle (angle), the direction (most); None for settle
    among: tuple[str, ...]  # most: the muscles to choose from
    labels: tuple[str, ...]  # what a student reads for each of ``options`` (muscle names for "most")
    explanation: str  # a template filled from the numbers (see FIELDS)
    caveat: str
    claim: ClaimText | None  # a claim in assets/claims.json
    sources: tuple[str, ...]

    @property
    def options(self) -> tuple[str, ...]:
        return self.among if self.kind == "most" else OPTIONS[self.kind]


@dataclass(frozen=True)
class QuestionSet:
    title: str
    thresholds: Thresholds
    questions: tuple[Question, ...]

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)


# -- reading the question file ---------------------------------------------------------------------------------
def load_questions(path: Path | str = QUESTIONS_FILE, model=None) -> QuestionSet:
    """Read and check a question file; QuestionError naming the file and the key for anything unusable."""
    try:
        document = read_json(path, MAX_BYTES, "question set")
    except FileRefused as error:
        raise QuestionError(str(error)) from None
    try:
        return parse_questions(document, model or load_model())
    except QuestionError as error:
        raise QuestionError(f"{path}: {error}") from None


def parse_questions(document, model) -> QuestionSet:
    """A QuestionSet from a decoded JSON document, checked against ``model``; QuestionError otherwise."""
    try:
        doc = check_header(document, "question set", TOP_KEYS, FORMAT, VERSION)
    except ScenarioError as error:
        raise QuestionError(str(error)) from None
    title = _text(doc.get("title"), "title")
    _text(doc.get("note", ""), "note", empty=True)
    thresholds = _thresholds(_object(doc.get("thresholds"), "thresholds"))
    items = doc.get("questions")
    if not isinstance(items, list) or not items:
        raise QuestionError(fill_template(translate("Questions", "{key}: expected a non-empty list, got {kind}"),
                                          {"key": "questions", "kind": json_kind(items)}))
    claims = {c["id"]: c for c in load_claims()}
    questions, seen = [], set()
    for i, item in enumerate(items):
        question = _question(item, f"questions[{i}]", model, claims)
        if question.id in seen:
            raise QuestionError(fill_template(translate("Questions", "{key}: {value!r} is given twice"),
                                              {"key": f"questions[{i}].id", "value": question.id}))
        seen.add(question.id)
        questions.append(question)
    return QuestionSet(title, thresholds, tuple(questions))


def _object(value, key: str) -> dict:
    if not isinstance(value, dict):
        raise QuestionError(fill_template(translate("Scenario", "{key}: expected an object, got {kind}"),
                                          {"key": key, "kind": json_kind(value)}))
    return value


def _keys(doc: dict, key: str, allowed: set[str], required: set[str]) -> None:
    unknown = sorted(set(doc) - allowed)
    if unknown:
        raise QuestionError(fill_template(translate("Scenario", "{key}: unknown key (allowed: {keys})"),
                                          {"key": f"{key}.{unknown[0]}", "keys": ", ".join(sorted(allowed))}))
    missing = sorted(required - set(doc))
    if missing:
        raise QuestionError(fill_template(translate("Questions", "{key}: missing"), {"key": f"{key}.{missing[0]}"}))


def _text(value, key: str, empty: bool = False) -> str:
    if not isinstance(value, str) or (not empty and not value.strip()):
        template = (translate("Scenario", "{key}: expected text, got {kind}") if empty
                    else translate("Questions", "{key}: expected non-empty text, got {kind}"))
        raise QuestionError(fill_template(template, {"key": key, "kind": json_kind(value)}))
    return value


def _texts(value, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise QuestionError(fill_template(translate("Questions", "{key}: expected a non-empty list of texts, got "
                                                                 "{kind}"),
                                          {"key": key, "kind": json_kind(value)}))
    return tuple(_text(v, f"{key}[{i}]") for i, v in enumerate(value))


def _positive(value, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise QuestionError(fill_template(translate("Questions", "{key}: expected a positive number, got {value!r}"),
                                          {"key": key, "value": value}))
    return float(value)


def _thresholds(doc: dict) -> Thresholds:
    _keys(doc, "thresholds", THRESHOLD_KEYS, THRESHOLD_KEYS)
    return Thresholds(_positive(doc["length_percent"], "thresholds.length_percent"),
                      _positive(doc["angle_deg"], "thresholds.angle_deg"),
                      _texts(doc["sources"], "thresholds.sources"))


def _choice(value, allowed, key: str) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise QuestionError(fill_template(translate("Scenario", "{key}: {value!r} is not one of {choices}"),
                                          {"key": key, "value": value, "choices": ", ".join(allowed)}))
    return value


def _muscle(model, value, key: str) -> str:
    if not isinstance(value, str) or value not in model.muscles.muscles:
        raise QuestionError(fill_template(translate("Questions", "{key}: {value!r} is not a muscle id (muscles: "
                                                                 "{muscles})"),
                                          {"key": key, "value": value, "muscles": ", ".join(model.muscles.ids)}))
    return value


def _situation(doc, key: str, model, settles: bool) -> Situation:
    """A posture (a preset, changed by ``posture``) and muscle settings, checked as a scenario would be."""
    doc = _object(doc, key)
    _keys(doc, key, SITUATION_KEYS, set())
    if "muscles" in doc and not settles:
        raise QuestionError(fill_template(translate("Questions", "{key}: muscle settings change only a settle "
                                                                 "question's answer"), {"key": f"{key}.muscles"}))
    if "preset" in doc:
        try:
            base = load_preset(_text(doc["preset"], f"{key}.preset"), model)
        except ScenarioError as error:
            raise QuestionError(f"{key}.preset: {error}") from None
        scenario = base.to_json()
    else:
        base, scenario = None, {"format": SCENARIO_FORMAT, "version": SCENARIO_VERSION}
    scenario["posture"] = {**scenario.get("posture", {}), **_object(doc.get("posture", {}), f"{key}.posture")}
    scenario["muscles"] = _object(doc.get("muscles", {}), f"{key}.muscles")
    try:
        parsed = parse_scenario(scenario, model)
    except ScenarioError as error:
        raise QuestionError(f"{key}.{error}") from None
    title = doc.get("title", base.title if base is not None else None)
    settings = Activation({m: s.activation for m, s in parsed.muscles.items()},
                          {m: s.tightness for m, s in parsed.muscles.items()})
    return Situation(_text(title, f"{key}.title"), parsed.posture, settings)


def _ask(doc, key: str, model) -> tuple[str, str | None, tuple[str, ...]]:
    doc = _object(doc, key)
    kind = _choice(doc.get("kind"), ASK_KEYS, f"{key}.kind")
    _keys(doc, key, ASK_KEYS[kind], ASK_KEYS[kind])
    if kind == "length":
        return kind, _muscle(model, doc["muscle"], f"{key}.muscle"), ()
    if kind == "angle":
        return kind, _choice(doc["angle"], ANGLES, f"{key}.angle"), ()
    if kind == "most":
        direction = _choice(doc["direction"], DIRECTIONS, f"{key}.direction")
        among = doc["among"]
        if not isinstance(among, list) or len(among) < 2:
            raise QuestionError(fill_template(translate("Questions", "{key}: expected a list of at least two muscle "
                                                                     "ids, got {value!r}"),
                                              {"key": f"{key}.among", "value": among}))
        among = tuple(_muscle(model, m, f"{key}.among[{i}]") for i, m in enumerate(among))
        if len(set(among)) != len(among):
            raise QuestionError(fill_template(translate("Questions", "{key}: a muscle is given twice"),
                                              {"key": f"{key}.among"}))
        return kind, direction, among
    return kind, None, ()


def _template(value, key: str, kind: str) -> str:
    """An explanation template whose fields all exist for its kind and whose formats suit their values."""
    text = _text(value, key)
    fields = {**COMMON_FIELDS, **FIELDS[kind]}
    sample = {}
    try:
        for _, name, _, _ in string.Formatter().parse(text):
            if name is None:
                continue
            if name not in fields:
                raise QuestionError(fill_template(translate("Questions", "{key}: unknown field {field} (fields: "
                                                                         "{fields})"),
                                                  {"key": key, "field": "{" + name + "}",
                                                   "fields": ", ".join(sorted(fields))}))
            sample[name] = fields[name]("1") if fields[name] is float else "text"
        text.format_map(sample)
    except (ValueError, IndexError) as error:
        if isinstance(error, QuestionError):
            raise
        raise QuestionError(fill_template(translate("Questions", "{key}: not a usable template ({reason})"),
                                          {"key": key, "reason": error})) from None
    return text


def _question(item, key: str, model, claims: dict) -> Question:
    doc = _object(item, key)
    _keys(doc, key, QUESTION_KEYS, QUESTION_KEYS - {"claim"})
    qid = _text(doc["id"], f"{key}.id")
    if not qid.isidentifier():
        raise QuestionError(fill_template(translate("Questions", "{key}: {value!r} should be letters, digits and "
                                                                 "underscores"),
                                          {"key": f"{key}.id", "value": qid}))
    kind, target, among = _ask(doc["ask"], f"{key}.ask", model)
    claim = doc.get("claim")
    if claim is not None:
        if not isinstance(claim, str) or claim not in claims:
            raise QuestionError(fill_template(translate("Questions", "{key}: {value!r} is not a claim in "
                                                                     "assets/claims.json"),
                                              {"key": f"{key}.claim", "value": claim}))
        c = claims[claim]
        claim = ClaimText(c["id"], c["text"], c["explanation"], c["caveat"])
    return Question(
        id=qid, prompt=_text(doc["prompt"], f"{key}.prompt"),
        first=_situation(doc["first"], f"{key}.first", model, kind == "settle"),
        second=_situation(doc["second"], f"{key}.second", model, kind == "settle"),
        kind=kind, target=target, among=among,
        labels=tuple(model.muscles.muscles[m].name for m in among) if kind == "most" else OPTIONS[kind],
        explanation=_template(doc["explanation"], f"{key}.explanation", kind),
        caveat=_text(doc["caveat"], f"{key}.caveat"), claim=claim, sources=_texts(doc["sources"], f"{key}.sources"))

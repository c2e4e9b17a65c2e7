"""The lesson format (no Qt): ``{"format": "psoas-viz/lesson", "version": 1, "title": "...", "steps": [{"title": "...",
"notes": "speaker notes", "scenario": <scenario document or a preset name>, "claim": <optional claim id>,
"question": <optional predict question id>}, ...]}``. A step with a question asks it in presentation mode (the class
answers, the clicker reveals the model's answer) before going on. Each scenario is checked like a scenario file; a
step's notes replace its scenario's; a step about a claim gets the claim's verdict and numbers, computed by the
model when the lesson is loaded, after its notes, so the notes never quote a verdict of their own. Built-in lessons
are in ``assets/lessons/``.
"""

from __future__ import annotations

import json
from pathlib import Path

from psoas_viz.io.files import write_file
from psoas_viz.model.scenario import (Scenario, ScenarioError, check_header, load_preset,
                                      parse_scenario, read_document)
from psoas_viz.resources import asset

LESSON_FORMAT = "psoas-viz/lesson"
LESSON_VERSION = 1
MAX_STEPS = 200
LESSON_DIR = asset("lessons")


def parse_lesson(document, model) -> tuple[str, list[tuple[str, Scenario]]]:
    document = check_header(document, "lesson", {"format", "version", "title", "steps"}, LESSON_FORMAT, LESSON_VERSION)
    title = document.get("title", "")
    if not isinstance(title, str):
        raise ScenarioError("title: expected text")
    steps = document.get("steps")
    if not isinstance(steps, list) or not 1 <= len(steps) <= MAX_STEPS:
        raise ScenarioError(f"steps: expected a list of 1…{MAX_STEPS} steps")
    out = []
    for i, step in enumerate(steps):
        if not isinstance(step, dict):
            raise ScenarioError(f"steps[{i}]: expected {{\"title\": text, \"notes\": text, \"scenario\": {{…}}}}")
        unknown = sorted(set(step) - {"title", "notes", "scenario", "claim", "question"})
        if unknown:
            raise ScenarioError(f"steps[{i}].{unknown[0]}: unknown key (allowed: title, notes, scenario, claim, "
                                "question)")
        for key in ("title", "notes"):
            if not isinstance(step.get(key, ""), str):
                raise ScenarioError(f"steps[{i}].{key}: expected text")
        if isinstance(step.get("scenario"), str):
            try:
                scenario = load_preset(step["scenario"], model)
            except ScenarioError as error:
                raise ScenarioError(f"steps[{i}].scenario: {error}") from None
        else:
            try:
                scenario = parse_scenario(step.get("scenario"), model)
            except ScenarioError as error:
                raise ScenarioError(f"steps[{i}].scenario.{error}") from None
        if step.get("notes"):
            scenario.notes = step["notes"]
        if "claim" in step:
            scenario.notes = (scenario.notes + "\n\n" + _claim_note(step["claim"], model, i)).strip()
        if "question" in step:
            scenario.question = _question(step["question"], model, i)
        out.append((step.get("title") or scenario.title or f"Step {i + 1}", scenario))
    return title, out


def _claim_note(claim_id, model, i: int) -> str:
    """The model's verdict on a claim, in the words the claims command prints."""
    from psoas_viz.model.claims import evaluate_claim, load_claims, verdict_words

    claims = {c["id"]: c for c in load_claims()}
    if claim_id not in claims:
        raise ScenarioError(f"steps[{i}].claim: unknown claim {claim_id!r}")
    result = evaluate_claim(model, claims[claim_id])
    return f"Model: {verdict_words(result)}. {result.summary} Caveat: {result.caveat}"


def question_ids(model) -> list[str]:
    """The ids of the predict questions a lesson step may ask (``assets/predict/questions.json``)."""
    from psoas_viz.predict import QuestionError, load_questions

    try:
        return [q.id for q in load_questions(model=model).questions]
    except QuestionError:
        return []


def _question(question_id, model, i: int) -> str:
    if not isinstance(question_id, str) or question_id not in question_ids(model):
        raise ScenarioError(f"steps[{i}].question: unknown predict question {question_id!r}")
    return question_id


def load_lesson(path, model) -> tuple[str, list[tuple[str, Scenario]]]:
    document = read_document(path, "lesson")
    try:
        return parse_lesson(document, model)
    except ScenarioError as error:
        raise ScenarioError(f"{path}: {error}") from None


def save_lesson(path, title: str, steps: list[tuple[str, Scenario]]) -> None:
    document = {"format": LESSON_FORMAT, "version": LESSON_VERSION, "title": title,
                "steps": [{"title": t, "scenario": s.to_json(), **({"question": s.question} if s.question else {})}
                          for t, s in steps]}
    write_file(path, (json.dumps(document, indent=2) + "\n").encode("utf-8"))


def builtin_lessons() -> dict[str, Path]:
    """Lesson files shipped with the program (``assets/lessons``), by file stem."""
    return {path.stem: path for path in sorted(LESSON_DIR.glob("*.json"))}

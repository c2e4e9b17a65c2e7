"""The lesson format (no Qt): ``{"format": "psoas-viz/lesson", "version": 1, "title": "...", "steps": [{"title": "...",
"notes": "speaker notes", "scenario": <scenario document or a preset name>, "claim": <optional claim id>,
"question": <optional predict question id>}, ...]}``. A step with a question asks it in presentation mode (the class
answers, the clicker reveals the model's answer) before going on. Each scenario is checked like a scenario file; a
step's notes replace its scenario's; a step about a claim gets the claim's verdict and numbers, computed by the
model when the lesson is loaded, after its notes, so the notes never quote a verdict of their own. Built-in lessons
are in ``assets/lessons/``.

What the program writes into a lesson speaks the current language (:mod:`psoas_viz.i18n`): the claim's verdict,
a step's preset title and notes where the step gives none.  A built-in lesson's own text, its title, the steps'
titles and notes, comes from its German or Spanish sidecar (:func:`psoas_viz.content_i18n.translated_lesson`); a
lesson file of the user's stays as its author wrote it.
"""

from __future__ import annotations

import json
from pathlib import Path

from psoas_viz.i18n import as_typed, fill_template, translate
from psoas_viz.io.files import write_file
from psoas_viz.model.scenario import (Scenario, ScenarioError, check_header, json_kind, parse_scenario, preset_files,
                                     read_document)
from psoas_viz.resources import builtin_lessons

LESSON_FORMAT = "psoas-viz/lesson"
LESSON_VERSION = 1
MAX_STEPS = 200


def parse_lesson(document, model) -> tuple[str, list[tuple[str, Scenario]]]:
    document = check_header(document, "lesson", {"format", "version", "title", "steps"}, LESSON_FORMAT, LESSON_VERSION)
    title = document.get("title", "")
    if not isinstance(title, str):
        raise ScenarioError(fill_template(translate("Scenario", "{key}: expected text, got {kind}"),
                                          {"key": "title", "kind": json_kind(title)}))
    steps = document.get("steps")
    if not isinstance(steps, list) or not 1 <= len(steps) <= MAX_STEPS:
        raise ScenarioError(fill_template(translate("Lesson", "steps: expected a list of 1…{most} steps"),
                                          {"most": as_typed(MAX_STEPS)}))
    out = []
    for i, step in enumerate(steps):
        if not isinstance(step, dict):
            raise ScenarioError(fill_template(translate("Lesson", "{key}: expected {{\"title\": text, \"notes\": text, "
                                                                  "\"scenario\": {{…}}}}"), {"key": f"steps[{i}]"}))
        unknown = sorted(set(step) - {"title", "notes", "scenario", "claim", "question"})
        if unknown:
            raise ScenarioError(fill_template(translate("Scenario", "{key}: unknown key (allowed: {keys})"),
                                              {"key": f"steps[{i}].{unknown[0]}",
                                               "keys": "title, notes, scenario, claim, question"}))
        for key in ("title", "notes"):
            if not isinstance(step.get(key, ""), str):
                raise ScenarioError(fill_template(translate("Scenario", "{key}: expected text, got {kind}"),
                                                  {"key": f"steps[{i}].{key}", "kind": json_kind(step[key])}))
        if isinstance(step.get("scenario"), str):
            from psoas_viz.content_i18n import translated_preset

            try:
                scenario = translated_preset(step["scenario"], model)
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
        out.append((step.get("title") or scenario.title
                    or translate("Lesson", "Step {number}").format(number=i + 1), scenario))
    return title, out


def _claim_note(claim_id, model, i: int) -> str:
    """The model's verdict on a claim, in the words the claims command prints, in the current language."""
    from psoas_viz.content_i18n import translated_claims
    from psoas_viz.model.claims import evaluate_claim, load_claims, verdict_words

    claims = {c["id"]: c for c in translated_claims(load_claims())}
    if claim_id not in claims:
        raise ScenarioError(fill_template(translate("Lesson", "{key}: unknown claim {claim!r}"),
                                          {"key": f"steps[{i}].claim", "claim": claim_id}))
    result = evaluate_claim(model, claims[claim_id])
    return translate("Lesson", "Model: {verdict}. {summary} Caveat: {caveat}").format(
        verdict=verdict_words(result), summary=result.summary, caveat=result.caveat)


def question_ids(model) -> list[str]:
    """The ids of the predict questions a lesson step may ask (``assets/predict/questions.json``)."""
    from psoas_viz.predict import QuestionError, load_questions

    try:
        return [q.id for q in load_questions(model=model).questions]
    except QuestionError:
        return []


def _question(question_id, model, i: int) -> str:
    if not isinstance(question_id, str) or question_id not in question_ids(model):
        raise ScenarioError(fill_template(translate("Lesson", "{key}: unknown predict question {question!r}"),
                                          {"key": f"steps[{i}].question", "question": question_id}))
    return question_id


def load_lesson(path, model) -> tuple[str, list[tuple[str, Scenario]]]:
    """A lesson file's title and steps; a built-in lesson's in the current language."""
    document = read_document(path, "lesson")
    try:
        title, steps = parse_lesson(document, model)
    except ScenarioError as error:
        raise ScenarioError(f"{path}: {error}") from None
    name = builtin_name(path)
    if name is None:
        return title, steps
    from psoas_viz.content_i18n import translated_lesson

    return translated_lesson(name, title, steps)


def builtin_name(path) -> str | None:
    """The name of the built-in lesson at ``path`` (``psoas_tilt_and_claims``; :func:`psoas_viz.resources.
    builtin_lessons`), None for any other file."""
    try:
        resolved = Path(path).resolve()
    except OSError:
        return None
    return next((name for name, p in builtin_lessons().items() if p.resolve() == resolved), None)


def save_lesson(path, title: str, steps: list[tuple[str, Scenario]]) -> None:
    document = {"format": LESSON_FORMAT, "version": LESSON_VERSION, "title": title,
                "steps": [{"title": t, "scenario": s.to_json(), **({"question": s.question} if s.question else {})}
                          for t, s in steps]}
    write_file(path, (json.dumps(document, indent=2) + "\n").encode("utf-8"))


def preset_steps(model) -> list[tuple[str, Scenario]]:
    """The presets as the steps presentation mode shows without a lesson, titled in the current language."""
    from psoas_viz.content_i18n import translated_preset

    steps = []
    for name in preset_files():
        try:
            scenario = translated_preset(name, model)
        except ScenarioError:
            continue
        steps.append((scenario.title or name.replace("_", " ").capitalize(), scenario))
    return steps

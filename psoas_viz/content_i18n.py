"""The program's content in German and Spanish, Qt-free: the claims, the presets, the built-in lessons, the predict
questions and the posture parameters.

The English text stays where it is (``assets/claims.json``, ``assets/scenarios/*.json``, ``assets/lessons/*.json``,
``assets/predict/questions.json``, ``psoas_viz/model/posture.py``, the fascicles' names and sources in
``assets/models/sagittal_model.json``); each language's text is a sidecar beside the
Qt Linguist catalogues, ``assets/i18n/<kind>.<lang>.json`` (format ``psoas-viz/content-translation``), keyed by the
source's stable ids: claim ids, preset names, question ids, parameter names; a lesson's steps by their position,
each with the English title it translates so that a reordered or retitled lesson is caught.  As with the anatomy
cards (:mod:`psoas_viz.terms`), the loaders overlay the sidecar on the English text, and a text without a
translation keeps its English wording (what Qt does for an unfinished string); the tests refuse any missing or
stale entry.

Text built by code rather than read from these files goes through :func:`psoas_viz.i18n.translate` instead: the
verdicts and number sentences of ``psoas_viz/model/claims.py``, the answer sentences, number names and answer
words of ``psoas_viz/predict/answers.py``, the claim notes ``psoas_viz/io/lesson.py`` adds to a lesson's steps.
The predict explanations are templates whose ``{field:spec}`` placeholders are the same in
every language; :func:`psoas_viz.i18n.fill_template` fills them with the language's decimal comma.
"""

from __future__ import annotations

import json
import string
from dataclasses import replace
from functools import lru_cache

from psoas_viz import i18n, terms
from psoas_viz.data_files import data_file, not_a_data_file
from psoas_viz.resources import asset, builtin_lessons

FORMAT = "psoas-viz/content-translation"
KINDS = {"claims": "claims.json", "scenarios": "scenarios/*.json", "lessons": "lessons/*.json",
         "questions": "predict/questions.json", "posture": "psoas_viz/model/posture.py",
         "fascicles": "models/sagittal_model.json"}
CLAIM_FIELDS = ("text", "explanation", "caveat")
SCENARIO_FIELDS = ("title", "notes")
QUESTION_FIELDS = ("prompt", "explanation", "caveat", "first_title", "second_title")
POSTURE_FIELDS = ("label", "description")


def _read_json(path) -> dict:
    with data_file(path):
        return json.loads(path.read_text(encoding="utf-8"))


# -- the English source texts, by stable id ----------------------------------------------------------------------
@lru_cache(maxsize=None)
def english(kind: str) -> dict:
    """The English texts a person reads in the source of ``kind``, in the shape of the sidecars' ``texts``."""
    if kind == "claims":
        from psoas_viz.model.claims import load_claims

        return {c["id"]: {f: c[f] for f in CLAIM_FIELDS if c.get(f)} for c in load_claims()}
    if kind == "scenarios":
        from psoas_viz.model.scenario import preset_files

        return {name: _scenario_fields(_read_json(path)) for name, path in preset_files().items()}
    if kind == "lessons":
        return {name: _lesson_fields(_read_json(path)) for name, path in builtin_lessons().items()}
    if kind == "questions":
        return _question_fields(_read_json(asset("predict", "questions.json")))
    if kind == "fascicles":  # what the anatomy cards say of each fascicle: its name (its origin) and its source
        model = _read_json(asset("models", "sagittal_model.json"))
        return {m["id"]: {field: {f[key]: f[key] for f in m["fascicles"] if f.get(key)}
                          for field, key in (("names", "name"), ("sources", "source"))} for m in model["muscles"]}
    if kind == "posture":
        from psoas_viz.model.posture import parameter_specs

        return {s.name: {f: getattr(s, f) for f in POSTURE_FIELDS} for s in parameter_specs(0.0, 0.0).values()}
    raise KeyError(f"no translated content {kind!r} (kinds: {', '.join(KINDS)})")


def _scenario_fields(doc: dict) -> dict[str, str]:
    return {f: doc[f] for f in SCENARIO_FIELDS if isinstance(doc.get(f), str) and doc[f].strip()}


def _lesson_fields(doc: dict) -> dict:
    steps = []
    for step in doc["steps"]:
        fields = {f: step[f] for f in ("title", "notes") if step.get(f)}
        if isinstance(step.get("scenario"), dict):  # a scenario of its own: its title is shown too
            fields.update({f"scenario_{f}": v for f, v in _scenario_fields(step["scenario"]).items()})
        steps.append(fields)
    return {"title": doc.get("title", ""), "steps": steps}


def _question_fields(doc: dict) -> dict:
    questions = {}
    for q in doc["questions"]:
        fields = {f: q[f] for f in QUESTION_FIELDS if f in q}
        fields.update({f"{side}_title": q[side]["title"] for side in ("first", "second") if "title" in q[side]})
        questions[q["id"]] = fields
    from psoas_viz.predict.questions import OPTIONS

    options = {kind: {word: word for word in words} for kind, words in OPTIONS.items()}
    return {"title": doc["title"], "threshold_sources": list(doc["thresholds"]["sources"]), "options": options,
            "questions": questions}


# -- the sidecars ------------------------------------------------------------------------------------------------
def sidecar_path(kind: str, language: str):
    return i18n.catalogue_dir() / f"{kind}.{language}.json"


@lru_cache(maxsize=None)
def sidecar(kind: str, language: str) -> dict:
    """The whole sidecar document of ``kind`` in ``language`` (checked header), e.g. for the completeness tests."""
    if kind not in KINDS:
        raise KeyError(f"no translated content {kind!r} (kinds: {', '.join(KINDS)})")
    path = sidecar_path(kind, i18n.check_language(language))
    data = _read_json(path)
    if (data.get("format") != FORMAT or data.get("language") != language or data.get("translates") != KINDS[kind]
            or not isinstance(data.get("texts"), dict)):
        raise not_a_data_file(path, f"{FORMAT} ({KINDS[kind]}, {language})")
    return data


def _overlay(source, translation):
    """``source`` (nested dicts/lists of texts) with every text ``translation`` gives at the same place."""
    if isinstance(source, dict):
        translation = translation if isinstance(translation, dict) else {}
        return {k: _overlay(v, translation.get(k)) for k, v in source.items()}
    if isinstance(source, list):
        translation = translation if isinstance(translation, list) else []
        return [_overlay(v, translation[i] if i < len(translation) else None) for i, v in enumerate(source)]
    return translation if isinstance(translation, str) and translation.strip() else source


def _flatten(node, prefix: str = ""):
    """``(path, text)`` of every text in nested dicts/lists: ``"claim_id.caveat"``, ``"lesson.steps[2].notes"``."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _flatten(value, f"{prefix}.{key}" if prefix else key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _flatten(value, f"{prefix}[{i}]")
    else:
        yield prefix, node


def problems(kind: str, language: str) -> list[str]:
    """What is wrong with a sidecar, one line each: an English text without a translation (or an empty one), a
    translation of a text that no longer exists, a lesson step translated from another English title, a
    predict template whose placeholders differ from the English one, an "uncertain" note about nothing."""
    source = dict(_flatten(english(kind)))
    document = sidecar(kind, language)
    translated = dict(_flatten(document["texts"]))
    guards = {path: text for path, text in translated.items() if path.endswith(".source_title")}
    out = [f"untranslated: {path}" for path in source if path not in translated]
    out += [f"empty: {path}" for path, text in translated.items() if not isinstance(text, str) or not text.strip()]
    out += [f"no such English text: {path}" for path in translated if path not in source and path not in guards]
    for path, text in guards.items():
        title = source.get(path.removesuffix(".source_title") + ".title")
        if title != text:
            out.append(f"stale: {path} translates {text!r}, the lesson now says {title!r}")
    if kind == "questions":
        for path, text in translated.items():
            if path.endswith(".explanation") and path in source and isinstance(text, str):
                if placeholders(text) != placeholders(source[path]):
                    out.append(f"placeholders differ from the English: {path}")
    for note in document.get("uncertain", {}):
        if note != "*" and not any(p == note or p.startswith((note + ".", note + "[")) for p in source):
            out.append(f"uncertain note about no text: {note}")
    return out


@lru_cache(maxsize=None)
def texts(kind: str, language: str) -> dict:
    """Every text of ``kind`` in ``language``: the translation where there is one, else the English."""
    source = english(kind)
    if i18n.check_language(language) == i18n.SOURCE_LANGUAGE:
        return source
    return _overlay(source, sidecar(kind, language)["texts"])


def _language(language: str | None) -> str:
    return i18n.check_language(language) if language is not None else i18n.current_language()


# -- what the window and the command line call ---------------------------------------------------------------------
def claims_text(language: str | None = None) -> dict[str, dict[str, str]]:
    """``{claim id: {"text", "explanation", "caveat"}}`` in ``language`` (default: the current one)."""
    return texts("claims", _language(language))


def translated_claims(claims: list[dict], language: str | None = None) -> list[dict]:
    """Claims of :func:`psoas_viz.model.claims.load_claims` with their text in ``language``, ready for
    ``evaluate_claims`` (a claim the built-in file does not have keeps its own text), each with the presets'
    titles in the language (``preset_titles``) for the postures its verdict names."""
    words = claims_text(language)
    titles = {name: text["title"] for name, text in texts("scenarios", _language(language)).items()}
    return [{**claim, **words.get(claim.get("id"), {}), "preset_titles": titles} for claim in claims]


def scenario_text(name: str, language: str | None = None) -> dict[str, str]:
    """The ``title`` and ``notes`` of preset ``name`` in ``language``; KeyError for an unknown preset."""
    presets = texts("scenarios", _language(language))
    if name not in presets:
        raise KeyError(f"unknown preset {name!r} (presets: {', '.join(presets)})")
    return presets[name]


def preset_words(name: str):
    """What gives preset ``name``'s title and notes in whichever language is current when it is asked
    (:meth:`psoas_viz.session.Session.set_scenario`'s ``words``: a language switch retitles the preset shown)."""
    def words() -> tuple[str, str]:
        text = scenario_text(name)
        return text.get("title", ""), text.get("notes", "")
    return words


def translated_scenario(scenario, name: str, language: str | None = None):
    """A preset :class:`~psoas_viz.model.scenario.Scenario` with its title and notes in ``language``."""
    return replace(scenario, **scenario_text(name, language))


def translated_preset(name: str, model, language: str | None = None):
    """Preset ``name`` as :func:`psoas_viz.model.scenario.load_preset` reads it, titled and noted in ``language``
    (ScenarioError for an unknown preset, as load_preset gives)."""
    from psoas_viz.model.scenario import load_preset

    return translated_scenario(load_preset(name, model), name, language)


def lesson_text(language: str | None = None, lesson: str = "psoas_tilt_and_claims") -> dict:
    """A built-in lesson's ``title`` and its ``steps`` in order, each ``{"title", "notes", "scenario_title"?}``."""
    lessons = texts("lessons", _language(language))
    if lesson not in lessons:
        raise KeyError(f"unknown lesson {lesson!r} (lessons: {', '.join(lessons)})")
    return lessons[lesson]


def _preset_titles(language: str) -> dict[str, str]:
    """English preset title -> its title in ``language``."""
    return {english("scenarios")[name].get("title"): text.get("title")
            for name, text in texts("scenarios", language).items()}


def translated_lesson(lesson: str, title: str, steps: list) -> tuple[str, list]:
    """The ``(title, [(step title, Scenario)])`` of built-in lesson ``lesson`` as :func:`psoas_viz.io.lesson.
    parse_lesson` read it in the current language, with the lesson's own text from the sidecar: its title, the step
    titles, the notes each step gives (the claim verdict io/lesson.py appends was written in the language already),
    the titles of the scenarios a step defines (a preset's title io/lesson.py translated already)."""
    source, text = english("lessons")[lesson], lesson_text(None, lesson)
    if len(steps) != len(source["steps"]):
        raise ValueError(f"lesson {lesson!r} has {len(steps)} steps, its text {len(source['steps'])}")
    out = []
    for (step_title, scenario), en, words in zip(steps, source["steps"], text["steps"]):
        notes = scenario.notes
        if en.get("notes") and notes.startswith(en["notes"]):
            notes = words["notes"] + notes[len(en["notes"]):]
        scenario_title = words.get("scenario_title") or scenario.title
        out.append((words.get("title", step_title), replace(scenario, title=scenario_title, notes=notes)))
    return text["title"], out


def question_text(language: str | None = None) -> dict:
    """The predict questions' text in ``language``: ``{"title", "threshold_sources", "options": {kind: {option:
    label}}, "questions": {id: {"prompt", "explanation", "caveat", "first_title"?, "second_title"?}}}``."""
    return texts("questions", _language(language))


def translated_questions(questions, language: str | None = None):
    """A :class:`~psoas_viz.predict.QuestionSet` of the built-in question file with every text a student reads in
    ``language``: title, threshold sources, prompts, explanation templates, caveats, the situations' titles (a
    preset's own title where the question gives none), the option labels and the claims' words.  Questions the
    built-in file does not have keep their text.  What ``predict.reveal`` fills into an explanation (the answer
    word, muscle and angle names, the settle sentences) it writes in the current language itself."""
    from psoas_viz.predict.questions import ClaimText

    language = _language(language)
    words = question_text(language)
    preset_titles = _preset_titles(language)
    claims = claims_text(language)

    def situation(s, title):
        return replace(s, title=title or preset_titles.get(s.title, s.title))

    out = []
    for q in questions.questions:
        text = words["questions"].get(q.id)
        if text is None:
            out.append(q)
            continue
        claim = q.claim and ClaimText(q.claim.id, **{f: claims[q.claim.id][f] for f in CLAIM_FIELDS})
        out.append(replace(q, prompt=text["prompt"], explanation=text["explanation"], caveat=text["caveat"],
                           first=situation(q.first, text.get("first_title")),
                           second=situation(q.second, text.get("second_title")),
                           labels=tuple(option_label(q.kind, o, language) for o in q.options), claim=claim))
    questions = replace(questions, questions=tuple(out))
    if questions.title != english("questions")["title"]:  # another question file: its own title and sources
        return questions
    thresholds = replace(questions.thresholds, sources=tuple(words["threshold_sources"]))
    return replace(questions, title=words["title"], thresholds=thresholds)


def fascicle_name(muscle_id: str, name: str, language: str | None = None) -> str:
    """A fascicle's name (where it arises: ``T12-L1 bodies``) in ``language``; a name the model file does not
    have (another model) stays as it is."""
    return texts("fascicles", _language(language)).get(muscle_id, {}).get("names", {}).get(name, name)


def fascicle_source(muscle_id: str, source: str, language: str | None = None) -> str:
    """Where a fascicle's path and properties come from (``path Christophy 2012 EO5_r; properties FBLS EO5_r``)
    in ``language``: the role words translated, the models and their element names as published."""
    return texts("fascicles", _language(language)).get(muscle_id, {}).get("sources", {}).get(source, source)


def posture_text(language: str | None = None) -> dict[str, dict[str, str]]:
    """``{parameter name: {"label", "description"}}`` of the posture parameters in ``language``."""
    return texts("posture", _language(language))


# -- templates ----------------------------------------------------------------------------------------------------
def placeholders(template: str) -> list[tuple[str, str, str | None]]:
    """The ``(field, format spec, conversion)`` of each placeholder of a ``str.format`` template, sorted."""
    return sorted((name, spec or "", conversion) for _, name, spec, conversion in string.Formatter().parse(template)
                  if name is not None)


def option_label(kind: str, option: str, language: str | None = None) -> str:
    """What a student reads for an answer option: the question set's word (``"longer"`` -> ``"länger"``), or for
    a "most" question the muscle's name as running text writes it."""
    if kind == "most":
        name = terms.short_name(option, _language(language))
        return name[:1].upper() + name[1:]
    return question_text(language)["options"][kind][option]

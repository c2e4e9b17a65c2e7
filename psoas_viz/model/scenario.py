"""Scenario files: versioned JSON holding a posture, muscle settings, view options, title and notes.

A scenario is checked completely before anything uses it: unknown keys, wrong types, NaN or infinities,
values out of range, oversized files and other versions are refused with a message that names the key, in the
current language (:func:`psoas_viz.i18n.translate`); a number from the file and its limits are written as JSON writes
them (:func:`psoas_viz.i18n.as_typed`: decimal point, ASCII minus), so that they can be typed into the file.
Files are read and written only through ``psoas_viz.io.files`` (bounded, regular files only; atomic saves).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from psoas_viz.i18n import QT_TRANSLATE_NOOP, as_typed, fill_template, translate
from psoas_viz.io.files import FileRefused, file_kind, one_line, read_json, write_file
from psoas_viz.resources import asset

from .posture import NUMERIC_PARAMETERS, SPINE_MODES, Posture

FORMAT = "psoas-viz/scenario"
VERSION = 1
MAX_BYTES = 1_000_000
TOP_KEYS = {"format", "version", "posture", "muscles", "fascia", "view", "title", "notes"}
MUSCLE_KEYS = {"activation", "tightness"}
VIEW_KEYS = {"labels": bool, "ghost": bool, "plots": bool, "theme": str}
THEMES = ("screen", "projector")
# a JSON value's kind, as a message names what the file has instead of what it should have
JSON_KINDS = {str: QT_TRANSLATE_NOOP("Scenario", "text"), bool: QT_TRANSLATE_NOOP("Scenario", "true or false"),
              int: QT_TRANSLATE_NOOP("Scenario", "a number"), float: QT_TRANSLATE_NOOP("Scenario", "a number"),
              list: QT_TRANSLATE_NOOP("Scenario", "a list"), dict: QT_TRANSLATE_NOOP("Scenario", "an object"),
              type(None): QT_TRANSLATE_NOOP("Scenario", "null")}


class ScenarioError(ValueError):
    """A scenario that cannot be used; the message (one line) names the file and the key."""

    def __init__(self, message: str):
        super().__init__(one_line(message))


def _say(template: str, **values) -> str:
    return fill_template(template, values)


def json_kind(value) -> str:
    """What a JSON value is, in the current language ("text", "eine Liste", "un objeto")."""
    kind = JSON_KINDS.get(type(value))
    return translate("Scenario", kind) if kind else type(value).__name__


def _outside(key: str, number: float, low: float, high: float, unit: str = "") -> ScenarioError:
    """``key``'s ``number`` outside ``low``…``high`` (numbers as the file writes them)."""
    values = {"key": key, "number": as_typed(number), "low": as_typed(low), "high": as_typed(high), "unit": unit}
    if unit:
        return ScenarioError(fill_template(translate("Scenario", "{key}: {number:g} is outside {low:g}…{high:g} "
                                                                 "{unit}"), values))
    return ScenarioError(fill_template(translate("Scenario", "{key}: {number:g} is outside {low:g}…{high:g}"), values))


def _unknown_key(key: str, allowed) -> ScenarioError:
    return ScenarioError(_say(translate("Scenario", "{key}: unknown key (allowed: {keys})"), key=key,
                              keys=", ".join(allowed)))


@dataclass(frozen=True)
class MuscleSetting:
    activation: float = 0.0
    tightness: float = 0.0


@dataclass
class Scenario:
    posture: Posture
    muscles: dict[str, MuscleSetting] = field(default_factory=dict)
    view: dict = field(default_factory=dict)
    title: str = ""
    notes: str = ""
    fascia: dict[str, float] = field(default_factory=dict)  # fascial link -> pull, N
    question: str = ""  # a lesson step's predict question (its id), asked before the step's answer: the lesson's
    # step key, never written into a scenario file

    def to_json(self) -> dict:
        return {
            "format": FORMAT, "version": VERSION,
            "posture": {name: getattr(self.posture, name) for name in (*NUMERIC_PARAMETERS, "spine_mode")},
            "muscles": {mid: {"activation": s.activation, "tightness": s.tightness} for mid, s in self.muscles.items()},
            "fascia": {link: {"pull_n": force} for link, force in self.fascia.items()},
            "view": dict(self.view), "title": self.title, "notes": self.notes,
        }


def _number(value, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ScenarioError(_say(translate("Scenario", "{key}: expected a number, got {kind}"), key=key,
                                 kind=json_kind(value)))
    try:
        number = float(value)  # an int too large for a float raises here, not in the range check
    except OverflowError:
        raise ScenarioError(_say(translate("Scenario", "{key}: the number is out of range"), key=key)) from None
    if not math.isfinite(number):
        raise ScenarioError(_say(translate("Scenario", "{key}: {value} is not a finite number"), key=key,
                                 value=str(value)))
    return number


def _object(value, key: str) -> dict:
    if not isinstance(value, dict):
        raise ScenarioError(_say(translate("Scenario", "{key}: expected an object, got {kind}"), key=key,
                                 kind=json_kind(value)))
    return value


def check_header(document, what: str, keys: set[str], fmt: str, version: int) -> dict:
    """The document as a dict whose keys are all in ``keys`` and whose format and version are ``fmt`` and
    ``version``; ScenarioError naming the key otherwise (shared by scenarios, lessons and question sets: ``what``
    is a key of ``psoas_viz.io.files.FILE_KINDS``)."""
    if not isinstance(document, dict):
        raise ScenarioError(_say(translate("Scenario", "the file: expected an object, got {kind}"),
                                 kind=json_kind(document)))
    doc = document
    unknown = sorted(set(doc) - keys)
    if unknown:
        raise _unknown_key(unknown[0], sorted(keys))
    if doc.get("format") != fmt:
        raise ScenarioError(_say(translate("Scenario", "format: expected {expected!r}, got {found!r}"), expected=fmt,
                                 found=doc.get("format")))
    if doc.get("version") != version or type(doc.get("version")) is not int:
        raise ScenarioError(_say(translate("Scenario", "version: this program reads {files} of version {version}; the "
                                                       "file has {found!r}"),
                                 files=file_kind(what), version=as_typed(version), found=doc.get("version")))
    return doc


def parse_scenario(document, model) -> Scenario:
    """A Scenario from a decoded JSON document, checked against ``model``; ScenarioError otherwise."""
    doc = check_header(document, "scenario", TOP_KEYS, FORMAT, VERSION)

    posture_doc = _object(doc.get("posture", {}), "posture")
    values = {}
    for key, value in posture_doc.items():
        if key == "spine_mode":
            if value not in SPINE_MODES:
                raise ScenarioError(_say(translate("Scenario", "{key}: {value!r} is not one of {choices}"),
                                         key="posture.spine_mode", value=value, choices=", ".join(SPINE_MODES)))
            values[key] = value
        elif key in model.parameters:
            number = _number(value, f"posture.{key}")
            spec = model.parameters[key]
            if not spec.minimum <= number <= spec.maximum:
                raise _outside(f"posture.{key}", number, spec.minimum, spec.maximum, spec.unit)
            values[key] = number
        else:
            raise ScenarioError(_say(translate("Scenario", "{key}: unknown parameter"), key=f"posture.{key}"))
    posture = model.default_posture().with_values(**values)

    muscles = {}
    for mid, setting in _object(doc.get("muscles", {}), "muscles").items():
        if mid not in model.muscles.muscles:
            raise ScenarioError(_say(translate("Scenario", "{key}: unknown muscle id"), key=f"muscles.{mid}"))
        setting = _object(setting, f"muscles.{mid}")
        extra = sorted(set(setting) - MUSCLE_KEYS)
        if extra:
            raise _unknown_key(f"muscles.{mid}.{extra[0]}", ("activation", "tightness"))
        numbers = {}
        for key in MUSCLE_KEYS & set(setting):
            number = _number(setting[key], f"muscles.{mid}.{key}")
            if not 0.0 <= number <= 1.0:
                raise _outside(f"muscles.{mid}.{key}", number, 0.0, 1.0)
            numbers[key] = number
        muscles[mid] = MuscleSetting(**numbers)

    fascia = {}
    links = model.mechanics.fascia.links
    for link, setting in _object(doc.get("fascia", {}), "fascia").items():
        if link not in links:
            raise ScenarioError(_say(translate("Scenario", "{key}: unknown fascial link (links: {links})"),
                                     key=f"fascia.{link}", links=", ".join(links)))
        setting = _object(setting, f"fascia.{link}")
        extra = sorted(set(setting) - {"pull_n"})
        if extra:
            raise _unknown_key(f"fascia.{link}.{extra[0]}", ("pull_n",))
        force = _number(setting.get("pull_n", 0.0), f"fascia.{link}.pull_n")
        if not 0.0 <= force <= links[link].max_force:
            raise _outside(f"fascia.{link}.pull_n", force, 0.0, links[link].max_force, "N")
        fascia[link] = force

    view = {}
    for key, value in _object(doc.get("view", {}), "view").items():
        if key not in VIEW_KEYS:
            raise _unknown_key(f"view.{key}", VIEW_KEYS)
        if not isinstance(value, VIEW_KEYS[key]):
            raise ScenarioError(_say(translate("Scenario", "{key}: expected {expected}, got {kind}"), key=f"view.{key}",
                                     expected=translate("Scenario", JSON_KINDS[VIEW_KEYS[key]]), kind=json_kind(value)))
        if key == "theme" and value not in THEMES:
            raise ScenarioError(_say(translate("Scenario", "{key}: {value!r} is not one of {choices}"),
                                     key="view.theme", value=value, choices=", ".join(THEMES)))
        view[key] = value

    text = {}
    for key in ("title", "notes"):
        value = doc.get(key, "")
        if not isinstance(value, str):
            raise ScenarioError(_say(translate("Scenario", "{key}: expected text, got {kind}"), key=key,
                                     kind=json_kind(value)))
        text[key] = value
    return Scenario(posture, muscles, view, **text, fascia=fascia)


def read_document(path, what: str = "scenario"):
    """The strict JSON document in a scenario or lesson file (``psoas_viz.io.files.read_json``: regular files of at
    most MAX_BYTES only); ScenarioError naming the file otherwise."""
    try:
        return read_json(path, MAX_BYTES, what)
    except FileRefused as error:
        raise ScenarioError(str(error)) from None


def load_scenario(path, model) -> Scenario:
    """Read and check a scenario file; ScenarioError (naming the file) for anything unusable."""
    document = read_document(path)
    try:
        return parse_scenario(document, model)
    except ScenarioError as error:
        raise ScenarioError(f"{path}: {error}") from None


def save_scenario(path, scenario: Scenario) -> None:
    write_file(path, (json.dumps(scenario.to_json(), indent=2) + "\n").encode("utf-8"))


PRESET_DIR = asset("scenarios")


def preset_files() -> dict[str, Path]:
    """Preset name -> scenario file, in teaching order (file names start with their position)."""
    return {path.stem.split("_", 1)[1]: path for path in sorted(PRESET_DIR.glob("[0-9][0-9]_*.json"))}


def load_preset(name: str, model) -> Scenario:
    files = preset_files()
    if name not in files:
        raise ScenarioError(fill_template(translate("Model", "unknown preset {name!r} (presets: {names})"),
                                          {"name": name, "names": ", ".join(files)}))
    return load_scenario(files[name], model)

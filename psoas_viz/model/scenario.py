"""Scenario files: versioned JSON holding a posture, muscle settings, view options, title and notes.

A scenario is checked completely before anything uses it: unknown keys, wrong types, NaN or infinities,
values out of range, oversized files and other versions are refused with a message that names the key.
Files are read and written only through ``psoas_viz.io.files`` (bounded, regular files only; atomic saves).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from psoas_viz.i18n import fill_template, translate
from psoas_viz.io.files import FileRefused, one_line, read_json, write_file
from psoas_viz.resources import asset

from .posture import NUMERIC_PARAMETERS, SPINE_MODES, Posture

FORMAT = "psoas-viz/scenario"
VERSION = 1
MAX_BYTES = 1_000_000
TOP_KEYS = {"format", "version", "posture", "muscles", "fascia", "view", "title", "notes"}
MUSCLE_KEYS = {"activation", "tightness"}
VIEW_KEYS = {"labels": bool, "ghost": bool, "plots": bool, "theme": str}
THEMES = ("screen", "projector")


class ScenarioError(ValueError):
    """A scenario that cannot be used; the message (one line) names the file and the key."""

    def __init__(self, message: str):
        super().__init__(one_line(message))


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
        raise ScenarioError(f"{key}: expected a number, got {type(value).__name__}")
    try:
        number = float(value)  # an int too large for a float raises here, not in the range check
    except OverflowError:
        raise ScenarioError(f"{key}: the number is out of range") from None
    if not math.isfinite(number):
        raise ScenarioError(f"{key}: {value} is not a finite number")
    return number


def _object(value, key: str) -> dict:
    if not isinstance(value, dict):
        raise ScenarioError(f"{key}: expected an object, got {type(value).__name__}")
    return value


def check_header(document, what: str, keys: set[str], fmt: str, version: int) -> dict:
    """The document as a dict whose keys are all in ``keys`` and whose format and version are ``fmt`` and
    ``version``; ScenarioError naming the key otherwise (shared by scenarios and lessons)."""
    doc = _object(document, what)
    unknown = sorted(set(doc) - keys)
    if unknown:
        raise ScenarioError(f"{unknown[0]}: unknown key (allowed: {', '.join(sorted(keys))})")
    if doc.get("format") != fmt:
        raise ScenarioError(f"format: expected {fmt!r}, got {doc.get('format')!r}")
    if doc.get("version") != version or type(doc.get("version")) is not int:
        raise ScenarioError(f"version: this program reads {what} version {version}, the file has "
                            f"{doc.get('version')!r}")
    return doc


def parse_scenario(document, model) -> Scenario:
    """A Scenario from a decoded JSON document, checked against ``model``; ScenarioError otherwise."""
    doc = check_header(document, "scenario", TOP_KEYS, FORMAT, VERSION)

    posture_doc = _object(doc.get("posture", {}), "posture")
    values = {}
    for key, value in posture_doc.items():
        if key == "spine_mode":
            if value not in SPINE_MODES:
                raise ScenarioError(f"posture.spine_mode: {value!r} is not one of {', '.join(SPINE_MODES)}")
            values[key] = value
        elif key in model.parameters:
            number = _number(value, f"posture.{key}")
            spec = model.parameters[key]
            if not spec.minimum <= number <= spec.maximum:
                raise ScenarioError(f"posture.{key}: {number:g} is outside {spec.minimum:g}…{spec.maximum:g} {spec.unit}")
            values[key] = number
        else:
            raise ScenarioError(f"posture.{key}: unknown parameter")
    posture = model.default_posture().with_values(**values)

    muscles = {}
    for mid, setting in _object(doc.get("muscles", {}), "muscles").items():
        if mid not in model.muscles.muscles:
            raise ScenarioError(f"muscles.{mid}: unknown muscle id")
        setting = _object(setting, f"muscles.{mid}")
        extra = sorted(set(setting) - MUSCLE_KEYS)
        if extra:
            raise ScenarioError(f"muscles.{mid}.{extra[0]}: unknown key (allowed: activation, tightness)")
        numbers = {}
        for key in MUSCLE_KEYS & set(setting):
            number = _number(setting[key], f"muscles.{mid}.{key}")
            if not 0.0 <= number <= 1.0:
                raise ScenarioError(f"muscles.{mid}.{key}: {number:g} is outside 0…1")
            numbers[key] = number
        muscles[mid] = MuscleSetting(**numbers)

    fascia = {}
    links = model.mechanics.fascia.links
    for link, setting in _object(doc.get("fascia", {}), "fascia").items():
        if link not in links:
            raise ScenarioError(f"fascia.{link}: unknown fascial link (links: {', '.join(links)})")
        setting = _object(setting, f"fascia.{link}")
        extra = sorted(set(setting) - {"pull_n"})
        if extra:
            raise ScenarioError(f"fascia.{link}.{extra[0]}: unknown key (allowed: pull_n)")
        force = _number(setting.get("pull_n", 0.0), f"fascia.{link}.pull_n")
        if not 0.0 <= force <= links[link].max_force:
            raise ScenarioError(f"fascia.{link}.pull_n: {force:g} is outside 0…{links[link].max_force:g} N")
        fascia[link] = force

    view = {}
    for key, value in _object(doc.get("view", {}), "view").items():
        if key not in VIEW_KEYS:
            raise ScenarioError(f"view.{key}: unknown key (allowed: {', '.join(VIEW_KEYS)})")
        if not isinstance(value, VIEW_KEYS[key]):
            raise ScenarioError(f"view.{key}: expected {VIEW_KEYS[key].__name__}, got {type(value).__name__}")
        if key == "theme" and value not in THEMES:
            raise ScenarioError(f"view.theme: {value!r} is not one of {', '.join(THEMES)}")
        view[key] = value

    text = {}
    for key in ("title", "notes"):
        value = doc.get(key, "")
        if not isinstance(value, str):
            raise ScenarioError(f"{key}: expected text, got {type(value).__name__}")
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

"""Scenario files: versioned JSON holding a posture, muscle settings, view options, title and notes.

A scenario is checked completely before anything uses it: unknown keys, wrong types, NaN or infinities,
values out of range, oversized files and other versions are refused with a message that names the key.
Writing goes to a temporary file in the target folder that is then renamed into place.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

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
    """A scenario that cannot be used; the message names the file and the key."""


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
    if not math.isfinite(value):
        raise ScenarioError(f"{key}: {value} is not a finite number")
    return float(value)


def _object(value, key: str) -> dict:
    if not isinstance(value, dict):
        raise ScenarioError(f"{key}: expected an object, got {type(value).__name__}")
    return value


def _reject_constant(name):
    raise ValueError(f"{name} is not allowed in a scenario")


def decode_json(raw: bytes):
    """Strict JSON for scenario and lesson files: UTF-8, no NaN or Infinity, no key given twice."""
    return json.loads(raw.decode("utf-8"), parse_constant=_reject_constant, object_pairs_hook=_unique_keys)


def _unique_keys(pairs):
    """A JSON object, refusing a key given twice (which one would win is not obvious to the writer)."""
    out = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"the key {key!r} is given twice")
        out[key] = value
    return out


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


def load_scenario(path, model) -> Scenario:
    """Read and check a scenario file; ScenarioError (naming the file) for anything unusable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ScenarioError(f"the file is {size} bytes; scenarios are at most {MAX_BYTES} bytes")
        raw = path.read_bytes()
    except OSError as error:
        raise ScenarioError(f"{path}: cannot be read ({error.strerror or error})") from None
    except ScenarioError as error:
        raise ScenarioError(f"{path}: {error}") from None
    try:
        document = decode_json(raw)
    except (UnicodeDecodeError, ValueError) as error:
        raise ScenarioError(f"{path}: not valid JSON ({error})") from None
    except RecursionError:
        raise ScenarioError(f"{path}: nested too deeply") from None
    try:
        return parse_scenario(document, model)
    except ScenarioError as error:
        raise ScenarioError(f"{path}: {error}") from None


def write_atomically(path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it into place."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes it private; give it a normal file's mode
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def save_scenario(path, scenario: Scenario) -> None:
    write_atomically(path, (json.dumps(scenario.to_json(), indent=2) + "\n").encode("utf-8"))


PRESET_DIR = asset("scenarios")


def preset_files() -> dict[str, Path]:
    """Preset name -> scenario file, in teaching order (file names start with their position)."""
    return {path.stem.split("_", 1)[1]: path for path in sorted(PRESET_DIR.glob("[0-9][0-9]_*.json"))}


def load_preset(name: str, model) -> Scenario:
    files = preset_files()
    if name not in files:
        raise ScenarioError(f"unknown preset {name!r} (presets: {', '.join(files)})")
    return load_scenario(files[name], model)

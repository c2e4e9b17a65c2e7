"""Reading the command line's input (no Qt): numbers, ``--set`` assignments, the scenario or preset, and the
session they make.  Bad input raises ``UsageError``: one line on stderr, exit status 2."""

from __future__ import annotations

import argparse
import math


class UsageError(Exception):
    """Bad input: reported as one line on stderr with exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse prints usage and exits 2; we want one clear line
        raise UsageError(message)


def _number(text: str, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise UsageError(f"{what}: {text!r} is not a number") from None
    if not math.isfinite(value):
        raise UsageError(f"{what}: {text!r} is not a finite number")
    return value


def _assignments(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UsageError(f"--set {pair!r}: expected NAME=VALUE")
        out[name.strip()] = value.strip()
    return out


def _base_scenario(model, args):
    from psoas_viz.model.scenario import Scenario, load_scenario

    if getattr(args, "scenario", None):
        return load_scenario(args.scenario, model)
    return Scenario(model.default_posture())


def _posture(model, args, scenario=None, assignments=None):
    scenario = scenario or _base_scenario(model, args)
    assignments = _assignments(args.set) if assignments is None else assignments
    if getattr(args, "spine", None):
        assignments["spine_mode"] = args.spine
    return model.posture_with(scenario.posture, assignments)


def _muscle_settings(model, scenario, assignments: dict[str, str]):
    """Activation, tightness and fascial pulls from the scenario, then ``<muscle_id>.activation=V`` /
    ``.tightness=V`` / ``<link_id>.pull=N`` assignments (removed from ``assignments``)."""
    from psoas_viz.model.mechanics import Activation

    settings = Activation({m: s.activation for m, s in scenario.muscles.items()},
                          {m: s.tightness for m, s in scenario.muscles.items()}, dict(scenario.fascia))
    links = model.mechanics.fascia.links
    for name in [n for n in assignments if "." in n]:
        muscle, _, field = name.partition(".")
        if muscle in links:
            if field != "pull":
                raise UsageError(f"--set {name}: a fascial link takes .pull (newtons)")
            force = _number(assignments.pop(name), f"--set {name}")
            if not 0.0 <= force <= links[muscle].max_force:
                raise UsageError(f"--set {name}: {force:g} N is outside 0…{links[muscle].max_force:g} N")
            settings.pulls[muscle] = force
            continue
        if muscle not in model.muscles.muscles:
            raise UsageError(f"--set {name}: unknown muscle or fascial link {muscle!r} (muscles: "
                             f"{', '.join(model.muscles.ids)}; fascial links: {', '.join(links)})")
        if field not in ("activation", "tightness"):
            raise UsageError(f"--set {name}: a muscle takes .activation or .tightness")
        value = _number(assignments.pop(name), f"--set {name}")
        if not 0.0 <= value <= 1.0:
            raise UsageError(f"--set {name}: {value:g} is outside 0…1")
        getattr(settings, field)[muscle] = value
    return settings


def _session(model, args):
    """A session holding the preset or scenario (neutral standing without either), then ``--set`` on top;
    ``--latin`` turns on the Latin names."""
    from psoas_viz.model.scenario import Scenario, load_scenario
    from psoas_viz.session import Session

    if getattr(args, "preset", None):
        from psoas_viz.content_i18n import translated_preset

        scenario = translated_preset(args.preset, model)  # its title in the language
    elif getattr(args, "scenario", None):
        scenario = load_scenario(args.scenario, model)
    else:
        scenario = Scenario(model.default_posture())
    assignments = _assignments(args.set)
    settings = _muscle_settings(model, scenario, assignments)
    posture = model.posture_with(scenario.posture, assignments)
    session = Session(model)
    session.set_view("latin", bool(getattr(args, "latin", False)))
    session.set_scenario(scenario)
    session.set_posture(posture)
    for muscle in model.muscles.ids:
        activation, tightness = settings.activation.get(muscle, 0.0), settings.tightness.get(muscle, 0.0)
        if activation or tightness:
            session.set_muscle(muscle, activation, tightness)
    for link, newtons in settings.pulls.items():
        session.set_pull(link, newtons)
    return session

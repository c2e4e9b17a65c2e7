"""Reading the command line's input (no Qt): numbers, ``--set`` assignments, the scenario or preset, and the
session they make.  Bad input raises ``UsageError``: one line on stderr, exit status 2."""

from __future__ import annotations

import argparse
import math
from contextlib import contextmanager

from psoas_viz.i18n import QT_TRANSLATE_NOOP, as_typed, fill_template, translate


class UsageError(Exception):
    """Bad input: reported as one line on stderr with exit status 2."""


# argparse's own words that reach psoas-viz's users (help headings, its error messages), marked so that they
# are translated in the catalogues' "argparse" context; argparse asks its module-level ``_`` (gettext's hook)
# for each, and :func:`_argparse_speaking` answers from the catalogues.  A Python whose argparse words differ
# gets them in English.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
)


def _argparse_gettext(message):
    return translate("argparse", message) if message else message


@contextmanager
def _argparse_speaking():
    """argparse's words in the current language while the parser is built, parses, or writes its help."""
    saved = argparse._
    argparse._ = _argparse_gettext
    try:
        yield
    finally:
        argparse._ = saved


class _Parser(argparse.ArgumentParser):
    """An argument parser that speaks the current language and reports bad input as one line."""

    def __init__(self, *args, **kwargs):
        with _argparse_speaking():
            super().__init__(*args, **kwargs)

    def parse_known_args(self, args=None, namespace=None):
        with _argparse_speaking():
            return super().parse_known_args(args, namespace)

    def format_usage(self):
        with _argparse_speaking():
            return super().format_usage()

    def format_help(self):
        with _argparse_speaking():
            return super().format_help()

    def error(self, message):  # argparse prints usage and exits 2; we want one clear line
        raise UsageError(message)


def _number(text: str, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise UsageError(fill_template(translate("CommandLine", "{what}: {text!r} is not a number"),
                                       {"what": what, "text": text})) from None
    if not math.isfinite(value):
        raise UsageError(fill_template(translate("CommandLine", "{what}: {text!r} is not a finite number"),
                                       {"what": what, "text": text}))
    return value


def _assignments(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UsageError(fill_template(translate("CommandLine", "--set {pair!r}: expected NAME=VALUE"),
                                           {"pair": pair}))
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
                raise UsageError(fill_template(translate("CommandLine", "--set {name}: a fascial link takes .pull "
                                                                     "(newtons)"), {"name": name}))
            force = _number(assignments.pop(name), f"--set {name}")
            if not 0.0 <= force <= links[muscle].max_force:
                raise UsageError(fill_template(translate("CommandLine",
                                                         "--set {name}: {force:g} N is outside 0…{most:g} N"),
                                               {"name": name, "force": as_typed(force), "most": links[muscle].max_force}))
            settings.pulls[muscle] = force
            continue
        if muscle not in model.muscles.muscles:
            raise UsageError(fill_template(translate(
                "CommandLine", "--set {name}: unknown muscle or fascial link {muscle!r} (muscles: {muscles}; "
                               "fascial links: {links})"),
                {"name": name, "muscle": muscle, "muscles": ", ".join(model.muscles.ids), "links": ", ".join(links)}))
        if field not in ("activation", "tightness"):
            raise UsageError(fill_template(translate("CommandLine", "--set {name}: a muscle takes .activation or "
                                                                 ".tightness"), {"name": name}))
        value = _number(assignments.pop(name), f"--set {name}")
        if not 0.0 <= value <= 1.0:
            raise UsageError(fill_template(translate("CommandLine", "--set {name}: {value:g} is outside 0…1"),
                                           {"name": name, "value": as_typed(value)}))
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

"""Posture parameters: names, units, defaults and ranges, and their validation."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace

from psoas_viz.i18n import as_typed, fill_template, translate

SPINE_MODES = ("locked", "upright", "manual")


class ParameterError(ValueError):
    """A posture value that is unknown, not a number, or outside its range."""


@dataclass(frozen=True)
class ParameterSpec:
    name: str
    unit: str
    default: float
    minimum: float
    maximum: float
    label: str
    description: str

    def check(self, value) -> float:
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ParameterError(fill_template(translate("Model", "{name}: {value!r} is not a number"),
                                               {"name": self.name, "value": value})) from None
        if not math.isfinite(number):
            raise ParameterError(fill_template(translate("Model", "{name}: {value!r} is not a finite number"),
                                               {"name": self.name, "value": value}))
        if not self.minimum <= number <= self.maximum:
            raise ParameterError(fill_template(
                translate("Model", "{name}: {value:g} {unit} is outside {low:g}…{high:g} {unit}"),
                {"name": self.name, "value": as_typed(number), "unit": self.unit, "low": float(self.minimum),
                 "high": float(self.maximum)}))
        return number


def parameter_specs(default_pelvic_incidence: float, neutral_lumbar_lordosis: float) -> dict[str, ParameterSpec]:
    """The numeric posture parameters; two defaults come from the model data."""
    specs = [
        ParameterSpec("pelvic_tilt", "deg", 0.0, -30.0, 30.0, "Pelvic tilt",
                      "Rotation of the pelvis about the hip axis from neutral standing; + anterior (ASIS forward and down)"),
        ParameterSpec("thigh_angle", "deg", 0.0, -30.0, 120.0, "Thigh angle",
                      "Femur in the world, 0 vertical, + forward; hip flexion = thigh_angle + pelvic_tilt"),
        ParameterSpec("knee_flexion", "deg", 0.0, 0.0, 140.0, "Knee flexion", "Knee flexion, 0 straight"),
        ParameterSpec("lumbar_lordosis", "deg", round(neutral_lumbar_lordosis, 1), 0.0, 80.0, "Lumbar lordosis",
                      "L1 upper endplate to S1 endplate; used when spine_mode is manual"),
        ParameterSpec("pelvic_incidence", "deg", round(default_pelvic_incidence, 1), 30.0, 80.0, "Pelvic incidence",
                      "Pelvis shape: the sacral endplate relative to the hip axis (PI = PT + SS)"),
    ]
    return {spec.name: spec for spec in specs}


@dataclass(frozen=True)
class Posture:
    """One posture, angles in degrees. ``Model.default_posture()`` gives neutral standing."""

    pelvic_tilt: float
    thigh_angle: float
    knee_flexion: float
    lumbar_lordosis: float
    pelvic_incidence: float
    spine_mode: str = "upright"

    def with_values(self, **values) -> "Posture":
        return replace(self, **values)


NUMERIC_PARAMETERS = tuple(f.name for f in fields(Posture) if f.name != "spine_mode")


def check_spine_mode(value: str) -> str:
    if value not in SPINE_MODES:
        raise ParameterError(fill_template(translate("Model", "spine_mode: {value!r} is not one of {modes}"),
                                           {"value": value, "modes": ", ".join(SPINE_MODES)}))
    return value

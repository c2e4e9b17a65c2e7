"""Fascial pulls on the psoas: a pulled psoas is longer and tauter although its fibres were not shortened."""

import json
import subprocess
import sys

import numpy as np
import pytest

from psoas_viz.model import load_model
from psoas_viz.model.fascia import green
from psoas_viz.model.mechanics import Activation


@pytest.fixture(scope="module")
def model():
    return load_model()


def solve(model, pulls, activation=None, spine_mode="upright"):
    posture = model.default_posture().with_values(spine_mode=spine_mode)
    mech = model.mechanics
    ev = model.evaluate_many(posture.pelvic_tilt, posture.thigh_angle, posture.knee_flexion, posture.lumbar_lordosis,
                             posture.pelvic_incidence, spine_mode, joints=mech.joints_for(spine_mode))
    return mech.fascia.solve(ev, Activation(activation or {}, {}, pulls), spine_mode)


@pytest.mark.parametrize("link", ["diaphragm_crura", "abdominal_fascia", "quad_hip_flexor_fascia"])
def test_a_pull_lengthens_and_tightens_a_relaxed_psoas(model, link):
    free = solve(model, {})
    lengths, tensions = [], []
    for force in (10.0, 40.0, 90.0):
        pulled = solve(model, {link: force})
        assert pulled.length_without == pytest.approx(free.length_without)  # its own posture is unchanged
        lengths.append(pulled.length_with)
        tensions.append(pulled.tension_with)
        assert pulled.deflection[link] > 0
    assert free.length_without < lengths[0] < lengths[1] < lengths[2]
    assert free.tension_with < 1e-9 < tensions[0] < tensions[1] < tensions[2]


def test_string_equilibrium_holds_at_the_contact(model):
    """The transverse pull equals the bundle tension times the kink of the deflected psoas (small angles)."""
    force = 60.0
    pulled = solve(model, {"diaphragm_crura": force})
    sk = model.skeleton
    ev = model.evaluate(model.default_posture())
    xiphoid = sk.landmark_world(ev.pose, "xiphoid")[0]
    for line in pulled.polylines.values():
        a, contact, b = line[0], line[1], line[-1]
        span = np.linalg.norm(b - a)
        unit = (b - a) / span
        normal = np.array([-unit[1], unit[0]])
        x = (contact - a) @ unit
        depth = (contact - a) @ normal
        kink = depth / x + depth / (span - x)
        undeflected = a + x * unit
        pull = (xiphoid - undeflected) / np.linalg.norm(xiphoid - undeflected)
        assert pulled.tension_with * kink == pytest.approx(force * (pull @ normal), rel=1e-6)
    assert green(np.array([0.0, 5.0, 10.0]), 5.0, 10.0).tolist() == [0.0, 2.5, 0.0]


def test_a_toned_psoas_is_barely_displaced(model):
    relaxed = solve(model, {"diaphragm_crura": 50.0})
    toned = solve(model, {"diaphragm_crura": 50.0}, {"psoas_major": 0.3})
    assert toned.deflection["diaphragm_crura"] < relaxed.deflection["diaphragm_crura"] / 5
    assert toned.length_with - toned.length_without < 1.0


def test_high_adductors_pull_the_pelvis_not_the_psoas(model):
    pulled = solve(model, {"high_adductors": 100.0})
    assert pulled.length_with == pytest.approx(pulled.length_without) and not pulled.deflection
    assert pulled.tilt_moment != 0.0


def test_pulls_out_of_range_are_refused(model):
    with pytest.raises(ValueError, match="outside"):
        solve(model, {"diaphragm_crura": 150.0})
    with pytest.raises(KeyError, match="unknown fascial link"):
        solve(model, {"crura": 10.0})


def test_settle_reports_the_psoas_with_and_without_pulls():
    result = subprocess.run([sys.executable, "-m", "psoas_viz", "settle", "--format", "json",
                             "--set", "abdominal_fascia.pull=60"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    fascia = json.loads(result.stdout)["fascia"]
    assert fascia["psoas_length_with_pulls_mm"] > fascia["psoas_length_without_pulls_mm"]
    assert fascia["psoas_tension_with_pulls_n"] > fascia["psoas_tension_without_pulls_n"]

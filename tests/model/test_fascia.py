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


def test_the_crura_pull_along_the_psoas_and_tension_it_without_moving_it(model):
    """The crura and medial arcuate ligament pull along the muscle towards its origins: the path is unchanged
    and the part below the contact (10 % down the free span) takes 10 % of the pull."""
    free = solve(model, {})
    tensions = []
    for force in (10.0, 40.0, 90.0):
        pulled = solve(model, {"diaphragm_crura": force})
        assert pulled.length_with == pytest.approx(free.length_without)
        assert pulled.deflection["diaphragm_crura"] == 0.0 and not pulled.bounded
        assert pulled.tension_with == pytest.approx(0.1 * force, rel=1e-6)
        tensions.append(pulled.tension_with)
    assert free.tension_with < 1e-9 < tensions[0] < tensions[1] < tensions[2]


@pytest.mark.parametrize("link", ["abdominal_fascia", "quad_hip_flexor_fascia"])
def test_the_psoas_bed_bounds_a_sideways_pull(model, link):
    """However hard a transverse pull, the psoas moves at most the bed's bound and its path barely changes."""
    bound = model.mechanics.fascia.max_deflection
    free = solve(model, {})
    lengths = []
    for force in (10.0, 40.0, 90.0):
        pulled = solve(model, {link: force})
        assert pulled.length_without == pytest.approx(free.length_without)  # its own posture is unchanged
        assert 0.0 < pulled.deflection[link] <= bound * (1 + 1e-4)
        lengths.append(pulled.length_with)
    assert free.length_without < lengths[0] and max(lengths) < free.length_without + 1.0
    assert lengths[0] <= lengths[1] + 1e-5 and lengths[1] <= lengths[2] + 1e-5  # never shorter with more pull


def test_string_equilibrium_holds_at_the_contact_below_the_bound(model):
    """The transverse pull equals the bundle tension times the kink of the deflected psoas (small angles)."""
    force = 20.0
    pulled = solve(model, {"abdominal_fascia": force}, {"psoas_major": 0.3})
    assert not pulled.bounded
    sk = model.skeleton
    ev = model.evaluate(model.default_posture())
    asis = sk.landmark_world(ev.pose, "asis")[0]
    geometry = []
    for line in pulled.polylines.values():
        a, contact, b = line[0], line[1], line[-1]
        span = np.linalg.norm(b - a)
        unit = (b - a) / span
        normal = np.array([-unit[1], unit[0]])
        x = (contact - a) @ unit
        undeflected = a + x * unit
        pull = (asis - undeflected) / np.linalg.norm(asis - undeflected)
        geometry.append((a, contact, span, unit, normal, x, pull))
    # the part of the pull along the muscle acts below the contact (half way down): the string's own tension
    # is the rest
    along = 0.5 * float(np.mean([-force * (pull @ unit) for *_, unit, _, _, pull in geometry]))
    for a, contact, span, unit, normal, x, pull in geometry:
        depth = (contact - a) @ normal
        kink = depth / x + depth / (span - x)
        assert (pulled.tension_with - along) * kink == pytest.approx(force * (pull @ normal), rel=1e-6)
    assert green(np.array([0.0, 5.0, 10.0]), 5.0, 10.0).tolist() == [0.0, 2.5, 0.0]


def test_a_toned_psoas_is_barely_displaced(model):
    relaxed = solve(model, {"abdominal_fascia": 20.0})
    toned = solve(model, {"abdominal_fascia": 20.0}, {"psoas_major": 0.3})
    assert relaxed.bounded and not toned.bounded  # the relaxed psoas is pushed against its bed
    assert toned.deflection["abdominal_fascia"] < relaxed.deflection["abdominal_fascia"] / 2
    assert toned.length_with - toned.length_without < 0.1


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
                             "--set", "quad_hip_flexor_fascia.pull=60"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    fascia = json.loads(result.stdout)["fascia"]
    assert fascia["psoas_length_with_pulls_mm"] > fascia["psoas_length_without_pulls_mm"]
    assert fascia["psoas_tension_with_pulls_n"] > fascia["psoas_tension_without_pulls_n"]


@pytest.mark.parametrize("pulls", [{"abdominal_fascia": 20.0}, {"quad_hip_flexor_fascia": 90.0, "diaphragm_crura": 30.0},
                                   {"high_adductors": 250.0}])
def test_the_pulls_are_solved_for_many_tilts_at_once_as_for_each_alone(model, pulls):
    """Settle asks for the links' tilt moment over a batch of tilts: each posture of the batch gets what it
    gets alone, although their tension searches and the bed's bounding end at different steps."""
    mech = model.mechanics
    tilts = np.linspace(-30.0, 30.0, 13)
    settings = Activation({"psoas_major": 0.1}, {}, pulls)
    many = mech.fascia.tilt_moments(model.evaluate_many(tilts, 0.0, 0.0, 50.5, 50.5, "upright",
                                                        joints=mech.joints_for("upright")), settings, "upright")
    alone = [mech.fascia.solve(model.evaluate_many(t, 0.0, 0.0, 50.5, 50.5, "upright",
                                                   joints=mech.joints_for("upright")), settings, "upright")
             for t in tilts]
    assert many == pytest.approx([r.tilt_moment for r in alone], rel=1e-12, abs=1e-12)

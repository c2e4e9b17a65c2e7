"""Muscle forces, moments and balance, without Qt."""

import json
import subprocess
import sys

import numpy as np
import pytest

from psoas_viz.model import load_model
from psoas_viz.model.mechanics import Activation, settle
from psoas_viz.model.skeleton import BODY_INDEX


@pytest.fixture(scope="module")
def model():
    return load_model()


def forces_at(model, posture, settings):
    mech = model.mechanics
    ev = model.evaluate_many(posture.pelvic_tilt, posture.thigh_angle, posture.knee_flexion, posture.lumbar_lordosis,
                             posture.pelvic_incidence, posture.spine_mode, joints=mech.joints_for(posture.spine_mode))
    return ev, mech.forces(ev, settings, posture.spine_mode)


def test_hip_moments_are_r_cross_f_of_the_drawn_line_of_pull(model):
    """Independently of the model's moment arms: force times r x u, with u read off the drawn path where it
    leaves the femur (towards the pelvis), and only the sagittal share of the 3-D pull of that piece."""
    posture = model.default_posture().with_values(pelvic_tilt=5.0, thigh_angle=20.0)
    ev, forces = forces_at(model, posture, Activation({mid: 0.5 for mid in model.muscles.ids}))
    mus = model.muscles
    world = ev.geometry.points[0]
    for mid in ["psoas_major", "iliacus", "gluteus_maximus", "adductor_longus"]:
        total = 0.0
        for k in range(mus.muscles[mid].fascicle_slice.start, mus.muscles[mid].fascicle_slice.stop):
            path = mus.fascicle_polyline(ev.geometry, k)
            points = [i for kind, i in mus.fascicle_items[k] if kind == "point"]
            where = [int(np.argmin(np.linalg.norm(path - world[i], axis=1))) for i in points]
            on_femur = [mus.point_body[i] == BODY_INDEX["femur"] for i in points]
            f = on_femur.index(True)  # the first femur point: the pull on the femur acts there
            start, end = where[f - 1], where[f]
            piece = path[start:end + 1]
            xy = np.sum(np.linalg.norm(np.diff(piece, axis=0), axis=1))
            dz = mus.point_z[points[f]] - mus.point_z[points[f - 1]]
            u = (piece[-2] - piece[-1]) / np.linalg.norm(piece[-2] - piece[-1])
            r = path[end]  # from the hip centre, the origin
            total += forces.fascicle_force[0, k] * (r[0] * u[1] - r[1] * u[0]) * xy / np.hypot(xy, dz) / 1000.0
        j = forces.muscle_ids.index(mid)
        assert forces.hip_moment[0, j] == pytest.approx(total, rel=1e-3), mid


def test_moments_cancel_at_the_settled_tilt(model):
    posture = model.default_posture()
    balance = settle(model, model.mechanics, posture, Activation())
    assert balance.balanced and balance.falls is None
    assert -30.0 <= balance.pelvic_tilt <= 30.0
    assert abs(balance.net_moment) < 1e-6
    assert abs(sum(balance.moments.values())) < 1e-6


@pytest.mark.parametrize("mode", ["locked", "upright"])
def test_force_couples_turn_the_pelvis_the_expected_way(model, mode):
    mech = model.mechanics
    posture = model.default_posture().with_values(spine_mode=mode)
    tilts = np.array([-10.0, 0.0, 10.0])
    relaxed, _ = mech.tilt_moments(posture, Activation(), tilts)
    anterior = ["psoas_major", "iliacus", "rectus_femoris"] + (["erector_spinae"] if mode == "upright" else [])
    posterior = ["gluteus_maximus", "hamstrings"] + (["rectus_abdominis", "external_oblique"] if mode == "upright" else [])
    for group, sign in [(anterior, 1.0), (posterior, -1.0)]:
        previous = relaxed
        for level in (0.1, 0.3, 0.6):
            net, _ = mech.tilt_moments(posture, Activation({m: level for m in group}), tilts)
            assert np.all(sign * (net - previous) > 0), (group, level)  # monotone in tension
            previous = net


def test_quiet_standing_settles_to_one_stable_posture_inside_the_published_ranges(model):
    """Both spine modes: one stable balance, in mid-range (not held by a range-limit wall), with the
    spinopelvic tilt and sacral slope inside Mac-Thiong et al. 2011's ranges (PT 0-27°, SS 24-55°)."""
    for mode in ("upright", "locked"):
        posture = model.default_posture().with_values(spine_mode=mode)
        balance = settle(model, model.mechanics, posture, Activation())
        assert balance.balanced and not balance.on_range_limit, mode
        assert balance.other_stable_tilts == () and balance.unstable_tilts == (), mode
        assert balance.stiffness > 0
        angles = model.evaluate(posture.with_values(pelvic_tilt=balance.pelvic_tilt)).angles
        assert 0.0 <= angles["spinopelvic_tilt_deg"][0] <= 27.0, mode
        assert 24.0 <= angles["sacral_slope_deg"][0] <= 55.0, mode


@pytest.mark.parametrize("muscle", ["psoas_major", "iliacus", "rectus_femoris", "sartorius", "tensor_fasciae_latae",
                                    "adductor_longus", "adductor_magnus", "gluteus_maximus", "hamstrings",
                                    "rectus_abdominis", "external_oblique", "erector_spinae", "quadratus_lumborum"])
def test_a_tenth_of_any_single_muscle_moves_the_standing_pelvis_less_than_ten_degrees(model, muscle):
    """Standing upright (the default): 10 % activation of one muscle keeps a stable mid-range balance and moves
    it by less than 10° (Levine & Whittle 1996 measured maximal voluntary tilts of +11.4° and -8.7°)."""
    assert model.mechanics.can_pull(muscle)
    posture = model.default_posture()
    relaxed = settle(model, model.mechanics, posture, Activation())
    tense = settle(model, model.mechanics, posture, Activation({muscle: 0.1}))
    assert tense.balanced and not tense.on_range_limit
    assert abs(tense.pelvic_tilt - relaxed.pelvic_tilt) < 10.0


def test_a_pelvis_pulled_past_its_range_falls_and_names_what_would_hold_it(model):
    posture = model.default_posture().with_values(spine_mode="locked")
    balance = settle(model, model.mechanics, posture, Activation({"gluteus_maximus": 1.0, "hamstrings": 1.0}))
    assert not balance.balanced and balance.pelvic_tilt is None
    assert balance.falls == "posterior"
    assert "psoas_major" in balance.could_hold and "gluteus_maximus" not in balance.could_hold


def test_tightness_pulls_without_activation(model):
    posture = model.default_posture().with_values(thigh_angle=-10.0)
    _, loose = forces_at(model, posture, Activation())
    _, tight = forces_at(model, posture, Activation(tightness={"psoas_major": 1.0}))
    j = loose.muscle_ids.index("psoas_major")
    # 20 mm shorter resting length (the whole tightness range) on 117 mm fibres: tens of newtons, not the
    # near-maximal force a fraction of the passive strain gave before
    assert model.mechanics.tightness_mm(1.0) == 20.0
    assert loose.force[0, j] == 0.0 and 20.0 < tight.force[0, j] < 0.1 * 1427
    assert tight.hip_moment[0, j] > 0  # a tight psoas flexes the hip: it tilts the pelvis anteriorly


def test_settle_command_line_json(tmp_path):
    result = subprocess.run([sys.executable, "-m", "psoas_viz", "settle", "--format", "json", "--spine", "upright",
                             "--set", "hamstrings.activation=0.05", "--set", "gluteus_maximus.activation=0.05"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert {"pelvic_tilt_deg", "balanced", "falls", "net_moment_nm", "muscles"} <= set(doc)
    assert doc["balanced"] is True and doc["pelvic_tilt_deg"] < 0  # glutes and hamstrings tilt it posteriorly
    assert doc["muscles"]["hamstrings"]["force_n"] > 0 and doc["muscles"]["hamstrings"]["hip_moment_nm"] < 0
    bad = subprocess.run([sys.executable, "-m", "psoas_viz", "settle", "--set", "psoas.activation=1"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "unknown muscle" in bad.stderr and bad.stdout == ""


GROUPS = {
    "hip flexors": (["psoas_major", "iliacus", "rectus_femoris"], +1),
    "erector spinae": (["erector_spinae"], +1),
    "gluteus maximus and hamstrings": (["gluteus_maximus", "hamstrings"], -1),
    "abdominals": (["rectus_abdominis", "external_oblique"], -1),
}


@pytest.mark.parametrize("group", GROUPS)
def test_the_settled_tilt_follows_each_force_couple_monotonically(model, group):
    """Upright spine: more tension in a group moves the balanced tilt its way, never back."""
    muscles, sign = GROUPS[group]
    posture = model.default_posture().with_values(spine_mode="upright")
    tilts = []
    for level in (0.0, 0.02, 0.05, 0.1, 0.2):
        balance = settle(model, model.mechanics, posture, Activation({m: level for m in muscles}))
        if not balance.balanced:  # pushed past the end of the range: it falls the group's way
            assert balance.falls == ("anterior" if sign > 0 else "posterior")
            break
        assert -30.0 <= balance.pelvic_tilt <= 30.0
        tilts.append(balance.pelvic_tilt)
    steps = sign * np.diff(tilts)
    assert np.all(steps >= -1e-6) and (steps.sum() > 0 or len(tilts) < 5), tilts


def test_a_tight_psoas_tilts_the_pelvis_anteriorly_when_standing_upright(model):
    posture = model.default_posture().with_values(spine_mode="upright")
    tilts = [settle(model, model.mechanics, posture, Activation(tightness={"psoas_major": t})).pelvic_tilt
             for t in (0.0, 0.5, 1.0)]
    assert tilts[0] < tilts[1] < tilts[2]


def test_with_a_rigid_trunk_a_tight_psoas_also_tilts_the_pelvis_anteriorly(model):
    """Locked spine: counting both sides and the trunk's mass where Woodhull 1985 measured it, a tight psoas
    pulls the lumbar spine towards the femur: the balance moves anteriorly, as standing upright."""
    posture = model.default_posture().with_values(spine_mode="locked")
    tilts = [settle(model, model.mechanics, posture, Activation(tightness={"psoas_major": t})).pelvic_tilt
             for t in (0.0, 0.5, 1.0)]
    assert tilts[0] < tilts[1] < tilts[2]

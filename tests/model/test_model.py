"""The model core, without Qt: geometry, spinopelvic angles, lengths and moment arms."""

import subprocess
import sys

import numpy as np
import pytest

from psoas_viz.model import ParameterError, load_model
from psoas_viz.model.bones import Bones
from psoas_viz.model.skeleton import BODY_INDEX

HIP_MUSCLES = ["psoas_major", "iliacus", "rectus_femoris", "sartorius", "tensor_fasciae_latae", "adductor_longus",
               "adductor_magnus", "gluteus_maximus", "hamstrings"]


@pytest.fixture(scope="module")
def model():
    return load_model()


def tilt_sweep(model, values, mode, **overrides):
    base = model.default_posture().with_values(spine_mode=mode, **overrides)
    return model.sweep("pelvic_tilt", np.asarray(values, dtype=float), base)


def test_importing_the_model_leaves_qt_unimported():
    code = ("import sys, psoas_viz.model, psoas_viz.model.scenario; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("mode", ["locked", "upright"])
def test_anterior_tilt_shortens_the_iliacus_with_the_femur_fixed(model, mode):
    result = tilt_sweep(model, [-15, 0, 15], mode)
    iliacus = result.length[:, result.column("iliacus")]
    assert iliacus[0] > iliacus[1] > iliacus[2]
    assert iliacus[0] - iliacus[2] > 10.0  # about 0.6 mm per degree (moment arm ~35 mm)


def test_psoas_in_anterior_tilt_depends_on_what_the_lumbar_spine_does(model):
    locked = tilt_sweep(model, [-15, 15], "locked")
    upright = tilt_sweep(model, [-15, 15], "upright")
    j = locked.column("psoas_major")
    locked_change = locked.length[1, j] - locked.length[0, j]
    upright_change = upright.length[1, j] - upright.length[0, j]
    # The hip moment arm shortens the psoas in anterior tilt either way ...
    assert locked_change < 0 and upright_change < 0
    # ... but in upright standing the lumbar spine extends (lordosis grows), lengthening the lumbar fascicles,
    # so the psoas shortens less than with a rigid spine.
    assert upright_change > locked_change
    # Its upper fascicles are the ones the lumbar extension lengthens.
    first = model.muscles.muscles["psoas_major"].fascicle_slice.start
    assert upright.fascicle_length[1, first] - locked.fascicle_length[1, first] > 0


def test_upright_mode_keeps_the_thorax_and_changes_lordosis_one_for_one(model):
    tilts = np.linspace(-30, 30, 13)
    upright = tilt_sweep(model, tilts, "upright")
    locked = tilt_sweep(model, tilts, "locked")
    neutral_ll = model.parameters["lumbar_lordosis"].default
    np.testing.assert_allclose(upright.angles["thorax_inclination_deg"], 0.0, atol=1e-9)
    np.testing.assert_allclose(upright.angles["lumbar_lordosis_deg"], neutral_ll + tilts, atol=1e-9)
    np.testing.assert_allclose(locked.angles["lumbar_lordosis_deg"], neutral_ll, atol=1e-9)
    np.testing.assert_allclose(locked.angles["thorax_inclination_deg"], tilts, atol=1e-9)


def test_manual_mode_uses_the_lordosis_parameter(model):
    base = model.default_posture().with_values(spine_mode="manual")
    result = model.sweep("lumbar_lordosis", [10.0, 40.0, 70.0], base)
    np.testing.assert_allclose(result.angles["lumbar_lordosis_deg"], [10.0, 40.0, 70.0], atol=1e-9)


def random_postures(model, n, seed=1):
    rng = np.random.default_rng(seed)
    return dict(pelvic_tilt=rng.uniform(-30, 30, n), thigh_angle=rng.uniform(-30, 120, n),
                knee_flexion=rng.uniform(0, 140, n), lumbar_lordosis=rng.uniform(0, 80, n),
                pelvic_incidence=rng.uniform(30, 80, n))


@pytest.mark.parametrize("mode", ["locked", "upright", "manual"])
def test_spinopelvic_identities_hold_at_every_posture(model, mode):
    postures = random_postures(model, 400)
    angles = model.evaluate_many(**postures, spine_mode=mode).angles
    np.testing.assert_allclose(angles["pelvic_incidence_deg"],
                               angles["spinopelvic_tilt_deg"] + angles["sacral_slope_deg"], atol=1e-9)
    # PI is the pelvis shape parameter: it does not change with posture.
    np.testing.assert_allclose(angles["pelvic_incidence_deg"], postures["pelvic_incidence"], atol=1e-9)


def test_spinopelvic_tilt_falls_one_for_one_as_anterior_tilt_rises(model):
    tilts = np.linspace(-30, 30, 61)
    angles = tilt_sweep(model, tilts, "upright").angles
    np.testing.assert_allclose(np.diff(angles["spinopelvic_tilt_deg"]), -1.0, atol=1e-9)
    np.testing.assert_allclose(np.diff(angles["sacral_slope_deg"]), 1.0, atol=1e-9)
    np.testing.assert_allclose(np.diff(angles["asis_psis_angle_deg"]), 1.0, atol=1e-9)


def test_neutral_standing_matches_the_published_norms_it_was_built_from(model):
    angles = model.evaluate(model.default_posture()).angles
    assert angles["pelvic_incidence_deg"][0] == pytest.approx(50.5)
    assert angles["spinopelvic_tilt_deg"][0] == pytest.approx(0.44 * 50.5 - 11.4)  # Le Huec & Hasegawa 2016
    assert angles["lumbar_lordosis_deg"][0] == pytest.approx(50.5)
    # Not used to build the model: the clinical ASIS-PSIS angle lands inside the cadaver range 13 +- 5 deg
    # (Preece et al. 2008).
    assert 8.0 <= angles["asis_psis_angle_deg"][0] <= 18.0


def test_bones_keep_their_lengths_in_every_posture(model):
    result = model.evaluate_many(**random_postures(model, 200), spine_mode="upright")
    sk = model.skeleton
    pairs = [("asis", "psis"), ("hip_joint_centre", "ischial_tuberosity"), ("lesser_trochanter", "linea_aspera"),
             ("knee_joint_centre", "tibial_tuberosity"), ("s1_endplate_anterior", "s1_endplate_posterior")]
    for a, b in pairs:
        d = np.linalg.norm(sk.landmark_world(result.pose, a) - sk.landmark_world(result.pose, b), axis=1)
        np.testing.assert_allclose(d, d[0], rtol=1e-12, err_msg=f"{a}-{b}")
    femur = Bones.load().world(result.pose, ["femur"])["femur"].outers[0][::37]  # the drawn femur, rigid at every posture
    spans = np.linalg.norm(femur[:, 0] - femur[:, len(femur[0]) // 2], axis=1)
    np.testing.assert_allclose(spans, spans[0], rtol=1e-12)


def test_vectorised_evaluation_equals_one_posture_at_a_time(model):
    postures = random_postures(model, 25, seed=7)
    many = model.evaluate_many(**postures, spine_mode="upright")
    for i in range(25):
        one = model.evaluate(model.default_posture().with_values(**{k: float(v[i]) for k, v in postures.items()}))
        np.testing.assert_allclose(many.length[i], one.length[0], rtol=1e-12)
        for joint in many.moment_arm:
            np.testing.assert_allclose(many.moment_arm[joint][i], one.moment_arm[joint][0], atol=1e-9)


@pytest.mark.parametrize("mode", ["locked", "upright"])
def test_hip_moment_arms_equal_minus_dl_dtheta(model, mode):
    postures = random_postures(model, 300, seed=3)
    h = 1e-4
    at = model.evaluate_many(**postures, spine_mode=mode)
    up = model.evaluate_many(**{**postures, "thigh_angle": postures["thigh_angle"] + h}, spine_mode=mode)
    down = model.evaluate_many(**{**postures, "thigh_angle": postures["thigh_angle"] - h}, spine_mode=mode)
    derivative = (up.length - down.length) / (2 * np.radians(h))
    for mid in HIP_MUSCLES:
        j = at.column(mid)
        np.testing.assert_allclose(at.moment_arm["hip"][:, j], -derivative[:, j], atol=1e-3, err_msg=mid)


def test_knee_moment_arms_equal_minus_dl_dtheta(model):
    postures = random_postures(model, 300, seed=5)
    postures["knee_flexion"] = np.clip(postures["knee_flexion"], 1, 139)
    h = 1e-4
    at = model.evaluate_many(**postures)
    up = model.evaluate_many(**{**postures, "knee_flexion": postures["knee_flexion"] + h})
    down = model.evaluate_many(**{**postures, "knee_flexion": postures["knee_flexion"] - h})
    # knee moment arms are about extension (the tibia turning forwards), so the sign flips.
    derivative = -(up.length - down.length) / (2 * np.radians(h))
    for mid in ["rectus_femoris", "hamstrings", "sartorius", "tensor_fasciae_latae"]:
        j = at.column(mid)
        np.testing.assert_allclose(at.moment_arm["knee"][:, j], -derivative[:, j], atol=1e-3, err_msg=mid)


def test_moment_arm_signs_match_anatomy_in_neutral_standing(model):
    result = model.evaluate(model.default_posture())
    hip = dict(zip(result.muscle_ids, result.moment_arm["hip"][0]))
    for flexor in ["psoas_major", "iliacus", "rectus_femoris", "sartorius", "tensor_fasciae_latae"]:
        assert hip[flexor] > 10.0, flexor
    for extensor in ["gluteus_maximus", "hamstrings"]:
        assert hip[extensor] < -30.0, extensor
    for trunk in ["rectus_abdominis", "external_oblique", "erector_spinae", "quadratus_lumborum", "psoas_minor"]:
        assert hip[trunk] == 0.0, trunk
    ls = dict(zip(result.muscle_ids, result.moment_arm["lumbosacral"][0]))
    assert ls["erector_spinae"] > 20.0  # extends the lumbosacral joint
    assert ls["rectus_abdominis"] < -20.0  # flexes it


@pytest.mark.parametrize("name", ["pelvic_tilt", "thigh_angle", "knee_flexion", "lumbar_lordosis", "pelvic_incidence"])
@pytest.mark.parametrize("mode", ["locked", "upright", "manual"])
def test_lengths_are_continuous_over_every_range(model, name, mode):
    spec = model.parameters[name]
    step = 0.05
    values = np.linspace(spec.minimum, spec.maximum, int(round((spec.maximum - spec.minimum) / step)) + 1)
    base = model.default_posture().with_values(spine_mode=mode, thigh_angle=30.0, knee_flexion=40.0)
    lengths = model.sweep(name, values, base).fascicle_length
    steps = np.abs(np.diff(lengths, axis=0))
    # The largest slope seen anywhere over the sweep bounds every step; a jump (a wrap snapping on or off)
    # would be many times larger than the slope predicts.
    slope = np.max(steps, axis=0)
    typical = np.median(steps, axis=0)
    assert np.all(slope <= 5.0 * typical + 0.02), (name, mode, np.argmax(slope / (typical + 1e-9)))


def test_out_of_range_values_are_refused(model):
    with pytest.raises(ParameterError, match="pelvic_tilt"):
        model.sweep("pelvic_tilt", [0.0, 31.0])
    with pytest.raises(ParameterError, match="unknown parameter"):
        model.posture_with(model.default_posture(), {"tilt": 3})
    with pytest.raises(ParameterError, match="not a finite number"):
        model.posture_with(model.default_posture(), {"pelvic_tilt": "nan"})


def test_wraps_engage_where_the_muscle_bends_over_bone(model):
    result = tilt_sweep(model, [-30, -10, 0], "upright")
    wraps = model.muscles.wrap_segment_name
    psoas = [i for i, name in enumerate(wraps) if name == "PS_at_brim_r"]
    assert result.geometry.wrapped[:, psoas].all()  # the psoas bends over the pelvic brim in standing
    flexed = model.evaluate(model.default_posture().with_values(thigh_angle=90.0))
    assert not flexed.geometry.wrapped[0, psoas].any()  # and leaves it when the hip is flexed
    assert BODY_INDEX["pelvis"] == model.muscles.wrap_body[psoas[0]]


@pytest.mark.parametrize("pi", [35.0, 50.5, 70.0])
def test_neutral_standing_follows_the_published_regression_on_pelvic_incidence(pi):
    """Le Huec & Hasegawa 2016: neutral PT = 0.44 PI - 11.4 (PI 35 -> 4.0°, PI 70 -> 19.4°); the lumbar
    lordosis takes the rest of the sacral slope change (0.56 per degree of PI against their LL slope of 0.54),
    so the thorax stays upright."""
    model = load_model()
    posture = model.default_posture().with_values(pelvic_incidence=pi)
    angles = model.evaluate(posture).angles
    assert angles["spinopelvic_tilt_deg"][0] == pytest.approx(0.44 * pi - 11.4, abs=1e-6)
    assert angles["lumbar_lordosis_deg"][0] == pytest.approx(50.5 + 0.56 * (pi - 50.5), abs=1e-6)
    assert angles["thorax_inclination_deg"][0] == pytest.approx(0.0, abs=1e-9)


def test_psoas_moment_arm_at_l4_l5_agrees_with_ct_measurements():
    """McGill, Patt & Norman 1988 (CT at the L4/L5 disc, 13 men): the psoas centroid lies 5.8 +- 4.0 mm in front
    of the disc centre, a small flexor arm. The model's whole-muscle arm at L4/L5 lies within 2 SD; the L5
    fascicles' arms at L5/S1 lie inside the 10-20 mm guide."""
    model = load_model()
    ev = model.evaluate_many(0.0, 0.0, 0.0, 50.5, 50.5, "upright", joints=("L4_L5", "lumbosacral"))
    flexor_arm = -ev.moment_arm["L4_L5"][0, ev.column("psoas_major")]  # + extends in the model
    assert abs(flexor_arm - 5.8) <= 2 * 4.0
    psoas = model.muscles.muscles["psoas_major"]
    for k, f in zip(range(psoas.fascicle_slice.start, psoas.fascicle_slice.stop), psoas.fascicles):
        if f.name.startswith("L5"):
            assert 5.0 <= -ev.fascicle_moment_arm["lumbosacral"][0, k] <= 20.0, f.name

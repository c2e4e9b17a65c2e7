"""The vectorised evaluation kernel gives the numbers of the per-posture code it replaced (issue 14).

``data/kernel_reference.npz`` holds that code's results at 1,000 random postures (every parameter over its
whole range, the three spine modes in turn), evaluated one posture at a time by ``tools/make_kernel_reference.py``
before the kernel replaced it (the kernel was first held to the old code run side by side, then the old code
was deleted). Here the kernel evaluates them in one call per spine mode; everything must agree to 1e-9 mm.
"""

import os
import tracemalloc

import numpy as np
import pytest

from psoas_viz.model import load_model
from psoas_viz.model.skeleton import JOINTS

REFERENCE = os.path.join(os.path.dirname(__file__), "data", "kernel_reference.npz")
TOLERANCE_MM = 1e-9
PARAMETERS = ("pelvic_tilt", "thigh_angle", "knee_flexion", "lumbar_lordosis", "pelvic_incidence")


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.fixture(scope="module")
def reference(model):
    data = np.load(REFERENCE)
    assert data["length"].shape[0] == 1000
    assert tuple(data["muscle_ids"]) == model.muscles.ids
    assert tuple(data["joints"]) == tuple(JOINTS)
    return data


def vectorised(model, reference, mode, joints=tuple(JOINTS)):
    """The kernel at every reference posture of one spine mode (one call), and those postures' indices."""
    rows = np.nonzero(reference["spine_mode"] == mode)[0]
    ev = model.evaluate_many(*(reference[name][rows] for name in PARAMETERS), spine_mode=mode, joints=joints)
    return ev, rows


@pytest.mark.parametrize("mode", ["locked", "upright", "manual"])
def test_lengths_and_moment_arms_equal_the_per_posture_code(model, reference, mode):
    ev, rows = vectorised(model, reference, mode)
    assert len(rows) > 300
    np.testing.assert_allclose(ev.length, reference["length"][rows], rtol=0, atol=TOLERANCE_MM)
    np.testing.assert_allclose(ev.fascicle_length, reference["fascicle_length"][rows], rtol=0, atol=TOLERANCE_MM)
    crossing = reference["fascicle_crossing"]
    for j, joint in enumerate(JOINTS):
        np.testing.assert_allclose(ev.moment_arm[joint], reference["moment_arm"][rows, j], rtol=0,
                                   atol=TOLERANCE_MM, err_msg=joint)
        # Pairs stored as non-zero, and every other fascicle arm about this joint exactly zero.
        stored = reference["fascicle_moment_arm"][rows][:, crossing[:j].sum():crossing[:j + 1].sum()]
        arms = ev.fascicle_moment_arm[joint]
        np.testing.assert_allclose(arms[:, crossing[j]], stored, rtol=0, atol=TOLERANCE_MM, err_msg=joint)
        assert np.all(arms[:, ~crossing[j]] == 0.0), joint


def test_one_posture_at_a_time_equals_the_per_posture_code(model, reference):
    for i in range(0, 1000, 97):
        posture = model.default_posture().with_values(
            **{name: float(reference[name][i]) for name in PARAMETERS}, spine_mode=str(reference["spine_mode"][i]))
        ev = model.evaluate(posture)
        np.testing.assert_allclose(ev.length[0], reference["length"][i], rtol=0, atol=TOLERANCE_MM)
        np.testing.assert_allclose(ev.moment_arm["hip"][0], reference["moment_arm"][i, 0], rtol=0, atol=TOLERANCE_MM)


def test_drawn_geometry_equals_the_per_posture_code(model, reference):
    drawn = reference["drawn_points"].shape[0]
    for mode in ("locked", "upright", "manual"):
        ev, rows = vectorised(model, reference, mode, joints=())
        keep = rows < drawn
        ks, rs = np.nonzero(keep)[0], rows[keep]
        np.testing.assert_array_equal(ev.geometry.wrapped[ks], reference["drawn_wrapped"][rs])
        for key in ("points", "wrap_centre", "tangent_in", "tangent_out", "arc"):
            np.testing.assert_allclose(getattr(ev.geometry, key)[ks], reference[f"drawn_{key}"][rs], rtol=0,
                                       atol=TOLERANCE_MM, err_msg=key)
        turn = ev.geometry.arc_start[ks] - reference["drawn_arc_start"][rs]  # the same direction, maybe a turn apart
        np.testing.assert_allclose(np.angle(np.exp(1j * turn)), 0.0, atol=1e-12)


def test_a_100000_posture_sweep_with_every_moment_arm_allocates_under_300_mb(model):
    tilts = np.linspace(-30.0, 30.0, 100_000)
    tracemalloc.start()
    try:
        ev = model.sweep("pelvic_tilt", tilts)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert ev.length.shape == (100_000, len(model.muscles.ids))
    assert np.isfinite(ev.moment_arm["hip"]).all()
    assert peak < 300 * 2**20


def test_fascicle_moment_arms_answer_for_the_joints_asked_and_only_those(model):
    ev = model.evaluate_many([-10.0, 0.0, 10.0], 20.0, 30.0, 50.0, 50.0, joints=("hip", "knee"))
    arms = ev.fascicle_moment_arm
    assert list(arms) == ["hip", "knee"] and len(arms) == 2
    assert arms["hip"].shape == (3, model.muscles.n_fascicles)
    with pytest.raises(KeyError):
        arms["lumbosacral"]
    # The whole-muscle moment arm is the force-weighted sum of its fascicles' arms.
    for muscle_id in ("psoas_major", "hamstrings"):
        m = model.muscles.muscles[muscle_id]
        expected = arms["hip"][:, m.fascicle_slice] @ m.weights
        np.testing.assert_allclose(ev.moment_arm["hip"][:, ev.column(muscle_id)], expected, rtol=0, atol=1e-12)

"""The vectorised evaluation kernel gives the numbers of the per-posture code it replaced (issue 14).

1,000 random postures (every parameter over its whole range, the three spine modes in turn) are evaluated in one
call per spine mode and compared with the old code run one posture at a time, to 1e-9 mm.
"""

import os
import sys

import numpy as np
import pytest

from psoas_viz.model import load_model
from psoas_viz.model.skeleton import JOINTS

sys.path.insert(0, os.path.dirname(__file__))
from old_kernel import old_evaluate  # noqa: E402

REFERENCE = os.path.join(os.path.dirname(__file__), "data", "kernel_reference.npz")
TOLERANCE_MM = 1e-9


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.fixture(scope="module")
def reference(model):
    data = np.load(REFERENCE)
    assert data["length"].shape[0] == 1000
    assert tuple(data["muscle_ids"]) == model.muscles.ids
    return data


def vectorised(model, reference, mode, joints=tuple(JOINTS)):
    """The new kernel at every reference posture of one spine mode (one call), and those postures' indices."""
    rows = np.nonzero(reference["spine_mode"] == mode)[0]
    ev = model.evaluate_many(*(reference[name][rows] for name in ("pelvic_tilt", "thigh_angle", "knee_flexion",
                                                                     "lumbar_lordosis", "pelvic_incidence")),
                             spine_mode=mode, joints=joints)
    return ev, rows


@pytest.mark.parametrize("mode", ["locked", "upright", "manual"])
def test_new_kernel_equals_the_old_per_posture_code_run_now(model, reference, mode):
    ev, rows = vectorised(model, reference, mode)
    joints = tuple(JOINTS)
    for k, i in enumerate(rows):
        posture = {name: reference[name][i].item() for name in model.parameters} | {"spine_mode": mode}
        old = old_evaluate(model, posture, joints)
        np.testing.assert_allclose(ev.length[k], old["length"][0], rtol=0, atol=TOLERANCE_MM)
        np.testing.assert_allclose(ev.fascicle_length[k], old["fascicle_length"][0], rtol=0, atol=TOLERANCE_MM)
        for joint in joints:
            np.testing.assert_allclose(ev.moment_arm[joint][k], old["moment_arm"][joint][0], rtol=0,
                                       atol=TOLERANCE_MM, err_msg=joint)
            np.testing.assert_allclose(ev.fascicle_moment_arm[joint][k], old["fascicle_moment_arm"][joint][0],
                                       rtol=0, atol=TOLERANCE_MM, err_msg=joint)
        np.testing.assert_array_equal(ev.geometry.wrapped[k], old["geometry"].wrapped[0])


def test_drawn_geometry_equals_the_old_code_run_now(model, reference):
    ev, rows = vectorised(model, reference, "upright", joints=())
    for k, i in enumerate(rows[:40]):
        posture = {name: reference[name][i].item() for name in model.parameters} | {"spine_mode": "upright"}
        old = old_evaluate(model, posture, ("hip",))["geometry"]
        for key in ("points", "wrap_centre", "tangent_in", "tangent_out", "arc"):
            np.testing.assert_allclose(getattr(ev.geometry, key)[k], getattr(old, key)[0], rtol=0, atol=TOLERANCE_MM,
                                       err_msg=key)
        start = ev.geometry.arc_start[k] - old.arc_start[0]  # the same direction, perhaps a turn apart
        np.testing.assert_allclose(np.angle(np.exp(1j * start)), 0.0, atol=1e-12)

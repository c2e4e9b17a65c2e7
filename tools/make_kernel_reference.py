"""Write tests/model/data/kernel_reference.npz: the model's numbers at 1,000 random postures, one at a time.

The committed file was made with this script on the per-posture code that the vectorised kernel replaced,
with the model data of issue 12 (the tree of branch 'science' at 1858742: per-posture ``Model.evaluate``, the
pelvic-incidence regression of the neutral pelvis), so that ``tests/model/test_kernel_reference.py`` holds the
new kernel to the old code's numbers on the same data. Run it again only when the
model's data change on purpose (it then records what the current tree computes):

    .venv/bin/python tools/make_kernel_reference.py

Stored, for every posture: the fascicle and whole-muscle lengths, the whole-muscle moment arms about every
joint and the fascicle moment arms about every joint (the fascicle-joint pairs that can be non-zero); for the
first 100 postures also what the drawing uses (path points, wrap centres, tangent points, arcs).
"""

from __future__ import annotations

import os
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from psoas_viz.model import load_model  # noqa: E402
from psoas_viz.model.posture import SPINE_MODES  # noqa: E402
from psoas_viz.model.skeleton import JOINTS  # noqa: E402

OUT = os.path.join(ROOT, "tests", "model", "data", "kernel_reference.npz")
POSTURES = 1000
DRAWN = 100


def random_postures(model, n: int, seed: int = 14) -> dict[str, np.ndarray]:
    """Uniform over every parameter's range; spine modes in turn."""
    rng = np.random.default_rng(seed)
    values = {name: rng.uniform(spec.minimum, spec.maximum, n) for name, spec in model.parameters.items()}
    values["spine_mode"] = np.array([SPINE_MODES[i % len(SPINE_MODES)] for i in range(n)])
    return values


def main() -> int:
    model = load_model()
    postures = random_postures(model, POSTURES)
    joints = tuple(JOINTS)
    rows = {key: [] for key in ("length", "fascicle_length", "moment_arm", "fascicle_moment_arm")}
    drawn = {key: [] for key in ("points", "wrapped", "wrap_centre", "tangent_in", "tangent_out", "arc_start", "arc")}
    for i in range(POSTURES):
        p = {name: postures[name][i].item() for name in postures}
        ev = model.evaluate_many(p["pelvic_tilt"], p["thigh_angle"], p["knee_flexion"], p["lumbar_lordosis"],
                                 p["pelvic_incidence"], p["spine_mode"], joints=joints)
        rows["length"].append(ev.length[0])
        rows["fascicle_length"].append(ev.fascicle_length[0])
        rows["moment_arm"].append(np.stack([ev.moment_arm[j][0] for j in joints]))
        rows["fascicle_moment_arm"].append(np.stack([ev.fascicle_moment_arm[j][0] for j in joints]))
        if i < DRAWN:
            for key in drawn:
                drawn[key].append(getattr(ev.geometry, key)[0])
    arrays = {key: np.array(value) for key, value in rows.items()}
    # Only the fascicle-joint pairs that can be non-zero are stored (the rest are exactly 0, checked here).
    crossing = np.any(arrays["fascicle_moment_arm"] != 0.0, axis=0)  # (joints, fascicles)
    arrays["fascicle_moment_arm"] = arrays["fascicle_moment_arm"][:, crossing]
    arrays["fascicle_crossing"] = crossing
    arrays.update({f"drawn_{key}": np.array(value) for key, value in drawn.items()})
    arrays.update({name: np.asarray(value) for name, value in postures.items()})
    arrays["joints"] = np.array(joints)
    arrays["muscle_ids"] = np.array(model.muscles.ids)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    np.savez_compressed(OUT, **arrays)
    print(f"wrote {OUT} ({os.path.getsize(OUT) / 1e6:.2f} MB, {POSTURES} postures)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

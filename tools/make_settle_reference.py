"""Write tests/model/data/settle_reference.json: ``settle``'s outcome in a set of situations.

The committed file was made with this script on the settle solver that the root-find on a vectorised moment
curve replaced (main at f998936: a 31-tilt grid, Illinois false position on the stable bracket nearest the
start, one model call per step; the other balances linearly interpolated in the grid), so that
``tests/model/test_settle_reference.py`` holds the new solver to the old one's answers. Run it again only
when the model's data or physics change on purpose (it then records what the current tree computes):

    .venv/bin/python tools/make_settle_reference.py

Stored for every situation: the settled tilt, balanced, falls, the other stable and the unstable balances,
the stiffness and whether a range-limit wall holds it; and, because the old solver only interpolated the
balances it did not choose in its 2° grid, every zero of the net tilt moment found by bisection on the
moment curve itself (``Mechanics.tilt_moments``) to 1e-9°, with its stability.
"""

from __future__ import annotations

import json
import os
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from psoas_viz.model import load_model  # noqa: E402
from psoas_viz.model.mechanics import Activation, settle  # noqa: E402

OUT = os.path.join(ROOT, "tests", "model", "data", "settle_reference.json")
MUSCLES = ("psoas_major", "iliacus", "rectus_femoris", "sartorius", "tensor_fasciae_latae", "adductor_longus",
           "adductor_magnus", "gluteus_maximus", "hamstrings", "rectus_abdominis", "external_oblique",
           "erector_spinae", "quadratus_lumborum")


def situations(model) -> list[dict]:
    """Posture changes from the default and muscle settings, each a situation."""
    out = [{"name": "default"}]
    for mode in ("upright", "locked", "manual"):
        out.append({"name": f"{mode} spine", "posture": {"spine_mode": mode}})
    for start in (-28.0, -12.0, 12.0, 28.0):
        out.append({"name": f"start {start:+.0f}", "posture": {"pelvic_tilt": start}})
    for mode in ("upright", "locked"):
        for muscle in MUSCLES:
            for level in (0.1, 1.0):
                out.append({"name": f"{mode} {muscle} {level}", "posture": {"spine_mode": mode},
                            "activation": {muscle: level}})
    for muscle in ("psoas_major", "iliacus", "rectus_femoris", "hamstrings", "erector_spinae", "rectus_abdominis"):
        for mode in ("upright", "locked"):
            out.append({"name": f"{mode} tight {muscle}", "posture": {"spine_mode": mode},
                        "tightness": {muscle: 1.0}})
    out.append({"name": "tight flexors, thigh back", "posture": {"thigh_angle": -15.0},
                "tightness": {"psoas_major": 1.0, "iliacus": 1.0, "rectus_femoris": 0.5}})
    out.append({"name": "glutes and hamstrings, locked", "posture": {"spine_mode": "locked"},
                "activation": {"gluteus_maximus": 1.0, "hamstrings": 1.0}})
    out.append({"name": "flexors and erectors", "activation": {"psoas_major": 0.6, "iliacus": 0.6,
                                                               "erector_spinae": 0.6}})
    out.append({"name": "bench tone", "activation": {"psoas_major": 0.1, "gluteus_maximus": 0.02}})
    for link, spec in model.mechanics.fascia.links.items():
        out.append({"name": f"pull {link}", "pulls": {link: spec.max_force}})
        out.append({"name": f"pull {link} half, psoas 0.3", "pulls": {link: spec.max_force / 2},
                    "activation": {"psoas_major": 0.3}})
    out.append({"name": "two pulls, locked", "posture": {"spine_mode": "locked"},
                "pulls": {"diaphragm_crura": 60.0, "abdominal_fascia": 40.0}})
    for pi in (30.0, 40.0, 65.0, 80.0):
        for mode in ("upright", "locked"):
            out.append({"name": f"PI {pi:g} {mode}", "posture": {"pelvic_incidence": pi, "spine_mode": mode}})
    out.append({"name": "PI 80, hamstrings 0.3", "posture": {"pelvic_incidence": 80.0},
                "activation": {"hamstrings": 0.3}})
    for thigh, knee in ((-20.0, 0.0), (20.0, 0.0), (45.0, 45.0), (90.0, 90.0), (110.0, 20.0)):
        for mode in ("upright", "locked"):
            out.append({"name": f"thigh {thigh:g} knee {knee:g} {mode}",
                        "posture": {"thigh_angle": thigh, "knee_flexion": knee, "spine_mode": mode}})
    out.append({"name": "sitting, hamstrings tight", "posture": {"thigh_angle": 90.0, "knee_flexion": 20.0,
                                                                  "pelvic_tilt": -8.0},
                "tightness": {"hamstrings": 1.0}})
    out.append({"name": "falls anteriorly past an unstable balance",  # found by a random search
                "posture": {"spine_mode": "manual", "thigh_angle": -20.0, "knee_flexion": 60.0,
                            "pelvic_incidence": 70.0, "pelvic_tilt": 29.4},
                "activation": {"gluteus_maximus": 0.2, "quadratus_lumborum": 0.05},
                "tightness": {"rectus_femoris": 1.0}})
    out.append({"name": "manual lordosis 20", "posture": {"spine_mode": "manual", "lumbar_lordosis": 20.0}})
    return out


def build(model, situation: dict):
    posture = model.default_posture().with_values(**situation.get("posture", {}))
    settings = Activation(dict(situation.get("activation", {})), dict(situation.get("tightness", {})),
                          dict(situation.get("pulls", {})))
    return posture, settings


def zeros(model, posture, settings) -> list[dict]:
    """Every sign change of the net moment in the 31-tilt grid, bisected to 1e-9° on the moment curve."""
    mech = model.mechanics
    spec = model.parameters["pelvic_tilt"]
    tilts = np.linspace(spec.minimum, spec.maximum, 31)
    net = mech.tilt_moments(posture, settings, tilts)[0]
    out = []
    for i in range(len(tilts) - 1):
        stable = net[i] > 0 and net[i + 1] <= 0
        if not (stable or (net[i] < 0 and net[i + 1] >= 0)):
            continue
        lo, hi = tilts[i], tilts[i + 1]
        while hi - lo > 1e-9:
            mid = 0.5 * (lo + hi)
            f = float(mech.tilt_moments(posture, settings, np.array([mid]))[0][0])
            if (f > 0) == stable:
                lo = mid
            else:
                hi = mid
        out.append({"tilt": 0.5 * (lo + hi), "stable": bool(stable)})
    return out


def main() -> None:
    model = load_model()
    rows = []
    for situation in situations(model):
        posture, settings = build(model, situation)
        b = settle(model, model.mechanics, posture, settings)
        rows.append({**situation, "settled": {
            "pelvic_tilt": b.pelvic_tilt, "balanced": b.balanced, "falls": b.falls,
            "other_stable_tilts": list(b.other_stable_tilts), "unstable_tilts": list(b.unstable_tilts),
            "stiffness": b.stiffness, "on_range_limit": b.on_range_limit, "could_hold": list(b.could_hold)},
            "zeros": zeros(model, posture, settings)})
        print(situation["name"], rows[-1]["settled"]["pelvic_tilt"], len(rows[-1]["zeros"]), flush=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"made_by": "tools/make_settle_reference.py", "situations": rows}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()

"""Per-pose cost of OpenSim 4.6 evaluating the psoas against psoas-viz evaluating every muscle (issue 14).

Not part of the package or its tests: OpenSim is a large binary package that psoas-viz never needs. Run it with
a throwaway environment that has OpenSim and numpy (the model layer of psoas-viz needs nothing else):

    python3 -m venv /tmp/osim && /tmp/osim/bin/pip install opensim numpy
    /tmp/osim/bin/python tools/opensim_compare.py [path/to/gait2392_thelen2003muscle.osim]

OpenSim: the gait2392 model (Delp et al. 1990; opensim-models, path
Models/Gait2392_Simbody/gait2392_thelen2003muscle.osim), one pose at a time as a program must: set pelvic tilt
and hip flexion, realise the position stage, read psoas_r's length and its moment arm about hip_flexion_r.
psoas-viz: random postures (pelvic tilt and thigh angle over the same ranges; 10,000 by default, so that one
call lasts long enough to time on a shared machine) in one ``Model.evaluate_many`` call, every muscle, lengths
and moment arms about the hip, lumbosacral joint and knee.
Medians of repeated runs; the machine is shared, so run it a few times.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OSIM = "/work/shared/reference/gait2392_thelen2003muscle.osim"


def opensim_per_pose_us(path: str, tilts: np.ndarray, flexions: np.ndarray, repeats: int) -> dict[str, float]:
    import opensim

    opensim.Logger.setLevelString("error")
    model = opensim.Model(path)
    state = model.initSystem()
    coordinates = model.getCoordinateSet()
    tilt, hip = coordinates.get("pelvis_tilt"), coordinates.get("hip_flexion_r")
    psoas = model.getMuscles().get("psoas_r")
    lengths_only, with_arm = [], []
    for _ in range(repeats):
        for timing, arm in ((lengths_only, False), (with_arm, True)):
            start = time.perf_counter()
            for t, f in zip(tilts.tolist(), flexions.tolist()):
                tilt.setValue(state, t, False)
                hip.setValue(state, f, False)
                model.realizePosition(state)
                psoas.getLength(state)
                if arm:
                    psoas.computeMomentArm(state, hip)
            timing.append((time.perf_counter() - start) / len(tilts))
    return {"length_us": 1e6 * float(np.median(lengths_only)), "length_and_arm_us": 1e6 * float(np.median(with_arm)),
            "opensim_version": opensim.GetVersion()}


def psoas_viz_per_pose_us(tilts_deg: np.ndarray, thighs_deg: np.ndarray, repeats: int) -> float:
    sys.path.insert(0, ROOT)
    from psoas_viz.model import load_model

    model = load_model()
    base = model.default_posture()
    args = (tilts_deg, thighs_deg, base.knee_flexion, base.lumbar_lordosis, base.pelvic_incidence, base.spine_mode)
    model.evaluate_many(*args)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        model.evaluate_many(*args)
        times.append((time.perf_counter() - start) / len(tilts_deg))
    return 1e6 * float(np.median(times))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("osim", nargs="?", default=DEFAULT_OSIM)
    parser.add_argument("--poses", type=int, default=2000, help="OpenSim poses per run")
    parser.add_argument("--repeats", type=int, default=7, help="OpenSim runs")
    parser.add_argument("--our-poses", type=int, default=10_000, help="psoas-viz postures per call")
    parser.add_argument("--our-repeats", type=int, default=31, help="psoas-viz calls")
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    tilts = rng.uniform(-30.0, 30.0, max(args.poses, args.our_poses))
    thighs = rng.uniform(-30.0, 120.0, tilts.size)
    # OpenSim coordinates are radians; psoas-viz's hip flexion is thigh angle + pelvic tilt (its sign convention
    # for tilt is anterior +, gait2392's pelvis_tilt is anterior - ).
    n = args.poses
    osim = opensim_per_pose_us(args.osim, np.radians(-tilts[:n]), np.radians(np.clip(thighs[:n] + tilts[:n], -30, 120)),
                               args.repeats)
    ours = psoas_viz_per_pose_us(tilts[:args.our_poses], thighs[:args.our_poses], args.our_repeats)
    print(f"OpenSim {osim['opensim_version']}, psoas_r only, per pose: length {osim['length_us']:.1f} us, "
          f"length + hip moment arm {osim['length_and_arm_us']:.1f} us")
    print(f"psoas-viz, all 14 muscles, lengths + moment arms (hip, lumbosacral, knee), {args.our_poses} poses in "
          f"one call, per pose: {ours:.2f} us")
    print(f"ratio (OpenSim length + arm / psoas-viz): {osim['length_and_arm_us'] / ours:.0f}x; "
          f"(OpenSim length only / psoas-viz): {osim['length_us'] / ours:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

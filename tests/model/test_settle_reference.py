"""The settle solver gives the answers of the solver it replaced (issue 14).

``data/settle_reference.json`` holds, for a set of situations (defaults; each spine mode; starts across the
range; every muscle that can pull at 10 % and 100 %, upright and locked; tightness; each fascial pull; high and
low pelvic incidence; thigh and knee angles from standing to sitting; one that falls past an unstable balance),
what the old solver answered, written by ``tools/make_settle_reference.py`` before it was replaced, and every
zero of the net tilt moment bisected to 1e-9° on the moment curve itself. The new solver must find the same
balance to 0.01°, the same stiffness, range-limit verdict, fall and muscles that could hold it, and report
every zero with its stability. The old solver only interpolated linearly in its 2° grid the balances it did
not choose, so those are held to the bisected zeros (and to the old interpolation within its own error).
"""

import json
import os

import pytest

from psoas_viz.model import load_model
from psoas_viz.model.mechanics import Activation, settle

REFERENCE = os.path.join(os.path.dirname(__file__), "data", "settle_reference.json")
TILT_DEG = 0.01
with open(REFERENCE, encoding="utf-8") as f:
    SITUATIONS = json.load(f)["situations"]


@pytest.fixture(scope="module")
def model():
    return load_model()


def test_the_reference_covers_what_it_says():
    names = [s["name"] for s in SITUATIONS]
    assert len(names) == len(set(names)) > 100
    assert any(s.get("pulls") for s in SITUATIONS) and any(s.get("tightness") for s in SITUATIONS)
    assert any(not s["settled"]["balanced"] for s in SITUATIONS)
    assert any(s["settled"]["unstable_tilts"] for s in SITUATIONS)
    assert any(s["settled"]["on_range_limit"] for s in SITUATIONS)


@pytest.mark.parametrize("situation", SITUATIONS, ids=[s["name"] for s in SITUATIONS])
def test_settle_matches_the_old_solver(model, situation):
    posture = model.default_posture().with_values(**situation.get("posture", {}))
    settings = Activation(dict(situation.get("activation", {})), dict(situation.get("tightness", {})),
                          dict(situation.get("pulls", {})))
    old = situation["settled"]
    new = settle(model, model.mechanics, posture, settings)
    assert new.balanced == old["balanced"] and new.falls == old["falls"]
    assert list(new.could_hold) == old["could_hold"]
    assert new.on_range_limit == old["on_range_limit"]
    if old["balanced"]:
        assert new.pelvic_tilt == pytest.approx(old["pelvic_tilt"], abs=TILT_DEG)
        assert new.stiffness == pytest.approx(old["stiffness"], rel=1e-4, abs=1e-6)
        assert abs(new.net_moment) < 1e-6 and abs(sum(new.moments.values())) < 1e-6
    else:
        assert new.pelvic_tilt is None and new.stiffness is None
    zeros = situation["zeros"]
    found = sorted([*([new.pelvic_tilt] if new.balanced else []), *new.other_stable_tilts])
    assert found == pytest.approx(sorted(z["tilt"] for z in zeros if z["stable"]), abs=TILT_DEG)
    assert sorted(new.unstable_tilts) == pytest.approx(sorted(z["tilt"] for z in zeros if not z["stable"]),
                                                       abs=TILT_DEG)
    for key in ("other_stable_tilts", "unstable_tilts"):  # the old linear interpolation in a 2° grid
        assert sorted(getattr(new, key)) == pytest.approx(sorted(old[key]), abs=0.1)

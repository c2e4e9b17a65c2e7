"""Claims are verdicts computed from the model, not text: change the anatomy and the verdict follows."""

import copy
import json
import subprocess
import sys

import pytest

from psoas_viz.model import load_model
from psoas_viz.model.claims import evaluate_claim, evaluate_claims, load_claims
from psoas_viz.model.model import Model


@pytest.fixture(scope="module")
def model():
    return load_model()


def claim(claim_id):
    return next(c for c in load_claims() if c["id"] == claim_id)


def test_every_claim_gets_a_verdict_with_numbers(model):
    results = evaluate_claims(model)
    assert len(results) == 8
    for r in results:
        assert r.verdict in ("supported", "contradicted", "depends")
        assert (r.depends_on is not None) == (r.verdict == "depends")
        assert r.numbers and r.summary and r.explanation and r.caveat


def test_the_overstretch_verdict_follows_the_psoas_attachment(model):
    assert evaluate_claim(model, claim("anterior_tilt_overstretches_psoas")).verdict == "contradicted"
    # Re-attach the psoas behind the hip axis (straight from its lumbar origins to a point on the back of the
    # femur, no pelvic brim): now anterior tilt stretches it, and the same claim, computed the same way, is
    # supported.
    data = copy.deepcopy(model.data)
    psoas = next(m for m in data["muscles"] if m["id"] == "psoas_major")
    for fascicle in psoas["fascicles"]:
        origin, insertion = fascicle["points"][0], fascicle["points"][-1]
        fascicle["points"] = [origin, {**insertion, "location": [-60.0, -60.0, insertion["location"][2]]}]
    changed = Model(data)
    assert evaluate_claim(changed, claim("anterior_tilt_overstretches_psoas")).verdict == "supported"


def test_the_lunge_verdict_follows_the_rectus_femoris(model):
    assert evaluate_claim(model, claim("lunge_stretches_psoas_most")).verdict == "contradicted"
    fewer = dict(claim("lunge_stretches_psoas_most"), among=["psoas_major", "sartorius"])
    assert evaluate_claim(model, fewer).verdict == "supported"


def test_claims_command_line_matches_the_model(model):
    result = subprocess.run([sys.executable, "-m", "psoas_viz", "claims", "--format", "json"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    printed = {c["id"]: c for c in json.loads(result.stdout)["claims"]}
    for r in evaluate_claims(model):
        assert printed[r.id]["verdict"] == r.verdict
        assert printed[r.id]["numbers"] == json.loads(json.dumps(r.numbers))


def test_claim_numbers_follow_the_pelvis_shape(model):
    low = evaluate_claim(model, claim("sitting_shortens_psoas"), model.default_posture().with_values(pelvic_incidence=35.0))
    high = evaluate_claim(model, claim("sitting_shortens_psoas"), model.default_posture().with_values(pelvic_incidence=75.0))
    assert low.numbers != high.numbers and low.verdict == high.verdict == "supported"

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
    assert len(results) == 9
    for r in results:
        assert r.verdict in ("supported", "contradicted", "depends", "not_testable")
        assert (r.depends_on is not None) == (r.verdict in ("depends", "not_testable"))  # on what, or why not
        assert r.numbers and r.summary and r.explanation and r.caveat


def test_the_verdicts_say_only_what_the_model_can_test(model):
    verdicts = {r.id: r for r in evaluate_claims(model)}
    # adaptation over hours of sitting is not a posture: not testable, though the posture numbers are given
    sitting = verdicts["sitting_shortens_psoas"]
    assert sitting.verdict == "not_testable" and "adapt" in sitting.depends_on
    assert sitting.numbers["change_mm"] < -30 and sitting.summary.startswith("As a posture")
    # the rectus femoris also crosses the bent knee: the one-joint hip flexors shorten far more while seated
    quads = verdicts["quads_take_the_brunt_of_sitting"]
    assert quads.verdict == "contradicted"
    assert quads.numbers["iliacus_change_percent"] < quads.numbers["rectus_femoris_change_percent"] < 0
    # a fascial pull tautens the psoas, but its size is not known from data
    fascia = verdicts["psoas_tight_from_fascia"]
    assert fascia.verdict == "not_testable" and "not known from data" in fascia.depends_on
    assert fascia.numbers["tension_with_n"] > fascia.numbers["tension_without_n"]
    # counting both sides, a shorter psoas tilts the pelvis anteriorly with either spine
    assert verdicts["short_psoas_anterior_tilt"].verdict == "supported"
    assert verdicts["short_psoas_flat_back"].verdict == "contradicted"
    # capacity shares are given for every force source, and the verdict is the same for all of them
    share = verdicts["iliopsoas_main_flexor_situp"]
    assert "sit_up_iliopsoas_share_with_gait2392_percent" in share.numbers
    assert share.numbers["sit_up_iliopsoas_share_percent"] < 50 < share.numbers["hanging_leg_raise_iliopsoas_share_percent"]


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
    assert low.numbers != high.numbers and low.verdict == high.verdict == "not_testable"


def test_claims_text_output_shows_every_verdict_and_caveat(model):
    result = subprocess.run([sys.executable, "-m", "psoas_viz", "claims"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    for r in evaluate_claims(model):
        assert r.text in result.stdout and r.summary in result.stdout
        assert f"Caveat: {r.caveat}" in result.stdout
    assert "NOT TESTABLE HERE (" in result.stdout

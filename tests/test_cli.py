"""The command line contract (the names README.md documents), through a real subprocess."""

import csv
import io
import json
import subprocess
import sys

import pytest

from psoas_viz.model import load_model


def run(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "psoas_viz", *args], capture_output=True, text=True, **kwargs)


def test_sweep_csv_has_the_contract_columns_in_order():
    result = run("sweep", "--param", "pelvic_tilt", "--start", "-15", "--stop", "15", "--step", "15", "--spine", "locked")
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    model = load_model()
    expected = ["pelvic_tilt"]
    for mid in model.muscles.ids:
        expected += [f"{mid}_length_mm", f"{mid}_hip_moment_arm_mm"]
    expected += ["pelvic_incidence_deg", "spinopelvic_tilt_deg", "sacral_slope_deg", "lumbar_lordosis_deg"]
    assert rows[0] == expected
    assert [float(r[0]) for r in rows[1:]] == [-15.0, 0.0, 15.0]
    table = {name: [float(r[i]) for r in rows[1:]] for i, name in enumerate(rows[0])}
    assert table["iliacus_length_mm"][0] > table["iliacus_length_mm"][2]  # anterior tilt shortens it
    assert table["psoas_major_hip_moment_arm_mm"][1] > 0  # a hip flexor
    assert table["spinopelvic_tilt_deg"][0] > table["spinopelvic_tilt_deg"][2]  # PT grows with posterior tilt
    assert all(abs(v - 50.5) < 1e-3 for v in table["lumbar_lordosis_deg"])  # locked spine


def test_sweep_json_and_set_and_scenario(tmp_path):
    scenario = tmp_path / "s.json"
    scenario.write_text(json.dumps({"format": "psoas-viz/scenario", "version": 1,
                                    "posture": {"thigh_angle": 90, "spine_mode": "locked"}}))
    result = run("sweep", "--param", "knee_flexion", "--start", "0", "--stop", "90", "--step", "45",
                 "--scenario", str(scenario), "--set", "pelvic_incidence=60", "--format", "json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["spine_mode"] == "locked"
    assert [row[0] for row in doc["rows"]] == [0, 45, 90]
    pi = doc["columns"].index("pelvic_incidence_deg")
    assert all(abs(row[pi] - 60) < 1e-6 for row in doc["rows"])


def test_info_json_lists_parameters_muscles_and_presets():
    result = run("info", "--format", "json")
    assert result.returncode == 0
    doc = json.loads(result.stdout)
    names = [p["name"] for p in doc["parameters"]]
    assert names[:5] == ["pelvic_tilt", "thigh_angle", "knee_flexion", "lumbar_lordosis", "pelvic_incidence"]
    tilt = doc["parameters"][0]
    assert (tilt["unit"], tilt["default"], tilt["min"], tilt["max"]) == ("deg", 0.0, -30.0, 30.0)
    assert {m["id"] for m in doc["muscles"]} >= {"psoas_major", "iliacus", "rectus_abdominis", "hamstrings"}
    assert all(m["sources"] for m in doc["muscles"])
    assert "kneeling_lunge" in doc["presets"]


def test_info_json_gives_each_muscles_force_properties_and_their_sources():
    """One force source for the hip muscles (Rajagopal 2016): the psoas at 1427 N with optimal fibres of
    116.9 mm, inside Ward et al. 2009's 117 +- 17 mm; the rest of the path is tendon."""
    doc = json.loads(run("info", "--format", "json").stdout)
    muscles = {m["id"]: m for m in doc["muscles"]}
    psoas = muscles["psoas_major"]
    assert abs(psoas["optimal_fiber_length_mm"] - 117.0) <= 25.0
    assert psoas["max_isometric_force_n"] == pytest.approx(1426.8, abs=0.5)
    assert any("Rajagopal" in s for s in psoas["property_sources"])
    for mid, m in muscles.items():
        keys = ("max_isometric_force_n", "optimal_fiber_length_mm", "tendon_slack_length_mm", "pennation_deg")
        if mid == "psoas_minor":  # no published force data
            assert all(m[k] is None for k in keys) and not m["property_sources"]
            continue
        assert all(m[k] is not None for k in keys) and m["property_sources"], mid
        assert m["tendon_slack_length_mm"] > 0 and m["optimal_fiber_length_mm"] > 0, mid


@pytest.mark.parametrize("args, fragment", [
    (["sweep", "--param", "tilt", "--start", "0", "--stop", "1", "--step", "1"], "unknown parameter 'tilt'"),
    (["sweep", "--param", "pelvic_tilt", "--start", "-40", "--stop", "0", "--step", "1"], "outside −30…30"),  # read by people: the minus sign
    (["sweep", "--param", "pelvic_tilt", "--start", "abc", "--stop", "0", "--step", "1"], "--start"),
    (["sweep", "--param", "pelvic_tilt", "--start", "0", "--stop", "1", "--step", "0"], "--step"),
    (["sweep", "--param", "pelvic_tilt", "--start", "0", "--stop", "1", "--step", "nan"], "--step"),
    (["sweep", "--param", "pelvic_tilt", "--start", "0", "--stop", "1", "--step", "1", "--set", "knee_flexion=-5"], "knee_flexion"),
    (["sweep", "--param", "pelvic_tilt", "--start", "0", "--stop", "1", "--step", "1", "--set", "oops"], "NAME=VALUE"),
    (["sweep", "--param", "pelvic_tilt", "--start", "0", "--stop", "1", "--step", "1", "--scenario", "/no/such.json"], "cannot be read"),
    (["sweep", "--param", "pelvic_tilt"], "required"),
    (["info", "--format", "xml"], "invalid choice"),
])
def test_bad_input_gives_one_line_and_exit_2(args, fragment):
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0] and "Traceback" not in result.stderr


def test_malformed_scenario_is_refused_naming_the_key(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "psoas-viz/scenario", "version": 1, "posture": {"pelvic_tilt": "far"}}))
    result = run("sweep", "--param", "knee_flexion", "--start", "0", "--stop", "1", "--step", "1", "--scenario", str(bad))
    assert result.returncode == 2 and "posture.pelvic_tilt" in result.stderr


def test_sweeping_lordosis_needs_the_manual_spine():
    result = run("sweep", "--param", "lumbar_lordosis", "--start", "0", "--stop", "80", "--step", "40")
    assert result.returncode == 2 and "--spine manual" in result.stderr
    ok = run("sweep", "--param", "lumbar_lordosis", "--start", "0", "--stop", "80", "--step", "40", "--spine", "manual")
    rows = list(csv.reader(io.StringIO(ok.stdout)))
    assert [round(float(r[-1])) for r in rows[1:]] == [0, 40, 80]


def test_the_readme_tables_are_what_the_program_prints_now():
    """README.md's claims and settle tables are generated (tools/update_readme.py): when the model changes and
    the README does not, this fails."""
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("update_readme", root / "tools" / "update_readme.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    found = tool.blocks((root / "README.md").read_text(encoding="utf-8"))
    assert any(args.startswith("claims") for args, _ in found) and any(args.startswith("settle") for args, _ in found)
    for args, body in found:
        assert body == tool.output(args), f"README block 'psoas-viz {args}' is stale: run tools/update_readme.py"


def test_settle_and_claims_report_one_number_for_the_same_situation():
    """The relaxed upright balance that `settle` prints is the one the tightness claims start from, and the
    posture claims' lengths are the ones `sweep` prints for the same preset posture."""
    settled = json.loads(run("settle", "--format", "json").stdout)
    claims = {c["id"]: c for c in json.loads(run("claims", "--format", "json").stdout)["claims"]}
    assert claims["short_psoas_anterior_tilt"]["numbers"]["upright_settled_tilt_relaxed_deg"] == pytest.approx(
        settled["pelvic_tilt_deg"], abs=0.01)
    locked = json.loads(run("settle", "--format", "json", "--spine", "locked").stdout)
    assert claims["short_psoas_anterior_tilt"]["numbers"]["locked_settled_tilt_relaxed_deg"] == pytest.approx(
        locked["pelvic_tilt_deg"], abs=0.01)
    tight = json.loads(run("settle", "--format", "json", "--set", "psoas_major.tightness=0.5").stdout)
    assert tight["muscles"]["psoas_major"]["tightness_mm"] == claims["short_psoas_anterior_tilt"]["numbers"]["tightness_mm"]
    assert claims["short_psoas_anterior_tilt"]["numbers"]["upright_settled_tilt_tight_deg"] == pytest.approx(
        tight["pelvic_tilt_deg"], abs=0.01)
    # the sitting preset through sweep (a one-row sweep of its own tilt) gives the claim's psoas length
    from pathlib import Path

    preset = Path(__file__).resolve().parents[1] / "assets" / "scenarios" / "04_sitting.json"
    sitting = run("sweep", "--param", "knee_flexion", "--start", "90", "--stop", "90", "--step", "1",
                  "--scenario", str(preset), "--format", "json")
    doc = json.loads(sitting.stdout)
    length = doc["rows"][0][doc["columns"].index("psoas_major_length_mm")]
    assert claims["sitting_shortens_psoas"]["numbers"]["length_mm"] == pytest.approx(length, abs=0.05)
    # the crura pull: settle with the same pull prints the claim's path and tension
    pulled = json.loads(run("settle", "--format", "json", "--set", "diaphragm_crura.pull=50", "--set",
                            "pelvic_tilt=0").stdout)["fascia"]
    numbers = claims["psoas_tight_from_fascia"]["numbers"]
    assert numbers["path_with_mm"] == pytest.approx(pulled["psoas_length_with_pulls_mm"], abs=0.05)
    assert numbers["tension_with_n"] == pytest.approx(pulled["psoas_tension_with_pulls_n"], abs=0.05)


def test_hip_flexion_beyond_the_source_models_range_is_warned_about():
    """Rajagopal 2016's hip flexion range ends at 120°: beyond it the command still answers, with a warning."""
    inside = run("sweep", "--param", "thigh_angle", "--start", "100", "--stop", "120", "--step", "10")
    assert inside.returncode == 0 and inside.stderr == ""
    beyond = run("sweep", "--param", "thigh_angle", "--start", "100", "--stop", "120", "--step", "10",
                 "--set", "pelvic_tilt=20")
    assert beyond.returncode == 0 and beyond.stdout.count("\n") == 4
    assert beyond.stderr.startswith("warning: hip flexion 140°") and "Rajagopal 2016" in beyond.stderr
    settled = run("settle", "--format", "json")
    assert settled.stderr == "" and "warnings" not in json.loads(settled.stdout)


def test_exports_and_the_lesson_report_the_claims_numbers(tmp_path):
    """The CSV export of the sitting preset prints the lengths the sitting claims quote, and the lesson's
    claim steps carry the verdict and summary that `psoas-viz claims` prints."""
    import os

    from psoas_viz.model.claims import evaluate_claims, verdict_words
    from psoas_viz.io.lesson import builtin_lessons, load_lesson

    claims = {c["id"]: c for c in json.loads(run("claims", "--format", "json").stdout)["claims"]}
    out = tmp_path / "sitting.csv"
    exported = run("export", "--preset", "sitting", "--out", str(out),
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert exported.returncode == 0, exported.stderr
    rows = {r["muscle_id"]: r for r in csv.DictReader(io.StringIO(out.read_text().split("\n\n")[0]))}
    assert float(rows["psoas_major"]["length_mm"]) == pytest.approx(claims["sitting_shortens_psoas"]["numbers"]["length_mm"], abs=0.05)
    quads = claims["quads_take_the_brunt_of_sitting"]["numbers"]
    for mid in ("rectus_femoris", "iliacus", "psoas_major"):
        assert float(rows[mid]["change_percent"]) == pytest.approx(quads[f"{mid}_change_percent"], abs=0.05)
    model = load_model()
    _, steps = load_lesson(builtin_lessons()["psoas_tilt_and_claims"], model)
    notes = "\n".join(scenario.notes for _, scenario in steps)
    lesson = json.loads((builtin_lessons()["psoas_tilt_and_claims"]).read_text(encoding="utf-8"))
    about = {step["claim"] for step in lesson["steps"] if "claim" in step}
    assert len(about) >= 7
    for result in evaluate_claims(model):
        if result.id in about:
            assert f"Model: {verdict_words(result)}. {result.summary}" in notes, result.id


def test_settle_defaults_report_one_stable_mid_range_posture_inside_published_ranges():
    doc = json.loads(run("settle", "--format", "json").stdout)
    assert doc["balanced"] is True and doc["on_range_limit"] is False
    assert doc["other_stable_balance_deg"] == [] and doc["unstable_balance_deg"] == []
    assert 0.0 <= doc["spinopelvic_deg"]["spinopelvic_tilt"] <= 27.0  # Mac-Thiong et al. 2011
    assert 24.0 <= doc["spinopelvic_deg"]["sacral_slope"] <= 55.0
    assert doc["stiffness_nm_per_deg"] > 0
    assert {"gravity", "passive_hip", "passive_lumbar", "postural_control", "muscles"} <= set(doc["moments_nm"])
    text = run("settle").stdout
    assert "Spinopelvic PT" in text and "not on a range-limit wall" in text and "N m/°" in text

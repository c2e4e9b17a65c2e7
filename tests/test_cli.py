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


@pytest.mark.parametrize("args, fragment", [
    (["sweep", "--param", "tilt", "--start", "0", "--stop", "1", "--step", "1"], "unknown parameter 'tilt'"),
    (["sweep", "--param", "pelvic_tilt", "--start", "-40", "--stop", "0", "--step", "1"], "outside -30…30"),
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

"""Scenario files and presets, without Qt."""

import json

import pytest

from psoas_viz.model import load_model
from psoas_viz.model.scenario import (Scenario, ScenarioError, load_preset, load_scenario, preset_files,
                                      save_scenario)


@pytest.fixture(scope="module")
def model():
    return load_model()


def test_every_preset_loads_and_is_named_in_teaching_order(model):
    assert list(preset_files()) == ["neutral_standing", "anterior_tilt", "posterior_tilt", "sitting",
                                    "kneeling_lunge", "hanging_leg_raise", "sit_up"]
    for name in preset_files():
        scenario = load_preset(name, model)
        assert scenario.title and scenario.notes
        model.validated(scenario.posture)


def test_save_then_load_round_trips(model, tmp_path):
    original = Scenario(model.default_posture().with_values(pelvic_tilt=12.5, spine_mode="locked"),
                        title="Lesson 1", notes="anterior")
    path = tmp_path / "lesson.json"
    save_scenario(path, original)
    loaded = load_scenario(path, model)
    assert loaded.posture == original.posture and loaded.title == "Lesson 1"
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("document, key", [
    ({"format": "other", "version": 1}, "format"),
    ({"format": "psoas-viz/scenario", "version": 2}, "version"),
    ({"format": "psoas-viz/scenario", "version": 1, "colour": 1}, "colour"),
    ({"format": "psoas-viz/scenario", "version": 1, "posture": {"pelvic_tilt": 99}}, "posture.pelvic_tilt"),
    ({"format": "psoas-viz/scenario", "version": 1, "posture": {"pelvic_tilt": True}}, "posture.pelvic_tilt"),
    ({"format": "psoas-viz/scenario", "version": 1, "posture": {"spine_mode": "floppy"}}, "posture.spine_mode"),
    ({"format": "psoas-viz/scenario", "version": 1, "muscles": {"psoas_major": {"activation": 2}}}, "muscles.psoas_major.activation"),
    ({"format": "psoas-viz/scenario", "version": 1, "muscles": {"biceps": {}}}, "muscles.biceps"),
    ({"format": "psoas-viz/scenario", "version": 1, "title": 5}, "title"),
])
def test_bad_documents_are_refused_naming_the_key(model, tmp_path, document, key):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document))
    with pytest.raises(ScenarioError, match=key.replace(".", r"\.")):
        load_scenario(path, model)


def test_nan_and_oversized_files_are_refused(model, tmp_path):
    path = tmp_path / "nan.json"
    path.write_text('{"format": "psoas-viz/scenario", "version": 1, "posture": {"pelvic_tilt": NaN}}')
    with pytest.raises(ScenarioError, match="NaN"):
        load_scenario(path, model)
    big = tmp_path / "big.json"
    big.write_text(" " * 1_000_001)
    with pytest.raises(ScenarioError, match="at most"):
        load_scenario(big, model)


def test_saved_files_get_the_usual_permissions(model, tmp_path):
    import os

    umask = os.umask(0o022)
    try:
        path = tmp_path / "s.json"
        save_scenario(path, Scenario(model.default_posture()))
        assert (path.stat().st_mode & 0o777) == 0o644
    finally:
        os.umask(umask)


def test_fascial_pulls_round_trip_and_are_checked(model, tmp_path):
    path = tmp_path / "pulled.json"
    save_scenario(path, Scenario(model.default_posture(), fascia={"diaphragm_crura": 35.0}))
    assert load_scenario(path, model).fascia == {"diaphragm_crura": 35.0}
    doc = json.loads(path.read_text())
    doc["fascia"]["diaphragm_crura"]["pull_n"] = 500
    path.write_text(json.dumps(doc))
    with pytest.raises(ScenarioError, match=r"fascia\.diaphragm_crura\.pull_n"):
        load_scenario(path, model)


def test_duplicate_keys_and_a_fractional_version_are_refused(model, tmp_path):
    path = tmp_path / "twice.json"
    path.write_text('{"format": "psoas-viz/scenario", "version": 1, "posture": {"pelvic_tilt": 5, "pelvic_tilt": 9}}')
    with pytest.raises(ScenarioError, match="twice"):
        load_scenario(path, model)
    path.write_text('{"format": "psoas-viz/scenario", "version": 1.0}')
    with pytest.raises(ScenarioError, match="version"):
        load_scenario(path, model)

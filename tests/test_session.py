"""The Qt-free state shared by the window's views."""

from psoas_viz.model import load_model
from psoas_viz.model.scenario import MuscleSetting, load_preset
from psoas_viz.session import Session


def test_muscle_settings_are_undoable_with_the_posture():
    state = Session(load_model())
    seen = []
    state.subscribe(lambda s, what: seen.append(what))
    state.set_muscle("psoas_major", activation=0.4)
    state.set_values(pelvic_tilt=5.0)
    assert state.muscles == {"psoas_major": MuscleSetting(0.4, 0.0)}
    assert seen == ["muscles", "posture"]
    assert state.activation().activation == {"psoas_major": 0.4}
    state.undo()
    state.undo()
    assert state.muscles == {} and state.posture.pelvic_tilt == 0.0
    state.redo()
    assert state.muscles == {"psoas_major": MuscleSetting(0.4, 0.0)}


def test_a_scenario_sets_everything_in_one_step_and_round_trips():
    model = load_model()
    state = Session(model)
    scenario = load_preset("sitting", model)
    state.set_scenario(scenario)
    state.set_muscle("hamstrings", tightness=0.7)
    out = state.to_scenario()
    assert out.posture == scenario.posture and out.title == scenario.title
    assert out.muscles == {"hamstrings": MuscleSetting(0.0, 0.7)}
    state.reset()
    assert state.posture == model.default_posture() and state.muscles == {}


def test_bad_muscle_values_change_nothing():
    state = Session(load_model())
    for call in (lambda: state.set_muscle("psoas_major", activation=1.5), lambda: state.set_muscle("biceps", activation=0.1)):
        try:
            call()
        except (ValueError, KeyError):
            pass
        else:
            raise AssertionError("accepted a bad value")
    assert state.muscles == {} and not state.can_undo


def test_fascial_pulls_survive_posture_changes_and_undo():
    state = Session(load_model())
    state.set_pull("diaphragm_crura", 40.0)
    state.set_values(pelvic_tilt=5.0)
    assert state.pulls == {"diaphragm_crura": 40.0} and state.activation().pulls == {"diaphragm_crura": 40.0}
    assert state.to_scenario().fascia == {"diaphragm_crura": 40.0}
    state.undo()
    state.undo()
    assert state.pulls == {}
    try:
        state.set_pull("diaphragm_crura", 1000.0)
    except ValueError:
        pass
    else:
        raise AssertionError("accepted a pull out of range")


def test_the_title_says_when_the_scenario_was_changed():
    model = load_model()
    state = Session(model)
    state.set_scenario(load_preset("sitting", model))
    assert state.display_title == "Sitting"
    state.set_values(pelvic_tilt=5.0)
    assert state.display_title == "Sitting (changed)"
    state.undo()
    assert state.display_title == "Sitting"

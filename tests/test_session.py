"""The session: settings, undo/redo, view state and one derived snapshot per change (no Qt)."""

import numpy as np
import pytest

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


class _Counted:
    """Counts calls of a method on an object (the real method still runs)."""

    def __init__(self, monkeypatch, owner, name):
        self.calls = 0
        real = getattr(owner, name)

        def counted(*args, **kwargs):
            self.calls += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, counted)


def test_one_evaluation_and_one_fascia_solve_per_change_none_per_repaint(monkeypatch):
    from psoas_viz.scene.diagram import View, build
    from psoas_viz.scene.page import page

    model = load_model()
    session = Session(model)
    session.set_pull("diaphragm_crura", 40.0)
    session.set_muscle("psoas_major", activation=0.3)
    session.psoas_curve()  # the plot's sweep: once per posture shape (a tilt change keeps the shape)
    evaluations = _Counted(monkeypatch, model, "evaluate_many")
    solves = _Counted(monkeypatch, model.mechanics.fascia, "solve")
    session.set_values(pelvic_tilt=6.0)
    for _ in range(3):  # three repaints of everything that shows the posture
        build(session.snapshot, View(ghost=True))
        page(session.snapshot, "t", session.psoas_curve())
        snapshot = session.snapshot
        assert snapshot.net == sum(snapshot.moments.values())
        assert snapshot.fascia.length_with > 0 and snapshot.forces.force.shape[0] == 1
    assert (evaluations.calls, solves.calls) == (1, 1)
    session.set_muscle("iliacus", activation=0.2)  # a muscle change: the posture's evaluation is kept
    build(session.snapshot, View())
    assert (evaluations.calls, solves.calls) == (1, 2)


def test_the_snapshot_agrees_with_the_mechanics():
    model = load_model()
    session = Session(model)
    session.set_muscle("psoas_major", activation=0.4)
    session.set_pull("diaphragm_crura", 30.0)
    session.set_values(pelvic_tilt=-5.0)
    p = session.posture
    net, parts = model.mechanics.tilt_moments(p, session.activation(), np.array([p.pelvic_tilt]))
    assert session.snapshot.net == pytest.approx(float(net[0]))
    for key, value in parts.items():
        assert session.snapshot.moments[key] == pytest.approx(float(value[0]))
    assert session.snapshot.neutral.muscle("psoas_major")["change_mm"] == pytest.approx(0.0, abs=1e-9)


def test_reset_all_resets_every_view_option_title_and_notes():
    from psoas_viz.model.scenario import Scenario
    from psoas_viz.session import VIEW_DEFAULTS, CompareSpec

    model = load_model()
    session = Session(model)
    session.set_scenario(Scenario(model.default_posture().with_values(pelvic_tilt=-8.0), title="Flat back",
                                  notes="Pelvis tilted 8° posteriorly"))
    for name, value in (("ghost", True), ("labels", False), ("both_curves", True), ("forces", False),
                        ("highlight", ("iliacus",)), ("zoom", 2.0), ("pan", (10.0, 5.0)),
                        ("compare", CompareSpec((("a", model.default_posture()),)))):
        session.set_view(name, value)
    assert session.to_scenario().notes == "Pelvis tilted 8° posteriorly"
    session.reset()
    assert session.view == VIEW_DEFAULTS and session.posture == model.default_posture()
    scenario = session.to_scenario()
    assert scenario.title == "" and scenario.notes == "" and session.display_title == ""
    assert session.undo() and session.posture.pelvic_tilt == -8.0


def test_notes_describe_the_scenario_only_while_it_is_unchanged():
    from psoas_viz.model.scenario import Scenario

    model = load_model()
    session = Session(model)
    session.set_scenario(Scenario(model.default_posture().with_values(pelvic_tilt=-8.0), title="Flat back",
                                  notes="Pelvis tilted 8° posteriorly"))
    session.set_values(pelvic_tilt=0.0)
    assert session.to_scenario().notes == "" and session.display_title == "Flat back (changed)"
    session.undo()
    assert session.to_scenario().notes == "Pelvis tilted 8° posteriorly"


def test_a_scenario_that_changes_only_the_title_tells_the_views():
    """A scenario whose settings are those shown already (the Predict animation's last step, a file of the posture
    on screen) changes no setting and adds no undo step, but the title shown changes: the views that show it hear
    "title"; Reset all of an untouched but titled model too."""
    from dataclasses import replace

    model = load_model()
    state = Session(model)
    sitting = load_preset("sitting", model)
    state.set_scenario(replace(sitting, title="Start"))
    state.set_values(pelvic_tilt=sitting.posture.pelvic_tilt + 1.0)
    assert state.display_title == "Start (changed)"
    seen, undo = [], len(state._undo)
    state.subscribe(lambda s, what: seen.append(what))
    assert state.set_scenario(replace(sitting, posture=state.posture)) is False  # the settings shown, titled anew
    assert seen == ["title"] and state.display_title == sitting.title and len(state._undo) == undo
    assert state.set_scenario(replace(sitting, posture=state.posture)) is False and seen == ["title"]  # no news
    seen.clear()
    state.reset()
    state.set_scenario(replace(load_preset("neutral_standing", model), title="Standing"))
    seen.clear()
    state.reset()  # the neutral posture already: only the title goes
    assert seen == ["title"] and state.display_title == ""


def test_a_copy_starts_where_the_session_is_and_changes_only_itself():
    model = load_model()
    state = Session(model)
    state.set_scenario(load_preset("sitting", model))
    state.set_values(pelvic_tilt=7.0)
    state.set_view("latin", True)
    heard = []
    state.subscribe(lambda s, what: heard.append(what))
    copy = state.copy()
    assert copy.to_scenario() == state.to_scenario() and copy.display_title == state.display_title
    assert copy.view == state.view and not copy.can_undo  # a history of its own
    copy.set_scenario(load_preset("anterior_tilt", model))
    copy.set_values(pelvic_tilt=-3.0)
    copy.set_view("labels", False)
    copy.undo()
    assert copy.title == load_preset("anterior_tilt", model).title
    assert state.posture.pelvic_tilt == 7.0 and state.title == load_preset("sitting", model).title
    assert state.view["labels"] and heard == []
    state.undo()
    assert state.posture == load_preset("sitting", model).posture


def test_a_copy_keeps_following_the_language_of_a_title_the_program_wrote():
    """Presentation works on a copy: a preset's title, written by the program, must still follow a language
    switch there, as it does in the window."""
    from psoas_viz.i18n import current_language, using_language

    model = load_model()
    state = Session(model)
    titles = {"en": "Sitting", "de": "Sitzen", "es": "Sedestación"}
    state.set_scenario(load_preset("sitting", model), lambda: (titles[current_language()], ""))
    copy = state.copy()
    for language in ("de", "es", "en"):
        with using_language(language):
            assert copy.title == state.title == titles[language]

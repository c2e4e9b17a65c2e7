"""The muscle panel, force arrows, tilt-moment chart and Settle under pytest-qt (offscreen)."""

from __future__ import annotations

import numpy as np
import pytest

import PySide6  # noqa: F401  (before pyqtgraph)
from PySide6 import QtCore

from psoas_viz.model.scenario import MuscleSetting
from psoas_viz.scene.geometry import arrow_length, force_arrows
from psoas_viz.qt.muscle_panel import NO_DATA


@pytest.fixture
def window(window):
    window.control_tabs.setCurrentWidget(window.muscle_panel)
    return window


def test_activation_slider_changes_state_and_moment_chart(window):
    state, panel = window.session, window.muscle_panel
    assert window.chart_tabs.currentWidget() is window.moments  # the muscles tab shows their moments
    assert window.moments.value("psoas_major") == 0.0
    slider = panel.rows["psoas_major"].sliders["activation"]
    slider.setValue(40)
    assert state.muscles["psoas_major"].activation == pytest.approx(0.40)
    assert panel.rows["psoas_major"].spins["activation"].value() == 40
    assert window.moments.value("psoas_major") > 1.0  # tilts the pelvis anteriorly
    assert window.moments.value("net") == pytest.approx(sum(window.moments.value(k) for k in window.moments.rows
                                                            if k != "net"))
    panel.rows["gluteus_maximus"].spins["tightness"].setValue(30)
    assert state.muscles["gluteus_maximus"].tightness == pytest.approx(0.30)


def test_keyboard_steps_and_one_undo_step_per_drag(window, qtbot):
    state, panel = window.session, window.muscle_panel
    slider = panel.rows["iliacus"].sliders["activation"]
    slider.setFocus()
    qtbot.keyClick(slider, QtCore.Qt.Key.Key_PageUp)
    assert state.muscles["iliacus"].activation == pytest.approx(0.10)
    state.undo()
    assert "iliacus" not in state.muscles
    slider.setSliderDown(True)
    panel.begin_drag()
    for v in (5, 10, 20, 30):
        slider.setValue(v)
    slider.setSliderDown(False)
    panel.end_drag()
    assert state.muscles["iliacus"].activation == pytest.approx(0.30)
    state.undo()
    assert "iliacus" not in state.muscles


def test_state_change_updates_widgets_without_echo(window):
    state, panel = window.session, window.muscle_panel
    writes = []
    unsubscribe = state.subscribe(lambda s, what: writes.append(what))
    state.set_muscle("rectus_abdominis", activation=0.55, tightness=0.2)
    unsubscribe()
    row = panel.rows["rectus_abdominis"]
    assert row.sliders["activation"].value() == 55
    assert row.spins["activation"].value() == 55
    assert row.sliders["tightness"].value() == 20
    assert writes == ["muscles"]  # the widgets did not write back
    assert state.can_undo and state.undo()
    assert row.sliders["activation"].value() == 0


def test_relax_all_clears_in_one_step(window):
    state, panel = window.session, window.muscle_panel
    state.set_muscle("psoas_major", activation=0.3)
    state.set_muscle("hamstrings", tightness=0.6)
    panel.relax_button.click()
    assert state.muscles == {}
    assert panel.rows["hamstrings"].sliders["tightness"].value() == 0
    assert not panel.relax_button.isEnabled()
    state.undo()
    assert state.muscles == {"hamstrings": MuscleSetting(0.0, 0.6), "psoas_major": MuscleSetting(0.3, 0.0)}


def test_psoas_minor_is_disabled(window):
    row = window.muscle_panel.rows["psoas_minor"]
    assert not row.isEnabled()
    assert row.toolTip() == NO_DATA
    assert window.muscle_panel.rows["psoas_major"].isEnabled()


def test_settle_tilts_posteriorly_when_gluteus_maximus_works(window, qtbot):
    state, panel = window.session, window.muscle_panel
    assert state.posture.spine_mode == "upright"
    panel.settle_box.setChecked(True)
    relaxed = state.posture.pelvic_tilt
    assert panel.settler.balance.balanced
    assert relaxed == pytest.approx(panel.settler.balance.pelvic_tilt)
    assert abs(window.moments.value("net")) < 0.01
    assert "Balanced" in panel.message.text() and panel.message.isVisible()
    assert "in mid-range (not on a range-limit wall)" in panel.message.text()  # said in words
    panel.rows["gluteus_maximus"].spins["activation"].setValue(2)
    assert state.posture.pelvic_tilt < relaxed - 0.3  # a hip extensor pulls the pelvis posteriorly
    assert abs(window.moments.value("net")) < 0.01
    state.undo()  # the change and the settled tilt were one step
    assert "gluteus_maximus" not in state.muscles
    assert state.posture.pelvic_tilt == pytest.approx(relaxed)


def test_settle_follows_other_posture_changes_after_a_short_delay(window, qtbot):
    state, panel = window.session, window.muscle_panel
    panel.settle_box.setChecked(True)
    state.set_values(knee_flexion=60.0)  # hamstrings slacken, rectus femoris stretches: a new balance
    assert panel.settler.pending
    qtbot.waitUntil(lambda: not panel.settler.pending, timeout=2000)
    assert state.posture.pelvic_tilt == pytest.approx(panel.settler.balance.pelvic_tilt)
    state.set_values(pelvic_tilt=0.0)  # the tilt itself is the student's to set
    assert not panel.settler.pending


def test_no_balance_message_for_a_locked_spine(window, qtbot):
    state, panel = window.session, window.muscle_panel
    state.set_values(spine_mode="locked")
    # glutes and hamstrings at full activation pull a rigid trunk past the end of the tilt range
    state.set_muscle("gluteus_maximus", activation=1.0)
    state.set_muscle("hamstrings", activation=1.0)
    before = state.posture.pelvic_tilt
    panel.settle_box.setChecked(True)
    text = panel.message.text()
    assert text.startswith("No stable balance: the pelvis falls posteriorly")
    assert "psoas major" in text and "iliacus" in text
    assert panel.message.isVisible()
    assert state.posture.pelvic_tilt == before
    panel.settle_box.setChecked(False)
    assert not panel.message.isVisible()


def _arrows(play) -> dict:
    """Muscle id -> the force-arrow structure drawn in the play area's scene."""
    return {s.id[len("force_"):]: s for s in play.scene.structures if s.kind == "force"}


def test_force_arrows_follow_activation(window):
    state, play = window.session, window.play
    assert _arrows(play) == {}
    state.set_muscle("psoas_major", activation=0.5)
    assert set(_arrows(play)) == {"psoas_major"}
    force = force_arrows(state.snapshot)["psoas_major"][0]
    assert force > 100.0
    # two arrows, each arrow_length long along the line of pull
    shapes = _arrows(play)["psoas_major"].shapes
    assert len(shapes) == 2
    points = np.concatenate([shape.points for shape in shapes])
    assert np.ptp(points[:, 1]) > arrow_length(force) * play.scene.mapper.s * 0.5
    window.muscle_panel.forces_box.setChecked(False)
    assert _arrows(play) == {}
    window.muscle_panel.forces_box.setChecked(True)
    assert set(_arrows(play)) == {"psoas_major"}
    window.muscle_panel.relax_button.click()
    assert _arrows(play) == {}


def test_a_fascial_pull_bends_the_drawn_psoas_and_reports_it(window):
    state, panel = window.session, window.muscle_panel
    drawn = lambda: [shape.points for shape in window.play.scene.structure("psoas_major").shapes]  # noqa: E731
    before = [line.copy() for line in drawn()]
    panel.pull_rows["diaphragm_crura"].spin.setValue(60)
    assert state.pulls == {"diaphragm_crura": 60.0}
    assert "looks tight because it is pulled on" in panel.pull_summary.text()
    after = drawn()
    moved = [i for i, (a, b) in enumerate(zip(before, after)) if a.shape != b.shape or not (a == b).all()]
    assert moved  # the upper fascicles are drawn displaced towards the crura
    assert window.play.scene.structure("diaphragm_crura").kind == "fascia"  # the pull is drawn
    panel.relax_all()
    assert state.pulls == {} and panel.pull_rows["diaphragm_crura"].spin.value() == 0
    assert not [s for s in window.play.scene.structures if s.kind == "fascia"]


def test_a_preset_keeps_its_own_tilt_and_switches_settle_off(window):
    panel = window.muscle_panel
    panel.settle_box.setChecked(True)
    window.controls.apply_preset("sitting")
    assert window.session.posture.pelvic_tilt == -8.0  # the preset's tilt, not a settled one
    assert not panel.settle_box.isChecked() and "Settle switched off" in panel.message.text()

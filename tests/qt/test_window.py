"""Real widgets under pytest-qt (offscreen): the window reacts to the state and the state to the widgets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import PySide6  # noqa: F401  (before pyqtgraph)
from PySide6 import QtCore, QtGui

from psoas_viz.model.scenario import load_preset, preset_files

ROOT = Path(__file__).resolve().parents[2]


def test_tilt_slider_changes_state_readout_and_marker(window):
    state = window.session
    row = window.controls.rows["pelvic_tilt"]
    before_length = window.readouts.values["length"].text()
    row.slider.setValue(120)  # 12.0 deg
    assert state.posture.pelvic_tilt == pytest.approx(12.0)
    assert state.evaluation.angles["spinopelvic_tilt_deg"][0] < 10.0  # anterior tilt lowers spinopelvic PT
    assert row.spin.value() == pytest.approx(12.0)
    assert window.readouts.values["length"].text() != before_length
    length = state.evaluation.muscle("psoas_major")["length_mm"]
    assert f"{length:.1f}" in window.readouts.values["length"].text()
    x, y = window.tilt_plot.marker_position()
    assert x == pytest.approx(12.0)
    assert y == pytest.approx(length)


def test_keyboard_steps_the_slider(window, qtbot):
    row = window.controls.rows["pelvic_tilt"]
    row.slider.setFocus()
    qtbot.keyClick(row.slider, QtCore.Qt.Key.Key_Right)
    assert window.session.posture.pelvic_tilt == pytest.approx(1.0)


def test_spinbox_entry_sets_value(window):
    window.controls.rows["thigh_angle"].spin.setValue(45.0)
    assert window.session.posture.thigh_angle == pytest.approx(45.0)
    assert window.controls.rows["thigh_angle"].slider.value() == 450


def test_dragging_the_pelvis_changes_the_tilt(window):
    play = window.play
    skeleton = window.session.model.skeleton
    asis = skeleton.landmark_world(window.session.evaluation.pose, "asis")[0]
    crest = skeleton.landmark_world(window.session.evaluation.pose, "iliac_crest")[0]
    x, y = float(asis[0] + crest[0]) / 2, float(asis[1] + crest[1]) / 2  # the iliac wing
    assert play.hit_pelvis(play.to_pixels(x, y))
    play.begin_pelvis_drag(play.to_pixels(x, y))
    # rotate the grab point 8 degrees clockwise about the hip (ASIS forward and down = anterior tilt)
    import math
    r, a = math.hypot(x, y), math.atan2(y, x) - math.radians(8.0)
    play.move_pelvis_drag(play.to_pixels(r * math.cos(a), r * math.sin(a)))
    play.end_pelvis_drag()
    assert window.session.posture.pelvic_tilt == pytest.approx(8.0, abs=0.11)
    assert window.session.undo()
    assert window.session.posture.pelvic_tilt == 0.0


def test_mouse_drag_on_the_view_tilts_the_pelvis(window, qtbot):
    play = window.play
    skeleton = window.session.model.skeleton
    asis = skeleton.landmark_world(window.session.evaluation.pose, "asis")[0]
    crest = skeleton.landmark_world(window.session.evaluation.pose, "iliac_crest")[0]
    start_view = QtCore.QPointF(float(asis[0] + crest[0]) / 2, float(asis[1] + crest[1]) / 2)
    end_view = QtCore.QPointF(start_view.x() + 10.0, start_view.y() - 30.0)
    to_widget = lambda p: play.to_pixels(p.x(), p.y()).toPoint()  # noqa: E731
    start, end = to_widget(start_view), to_widget(end_view)
    qtbot.mousePress(play, QtCore.Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 6):
        pos = start + (end - start) * (i / 5)
        event = QtGui.QMouseEvent(QtCore.QEvent.Type.MouseMove, QtCore.QPointF(pos),
                                  QtCore.QPointF(play.mapToGlobal(pos)), QtCore.Qt.MouseButton.NoButton,
                                  QtCore.Qt.MouseButton.LeftButton, QtCore.Qt.KeyboardModifier.NoModifier)
        QtCore.QCoreApplication.sendEvent(play, event)
    qtbot.mouseRelease(play, QtCore.Qt.MouseButton.LeftButton, pos=end)
    assert window.session.posture.pelvic_tilt > 3.0  # moved forward-and-down: anterior tilt


def test_preset_sets_every_value_it_names(window, model):
    import json

    for name in ("sitting", "kneeling_lunge"):
        window.controls.apply_preset(name)
        document = json.loads(preset_files()[name].read_text())
        for key, value in document["posture"].items():
            assert getattr(window.session.posture, key) == value
            if key != "spine_mode":
                assert window.controls.rows[key].spin.value() == pytest.approx(value)
        assert window.session.posture == load_preset(name, model).posture


def test_reset_all_restores_defaults(window, model, qtbot):
    window.session.set_values(pelvic_tilt=20.0, knee_flexion=60.0, spine_mode="locked")
    qtbot.mouseClick(window.controls.reset_button, QtCore.Qt.MouseButton.LeftButton)
    assert window.session.posture == model.default_posture()
    assert window.controls.rows["pelvic_tilt"].slider.value() == 0
    assert window.controls.spine_combo.currentData() == "upright"


def test_undo_and_redo(window, qtbot):
    window.controls.rows["pelvic_tilt"].spin.setValue(10.0)
    window.controls.rows["pelvic_tilt"].spin.setValue(20.0)
    window.undo_action.trigger()
    assert window.session.posture.pelvic_tilt == pytest.approx(10.0)
    assert window.controls.rows["pelvic_tilt"].spin.value() == pytest.approx(10.0)
    window.redo_action.trigger()
    assert window.session.posture.pelvic_tilt == pytest.approx(20.0)


def test_a_slider_drag_is_one_undo_step(window):
    slider = window.controls.rows["pelvic_tilt"].slider
    slider.sliderPressed.emit()
    for v in range(0, 151, 10):
        slider.setValue(v)
    slider.sliderReleased.emit()
    assert window.session.posture.pelvic_tilt == pytest.approx(15.0)
    window.session.undo()
    assert window.session.posture.pelvic_tilt == 0.0


def test_state_change_updates_widgets_without_echo(window):
    notes = []
    window.session.subscribe(lambda state, what: notes.append(what))
    window.session.set_values(pelvic_tilt=-7.5, spine_mode="locked")
    assert notes == ["posture"]  # the widgets were updated, and did not write back
    assert window.controls.rows["pelvic_tilt"].slider.value() == -75
    assert window.controls.rows["pelvic_tilt"].spin.value() == pytest.approx(-7.5)
    assert window.controls.spine_combo.currentData() == "locked"
    assert len(window.session._undo) == 1


def test_hover_card_and_plot_click(window):
    play = window.play
    card = play.card_html("psoas_major")
    assert "Psoas major" in card and "mm" in card and "source" in card
    window.tilt_plot.set_tilt_from_x(-12.34)
    assert window.session.posture.pelvic_tilt == pytest.approx(-12.3)
    bars = window.bars
    assert len(bars.order) == len(window.session.model.muscles.ids)


def test_compare_annotates_difference(window):
    window.tabs.setCurrentWidget(window.compare)
    model = window.session.model
    p = window.session.posture
    a = model.evaluate(p.with_values(pelvic_tilt=10.0)).muscle("psoas_major")["length_mm"]
    b = model.evaluate(p.with_values(pelvic_tilt=-10.0)).muscle("psoas_major")["length_mm"]
    assert window.compare.difference_mm == pytest.approx(a - b)
    assert f"{abs(a - b):.1f} mm" in window.compare.caption.text()


def _run_gui(*args, cwd):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "psoas_viz", "gui", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60)


def test_screenshot_writes_a_non_blank_png(tmp_path):
    out = tmp_path / "shot.png"
    result = _run_gui("--screenshot", str(out), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    image = QtGui.QImage(str(out))
    assert (image.width(), image.height()) == (1600, 1000)
    colours = {image.pixel(x, y) for x in range(0, 1600, 23) for y in range(0, 1000, 17)}
    assert len(colours) > 50
    assert not [p for p in tmp_path.iterdir() if p.name != "shot.png"]  # no temporary left behind


def test_unwritable_screenshot_path_exits_2(tmp_path):
    out = tmp_path / "missing-dir" / "shot.png"
    result = _run_gui("--screenshot", str(out), cwd=ROOT)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_bad_scenario_exits_2(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "nope"}')
    result = _run_gui("--scenario", str(bad), "--screenshot", str(tmp_path / "x.png"), cwd=ROOT)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.png").exists()


def test_void_qt_calls_do_not_leak_references_to_none():
    """PySide6-Essentials 6.12.0 on Python 3.11 takes a reference from None on every void call, which aborts
    the interpreter ("none_dealloc") after a minute of dragging; pyproject.toml keeps Python 3.11 below 6.12."""
    obj = QtCore.QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) >= before - 10


def test_a_preset_keeps_the_femur_in_view(window):
    window.controls.apply_preset("sitting")
    knee = window.session.model.skeleton.landmark_world(window.session.evaluation.pose, "knee_joint_centre")[0]
    x0, y0, x1, y1 = window.play.world()
    assert x0 <= knee[0] <= x1 and y0 <= knee[1] <= y1


def test_ctrl_z_in_a_number_box_undoes_the_change(window, qtbot):
    spin = window.controls.rows["pelvic_tilt"].spin
    spin.setFocus()
    spin.setValue(12.0)
    assert window.session.posture.pelvic_tilt == 12.0
    qtbot.keyClick(spin.lineEdit(), QtCore.Qt.Key.Key_Z, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert window.session.posture.pelvic_tilt == 0.0 and spin.value() == 0.0


def test_hip_flexion_beyond_the_source_models_range_is_said_in_the_status_bar(window):
    window.session.set_values(thigh_angle=120.0, pelvic_tilt=15.0)
    assert "outside Rajagopal 2016's range" in window.statusBar().currentMessage()
    window.session.set_values(pelvic_tilt=0.0)
    assert "Rajagopal" not in window.statusBar().currentMessage()


def test_colour_legend_and_change_bars_follow_the_fitted_colour_scale(window):
    from psoas_viz.qt import style
    from psoas_viz.scene.theme import colour_range

    shorter, longer = window.legend.words
    assert "−2 %" in shorter.text() and "+2 %" in longer.text()  # neutral: the narrowest scale
    window.session.set_values(pelvic_tilt=11.4)
    percent = window.session.evaluation.length_change_percent[0]
    span = colour_range(percent)
    assert span == window.play.scene.colour_range and span > 2
    assert f"−{span:g} %" in shorter.text() and f"+{span:g} % longer" in longer.text()
    assert f"{span:g} %" in window.legend.accessibleDescription()
    # a bar and its muscle share a colour: the psoas bar is on the shorter side, past the middle step
    psoas = window.bars.order.index("psoas_major")
    level = style.change_level(float(sorted(percent)[::-1][psoas]), span)
    assert level < (style.LEVELS - 1) / 2 - 3

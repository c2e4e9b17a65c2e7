"""The play area draws the session's scene: one evaluation per change, direct manipulation of the pelvis,
Reset all resetting every piece of view state (pytest-qt, offscreen)."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

import PySide6  # noqa: F401  (before pyqtgraph)
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.scene import hit
from psoas_viz.session import VIEW_DEFAULTS

Qt = QtCore.Qt


def _world(window, name):
    return window.session.model.skeleton.landmark_world(window.session.evaluation.pose, name)[0]


def _turned(point, degrees):
    """``point`` (mm) turned about the hip centre, counter-clockwise seen from the right."""
    a = math.radians(degrees)
    c, s = math.cos(a), math.sin(a)
    return np.array([c * point[0] - s * point[1], s * point[0] + c * point[1]])


def test_one_evaluation_and_one_fascia_solve_per_change_none_per_repaint(window, monkeypatch):
    session, model = window.session, window.session.model
    window.muscle_panel.pull_rows["diaphragm_crura"].spin.setValue(40)
    calls = {"evaluate": 0, "solve": 0}
    evaluate, solve = model.evaluate_many, model.mechanics.fascia.solve

    def counted_evaluate(*args, **kwargs):
        calls["evaluate"] += 1
        return evaluate(*args, **kwargs)

    def counted_solve(*args, **kwargs):
        calls["solve"] += 1
        return solve(*args, **kwargs)

    monkeypatch.setattr(model, "evaluate_many", counted_evaluate)
    monkeypatch.setattr(model.mechanics.fascia, "solve", counted_solve)
    window.controls.rows["pelvic_tilt"].spin.setValue(7.0)  # every view follows
    window.chart_tabs.setCurrentWidget(window.moments)  # the tilt moments shown too
    for _ in range(3):
        window.play.repaint()
        window.moments.repaint()
    assert session.posture.pelvic_tilt == 7.0
    assert calls == {"evaluate": 1, "solve": 1}


@pytest.mark.parametrize("landmark", ["asis", "psis"])
@pytest.mark.parametrize("turn", [-6.0, 6.0])
def test_the_grabbed_point_follows_the_pointer_on_either_side_of_the_hip(window, landmark, turn):
    play = window.play
    grab = _world(window, landmark)
    play.begin_pelvis_drag(play.to_pixels(*grab))
    target = _turned(grab, turn)
    for f in np.linspace(0.25, 1.0, 4):
        play.move_pelvis_drag(play.to_pixels(*_turned(grab, turn * f)))
    play.end_pelvis_drag()
    assert window.session.posture.pelvic_tilt == pytest.approx(-turn, abs=0.11)  # clockwise = anterior
    assert np.hypot(*(_world(window, landmark) - target)) < 0.5  # the landmark is where the pointer is


def test_a_drag_near_the_hip_is_gentle_and_shift_is_finer(window):
    play = window.play
    start = play.to_pixels(12.0, 8.0)  # on the pelvis, beside the hip centre
    assert play.hit_pelvis(start)
    play.begin_pelvis_drag(start)
    play.move_pelvis_drag(start + QtCore.QPointF(0.0, -65.0))  # 65 px upwards
    play.end_pelvis_drag()
    coarse = window.session.posture.pelvic_tilt
    limit = math.degrees(65.0 / play.scene.mapper.s / 80.0) + 0.2  # no faster than a point 80 mm out
    assert 0.0 < abs(coarse) <= limit and abs(coarse) < 30.0
    window.session.undo()
    play.begin_pelvis_drag(start)
    play.move_pelvis_drag(start + QtCore.QPointF(0.0, -65.0), fine=True)
    play.end_pelvis_drag()
    assert abs(window.session.posture.pelvic_tilt) == pytest.approx(abs(coarse) / 5.0, abs=0.11)


def _wheel(play, steps: int, pos: QtCore.QPointF | None = None):
    pos = QtCore.QPointF(play.width() / 2, play.height() / 2) if pos is None else pos
    event = QtGui.QWheelEvent(pos, play.mapToGlobal(pos), QtCore.QPoint(0, 0), QtCore.QPoint(0, 120 * steps),
                              QtCore.Qt.MouseButton.NoButton, QtCore.Qt.KeyboardModifier.NoModifier,
                              QtCore.Qt.ScrollPhase.NoScrollPhase, False)
    QtCore.QCoreApplication.sendEvent(play, event)


def test_reset_all_resets_every_piece_of_view_state_and_the_notes(window, qtbot, tmp_path):
    window.claims.choose("sitting_shortens_psoas")  # a claim: highlight and the compare overlay
    assert window.session.view["highlight"] and not window.compare.is_default
    window.controls.checks["ghost"].setChecked(True)
    window.controls.checks["both_curves"].setChecked(True)
    window.controls.checks["labels"].setChecked(False)
    window.muscle_panel.forces_box.setChecked(False)
    before = window.play.world()
    _wheel(window.play, 2)
    assert window.play.world() != before and window.session.view["zoom"] > 1.0
    qtbot.mouseClick(window.controls.reset_button, QtCore.Qt.MouseButton.LeftButton)
    assert window.session.view == VIEW_DEFAULTS
    assert not window.controls.checks["ghost"].isChecked() and not window.controls.checks["both_curves"].isChecked()
    assert window.controls.checks["labels"].isChecked() and window.muscle_panel.forces_box.isChecked()
    assert window.claims.current is None and not window.claims.detail.isVisible()
    assert window.compare.is_default and window.tabs.tabText(window.tabs.indexOf(window.compare)) == \
        "Compare −10° / +10°"
    assert "highlight" not in window.play.scene.ids()
    assert window.play.world() == pytest.approx(before)
    assert window.files.save_to(tmp_path / "neutral.json")
    saved = json.loads((tmp_path / "neutral.json").read_text())
    assert saved["notes"] == "" and saved["title"] == "" and saved["posture"]["pelvic_tilt"] == 0.0


def test_a_change_is_painted_quickly_then_at_full_quality_after_a_pause(window, qtbot, monkeypatch):
    from psoas_viz.qt import play_area

    play = window.play
    painted = []
    original = play.painter.paint
    monkeypatch.setattr(play.painter, "paint", lambda scene, painter, antialias=True: (
        painted.append(antialias), original(scene, painter, antialias)))
    window.session.set_values(pelvic_tilt=6.0)
    play.repaint()
    assert play.quick and painted[-1] is False  # at once: no antialiasing, quick pens
    qtbot.waitUntil(lambda: not play.quick, timeout=10 * play_area.FULL_QUALITY_MS)
    play.repaint()
    assert painted[-1] is True  # the same scene again, antialiased
    window.session.begin_gesture()  # a drag stays quick however long it pauses
    window.session.set_values(pelvic_tilt=7.0)
    qtbot.wait(2 * play_area.FULL_QUALITY_MS)
    play.repaint()
    assert painted[-1] is False
    window.session.end_gesture()


def _labels_clear(play):
    """The play area's labels, placed afresh at full quality (the frame 100 ms after a change): inside the widget,
    on no other label and on no bone."""
    play.paint_full_quality()
    labels = play.scene.labels
    assert len(labels) >= 6
    for i, lb in enumerate(labels):
        x0, y0, x1, y1 = lb.box
        assert 0 <= x0 < x1 <= play.width() and 0 <= y0 < y1 <= play.height(), lb.text
        assert not any(x0 < o.box[2] and o.box[0] < x1 and y0 < o.box[3] and o.box[1] < y1 for o in labels[i + 1:])
        inner = [(x, y) for x in np.linspace(x0 + 1, x1 - 1, 6) for y in np.linspace(y0 + 1, y1 - 1, 3)]
        assert not [p for p in inner if hit.bone_at(play.scene, p)], lb.text


def test_wheel_keys_and_fit_zoom_the_framed_world_and_labels_stay_clear(window, qtbot):
    play, view = window.play, window.session.view
    window.resize(1600, 1000)
    QtWidgets.QApplication.processEvents()
    fitted = play.world()
    pointer = QtCore.QPointF(play.width() * 0.3, play.height() * 0.6)
    under = play.to_mm(pointer)
    _wheel(play, 1, pointer)  # zoom in about the pointer: the point under it stays under it
    zoomed = play.world()
    assert (zoomed[2] - zoomed[0]) < (fitted[2] - fitted[0]) / 1.1
    assert np.allclose(play.to_mm(pointer), under, atol=0.5)
    _labels_clear(play)
    play.setFocus()
    qtbot.keyClick(play, Qt.Key.Key_Minus)
    qtbot.keyClick(play, Qt.Key.Key_Minus)
    assert (play.world()[2] - play.world()[0]) > (zoomed[2] - zoomed[0]) * 1.5
    _labels_clear(play)
    fit = next(a for a in window.zoom_actions if a.shortcut().toString() == "Ctrl+0")
    assert fit in window.files.view_menu.actions() and "Fit" in fit.text()
    window.session.set_values(pelvic_tilt=12.0)
    fit.trigger()
    assert view["zoom"] == 1.0 and view["pan"] == (0.0, 0.0)
    x0, y0, x1, y1 = after_fit = play.world()
    bones = np.concatenate([s.shapes[0].points for s in play.scene.structures if s.id in ("pelvis", "L1", "femur")])
    world = play.to_mm(QtCore.QPointF(0, 0)), play.to_mm(QtCore.QPointF(play.width(), play.height()))
    assert (bones >= 0).all() and (bones[:, 0] <= play.width()).all() and (bones[:, 1] <= play.height()).all()
    assert world[0][0] <= x0 + 1 and world[1][0] >= x1 - 1  # the framed world is what is shown
    _labels_clear(play)
    zoom_in = next(a for a in window.zoom_actions if a.shortcut().toString() == "Ctrl++")
    zoom_in.trigger()
    assert view["zoom"] == pytest.approx(1.25)
    assert play.world() != after_fit
    qtbot.keyClick(play, Qt.Key.Key_0)  # 0 on the model fits too
    assert view["zoom"] == 1.0 and play.world() == pytest.approx(after_fit)

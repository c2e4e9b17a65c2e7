"""Hovering a muscle or a bone fills and places the card (the same handler the mouse-move uses)."""

from __future__ import annotations

import numpy as np
import pytest

import PySide6  # noqa: F401  (before pyqtgraph)
from PySide6 import QtCore

from psoas_viz.model import load_model
from psoas_viz.qt.play_area import HOVER_PIXELS, PlayArea
from psoas_viz.scene import hit
from psoas_viz.session import Session


@pytest.fixture(scope="module")
def model():
    return load_model()


_KEEP = []  # a standalone PlayArea segfaults when deleted (also before the hover card); never delete it


@pytest.fixture(scope="module")
def play(qapp, model):
    area = PlayArea(Session(model))
    _KEEP.append(area)
    area.resize(900, 800)
    area.show()
    qapp.processEvents()
    yield area
    area.close_view()
    area.hide()


def _px(play, x, y) -> QtCore.QPointF:
    """The widget pixel of a point in mm."""
    return play.to_pixels(float(x), float(y))


def test_hover_psoas_shows_anatomy_and_numbers(play):
    lines = [s.points for s in play.scene.structure("psoas_major").shapes if s.role == "psoas"]
    a, b = lines[0][-3], lines[0][-2]  # a segment near the distal end, away from the iliacus
    mid = (a + b) / 2.0
    assert play.show_card_at(QtCore.QPointF(*mid)) == "psoas_major"
    card = play.card_text
    assert "Psoas major" in card and "lesser trochanter" in card.lower()
    for label in ("Origin", "Insertion", "Actions", "Nerve", "Pelvic tilt", "Length", "mm"):
        assert label in card
    assert play.card.isVisible()


def _free_point(play, box, expected: str) -> QtCore.QPointF:
    """A pixel in ``box`` where the hover picks ``expected`` (no muscle line within hover reach)."""
    x0, y0, x1, y1 = box
    for fy in np.linspace(0.05, 0.95, 25):  # the bones are mesh outlines, not boxes: search the whole box
        for fx in np.linspace(0.05, 0.95, 25):
            point = QtCore.QPointF(x0 + fx * (x1 - x0), y0 + fy * (y1 - y0))
            if play.structure_at(point, HOVER_PIXELS) == expected:
                return point
    pytest.fail(f"no point of {expected} is free of muscle lines")


def test_hover_femur_shows_bone_card_beside_it(play):
    box = hit.box_of(play.scene, "femur")
    point = _free_point(play, box, "femur")
    assert play.show_card_at(point) == "femur"
    card = play.card_text
    assert "Femur" in card and "lesser trochanter" in card.lower() and "(bone)" in card
    bone_px = QtCore.QRect(QtCore.QPoint(int(box[0]), int(box[1])), QtCore.QPoint(int(box[2]), int(box[3])))
    card_box = play.card.geometry()
    assert not card_box.contains(point.toPoint())  # not under the pointer
    assert play.rect().contains(card_box)  # not clipped
    assert not card_box.intersects(bone_px.adjusted(8, 0, -8, 0))  # beside the femur, not over it


def test_vertebra_card_names_the_level(play):
    point = _free_point(play, hit.box_of(play.scene, "L3"), "L3")
    assert play.show_card_at(point) == "L3"
    assert "L3" in play.card_text and "Vertebral bodies" in play.card_text


def test_hover_nothing_hides_card(play):
    assert play.show_card_at(_px(play, -190.0, -300.0)) is None
    assert not play.card.isVisible() and play.card_text == ""


def test_every_structure_has_a_card(play):
    for mid in play.session.model.muscles.ids:
        assert "Origin" in play.card_html(mid)
    for bone in ("pelvis", "sacrum", "femur", "tibia", "vertebrae", "L3", "rib_cage"):
        assert "Pelvic tilt" in play.card_html(bone)


def test_hovering_one_psoas_fascicle_shows_its_own_change(play):
    """Upper and lower psoas fascicles do not change alike: the card names the fascicle under the pointer."""
    session = play.session
    session.set_values(pelvic_tilt=10.0)
    play.rebuild()
    psoas = session.model.muscles.muscles["psoas_major"]
    lines = [s.points for s in play.scene.structure("psoas_major").shapes if s.role == "psoas"]
    changes = []
    for index in (0, 6):  # the T12-L1 fascicle and the L3/L4 one, where they run apart (the lowest overlap here)
        line = lines[index]
        others = [line2 for j, line2 in enumerate(lines) if j != index]
        # the fascicles share their path from the pelvic brim on: a point of the first segment, from the origin
        candidates = [line[0] + t * (line[1] - line[0]) for t in np.linspace(0.05, 0.6, 12)]
        point = max(candidates, key=lambda p: min(hit.distance(p, other) for other in others))
        assert play.show_card_at(QtCore.QPointF(*point)) == "psoas_major"
        column = psoas.fascicle_slice.start + index
        now = session.evaluation.fascicle_length[0, column]
        change = now - session.snapshot.neutral.fascicle_length[0, column]
        assert psoas.fascicles[index].name in play.card_text
        assert f"{change:+.1f} mm".replace("-", "\u2212") in play.card_text  # the minus sign
        changes.append(round(change, 1))
    assert changes[0] != changes[1]
    session.set_values(pelvic_tilt=0.0)


def test_hovering_the_shared_psoas_tendon_names_no_single_fascicle(play):
    lines = [s.points for s in play.scene.structure("psoas_major").shapes if s.role == "psoas"]
    a, b = lines[0][-3], lines[0][-2]  # the path all fascicles share towards the lesser trochanter
    assert play.show_card_at(QtCore.QPointF(*((a + b) / 2.0))) == "psoas_major"
    assert "Fascicle from" not in play.card_text


def test_a_quiet_neighbour_under_the_pointer_is_drawn_at_full_strength(play):
    play.hide_card()
    assert play.scene.structure("hamstrings").role == "muscle_quiet"
    line = play.scene.structure("hamstrings").shapes[0].points
    for p in line[1:-1]:
        if play.structure_at(QtCore.QPointF(*p)) == "hamstrings":
            break
    else:
        pytest.fail("no point of the hamstrings is free of other structures")
    assert play.show_card_at(QtCore.QPointF(*p)) == "hamstrings"
    assert play.scene.structure("hamstrings").role == "muscle"
    play.hide_card()
    assert play.scene.structure("hamstrings").role == "muscle_quiet"


def test_the_keys_tooltip_does_not_cover_the_card(play, qapp):
    """Resting the pointer on a muscle shows its card, not the play area's keyboard tooltip over it; over empty
    space the tooltip still shows."""
    from PySide6 import QtGui, QtWidgets

    def rest_at(point: QtCore.QPointF) -> bool:  # the pointer rests: Qt asks the widget for its tooltip
        at = point.toPoint()
        QtWidgets.QApplication.sendEvent(play, QtGui.QHelpEvent(QtCore.QEvent.Type.ToolTip, at, play.mapToGlobal(at)))
        qapp.processEvents()
        return QtWidgets.QToolTip.isVisible()

    play.setToolTip("Left and right arrows tilt the pelvis")
    try:
        line = next(s.points for s in play.scene.structure("psoas_major").shapes if s.role == "psoas")
        on_psoas = QtCore.QPointF(*((line[-3] + line[-2]) / 2.0))
        assert play.show_card_at(on_psoas) == "psoas_major" and play.card.isVisible()
        assert not rest_at(on_psoas)
        play.hide_card()
        assert rest_at(_px(play, -190.0, -300.0))
    finally:
        QtWidgets.QToolTip.hideText()
        play.setToolTip("")

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


def test_hovering_one_psoas_fascicle_shows_its_origin_and_its_own_length_change(play):
    """Upper and lower fascicles change differently under anterior tilt: each hover shows its own numbers."""
    from psoas_viz.model.scenario import load_preset
    from psoas_viz.scene.cards import fascicle_numbers

    session = play.session
    session.set_scenario(load_preset("anterior_tilt", session.model))
    try:
        lines = [s.points for s in play.scene.structure("psoas_major").shapes if s.role == "psoas"]
        fascicles = session.model.muscles.muscles["psoas_major"].fascicles
        assert len(lines) == len(fascicles) == 11
        shown = {}
        for k in (0, 4, 9):  # T12-L1 bodies, L2/L3 disc, L5 transverse process: at their origins
            point = next(QtCore.QPointF(*p) for p in np.linspace(lines[k][0], lines[k][1], 12)[1:]
                         if hit.fascicle_at(play.scene, "psoas_major", tuple(p), HOVER_PIXELS) == k
                         and play.structure_at(QtCore.QPointF(*p)) == "psoas_major")
            assert play.show_card_at(point) == "psoas_major"
            card = play.card_text
            numbers = fascicle_numbers(session.snapshot, "psoas_major", k)
            assert f"from the {fascicles[k].name}" in card and f"fascicle {k + 1} of 11" in card
            assert f"{numbers['change_mm']:+.1f} mm ({numbers['change_percent']:+.1f} %)" in card
            assert f"{numbers['length_mm']:.1f} mm" in card and "Whole muscle" in card
            assert "Origin" in card  # the muscle's card follows
            shown[k] = numbers["change_percent"]
        assert len({round(v, 1) for v in shown.values()}) == 3  # three fascicles, three different changes
        assert all(v < 0 for v in shown.values())  # all shorter under anterior tilt
        session.set_values(pelvic_tilt=-10.0)  # the card follows the posture: longer now
        assert f"{fascicle_numbers(session.snapshot, 'psoas_major', 9)['change_mm']:+.1f} mm" in play.card_text
    finally:
        session.reset()
        play.hide_card()

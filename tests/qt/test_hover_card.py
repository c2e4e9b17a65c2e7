"""Hovering a muscle or a bone fills and places the card (the same handler the mouse-move uses)."""

from __future__ import annotations

import numpy as np
import pytest

import PySide6  # noqa: F401  (before pyqtgraph)
from PySide6 import QtCore

from psoas_viz.model import load_model
from psoas_viz.qt.play_area import HOVER_PIXELS, PlayArea, _polygon_path
from psoas_viz.state import PostureState


@pytest.fixture(scope="module")
def model():
    return load_model()


_KEEP = []  # a standalone PlayArea segfaults when deleted (also before the hover card); never delete it


@pytest.fixture(scope="module")
def play(qapp, model):
    area = PlayArea(PostureState(model))
    _KEEP.append(area)
    area.resize(900, 800)
    area.show()
    qapp.processEvents()
    yield area
    area.close_view()
    area.hide()


def _scene(play, x, y):
    return play.viewbox.mapViewToScene(QtCore.QPointF(float(x), float(y)))


def test_hover_psoas_shows_anatomy_and_numbers(play):
    lines = play._polylines["psoas_major"]
    a, b = lines[0][-3], lines[0][-2]  # a segment near the distal end, away from the iliacus
    mid = (a + b) / 2.0
    assert play.show_card_at(_scene(play, *mid)) == "psoas_major"
    card = play.card_text
    assert "Psoas major" in card and "lesser trochanter" in card.lower()
    for label in ("Origin", "Insertion", "Actions", "Nerve", "Pelvic tilt", "Length", "mm"):
        assert label in card
    assert play.card.isVisible()


def _free_point(play, rect: QtCore.QRectF, expected: str):
    """A point in ``rect`` (mm) where the hover picks ``expected`` (no muscle line within hover reach)."""
    px, _ = play.viewbox.viewPixelSize()
    reach = HOVER_PIXELS * px
    for fy in np.linspace(0.15, 0.85, 15):
        for fx in np.linspace(0.2, 0.8, 7):
            x, y = rect.left() + fx * rect.width(), rect.top() + fy * rect.height()
            if play.structure_at(x, y, reach) == expected:
                return x, y
    pytest.fail(f"no point of {expected} is free of muscle lines")


def test_hover_femur_shows_bone_card_beside_it(play):
    femur_rect = play.bone_items["femur"].path().boundingRect()
    x, y = _free_point(play, femur_rect, "femur")
    assert play.show_card_at(_scene(play, x, y)) == "femur"
    card = play.card_text
    assert "Femur" in card and "lesser trochanter" in card.lower() and "(bone)" in card
    tl = play.mapFromScene(play.viewbox.mapViewToScene(femur_rect.topLeft()))
    br = play.mapFromScene(play.viewbox.mapViewToScene(femur_rect.bottomRight()))
    bone_px = QtCore.QRect(tl, br).normalized()
    card_box = play.card.geometry()
    assert not card_box.contains(play.mapFromScene(_scene(play, x, y)))  # not under the pointer
    assert play.rect().contains(card_box)  # not clipped
    assert not card_box.intersects(bone_px.adjusted(8, 0, -8, 0))  # beside the femur, not over it


def test_vertebra_card_names_the_level(play):
    corners = play.skeleton.vertebral_bodies(play.state.evaluation.pose)["L3"]
    x, y = _free_point(play, _polygon_path(corners).boundingRect(), "vertebrae")
    if play.vertebra_at(x, y) != "L3":  # the bounding box corner may fall in a disc or a neighbour
        pytest.skip("no free point inside the L3 body")
    assert play.show_card_at(_scene(play, x, y)) == "vertebrae"
    assert "L3" in play.card_text and "Vertebral bodies" in play.card_text


def test_hover_nothing_hides_card(play):
    assert play.show_card_at(_scene(play, -190.0, -300.0)) is None
    assert not play.card.isVisible() and play.card_text == ""


def test_every_structure_has_a_card(play):
    for mid in play.state.model.muscles.ids:
        assert "Origin" in play.card_html(mid)
    for bone in ("pelvis", "sacrum", "femur", "tibia", "vertebrae"):
        assert "Pelvic tilt" in play.card_html(bone)

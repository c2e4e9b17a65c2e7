"""The on-screen painter keeps structures that did not change as images of themselves: painted from them, the
picture is the one drawn directly (pixel for pixel up to rounding, at device pixel ratio 1 and 2), a structure
that changed is drawn afresh, and what is kept does not grow over a sweep (real scenes, real QPainters)."""

from __future__ import annotations

import numpy as np
import pytest

import PySide6  # noqa: F401  (before pyqtgraph)
from PySide6 import QtGui

from psoas_viz.qt.painter import Painter
from psoas_viz.scene.diagram import View, build
from psoas_viz.scene.geometry import STANDING_FRAME
from psoas_viz.session import Session

WIDTH, HEIGHT = 745, 902  # the English window's play area


@pytest.fixture(scope="module")
def scenes(model):
    """Scenes of the play area at a few pelvic tilts, framed alike (the femur and tibia stay where they are)."""
    session = Session(model)
    out = {}
    for tilt in (3.0, 4.0, 8.0, *np.arange(-12.0, 12.0, 1.5)):
        session.set_values(pelvic_tilt=float(tilt))
        out[float(tilt)] = build(session.snapshot, View(WIDTH, HEIGHT, world=STANDING_FRAME))
    return out


def _paint(painter: Painter, scene, ratio: int = 1, antialias: bool = True, transform=None) -> np.ndarray:
    """The scene painted on a fresh image of the window's format, as (height, width, 4) bytes."""
    image = QtGui.QImage(WIDTH * ratio, HEIGHT * ratio, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(0)
    device = QtGui.QPainter(image)
    if transform is not None:
        device.setTransform(transform)
    painter.paint(scene, device, antialias)
    device.end()
    return _pixels(image)


def _pixels(image: QtGui.QImage) -> np.ndarray:
    image = image.convertToFormat(QtGui.QImage.Format.Format_ARGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return rows[:, :image.width()].astype(int)


def _same_picture(a: np.ndarray, b: np.ndarray) -> None:
    """Equal up to the rounding of compositing translucent layers: no channel more than 8 apart, and fewer than
    one pixel in 2,000 more than 2 apart (a structure one pixel off, or stale, differs by far more)."""
    difference = np.abs(a - b).max(axis=-1)
    assert difference.max() <= 8
    assert (difference > 2).mean() < 5e-4


@pytest.mark.parametrize("ratio", [1, 2])
def test_a_scene_painted_again_comes_from_images_and_looks_the_same(qapp, scenes, ratio):
    scene = scenes[3.0]
    direct = _paint(Painter("screen"), scene, ratio)
    retained = Painter("screen", retained=True)
    first = _paint(retained, scene, ratio)
    assert not retained.retained_images()  # the first paint draws everything
    np.testing.assert_array_equal(first, direct)
    again = _paint(retained, scene, ratio)
    images = retained.retained_images()
    # every structure but those with text (drawn on the device itself) from its image, at this ratio (crisp)
    texts = {s.id for s in scene.structures if any(type(shape).__name__ == "Text" for shape in s.shapes)}
    assert set(images) == set(scene.ids()) - texts and {"psoas_ghost", "femur", "pelvis"} <= set(images)
    assert all(image.devicePixelRatio() == ratio for image in images.values())
    assert images["femur"].width() > 30 * ratio
    _same_picture(again, direct)
    _same_picture(_paint(retained, scene, ratio), direct)  # and from the same images once more


def test_a_structure_that_changed_is_drawn_afresh_not_from_a_stale_image(qapp, scenes):
    before, after = scenes[3.0], scenes[8.0]
    retained = Painter("screen", retained=True)
    _paint(retained, before)
    _paint(retained, before)  # every structure kept as an image
    moved = _paint(retained, after)
    images = retained.retained_images()
    assert {"psoas_ghost", "femur", "tibia"} <= set(images)  # the same shapes at both tilts
    assert not {"pelvis", "sacrum", "psoas_major"} & set(images)  # tilted: drawn directly
    direct_before, direct_after = _paint(Painter("screen"), before), _paint(Painter("screen"), after)
    assert (np.abs(direct_after - direct_before).max(axis=-1) > 60).sum() > 2000  # the pelvis moved visibly
    _same_picture(moved, direct_after)
    # the next paint at 8 degrees keeps the pelvis too, and a quick frame (a drag) composites the same images
    _same_picture(_paint(retained, after), direct_after)
    assert "pelvis" in retained.retained_images()
    _paint(retained, scenes[4.0], antialias=False)
    assert "femur" in retained.retained_images() and "pelvis" not in retained.retained_images()


def test_what_is_kept_does_not_grow_over_a_sweep(qapp, scenes):
    retained = Painter("screen", retained=True)
    kept, pens = [], []
    for tilt in np.arange(-12.0, 12.0, 1.5):
        for antialias in (False, True):  # as the play area: at once quickly, then at full quality
            _paint(retained, scenes[float(tilt)], antialias=antialias)
            images = retained.retained_images()
            kept.append((len(images), sum(image.sizeInBytes() for image in images.values())))
            pens.append(len(retained._pens) + len(retained._old_pens))  # every tilt brings new muscle tones
    assert max(kept[4:]) == max(kept[:4]) and max(kept)[0] <= 5  # ghost, femur, tibia, hip centre
    assert max(kept)[1] < WIDTH * HEIGHT * 4 / 4  # a small part of one window
    assert max(pens[8:]) <= max(pens[:8]) + 10


@pytest.mark.parametrize("transform", [QtGui.QTransform.fromScale(1.5, 1.5), QtGui.QTransform.fromTranslate(0.5, 0)])
def test_a_scaled_or_half_pixel_painter_draws_directly(qapp, scenes, transform):
    """Images composited on a scaled painter (an export at another size) would be blurred: drawn directly."""
    retained = Painter("screen", retained=True)
    for _ in range(3):
        picture = _paint(retained, scenes[3.0], transform=transform)
        assert not retained.retained_images()
    np.testing.assert_array_equal(picture, _paint(Painter("screen"), scenes[3.0], transform=transform))


def test_the_play_area_paints_unchanged_bones_from_images(window):
    play = window.play
    window.session.set_values(pelvic_tilt=5.0)
    play.paint_full_quality()
    play.repaint()
    play.repaint()
    assert {"femur", "pelvis", "psoas_ghost"} <= set(play.painter.retained_images())
    shown = play.grab().toImage()  # painted once more, from the images
    ratio = round(shown.devicePixelRatio())
    expected = QtGui.QImage(shown.size(), QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    expected.setDevicePixelRatio(ratio)
    device = QtGui.QPainter(expected)
    Painter("screen").paint(play.scene, device)
    device.end()
    _same_picture(_pixels(shown), _pixels(expected))

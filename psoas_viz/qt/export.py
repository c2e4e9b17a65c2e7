"""Exports that need Qt: PNG, PDF and the clipboard paint the page scene (``psoas_viz.io.export.page_scene``)
with the one painter; SVG and CSV are written without Qt by ``psoas_viz.io.export``.  ``export_file`` writes any
of the four through a temporary file renamed into place."""

from __future__ import annotations

import os
from dataclasses import replace

import numpy as np
import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui

from psoas_viz.i18n import fill_template, translate
from psoas_viz.io.export import (DEFAULT_WIDTH, ExportError, check_target, check_theme, csv_bytes, page_scene,
                                 png_width, svg_bytes, write)
from psoas_viz.scene.captions import describe, parameter_rows, title_of

from .painter import Painter, colour, font

Qt = QtCore.Qt


def render_image(session, width: int = DEFAULT_WIDTH, theme="screen", with_plot: bool = True,
                 dpi: float | None = None) -> QtGui.QImage:
    return render_scene(page_scene(session, theme, with_plot), width, dpi)


def render_scene(scene, width: int, dpi: float | None = None) -> QtGui.QImage:
    """A page scene painted by the one painter (in the scene's theme) into an image ``width`` pixels wide."""
    scale = width / scene.width
    image = QtGui.QImage(int(width), int(round(scene.height * scale)), QtGui.QImage.Format.Format_RGB32)
    if dpi:
        image.setDotsPerMeterX(int(round(dpi / 0.0254)))
        image.setDotsPerMeterY(int(round(dpi / 0.0254)))
    painter = QtGui.QPainter(image)
    try:
        painter.scale(scale, scale)
        Painter(scene.theme).paint(scene, painter)
    finally:
        painter.end()
    return image


def image_array(image: QtGui.QImage) -> np.ndarray:
    """A (height, width, 3) uint8 RGB copy of ``image`` (the frames an animation writer takes)."""
    image = image.convertToFormat(QtGui.QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, :3 * image.width()].reshape(image.height(), image.width(), 3).copy()


def write_posture_animation(session, postures, settings, title, theme="screen", with_plot=True,
                            progress=None) -> bool:
    """One frame per posture (``psoas_viz.animation.tilt_sweep`` or ``transition``): its page scene
    (``psoas_viz.animation.frame_pages``: the session's scenario at that posture, under ``title``, on the colour
    scale of the whole animation) painted by the one painter, written by ``psoas_viz.animation.write_animation``.
    The session is left as it was; False when ``progress`` cancelled."""
    from psoas_viz.animation import frame_pages, write_animation

    check_theme(theme)
    pages = frame_pages(session, postures, title, theme, with_plot)
    return write_animation(settings, lambda i: image_array(render_scene(pages(i), settings.width)), progress)


def png_bytes(session, width=None, theme="screen", with_plot=True, dpi=None) -> bytes:
    image = render_image(session, png_width(width, dpi), theme, with_plot, dpi)
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    if image.isNull() or not image.save(buffer, "PNG"):
        raise ExportError(translate("Export", "the PNG could not be encoded"))
    return bytes(buffer.data())


def _pdf_notes(session, painter, width: float, top: float) -> None:
    """Below the diagram: what it shows, the parameter table and where the numbers come from."""
    screen = Painter("screen").theme
    text, muted = colour(screen.colour("text")), colour(screen.colour("muted"))
    y = top + 30
    painter.setFont(font(22, True))
    painter.setPen(text)
    painter.drawText(QtCore.QPointF(0, y + 22), translate("Handout", "What the diagram shows"))
    y += 40
    painter.setFont(font(20))
    words = describe(session.snapshot) + (f"\n\n{session.notes}" if session.notes else "") + "\n\n" + translate(
        "Handout", "Colours and line styles: muscles are coloured by their length change from neutral standing with "
        "the same pelvis (blue shorter, orange longer, grey unchanged); shortened muscles are also dashed. "
        "PT: spinopelvic (pelvic) tilt, SS: sacral slope, PI: pelvic incidence, LL: lumbar lordosis.")
    rect = QtCore.QRectF(0, y, width, 600)
    bound = painter.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), words)
    painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), words)
    y = bound.bottom() + 30
    painter.setFont(font(22, True))
    painter.drawText(QtCore.QPointF(0, y + 22), translate("Handout", "Parameters"))
    y += 36
    row_h = 34.0
    painter.setFont(font(19))
    for i, (name, value) in enumerate(parameter_rows(session.snapshot)):
        if i % 2 == 0:
            painter.fillRect(QtCore.QRectF(0, y, width, row_h), QtGui.QColor("#f0f0f0"))
        painter.setPen(text)
        painter.drawText(QtCore.QRectF(10, y, 900, row_h), int(Qt.AlignmentFlag.AlignVCenter), name)
        painter.drawText(QtCore.QRectF(920, y, width - 930, row_h), int(Qt.AlignmentFlag.AlignVCenter), value)
        y += row_h
    painter.setFont(font(15))
    painter.setPen(muted)
    painter.drawText(QtCore.QPointF(0, y + 40), translate("Handout", "Made with psoas-viz: a sagittal pelvis–spine–"
                                                                     "femur model (lengths from published muscle "
                                                                     "paths; see psoas-viz info)."))


def pdf_bytes(session, theme="screen", with_plot=True) -> bytes:
    return _pdf_pages(title_of(session), [session], theme, with_plot)


def _pdf_pages(title: str, sessions, theme="screen", with_plot=True) -> bytes:
    """An A4 PDF with one page per session: its page scene by the one painter, then the notes and table."""
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    writer = QtGui.QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("psoas-viz")
    writer.setPageSize(QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QtGui.QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QtCore.QMarginsF(14, 14, 14, 14), QtGui.QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    page = writer.pageLayout().paintRectPixels(300)
    painter = QtGui.QPainter(writer)
    try:
        for i, session in enumerate(sessions):
            if i:
                writer.newPage()
            scene = page_scene(session, theme, with_plot, caption=False)
            painter.resetTransform()
            painter.scale(page.width() / scene.width, page.width() / scene.width)
            Painter(scene.theme).paint(scene, painter)
            _pdf_notes(session, painter, scene.width, scene.height)
    finally:
        painter.end()
    data = bytes(buffer.data())
    if not data.startswith(b"%PDF"):
        raise ExportError(translate("Export", "the PDF could not be produced"))
    return data


def handout_bytes(model, title: str, steps, theme="screen", with_plot=True, latin: bool = False) -> bytes:
    """A lesson's hand-out: one page per step (``(title, Scenario)`` as ``psoas_viz.io.lesson`` gives them),
    headed by the step's title, with its diagram, caption, notes and numbers table; ``latin``: labels give the
    Latin names too."""
    from psoas_viz.session import Session

    check_theme(theme)
    sessions = []
    for step_title, scenario in steps:
        session = Session(model)
        session.set_view("latin", latin)
        session.set_scenario(replace(scenario, title=step_title))
        sessions.append(session)
    return _pdf_pages(title, sessions, theme, with_plot)


def export_handout(model, path, title: str, steps, theme="screen", with_plot=True, latin: bool = False):
    """Write the hand-out PDF through a temporary file; ExportError (naming the file) if it cannot be."""
    path, fmt = check_target(path)
    if fmt != "pdf":
        raise ExportError(fill_template(translate("Export", "{path}: a lesson hand-out is a PDF; give a file name "
                                                            "ending in .pdf"), {"path": path}))
    write(path, handout_bytes(model, title, steps, theme, with_plot, latin))
    return path


def export_bytes(session, fmt: str, width=None, theme="screen", with_plot=True, dpi=None) -> bytes:
    check_theme(theme)
    if fmt == "png":
        return png_bytes(session, width, theme, with_plot, dpi)
    if fmt == "svg":
        return svg_bytes(session, theme, with_plot)
    if fmt == "pdf":
        return pdf_bytes(session, theme, with_plot)
    return csv_bytes(session)


def export_file(session, path, width=None, theme="screen", with_plot=True, dpi=None):
    """Write the export whose format the file name gives; ExportError (naming the file) if it cannot be."""
    path, fmt = check_target(path)
    check_theme(theme)
    write(path, export_bytes(session, fmt, width, theme, with_plot, dpi))
    return path


def copy_to_clipboard(session, theme="screen", with_plot=True, width=DEFAULT_WIDTH) -> QtGui.QImage:
    image = render_image(session, width, theme, with_plot)
    QtGui.QGuiApplication.clipboard().setImage(image)
    return image


def ensure_gui_application():
    """A QGuiApplication for headless rendering (fonts need one); offscreen unless a platform is chosen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QtGui.QGuiApplication.instance()
    if app is None:
        app = QtGui.QGuiApplication(["psoas-viz"])
    return app


__all__ = ["DEFAULT_WIDTH", "ExportError", "copy_to_clipboard", "ensure_gui_application", "export_file",
           "export_handout", "handout_bytes", "image_array", "pdf_bytes", "png_bytes", "render_image", "render_scene",
           "write_posture_animation"]

"""Export targets and the exports that need no Qt (no Qt here): SVG written from the page scene, CSV.

PNG, PDF and the clipboard paint the same page scene with Qt (``psoas_viz.qt.export``).  Every file goes through
a temporary file renamed into place, so a failed export never leaves a truncated file.
"""

from __future__ import annotations

import os
from pathlib import Path

from psoas_viz.i18n import as_typed, fill_template, translate
from psoas_viz.io.files import writable_target, write_file
from psoas_viz.scene.captions import describe, title_of
from psoas_viz.scene.page import page
from psoas_viz.scene.svg import svg_text
from psoas_viz.scene.theme import THEMES

from .tables import csv_text

MAX_WIDTH = 7680
DEFAULT_WIDTH = 1920
PRINT_WIDTH_IN = 8.0  # a PNG asked for by DPI is this wide when printed
FORMATS = ("png", "svg", "pdf", "csv")
QT_FORMATS = ("png", "pdf")


class ExportError(Exception):
    """An export that could not be written; the message names the file and the reason."""


def check_theme(name) -> str:
    if name not in THEMES:
        raise ExportError(fill_template(translate("Export", "unknown theme {name!r} (themes: {themes})"),
                                        {"name": name, "themes": ", ".join(THEMES)}))
    return name


def format_of(path) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ExportError(fill_template(translate("Export", "{path}: the file name must end in .png, .svg, .pdf or "
                                                            ".csv"), {"path": path}))
    return suffix


def png_width(width=None, dpi=None) -> int:
    if width is None and dpi is not None:
        width = int(round(float(dpi) * PRINT_WIDTH_IN))
    width = DEFAULT_WIDTH if width is None else int(width)
    if not 1 <= width <= MAX_WIDTH:
        raise ExportError(fill_template(translate("Export", "width {width} px is outside 1…{most}"),
                                        {"width": as_typed(width), "most": as_typed(MAX_WIDTH)}))
    return width


def check_target(path) -> tuple[Path, str]:
    """The path and its format; ExportError when the name or the folder will not do."""
    path = Path(os.fspath(path))
    fmt = format_of(path)
    if path.is_dir():
        raise ExportError(fill_template(translate("Export", "{path}: is a folder; give a file name ending in .{fmt}"),
                                        {"path": path, "fmt": fmt}))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(fill_template(translate("Export", "{path}: the folder {folder} does not exist"),
                                        {"path": path, "folder": folder}))
    try:
        writable_target(path)  # a read-only target is refused before anything is drawn
    except OSError as error:
        raise ExportError(fill_template(translate("Export", "{path}: cannot be written ({reason})"),
                                        {"path": path, "reason": error.strerror or error})) from None
    return path, fmt


def write(path: Path, data: bytes) -> None:
    try:
        write_file(path, data)
    except OSError as error:
        raise ExportError(fill_template(translate("Export", "{path}: cannot be written ({reason})"),
                                        {"path": path, "reason": error.strerror or error})) from None


def page_scene(session, theme="screen", with_plot: bool = True, caption: bool = True, trace=None, side=None,
               title: str | None = None, colour_range: float | None = None, gauge_span: float | None = None):
    """The exported page of the session's snapshot and view options (labels, ghost, Latin names); ``side``,
    ``colour_range`` and ``gauge_span`` as in ``page``; ``title`` in place of the session's (an animation's, true on all its frames)."""
    return page(session.snapshot, title_of(session) if title is None else title, session.psoas_curve(),
                check_theme(theme), with_plot, caption, session.view["labels"], session.view["ghost"], trace,
                session.view["forces"], session.view["region"], side, session.view["latin"], colour_range,
                gauge_span)


def svg_bytes(session, theme="screen", with_plot: bool = True) -> bytes:
    return svg_text(page_scene(session, theme, with_plot), title_of(session), describe(session.snapshot)).encode("utf-8")


def csv_bytes(session) -> bytes:
    return csv_text(session.snapshot).encode("utf-8")


def export_without_qt(session, path, theme="screen", with_plot: bool = True) -> Path:
    """Write an SVG or CSV export; ExportError (naming the file) if it cannot be."""
    path, fmt = check_target(path)
    check_theme(theme)
    if fmt not in ("svg", "csv"):
        raise ExportError(f"{path}: .{fmt} needs Qt (psoas_viz.qt.export)")
    write(path, svg_bytes(session, theme, with_plot) if fmt == "svg" else csv_bytes(session))
    return path

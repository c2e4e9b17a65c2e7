"""The diagram on the command line: ``psoas-viz scene`` (JSON, no Qt) and ``psoas-viz export`` (SVG and CSV
without Qt; PNG and PDF import Qt here, and only here)."""

from __future__ import annotations

import json

from .cli_input import UsageError, _number, _session


def _export_width(text) -> int | None:
    if text is None:
        return None
    value = _number(text, "--width")
    if value != int(value) or not 1 <= value <= 7680:
        raise UsageError(f"--width: {text!r} must be a whole number of pixels from 1 to 7680")
    return int(value)


def cmd_export(model, args, out) -> int:
    """The diagram the window exports, rendered without a screen: SVG and CSV without Qt
    (psoas_viz.io.export), PNG and PDF with it (psoas_viz.qt.export, imported here only)."""
    from pathlib import Path

    from psoas_viz.io.export import ExportError, export_without_qt

    width = _export_width(args.width)
    dpi = None
    if args.dpi is not None and args.width is not None:
        raise UsageError("--width and --dpi: give one or the other")
    if args.dpi is not None:
        dpi = _number(args.dpi, "--dpi")
        if not 1 <= dpi <= 7680 / 8.0:
            raise UsageError(f"--dpi: {args.dpi!r} must be from 1 to 960 (the PNG is 8 inches wide)")
    suffix = Path(args.out).suffix.lower()
    if suffix not in (".png", ".svg", ".pdf", ".csv"):
        raise UsageError(f"--out {args.out}: the file name must end in .png, .svg, .pdf or .csv")
    if (width is not None or dpi is not None) and suffix != ".png":
        raise UsageError("--width and --dpi apply to PNG exports only")
    session = _session(model, args)
    session.view["region"] = args.view
    try:
        if suffix in (".svg", ".csv"):
            export_without_qt(session, args.out, theme=args.theme, with_plot=not args.no_plot)
        else:
            from psoas_viz.qt import export

            export.ensure_gui_application()
            export.export_file(session, args.out, width=width, dpi=dpi, theme=args.theme, with_plot=not args.no_plot)
    except ExportError as error:
        raise UsageError(str(error)) from None
    return 0


def _pixels(text, what: str, default: float) -> float:
    if text is None:
        return default
    value = _number(text, what)
    if value != int(value) or not 100 <= value <= 7680:
        raise UsageError(f"{what}: {text!r} must be a whole number of pixels from 100 to 7680")
    return float(value)


def cmd_scene(model, args, out) -> int:
    """The diagram as a scene (JSON, pixels, y downwards), without importing Qt."""
    from psoas_viz.scene.diagram import View, build

    width = _pixels(args.width, "--width", 900.0)
    height = _pixels(args.height, "--height", 1000.0)
    session = _session(model, args)
    view = session.view
    scene = build(session.snapshot, View(width, height, args.theme, view["labels"], view["ghost"], region=args.view))
    json.dump(scene.to_json(), out)
    out.write("\n")
    return 0

"""The diagram on the command line: ``psoas-viz scene`` (JSON, no Qt) and ``psoas-viz export`` (SVG and CSV
without Qt; PNG and PDF import Qt here, and only here)."""

from __future__ import annotations

import json
from pathlib import Path

from psoas_viz.i18n import as_typed, fill_template, translate

from .cli_input import UsageError, _number, _session


def _export_width(text) -> int | None:
    if text is None:
        return None
    value = _number(text, "--width")
    if value != int(value) or not 1 <= value <= 7680:
        raise UsageError(fill_template(translate("CommandLine", "--width: {text!r} must be a whole number of pixels "
                                                                 "from 1 to 7680"), {"text": text}))
    return int(value)


def _not_for_handout(option: str) -> str:
    return fill_template(translate("CommandLine", "{option} does not apply to a lesson hand-out"),
                         {"option": "--" + option.replace("_", "-")})


def _unwritable(path, error: OSError) -> str:
    return fill_template(translate("CommandLine", "--out {path}: cannot be written ({reason})"),
                         {"path": path, "reason": error.strerror or error})


def cmd_export(model, args, out) -> int:
    """The diagram the window exports, rendered without a screen: SVG and CSV without Qt
    (psoas_viz.io.export), PNG and PDF with it (psoas_viz.qt.export, imported here only)."""
    from psoas_viz.io.export import ExportError, export_without_qt

    if args.lesson is not None:
        return _export_handout(model, args)
    if args.animate:
        return _export_animation(model, args)
    for option in ("from_tilt", "to_tilt", "seconds", "fps", "to_preset", "to_scenario"):
        if getattr(args, option) is not None:
            raise UsageError(fill_template(translate("CommandLine", "{option} applies to --animate exports only"),
                                           {"option": "--" + option.replace("_", "-")}))
    width = _export_width(args.width)
    dpi = None
    if args.dpi is not None and args.width is not None:
        raise UsageError(translate("CommandLine", "--width and --dpi: give one or the other"))
    if args.dpi is not None:
        dpi = _number(args.dpi, "--dpi")
        if not 1 <= dpi <= 7680 / 8.0:
            raise UsageError(fill_template(translate("CommandLine", "--dpi: {text!r} must be from 1 to 960 (the PNG is "
                                                                     "8 inches wide)"), {"text": args.dpi}))
    suffix = Path(args.out).suffix.lower()
    if suffix not in (".png", ".svg", ".pdf", ".csv"):
        raise UsageError(fill_template(translate("CommandLine", "--out {path}: the file name must end in .png, .svg, "
                                                                 ".pdf or .csv"), {"path": args.out}))
    if (width is not None or dpi is not None) and suffix != ".png":
        raise UsageError(translate("CommandLine", "--width and --dpi apply to PNG exports only"))
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


def _export_handout(model, args) -> int:
    """``export --lesson``: the lesson's hand-out PDF (psoas_viz.qt.export.export_handout)."""
    from psoas_viz.io.export import ExportError
    from psoas_viz.io.lesson import builtin_lessons, load_lesson

    for option in ("animate", "no_plot"):
        if getattr(args, option):
            raise UsageError(_not_for_handout(option))
    for option in ("from_tilt", "to_tilt", "seconds", "fps", "width", "dpi", "set", "to_preset", "to_scenario"):
        if getattr(args, option):
            raise UsageError(_not_for_handout(option))
    if Path(args.out).suffix.lower() != ".pdf":
        raise UsageError(fill_template(translate("CommandLine", "--out {path}: a lesson hand-out is a PDF; the file "
                                                                 "name must end in .pdf"), {"path": args.out}))
    path = builtin_lessons().get(args.lesson, args.lesson)
    title, steps = load_lesson(path, model)
    from psoas_viz.qt import export

    export.ensure_gui_application()
    try:
        export.export_handout(model, args.out, title or Path(path).stem, steps, args.theme, latin=args.latin)
    except ExportError as error:
        raise UsageError(str(error)) from None
    return 0


def _export_animation(model, args) -> int:
    """``export --animate``: the tilt sweep of the preset or scenario (or its transition to ``--to-preset`` /
    ``--to-scenario``), each frame its page scene painted by the
    one painter (psoas_viz.qt.export), written by psoas_viz.animation; a progress bar on a terminal only."""
    from psoas_viz.animation import (animation_settings, sweep_title, terminal_progress, tilt_sweep, transition,
                                     transition_title)
    from psoas_viz.io.export import ExportError, check_theme
    from psoas_viz.io.files import writable_target
    from psoas_viz.scene.captions import tilt_words

    if args.dpi is not None:
        raise UsageError(translate("CommandLine", "--dpi applies to PNG exports only; give --width for an animation"))
    fps = 25 if args.fps is None else _number(args.fps, "--fps")
    seconds = 3.0 if args.seconds is None else _number(args.seconds, "--seconds")
    width = 1280 if args.width is None else _number(args.width, "--width")
    try:
        settings = animation_settings(args.out, int(fps) if fps == int(fps) else fps, seconds,
                                      int(width) if width == int(width) else width)
        check_theme(args.theme)
    except (ValueError, ExportError) as error:
        text = str(error)
        raise UsageError(f"--{text}" if text.startswith(("fps:", "seconds:", "width:")) else text) from None
    session = _session(model, args)
    second = None
    if args.to_preset is not None or args.to_scenario is not None:
        from psoas_viz.content_i18n import translated_preset
        from psoas_viz.model.scenario import load_scenario

        if args.from_tilt is not None or args.to_tilt is not None:
            raise UsageError(translate("CommandLine", "--from-tilt and --to-tilt make a sweep; a transition "
                                                         "(--to-preset or --to-scenario) takes neither"))
        second = (translated_preset(args.to_preset, model) if args.to_preset is not None
                  else load_scenario(args.to_scenario, model))
    spec = model.parameters["pelvic_tilt"]
    low = spec.minimum if args.from_tilt is None else _number(args.from_tilt, "--from-tilt")
    high = spec.maximum if args.to_tilt is None else _number(args.to_tilt, "--to-tilt")
    for value, option in ((low, "--from-tilt"), (high, "--to-tilt")):
        if not spec.minimum <= value <= spec.maximum:
            raise UsageError(fill_template(translate("CommandLine", "{option}: {value:g}° is outside the model's "
                                                                     "pelvic tilt range {low:g}…{high:g}°"),
                                           {"option": option, "value": as_typed(value), "low": spec.minimum,
                                            "high": spec.maximum}))
    if low == high and second is None:
        raise UsageError(translate("CommandLine", "--from-tilt and --to-tilt: the same tilt makes no sweep"))
    path = settings.path
    if path.is_dir() or not (path.parent if str(path.parent) else Path(".")).is_dir():
        raise UsageError(fill_template(translate("CommandLine", "--out {path}: the folder does not exist or the name "
                                                                 "is a folder"), {"path": path}))
    try:
        writable_target(path)
    except OSError as error:
        raise UsageError(_unwritable(path, error)) from None
    if second is not None:
        postures = transition(model, session.posture, second.posture, settings.frame_count)
        title = transition_title(session.display_title or tilt_words(session.posture.pelvic_tilt),
                                 second.title or tilt_words(second.posture.pelvic_tilt))
    else:
        postures = tilt_sweep(model, session.posture, low, high, settings.frame_count)
        title = sweep_title(low, high, session.display_title)
    from psoas_viz.qt import export

    export.ensure_gui_application()
    try:
        export.write_posture_animation(session, postures, settings, title, args.theme, not args.no_plot,
                                       terminal_progress())
    except OSError as error:
        raise UsageError(_unwritable(path, error)) from None
    except ValueError as error:  # frames the writer cannot take (a GIF too large to hold in memory)
        raise UsageError(f"--out {path}: {error}") from None
    return 0


def _pixels(text, what: str, default: float) -> float:
    if text is None:
        return default
    value = _number(text, what)
    if value != int(value) or not 100 <= value <= 7680:
        raise UsageError(fill_template(translate("CommandLine", "{what}: {text!r} must be a whole number of pixels "
                                                                 "from 100 to 7680"), {"what": what, "text": text}))
    return float(value)


def cmd_scene(model, args, out) -> int:
    """The diagram as a scene (JSON, pixels, y downwards), without importing Qt."""
    from psoas_viz.scene.diagram import View, build

    width = _pixels(args.width, "--width", 900.0)
    height = _pixels(args.height, "--height", 1000.0)
    session = _session(model, args)
    view = session.view
    scene = build(session.snapshot, View(width, height, args.theme, view["labels"], view["ghost"], region=args.view,
                                         latin=view["latin"]))
    json.dump(scene.to_json(), out)
    out.write("\n")
    return 0

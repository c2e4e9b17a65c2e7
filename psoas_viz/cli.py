"""The command line. Sub-commands other than ``gui`` never open a window."""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import sys

import numpy as np

from psoas_viz.i18n import LanguageError, resolve_language, set_language
from psoas_viz.resources import DataFileError, version
from psoas_viz.scene.diagram import REGIONS

from .cli_input import UsageError, _assignments, _base_scenario, _muscle_settings, _number, _Parser, _posture

MAX_SWEEP_ROWS = 1_000_000


def cmd_settle(model, args, out) -> int:
    from psoas_viz.model.mechanics import settle

    scenario = _base_scenario(model, args)
    assignments = _assignments(args.set)
    settings = _muscle_settings(model, scenario, assignments)
    posture = _posture(model, args, scenario, assignments)
    balance = settle(model, model.mechanics, posture, settings)
    tilt = balance.pelvic_tilt if balance.balanced else posture.pelvic_tilt
    evaluation = model.evaluate_many(tilt, posture.thigh_angle, posture.knee_flexion, posture.lumbar_lordosis,
                                     posture.pelvic_incidence, posture.spine_mode,
                                     joints=model.mechanics.joints_for(posture.spine_mode))
    forces = model.mechanics.forces(evaluation, settings, posture.spine_mode)
    muscles = {mid: {"length_mm": round(float(evaluation.length[0, j]), 3),
                     "force_n": round(float(forces.force[0, j]), 3),
                     "hip_moment_nm": round(float(forces.hip_moment[0, j]), 4),
                     "tilt_moment_nm": round(float(forces.tilt_moment[0, j]), 4),
                     "has_force_properties": bool(forces.has_properties[j]),
                     "tightness_mm": round(model.mechanics.tightness_mm(settings.tightness.get(mid, 0.0)), 2)}
               for j, mid in enumerate(forces.muscle_ids)}
    doc = {
        "pelvic_tilt_deg": None if balance.pelvic_tilt is None else round(balance.pelvic_tilt, 4),
        "balanced": balance.balanced, "falls": balance.falls,
        "net_moment_nm": round(balance.net_moment, 6),
        "spine_mode": posture.spine_mode,
        "on_range_limit": balance.on_range_limit,
        "stiffness_nm_per_deg": None if balance.stiffness is None else round(balance.stiffness, 4),
        "spinopelvic_deg": {k.removesuffix("_deg"): round(float(v[0]), 3) for k, v in evaluation.angles.items()},
        "moments_nm": {k: round(v, 4) for k, v in balance.moments.items() if k not in model.muscles.muscles}
        | {"muscles": round(sum(v for k, v in balance.moments.items() if k in model.muscles.muscles), 4)},
        "could_hold": list(balance.could_hold),
        "unstable_balance_deg": [round(t, 3) for t in balance.unstable_tilts],
        "other_stable_balance_deg": [round(t, 3) for t in balance.other_stable_tilts],
        "muscles": muscles,
    }
    warning = model.range_warning(posture.thigh_angle + tilt)
    if warning:
        doc["warnings"] = [warning]
        sys.stderr.write(warning + "\n")
    if settings.pulls:
        pulled = model.mechanics.fascia.solve(evaluation, settings, posture.spine_mode)
        doc["fascia"] = {"pulls_n": pulled.pulls,
                         "psoas_length_without_pulls_mm": round(pulled.length_without, 3),
                         "psoas_length_with_pulls_mm": round(pulled.length_with, 3),
                         "psoas_tension_without_pulls_n": round(pulled.tension_without, 3),
                         "psoas_tension_with_pulls_n": round(pulled.tension_with, 3),
                         "deflection_mm": {k: round(v, 3) for k, v in pulled.deflection.items()}}
    if args.format == "json":
        json.dump(doc, out, indent=2)
        out.write("\n")
        return 0
    if args.format == "markdown":
        out.write(settle_markdown(doc, settings))
        return 0
    if balance.balanced:
        angles = doc["spinopelvic_deg"]
        out.write(f"Balanced at pelvic tilt {balance.pelvic_tilt:+.2f}° ({posture.spine_mode} spine): "
                  f"the tilt moments below cancel\n"
                  f"Spinopelvic PT {angles['spinopelvic_tilt']:.1f}°, SS {angles['sacral_slope']:.1f}°, "
                  f"LL {angles['lumbar_lordosis']:.1f}°; stiffness {balance.stiffness:.2f} N m/°; "
                  + ("held by a range-limit wall (passive joint curves)\n" if balance.on_range_limit
                     else "not on a range-limit wall\n"))
    else:
        out.write(f"No stable balance between −30° and +30° ({posture.spine_mode} spine): from "
                  f"{posture.pelvic_tilt:+.1f}° the pelvis falls {balance.falls}ly "
                  f"(net {balance.net_moment:+.1f} N m).\n")
        if balance.could_hold:
            out.write("Muscles that could hold it: " + ", ".join(balance.could_hold) + "\n")
    if balance.other_stable_tilts:
        out.write("Another stable balance lies at " + ", ".join(f"{t:+.1f}°" for t in balance.other_stable_tilts)
                  + " (settle starts from the posture's own tilt: set pelvic_tilt near it to reach it).\n")
    if balance.unstable_tilts:
        out.write("Moments also cancel at " + ", ".join(f"{t:+.1f}°" for t in balance.unstable_tilts)
                  + ", but a nudge grows there (an inverted pendulum).\n")
    if "fascia" in doc:
        f = doc["fascia"]
        pulls = ", ".join(f"{link} {n:g} N" for link, n in f["pulls_n"].items())
        out.write(f"Fascial pulls ({pulls}): psoas path {f['psoas_length_without_pulls_mm']:.1f} → "
                  f"{f['psoas_length_with_pulls_mm']:.1f} mm; tension of the pulled psoas fascicles "
                  f"{f['psoas_tension_without_pulls_n']:.1f} → {f['psoas_tension_with_pulls_n']:.1f} N\n")
    out.write("Tilt moments (N m, + anterior): " + ", ".join(f"{k} {v:+.1f}" for k, v in doc["moments_nm"].items()) + "\n")
    for mid, m in muscles.items():
        if m["force_n"] > 0.05:
            out.write(f"  {mid:<22} {m['length_mm']:7.1f} mm {m['force_n']:8.1f} N  tilt {m['tilt_moment_nm']:+6.2f} N m\n")
    return 0


def _sweep_values(start: float, stop: float, step: float) -> np.ndarray:
    if step <= 0:
        raise UsageError(f"--step: {step:g} must be greater than zero")
    if stop < start:
        raise UsageError(f"--stop {stop:g} is below --start {start:g}")
    count = int(math.floor((stop - start) / step + 1e-9)) + 1
    if count > MAX_SWEEP_ROWS:
        raise UsageError(f"the sweep would have {count} rows; at most {MAX_SWEEP_ROWS}")
    return start + step * np.arange(count)


def cmd_sweep(model, args, out) -> int:
    values = _sweep_values(_number(args.start, "--start"), _number(args.stop, "--stop"), _number(args.step, "--step"))
    posture = _posture(model, args)
    if args.param not in model.parameters:
        raise UsageError(f"--param: unknown parameter {args.param!r} (sweepable: {', '.join(model.parameters)})")
    if args.param == "lumbar_lordosis" and posture.spine_mode != "manual":
        raise UsageError(f"lumbar_lordosis acts only with the manual spine (the {posture.spine_mode} spine sets "
                         f"the lordosis itself): add --spine manual")
    if args.param in _assignments(args.set):
        raise UsageError(f"--set {args.param}: that is the swept parameter")
    from psoas_viz.io.tables import sweep_table

    columns, rows = sweep_table(model, args.param, values, posture)
    thigh = values if args.param == "thigh_angle" else posture.thigh_angle
    tilt = values if args.param == "pelvic_tilt" else posture.pelvic_tilt
    warning = model.range_warning(thigh + tilt)  # hip flexion beyond the source model's range
    if warning:
        sys.stderr.write(warning + "\n")
    if args.format == "json":
        json.dump({"parameter": args.param, "spine_mode": posture.spine_mode, "columns": columns,
                   "rows": np.round(rows, 6).tolist()}, out)
        out.write("\n")
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[f"{v:.6g}" for v in row] for row in rows])
        out.write(buffer.getvalue())
    return 0


def info_document(model) -> dict:
    from psoas_viz.model.scenario import preset_files
    from psoas_viz.model.skeleton import JOINTS

    return {
        "parameters": [
            {"name": s.name, "unit": s.unit, "default": s.default, "min": s.minimum, "max": s.maximum,
             "label": s.label, "description": s.description} for s in model.parameters.values()]
        + [{"name": "spine_mode", "unit": None, "default": "upright", "choices": ["locked", "upright", "manual"],
            "description": "locked: lumbar spine rigid on the pelvis; upright: lordosis changes so the thorax "
                           "keeps its orientation; manual: lordosis from lumbar_lordosis"}],
        "muscles": [
            {"id": m.id, "name": m.name, "group": m.group, "crosses": [j for j in JOINTS if j in m.crosses],
             "fascicles": [f.name for f in m.fascicles],
             "sources": sorted({f.source for f in m.fascicles if f.source}), "note": m.note,
             **model.mechanics.properties(m.id)}
            for m in model.muscles.muscles.values()],
        "tightness_range_mm": model.mechanics.tightness_range_mm,
        "presets": list(preset_files()),
        "sources": model.sources,
    }


def cmd_info(model, args, out) -> int:
    doc = info_document(model)
    if args.format == "json":
        json.dump(doc, out, indent=2)
        out.write("\n")
        return 0
    out.write("Posture parameters:\n")
    for p in doc["parameters"]:
        if "choices" in p:
            out.write(f"  {p['name']:<18} one of {', '.join(p['choices'])} (default {p['default']})\n")
        else:
            span = f"{p['min']:g}…{p['max']:g}"
            out.write(f"  {p['name']:<18} {p['unit']:<4} default {p['default']:<6g} range {span:<9} "
                      f"{p['description']}\n")
    out.write("\nMuscles:\n")
    for m in doc["muscles"]:
        crosses = ", ".join(m["crosses"]) or "no modelled joint"
        count = len(m["fascicles"])
        force = (f"; {m['max_isometric_force_n']:g} N, fibres {m['optimal_fiber_length_mm']:g} mm, "
                 f"tendon {m['tendon_slack_length_mm']:g} mm" if m["max_isometric_force_n"] else "; no force data")
        out.write(f"  {m['id']:<22} {m['name']} ({count} fascicle{'s' if count != 1 else ''}; crosses {crosses}"
                  f"{force})\n")
    out.write("\nPresets: " + ", ".join(doc["presets"]) + "\n\nSources:\n")
    for key, text in doc["sources"].items():
        out.write(f"  {key}: {text}\n")
    return 0


def settle_markdown(doc: dict, settings) -> str:
    """One settle outcome as a Markdown table (README.md includes these, generated)."""
    changed = [f"{m} activation {v:g}" for m, v in settings.activation.items() if v] + [
        f"{m} {doc['muscles'][m]['tightness_mm']:g} mm tight" for m, v in settings.tightness.items() if v] + [
        f"{link} pull {v:g} N" for link, v in settings.pulls.items() if v]
    head = "| spine | muscles | settled tilt | spinopelvic PT | SS | LL | stiffness | on a range-limit wall |\n"
    head += "|---|---|---|---|---|---|---|---|\n"
    who = ", ".join(changed) or "relaxed"
    if not doc["balanced"]:
        return head + f"| {doc['spine_mode']} | {who} | none: falls {doc['falls']}ly | | | | | |\n"
    a = doc["spinopelvic_deg"]
    return head + (f"| {doc['spine_mode']} | {who} | {doc['pelvic_tilt_deg']:+.1f}° | {a['spinopelvic_tilt']:.1f}° | "
                   f"{a['sacral_slope']:.1f}° | {a['lumbar_lordosis']:.1f}° | {doc['stiffness_nm_per_deg']:.2f} N m/° | "
                   f"{'yes' if doc['on_range_limit'] else 'no'} |\n")


def claims_markdown(results) -> str:
    """The claims and the model's verdicts as a Markdown table (README.md includes it, generated)."""
    from psoas_viz.model.claims import verdict_words

    rows = ["| claim | verdict | what the model shows | caveat |", "|---|---|---|---|"]
    for r in results:
        cells = [r.text, verdict_words(r).replace("NOT TESTABLE HERE", "not testable here"), r.summary, r.caveat]
        rows.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(rows) + "\n"


def cmd_claims(model, args, out) -> int:
    from psoas_viz.content_i18n import translated_claims
    from psoas_viz.model.claims import evaluate_claims, load_claims, verdict_words

    results = evaluate_claims(model, translated_claims(load_claims()))  # the claims' words in the language
    if args.format == "json":
        json.dump({"claims": [r.to_json() for r in results]}, out, indent=2)
        out.write("\n")
        return 0
    if args.format == "markdown":
        out.write(claims_markdown(results))
        return 0
    for r in results:
        out.write(f"{r.text}\n  {verdict_words(r)}: {r.summary}\n  Caveat: {r.caveat}\n\n")
    return 0


def cmd_gui(args) -> int:
    from psoas_viz.qt.app import run_gui

    return run_gui(scenario=args.scenario, screenshot=args.screenshot, language=getattr(args, "lang", None))


def cmd_bench(args, out) -> int:
    from psoas_viz.bench import run_bench

    return run_bench(as_json=args.json, out=out)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="psoas-viz", description="Sagittal pelvis–spine–femur model: how the psoas lengthens "
                                                      "or shortens under anterior and posterior pelvic tilt.")
    parser.add_argument("--version", action="version", version=f"psoas-viz {version()}")
    parser.add_argument("--lang", metavar="CODE",
                        help="language of diagrams and messages: en, de or es (default: LC_ALL, LC_MESSAGES or "
                             "LANG; English otherwise)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    sweep = sub.add_parser("sweep", help="print one row per value of a posture parameter")
    sweep.add_argument("--param", required=True)
    sweep.add_argument("--start", required=True)
    sweep.add_argument("--stop", required=True)
    sweep.add_argument("--step", required=True)
    sweep.add_argument("--spine", choices=["locked", "upright", "manual"])
    sweep.add_argument("--set", action="append", metavar="NAME=VALUE")
    sweep.add_argument("--scenario")
    sweep.add_argument("--format", choices=["csv", "json"], default="csv")

    settle = sub.add_parser("settle", help="the pelvic tilt at which muscle, weight and passive moments balance")
    settle.add_argument("--scenario")
    settle.add_argument("--set", action="append", metavar="NAME=VALUE",
                        help="a posture parameter, <muscle_id>.activation / <muscle_id>.tightness (0…1), "
                             "or <fascial_link>.pull (N)")
    settle.add_argument("--spine", choices=["locked", "upright", "manual"])
    settle.add_argument("--format", choices=["text", "json", "markdown"], default="text")

    claims = sub.add_parser("claims", help="popular claims about the psoas, put to the model")
    claims.add_argument("--format", choices=["text", "json", "markdown"], default="text")

    info = sub.add_parser("info", help="parameters, muscles, presets and sources")
    info.add_argument("--format", choices=["text", "json"], default="text")

    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--scenario")
    gui.add_argument("--screenshot", metavar="FILE.png")

    export = sub.add_parser("export", help="write the diagram (PNG, SVG, PDF) or its numbers (CSV) without a window")
    source = export.add_mutually_exclusive_group(required=True)
    source.add_argument("--preset", metavar="NAME")
    source.add_argument("--scenario", metavar="FILE")
    source.add_argument("--lesson", metavar="FILE|NAME",
                        help="a lesson file or a built-in lesson's name: a hand-out PDF, one page per step")
    export.add_argument("--out", required=True, metavar="FILE.{png,svg,pdf,csv,gif,webp,mp4}")
    export.add_argument("--width", metavar="PX", help="PNG width in pixels (1…7680; default 1920)")
    export.add_argument("--dpi", help="PNG resolution for an 8-inch-wide print (instead of --width)")
    export.add_argument("--theme", choices=["screen", "projector"], default="screen")
    export.add_argument("--no-plot", action="store_true", help="the model view only, without the psoas plot")
    export.add_argument("--view", choices=REGIONS, default="whole", help="the region framed (default: whole)")
    export.add_argument("--set", action="append", metavar="NAME=VALUE",
                        help="a posture parameter, <muscle_id>.activation / <muscle_id>.tightness (0…1), "
                             "or <fascial_link>.pull (N)")
    export.add_argument("--latin", action="store_true",
                        help="labels give the Terminologia Anatomica (Latin) name under the vernacular one")
    export.add_argument("--animate", action="store_true",
                        help="an animated tilt sweep (--out FILE.gif, .webp or .mp4) instead of a still")
    target = export.add_mutually_exclusive_group()
    target.add_argument("--to-preset", metavar="NAME", help="with --animate: the transition to this preset")
    target.add_argument("--to-scenario", metavar="FILE", help="with --animate: the transition to this scenario")
    export.add_argument("--from-tilt", metavar="DEG", help="with --animate: first pelvic tilt (default: model minimum)")
    export.add_argument("--to-tilt", metavar="DEG", help="with --animate: turning pelvic tilt (default: model maximum)")
    export.add_argument("--seconds", metavar="S", help="with --animate: length of one loop (0.5…60; default 3)")
    export.add_argument("--fps", metavar="N", help="with --animate: frames per second (1…60, GIF 1…50; default 25)")

    scene = sub.add_parser("scene", help="print the diagram as a scene: structures, shapes and labels in pixels")
    source = scene.add_mutually_exclusive_group()
    source.add_argument("--preset", metavar="NAME")
    source.add_argument("--scenario", metavar="FILE")
    scene.add_argument("--set", action="append", metavar="NAME=VALUE",
                       help="a posture parameter, <muscle_id>.activation / <muscle_id>.tightness (0…1), "
                            "or <fascial_link>.pull (N)")
    scene.add_argument("--width", metavar="PX", help="scene width in pixels (100…7680; default 900)")
    scene.add_argument("--height", metavar="PX", help="scene height in pixels (100…7680; default 1000)")
    scene.add_argument("--theme", choices=["screen", "projector"], default="screen")
    scene.add_argument("--format", choices=["json"], required=True)
    scene.add_argument("--view", choices=REGIONS, default="whole", help="the region framed (default: whole)")
    scene.add_argument("--latin", action="store_true",
                       help="labels give the Terminologia Anatomica (Latin) name under the vernacular one")

    bench = sub.add_parser("bench", help="measure repaint latency, model speed, start-up, exports and memory")
    bench.add_argument("--json", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from psoas_viz.model import ParameterError
    from psoas_viz.model.scenario import ScenarioError
    from psoas_viz.anatomy import AnatomyError

    try:
        args = build_parser().parse_args(argv)
        try:
            set_language(resolve_language(args.lang))
        except LanguageError as error:
            raise UsageError(f"--lang: {error}") from None
        if args.command in (None, "gui"):
            if args.command is None:
                args = build_parser().parse_args([*(["--lang", args.lang] if args.lang else []), "gui"])
            return cmd_gui(args)
        if args.command == "bench":
            return cmd_bench(args, sys.stdout)
        from psoas_viz.model import load_model

        model = load_model()
        from .cli_diagram import cmd_export, cmd_scene

        command = {"sweep": cmd_sweep, "info": cmd_info, "settle": cmd_settle, "export": cmd_export,
                   "claims": cmd_claims, "scene": cmd_scene}[args.command]
        buffer = io.StringIO()  # nothing reaches stdout unless the whole command succeeds
        status = command(model, args, buffer)
        sys.stdout.write(buffer.getvalue())
        return status
    except (UsageError, ParameterError, ScenarioError, DataFileError, AnatomyError) as error:
        print(f"psoas-viz: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0

"""The command line. Sub-commands other than ``gui`` never open a window."""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import sys

import numpy as np

from psoas_viz.i18n import LanguageError, as_typed, fill_template, for_machines, resolve_language, set_language, translate
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
        with for_machines():  # the JSON stays English, with ASCII numbers
            doc["warnings"] = [model.range_warning(posture.thigh_angle + tilt)]
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
    out.write(settle_text(doc, balance, posture, muscles))
    return 0


def _spine(mode: str) -> str:
    """A spine mode as the text output names it ("upright spine")."""
    return {"locked": translate("CommandLine", "locked spine"), "upright": translate("CommandLine", "upright spine"),
            "manual": translate("CommandLine", "manual spine")}.get(mode, mode)


def _moment_name(key: str) -> str:
    """A tilt moment's name, as the window's tilt-moment chart writes it."""
    return {"gravity": translate("MomentBars", "Trunk weight"), "passive_hip": translate("MomentBars", "Passive hip"),
            "passive_lumbar": translate("MomentBars", "Passive lumbar"),
            "postural_control": translate("MomentBars", "Postural control"),
            "fascia": translate("MomentBars", "Fascial pulls"),
            "muscles": translate("CommandLine", "muscles")}.get(key, key)


def settle_text(doc: dict, balance, posture, muscles: dict) -> str:
    """The settle outcome for people, in the current language (JSON and Markdown stay English)."""
    lines = []
    if balance.balanced:
        angles = doc["spinopelvic_deg"]
        lines.append(fill_template(translate("CommandLine", "Balanced at pelvic tilt {tilt:+.2f}° ({spine}): the tilt "
                                                            "moments below cancel"),
                                   {"tilt": balance.pelvic_tilt, "spine": _spine(posture.spine_mode)}))
        wall = (translate("CommandLine", "held by a range-limit wall (passive joint curves)") if balance.on_range_limit
                else translate("CommandLine", "not on a range-limit wall"))
        lines.append(fill_template(translate("CommandLine", "Spinopelvic PT {pt:.1f}°, SS {ss:.1f}°, LL {ll:.1f}°; "
                                                            "stiffness {stiffness:.2f} N m/°; {wall}"),
                                   {"pt": angles["spinopelvic_tilt"], "ss": angles["sacral_slope"],
                                    "ll": angles["lumbar_lordosis"], "stiffness": balance.stiffness, "wall": wall}))
    else:
        template = (translate("CommandLine", "No stable balance between −30° and +30° ({spine}): from "
                                             "{tilt:+.1f}° the pelvis falls anteriorly (net {net:+.1f} N m).")
                    if balance.falls == "anterior" else
                    translate("CommandLine", "No stable balance between −30° and +30° ({spine}): from "
                                             "{tilt:+.1f}° the pelvis falls posteriorly (net {net:+.1f} N m)."))
        lines.append(fill_template(template, {"spine": _spine(posture.spine_mode), "tilt": posture.pelvic_tilt,
                                              "net": balance.net_moment}))
        if balance.could_hold:
            lines.append(fill_template(translate("CommandLine", "Muscles that could hold it: {muscles}"),
                                       {"muscles": ", ".join(balance.could_hold)}))
    if balance.other_stable_tilts:
        lines.append(fill_template(translate("CommandLine", "Another stable balance lies at {tilts} (settle starts "
                                                            "from the posture's own tilt: set pelvic_tilt near it to "
                                                            "reach it)."),
                                   {"tilts": ", ".join(fill_template("{t:+.1f}°", {"t": t})
                                                       for t in balance.other_stable_tilts)}))
    if balance.unstable_tilts:
        lines.append(fill_template(translate("CommandLine", "Moments also cancel at {tilts}, but a nudge grows there "
                                                            "(an inverted pendulum)."),
                                   {"tilts": ", ".join(fill_template("{t:+.1f}°", {"t": t})
                                                       for t in balance.unstable_tilts)}))
    if "fascia" in doc:
        f = doc["fascia"]
        pulls = ", ".join(fill_template("{link} {n:g} N", {"link": link, "n": float(n)})
                          for link, n in f["pulls_n"].items())
        lines.append(fill_template(translate("CommandLine", "Fascial pulls ({pulls}): psoas path {before:.1f} → "
                                                            "{after:.1f} mm; tension of the pulled psoas fascicles "
                                                            "{tension_before:.1f} → {tension_after:.1f} N"),
                                   {"pulls": pulls, "before": f["psoas_length_without_pulls_mm"],
                                    "after": f["psoas_length_with_pulls_mm"],
                                    "tension_before": f["psoas_tension_without_pulls_n"],
                                    "tension_after": f["psoas_tension_with_pulls_n"]}))
    lines.append(fill_template(translate("CommandLine", "Tilt moments (N m, + anterior): {moments}"),
                               {"moments": ", ".join(fill_template("{name} {v:+.1f}", {"name": _moment_name(k),
                                                                                       "v": float(v)})
                                                     for k, v in doc["moments_nm"].items())}))
    row = translate("CommandLine", "  {id:<22} {length:7.1f} mm {force:8.1f} N  tilt {moment:+6.2f} N m")
    lines += [fill_template(row, {"id": mid, "length": m["length_mm"], "force": m["force_n"],
                                  "moment": m["tilt_moment_nm"]})
              for mid, m in muscles.items() if m["force_n"] > 0.05]
    return "".join(line + "\n" for line in lines)


def _sweep_values(start: float, stop: float, step: float) -> np.ndarray:
    if step <= 0:
        raise UsageError(fill_template(translate("CommandLine", "--step: {step:g} must be greater than zero"),
                                       {"step": as_typed(step)}))
    if stop < start:
        raise UsageError(fill_template(translate("CommandLine", "--stop {stop:g} is below --start {start:g}"),
                                       {"stop": as_typed(stop), "start": as_typed(start)}))
    count = int(math.floor((stop - start) / step + 1e-9)) + 1
    if count > MAX_SWEEP_ROWS:
        raise UsageError(fill_template(translate("CommandLine", "the sweep would have {count} rows; at most {most}"),
                                       {"count": count, "most": MAX_SWEEP_ROWS}))
    return start + step * np.arange(count)


def cmd_sweep(model, args, out) -> int:
    values = _sweep_values(_number(args.start, "--start"), _number(args.stop, "--stop"), _number(args.step, "--step"))
    posture = _posture(model, args)
    if args.param not in model.parameters:
        raise UsageError(fill_template(translate("CommandLine", "--param: unknown parameter {name!r} (sweepable: "
                                                                 "{names})"),
                                       {"name": args.param, "names": ", ".join(model.parameters)}))
    if args.param == "lumbar_lordosis" and posture.spine_mode != "manual":
        raise UsageError(fill_template(translate("CommandLine", "lumbar_lordosis acts only with the manual spine "
                                                                 "(the {mode} spine sets the lordosis itself): add "
                                                                 "--spine manual"), {"mode": posture.spine_mode}))
    if args.param in _assignments(args.set):
        raise UsageError(fill_template(translate("CommandLine", "--set {name}: that is the swept parameter"),
                                       {"name": args.param}))
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
    from psoas_viz.content_i18n import posture_text
    from psoas_viz.terms import muscle_names, short_name

    def joint_name(joint: str) -> str:  # "hip" -> "hip joint", "L4_L5" -> "L4–L5" (as the language writes a level)
        upper, _, lower = joint.partition("_")
        return short_name(f"{joint}_joint") if not lower else fill_template(
            translate("CommandLine", "{upper}–{lower}"), {"upper": upper, "lower": lower})

    described = posture_text()
    names = muscle_names(model)
    out.write(translate("CommandLine", "Posture parameters:") + "\n")
    for p in doc["parameters"]:
        if "choices" in p:
            out.write(fill_template(translate("CommandLine", "  {name:<18} one of {choices} (default {default})"),
                                    {"name": p["name"], "choices": ", ".join(p["choices"]), "default": p["default"]})
                      + "\n")
        else:
            span = fill_template("{low:g}…{high:g}", {"low": float(p["min"]), "high": float(p["max"])})
            out.write(fill_template(translate("CommandLine", "  {name:<18} {unit:<4} default {default:<6g} range "
                                                             "{span:<9} {description}"),
                                    {"name": p["name"], "unit": p["unit"], "default": float(p["default"]),
                                     "span": span,
                                     "description": described.get(p["name"], {}).get("description",
                                                                                      p["description"])}) + "\n")
    out.write("\n" + translate("CommandLine", "Muscles:") + "\n")
    for m in doc["muscles"]:
        values = {"id": m["id"], "name": names.get(m["id"], m["name"]), "count": len(m["fascicles"]),
                  "crosses": ", ".join(map(joint_name, m["crosses"])) or translate("CommandLine", "no modelled joint")}
        if m["max_isometric_force_n"]:
            line = (translate("CommandLine", "  {id:<22} {name} ({count} fascicle; crosses {crosses}; {force:g} N, "
                                             "fibres {fibres:g} mm, tendon {tendon:g} mm)") if values["count"] == 1
                    else translate("CommandLine", "  {id:<22} {name} ({count} fascicles; crosses {crosses}; "
                                                  "{force:g} N, fibres {fibres:g} mm, tendon {tendon:g} mm)"))
            values |= {"force": float(m["max_isometric_force_n"]), "fibres": float(m["optimal_fiber_length_mm"]),
                       "tendon": float(m["tendon_slack_length_mm"])}
        else:
            line = (translate("CommandLine", "  {id:<22} {name} ({count} fascicle; crosses {crosses}; no force data)")
                    if values["count"] == 1 else
                    translate("CommandLine", "  {id:<22} {name} ({count} fascicles; crosses {crosses}; no force "
                                             "data)"))
        out.write(fill_template(line, values) + "\n")
    out.write("\n" + translate("CommandLine", "Presets:") + " " + ", ".join(doc["presets"]) + "\n\n"
              + translate("CommandLine", "Sources:") + "\n")
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

    if args.format in ("json", "markdown"):
        with for_machines():  # data and the README's table: English, decimal points, ASCII minus
            results = evaluate_claims(model)
        if args.format == "json":
            json.dump({"claims": [r.to_json() for r in results]}, out, indent=2)
            out.write("\n")
        else:
            out.write(claims_markdown(results))
        return 0
    for r in evaluate_claims(model, translated_claims(load_claims())):
        out.write(fill_template(translate("CommandLine", "{claim}\n  {verdict}: {summary}\n  Caveat: {caveat}"),
                                {"claim": r.text, "verdict": verdict_words(r), "summary": r.summary,
                                 "caveat": r.caveat}) + "\n\n")
    return 0


def cmd_gui(args) -> int:
    from psoas_viz.qt.app import run_gui

    return run_gui(scenario=args.scenario, screenshot=args.screenshot, language=getattr(args, "lang", None))


def cmd_bench(args, out) -> int:
    from psoas_viz.bench import run_bench

    return run_bench(as_json=args.json, out=out)


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser, its help in the current language (set it before building)."""
    set_help = translate("CommandLine", "a posture parameter, <muscle_id>.activation / <muscle_id>.tightness "
                                        "(0…1), or <fascial_link>.pull (N)")
    assignment = translate("CommandLine", "NAME=VALUE")
    view_help = translate("CommandLine", "the region framed (default: whole)")
    parser = _Parser(prog="psoas-viz", description=translate(
        "CommandLine", "Sagittal pelvis–spine–femur model: how the psoas lengthens or shortens under anterior and "
                       "posterior pelvic tilt."))
    parser.add_argument("--version", action="version", version=f"psoas-viz {version()}",
                        help=translate("CommandLine", "show the program's version number and exit"))
    parser.add_argument("--lang", metavar=translate("CommandLine", "CODE"),
                        help=translate("CommandLine", "language of diagrams and messages: en, de or es (default: "
                                                      "LC_ALL, LC_MESSAGES or LANG; English otherwise)"))
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    sweep = sub.add_parser("sweep", help=translate("CommandLine", "print one row per value of a posture parameter"))
    sweep.add_argument("--param", required=True, metavar=translate("CommandLine", "NAME"),
                       help=translate("CommandLine", "the posture parameter swept (psoas-viz info lists them)"))
    sweep.add_argument("--start", required=True, metavar=translate("CommandLine", "VALUE"),
                       help=translate("CommandLine", "its first value"))
    sweep.add_argument("--stop", required=True, metavar=translate("CommandLine", "VALUE"),
                       help=translate("CommandLine", "its last value (included when the steps reach it)"))
    sweep.add_argument("--step", required=True, metavar=translate("CommandLine", "VALUE"),
                       help=translate("CommandLine", "the step between rows (greater than zero)"))
    sweep.add_argument("--spine", choices=["locked", "upright", "manual"],
                       help=translate("CommandLine", "the spine mode (default: the scenario's, else upright)"))
    sweep.add_argument("--set", action="append", metavar=assignment,
                       help=translate("CommandLine", "a posture parameter held while sweeping (repeatable)"))
    sweep.add_argument("--scenario", metavar=translate("CommandLine", "FILE"),
                       help=translate("CommandLine", "start from this scenario file"))
    sweep.add_argument("--format", choices=["csv", "json"], default="csv",
                       help=translate("CommandLine", "the table's format (default: csv)"))

    settle = sub.add_parser("settle", help=translate("CommandLine", "the pelvic tilt at which muscle, weight and "
                                                                    "passive moments balance"))
    settle.add_argument("--scenario", metavar=translate("CommandLine", "FILE"),
                        help=translate("CommandLine", "start from this scenario file"))
    settle.add_argument("--set", action="append", metavar=assignment, help=set_help)
    settle.add_argument("--spine", choices=["locked", "upright", "manual"],
                        help=translate("CommandLine", "the spine mode (default: the scenario's, else upright)"))
    settle.add_argument("--format", choices=["text", "json", "markdown"], default="text",
                        help=translate("CommandLine", "the output's format (default: text; json and markdown in "
                                                      "English)"))

    claims = sub.add_parser("claims", help=translate("CommandLine", "popular claims about the psoas, put to the "
                                                                    "model"))
    claims.add_argument("--format", choices=["text", "json", "markdown"], default="text",
                        help=translate("CommandLine", "the output's format (default: text; json and markdown in "
                                                      "English)"))

    info = sub.add_parser("info", help=translate("CommandLine", "parameters, muscles, presets and sources"))
    info.add_argument("--format", choices=["text", "json"], default="text",
                      help=translate("CommandLine", "the output's format (default: text; json in English)"))

    gui = sub.add_parser("gui", help=translate("CommandLine", "open the window (the default)"))
    gui.add_argument("--scenario", metavar=translate("CommandLine", "FILE"),
                     help=translate("CommandLine", "open this scenario file"))
    gui.add_argument("--screenshot", metavar=translate("CommandLine", "FILE.png"),
                     help=translate("CommandLine", "save a picture of the window and close it"))

    export = sub.add_parser("export", help=translate("CommandLine", "write the diagram (PNG, SVG, PDF) or its "
                                                                    "numbers (CSV) without a window"))
    source = export.add_mutually_exclusive_group(required=True)
    source.add_argument("--preset", metavar=translate("CommandLine", "NAME"),
                        help=translate("CommandLine", "a built-in posture (psoas-viz info lists them)"))
    source.add_argument("--scenario", metavar=translate("CommandLine", "FILE"),
                        help=translate("CommandLine", "a scenario file"))
    source.add_argument("--lesson", metavar=translate("CommandLine", "FILE|NAME"),
                        help=translate("CommandLine", "a lesson file or a built-in lesson's name: a hand-out PDF, "
                                                      "one page per step"))
    export.add_argument("--out", required=True,
                        metavar=translate("CommandLine", "FILE.{png,svg,pdf,csv,gif,webp,mp4}"),
                        help=translate("CommandLine", "the file written; its ending chooses the format"))
    export.add_argument("--width", metavar="PX", help=translate("CommandLine", "PNG width in pixels (1…7680; "
                                                                               "default 1920)"))
    export.add_argument("--dpi", help=translate("CommandLine", "PNG resolution for an 8-inch-wide print (instead "
                                                               "of --width)"))
    export.add_argument("--theme", choices=["screen", "projector"], default="screen",
                        help=translate("CommandLine", "colours for a screen or, with thicker lines, a projector "
                                                      "(default: screen)"))
    export.add_argument("--no-plot", action="store_true",
                        help=translate("CommandLine", "the model view only, without the psoas plot"))
    export.add_argument("--view", choices=REGIONS, default="whole", help=view_help)
    export.add_argument("--set", action="append", metavar=assignment, help=set_help)
    export.add_argument("--latin", action="store_true",
                        help=translate("CommandLine", "labels give the Terminologia Anatomica (Latin) name under the "
                                                      "vernacular one"))
    export.add_argument("--animate", action="store_true",
                        help=translate("CommandLine", "an animated tilt sweep (--out FILE.gif, .webp or .mp4) "
                                                      "instead of a still"))
    target = export.add_mutually_exclusive_group()
    target.add_argument("--to-preset", metavar=translate("CommandLine", "NAME"),
                        help=translate("CommandLine", "with --animate: the transition to this preset"))
    target.add_argument("--to-scenario", metavar=translate("CommandLine", "FILE"),
                        help=translate("CommandLine", "with --animate: the transition to this scenario"))
    export.add_argument("--from-tilt", metavar=translate("CommandLine", "DEG"),
                        help=translate("CommandLine", "with --animate: first pelvic tilt (default: model minimum)"))
    export.add_argument("--to-tilt", metavar=translate("CommandLine", "DEG"),
                        help=translate("CommandLine", "with --animate: turning pelvic tilt (default: model maximum)"))
    export.add_argument("--seconds", metavar="S",
                        help=translate("CommandLine", "with --animate: length of one loop (0.5…60; default 3)"))
    export.add_argument("--fps", metavar="N",
                        help=translate("CommandLine", "with --animate: frames per second (1…60, GIF 1…50; "
                                                      "default 25)"))

    scene = sub.add_parser("scene", help=translate("CommandLine", "print the diagram as a scene: structures, shapes "
                                                                  "and labels in pixels"))
    source = scene.add_mutually_exclusive_group()
    source.add_argument("--preset", metavar=translate("CommandLine", "NAME"),
                        help=translate("CommandLine", "a built-in posture (psoas-viz info lists them)"))
    source.add_argument("--scenario", metavar=translate("CommandLine", "FILE"),
                        help=translate("CommandLine", "a scenario file"))
    scene.add_argument("--set", action="append", metavar=assignment, help=set_help)
    scene.add_argument("--width", metavar="PX", help=translate("CommandLine", "scene width in pixels (100…7680; "
                                                                              "default 900)"))
    scene.add_argument("--height", metavar="PX", help=translate("CommandLine", "scene height in pixels (100…7680; "
                                                                               "default 1000)"))
    scene.add_argument("--theme", choices=["screen", "projector"], default="screen",
                       help=translate("CommandLine", "colours for a screen or, with thicker lines, a projector "
                                                     "(default: screen)"))
    scene.add_argument("--format", choices=["json"], required=True,
                       help=translate("CommandLine", "the output's format (JSON, pixels, y downwards)"))
    scene.add_argument("--view", choices=REGIONS, default="whole", help=view_help)
    scene.add_argument("--latin", action="store_true",
                       help=translate("CommandLine", "labels give the Terminologia Anatomica (Latin) name under the "
                                                     "vernacular one"))

    bench = sub.add_parser("bench", help=translate("CommandLine", "measure repaint latency, model speed, start-up, "
                                                                  "exports and memory"))
    bench.add_argument("--json", action="store_true", help=translate("CommandLine", "the measurements as JSON"))
    return parser


def _requested_language(argv: list[str]) -> str | None:
    """The ``--lang`` code of the command line, read before the parser is built (its help speaks it), or None."""
    early = _Parser(add_help=False)
    early.add_argument("--lang")
    try:
        return early.parse_known_args(argv)[0].lang
    except UsageError:  # "--lang" without its code: the parser reports it, in the system's language
        return None


def _speak(code: str | None) -> None:
    """Speak the ``--lang`` code (None: the system's language), or one line: an unknown code."""
    try:
        set_language(resolve_language(code))
    except LanguageError as error:
        raise UsageError(f"--lang: {error}") from None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from psoas_viz.model import ParameterError
    from psoas_viz.model.scenario import ScenarioError
    from psoas_viz.anatomy import AnatomyError

    try:
        _speak(None)  # the system's language, in which a bad --lang is reported
        _speak(_requested_language(argv))  # before the parser is built: its help and errors speak it
        args = build_parser().parse_args(argv)
        _speak(args.lang)  # an abbreviated --la reaches only the parser
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

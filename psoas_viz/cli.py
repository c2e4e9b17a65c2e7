"""The command line (DESIGN.md section 5). Sub-commands other than ``gui`` never open a window."""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import sys

import numpy as np

MAX_SWEEP_ROWS = 1_000_000


class UsageError(Exception):
    """Bad input: reported as one line on stderr with exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse prints usage and exits 2; we want one clear line
        raise UsageError(message)


def _number(text: str, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise UsageError(f"{what}: {text!r} is not a number") from None
    if not math.isfinite(value):
        raise UsageError(f"{what}: {text!r} is not a finite number")
    return value


def _assignments(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UsageError(f"--set {pair!r}: expected NAME=VALUE")
        out[name.strip()] = value.strip()
    return out


def _base_scenario(model, args):
    from psoas_viz.model.scenario import Scenario, load_scenario

    if getattr(args, "scenario", None):
        return load_scenario(args.scenario, model)
    return Scenario(model.default_posture())


def _posture(model, args):
    scenario = _base_scenario(model, args)
    assignments = _assignments(args.set)
    if getattr(args, "spine", None):
        assignments["spine_mode"] = args.spine
    return model.posture_with(scenario.posture, assignments)


def _sweep_values(start: float, stop: float, step: float) -> np.ndarray:
    if step <= 0:
        raise UsageError(f"--step: {step:g} must be greater than zero")
    if stop < start:
        raise UsageError(f"--stop {stop:g} is below --start {start:g}")
    count = int(math.floor((stop - start) / step + 1e-9)) + 1
    if count > MAX_SWEEP_ROWS:
        raise UsageError(f"the sweep would have {count} rows; at most {MAX_SWEEP_ROWS}")
    return start + step * np.arange(count)


SWEEP_ANGLES = ("pelvic_incidence_deg", "spinopelvic_tilt_deg", "sacral_slope_deg", "lumbar_lordosis_deg")


def sweep_table(model, name: str, values: np.ndarray, posture) -> tuple[list[str], np.ndarray]:
    """Column names and rows of ``psoas-viz sweep`` (shared with the CSV export)."""
    result = model.sweep(name, values, posture, joints=("hip",))
    columns = [name]
    blocks = [values[:, None]]
    for j, mid in enumerate(result.muscle_ids):
        columns += [f"{mid}_length_mm", f"{mid}_hip_moment_arm_mm"]
        blocks += [result.length[:, j:j + 1], result.moment_arm["hip"][:, j:j + 1]]
    for angle in SWEEP_ANGLES:
        columns.append(angle)
        blocks.append(result.angles[angle][:, None])
    return columns, np.hstack(blocks)


def cmd_sweep(model, args, out) -> int:
    values = _sweep_values(_number(args.start, "--start"), _number(args.stop, "--stop"), _number(args.step, "--step"))
    posture = _posture(model, args)
    if args.param not in model.parameters:
        raise UsageError(f"--param: unknown parameter {args.param!r} (sweepable: {', '.join(model.parameters)})")
    columns, rows = sweep_table(model, args.param, values, posture)
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

    return {
        "parameters": [
            {"name": s.name, "unit": s.unit, "default": s.default, "min": s.minimum, "max": s.maximum,
             "label": s.label, "description": s.description} for s in model.parameters.values()]
        + [{"name": "spine_mode", "unit": None, "default": "upright", "choices": ["locked", "upright", "manual"],
            "description": "locked: lumbar spine rigid on the pelvis; upright: lordosis changes so the thorax "
                           "keeps its orientation; manual: lordosis from lumbar_lordosis"}],
        "muscles": [
            {"id": m.id, "name": m.name, "group": m.group, "crosses": sorted(m.crosses),
             "fascicles": [f.name for f in m.fascicles],
             "sources": sorted({f.source for f in m.fascicles if f.source}), "note": m.note}
            for m in model.muscles.muscles.values()],
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
            out.write(f"  {p['name']:<18} {p['unit']:<4} default {p['default']:<6g} range {p['min']:g}…{p['max']:g}"
                      f"  {p['description']}\n")
    out.write("\nMuscles:\n")
    for m in doc["muscles"]:
        crosses = ", ".join(m["crosses"]) or "no modelled joint"
        out.write(f"  {m['id']:<22} {m['name']} ({len(m['fascicles'])} fascicle(s); crosses {crosses})\n")
    out.write("\nPresets: " + ", ".join(doc["presets"]) + "\n\nSources:\n")
    for key, text in doc["sources"].items():
        out.write(f"  {key}: {text}\n")
    return 0


def cmd_gui(args) -> int:
    from psoas_viz.qt.app import run_gui

    return run_gui(scenario=args.scenario, screenshot=args.screenshot)


def cmd_bench(args, out) -> int:
    from psoas_viz.bench import run_bench

    return run_bench(as_json=args.json, out=out)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="psoas-viz", description="Sagittal pelvis–spine–femur model: how the psoas lengthens "
                                                      "or shortens under anterior and posterior pelvic tilt.")
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

    info = sub.add_parser("info", help="parameters, muscles, presets and sources")
    info.add_argument("--format", choices=["text", "json"], default="text")

    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--scenario")
    gui.add_argument("--screenshot", metavar="FILE.png")

    bench = sub.add_parser("bench", help="measure the performance figures of DESIGN.md section 7")
    bench.add_argument("--json", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from psoas_viz.model import ParameterError
    from psoas_viz.model.scenario import ScenarioError

    try:
        args = build_parser().parse_args(argv)
        if args.command in (None, "gui"):
            if args.command is None:
                args = build_parser().parse_args(["gui"])
            return cmd_gui(args)
        if args.command == "bench":
            return cmd_bench(args, sys.stdout)
        from psoas_viz.model import load_model

        model = load_model()
        command = {"sweep": cmd_sweep, "info": cmd_info}[args.command]
        buffer = io.StringIO()  # nothing reaches stdout unless the whole command succeeds
        status = command(model, args, buffer)
        sys.stdout.write(buffer.getvalue())
        return status
    except (UsageError, ParameterError, ScenarioError) as error:
        print(f"psoas-viz: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0

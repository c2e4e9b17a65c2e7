"""Tables of numbers (no Qt): the sweep table of ``psoas-viz sweep`` and the CSV export of a snapshot."""

from __future__ import annotations

import csv
import io

import numpy as np

PSOAS = "psoas_major"
SWEEP_ANGLES = ("pelvic_incidence_deg", "spinopelvic_tilt_deg", "sacral_slope_deg", "lumbar_lordosis_deg")
CSV_TILTS = np.arange(-30.0, 30.0 + 1e-9, 1.0)


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


def csv_text(snapshot) -> str:
    """Every muscle at the current posture, a blank line, then the psoas-versus-tilt sweep (sweep's columns)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    ev = snapshot.evaluation
    model = snapshot.model
    writer.writerow(["muscle_id", "name", "length_mm", "change_mm", "change_percent", "hip_moment_arm_mm"])
    for mid in ev.muscle_ids:
        n = ev.muscle(mid)
        writer.writerow([mid, model.muscles.muscles[mid].name, f"{n['length_mm']:.3f}", f"{n['change_mm']:.3f}",
                         f"{n['change_percent']:.3f}", f"{n['hip_moment_arm_mm']:.3f}"])
    writer.writerow([])
    columns, rows = sweep_table(model, "pelvic_tilt", CSV_TILTS, snapshot.posture)
    writer.writerow(columns)
    writer.writerows([[f"{v:.6g}" for v in row] for row in rows])
    return out.getvalue()

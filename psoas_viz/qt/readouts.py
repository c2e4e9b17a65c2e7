"""Large-type readouts of the psoas and the spinopelvic angles (always visible)."""

from __future__ import annotations

import PySide6  # noqa: F401
from PySide6 import QtCore, QtWidgets

from psoas_viz.session import Session

from . import style

ROWS = (  # key, name, short name (compact: two columns on a short window; the units tell the changes apart)
    ("length", "Psoas length", "Psoas"),
    ("change", "Change from neutral", "Change"),
    ("percent", "Change from neutral (%)", "Change"),
    ("arm", "Hip moment arm", "Hip arm"),
    ("asis", "ASIS–PSIS angle", "ASIS–PSIS"),
    ("PT", "Spinopelvic PT (X-ray)", "PT"),
    ("SS", "Sacral slope SS", "SS"),
    ("PI", "Pelvic incidence PI", "PI"),
    ("LL", "Lumbar lordosis LL", "LL"),
)
HELP = {
    "length": "Force-weighted length of all psoas major fascicles",
    "change": "Psoas length minus its length in neutral standing with the same pelvis shape",
    "percent": "The change as a per cent of the length in neutral standing",
    "arm": "Psoas major's hip flexion moment arm (+ flexes the hip, i.e. tilts the pelvis anteriorly)",
    "PT": "Spinopelvic (radiographic) pelvic tilt: the hip-axis-to-S1 line from vertical. It grows with POSTERIOR "
          "tilt, unlike the pelvic tilt slider (+ anterior)",
    "SS": "Sacral slope: the S1 endplate from horizontal",
    "PI": "Pelvic incidence, the shape of the pelvis: PI = PT + SS",
    "LL": "Lumbar lordosis: the L1 upper endplate to the S1 endplate",
    "asis": "Angle of the ASIS–PSIS line below horizontal (clinical tilt)",
}
SIZES = {False: (13, 17), True: (11, 13)}  # pt of the names and the values
COLUMN = 5  # compact: the rows from this one on make the second column


class Readouts(QtWidgets.QGroupBox):
    def __init__(self, state: Session, parent=None):
        super().__init__("Psoas major and spinopelvic angles", parent)
        self.session = state
        self.setStyleSheet("QGroupBox{font-weight:bold}")
        grid = QtWidgets.QGridLayout(self)
        grid.setVerticalSpacing(2)
        self.values: dict[str, QtWidgets.QLabel] = {}
        self.labels: dict[str, QtWidgets.QLabel] = {}
        for key, text, _ in ROWS:
            name = QtWidgets.QLabel(text)
            value = QtWidgets.QLabel()
            value.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
            name.setBuddy(value)
            self.values[key] = value
            self.labels[key] = name
        self.names = {key: text for key, text, _ in ROWS}
        self.compact = None
        self.set_compact(False)
        for key, value in self.values.items():
            value.setToolTip(HELP[key])
            value.setAccessibleDescription(HELP[key])
        self._unsubscribe = state.subscribe(self._on_state)
        self.refresh()

    def set_compact(self, on: bool) -> None:
        """One column of large type, or (compact, for a short window) two columns of smaller type with short
        names, so the controls below keep their room."""
        if on == self.compact:
            return
        self.compact = on
        name_pt, value_pt = SIZES[on]
        grid = self.layout()
        for i, (key, text, short) in enumerate(ROWS):
            name, value = self.labels[key], self.values[key]
            name.setText(short if on else text)
            name.setToolTip(text if on else "")
            name.setStyleSheet(style.css(f"font-size:{name_pt}pt;font-weight:normal"))
            value.setStyleSheet(style.css(f"font-size:{value_pt}pt;font-weight:bold;font-family:monospace"))
            row, column = (i % COLUMN, 2 * (i // COLUMN)) if on else (i, 0)
            grid.addWidget(name, row, column)
            grid.addWidget(value, row, column + 1)
        grid.setHorizontalSpacing(12 if on else 6)

    def _on_state(self, state, what):
        if what == "posture":
            self.refresh()

    def refresh(self):
        ev = self.session.evaluation
        psoas = ev.muscle("psoas_major")
        a = {k: float(v[0]) for k, v in ev.angles.items()}
        sign_colour = "#2166ac" if psoas["change_mm"] < -0.05 else "#b34d00" if psoas["change_mm"] > 0.05 else "#222"
        texts = {"length": f"{psoas['length_mm']:.1f} mm", "change": f"{psoas['change_mm']:+.1f} mm",
                 "percent": f"{psoas['change_percent']:+.1f} %", "arm": f"{psoas['hip_moment_arm_mm']:+.1f} mm",
                 "PT": f"{a['spinopelvic_tilt_deg']:.1f}°", "SS": f"{a['sacral_slope_deg']:.1f}°",
                 "PI": f"{a['pelvic_incidence_deg']:.1f}°", "LL": f"{a['lumbar_lordosis_deg']:.1f}°",
                 "asis": f"{a['asis_psis_angle_deg']:.1f}°"}
        for key, text in texts.items():
            value = self.values[key]
            value.setText(f"<span style='color:{sign_colour}'>{text}</span>" if key in ("change", "percent") else text)
            value.setAccessibleName(f"{self.names[key]} {text}")  # announced with its label

    def close_view(self):
        self._unsubscribe()

"""Large-type readouts of the psoas and the spinopelvic angles (always visible)."""

from __future__ import annotations

import PySide6  # noqa: F401
from PySide6 import QtCore, QtWidgets

from psoas_viz.session import Session

from . import style

ROWS = (
    ("length", "Psoas length"),
    ("change", "Change from neutral"),
    ("percent", "Change from neutral (%)"),
    ("arm", "Hip moment arm"),
    ("PT", "Spinopelvic PT (X-ray)"),
    ("SS", "Sacral slope SS"),
    ("PI", "Pelvic incidence PI"),
    ("LL", "Lumbar lordosis LL"),
    ("asis", "ASIS–PSIS angle"),
)
SIZES = {False: (13, 17), True: (11, 13)}  # pt of the names and the values; compact on a short screen


class Readouts(QtWidgets.QGroupBox):
    def __init__(self, state: Session, parent=None):
        super().__init__("Psoas major and spinopelvic angles", parent)
        self.session = state
        self.setStyleSheet("QGroupBox{font-weight:bold}")
        grid = QtWidgets.QGridLayout(self)
        grid.setVerticalSpacing(2)
        self.values: dict[str, QtWidgets.QLabel] = {}
        self.labels: dict[str, QtWidgets.QLabel] = {}
        for i, (key, text) in enumerate(ROWS):
            name = QtWidgets.QLabel(text)
            value = QtWidgets.QLabel()
            value.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
            name.setBuddy(value)
            grid.addWidget(name, i, 0)
            grid.addWidget(value, i, 1)
            self.values[key] = value
            self.labels[key] = name
        self.names = dict(ROWS)
        self.compact = None
        self.set_compact(False)
        self.values["length"].setToolTip("Force-weighted length of all psoas major fascicles")
        self.values["PT"].setToolTip("Spinopelvic (radiographic) pelvic tilt: the hip-axis-to-S1 line from vertical. It grows with POSTERIOR tilt, unlike the pelvic tilt slider (+ anterior)")
        self.values["asis"].setToolTip("Angle of the ASIS–PSIS line below horizontal (clinical tilt)")
        for value in self.values.values():
            value.setAccessibleDescription(value.toolTip())
        self._unsubscribe = state.subscribe(self._on_state)
        self.refresh()

    def set_compact(self, on: bool) -> None:
        """Smaller type, so a short screen keeps room for the controls below."""
        if on == self.compact:
            return
        self.compact = on
        name_pt, value_pt = SIZES[on]
        for key, value in self.values.items():
            self.labels[key].setStyleSheet(style.css(f"font-size:{name_pt}pt;font-weight:normal"))
            value.setStyleSheet(style.css(f"font-size:{value_pt}pt;font-weight:bold;font-family:monospace"))

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

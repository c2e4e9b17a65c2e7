"""Large-type readouts of the psoas and the spinopelvic angles (always visible)."""

from __future__ import annotations

import PySide6  # noqa: F401
from PySide6 import QtCore, QtWidgets

from psoas_viz.session import Session

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


class Readouts(QtWidgets.QGroupBox):
    def __init__(self, state: Session, parent=None):
        super().__init__("Psoas major and spinopelvic angles", parent)
        self.session = state
        self.setStyleSheet("QGroupBox{font-weight:bold}")
        grid = QtWidgets.QGridLayout(self)
        grid.setVerticalSpacing(2)
        self.values: dict[str, QtWidgets.QLabel] = {}
        for i, (key, text) in enumerate(ROWS):
            name = QtWidgets.QLabel(text)
            name.setStyleSheet("font-size:13pt;font-weight:normal")
            value = QtWidgets.QLabel()
            value.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
            value.setStyleSheet("font-size:17pt;font-weight:bold;font-family:monospace")
            grid.addWidget(name, i, 0)
            grid.addWidget(value, i, 1)
            self.values[key] = value
        self.values["length"].setToolTip("Force-weighted length of all psoas major fascicles")
        self.values["PT"].setToolTip("Spinopelvic (radiographic) pelvic tilt: the hip-axis-to-S1 line from vertical. It grows with POSTERIOR tilt, unlike the pelvic tilt slider (+ anterior)")
        self.values["asis"].setToolTip("Angle of the ASIS–PSIS line below horizontal (clinical tilt)")
        self._unsubscribe = state.subscribe(self._on_state)
        self.refresh()

    def _on_state(self, state, what):
        if what == "posture":
            self.refresh()

    def refresh(self):
        ev = self.session.evaluation
        psoas = ev.muscle("psoas_major")
        a = {k: float(v[0]) for k, v in ev.angles.items()}
        sign_colour = "#2166ac" if psoas["change_mm"] < -0.05 else "#b34d00" if psoas["change_mm"] > 0.05 else "#222"
        self.values["length"].setText(f"{psoas['length_mm']:.1f} mm")
        self.values["change"].setText(f"<span style='color:{sign_colour}'>{psoas['change_mm']:+.1f} mm</span>")
        self.values["percent"].setText(f"<span style='color:{sign_colour}'>{psoas['change_percent']:+.1f} %</span>")
        self.values["arm"].setText(f"{psoas['hip_moment_arm_mm']:+.1f} mm")
        self.values["PT"].setText(f"{a['spinopelvic_tilt_deg']:.1f}°")
        self.values["SS"].setText(f"{a['sacral_slope_deg']:.1f}°")
        self.values["PI"].setText(f"{a['pelvic_incidence_deg']:.1f}°")
        self.values["LL"].setText(f"{a['lumbar_lordosis_deg']:.1f}°")
        self.values["asis"].setText(f"{a['asis_psis_angle_deg']:.1f}°")

    def close_view(self):
        self._unsubscribe()

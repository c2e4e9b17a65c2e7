"""Large-type readouts of the psoas and the spinopelvic angles (always visible), in the window's language: names
through Qt's translation (context "Readouts"), numbers with the language's decimal separator."""

from __future__ import annotations

import PySide6  # noqa: F401
from PySide6 import QtCore, QtWidgets

from psoas_viz.i18n import QT_TRANSLATE_NOOP, fill_template
from psoas_viz.session import Session

from . import style

ROWS = (  # key, name, short name (compact: two columns on a short window; the units tell the changes apart)
    ("length", QT_TRANSLATE_NOOP("Readouts", "Psoas length"), QT_TRANSLATE_NOOP("Readouts", "Psoas")),
    ("change", QT_TRANSLATE_NOOP("Readouts", "Change from neutral"), QT_TRANSLATE_NOOP("Readouts", "Change")),
    ("percent", QT_TRANSLATE_NOOP("Readouts", "Change from neutral (%)"), QT_TRANSLATE_NOOP("Readouts", "Change")),
    ("arm", QT_TRANSLATE_NOOP("Readouts", "Hip moment arm"), QT_TRANSLATE_NOOP("Readouts", "Hip arm")),
    ("asis", QT_TRANSLATE_NOOP("Readouts", "ASIS–PSIS angle"), QT_TRANSLATE_NOOP("Readouts", "ASIS–PSIS")),
    ("PT", QT_TRANSLATE_NOOP("Readouts", "Spinopelvic PT (X-ray)"), QT_TRANSLATE_NOOP("Readouts", "PT")),
    ("SS", QT_TRANSLATE_NOOP("Readouts", "Sacral slope SS"), QT_TRANSLATE_NOOP("Readouts", "SS")),
    ("PI", QT_TRANSLATE_NOOP("Readouts", "Pelvic incidence PI"), QT_TRANSLATE_NOOP("Readouts", "PI")),
    ("LL", QT_TRANSLATE_NOOP("Readouts", "Lumbar lordosis LL"), QT_TRANSLATE_NOOP("Readouts", "LL")),
)
HELP = {
    "length": QT_TRANSLATE_NOOP("Readouts", "Force-weighted length of all psoas major fascicles"),
    "change": QT_TRANSLATE_NOOP("Readouts", "Psoas length minus its length in neutral standing with the same pelvis "
                                            "shape"),
    "percent": QT_TRANSLATE_NOOP("Readouts", "The change as a per cent of the length in neutral standing"),
    "arm": QT_TRANSLATE_NOOP("Readouts", "Psoas major's hip flexion moment arm (+ flexes the hip, i.e. tilts the "
                                         "pelvis anteriorly)"),
    "PT": QT_TRANSLATE_NOOP("Readouts", "Spinopelvic (radiographic) pelvic tilt: the hip-axis-to-S1 line from "
                                        "vertical. It grows with POSTERIOR tilt, unlike the pelvic tilt slider "
                                        "(+ anterior)"),
    "SS": QT_TRANSLATE_NOOP("Readouts", "Sacral slope: the S1 endplate from horizontal"),
    "PI": QT_TRANSLATE_NOOP("Readouts", "Pelvic incidence, the shape of the pelvis: PI = PT + SS"),
    "LL": QT_TRANSLATE_NOOP("Readouts", "Lumbar lordosis: the L1 upper endplate to the S1 endplate"),
    "asis": QT_TRANSLATE_NOOP("Readouts", "Angle of the ASIS–PSIS line below horizontal (clinical tilt)"),
}
SIZES = {False: (13, 17), True: (11, 13)}  # pt of the names and the values
COLUMN = 5  # compact: the rows from this one on make the second column
TITLE = QT_TRANSLATE_NOOP("Readouts", "Psoas major and spinopelvic angles")


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("Readouts", text)


class Readouts(QtWidgets.QGroupBox):
    def __init__(self, state: Session, parent=None):
        super().__init__(tr(TITLE), parent)
        self.session = state
        self.setStyleSheet("QGroupBox{font-weight:bold}")
        grid = QtWidgets.QGridLayout(self)
        grid.setVerticalSpacing(2)
        self.values: dict[str, QtWidgets.QLabel] = {}
        self.labels: dict[str, QtWidgets.QLabel] = {}
        for key, text, _ in ROWS:
            name = QtWidgets.QLabel(tr(text))
            value = QtWidgets.QLabel()
            value.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
            name.setBuddy(value)
            self.values[key] = value
            self.labels[key] = name
        self.compact = None
        self.set_compact(False)
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
            name.setText(tr(short) if on else tr(text))
            name.setToolTip(tr(text) if on else "")
            name.setStyleSheet(style.css(f"font-size:{name_pt}pt;font-weight:normal"))
            value.setStyleSheet(style.css(f"font-size:{value_pt}pt;font-weight:bold;font-family:monospace"))
            row, column = (i % COLUMN, 2 * (i // COLUMN)) if on else (i, 0)
            grid.addWidget(name, row, column)
            grid.addWidget(value, row, column + 1)
        grid.setHorizontalSpacing(12 if on else 6)

    @property
    def names(self) -> dict[str, str]:
        """Each readout's name in the window's language."""
        return {key: tr(text) for key, text, _ in ROWS}

    def _on_state(self, state, what):
        if what == "posture":
            self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:  # View → Language: names and numbers again
            self.setTitle(tr(TITLE))
            on, self.compact = self.compact, None
            self.set_compact(on)
            self.refresh()
        super().changeEvent(event)

    def refresh(self):
        ev = self.session.evaluation
        psoas = ev.muscle("psoas_major")
        a = {k: float(v[0]) for k, v in ev.angles.items()}
        sign_colour = "#2166ac" if psoas["change_mm"] < -0.05 else "#b34d00" if psoas["change_mm"] > 0.05 else "#222"
        values = {"length": psoas["length_mm"], "change": psoas["change_mm"], "percent": psoas["change_percent"],
                  "arm": psoas["hip_moment_arm_mm"], "PT": a["spinopelvic_tilt_deg"], "SS": a["sacral_slope_deg"],
                  "PI": a["pelvic_incidence_deg"], "LL": a["lumbar_lordosis_deg"], "asis": a["asis_psis_angle_deg"]}
        formats = {"length": "{v:.1f} mm", "change": "{v:+.1f} mm", "percent": "{v:+.1f} %", "arm": "{v:+.1f} mm"}
        names = self.names
        for key, number in values.items():
            text = fill_template(formats.get(key, "{v:.1f}°"), {"v": number})  # the language's decimal separator
            value = self.values[key]
            value.setText(f"<span style='color:{sign_colour}'>{text}</span>" if key in ("change", "percent") else text)
            value.setAccessibleName(f"{names[key]} {text}")  # announced with its label
            value.setToolTip(tr(HELP[key]))
            value.setAccessibleDescription(tr(HELP[key]))

    def close_view(self):
        self._unsubscribe()

"""The muscle panel: per-muscle activation ("tense") and tightness ("tight"), Relax all, force arrows and the
Settle switch (the pelvis finds its balance after every change).

Widgets write to the state; state changes come back through ``_on_state`` with signals blocked (no echo).  A
change made here is one undo step together with the tilt the pelvis settles to.
"""

from __future__ import annotations

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.model.mechanics import Balance
from psoas_viz.model.scenario import MuscleSetting
from psoas_viz.session import Session

from . import style
from .moment_chart import GROUP_ORDER, muscle_order
from .settler import Settler

Qt = QtCore.Qt
PERCENT = 100  # slider units per 1.0
NO_DATA = "no published force data"
QUANTITIES = (("activation", "tense", "Activation: how hard the muscle contracts (0–100 %)"),
              ("tightness", "tight", "Tightness: the fibres' resting length is shorter by this many millimetres, so "
                                     "passive tension starts earlier (the same millimetres in every muscle)"))


class MillimetreSpin(QtWidgets.QSpinBox):
    """A tightness box: its value is the per cent of the tightness range, its text the millimetres."""

    def __init__(self, range_mm: float):
        super().__init__()
        self.mm_per_unit = range_mm / PERCENT

    def textFromValue(self, value: int) -> str:
        return f"{value * self.mm_per_unit:g}"

    def valueFromText(self, text: str) -> int:
        try:
            return round(float(text.replace("mm", "").strip()) / self.mm_per_unit)
        except ValueError:
            return self.value()

    def validate(self, text, pos):
        body = text.replace("mm", "").strip()
        try:
            float(body or "0")
        except ValueError:
            return QtGui.QValidator.State.Invalid, text, pos
        return QtGui.QValidator.State.Acceptable, text, pos


def _lower_name(name: str) -> str:
    return name[:1].lower() + name[1:]


def balance_message(balance: Balance | None, names: dict[str, str]) -> tuple[str, bool]:
    """The panel's words for a settle outcome, and whether it is a warning."""
    if balance is None:
        return "", False
    if balance.balanced:
        text = f"Balanced at pelvic tilt {balance.pelvic_tilt:+.1f}°, stiffness {balance.stiffness:.1f} N m/°"
        if balance.on_range_limit:
            return text + " — held by a range-limit wall (the passive joint curves), not in mid-range", True
        return text + ", in mid-range (not on a range-limit wall)", False
    holders = [_lower_name(names[m]) for m in balance.could_hold]
    hold = ", ".join(holders[:4]) + (" and others" if len(holders) > 4 else "")
    text = f"No stable balance: the pelvis falls {balance.falls}ly"
    text += f" — hold it with {hold}" if hold else ""
    return text + ". The tilt is left where it was.", True


class MuscleRow(QtWidgets.QWidget):
    """A muscle's name and two compact slider + spin box pairs: tense (activation) and tight (tightness)."""

    def __init__(self, muscle_id: str, name: str, panel: "MusclePanel", can_pull: bool, parent=None):
        super().__init__(parent)
        self.muscle_id = muscle_id
        self.panel = panel
        grid = QtWidgets.QGridLayout(self)
        grid.setContentsMargins(0, 1, 0, 3)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(0)
        self.title = QtWidgets.QLabel(f"<b>{name}</b>")
        self.title.setWordWrap(True)
        self.title.setFixedWidth(round(112 * style.text_scale()))
        grid.addWidget(self.title, 0, 0, 2, 1)
        self.sliders: dict[str, QtWidgets.QSlider] = {}
        self.spins: dict[str, QtWidgets.QSpinBox] = {}
        for r, (quantity, word, tip) in enumerate(QUANTITIES):
            label = QtWidgets.QLabel(word)
            label.setStyleSheet("color:#444")
            slider = QtWidgets.QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, PERCENT)
            slider.setSingleStep(1)  # arrow keys: 1 %
            slider.setPageStep(10)  # PgUp/PgDn: 10 %
            slider.setMinimumHeight(24)
            slider.setToolTip(tip)
            slider.setAccessibleName(f"{name} {word}")
            slider.setAccessibleDescription(tip)
            label.setBuddy(slider)
            if r == 0:
                self.title.setBuddy(slider)
            spin = MillimetreSpin(panel.session.model.mechanics.tightness_range_mm) if quantity == "tightness" \
                else QtWidgets.QSpinBox()
            spin.setRange(0, PERCENT)
            spin.setSuffix(" mm" if quantity == "tightness" else " %")
            spin.setSingleStep(5)
            spin.setKeyboardTracking(False)
            spin.setFixedWidth(72)
            spin.setAccessibleName(f"{name} {word} value")
            spin.setAccessibleDescription(tip)
            spin.lineEdit().setAccessibleName(spin.accessibleName())
            spin.lineEdit().setAccessibleDescription(tip)
            grid.addWidget(label, r, 1)
            grid.addWidget(slider, r, 2)
            grid.addWidget(spin, r, 3)
            slider.valueChanged.connect(lambda v, q=quantity, s=slider: panel.write(muscle_id, q, v / PERCENT, s))
            slider.sliderPressed.connect(panel.begin_drag)
            slider.sliderReleased.connect(panel.end_drag)
            spin.valueChanged.connect(lambda v, q=quantity: panel.write(muscle_id, q, v / PERCENT, None))
            self.sliders[quantity] = slider
            self.spins[quantity] = spin
        grid.setColumnStretch(2, 1)
        if not can_pull:
            self.setEnabled(False)
            self.setToolTip(NO_DATA)
            self.title.setText(style.css(f"<b>{name}</b><br><span style='font-size:9pt'>({NO_DATA})</span>"))
            for widget in (*self.sliders.values(), *self.spins.values()):
                widget.setToolTip(NO_DATA)

    def show_setting(self, setting: MuscleSetting) -> None:
        for quantity in ("activation", "tightness"):
            value = round(getattr(setting, quantity) * PERCENT)
            slider, spin = self.sliders[quantity], self.spins[quantity]
            with QtCore.QSignalBlocker(slider), QtCore.QSignalBlocker(spin):
                slider.setValue(value)
                spin.setValue(value)


def pull_summary(snapshot) -> str:
    """The psoas with and without the fascial pulls, in words."""
    result = snapshot.fascia
    change = result.length_with - result.length_without
    return (f"Psoas path {result.length_without:.1f} → {result.length_with:.1f} mm ({change:+.1f} mm) and "
            f"tension {result.tension_without:.0f} → {result.tension_with:.0f} N: it looks tight because it is "
            f"pulled on, while its own posture has not changed.")


class PullRow(QtWidgets.QWidget):
    """A fascial link: its name and a slider + spin box for its pull in newtons."""

    def __init__(self, link, panel: "MusclePanel", parent=None):
        super().__init__(parent)
        self.link_id = link.id
        grid = QtWidgets.QGridLayout(self)
        grid.setContentsMargins(0, 1, 0, 3)
        grid.setHorizontalSpacing(6)
        title = QtWidgets.QLabel(f"<b>{link.name}</b>")
        title.setWordWrap(True)
        title.setToolTip(link.source)
        grid.addWidget(title, 0, 0, 1, 3)
        self.slider = QtWidgets.QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, int(link.max_force))
        self.slider.setPageStep(10)
        self.slider.setMinimumHeight(24)
        self.slider.setAccessibleName(f"{link.name} pull")
        self.slider.setAccessibleDescription("How hard this fascia pulls, in newtons (no published value)")
        self.slider.setToolTip("How hard this fascia pulls (N). No published value exists: set it to explore.")
        self.spin = QtWidgets.QSpinBox()
        self.spin.setRange(0, int(link.max_force))
        self.spin.setSuffix(" N")
        self.spin.setSingleStep(5)
        self.spin.setKeyboardTracking(False)
        self.spin.setFixedWidth(72)
        self.spin.setAccessibleName(f"{link.name} pull value")
        self.spin.setAccessibleDescription("How hard this fascia pulls, in newtons, typed")
        self.spin.lineEdit().setAccessibleName(self.spin.accessibleName())
        self.spin.lineEdit().setAccessibleDescription(self.spin.accessibleDescription())
        pull = QtWidgets.QLabel("pull")
        pull.setBuddy(self.slider)
        title.setBuddy(self.slider)
        grid.addWidget(pull, 1, 0)
        grid.addWidget(self.slider, 1, 1)
        grid.addWidget(self.spin, 1, 2)
        grid.setColumnStretch(1, 1)
        self.slider.valueChanged.connect(lambda v: panel.write_pull(self.link_id, float(v), self.slider))
        self.slider.sliderPressed.connect(panel.begin_drag)
        self.slider.sliderReleased.connect(panel.end_drag)
        self.spin.valueChanged.connect(lambda v: panel.write_pull(self.link_id, float(v), None))

    def show_pull(self, newtons: float) -> None:
        with QtCore.QSignalBlocker(self.slider), QtCore.QSignalBlocker(self.spin):
            self.slider.setValue(round(newtons))
            self.spin.setValue(round(newtons))


class MusclePanel(QtWidgets.QWidget):
    def __init__(self, state: Session, parent=None):
        super().__init__(parent)
        self.session = state
        model = state.model
        self.names = {mid: m.name for mid, m in model.muscles.muscles.items()}
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)

        top = QtWidgets.QGridLayout()
        self.settle_box = QtWidgets.QCheckBox("Settle the pelvis")
        self.settle_box.setToolTip("After every change the pelvis tilts to where the muscle, weight and passive "
                                   "moments balance (the thigh stays fixed)")
        self.forces_box = QtWidgets.QCheckBox("Show force arrows")
        self.forces_box.setChecked(True)
        self.forces_box.setToolTip("Arrows at both ends of each pulling muscle, along its line of pull:"
                                   " 1 mm per 5 N")
        self.relax_button = QtWidgets.QPushButton("Relax all")
        self.relax_button.setToolTip("Every muscle relaxed and of normal tightness, no fascial pull (one undo step)")
        self.relax_button.setMinimumHeight(34)
        for widget in (self.settle_box, self.forces_box, self.relax_button):
            widget.setStyleSheet(style.css("font-size:12pt"))
            widget.setAccessibleName(widget.text())
            widget.setAccessibleDescription(widget.toolTip())
        top.addWidget(self.settle_box, 0, 0)
        top.addWidget(self.forces_box, 1, 0)
        top.addWidget(self.relax_button, 0, 1, 2, 1)
        layout.addLayout(top)
        key = QtWidgets.QLabel("Arrows: 1 mm per 5 N, pulling <b style='color:#1b7837'>anteriorly</b> or "
                               "<b style='color:#762a83'>posteriorly</b> on the pelvic tilt")
        key.setWordWrap(True)
        key.setStyleSheet("color:#444")
        layout.addWidget(key)
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        layout.addWidget(self.message)

        body = QtWidgets.QWidget()
        bl = QtWidgets.QVBoxLayout(body)
        bl.setContentsMargins(0, 0, 4, 0)
        self.rows: dict[str, MuscleRow] = {}
        boxes: dict[str, QtWidgets.QVBoxLayout] = {}
        for group in GROUP_ORDER:
            box = QtWidgets.QGroupBox(group.capitalize())
            box.setStyleSheet("QGroupBox{font-weight:bold}")
            boxes[group] = QtWidgets.QVBoxLayout(box)
            boxes[group].setContentsMargins(6, 4, 4, 4)
            boxes[group].setSpacing(2)
            bl.addWidget(box)
        for mid in muscle_order(model):
            m = model.muscles.muscles[mid]
            row = MuscleRow(mid, m.name, self, model.mechanics.can_pull(mid))
            boxes[m.group].addWidget(row)
            self.rows[mid] = row
        fascia = QtWidgets.QGroupBox("Fascia pulling on the psoas and pelvis")
        fascia.setStyleSheet("QGroupBox{font-weight:bold}")
        fl = QtWidgets.QVBoxLayout(fascia)
        fl.setContentsMargins(6, 4, 4, 4)
        self.pull_rows: dict[str, PullRow] = {}
        for link in model.mechanics.fascia.links.values():
            row = PullRow(link, self)
            fl.addWidget(row)
            self.pull_rows[link.id] = row
        self.pull_summary = QtWidgets.QLabel()
        self.pull_summary.setWordWrap(True)
        self.pull_summary.setStyleSheet(style.css("font-size:11pt;color:#222"))
        fl.addWidget(self.pull_summary)
        bl.addWidget(fascia)
        bl.addStretch(1)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName("Muscle settings")
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        self.settler = Settler(state, self)
        self.settler.settled.connect(self._show_balance)
        self.settler.switched_off.connect(self._settle_switched_off)
        self.settle_box.toggled.connect(self.settler.set_enabled)
        self.forces_box.toggled.connect(lambda on: self.session.set_view("forces", on))
        self.relax_button.clicked.connect(self.relax_all)
        self._unsubscribe = state.subscribe(self._on_state)
        self._on_state(state, "muscles")

    def tab_chain(self) -> list[QtWidgets.QWidget]:
        """The Tab order: Settle, arrows, Relax all, each muscle (tense, tight), each fascial pull."""
        chain = [self.settle_box, self.forces_box, self.relax_button]
        for row in self.rows.values():
            chain += [w for q in ("activation", "tightness") for w in (row.sliders[q], row.spins[q])]
        for row in self.pull_rows.values():
            chain += [row.slider, row.spin]
        return chain

    # -- writing ---------------------------------------------------------------------------------------
    def begin_drag(self) -> None:
        self.session.begin_gesture()

    def end_drag(self) -> None:
        self.settler.flush()  # the settled tilt joins the drag's undo step
        self.session.end_gesture()

    def write(self, muscle_id: str, quantity: str, value: float, slider: QtWidgets.QSlider | None) -> None:
        if slider is not None and slider.isSliderDown():  # inside a drag: settle is coalesced by the timer
            self.session.set_muscle(muscle_id, **{quantity: value})
            return
        self.session.begin_gesture()  # a key press or a typed value: the change and its settled tilt, one step
        try:
            self.session.set_muscle(muscle_id, **{quantity: value})
            self.settler.flush()
        finally:
            self.session.end_gesture()

    def write_pull(self, link_id: str, newtons: float, slider: QtWidgets.QSlider | None) -> None:
        if slider is not None and slider.isSliderDown():
            self.session.set_pull(link_id, newtons)
            return
        self.session.begin_gesture()
        try:
            self.session.set_pull(link_id, newtons)
            self.settler.flush()
        finally:
            self.session.end_gesture()

    def relax_all(self) -> None:
        self.session.begin_gesture()
        try:
            for mid in list(self.session.muscles):
                self.session.set_muscle(mid, activation=0.0, tightness=0.0)
            for link_id in list(self.session.pulls):
                self.session.set_pull(link_id, 0.0)
            self.settler.flush()
        finally:
            self.session.end_gesture()

    # -- reading ---------------------------------------------------------------------------------------
    def _on_state(self, state, what):
        if what == "view":
            with QtCore.QSignalBlocker(self.forces_box):
                self.forces_box.setChecked(state.view["forces"])
            return
        if what == "posture" and not state.pulls:
            return  # the sliders show muscle settings, which a posture change leaves alone
        if what not in ("muscles", "posture"):
            return
        muscles = state.muscles
        for mid, row in self.rows.items():
            row.show_setting(muscles.get(mid, MuscleSetting()))
        pulls = state.pulls
        for link_id, row in self.pull_rows.items():
            row.show_pull(pulls.get(link_id, 0.0))
        self.relax_button.setEnabled(bool(muscles) or bool(pulls))
        self.pull_summary.setText(pull_summary(state.snapshot) if pulls else
                                  "Set a pull to see the psoas displaced and made taut by its neighbours.")

    def _settle_switched_off(self, why: str) -> None:
        with QtCore.QSignalBlocker(self.settle_box):
            self.settle_box.setChecked(False)
        self.message.setText(why)
        self.message.setStyleSheet(style.css("QLabel{font-size:12pt;padding:6px;border-radius:4px;"
                                             "background:#eef;color:#223;border:1px solid #99b}"))
        self.message.setVisible(True)

    def _show_balance(self, balance):
        text, warning = balance_message(balance, self.names)
        self.message.setText(text)
        self.message.setStyleSheet(style.css(
            "QLabel{font-size:12pt;padding:6px;border-radius:4px;"
            + ("background:#fde8c8;color:#7a3000;border:1px solid #d66000}" if warning
               else "background:#e3f1e6;color:#1b5e20;border:1px solid #8bbf95}")))
        self.message.setVisible(bool(text))

    def close_view(self):
        self.settler.close()
        self._unsubscribe()

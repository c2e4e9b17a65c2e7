"""The muscle panel: per-muscle activation ("tense") and tightness ("tight"), Relax all, force arrows and the
Settle switch (the pelvis finds its balance after every change).

Widgets write to the state; state changes come back through ``_on_state`` with signals blocked (no echo).  A
change made here is one undo step together with the tilt the pelvis settles to.
"""

from __future__ import annotations

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication

from psoas_viz import terms
from psoas_viz.i18n import QT_TRANSLATE_NOOP, fill_template
from psoas_viz.model.mechanics import Balance
from psoas_viz.model.scenario import MuscleSetting
from psoas_viz.session import Session

from . import style
from psoas_viz.scene.cards import group_name

from .moment_chart import GROUP_ORDER, muscle_order
from .number_box import WholeNumberBox
from .settler import Settler

Qt = QtCore.Qt
PERCENT = 100  # slider units per 1.0
NO_DATA = QT_TRANSLATE_NOOP("MusclePanel", "no published force data")
QUANTITIES = (("activation", QT_TRANSLATE_NOOP("MusclePanel", "tense"),
               QT_TRANSLATE_NOOP("MusclePanel", "Activation: how hard the muscle contracts (0–100 %)")),
              ("tightness", QT_TRANSLATE_NOOP("MusclePanel", "tight"),
               QT_TRANSLATE_NOOP("MusclePanel", "Tightness: the fibres' resting length is shorter by this many "
                                                "millimetres, so passive tension starts earlier (the same millimetres "
                                                "in every muscle)")))


def tr(text: str) -> str:
    return QCoreApplication.translate("MusclePanel", text)


class MillimetreSpin(WholeNumberBox):
    """A tightness box: its value is the per cent of the tightness range, its text the millimetres (2,5 in German
    and Spanish; typed with a point or a comma)."""

    spec = "g"

    def __init__(self, range_mm: float):
        super().__init__()
        self.mm_per_unit = range_mm / PERCENT

    def _shown(self, value: float) -> float:
        return value * self.mm_per_unit

    def _stored(self, number: float) -> float:
        return number / self.mm_per_unit


def balance_message(balance: Balance | None, names: dict[str, str]) -> tuple[str, bool]:
    """The panel's words for a settle outcome, and whether it is a warning."""
    if balance is None:
        return "", False
    if balance.balanced:
        values = {"tilt": float(balance.pelvic_tilt), "stiffness": float(balance.stiffness)}
        if balance.on_range_limit:
            return fill_template(QCoreApplication.translate(
                "MusclePanel", "Balanced at pelvic tilt {tilt:+.1f}°, stiffness {stiffness:.1f} N m/° — held by a "
                               "range-limit wall (the passive joint curves), not in mid-range"), values), True
        return fill_template(QCoreApplication.translate(
            "MusclePanel", "Balanced at pelvic tilt {tilt:+.1f}°, stiffness {stiffness:.1f} N m/°, in mid-range (not "
                           "on a range-limit wall)"), values), False
    holders = [terms.running_name(m, names[m]) for m in balance.could_hold]
    others = QCoreApplication.translate("MusclePanel", " and others")
    hold = ", ".join(holders[:4]) + (others if len(holders) > 4 else "")
    falls = (QCoreApplication.translate("MusclePanel", "anteriorly") if balance.falls == "anterior"
             else QCoreApplication.translate("MusclePanel", "posteriorly"))
    if hold:
        return QCoreApplication.translate(
            "MusclePanel", "No stable balance: the pelvis falls {direction} — hold it with {muscles}. The tilt is "
                           "left where it was.").format(direction=falls, muscles=hold), True
    return QCoreApplication.translate(
        "MusclePanel", "No stable balance: the pelvis falls {direction}. The tilt is left where it was.").format(
        direction=falls), True


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
        self.can_pull = can_pull
        self.title = QtWidgets.QLabel()
        self.title.setWordWrap(True)
        self.title.setFixedWidth(round(112 * style.text_scale()))
        grid.addWidget(self.title, 0, 0, 2, 1)
        self.sliders: dict[str, QtWidgets.QSlider] = {}
        self.spins: dict[str, QtWidgets.QSpinBox] = {}
        self.words: dict[str, QtWidgets.QLabel] = {}
        for r, (quantity, word, tip) in enumerate(QUANTITIES):
            label = self.words[quantity] = QtWidgets.QLabel()
            label.setStyleSheet("color:#444")
            slider = QtWidgets.QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, PERCENT)
            slider.setSingleStep(1)  # arrow keys: 1 %
            slider.setPageStep(10)  # PgUp/PgDn: 10 %
            slider.setMinimumHeight(24)
            label.setBuddy(slider)
            if r == 0:
                self.title.setBuddy(slider)
            spin = MillimetreSpin(panel.session.model.mechanics.tightness_range_mm) if quantity == "tightness" \
                else WholeNumberBox()
            spin.setRange(0, PERCENT)
            spin.setSuffix(" mm" if quantity == "tightness" else " %")
            spin.setSingleStep(5)
            spin.setFixedWidth(72)
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
        self.retranslate(name)

    def retranslate(self, name: str) -> None:
        """The muscle's name and the words of its controls in the current language."""
        self.title.setText(f"<b>{name}</b>")
        for quantity, word, tip in QUANTITIES:
            word, tip = tr(word), tr(tip)
            slider, spin = self.sliders[quantity], self.spins[quantity]
            self.words[quantity].setText(word)
            slider.setToolTip(tip)
            slider.setAccessibleName(f"{name} {word}")
            slider.setAccessibleDescription(tip)
            spin.setAccessibleName(self.tr("{muscle} {quantity} value").format(muscle=name, quantity=word))
            spin.subject = slider.accessibleName()  # what a refused entry names
            spin.setAccessibleDescription(tip)
            spin.lineEdit().setAccessibleName(spin.accessibleName())
            spin.lineEdit().setAccessibleDescription(tip)
        if not self.can_pull:
            no_data = tr(NO_DATA)
            self.setToolTip(no_data)
            self.title.setText(style.css(f"<b>{name}</b><br><span style='font-size:9pt'>({no_data})</span>"))
            for widget in (*self.sliders.values(), *self.spins.values()):
                widget.setToolTip(no_data)

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
    return fill_template(QCoreApplication.translate(
        "MusclePanel", "Psoas path {without:.1f} → {with_:.1f} mm ({change:+.1f} mm) and tension "
                            "{tension_without:.0f} → {tension_with:.0f} N: it looks tight because it is pulled on, "
                            "while its own posture has not changed."),
                         {"without": float(result.length_without), "with_": float(result.length_with),
                          "change": float(result.length_with - result.length_without),
                          "tension_without": float(result.tension_without), "tension_with": float(result.tension_with)})


class PullRow(QtWidgets.QWidget):
    """A fascial link: its name and a slider + spin box for its pull in newtons."""

    def __init__(self, link, panel: "MusclePanel", parent=None):
        super().__init__(parent)
        self.link_id = link.id
        self.link = link
        grid = QtWidgets.QGridLayout(self)
        grid.setContentsMargins(0, 1, 0, 3)
        grid.setHorizontalSpacing(6)
        title = self.title = QtWidgets.QLabel()
        title.setWordWrap(True)
        title.setToolTip(link.source)
        grid.addWidget(title, 0, 0, 1, 3)
        self.slider = QtWidgets.QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, int(link.max_force))
        self.slider.setPageStep(10)
        self.slider.setMinimumHeight(24)
        self.spin = WholeNumberBox()
        self.spin.setRange(0, int(link.max_force))
        self.spin.setSuffix(" N")
        self.spin.setSingleStep(5)
        self.spin.setFixedWidth(72)
        pull = self.pull = QtWidgets.QLabel()
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
        self.retranslate()

    def retranslate(self) -> None:
        name = terms.display_name(self.link.id, self.link.name)
        self.title.setText(f"<b>{name}</b>")
        self.pull.setText(self.tr("pull"))
        self.slider.setAccessibleName(self.tr("{link} pull").format(link=name))
        self.slider.setAccessibleDescription(self.tr("How hard this fascia pulls, in newtons (no published value)"))
        self.slider.setToolTip(self.tr("How hard this fascia pulls (N). No published value exists: set it to explore."))
        self.spin.setAccessibleName(self.tr("{link} pull value").format(link=name))
        self.spin.subject = self.tr("{link} pull").format(link=name)
        self.spin.setAccessibleDescription(self.tr("How hard this fascia pulls, in newtons, typed"))
        self.spin.lineEdit().setAccessibleName(self.spin.accessibleName())
        self.spin.lineEdit().setAccessibleDescription(self.spin.accessibleDescription())

    def show_pull(self, newtons: float) -> None:
        with QtCore.QSignalBlocker(self.slider), QtCore.QSignalBlocker(self.spin):
            self.slider.setValue(round(newtons))
            self.spin.setValue(round(newtons))


class MusclePanel(QtWidgets.QWidget):
    def __init__(self, state: Session, parent=None):
        super().__init__(parent)
        self.session = state
        model = state.model
        self.names = terms.muscle_names(model)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)

        top = QtWidgets.QGridLayout()
        self.settle_box = QtWidgets.QCheckBox()
        self.forces_box = QtWidgets.QCheckBox()
        self.forces_box.setChecked(True)
        self.relax_button = QtWidgets.QPushButton()
        self.relax_button.setMinimumHeight(34)
        for widget in (self.settle_box, self.forces_box, self.relax_button):
            widget.setStyleSheet(style.css("font-size:12pt"))
        top.addWidget(self.settle_box, 0, 0)
        top.addWidget(self.forces_box, 1, 0)
        top.addWidget(self.relax_button, 0, 1, 2, 1)
        layout.addLayout(top)
        key = self.key = QtWidgets.QLabel()
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
        self.group_boxes: dict[str, QtWidgets.QGroupBox] = {}
        for group in GROUP_ORDER:
            box = self.group_boxes[group] = QtWidgets.QGroupBox()
            box.setStyleSheet("QGroupBox{font-weight:bold}")
            boxes[group] = QtWidgets.QVBoxLayout(box)
            boxes[group].setContentsMargins(6, 4, 4, 4)
            boxes[group].setSpacing(2)
            bl.addWidget(box)
        for mid in muscle_order(model):
            m = model.muscles.muscles[mid]
            row = MuscleRow(mid, self.names[mid], self, model.mechanics.can_pull(mid))
            boxes[m.group].addWidget(row)
            self.rows[mid] = row
        fascia = self.fascia_box = QtWidgets.QGroupBox()
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
        self.scroll = scroll
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        self.settler = Settler(state, self)
        self.settler.settled.connect(self._show_balance)
        self.settler.switched_off.connect(self._settle_switched_off)
        self.settle_box.toggled.connect(self.settler.set_enabled)
        self.forces_box.toggled.connect(lambda on: self.session.set_view("forces", on))
        self.relax_button.clicked.connect(self.relax_all)
        self._unsubscribe = state.subscribe(self._on_state)
        self._balance = None
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the panel in the current language (at start and on every language change)."""
        self.names = terms.muscle_names(self.session.model)
        self.settle_box.setText(self.tr("Settle the pelvis"))
        self.settle_box.setToolTip(self.tr("After every change the pelvis tilts to where the muscle, weight and "
                                           "passive moments balance (the thigh stays fixed)"))
        self.forces_box.setText(self.tr("Show force arrows"))
        self.forces_box.setToolTip(self.tr("Arrows at both ends of each pulling muscle, along its line of pull: 1 mm "
                                           "per 5 N"))
        self.relax_button.setText(self.tr("Relax all"))
        self.relax_button.setToolTip(self.tr("Every muscle relaxed and of normal tightness, no fascial pull (one undo "
                                             "step)"))
        for widget in (self.settle_box, self.forces_box, self.relax_button):
            widget.setAccessibleName(widget.text())
            widget.setAccessibleDescription(widget.toolTip())
        self.key.setText(self.tr("Arrows: 1 mm per 5 N, pulling <b style='color:#1b7837'>anteriorly</b> or "
                                 "<b style='color:#762a83'>posteriorly</b> on the pelvic tilt"))
        for group, box in self.group_boxes.items():
            name = group_name(group)
            box.setTitle(name[:1].upper() + name[1:])
        self.fascia_box.setTitle(self.tr("Fascia pulling on the psoas and pelvis"))
        self.scroll.setAccessibleName(self.tr("Muscle settings"))
        for mid, row in self.rows.items():
            row.retranslate(self.names[mid])
        for row in self.pull_rows.values():
            row.retranslate()
        if self._balance is not None:
            self._show_balance(self._balance)
        self._on_state(self.session, "muscles")

    def changeEvent(self, event):
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
                                  self.tr("Set a pull to see the psoas displaced and made taut by its neighbours."))

    def _settle_switched_off(self, why: str) -> None:
        with QtCore.QSignalBlocker(self.settle_box):
            self.settle_box.setChecked(False)
        self._balance = None
        self.message.setText(why)
        self.message.setStyleSheet(style.css("QLabel{font-size:12pt;padding:6px;border-radius:4px;"
                                             "background:#eef;color:#223;border:1px solid #99b}"))
        self.message.setVisible(True)

    def _show_balance(self, balance):
        self._balance = balance
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

"""The control panel: posture sliders with numeric entry, spine mode, presets, view options, undo/redo.

Widgets write to the state; state changes come back through ``_on_state`` with signals blocked (no echo).
"""

from __future__ import annotations

import math

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz import content_i18n, i18n
from psoas_viz.i18n import QT_TRANSLATE_NOOP, fill_template
from psoas_viz.model import ParameterError
from psoas_viz.model.posture import SPINE_MODES
from psoas_viz.model.scenario import ScenarioError, load_preset, preset_files
from psoas_viz.session import Session

from . import style
from .number_box import NumberBox

Qt = QtCore.Qt
SCALE = 10  # slider units per degree (0.1 deg resolution)
SPINE_LABELS = {"locked": QT_TRANSLATE_NOOP("ControlPanel", "Locked (trunk tilts with pelvis)"),
                "upright": QT_TRANSLATE_NOOP("ControlPanel", "Upright (lordosis compensates)"),
                "manual": QT_TRANSLATE_NOOP("ControlPanel", "Manual (lordosis slider)")}
SHOW = (("labels", QT_TRANSLATE_NOOP("ControlPanel", "Labels"),
         QT_TRANSLATE_NOOP("ControlPanel", "Names of the bones and muscles in the model")),
        ("ghost", QT_TRANSLATE_NOOP("ControlPanel", "Neutral ghost"),
         QT_TRANSLATE_NOOP("ControlPanel", "Neutral standing drawn in grey behind the model")),
        ("both_curves", QT_TRANSLATE_NOOP("ControlPanel", "Locked + upright curves"),
         QT_TRANSLATE_NOOP("ControlPanel", "The length plot shows both spine modes")),
        ("latin", QT_TRANSLATE_NOOP("ControlPanel", "Latin names"),
         QT_TRANSLATE_NOOP("ControlPanel", "Labels and anatomy cards give the Terminologia Anatomica name beside the "
                                           "vernacular one (Ctrl+L)")))
ENDS = (QT_TRANSLATE_NOOP("ControlPanel", "← posterior"), QT_TRANSLATE_NOOP("ControlPanel", "anterior →"))


def tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("ControlPanel", text)
UNIT_WORDS = {"deg": QT_TRANSLATE_NOOP("ControlPanel", "degrees")}  # units as a screen reader should say them
UNLIMITED = 16777215  # Qt's largest widget size (QWIDGETSIZE_MAX)
RESET_DIAMETER = {False: 64, True: 52}  # px, with the usual font; compact: a short window
RESET_BORDER = 4  # px: its focus border


class NeutralSlider(QtWidgets.QSlider):
    """A horizontal slider with a mark at the neutral (default) value."""

    def __init__(self, neutral: int, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.neutral = neutral
        self.setMinimumHeight(30)

    def paintEvent(self, event):
        super().paintEvent(event)
        option = QtWidgets.QStyleOptionSlider()
        self.initStyleOption(option)
        groove = self.style().subControlRect(QtWidgets.QStyle.ComplexControl.CC_Slider, option,
                                             QtWidgets.QStyle.SubControl.SC_SliderGroove, self)
        handle = self.style().subControlRect(QtWidgets.QStyle.ComplexControl.CC_Slider, option,
                                             QtWidgets.QStyle.SubControl.SC_SliderHandle, self)
        span = groove.width() - handle.width()
        x = groove.x() + handle.width() / 2 + QtWidgets.QStyle.sliderPositionFromValue(
            self.minimum(), self.maximum(), self.neutral, span)
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setPen(QtGui.QPen(QtGui.QColor("#b03020"), 2))
        painter.drawLine(QtCore.QPointF(x, 1), QtCore.QPointF(x, 7))
        painter.drawLine(QtCore.QPointF(x, self.height() - 7), QtCore.QPointF(x, self.height() - 1))
        painter.end()


class ParameterRow(QtWidgets.QWidget):
    def __init__(self, spec, state: Session, parent=None):
        super().__init__(parent)
        self.spec = spec
        self.session = state
        layout = QtWidgets.QGridLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setVerticalSpacing(0)
        layout.setColumnStretch(1, 1)
        title = QtWidgets.QLabel()
        self.title = title
        self.slider = NeutralSlider(round(spec.default * SCALE))
        self.slider.setRange(round(spec.minimum * SCALE), round(spec.maximum * SCALE))
        self.slider.setSingleStep(SCALE)  # arrow keys: 1 deg
        self.slider.setPageStep(5 * SCALE)  # PgUp/PgDn: 5 deg
        title.setBuddy(self.slider)
        self.spin = NumberBox()
        self.spin.setRange(spec.minimum, spec.maximum)
        self.spin.setDecimals(1)
        self.spin.setSingleStep(0.5)
        self.spin.setSuffix(" °")
        self.spin.setMinimumWidth(round(86 * style.text_scale()))
        self.range = None  # the words at the ends of the tilt slider
        if spec.name == "pelvic_tilt":
            self.range = QtWidgets.QWidget()  # as wide as the slider, never widening the panel
            self.range.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
            ends = QtWidgets.QHBoxLayout(self.range)
            ends.setContentsMargins(0, 0, 0, 0)
            self.ends = []
            for text in ENDS:
                label = QtWidgets.QLabel(tr(text))
                label.setStyleSheet(style.css("color:#555;font-size:8pt"))
                ends.addWidget(label)
                self.ends.append(label)
            ends.insertStretch(1, 1)
        self.compact = self._title_width = None
        self.retranslate(spec.label, spec.description)
        self.set_compact(False)
        self.slider.valueChanged.connect(lambda v: self._write(v / SCALE))
        self.slider.sliderPressed.connect(state.begin_gesture)
        self.slider.sliderReleased.connect(state.end_gesture)
        self.spin.valueChanged.connect(self._write)
        self.show_value(getattr(state.posture, spec.name))

    def retranslate(self, label: str, description: str) -> None:
        """The row's name and description in the window's language (the panel gives them), and what the slider
        and the number box tell a screen reader: units as words, numbers as the language writes them."""
        spec = self.spec
        unit = tr(UNIT_WORDS.get(spec.unit, spec.unit))
        numbers = {"label": label, "description": description, "unit": unit, "default": float(spec.default),
                   "minimum": float(spec.minimum), "maximum": float(spec.maximum)}
        self.title.setText(f"<b>{label}</b>")
        self.title.setToolTip(description)
        self.slider.setToolTip(fill_template(self.tr("{description}\nneutral {default:g} {unit} (red mark)"),
                                             numbers))
        self.slider.setAccessibleName(label)
        self.slider.setAccessibleDescription(fill_template(self.tr(
            "{description}. Neutral {default:g} {unit}; arrow keys 1 degree, Page Up and Page Down 5 degrees"),
            numbers))
        self.spin.setAccessibleName(fill_template(self.tr("{label} value"), numbers))
        self.spin.subject = label  # what a refused entry names
        self.spin.setAccessibleDescription(fill_template(
            self.tr("{label} in {unit}, typed: from {minimum:g} to {maximum:g}"), numbers))
        self.spin.lineEdit().setAccessibleName(self.spin.accessibleName())
        self.spin.lineEdit().setAccessibleDescription(self.spin.accessibleDescription())
        if self.range is not None:
            for end, text in zip(self.ends, ENDS):
                end.setText(tr(text))
        self.set_enabled_for(self.session.posture)  # its tooltip when disabled

    def set_compact(self, on: bool, title_width: int = 0) -> None:
        """The title above the slider, or (compact, for a short window) beside it in ``title_width`` px."""
        if (on, title_width) == (self.compact, self._title_width):
            return
        self.compact, self._title_width = on, title_width
        grid = self.layout()
        self.title.setMinimumWidth(title_width if on else 0)
        self.title.setMaximumWidth(title_width if on else UNLIMITED)
        if on:
            grid.addWidget(self.title, 1, 0)
            grid.addWidget(self.slider, 1, 1)
        else:
            grid.addWidget(self.title, 0, 0, 1, 3)
            grid.addWidget(self.slider, 1, 0, 1, 2)
        grid.addWidget(self.spin, 1, 2)
        if self.range is not None:
            if on:  # under the slider and its number: the words fit beside a wide title (German, Spanish)
                grid.addWidget(self.range, 2, 1, 1, 2)
            else:
                grid.addWidget(self.range, 2, 0, 1, 2)

    def _write(self, value: float):
        try:
            self.session.set_values(**{self.spec.name: round(float(value), 1)})
        except ParameterError:
            self.show_value(getattr(self.session.posture, self.spec.name))

    def show_value(self, value: float):
        with QtCore.QSignalBlocker(self.slider), QtCore.QSignalBlocker(self.spin):
            self.slider.setValue(round(value * SCALE))
            self.spin.setValue(value)

    def set_enabled_for(self, posture):
        if self.spec.name == "lumbar_lordosis":
            self.setEnabled(posture.spine_mode == "manual")
            self.setToolTip("" if posture.spine_mode == "manual" else self.tr("Used when the spine mode is Manual"))


class ControlPanel(QtWidgets.QWidget):
    def __init__(self, state: Session, undo_action, redo_action, parent=None):
        super().__init__(parent)
        self.session = state
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        presets = self.presets_box = QtWidgets.QGroupBox()
        grid = QtWidgets.QHBoxLayout(presets)
        self.preset_combo = QtWidgets.QComboBox()
        self.preset_combo.addItem("", None)
        for name in preset_files():
            self.preset_combo.addItem(load_preset(name, state.model).title, name)  # the preset's own title
        self.preset_combo.activated.connect(self._preset_chosen)
        grid.addWidget(self.preset_combo, 1)
        layout.addWidget(presets)

        posture = self.posture_box = QtWidgets.QGroupBox()
        plist = QtWidgets.QVBoxLayout(posture)
        self.rows: dict[str, ParameterRow] = {}
        for name, spec in state.model.parameters.items():
            row = ParameterRow(spec, state)
            self.rows[name] = row
            plist.addWidget(row)
        spine = QtWidgets.QVBoxLayout()  # the word above its list, as the posture titles: room for longer words
        spine_label = self.spine_label = QtWidgets.QLabel()
        spine.addWidget(spine_label)
        self.spine_combo = QtWidgets.QComboBox()
        spine_label.setBuddy(self.spine_combo)
        for combo in (self.preset_combo, self.spine_combo):  # long items are cut, not widening the column
            combo.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        for mode in SPINE_MODES:
            self.spine_combo.addItem("", mode)
        self.spine_combo.currentIndexChanged.connect(
            lambda i: self.session.set_values(spine_mode=self.spine_combo.itemData(i)))
        spine.setSpacing(2)
        spine.addWidget(self.spine_combo)
        plist.addLayout(spine)
        layout.addWidget(posture)

        view = self.show_box = QtWidgets.QGroupBox()
        vl = QtWidgets.QGridLayout(view)
        self.checks = {}
        for i, (key, text, what) in enumerate(SHOW):
            box = QtWidgets.QCheckBox()
            box.setChecked(state.view[key])
            box.toggled.connect(lambda on, key=key: self.session.set_view(key, on))
            vl.addWidget(box, i // 2, i % 2)
            self.checks[key] = box
        layout.addWidget(view)

        # Undo, Redo and Reset all: a bar the window keeps in sight below the tabs (``action_bar``)
        self.action_bar = QtWidgets.QWidget()
        buttons = QtWidgets.QHBoxLayout(self.action_bar)
        buttons.setContentsMargins(6, 2, 6, 2)
        self.undo_button = QtWidgets.QToolButton()
        self.undo_button.setDefaultAction(undo_action)
        self.redo_button = QtWidgets.QToolButton()
        self.redo_button.setDefaultAction(redo_action)
        for b in (self.undo_button, self.redo_button):
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setMinimumHeight(34)
        self.reset_button = QtWidgets.QPushButton()
        self.reset_button.clicked.connect(self.session.reset)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        layout.addStretch(1)
        self.set_compact(False)

        self.retranslate()
        self._unsubscribe = state.subscribe(self._on_state)
        self._on_state(state, "posture")

    def retranslate(self) -> None:
        """Every word of the panel in the window's language: group titles, presets (their translated titles),
        posture names (the posture content sidecar), spine modes, the view options, Reset all."""
        language = i18n.current_language()
        self.presets_box.setTitle(self.tr("Presets"))
        self.preset_combo.setAccessibleName(self.tr("Preset"))
        self.preset_combo.setAccessibleDescription(self.tr("Sets every posture value of a named posture (undoable)"))
        self.spine_combo.setAccessibleName(self.tr("Spine mode"))
        self.spine_combo.setAccessibleDescription(self.tr(
            "How the lumbar spine follows the pelvis: locked (the trunk tilts with it), upright (the lordosis "
            "compensates) or manual"))
        self.reset_button.setToolTip(self.tr("Back to neutral standing (undoable)"))
        self.reset_button.setAccessibleName(self.tr("Reset all"))
        self.reset_button.setAccessibleDescription(self.tr("Back to neutral standing and every view option "
                                                           "(undoable)"))
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.undo_button.setAccessibleDescription(self.tr("Undo the last change (Ctrl+Z)"))
        self.redo_button.setAccessibleName(self.tr("Redo"))
        self.redo_button.setAccessibleDescription(self.tr("Redo the change undone (Ctrl+Shift+Z)"))
        self.preset_combo.setItemText(0, self.tr("Choose a preset…"))
        for i in range(1, self.preset_combo.count()):
            name = self.preset_combo.itemData(i)
            self.preset_combo.setItemText(i, content_i18n.scenario_text(name, language)["title"])
        self.posture_box.setTitle(self.tr("Posture"))
        spine = self.tr("Spine")
        self.spine_label.setText(f"<b>{spine}</b>")
        for i, mode in enumerate(SPINE_MODES):
            self.spine_combo.setItemText(i, tr(SPINE_LABELS[mode]))
        self.show_box.setTitle(self.tr("Show"))
        for key, text, what in SHOW:
            self.checks[key].setText(tr(text))
            self.checks[key].setAccessibleName(tr(text))
            self.checks[key].setAccessibleDescription(tr(what))
        self.reset_button.setText(self.tr("Reset\nall"))
        self.preset_combo.setAccessibleName(self.tr("Preset"))
        self.preset_combo.setAccessibleDescription(self.tr("Sets every posture value of a named posture (undoable)"))
        self.spine_combo.setAccessibleName(self.tr("Spine mode"))
        self.spine_combo.setAccessibleDescription(self.tr("How the lumbar spine follows the pelvis: locked (the "
                                                          "trunk tilts with it), upright (the lordosis compensates) "
                                                          "or manual"))
        self.reset_button.setToolTip(self.tr("Back to neutral standing (undoable)"))
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.undo_button.setAccessibleDescription(self.tr("Undo the last change (Ctrl+Z)"))
        self.redo_button.setAccessibleName(self.tr("Redo"))
        self.redo_button.setAccessibleDescription(self.tr("Redo the change undone (Ctrl+Shift+Z)"))
        self.reset_button.setAccessibleName(self.tr("Reset all"))
        self.reset_button.setAccessibleDescription(self.tr("Back to neutral standing and every view option "
                                                           "(undoable)"))
        words = content_i18n.posture_text(language)
        for name, row in self.rows.items():
            row.retranslate(**words[name])
        if self.compact is not None:
            self.set_compact(self.compact)  # the titles' column and the circle fit the new words

    def changeEvent(self, event) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_compact(self, on: bool) -> None:
        """Posture rows with their titles beside the sliders and a smaller Reset all (a short window), or the
        titles above the sliders."""
        self.compact = on
        width = max(row.title.sizeHint().width() for row in self.rows.values())
        for row in self.rows.values():
            row.set_compact(on, width if on else 0)
        self.layout().setSpacing(2 if on else 6)
        size = max(round(RESET_DIAMETER[on] * style.text_scale()), self._reset_text_diameter())
        self.reset_button.setFixedSize(size, size)  # round, with room for its two lines of text
        self.reset_button.setStyleSheet(
            f"QPushButton{{border-radius:{size // 2}px;background:#2166ac;color:white;font-weight:bold;"
            "border:2px solid #123d66}QPushButton:pressed{background:#123d66}"
            f"QPushButton:focus{{border:4px solid {style.FOCUS_COLOUR};background:#123d66}}")

    def _reset_text_diameter(self) -> int:
        """The smallest circle holding Reset all's words (bold, in this language: "Reiniciar todo" is wider
        than "Reset all") inside its border."""
        font = QtGui.QFont(self.reset_button.font())
        font.setBold(True)
        lines = self.reset_button.text().split("\n")
        metrics = QtGui.QFontMetrics(font)
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.height() * len(lines)
        return math.ceil(math.hypot(width, height)) + 2 * RESET_BORDER

    def tab_chain(self) -> list[QtWidgets.QWidget]:
        """The Tab order: presets, each posture row (slider, its number), spine mode, the view options (the
        window puts the Undo bar after the last panel)."""
        chain = [self.preset_combo]
        for row in self.rows.values():
            chain += [row.slider, row.spin]
        return chain + [self.spine_combo, *self.checks.values()]

    def _preset_chosen(self, index: int):
        name = self.preset_combo.itemData(index)
        if name is None:
            return
        self.apply_preset(name)

    def apply_preset(self, name: str):
        try:
            scenario = content_i18n.translated_preset(name, self.session.model)
        except ScenarioError as error:
            QtWidgets.QMessageBox.warning(self, self.tr("Preset"), str(error))
            return
        self.session.set_scenario(scenario, content_i18n.preset_words(name))  # retitled by a language switch

    def _on_state(self, state, what):
        if what != "posture":
            with QtCore.QSignalBlocker(self.checks["labels"]):
                for key, box in self.checks.items():
                    with QtCore.QSignalBlocker(box):
                        box.setChecked(state.view[key])
            return
        posture = state.posture
        for name, row in self.rows.items():
            row.show_value(getattr(posture, name))
            row.set_enabled_for(posture)
        with QtCore.QSignalBlocker(self.spine_combo):
            self.spine_combo.setCurrentIndex(SPINE_MODES.index(posture.spine_mode))
        with QtCore.QSignalBlocker(self.preset_combo):
            self.preset_combo.setCurrentIndex(0)

    def close_view(self):
        self._unsubscribe()

"""The number boxes people type into (the Posture panel's angles, the muscles' tension, tightness and pulls).

A box writes its number as every other number people read in the window (:func:`psoas_viz.i18n.fill_template`):
the true minus sign U+2212 and, in German and Spanish, the decimal comma ("−8,0 °").  It reads what a person
types: a hyphen-minus or the true minus, a decimal point or comma in every language, with or without the unit.

A number outside the box's range is refused as a whole, as the program refuses bad input elsewhere (one clear
line, nothing else changes): the box shows its value again and ``refused`` carries one line in the language,
"Pelvic tilt: 150 is outside −30…30 °; nothing was changed", which the window shows in its status bar.  (Qt's own
boxes would refuse the keystroke that leaves the range, so that typing 150 into a −30…30 box set 15.)
"""

from __future__ import annotations

import math
import re

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.i18n import MINUS, fill_template

_SIGN = f"[+\\-{MINUS}\u2013]"  # plus, hyphen-minus, the true minus, an en dash typed for a minus
_DECIMAL = re.compile(f"^{_SIGN}?(\\d+([.,]\\d*)?|[.,]\\d+)$")
_STARTED = re.compile(f"^{_SIGN}?[.,]?$")  # nothing yet, a sign, a separator: a number may still follow
Validator = QtGui.QValidator.State


class _TypedNumber:
    """What the number boxes share (mixed into QSpinBox and QDoubleSpinBox)."""

    subject = ""  # what the refusal names ("Pelvic tilt"); the owner sets it in the language

    def _setup(self) -> None:
        self._refused_text: str | None = None
        self.setKeyboardTracking(False)  # the number is taken when it is entered, not digit by digit ("150": not 15)
        self.editingFinished.connect(self._report)

    # -- what the box shows -----------------------------------------------------------------------------------
    spec = ".0f"  # how the number is written (its decimals)

    def _shown(self, value: float) -> float:
        """The number written for a box value (a MillimetreSpin shows millimetres for its steps)."""
        return value

    def _stored(self, number: float) -> float:
        """The box value for a number typed (the inverse of ``_shown``)."""
        return number

    def textFromValue(self, value) -> str:  # noqa: N802 (Qt's name)
        return fill_template(f"{{number:{self.spec}}}", {"number": float(self._shown(value))})

    # -- what the box reads -----------------------------------------------------------------------------------
    def _body(self, text: str) -> str:
        body = text.strip()
        for affix in (self.prefix(), self.suffix()):
            if affix.strip():
                body = body.replace(affix.strip(), "")
        return body.strip().replace(" ", "")

    def _number(self, body: str) -> float | None:
        if not _DECIMAL.match(body):  # decimals in a box of whole numbers too: rounded, not cut at the separator
            return None
        number = float(body.replace(MINUS, "-").replace("\u2013", "-").replace(",", "."))
        return number if math.isfinite(number) else None

    def validate(self, text: str, pos: int):
        body = self._body(text)
        if self._number(body) is not None:
            return Validator.Acceptable, text, pos  # out of range too: refused as a whole when it is entered
        if _STARTED.match(body):
            return Validator.Intermediate, text, pos
        return Validator.Invalid, text, pos

    def valueFromText(self, text: str):  # noqa: N802 (Qt's name)
        body = self._body(text)
        number = self._number(body)
        if number is None:
            return self.value()
        places = self.decimals() if isinstance(self, QtWidgets.QDoubleSpinBox) else 0
        value = self._stored(number)
        value = math.copysign(math.floor(abs(value) * 10 ** places + 0.5) / 10 ** places, value)  # half away from 0
        value = value if places else int(value)
        if not self.minimum() <= value <= self.maximum():
            self._refused_text = body  # reported once the entry is finished; the box keeps its value
            return self.value()
        return value

    def fixup(self, text: str) -> str:
        return text

    def _report(self) -> None:
        typed, self._refused_text = self._refused_text, None
        if typed is None:
            return
        values = {"subject": self.subject or self.accessibleName(), "typed": typed, "unit": self.suffix(),
                  "minimum": float(self._shown(self.minimum())), "maximum": float(self._shown(self.maximum()))}
        self.refused.emit(fill_template(QtCore.QCoreApplication.translate(
            "NumberBox", "{subject}: {typed} is outside {minimum:g}…{maximum:g}{unit}; nothing was changed"), values))


class NumberBox(_TypedNumber, QtWidgets.QDoubleSpinBox):
    """A number with decimals (the posture angles)."""

    refused = QtCore.Signal(str)  # one line: what was typed, the range, nothing changed

    def __init__(self, parent=None):
        super().__init__(parent)
        self._setup()

    def setDecimals(self, places: int) -> None:  # noqa: N802 (Qt's name)
        super().setDecimals(places)
        self.spec = f".{places}f"


class WholeNumberBox(_TypedNumber, QtWidgets.QSpinBox):
    """A whole number (per cent, newtons)."""

    refused = QtCore.Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._setup()


class RefusalLine(QtWidgets.QLabel):
    """Where a dialog says why it refused a number typed into one of its boxes (the window uses its status bar,
    which a dialog covers): one line in red, hidden until a box refuses, cleared by the next good entry.  The
    Enter that finished the refused entry would also press the dialog's default button: ``holds`` tells the
    dialog to stay open for it, so the person reads why."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color:#b00020")
        self._unread = False
        self.hide()

    def watch(self, *boxes) -> None:
        for box in boxes:
            box.refused.connect(self._say)
            box.valueChanged.connect(self.hide)

    def _say(self, line: str) -> None:
        self.setText(line)
        self.show()
        self._unread = True

    def holds(self) -> bool:
        """Whether a refusal was just shown (the dialog then stays open, once)."""
        unread, self._unread = self._unread, False
        return unread

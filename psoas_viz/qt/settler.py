"""Settle: after muscle changes and posture changes other than the tilt itself, the pelvis tilts to where the
muscle, weight and passive moments balance (coalesced by a short timer); every outcome is reported."""

from __future__ import annotations

import PySide6  # noqa: F401
from PySide6 import QtCore

from psoas_viz.model.mechanics import Balance, settle
from psoas_viz.session import Session

SETTLE_DELAY_MS = 30  # coalesce the changes of a drag into one settle per frame or so
TILT_TOLERANCE = 0.06  # deg: a balance this close to the current tilt leaves it alone


class Settler(QtCore.QObject):
    """Runs ``settle`` after muscle changes and after posture changes other than the tilt itself, coalesced by
    a short single-shot timer, and sets the balanced tilt; reports every outcome through ``settled``."""

    settled = QtCore.Signal(object)  # Balance or None (switched off, or the tilt was moved by hand)
    switched_off = QtCore.Signal(str)  # why Settle turned itself off

    def __init__(self, state: Session, parent=None):
        super().__init__(parent)
        self.session = state
        self.enabled = False
        self.balance: Balance | None = None
        self._seen = self._shape(state.posture)
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_DELAY_MS)
        self._timer.timeout.connect(self.run)
        self._applying = False
        self._unsubscribe = state.subscribe(self._on_state)

    @staticmethod
    def _shape(posture):
        """The posture without its pelvic tilt: what the balance depends on besides the muscles."""
        return posture.with_values(pelvic_tilt=0.0)

    def set_enabled(self, on: bool) -> None:
        self.enabled = bool(on)
        if self.enabled:
            self.session.begin_gesture()
            try:
                self.run()
            finally:
                self.session.end_gesture()
        else:
            self._timer.stop()
            self.balance = None
            self.settled.emit(None)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def _on_state(self, state, what):
        if self.enabled and getattr(state, "applying_scenario", False) and what in ("posture", "muscles"):
            # a preset, lesson step, claim or opened file sets its own posture: settling would overwrite it
            self._seen = self._shape(state.posture)
            self.set_enabled(False)
            self.switched_off.emit(self.tr("Settle switched off: the scenario sets its own pelvic tilt."))
            return
        if what == "posture":
            shape = self._shape(state.posture)
            changed, self._seen = shape != self._seen, shape
            if changed and self.enabled and not self._applying:
                self._timer.start()
            elif self.enabled and not self._applying and self.balance is not None:
                self.balance = None  # the tilt was moved by hand: the last balance no longer describes it
                self.settled.emit(None)
        elif what == "muscles" and self.enabled and not self._applying:
            self._timer.start()
        elif what == "interaction" and not state.interacting and self.pending:
            self.run()

    def flush(self) -> None:
        """Settle now if a change is waiting (so it joins the current undo step)."""
        if self.pending:
            self.run()

    def run(self) -> None:
        self._timer.stop()
        if not self.enabled:
            return
        state = self.session
        model = state.model
        balance = settle(model, model.mechanics, state.posture, state.activation())
        self.balance = balance
        if balance.balanced:
            spec = model.parameters["pelvic_tilt"]
            tilt = min(max(float(balance.pelvic_tilt), spec.minimum), spec.maximum)  # exact: the net shows 0
            if abs(balance.pelvic_tilt - state.posture.pelvic_tilt) > TILT_TOLERANCE:
                self._applying = True
                try:
                    state.set_values(pelvic_tilt=tilt)
                finally:
                    self._applying = False
        self.settled.emit(balance)

    def close(self) -> None:
        self._timer.stop()
        self._unsubscribe()

"""A tiny observable posture state shared by every view (plain Python, no Qt).

Widgets write to the state; the state evaluates the model once per change and notifies its listeners;
views never talk to each other.  Listeners are called as ``callback(state, what)`` where ``what`` is
``"posture"`` (the posture and its evaluation changed), ``"view"`` (a display option changed) or
``"interaction"`` (a drag ended: views that simplified their drawing during it restore full quality).
"""

from __future__ import annotations

from typing import Callable

from psoas_viz.model import Posture
from psoas_viz.model.model import Evaluation

Listener = Callable[["PostureState", str], None]

VIEW_DEFAULTS = {"labels": True, "ghost": False, "both_curves": False}
UNDO_LIMIT = 200


class PostureState:
    """The current posture, its model evaluation, undo/redo stacks and view options."""

    def __init__(self, model, posture: Posture | None = None):
        self.model = model
        self._posture = model.validated(posture or model.default_posture())
        self.evaluation: Evaluation = model.evaluate(self._posture)
        self.view = dict(VIEW_DEFAULTS)
        self.title = ""
        self._undo: list[Posture] = []
        self._redo: list[Posture] = []
        self._listeners: list[Listener] = []
        self._gesture = 0  # >0 while a drag is in progress: one undo step for the whole drag
        self._gesture_recorded = False
        self._neutral_cache: dict[float, Evaluation] = {}

    # -- observing -------------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _notify(self, what: str) -> None:
        for listener in list(self._listeners):
            listener(self, what)

    # -- reading ---------------------------------------------------------------------------------------
    @property
    def posture(self) -> Posture:
        return self._posture

    def neutral_evaluation(self) -> Evaluation:
        """Neutral standing for the current pelvis shape (the reference of every length change)."""
        pi = self._posture.pelvic_incidence
        if pi not in self._neutral_cache:
            if len(self._neutral_cache) > 64:
                self._neutral_cache.clear()
            neutral = self.model.default_posture().with_values(pelvic_incidence=pi)
            self._neutral_cache[pi] = self.model.evaluate(neutral)
        return self._neutral_cache[pi]

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    # -- writing ---------------------------------------------------------------------------------------
    def set_values(self, **values) -> bool:
        """Apply ``name=value`` changes (validated by the model). Returns False when nothing changed."""
        new = self.model.posture_with(self._posture, values)
        return self.set_posture(new)

    def set_posture(self, posture: Posture, title: str | None = None) -> bool:
        posture = self.model.validated(posture)
        if title is not None:
            self.title = title
        if posture == self._posture:
            return False
        if not self._gesture or not self._gesture_recorded:
            self._undo.append(self._posture)
            del self._undo[:-UNDO_LIMIT]
            self._redo.clear()
            self._gesture_recorded = bool(self._gesture)
        self._apply(posture)
        return True

    def reset(self) -> bool:
        return self.set_posture(self.model.default_posture(), title="")

    def begin_gesture(self) -> None:
        """Start a drag: every change until ``end_gesture`` is one undo step."""
        self._gesture += 1
        if self._gesture == 1:
            self._gesture_recorded = False
            self._notify("interaction")

    def end_gesture(self) -> None:
        self._gesture = max(0, self._gesture - 1)
        if not self._gesture:
            self._notify("interaction")

    @property
    def interacting(self) -> bool:
        """True during a drag (slider or pelvis): views may draw faster and simpler."""
        return self._gesture > 0

    def undo(self) -> bool:
        if not self._undo:
            return False
        self._redo.append(self._posture)
        self._apply(self._undo.pop())
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        self._undo.append(self._posture)
        self._apply(self._redo.pop())
        return True

    def set_view(self, name: str, value) -> None:
        if name not in self.view:
            raise KeyError(name)
        if self.view[name] != value:
            self.view[name] = value
            self._notify("view")

    def _apply(self, posture: Posture) -> None:
        self._posture = posture
        self.evaluation = self.model.evaluate(posture)
        self._notify("posture")

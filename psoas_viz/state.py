"""A tiny observable posture state shared by every view (plain Python, no Qt).

Widgets write to the state; the state evaluates the model once per change and notifies its listeners;
views never talk to each other.  Listeners are called as ``callback(state, what)`` where ``what`` is
``"posture"`` (the posture and its evaluation changed), ``"muscles"`` (activation, tightness or a fascial
pull changed; a step that changes both sends both), ``"view"`` (a display option changed) or
``"interaction"`` (a drag ended: views that simplified their drawing during it restore full quality).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from psoas_viz.model import Posture
from psoas_viz.model.mechanics import Activation
from psoas_viz.model.model import Evaluation
from psoas_viz.model.scenario import MuscleSetting, Scenario

Listener = Callable[["PostureState", str], None]

VIEW_DEFAULTS = {"labels": True, "ghost": False, "both_curves": False}
UNDO_LIMIT = 200


@dataclass(frozen=True)
class Snapshot:
    """What one undo step restores: the posture and every muscle's activation and tightness."""

    posture: Posture
    muscles: tuple[tuple[str, MuscleSetting], ...] = field(default=())
    pulls: tuple[tuple[str, float], ...] = field(default=())  # fascial link -> N, zero pulls left out

    def muscle_dict(self) -> dict[str, MuscleSetting]:
        return dict(self.muscles)


def _muscle_tuple(muscles: dict[str, MuscleSetting]) -> tuple[tuple[str, MuscleSetting], ...]:
    """Canonical form: sorted, relaxed muscles left out (so equal settings compare equal)."""
    return tuple(sorted((m, s) for m, s in muscles.items() if s != MuscleSetting()))


def _pull_tuple(pulls: dict[str, float]) -> tuple[tuple[str, float], ...]:
    return tuple(sorted((link, float(n)) for link, n in pulls.items() if n))


class PostureState:
    """The current posture and muscle settings, their model evaluation, undo/redo stacks and view options."""

    def __init__(self, model, posture: Posture | None = None):
        self.model = model
        self._posture = model.validated(posture or model.default_posture())
        self._muscles: tuple[tuple[str, MuscleSetting], ...] = ()
        self._pulls: tuple[tuple[str, float], ...] = ()
        self.applying_scenario = False
        self._titled: Snapshot | None = None  # what the current title describes
        self.evaluation: Evaluation = model.evaluate(self._posture)
        self.view = dict(VIEW_DEFAULTS)
        self.title = ""
        self.notes = ""
        self._undo: list[Snapshot] = []
        self._redo: list[Snapshot] = []
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

    @property
    def muscles(self) -> dict[str, MuscleSetting]:
        """Activation and tightness of every muscle that is not relaxed."""
        return dict(self._muscles)

    @property
    def pulls(self) -> dict[str, float]:
        """Fascial pulls (N) that are not zero."""
        return dict(self._pulls)

    def settings(self) -> Activation:
        """The muscle settings and fascial pulls in the form the mechanics takes."""
        return Activation({m: s.activation for m, s in self._muscles}, {m: s.tightness for m, s in self._muscles},
                          dict(self._pulls))

    def snapshot(self) -> Snapshot:
        return Snapshot(self._posture, self._muscles, self._pulls)

    def to_scenario(self) -> Scenario:
        view = {k: v for k, v in self.view.items() if k in ("labels", "ghost")}
        return Scenario(self._posture, self.muscles, view, self.title, self.notes, self.pulls)

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

    def set_posture(self, posture: Posture) -> bool:
        return self._change(Snapshot(self.model.validated(posture), self._muscles, self._pulls))

    def set_pull(self, link_id: str, newtons: float) -> bool:
        """Set a fascial link's pull (N, within the link's range)."""
        checked = self.model.mechanics.fascia.check({link_id: newtons})
        pulls = self.pulls
        pulls[link_id] = checked[link_id]
        return self._change(Snapshot(self._posture, self._muscles, _pull_tuple(pulls)))

    def set_muscle(self, muscle_id: str, activation: float | None = None, tightness: float | None = None) -> bool:
        """Set a muscle's activation and/or tightness (each 0…1)."""
        if muscle_id not in self.model.muscles.muscles:
            raise KeyError(muscle_id)
        current = self.muscles.get(muscle_id, MuscleSetting())
        values = {"activation": current.activation if activation is None else float(activation),
                  "tightness": current.tightness if tightness is None else float(tightness)}
        for name, value in values.items():
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{muscle_id}.{name}: {value:g} is outside 0…1")
        muscles = self.muscles
        muscles[muscle_id] = MuscleSetting(**values)
        return self._change(Snapshot(self._posture, _muscle_tuple(muscles), self._pulls))

    def set_scenario(self, scenario: Scenario) -> bool:
        """Posture, muscle settings, view options, title and notes of a (validated) scenario: one undo step.

        While it is applied ``applying_scenario`` is True, so that views which would otherwise move the posture
        in response (Settle) leave the scenario's own posture alone."""
        self.title, self.notes = scenario.title, scenario.notes
        for name, value in scenario.view.items():
            if name in self.view:
                self.set_view(name, value)
        self.applying_scenario = True
        try:
            snapshot = Snapshot(self.model.validated(scenario.posture), _muscle_tuple(scenario.muscles),
                                _pull_tuple(scenario.fascia))
            self._titled = snapshot
            return self._change(snapshot)
        finally:
            self.applying_scenario = False

    @property
    def display_title(self) -> str:
        """The title of the scenario shown, marked when the posture or muscles have been changed since."""
        if not self.title:
            return ""
        return self.title if self.snapshot() == self._titled else f"{self.title} (changed)"

    def _change(self, snapshot: Snapshot) -> bool:
        if snapshot == self.snapshot():
            return False
        if not self._gesture or not self._gesture_recorded:
            self._undo.append(self.snapshot())
            del self._undo[:-UNDO_LIMIT]
            self._redo.clear()
            self._gesture_recorded = bool(self._gesture)
        self._apply(snapshot)
        return True

    def clear_history(self) -> None:
        """Forget undo and redo (after opening a file: its state is the starting point)."""
        self._undo.clear()
        self._redo.clear()

    def reset(self) -> bool:
        """Neutral standing with every muscle relaxed."""
        self.title = ""
        return self._change(Snapshot(self.model.default_posture()))

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
        return self._step(self._undo, self._redo)

    def redo(self) -> bool:
        return self._step(self._redo, self._undo)

    def _step(self, source: list[Snapshot], target: list[Snapshot]) -> bool:
        """Go back (or forward) one step, keeping the present on the other stack."""
        if not source:
            return False
        target.append(self.snapshot())
        self._apply(source.pop())
        return True

    def set_view(self, name: str, value) -> None:
        if name not in self.view:
            raise KeyError(name)
        if self.view[name] != value:
            self.view[name] = value
            self._notify("view")

    def _apply(self, snapshot: Snapshot) -> None:
        moved = snapshot.posture != self._posture
        retensed = (snapshot.muscles, snapshot.pulls) != (self._muscles, self._pulls)
        self._posture, self._muscles, self._pulls = snapshot.posture, snapshot.muscles, snapshot.pulls
        if moved:
            self.evaluation = self.model.evaluate(self._posture)
            self._notify("posture")
        if retensed:
            self._notify("muscles")

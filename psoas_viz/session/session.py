"""The session: the user's settings, undo/redo, every piece of view state, and one derived snapshot per change.

Widgets write to the session; after each change the session derives one immutable ``Snapshot`` (see
``snapshot.py``) and notifies its listeners as ``callback(session, what)``, where ``what`` is
``"posture"`` (the posture and its evaluation changed), ``"muscles"`` (activation, tightness or a fascial pull
changed; a step that changes both sends both), ``"view"`` (a display option changed: labels, ghost, curves,
force arrows, claim highlight, compare overlay, zoom), ``"title"`` (a scenario's title or notes came or went
while the settings stayed as they were: the title shown loses or gains its "(changed)"), ``"interaction"`` (a
drag began or ended) or ``"history"`` (undo and redo were forgotten: nothing is left to undo).  Views only
read ``session.snapshot`` and ``session.view``; panels talk to each other only through the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from psoas_viz.i18n import as_typed, current_language, fill_template, translate
from psoas_viz.model import Posture
from psoas_viz.model.scenario import MuscleSetting, Scenario

from .snapshot import PSOAS, Settings, Snapshot, derive, muscle_tuple, pull_tuple

Listener = Callable[["Session", str], None]
Words = Callable[[], tuple[str, str]]  # a scenario's title and notes in the current language

# Every piece of view state, with its value after Reset all.  ``highlight``: muscle ids emphasised (a claim's);
# ``compare``: None (posterior/anterior of the current posture) or a claim's CompareSpec; ``zoom``/``pan``: the
# play area's mouse-wheel zoom and drag offset (mm) on top of its automatic frame; ``predict``: None or the
# Predict tab's progress (question shown, answers given); ``region``: the part of the model framed (whole,
# pelvis-spine, hip); ``latin``: labels and anatomy cards give the Terminologia Anatomica name beside the vernacular
# one.
VIEW_DEFAULTS = {"labels": True, "ghost": False, "both_curves": False, "forces": True, "highlight": (),
                 "compare": None, "zoom": 1.0, "pan": (0.0, 0.0), "predict": None, "region": "whole", "latin": False}
SAVED_VIEW = ("labels", "ghost")  # the view options a scenario file keeps
PREFERENCES = ("latin",)  # view options that are the reader's preference (remembered by the window, like the
# language): Reset all and a scenario leave them as they are
UNDO_LIMIT = 200
CURVE_TILTS = np.linspace(-30.0, 30.0, 121)


@dataclass(frozen=True)
class CompareSpec:
    """A claim's postures overlaid in the Compare tab (2…4 labelled postures) and the muscles drawn besides the
    psoas; ``session.view["compare"]`` is None for posterior/anterior tilt of the current posture."""

    sides: tuple[tuple[str, Posture], ...]
    structures: tuple[str, ...] = ()
    heading: str = ""


class Session:
    """The current settings and their snapshot, undo/redo stacks, title, notes and view state."""

    def __init__(self, model, posture: Posture | None = None):
        self.model = model
        self._neutral: dict[float, object] = {}
        self._snapshot = self._derive(Settings(model.validated(posture or model.default_posture())), None)
        self.applying_scenario = False
        self._titled: Settings | None = None  # what the current title and notes describe
        self.view = dict(VIEW_DEFAULTS)
        self._title = ""
        self._notes = ""
        self._words: Words | None = None  # the title and notes the program wrote, asked again in each language
        self._worded: tuple[str, tuple[str, str]] | None = None  # (language, its title and notes)
        self._undo: list[Settings] = []
        self._redo: list[Settings] = []
        self._listeners: list[Listener] = []
        self._gesture = 0  # >0 while a drag is in progress: one undo step for the whole drag
        self._gesture_recorded = False
        self._curves: dict[tuple, np.ndarray] = {}
        self._sides: dict[Posture, object] = {}

    def copy(self) -> "Session":
        """A session of its own that starts where this one is: the same settings, title, notes and view, no undo
        history, no listeners.  Presentation mode steps through presets and lessons in a copy, so that leaving it
        finds the window's work as it was (posture, muscles, title, undo)."""
        other = Session(self.model)
        other._neutral, other._curves, other._sides = self._neutral, self._curves, self._sides  # caches of the model
        other._snapshot = self._snapshot  # immutable
        other._titled, other._title, other._notes = self._titled, self._title, self._notes
        other._words, other._worded = self._words, self._worded  # a title the program wrote follows the language
        other.view = dict(self.view)
        return other

    # -- observing -------------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _notify(self, what: str) -> None:
        for listener in list(self._listeners):
            listener(self, what)

    # -- reading ---------------------------------------------------------------------------------------
    @property
    def snapshot(self) -> Snapshot:
        """Everything derived from the current settings (immutable; replaced on every change)."""
        return self._snapshot

    @property
    def settings(self) -> Settings:
        """What an undo step restores (comparable: equal settings compare equal)."""
        return self._snapshot.settings

    @property
    def posture(self) -> Posture:
        return self._snapshot.posture

    @property
    def evaluation(self):
        return self._snapshot.evaluation

    @property
    def muscles(self) -> dict[str, MuscleSetting]:
        """Activation and tightness of every muscle that is not relaxed."""
        return dict(self.settings.muscles)

    @property
    def pulls(self) -> dict[str, float]:
        """Fascial pulls (N) that are not zero."""
        return dict(self.settings.pulls)

    def activation(self):
        """The muscle settings and fascial pulls in the form the mechanics takes."""
        return self._snapshot.activation

    def _text(self) -> tuple[str, str]:
        """The title and notes: the scenario's own, or those its ``words`` give in the current language (once per
        language)."""
        if self._words is None:
            return self._title, self._notes
        language = current_language()
        if self._worded is None or self._worded[0] != language:
            self._worded = (language, self._words())
        return self._worded[1]

    @property
    def title(self) -> str:
        """The title of the scenario shown, in the current language if the program wrote it."""
        return self._text()[0]

    @title.setter
    def title(self, title: str) -> None:
        """A title of the user's (kept as written; the notes stay as they read now)."""
        self._title, self._notes = title, self._text()[1]
        self._words = self._worded = None

    @property
    def notes(self) -> str:
        """The notes of the scenario shown, while its settings are unchanged (they describe it, not a change)."""
        return self._text()[1] if self.settings == self._titled else ""

    def to_scenario(self) -> Scenario:
        view = {k: self.view[k] for k in SAVED_VIEW}
        return Scenario(self.posture, self.muscles, view, self.title, self.notes, self.pulls)

    @property
    def display_title(self) -> str:
        """The title of the scenario shown, marked when the posture or muscles have been changed since."""
        if not self.title:
            return ""
        if self.settings == self._titled:
            return self.title
        return translate("Session", "{title} (changed)").format(title=self.title)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def interacting(self) -> bool:
        """True during a drag (slider or pelvis): views may draw faster and simpler."""
        return self._gesture > 0

    # -- derived, besides the snapshot -------------------------------------------------------------------
    def psoas_curve(self, spine_mode: str | None = None) -> np.ndarray:
        """Psoas length (mm) over ``CURVE_TILTS`` for the current posture (in another spine mode if given);
        cached per posture shape, so the plot and the exports share one sweep."""
        posture = self.posture.with_values(pelvic_tilt=0.0, spine_mode=spine_mode or self.posture.spine_mode)
        if posture not in self._curves:
            if len(self._curves) > 32:
                self._curves.clear()
            sweep = self.model.sweep("pelvic_tilt", CURVE_TILTS, posture, joints=())
            self._curves[posture] = sweep.length[:, sweep.muscle_ids.index(PSOAS)]
        return self._curves[posture]

    def evaluate_postures(self, postures: dict) -> dict:
        """Label -> Evaluation of other postures (the compare overlay), cached per posture."""
        if len(self._sides) > 32:
            self._sides.clear()
        for posture in postures.values():
            if posture not in self._sides:
                self._sides[posture] = self.model.evaluate(posture)
        return {label: self._sides[posture] for label, posture in postures.items()}

    # -- writing ---------------------------------------------------------------------------------------
    def set_values(self, **values) -> bool:
        """Apply ``name=value`` changes (validated by the model). Returns False when nothing changed."""
        return self.set_posture(self.model.posture_with(self.posture, values))

    def set_posture(self, posture: Posture) -> bool:
        s = self.settings
        return self._change(Settings(self.model.validated(posture), s.muscles, s.pulls))

    def set_pull(self, link_id: str, newtons: float) -> bool:
        """Set a fascial link's pull (N, within the link's range)."""
        checked = self.model.mechanics.fascia.check({link_id: newtons})
        pulls = self.pulls
        pulls[link_id] = checked[link_id]
        return self._change(Settings(self.posture, self.settings.muscles, pull_tuple(pulls)))

    def set_muscle(self, muscle_id: str, activation: float | None = None, tightness: float | None = None) -> bool:
        """Set a muscle's activation and/or tightness (each 0…1)."""
        if muscle_id not in self.model.muscles.muscles:
            raise KeyError(muscle_id)
        current = self.muscles.get(muscle_id, MuscleSetting())
        values = {"activation": current.activation if activation is None else float(activation),
                  "tightness": current.tightness if tightness is None else float(tightness)}
        for name, value in values.items():
            if not 0.0 <= value <= 1.0:
                raise ValueError(fill_template(translate("Model", "{setting}: {value:g} is outside 0…1"),
                                               {"setting": f"{muscle_id}.{name}", "value": as_typed(value)}))
        muscles = self.muscles
        muscles[muscle_id] = MuscleSetting(**values)
        return self._change(Settings(self.posture, muscle_tuple(muscles), self.settings.pulls))

    def set_scenario(self, scenario: Scenario, words: Words | None = None) -> bool:
        """Posture, muscle settings, view options, title and notes of a (validated) scenario: one undo step.

        ``words``: for a scenario whose title and notes the program wrote (a preset, a claim's posture, a predict
        situation), what gives them in the current language; asked again after a language switch, so that the
        status bar, the diagram's title and an export speak the new language.  Without it the scenario's own
        title and notes are kept as written (a user's file).

        While it is applied ``applying_scenario`` is True, so that views which would otherwise move the posture
        in response (Settle) leave the scenario's own posture alone."""
        shown = self._shown_title()
        self._title, self._notes = scenario.title, scenario.notes
        self._words, self._worded = words, None
        for name, value in scenario.view.items():
            if name in SAVED_VIEW:
                self.set_view(name, value)
        self.applying_scenario = True
        try:
            settings = Settings(self.model.validated(scenario.posture), muscle_tuple(scenario.muscles),
                                pull_tuple(scenario.fascia))
            self._titled = settings
            return self._change(settings) or self._retitled(shown)
        finally:
            self.applying_scenario = False

    def reset(self) -> bool:
        """Reset all: neutral standing, every muscle relaxed, no pull, no title or notes, every view option back
        to its default (labels, ghost, curves, arrows, claim highlight, compare overlay, zoom) but the
        ``PREFERENCES`` (Latin names).  The settings change is one undo step."""
        shown = self._shown_title()
        self._title, self._notes, self._titled = "", "", None
        self._words = self._worded = None
        view = {**VIEW_DEFAULTS, **{k: self.view[k] for k in PREFERENCES}}
        if self.view != view:
            self.view = view
            self._notify("view")
        return self._change(Settings(self.model.default_posture())) or self._retitled(shown)

    def clear_history(self) -> None:
        """Forget undo and redo (after opening a file: its state is the starting point)."""
        if self._undo or self._redo:
            self._undo.clear()
            self._redo.clear()
            self._notify("history")

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

    def undo(self) -> bool:
        return self._step(self._undo, self._redo)

    def redo(self) -> bool:
        return self._step(self._redo, self._undo)

    def set_view(self, name: str, value) -> None:
        if name not in self.view:
            raise KeyError(name)
        if self.view[name] != value:
            self.view[name] = value
            self._notify("view")

    # -- inside ------------------------------------------------------------------------------------------
    def _shown_title(self) -> tuple[str, str]:
        return self.display_title, self.notes

    def _retitled(self, shown: tuple[str, str]) -> bool:
        """After a scenario or Reset all that changed no setting: tell the views when the title or notes they
        show changed all the same (the Predict animation's last step, a file holding the posture already shown);
        False, as nothing changed that undo would restore."""
        if self._shown_title() != shown:
            self._notify("title")
        return False

    def _change(self, settings: Settings) -> bool:
        if settings == self.settings:
            return False
        if not self._gesture or not self._gesture_recorded:
            self._undo.append(self.settings)
            del self._undo[:-UNDO_LIMIT]
            self._redo.clear()
            self._gesture_recorded = bool(self._gesture)
        self._apply(settings)
        return True

    def _step(self, source: list[Settings], target: list[Settings]) -> bool:
        """Go back (or forward) one step, keeping the present on the other stack."""
        if not source:
            return False
        target.append(self.settings)
        self._apply(source.pop())
        return True

    def _derive(self, settings: Settings, previous: Snapshot | None) -> Snapshot:
        pi = settings.posture.pelvic_incidence
        if pi not in self._neutral:
            if len(self._neutral) > 64:
                self._neutral.clear()
            self._neutral[pi] = self.model.evaluate(self.model.default_posture().with_values(pelvic_incidence=pi))
        return derive(self.model, settings, previous, self._neutral[pi])

    def _apply(self, settings: Settings) -> None:
        old = self.settings
        self._snapshot = self._derive(settings, self._snapshot)
        if settings.posture != old.posture:
            self._notify("posture")
        if (settings.muscles, settings.pulls) != (old.muscles, old.pulls):
            self._notify("muscles")

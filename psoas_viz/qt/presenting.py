"""The View-menu side of presentation mode and lessons: F11 toggles the full-screen view, built-in lessons are
presented, the lesson editor (lesson_editor.py) builds, saves and presents others; the teacher's speaker notes
show on the main screen."""

from __future__ import annotations

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.content_i18n import lesson_text
from psoas_viz.i18n import fill_template
from psoas_viz.io.lesson import builtin_lessons, builtin_name, load_lesson, preset_steps
from psoas_viz.model.scenario import Scenario, ScenarioError
from psoas_viz.session.session import PREFERENCES

from .lesson_editor import LessonEditor
from .presentation import PresentationView, SpeakerNotes


class PresentationControl(QtCore.QObject):
    """The View-menu items of presentation mode and lessons; F11 toggles.

    The presentation shows and changes a copy of the window's session (what the window shows when F11 is
    pressed): its steps, tilt slider, sweep and predict questions leave the window's posture, muscles, title,
    file and undo history as they were; the reader's preferences (Latin names) follow the window's."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.view: PresentationView | None = None
        self._unfollow = None  # stops passing the window's preferences on to the presentation's session
        self._window_message = ""  # the window's status bar before the speaker notes took it
        self.lesson_title = ""
        self.lesson_path = None  # the file the lesson was read from (a built-in one is read again in a new language)
        self.notes = ""  # the speaker notes of the step shown
        self._notes_window: SpeakerNotes | None = None
        self.lesson: list[tuple[str, Scenario]] = []
        self.action = QtGui.QAction("", window, checkable=True)
        self.action.setShortcut(QtGui.QKeySequence("F11"))
        self.action.triggered.connect(lambda checked: self.set_presenting(checked))
        window.addAction(self.action)
        menu = window.files.view_menu
        menu.addSeparator()
        menu.addAction(self.action)
        self.quiz_action = menu.addAction("")
        self.quiz_action.triggered.connect(lambda: self.predict_with_class())
        lesson = menu.addMenu("")
        self.editor: LessonEditor | None = None
        self.lesson_tools = []  # Lesson editor…, Use the presets
        for slot in (self.open_editor, self.clear_lesson):
            action = lesson.addAction("")
            action.triggered.connect(lambda _=False, s=slot: s())
            self.lesson_tools.append(action)
        lesson.addSeparator()
        self.lesson_actions = {}  # built-in lesson name -> its "Present: <title>" item
        for name, path in builtin_lessons().items():
            action = self.lesson_actions[name] = lesson.addAction("")
            action.triggered.connect(lambda _=False, p=path: self.present_lesson(p))
        self.lesson_menu = lesson
        self.retranslate()

    def retranslate(self) -> None:
        """The View menu's presentation items in the window's language, the built-in lessons by their titles in
        it (the window calls this on a change)."""
        self.action.setText(self.tr("&Presentation mode"))
        self.quiz_action.setText(self.tr("Predict with the class (presentation, Q)"))
        self.lesson_menu.setTitle(self.tr("Lesson for presentation"))
        editor, presets = self.lesson_tools
        editor.setText(self.tr("Lesson editor…"))
        presets.setText(self.tr("Use the presets"))
        for name, action in self.lesson_actions.items():
            action.setText(fill_template(self.tr("Present: {title}"), {"title": lesson_text(None, name)["title"]}))

    def language_changed(self) -> None:
        """A built-in lesson (or the presets) in the new language: the steps being presented and the speaker
        notes; the posture on screen stays."""
        self.retranslate()
        name = builtin_name(self.lesson_path) if self.lesson_path else None
        if name is not None:
            try:
                self.lesson_title, self.lesson = load_lesson(self.lesson_path, self.window.session.model)
            except ScenarioError:
                pass  # the lesson read before stays, in the language it was read in
        if self.view is not None and (name is not None or not self.lesson):
            self.view.set_steps(self.steps())  # the step's title in the bar and on the page
            self._show_notes(self.view.index)

    def set_theme(self, name: str) -> None:
        """The colours of the presentation view (the View menu's choice)."""
        if self.view is not None:
            self.view.theme = name
            self.view.update()

    def steps(self):
        return self.lesson or preset_steps(self.window.session.model)


    def set_presenting(self, on: bool, full_screen: bool = True) -> None:
        if on and self.view is None:
            theme = "projector"
            self.view = PresentationView(self.window.session.copy(), self.steps(), theme)
            self._unfollow = self.window.session.subscribe(self._follow_preferences)
            self._window_message = self.window.statusBar().currentMessage()
            self.view.closed.connect(self._closed)
            self.view.stepped.connect(self._show_notes)
            if full_screen:
                self.view.showFullScreen()
            else:
                self.view.show()
            self.view.activateWindow()
            self.view.setFocus()
        elif not on and self.view is not None:
            self.view.close()
        self.action.setChecked(self.view is not None)

    def predict_with_class(self, full_screen: bool = True) -> None:
        """Presentation mode showing the predict questions (as Q does there)."""
        self.set_presenting(True, full_screen)
        if self.view.quiz is None:
            self.view.toggle_quiz()

    @property
    def presenting(self) -> bool:
        return self.view is not None

    def _follow_preferences(self, state, what) -> None:
        if what == "view" and self.view is not None:
            for name in PREFERENCES:
                self.view.session.set_view(name, state.view[name])

    def _closed(self):
        self.view = None
        self._unfollow()
        self._unfollow = None
        if self.notes and self.window.statusBar().currentMessage() == self.notes:  # the step's notes leave with it
            self.window.statusBar().showMessage(self._window_message)
        self.action.setChecked(False)
        if self._notes_window is not None:
            self._notes_window.hide()

    def _show_notes(self, index: int) -> None:
        """The teacher's speaker notes of the step, in the main window (not on the projected view)."""
        steps = self.view.steps if self.view is not None else []
        if 0 <= index < len(steps):
            title, scenario = steps[index]
            numbers = {"number": index + 1, "count": len(steps), "title": title, "notes": scenario.notes}
            self.notes = fill_template(self.tr("Step {number}/{count}: {title} — {notes}"), numbers)
            self.window.statusBar().showMessage(self.notes)
            self.notes_window().show_step(fill_template(self.tr("Step {number} of {count}: {title}"), numbers),
                                          scenario.notes)

    def notes_window(self) -> "SpeakerNotes":
        """A window on the main screen with the whole of the step's speaker notes (the status bar is one line)."""
        if self._notes_window is None:
            self._notes_window = SpeakerNotes(self.window)
        return self._notes_window

    def present_lesson(self, path, full_screen: bool = True) -> bool:
        """Open a lesson and present it from its first step."""
        if not self.open_lesson(path):
            return False
        self.present(self.lesson_title, self.lesson, full_screen, path)
        return True

    def present(self, title: str, steps: list[tuple[str, Scenario]], full_screen: bool = True,
                path=None) -> None:
        """Present these steps from the first (the lesson editor's Present; ``path``: the lesson file they were
        read from, as it was read)."""
        self.lesson_title, self.lesson, self.lesson_path = title, list(steps), path
        self.set_presenting(False)
        self.set_presenting(True, full_screen)
        self.view.go_to(0)

    def open_editor(self) -> "LessonEditor":
        if self.editor is None:
            self.editor = LessonEditor(self.window)
        self.editor.show()
        self.editor.raise_()
        return self.editor

    def clear_lesson(self) -> None:
        self.lesson = []
        self.lesson_title = ""
        self.lesson_path = None

    def open_lesson(self, path) -> bool:
        try:
            self.lesson_title, self.lesson = load_lesson(path, self.window.session.model)
            self.lesson_path = path
        except ScenarioError as error:
            self.window.files.error(self.tr("Cannot open the lesson"), str(error))
            return False
        return True

    def close(self) -> None:
        if self.view is not None:
            self.view.close()
        if self._notes_window is not None:
            self._notes_window.close()

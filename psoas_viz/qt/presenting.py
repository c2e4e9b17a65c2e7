"""The View-menu side of presentation mode and lessons: F11 toggles the full-screen view, built-in lessons are
presented, the lesson editor (lesson_editor.py) builds, saves and presents others; the teacher's speaker notes
show on the main screen."""

from __future__ import annotations

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.content_i18n import translated_scenario
from psoas_viz.io.lesson import builtin_lessons, load_lesson
from psoas_viz.model.scenario import Scenario, ScenarioError, load_preset, preset_files, read_document

from .lesson_editor import LessonEditor
from .presentation import PresentationView, SpeakerNotes


def preset_steps(model) -> list[tuple[str, Scenario]]:
    """The presets as presentation steps, their titles and notes in the current language."""
    steps = []
    for name in preset_files():
        try:
            scenario = translated_scenario(load_preset(name, model), name)
        except ScenarioError:
            continue
        steps.append((scenario.title or name.replace("_", " ").capitalize(), scenario))
    return steps


class PresentationControl(QtCore.QObject):
    """The View-menu items of presentation mode and lessons; F11 toggles."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.view: PresentationView | None = None
        self.lesson_title = ""
        self.notes = ""  # the speaker notes of the step shown
        self._notes_window: SpeakerNotes | None = None
        self.lesson: list[tuple[str, Scenario]] = []
        self.action = QtGui.QAction(window, checkable=True)
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
        self.editor_action, self.presets_action = lesson.addAction(""), lesson.addAction("")
        self.editor_action.triggered.connect(lambda: self.open_editor())
        self.presets_action.triggered.connect(lambda: self.clear_lesson())
        lesson.addSeparator()
        self.lesson_actions: dict[str, QtGui.QAction] = {}  # built-in lesson name -> its Present action
        for name, path in builtin_lessons().items():
            try:
                read_document(path, "lesson")
            except ScenarioError:
                continue
            action = self.lesson_actions[name] = lesson.addAction("")
            action.triggered.connect(lambda _=False, p=path: self.present_lesson(p))
        self.lesson_menu = lesson
        self.retranslate()

    def retranslate(self) -> None:
        """The View menu's presentation items in the current language (built-in lessons by their translated
        titles)."""
        from psoas_viz.content_i18n import lesson_text

        self.action.setText(self.tr("&Presentation mode"))
        self.quiz_action.setText(self.tr("Predict with the class (presentation, Q)"))
        self.lesson_menu.setTitle(self.tr("Lesson for presentation"))
        self.editor_action.setText(self.tr("Lesson editor…"))
        self.presets_action.setText(self.tr("Use the presets"))
        for name, action in self.lesson_actions.items():
            try:
                title = lesson_text(lesson=name)["title"]
            except KeyError:  # a built-in lesson without translations: its own title
                path = builtin_lessons()[name]
                title = read_document(path, "lesson").get("title") or path.stem
            action.setText(self.tr("Present: {title}").format(title=title))

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
            self.view = PresentationView(self.window.session, self.steps(), theme)
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

    def _closed(self):
        self.view = None
        self.action.setChecked(False)
        if self._notes_window is not None:
            self._notes_window.hide()

    def _show_notes(self, index: int) -> None:
        """The teacher's speaker notes of the step, in the main window (not on the projected view)."""
        steps = self.view.steps if self.view is not None else []
        if 0 <= index < len(steps):
            title, scenario = steps[index]
            self.notes = self.tr("Step {number}/{count}: {title} — {notes}").format(
                number=index + 1, count=len(steps), title=title, notes=scenario.notes)
            self.window.statusBar().showMessage(self.notes)
            self.notes_window().show_step(self.tr("Step {number} of {count}: {title}").format(
                number=index + 1, count=len(steps), title=title), scenario.notes)

    def notes_window(self) -> "SpeakerNotes":
        """A window on the main screen with the whole of the step's speaker notes (the status bar is one line)."""
        if self._notes_window is None:
            self._notes_window = SpeakerNotes(self.window)
        return self._notes_window

    def present_lesson(self, path, full_screen: bool = True) -> bool:
        """Open a lesson and present it from its first step."""
        if not self.open_lesson(path):
            return False
        self.present(self.lesson_title, self.lesson, full_screen)
        return True

    def present(self, title: str, steps: list[tuple[str, Scenario]], full_screen: bool = True) -> None:
        """Present these steps from the first (the lesson editor's Present)."""
        self.lesson_title, self.lesson = title, list(steps)
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

    def open_lesson(self, path) -> bool:
        try:
            self.lesson_title, self.lesson = load_lesson(path, self.window.session.model)
        except ScenarioError as error:
            self.window.files.error(self.tr("Cannot open the lesson"), str(error))
            return False
        return True

    def close(self) -> None:
        if self.view is not None:
            self.view.close()
        if self._notes_window is not None:
            self._notes_window.close()

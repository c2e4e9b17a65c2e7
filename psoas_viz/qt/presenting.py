"""The View-menu side of presentation mode and lessons: F11 toggles the full-screen view, lessons are opened,
built from the current view, saved and presented; the teacher's speaker notes show on the main screen."""

from __future__ import annotations

from pathlib import Path

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.io.lesson import builtin_lessons, load_lesson, preset_steps, save_lesson
from psoas_viz.model.scenario import Scenario, ScenarioError, read_document

from .presentation import PresentationView, SpeakerNotes


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
        self.action = QtGui.QAction("&Presentation mode", window, checkable=True)
        self.action.setShortcut(QtGui.QKeySequence("F11"))
        self.action.triggered.connect(lambda checked: self.set_presenting(checked))
        window.addAction(self.action)
        menu = window.files.view_menu
        menu.addSeparator()
        menu.addAction(self.action)
        lesson = menu.addMenu("Lesson for presentation")
        for text, slot in (("Open lesson…", self.open_lesson_dialog), ("Add current scenario as a step", self.add_step),
                           ("Save lesson…", self.save_lesson_dialog), ("Use the presets", self.clear_lesson)):
            action = lesson.addAction(text)
            action.triggered.connect(lambda _=False, s=slot: s())
        lesson.addSeparator()
        for path in builtin_lessons().values():
            try:
                title = read_document(path, "lesson").get("title") or path.stem
            except ScenarioError:
                continue
            action = lesson.addAction(f"Present: {title}")
            action.triggered.connect(lambda _=False, p=path: self.present_lesson(p))
        self.lesson_menu = lesson

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
            self.notes = f"Step {index + 1}/{len(steps)}: {title} — {scenario.notes}"
            self.window.statusBar().showMessage(self.notes)
            self.notes_window().show_step(f"Step {index + 1} of {len(steps)}: {title}", scenario.notes)

    def notes_window(self) -> "SpeakerNotes":
        """A window on the main screen with the whole of the step's speaker notes (the status bar is one line)."""
        if self._notes_window is None:
            self._notes_window = SpeakerNotes(self.window)
        return self._notes_window

    def present_lesson(self, path, full_screen: bool = True) -> bool:
        """Open a lesson and present it from its first step."""
        if not self.open_lesson(path):
            return False
        self.set_presenting(False)
        self.set_presenting(True, full_screen)
        self.view.go_to(0)
        return True

    def add_step(self) -> None:
        state = self.window.session
        title = state.title or f"Step {len(self.lesson) + 1}"
        self.lesson.append((title, state.to_scenario()))
        self.window.statusBar().showMessage(f"Lesson: {len(self.lesson)} step(s); last: {title}", 5000)

    def clear_lesson(self) -> None:
        self.lesson = []
        self.lesson_title = ""

    def open_lesson(self, path) -> bool:
        try:
            self.lesson_title, self.lesson = load_lesson(path, self.window.session.model)
        except ScenarioError as error:
            self.window.files.error("Cannot open the lesson", str(error))
            return False
        return True

    def open_lesson_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self.window, "Open lesson", "", "Lessons (*.json)")
        if path:
            self.open_lesson(path)

    def save_lesson_dialog(self) -> None:
        if not self.lesson:
            self.window.files.error("Nothing to save", "Add steps first (View → Lesson → Add current scenario).")
            return
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.window, "Save lesson", "lesson.json", "Lessons (*.json)")
        if path:
            try:
                save_lesson(path, self.lesson_title or Path(path).stem, self.lesson)
            except OSError as error:
                self.window.files.error("Cannot save the lesson", f"{path}: cannot be written ({error.strerror or error})")

    def close(self) -> None:
        if self.view is not None:
            self.view.close()
        if self._notes_window is not None:
            self._notes_window.close()

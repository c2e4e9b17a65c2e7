"""View → Lesson → Lesson editor…: a lesson built from the window's views. Add the current view as a step (title,
speaker notes), edit, reorder and delete steps (every change undoable through a QUndoStack), open and save the
lesson file (``psoas_viz.io.lesson``: versioned, checked on open, written atomically), present it
(``PresentationControl.present``) and export its hand-out PDF (``export.export_handout``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.content_i18n import translated_questions
from psoas_viz.i18n import QT_TRANSLATE_NOOP
from psoas_viz.io.export import ExportError
from psoas_viz.io.lesson import load_lesson, save_lesson
from psoas_viz.model.scenario import Scenario, ScenarioError
from psoas_viz.predict import QuestionError, load_questions

from . import export

Steps = tuple[tuple[str, Scenario], ...]
# the editor's buttons, by their English words (translated where shown), None: a gap
BUTTONS = (QT_TRANSLATE_NOOP("LessonEditor", "Add current view…"), QT_TRANSLATE_NOOP("LessonEditor", "Edit…"),
           QT_TRANSLATE_NOOP("LessonEditor", "Move up"), QT_TRANSLATE_NOOP("LessonEditor", "Move down"),
           QT_TRANSLATE_NOOP("LessonEditor", "Delete"), None, QT_TRANSLATE_NOOP("LessonEditor", "Undo"),
           QT_TRANSLATE_NOOP("LessonEditor", "Redo"), None, QT_TRANSLATE_NOOP("LessonEditor", "Open…"),
           QT_TRANSLATE_NOOP("LessonEditor", "Save…"), QT_TRANSLATE_NOOP("LessonEditor", "Hand-out PDF…"),
           QT_TRANSLATE_NOOP("LessonEditor", "Present"))


class StepDialog(QtWidgets.QDialog):
    """A step's title, speaker notes and, optionally, a predict question the class answers before the step."""

    def __init__(self, parent, title: str, notes: str, question: str = "", questions: tuple = ()):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lesson step"))
        form = QtWidgets.QFormLayout(self)
        self.title = QtWidgets.QLineEdit(title)
        self.notes = QtWidgets.QPlainTextEdit(notes)
        self.question = QtWidgets.QComboBox()
        self.question.addItem(self.tr("None"), "")
        for q in questions:
            self.question.addItem(q.prompt if len(q.prompt) <= 90 else q.prompt[:88] + " …", q.id)
        self.question.setCurrentIndex(max(0, self.question.findData(question)))
        self.question.setAccessibleName(self.tr("Predict question"))
        self.question.setAccessibleDescription(self.tr("Asked in presentation mode before the step: the class "
                                                       "answers, Page Down reveals the model's answer"))
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Speaker notes"), self.notes)
        form.addRow(self.tr("Predict question"), self.question)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str]:
        return self.title.text().strip(), self.notes.toPlainText().strip(), self.question.currentData()


class _Change(QtGui.QUndoCommand):
    """One edit of the step list: the whole list before and after (a lesson has at most a few hundred steps)."""

    def __init__(self, editor: "LessonEditor", text: str, steps: Steps, row: int):
        super().__init__(text)
        self.editor, self.before, self.after = editor, editor.steps, steps
        self.row_before, self.row_after = editor.list.currentRow(), row

    def redo(self):
        self.editor._show(self.after, self.row_after)

    def undo(self):
        self.editor._show(self.before, self.row_before)


class LessonEditor(QtWidgets.QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.steps: Steps = ()
        self.path = ""
        self.undo_stack = QtGui.QUndoStack(self)
        layout = QtWidgets.QVBoxLayout(self)
        self.title = QtWidgets.QLineEdit()
        layout.addWidget(self.title)
        row = QtWidgets.QHBoxLayout()
        self.list = QtWidgets.QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_dialog())
        row.addWidget(self.list, 1)
        buttons = QtWidgets.QVBoxLayout()
        self.buttons = {}
        slots = (self.add_dialog, self.edit_dialog, lambda: self.move(self.list.currentRow(), -1),
                 lambda: self.move(self.list.currentRow(), 1), lambda: self.delete(self.list.currentRow()), None,
                 self.undo_stack.undo, self.undo_stack.redo, None, self.open_dialog, self.save_dialog,
                 self.handout_dialog, self.present)
        for text, slot in zip(BUTTONS, slots):
            if text is None:
                buttons.addSpacing(12)
                continue
            button = QtWidgets.QPushButton()
            button.clicked.connect(lambda _=False, s=slot: s())
            buttons.addWidget(button)
            self.buttons[text] = button
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row)
        self.undo_stack.canUndoChanged.connect(self.buttons["Undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(self.buttons["Redo"].setEnabled)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.resize(620, 420)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        """The editor's words in the current language (it stays open across a language change)."""
        self.setWindowTitle(self.tr("Lesson editor"))
        self.title.setPlaceholderText(self.tr("Lesson title"))
        for text, button in self.buttons.items():
            button.setText(self.tr(text))
        self._show(self.steps, self.list.currentRow())

    def changeEvent(self, event) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the steps -------------------------------------------------------------------------------------
    def _show(self, steps: Steps, row: int) -> None:
        self.steps = steps
        self.list.clear()
        for i, (title, scenario) in enumerate(steps):
            self.list.addItem((self.tr("{number}. {title}  (predict question first)") if scenario.question
                               else self.tr("{number}. {title}")).format(number=i + 1, title=title))
        self.list.setCurrentRow(min(row, len(steps) - 1))
        self._enable()

    def _enable(self) -> None:
        row, count = self.list.currentRow(), len(self.steps)
        self.buttons["Undo"].setEnabled(self.undo_stack.canUndo())
        self.buttons["Redo"].setEnabled(self.undo_stack.canRedo())
        for name, on in (("Edit…", row >= 0), ("Delete", row >= 0), ("Move up", row > 0),
                         ("Move down", 0 <= row < count - 1), ("Save…", count > 0), ("Present", count > 0),
                         ("Hand-out PDF…", count > 0)):
            self.buttons[name].setEnabled(on)

    def _change(self, text: str, steps: list, row: int) -> None:
        self.undo_stack.push(_Change(self, text, tuple(steps), row))

    def add_current(self, title: str, notes: str = "", question: str = "") -> None:
        """The window's current view (posture, muscles, pulls, labels and ghost) as a new step after the
        selected one; ``question``: a predict question id asked before it in presentation."""
        session = self.window.session
        title = title or session.title or self._step_name()
        scenario = replace(session.to_scenario(), title=title, notes=notes, question=question)
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else len(self.steps)
        steps = list(self.steps)
        steps.insert(row, (title, scenario))
        self._change(self.tr("Add step “{title}”").format(title=title), steps, row)

    def edit(self, row: int, title: str, notes: str, question: str = "") -> None:
        if not 0 <= row < len(self.steps):
            return
        steps = list(self.steps)
        old_title, scenario = steps[row]
        title = title or old_title
        steps[row] = (title, replace(scenario, title=title, notes=notes, question=question))
        self._change(self.tr("Edit step “{title}”").format(title=title), steps, row)

    def move(self, row: int, delta: int) -> None:
        target = row + delta
        if not (0 <= row < len(self.steps) and 0 <= target < len(self.steps)):
            return
        steps = list(self.steps)
        steps.insert(target, steps.pop(row))
        self._change(self.tr("Move step"), steps, target)

    def delete(self, row: int) -> None:
        if not 0 <= row < len(self.steps):
            return
        steps = list(self.steps)
        title, _ = steps.pop(row)
        self._change(self.tr("Delete step “{title}”").format(title=title), steps, max(0, row - 1))

    def _step_name(self) -> str:
        """The title a new step gets when neither the user nor the view gives one."""
        return self.tr("Step {number}").format(number=len(self.steps) + 1)

    def questions(self) -> tuple:
        """The predict questions a step may ask (none if the question file cannot be read)."""
        try:
            return tuple(translated_questions(load_questions(model=self.window.session.model)).questions)
        except QuestionError:
            return ()

    def add_dialog(self) -> None:
        dialog = StepDialog(self, self.window.session.title or self._step_name(), "",
                            questions=self.questions())
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            self.add_current(*dialog.values())

    def edit_dialog(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.steps):
            return
        title, scenario = self.steps[row]
        dialog = StepDialog(self, title, scenario.notes, scenario.question, self.questions())
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            self.edit(row, *dialog.values())

    # -- files -----------------------------------------------------------------------------------------
    def open_file(self, path) -> bool:
        """Load a lesson file; a bad one is refused with its reason and changes nothing."""
        try:
            title, steps = load_lesson(path, self.window.session.model)
        except ScenarioError as error:
            self.window.files.error(self.tr("Cannot open the lesson"), str(error))
            return False
        self.path = str(path)
        self.title.setText(title)
        self.undo_stack.clear()
        self._show(tuple(steps), 0)
        return True

    def save_file(self, path) -> bool:
        try:
            save_lesson(path, self.title.text().strip() or Path(path).stem, list(self.steps))
        except OSError as error:
            self.window.files.error(self.tr("Cannot save the lesson"), self.tr("{path}: cannot be written ({reason})")
                                    .format(path=path, reason=error.strerror or error))
            return False
        self.path = str(path)
        self.undo_stack.setClean()
        return True

    def open_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self, self.tr("Open lesson"), self.path,
                                                        self.tr("Lessons (*.json)"))
        if path:
            self.open_file(path)

    def save_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, self.tr("Save lesson"), self.path or "lesson.json",
                                                        self.tr("Lessons (*.json)"))
        if path:
            self.save_file(path)

    def handout_dialog(self) -> None:
        default = str(Path(self.path).with_suffix(".pdf")) if self.path else "handout.pdf"
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, self.tr("Export the hand-out"), default, "PDF (*.pdf)")
        if path:
            self.export_handout(path)

    def export_handout(self, path) -> bool:
        try:
            written = export.export_handout(self.window.session.model, path, self.title.text().strip(),
                                            list(self.steps), self.window.files.theme, self.window.files.with_plot,
                                            self.window.session.view["latin"])
        except ExportError as error:
            self.window.files.error(self.tr("Cannot export the hand-out"), str(error))
            return False
        self.window.files.say_exported(written)
        return True

    def present(self, full_screen: bool = True) -> bool:
        if not self.steps:
            return False
        self.window.presentation.present(self.title.text().strip(), list(self.steps), full_screen)
        return True

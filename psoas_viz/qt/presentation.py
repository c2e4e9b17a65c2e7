"""Presentation mode (F11): the diagram full screen in the projector theme, large type, a reduced control bar,
clicker keys (PgDn/PgUp, arrows, B or period) stepping through the presets or a saved lesson, a tilt sweep.

A lesson file: ``{"format": "psoas-viz/lesson", "version": 1, "title": "...", "steps": [{"title": "...",
"notes": "speaker notes", "scenario": <scenario document or a preset name>, "claim": <optional claim id>}, ...]}``
(each scenario checked like a scenario file; a step's notes replace its scenario's; a step about a claim gets the
claim's verdict and numbers, computed by the model when the lesson is loaded, after its notes, so the notes never
quote a verdict of their own).  Built-in lessons are in ``assets/lessons/``.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.io.files import write_file
from psoas_viz.model.scenario import (check_header, Scenario, ScenarioError, load_preset, load_scenario,
                                      parse_scenario, preset_files, read_document)
from psoas_viz.resources import asset

from . import export

Qt = QtCore.Qt
LESSON_FORMAT = "psoas-viz/lesson"
LESSON_VERSION = 1
MAX_STEPS = 200
LESSON_DIR = asset("lessons")
SWEEP_LIMIT = 20.0  # degrees each way
SWEEP_STEP = 0.5  # degrees per frame
SWEEP_MS = 30

SHORTCUTS = [
    ("Window", [("Ctrl+O", "Open a scenario"), ("Ctrl+S", "Save the scenario"), ("Ctrl+Shift+S", "Save as…"),
                ("Ctrl+Z", "Undo"), ("Ctrl+Shift+Z / Ctrl+Y", "Redo"), ("Ctrl+E", "Export the diagram (PNG, SVG, PDF, CSV)"),
                ("Ctrl+C", "Copy the diagram as an image (paste into slides)"), ("F11", "Presentation mode on/off"),
                ("F1", "This list"), ("Ctrl+Q", "Quit")]),
    ("Presentation mode (and presentation clickers)",
     [("Page Down, →, ↓, Space", "Next preset / lesson step"), ("Page Up, ←, ↑, Backspace", "Previous step"),
      ("Home / End", "First / last step"), ("B or . (period)", "Blank the screen (again to show it)"),
      ("S", "Sweep pelvic tilt posterior → anterior → back, tracing the psoas plot"),
      ("T", "Projector / screen colours"), ("F11 or Esc", "Leave presentation mode"), ("F1 or ?", "This list")]),
]


def shortcuts_html() -> str:
    parts = []
    for title, rows in SHORTCUTS:
        parts.append(f"<h3>{title}</h3><table cellspacing=0 cellpadding=3>")
        parts += [f"<tr><td><b>{key}</b>&nbsp;&nbsp;</td><td>{what}</td></tr>" for key, what in rows]
        parts.append("</table>")
    return "".join(parts)


# -- lessons ------------------------------------------------------------------------------------------------
def parse_lesson(document, model) -> tuple[str, list[tuple[str, Scenario]]]:
    document = check_header(document, "lesson", {"format", "version", "title", "steps"}, LESSON_FORMAT, LESSON_VERSION)
    title = document.get("title", "")
    if not isinstance(title, str):
        raise ScenarioError("title: expected text")
    steps = document.get("steps")
    if not isinstance(steps, list) or not 1 <= len(steps) <= MAX_STEPS:
        raise ScenarioError(f"steps: expected a list of 1…{MAX_STEPS} steps")
    out = []
    for i, step in enumerate(steps):
        if not isinstance(step, dict):
            raise ScenarioError(f"steps[{i}]: expected {{\"title\": text, \"notes\": text, \"scenario\": {{…}}}}")
        unknown = sorted(set(step) - {"title", "notes", "scenario", "claim"})
        if unknown:
            raise ScenarioError(f"steps[{i}].{unknown[0]}: unknown key (allowed: title, notes, scenario, claim)")
        for key in ("title", "notes"):
            if not isinstance(step.get(key, ""), str):
                raise ScenarioError(f"steps[{i}].{key}: expected text")
        if isinstance(step.get("scenario"), str):
            try:
                scenario = load_preset(step["scenario"], model)
            except ScenarioError as error:
                raise ScenarioError(f"steps[{i}].scenario: {error}") from None
        else:
            try:
                scenario = parse_scenario(step.get("scenario"), model)
            except ScenarioError as error:
                raise ScenarioError(f"steps[{i}].scenario.{error}") from None
        if step.get("notes"):
            scenario.notes = step["notes"]
        if "claim" in step:
            scenario.notes = (scenario.notes + "\n\n" + _claim_note(step["claim"], model, i)).strip()
        out.append((step.get("title") or scenario.title or f"Step {i + 1}", scenario))
    return title, out


def _claim_note(claim_id, model, i: int) -> str:
    """The model's verdict on a claim, in the words the claims command prints."""
    from psoas_viz.model.claims import evaluate_claim, load_claims, verdict_words

    claims = {c["id"]: c for c in load_claims()}
    if claim_id not in claims:
        raise ScenarioError(f"steps[{i}].claim: unknown claim {claim_id!r}")
    result = evaluate_claim(model, claims[claim_id])
    return f"Model: {verdict_words(result)}. {result.summary} Caveat: {result.caveat}"


def load_lesson(path, model) -> tuple[str, list[tuple[str, Scenario]]]:
    document = read_document(path, "lesson")
    try:
        return parse_lesson(document, model)
    except ScenarioError as error:
        raise ScenarioError(f"{path}: {error}") from None


def save_lesson(path, title: str, steps: list[tuple[str, Scenario]]) -> None:
    document = {"format": LESSON_FORMAT, "version": LESSON_VERSION, "title": title,
                "steps": [{"title": t, "scenario": s.to_json()} for t, s in steps]}
    write_file(path, (json.dumps(document, indent=2) + "\n").encode("utf-8"))


def builtin_lessons() -> dict[str, Path]:
    """Lesson files shipped with the program (``assets/lessons``), by file stem."""
    return {path.stem: path for path in sorted(LESSON_DIR.glob("*.json"))}


def preset_steps(model) -> list[tuple[str, Scenario]]:
    steps = []
    for name, path in preset_files().items():
        try:
            scenario = load_scenario(path, model)
        except ScenarioError:
            continue
        steps.append((scenario.title or name.replace("_", " ").capitalize(), scenario))
    return steps


# -- the full-screen view -----------------------------------------------------------------------------------
class PresentationView(QtWidgets.QWidget):
    """The diagram (projector theme) filling the screen, with a one-line control bar for the teacher."""

    closed = QtCore.Signal()
    stepped = QtCore.Signal(int)  # the step now shown (its title and speaker notes: ``steps[i]``)

    def __init__(self, state, steps: list[tuple[str, Scenario]], theme: str = "projector", parent=None):
        super().__init__(parent)
        self.setWindowTitle("psoas-viz — presentation")
        self.state = state
        self.steps = steps
        self.index = -1
        self.theme = theme
        self.blanked = False
        self.trace: list[tuple[float, float]] = []
        self._sweep_path: list[float] = []
        self._sweep_timer = QtCore.QTimer(self)
        self._sweep_timer.setInterval(SWEEP_MS)
        self._sweep_timer.timeout.connect(self._sweep_frame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(False)

        self.bar = QtWidgets.QWidget(self)
        self.bar.setObjectName("bar")
        self.bar.setStyleSheet("#bar{background:#ffffff;border-top:2px solid #000}"
                               "QPushButton{font-size:20pt;padding:6px 16px;color:#000;background:#f0f0f0;"
                               "border:2px solid #000;border-radius:6px}QLabel{font-size:20pt;color:#000}")
        rows = QtWidgets.QVBoxLayout(self.bar)  # two rows: fits a 1024-px projector in large type
        rows.setContentsMargins(16, 6, 16, 6)
        rows.setSpacing(4)
        row, row2 = QtWidgets.QHBoxLayout(), QtWidgets.QHBoxLayout()
        rows.addLayout(row)
        rows.addLayout(row2)
        self.prev_button = QtWidgets.QPushButton("◀ Previous")
        self.step_label = QtWidgets.QLabel()
        self.next_button = QtWidgets.QPushButton("Next ▶")
        self.tilt_label = QtWidgets.QLabel()
        self.tilt_slider = QtWidgets.QSlider(Qt.Orientation.Horizontal)
        spec = state.model.parameters["pelvic_tilt"]
        self.tilt_slider.setRange(int(spec.minimum), int(spec.maximum))
        self.tilt_slider.setMinimumWidth(160)
        self.tilt_slider.setStyleSheet("QSlider::groove:horizontal{height:10px;background:#bbb;border:1px solid #000}"
                                       "QSlider::handle:horizontal{width:30px;margin:-12px 0;background:#000;"
                                       "border-radius:6px}")
        self.sweep_button = QtWidgets.QPushButton("Sweep tilt (S)")
        self.blank_button = QtWidgets.QPushButton("Blank (B)")
        self.exit_button = QtWidgets.QPushButton("Exit (Esc)")
        for w in (self.prev_button, self.next_button, self.sweep_button, self.blank_button, self.exit_button,
                  self.tilt_slider):
            w.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the clicker's keys always reach the view
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.sweep_button.clicked.connect(self.toggle_sweep)
        self.blank_button.clicked.connect(self.toggle_blank)
        self.exit_button.clicked.connect(self.close)
        self.tilt_slider.valueChanged.connect(self._slider_moved)
        self.tilt_slider.sliderPressed.connect(state.begin_gesture)
        self.tilt_slider.sliderReleased.connect(state.end_gesture)
        # the step's title may be long: it takes what room is left and is cut rather than widening the bar
        self.step_label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        row.addWidget(self.prev_button)
        row.addWidget(self.step_label, 1)
        row.addWidget(self.next_button)
        row2.addWidget(QtWidgets.QLabel("Pelvic tilt"))
        row2.addWidget(self.tilt_slider, 1)
        row2.addWidget(self.tilt_label)
        row2.addSpacing(20)
        for w in (self.sweep_button, self.blank_button, self.exit_button):
            row2.addWidget(w)
        self._unsubscribe = state.subscribe(self._on_state)
        self._on_state(state, "posture")

    # -- state -----------------------------------------------------------------------------------------
    def _on_state(self, state, what):
        tilt = state.posture.pelvic_tilt
        with QtCore.QSignalBlocker(self.tilt_slider):
            self.tilt_slider.setValue(int(round(tilt)))
        self.tilt_label.setText(f"{tilt:+.0f}°")
        if self.index >= 0:
            self.step_label.setText(f"{self.index + 1}/{len(self.steps)}  {self.steps[self.index][0]}")
        else:
            self.step_label.setText(f"–/{len(self.steps)}")
        self.update()

    def _slider_moved(self, value: int):
        self.state.set_values(pelvic_tilt=float(value))

    # -- stepping --------------------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        if not self.steps:
            return
        self.stop_sweep()
        self.index = int(np.clip(index, 0, len(self.steps) - 1))
        title, scenario = self.steps[self.index]
        self.trace = []
        self.state.set_scenario(scenario)
        if not self.state.title:
            self.state.title = title
        self._on_state(self.state, "posture")
        self.step_label.setToolTip(scenario.notes)
        self.stepped.emit(self.index)

    def next(self) -> None:
        self.go_to(self.index + 1)

    def previous(self) -> None:
        self.go_to(max(self.index - 1, 0))

    def toggle_blank(self) -> None:
        self.blanked = not self.blanked
        self.bar.setVisible(not self.blanked)
        self.update()

    def toggle_theme(self) -> None:
        self.theme = "screen" if self.theme == "projector" else "projector"
        self.update()

    # -- sweep -----------------------------------------------------------------------------------------
    @property
    def sweeping(self) -> bool:
        return self._sweep_timer.isActive()

    def toggle_sweep(self) -> None:
        if self.sweeping:
            self.stop_sweep()
        else:
            self.start_sweep()

    def start_sweep(self) -> None:
        start = self.state.posture.pelvic_tilt
        lo, hi = -SWEEP_LIMIT, SWEEP_LIMIT
        down = np.arange(start, lo, -SWEEP_STEP * 2)  # quickly to the posterior end
        up = np.arange(lo, hi + 1e-9, SWEEP_STEP)
        back = np.arange(hi, start - 1e-9, -SWEEP_STEP)
        self._sweep_path = [float(v) for v in np.concatenate((down, up, back))] + [start]
        self._sweep_tracing_from = len(down)
        self._sweep_frame_index = 0
        self.trace = []
        self.state.begin_gesture()
        self._sweep_timer.start()
        self.sweep_button.setText("Stop sweep (S)")

    def _sweep_frame(self) -> None:
        if self._sweep_frame_index >= len(self._sweep_path):
            self.stop_sweep()
            return
        tilt = round(self._sweep_path[self._sweep_frame_index], 2)
        self.state.set_values(pelvic_tilt=tilt)
        if self._sweep_frame_index >= self._sweep_tracing_from:
            self.trace.append((tilt, self.state.evaluation.muscle(export.PSOAS)["length_mm"]))
        self._sweep_frame_index += 1
        self.update()

    def stop_sweep(self) -> None:
        if self._sweep_timer.isActive():
            self._sweep_timer.stop()
            self.state.end_gesture()
            self.sweep_button.setText("Sweep tilt (S)")

    def run_sweep_now(self) -> None:
        """The whole sweep without waiting for the timer (tests, benchmarks)."""
        self.start_sweep()
        while self.sweeping:
            self._sweep_frame()

    # -- keys ------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        key = Qt.Key
        k = event.key()
        if k in (key.Key_PageDown, key.Key_Right, key.Key_Down, key.Key_Space, key.Key_Return, key.Key_Enter):
            self.next()
        elif k in (key.Key_PageUp, key.Key_Left, key.Key_Up, key.Key_Backspace):
            self.previous()
        elif k == key.Key_Home:
            self.go_to(0)
        elif k == key.Key_End:
            self.go_to(len(self.steps) - 1)
        elif k in (key.Key_B, key.Key_Period, key.Key_W, key.Key_Comma):
            self.toggle_blank()
        elif k == key.Key_S:
            self.toggle_sweep()
        elif k == key.Key_T:
            self.toggle_theme()
        elif k in (key.Key_Escape, key.Key_F11, key.Key_F5):
            self.close()
        elif k in (key.Key_F1, key.Key_Question):
            self.show_help()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def show_help(self) -> None:
        box = QtWidgets.QMessageBox(self)
        box.setWindowTitle("Keyboard shortcuts")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(shortcuts_html())
        box.setStyleSheet("QLabel{font-size:16pt}")
        box.open()
        self.help_box = box

    # -- painting --------------------------------------------------------------------------------------
    def resizeEvent(self, event):
        h = self.bar.sizeHint().height()
        self.bar.setGeometry(0, self.height() - h, self.width(), h)
        super().resizeEvent(event)

    def canvas_rect(self) -> QtCore.QRect:
        bottom = self.height() if self.blanked else self.bar.geometry().top()
        return QtCore.QRect(0, 0, self.width(), bottom)

    def paintEvent(self, event):
        painter = QtGui.QPainter(self)
        try:
            if self.blanked:
                painter.fillRect(self.rect(), QtGui.QColor("#000000"))
                return
            theme = export.theme_of(self.theme)
            canvas = self.canvas_rect()
            painter.fillRect(canvas, QtGui.QColor(theme.background))
            size = export.diagram_size(True)
            scale = min(canvas.width() / size.width(), canvas.height() / size.height())
            painter.translate((canvas.width() - size.width() * scale) / 2, (canvas.height() - size.height() * scale) / 2)
            painter.scale(scale, scale)
            export.render_diagram(self.state, painter, theme, with_plot=True, trace=self.trace or None)
        finally:
            painter.end()

    def closeEvent(self, event):
        self.stop_sweep()
        self._unsubscribe()
        self.closed.emit()
        super().closeEvent(event)


class SpeakerNotes(QtWidgets.QDialog):
    """The teacher's speaker notes, word-wrapped in large type, beside the main window (not projected)."""

    def __init__(self, parent=None):
        super().__init__(parent, QtCore.Qt.WindowType.Tool)
        self.setWindowTitle("Speaker notes")
        self.resize(520, 300)
        layout = QtWidgets.QVBoxLayout(self)
        self.title = QtWidgets.QLabel()
        self.title.setStyleSheet("font-size:15pt;font-weight:bold")
        self.title.setWordWrap(True)
        self.text = QtWidgets.QLabel()
        self.text.setStyleSheet("font-size:14pt")
        self.text.setWordWrap(True)
        self.text.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop | QtCore.Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)

    def show_step(self, title: str, notes: str) -> None:
        self.title.setText(title)
        self.text.setText(notes or "(no notes for this step)")
        if not self.isVisible():
            self.show()


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

    def steps(self):
        return self.lesson or preset_steps(self.window.state.model)

    def set_presenting(self, on: bool, full_screen: bool = True) -> None:
        if on and self.view is None:
            theme = "projector"
            self.view = PresentationView(self.window.state, self.steps(), theme)
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
        state = self.window.state
        title = state.title or f"Step {len(self.lesson) + 1}"
        self.lesson.append((title, state.to_scenario()))
        self.window.statusBar().showMessage(f"Lesson: {len(self.lesson)} step(s); last: {title}", 5000)

    def clear_lesson(self) -> None:
        self.lesson = []
        self.lesson_title = ""

    def open_lesson(self, path) -> bool:
        try:
            self.lesson_title, self.lesson = load_lesson(path, self.window.state.model)
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

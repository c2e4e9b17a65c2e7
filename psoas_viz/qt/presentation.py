"""Presentation mode (F11): the exported page full screen in the projector theme, large type, a reduced control
bar, clicker keys (PgDn/PgUp, arrows, B or period) stepping through the presets or a lesson
(``psoas_viz.io.lesson``), a tilt sweep tracing the psoas plot.  The View-menu side is ``presenting.py``.
"""

from __future__ import annotations

import html

import numpy as np
import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.i18n import QT_TRANSLATE_NOOP, current_language, fill_template
from psoas_viz.io.export import page_scene
from psoas_viz.model.scenario import Scenario
from psoas_viz.scene.captions import title_of
from psoas_viz.scene.theme import theme_of

from . import style
from .class_quiz import ClassQuiz
from .painter import Painter

Qt = QtCore.Qt
SWEEP_LIMIT = 20.0  # degrees each way
SWEEP_STEP = 0.5  # degrees per frame
SWEEP_MS = 30

# (title, [(keys, what they do)]), translated where shown (context "Shortcuts"; German keyboards say Strg, Bild ↓)
SHORTCUTS = [
    (QT_TRANSLATE_NOOP("Shortcuts", "Window"),
     [(QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+O"), QT_TRANSLATE_NOOP("Shortcuts", "Open a scenario")),
      (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+S"), QT_TRANSLATE_NOOP("Shortcuts", "Save the scenario")),
      (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Shift+S"), QT_TRANSLATE_NOOP("Shortcuts", "Save as…")),
      (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Z"), QT_TRANSLATE_NOOP("Shortcuts", "Undo")),
      (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Shift+Z / Ctrl+Y"), QT_TRANSLATE_NOOP("Shortcuts", "Redo")),
      (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+E"),
       QT_TRANSLATE_NOOP("Shortcuts", "Export the diagram (PNG, SVG, PDF, CSV)")),
      (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+C"),
       QT_TRANSLATE_NOOP("Shortcuts", "Copy the diagram as an image (paste into slides)")),
      (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl++ / Ctrl+= / Ctrl+-"),
       QT_TRANSLATE_NOOP("Shortcuts", "Zoom the model in / out (or the wheel or a pinch, about the pointer)")),
      (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+0"), QT_TRANSLATE_NOOP("Shortcuts", "Fit: show the whole model again")),
      (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+L"),
       QT_TRANSLATE_NOOP("Shortcuts", "Latin names (Terminologia Anatomica) in labels and cards on/off")),
      (QT_TRANSLATE_NOOP("Shortcuts", "F11"), QT_TRANSLATE_NOOP("Shortcuts", "Presentation mode on/off")),
      (QT_TRANSLATE_NOOP("Shortcuts", "F1"), QT_TRANSLATE_NOOP("Shortcuts", "This list")),
      (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Q"), QT_TRANSLATE_NOOP("Shortcuts", "Quit"))]),
    (QT_TRANSLATE_NOOP("Shortcuts", "Keyboard only (every mouse action has a key)"),
     [(QT_TRANSLATE_NOOP("Shortcuts", "Tab / Shift+Tab"),
       QT_TRANSLATE_NOOP("Shortcuts", "Next / previous control: the model, the charts, the controls, Undo, Reset all")),
      (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Tab / Ctrl+Shift+Tab"),
       QT_TRANSLATE_NOOP("Shortcuts", "Next / previous tab of the panel with the focus (or ← → on a tab bar)")),
      (QT_TRANSLATE_NOOP("Shortcuts", "Alt+F, Alt+E, Alt+V, Alt+H"),
       QT_TRANSLATE_NOOP("Shortcuts", "The File, Edit, View and Help menus (Help → Anatomy index: every card)")),
      (QT_TRANSLATE_NOOP("Shortcuts", "← → ↑ ↓ on the model"),
       QT_TRANSLATE_NOOP("Shortcuts", "Tilt the pelvis 1° (Shift: 0.1°), as dragging it does")),
      (QT_TRANSLATE_NOOP("Shortcuts", "Page Up / Page Down on the model"),
       QT_TRANSLATE_NOOP("Shortcuts", "Tilt the pelvis 5°")),
      (QT_TRANSLATE_NOOP("Shortcuts", "+ / − / 0 on the model"),
       QT_TRANSLATE_NOOP("Shortcuts", "Zoom in / out / show the whole model, as the wheel does")),
      (QT_TRANSLATE_NOOP("Shortcuts", "← → on a slider"),
       QT_TRANSLATE_NOOP("Shortcuts", "1° (muscles: 1 %); Page Up / Page Down 5° (10 %); type a value in its box")),
      (QT_TRANSLATE_NOOP("Shortcuts", "Space on a check box or button"),
       QT_TRANSLATE_NOOP("Shortcuts", "Switch it or press it")),
      (QT_TRANSLATE_NOOP("Shortcuts", "Enter or Space on a claim"),
       QT_TRANSLATE_NOOP("Shortcuts", "Set up its scenario and show the verdict"))]),
    (QT_TRANSLATE_NOOP("Shortcuts", "Presentation mode (and presentation clickers)"),
     [(QT_TRANSLATE_NOOP("Shortcuts", "Page Down, →, ↓, Space"),
       QT_TRANSLATE_NOOP("Shortcuts", "Next preset / lesson step")),
      (QT_TRANSLATE_NOOP("Shortcuts", "Page Up, ←, ↑, Backspace"), QT_TRANSLATE_NOOP("Shortcuts", "Previous step")),
      (QT_TRANSLATE_NOOP("Shortcuts", "Home / End"), QT_TRANSLATE_NOOP("Shortcuts", "First / last step")),
      (QT_TRANSLATE_NOOP("Shortcuts", "B or . (period)"),
       QT_TRANSLATE_NOOP("Shortcuts", "Blank the screen (again to show it)")),
      (QT_TRANSLATE_NOOP("Shortcuts", "S"),
       QT_TRANSLATE_NOOP("Shortcuts", "Sweep pelvic tilt posterior → anterior → back, tracing the psoas plot")),
      (QT_TRANSLATE_NOOP("Shortcuts", "Q"),
       QT_TRANSLATE_NOOP("Shortcuts", "Predict with the class: a question beside the model, a show of hands, then Page "
                                      "Down moves the model and reveals its answer; Q again returns to the steps")),
      (QT_TRANSLATE_NOOP("Shortcuts", "T"), QT_TRANSLATE_NOOP("Shortcuts", "Projector / screen colours")),
      (QT_TRANSLATE_NOOP("Shortcuts", "F11 or Esc"), QT_TRANSLATE_NOOP("Shortcuts", "Leave presentation mode")),
      (QT_TRANSLATE_NOOP("Shortcuts", "F1 or ?"), QT_TRANSLATE_NOOP("Shortcuts", "This list"))]),
]


def shortcuts_html() -> str:
    """Every shortcut as HTML in the current language."""
    def tr(text):
        return html.escape(QtCore.QCoreApplication.translate("Shortcuts", text))

    parts = []
    for title, rows in SHORTCUTS:
        parts.append(f"<h3>{tr(title)}</h3><table cellspacing=0 cellpadding=3>")
        parts += [f"<tr><td><b>{tr(key)}</b>&nbsp;&nbsp;</td><td>{tr(what)}</td></tr>" for key, what in rows]
        parts.append("</table>")
    return "".join(parts)


class ShortcutsDialog(QtWidgets.QDialog):
    """Every shortcut (F1), scrolling, sized to fit the screen it opens on; not modal, so the window stays
    usable beside it."""

    def __init__(self, parent: QtWidgets.QWidget, points: float = 0):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QtWidgets.QVBoxLayout(self)
        self.text = QtWidgets.QTextBrowser()
        self.text.setAccessibleName(self.tr("Keyboard shortcuts"))
        if points:
            self.text.setStyleSheet(style.css(f"font-size:{points}pt"))
        self.text.setHtml(shortcuts_html())
        layout.addWidget(self.text, 1)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        area = (parent.screen() or QtGui.QGuiApplication.primaryScreen()).availableGeometry()
        wide = round(680 * style.text_scale() * (points / 9 if points else 1))
        self.resize(min(wide, round(area.width() * 0.9)), min(760, round(area.height() * 0.9)))


# -- the full-screen view -----------------------------------------------------------------------------------
class PresentationView(QtWidgets.QWidget):
    """The diagram (projector theme) filling the screen, with a one-line control bar for the teacher.

    ``state`` is the session it shows and changes (steps, slider, sweep, predict, Ctrl+Z): presentation mode gives
    it a copy of the window's (``Session.copy``), so the window's work is as the teacher left it."""

    closed = QtCore.Signal()
    stepped = QtCore.Signal(int)  # the step now shown (its title and speaker notes: ``steps[i]``)

    def __init__(self, state, steps: list[tuple[str, Scenario]], theme: str = "projector", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("psoas-viz — presentation"))
        self.session = state
        self.steps = steps
        self.index = -1
        self.theme = theme
        self.blanked = False
        self.trace: list[tuple[float, float]] = []
        self.quiz: ClassQuiz | None = None  # predict with the class (Q), or a lesson step's question
        self.step_question = False  # the quiz is the question of the step shown
        self._scene = None  # (what it shows, the page scene)
        self._sweep_path: list[float] = []
        self._sweep_timer = QtCore.QTimer(self)
        self._sweep_timer.setInterval(SWEEP_MS)
        self._sweep_timer.timeout.connect(self._sweep_frame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(False)
        self.setAccessibleName(self.tr("Presentation of the model"))
        self.setAccessibleDescription(self.tr("Page Down next step, Page Up previous, S sweep, Q predict with the "
                                              "class, B blank, Escape leaves"))

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
        self.prev_button = QtWidgets.QPushButton(self.tr("◀ Previous"))
        self.step_label = QtWidgets.QLabel()
        self.next_button = QtWidgets.QPushButton(self.tr("Next ▶"))
        self.tilt_label = QtWidgets.QLabel()
        self.tilt_slider = QtWidgets.QSlider(Qt.Orientation.Horizontal)
        spec = state.model.parameters["pelvic_tilt"]
        self.tilt_slider.setRange(int(spec.minimum), int(spec.maximum))
        self.tilt_slider.setAccessibleName(self.tr("Pelvic tilt"))
        self.tilt_slider.setMinimumWidth(160)
        self.tilt_slider.setStyleSheet("QSlider::groove:horizontal{height:10px;background:#bbb;border:1px solid #000}"
                                       "QSlider::handle:horizontal{width:30px;margin:-12px 0;background:#000;"
                                       "border-radius:6px}")
        self.sweep_button = QtWidgets.QPushButton(self.tr("Sweep tilt (S)"))
        self.blank_button = QtWidgets.QPushButton(self.tr("Blank (B)"))
        self.exit_button = QtWidgets.QPushButton(self.tr("Exit (Esc)"))
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
        self.tilt_title = QtWidgets.QLabel(self.tr("Pelvic tilt", "the presentation bar: short"))
        row2.addWidget(self.tilt_title)
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
        self.tilt_label.setText(fill_template("{tilt:+.0f}°", {"tilt": float(tilt)}))
        if self.quiz is not None and not self.step_question:
            quiz = self.quiz
            self.step_label.setText(self.tr("Predict: review") if quiz.reviewing else
                                    self.tr("Predict {number}/{count}").format(number=quiz.index + 1, count=quiz.count))
        elif self.index >= 0:
            title = self.steps[self.index][0]
            self.step_label.setText(
                (self.tr("{number}/{count}  {title} — predict first") if self.step_question and not self.quiz.revealed
                 else self.tr("{number}/{count}  {title}")).format(number=self.index + 1, count=len(self.steps),
                                                                    title=title))
        else:
            self.step_label.setText(f"–/{len(self.steps)}")
        self.update()

    def _slider_moved(self, value: int):
        self.session.set_values(pelvic_tilt=float(value))

    def set_steps(self, steps: list[tuple[str, Scenario]]) -> None:
        """The same steps in another language: the bar's title and, while the page is titled by the step shown,
        the page's title."""
        if 0 <= self.index < min(len(steps), len(self.steps)):
            (old_title, old), (new_title, new) = self.steps[self.index], steps[self.index]
            if self.session.title == (old.title or old_title):
                self.session.title = new.title or new_title
        self.steps = steps
        self._on_state(self.session, "view")

    # -- stepping --------------------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        if not self.steps:
            return
        self.stop_sweep()
        self.index = int(np.clip(index, 0, len(self.steps) - 1))
        title, scenario = self.steps[self.index]
        self.trace = []
        self.end_quiz()
        self.session.set_scenario(scenario)
        if not self.session.title:
            self.session.title = title
        if scenario.question:  # the class answers the step's question first; the clicker reveals, then goes on
            self.begin_quiz((scenario.question,))
            self.step_question = True
        self._on_state(self.session, "posture")
        self.step_label.setToolTip(scenario.notes)
        self.stepped.emit(self.index)

    def next(self) -> None:
        if self.quiz is not None and not (self.step_question and self.quiz.asked):
            self.quiz.next()
        else:
            self.go_to(self.index + 1)

    def previous(self) -> None:
        if self.quiz is not None and not self.step_question:
            self.quiz.previous()
        else:
            self.go_to(max(self.index - 1, 0))

    def begin_quiz(self, only: tuple[str, ...] = ()) -> bool:
        self.stop_sweep()
        quiz = ClassQuiz(self.session, self)
        problem = quiz.start(only)
        if problem:
            self.step_label.setText(self.tr("Predict: {problem}").format(problem=problem))
            return False
        self.quiz, self.step_question = quiz, False
        quiz.changed.connect(lambda: self._on_state(self.session, "view"))
        return True

    def end_quiz(self) -> None:
        if self.quiz is not None:
            self.quiz.stop()
            self.quiz, self.step_question = None, False

    def toggle_quiz(self) -> None:
        """Predict with the class on (the first question) or off (back to the step shown before)."""
        if self.quiz is None or self.step_question:
            self.end_quiz()
            self.begin_quiz()
        else:
            self.end_quiz()
            if self.index >= 0:
                self.go_to(self.index)
        self._on_state(self.session, "view")

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
        start = self.session.posture.pelvic_tilt
        lo, hi = -SWEEP_LIMIT, SWEEP_LIMIT
        down = np.arange(start, lo, -SWEEP_STEP * 2)  # quickly to the posterior end
        up = np.arange(lo, hi + 1e-9, SWEEP_STEP)
        back = np.arange(hi, start - 1e-9, -SWEEP_STEP)
        self._sweep_path = [float(v) for v in np.concatenate((down, up, back))] + [start]
        self._sweep_tracing_from = len(down)
        self._sweep_frame_index = 0
        self.trace = []
        self.session.begin_gesture()
        self._sweep_timer.start()
        self.sweep_button.setText(self.tr("Stop sweep (S)"))

    def _sweep_frame(self) -> None:
        if self._sweep_frame_index >= len(self._sweep_path):
            self.stop_sweep()
            return
        tilt = round(self._sweep_path[self._sweep_frame_index], 2)
        self.session.set_values(pelvic_tilt=tilt)
        if self._sweep_frame_index >= self._sweep_tracing_from:
            self.trace.append((tilt, self.session.evaluation.muscle("psoas_major")["length_mm"]))
        self._sweep_frame_index += 1
        self.update()

    def stop_sweep(self) -> None:
        if self._sweep_timer.isActive():
            self._sweep_timer.stop()
            self.session.end_gesture()
            self.sweep_button.setText(self.tr("Sweep tilt (S)"))

    def run_sweep_now(self) -> None:
        """The whole sweep without waiting for the timer (tests, benchmarks)."""
        self.start_sweep()
        while self.sweeping:
            self._sweep_frame()

    # -- keys ------------------------------------------------------------------------------------------
    @staticmethod
    def _history_key(event: QtGui.QKeyEvent) -> str:
        """"undo" for Ctrl+Z, "redo" for Ctrl+Shift+Z or Ctrl+Y (the window's keys), else ""."""
        if event.matches(QtGui.QKeySequence.StandardKey.Undo):
            return "undo"
        if (event.matches(QtGui.QKeySequence.StandardKey.Redo)
                or QtGui.QKeySequence(event.keyCombination()) == QtGui.QKeySequence("Ctrl+Y")):
            return "redo"
        return ""

    def event(self, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.ShortcutOverride and self._history_key(event):
            event.accept()  # Ctrl+Z here undoes what the presentation did, not the window's work (the window's Undo)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        key = Qt.Key
        k = event.key()
        history = self._history_key(event)
        if history:
            self.stop_sweep()
            if history == "undo":
                self.session.undo()
            else:
                self.session.redo()
        elif k in (key.Key_PageDown, key.Key_Right, key.Key_Down, key.Key_Space, key.Key_Return, key.Key_Enter):
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
        elif k == key.Key_Q:
            self.toggle_quiz()
        elif k in (key.Key_Escape, key.Key_F11, key.Key_F5):
            self.close()
        elif k in (key.Key_F1, key.Key_Question):
            self.show_help()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def show_help(self) -> None:
        self.help_box = ShortcutsDialog(self, points=16)
        self.help_box.open()

    # -- painting --------------------------------------------------------------------------------------
    def resizeEvent(self, event):
        # the slider's title only where the buttons keep their whole words (a 1024-px projector in large type)
        self.tilt_title.show()
        controls = self.bar.layout().itemAt(1).layout()
        margins = self.bar.layout().contentsMargins()
        self.tilt_title.setVisible(controls.minimumSize().width() + margins.left() + margins.right() <= self.width())
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
            canvas = self.canvas_rect()
            quiz = self.quiz
            key = (self.session.snapshot, title_of(self.session), current_language(), self.theme, len(self.trace),
                   tuple(self.session.view.items()), None if quiz is None else (quiz.index, quiz.revealed))
            if self._scene is None or self._scene[0] != key:  # built once per change, not per paint
                side = None if quiz is None else (lambda area: quiz.card(area, theme_of(self.theme)))
                self._scene = (key, page_scene(self.session, self.theme, with_plot=True, trace=self.trace or None,
                                               side=side))
            scene = self._scene[1]
            scale = min(canvas.width() / scene.width, canvas.height() / scene.height)
            painter.fillRect(canvas, QtGui.QColor(*Painter(self.theme).theme.colour("background")))
            painter.translate((canvas.width() - scene.width * scale) / 2, (canvas.height() - scene.height * scale) / 2)
            painter.scale(scale, scale)
            Painter(self.theme).paint(scene, painter)
        finally:
            painter.end()

    def closeEvent(self, event):
        self.stop_sweep()
        self.end_quiz()
        self._unsubscribe()
        self.closed.emit()
        super().closeEvent(event)


class SpeakerNotes(QtWidgets.QDialog):
    """The teacher's speaker notes, word-wrapped in large type, beside the main window (not projected)."""

    def __init__(self, parent=None):
        super().__init__(parent, QtCore.Qt.WindowType.Tool)
        self.setWindowTitle(self.tr("Speaker notes"))
        self.resize(520, 300)
        layout = QtWidgets.QVBoxLayout(self)
        self.title = QtWidgets.QLabel()
        self.title.setStyleSheet("font-size:15pt;font-weight:bold")
        self.title.setWordWrap(True)
        self.text = QtWidgets.QLabel()
        self.text.setStyleSheet("font-size:14pt")
        self.text.setWordWrap(True)
        self.text.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop | QtCore.Qt.AlignmentFlag.AlignLeft)
        scroll = QtWidgets.QScrollArea()  # long notes (a claim's verdict, a German step) scroll, never cut off
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setWidget(self.text)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)

    def show_step(self, title: str, notes: str) -> None:
        self.title.setText(title)
        self.text.setText(notes or self.tr("(no notes for this step)"))
        if not self.isVisible():
            self.show()

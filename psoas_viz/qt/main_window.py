"""The main window: composition only (no maths). Play area | plots | readouts and controls.

Views and panels read the session and write to it; the few cross-panel effects that are about the window
itself (which tab shows, the status bar) are typed signals connected here.
"""

from __future__ import annotations

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.i18n import QT_TRANSLATE_NOOP, fill_template
from psoas_viz.scene.theme import colour_range
from psoas_viz.session import Session

from . import about, style, window_size
from .accessibility import WindowAccessibility
from .anatomy_cards import AnatomyCards
from .animation_export import AnimationExport
from .claims_panel import ClaimsPanel, badge_text
from .compare import CompareView
from .controls import ControlPanel
from .describe_panel import DescribePanel
from .file_actions import FileActions
from .language import LanguageMenu
from .moment_chart import MomentBars
from .muscle_panel import MusclePanel
from .number_box import NumberBox, WholeNumberBox
from .play_area import PlayArea
from .plots import ChangeBars, TiltPlot
from .predict_panel import PredictPanel
from .presenting import PresentationControl
from .readouts import Readouts

Qt = QtCore.Qt
DEFAULT_SIZE = QtCore.QSize(1600, 1000)
REFUSAL_MS = 10000  # how long the status bar says why a typed number was refused
HINT_MARGIN = 24  # px: the status bar's own margins and size grip beside its message
HINT = QT_TRANSLATE_NOOP("MainWindow", "Drag the pelvis to tilt it · hover a muscle or bone for its card · click the length plot to set the tilt · Ctrl+Z undo")


class ColourLegend(QtWidgets.QWidget):
    """shorter ◀ gradient ▶ longer, as a plain widget under the play area (its title only where it fits); its range
    is the diagram's colour scale, fitted to the current length changes."""

    def __init__(self, state, parent=None):
        super().__init__(parent)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        title = self.title = QtWidgets.QLabel()
        shorter = QtWidgets.QLabel()
        bar = QtWidgets.QFrame()
        bar.setFixedHeight(16)
        bar.setMinimumWidth(30)
        bar.setMaximumWidth(110)
        bar.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed)
        bar.setStyleSheet(f"background:{style.gradient_css()};border:1px solid #555")
        longer = QtWidgets.QLabel()
        for w in (title, shorter, bar, longer):
            layout.addWidget(w, 100 if w is bar else 0)  # the bar takes the room first (up to its maximum)
        self.words = (shorter, longer)
        self.bar = bar
        layout.addStretch(1)
        self.setStyleSheet(style.css("QLabel{font-size:12pt}"))
        self._full = None
        self.session = state
        self.span = None
        self._unsubscribe = state.subscribe(self._on_state)
        self.refresh()

    def close_view(self):
        self._unsubscribe()

    def _on_state(self, state, what):
        if what == "posture":
            self.refresh()

    def refresh(self, force: bool = False):
        """``force``: written again although the scale is the same (the language changed)."""
        span = colour_range(self.session.evaluation.length_change_percent[0])
        if span == self.span and not force:
            return
        self.span = span
        shorter, longer = self.words
        self.title.setText(self.tr("Muscles:"))
        self.bar.setToolTip(self.tr("length change from neutral standing, same pelvis shape"))
        self.setAccessibleName(self.tr("Muscle colour legend"))
        shorter.setText(fill_template(self.tr("<b style='color:#2166ac'>shorter −{span:g} %</b> (dashed)"), {"span": span}))
        longer.setText(fill_template(self.tr("<b style='color:#b34d00'>+{span:g} % longer</b>"), {"span": span}))
        self.setAccessibleDescription(fill_template(self.tr(
            "Blue and dashed: shorter than in neutral standing (full blue at −{span:g} % and more); grey: unchanged; "
            "orange: longer (full orange at +{span:g} %); the scale fits the largest change shown"), {"span": span}))
        self._full = None
        self._fit(self.width())

    def changeEvent(self, event):
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.refresh(force=True)
        super().changeEvent(event)

    def resizeEvent(self, event):
        self._fit(event.size().width())
        super().resizeEvent(event)

    def _fit(self, width: int) -> None:
        """The title only where everything fits on one line; the words on two lines rather than cut."""
        if self._full is None:  # measured with the title shown and the words on one line (in this language)
            self.title.show()
            for words in self.words:
                words.setWordWrap(False)
            self._full = self.sizeHint().width()
        self.title.setVisible(width >= self._full)
        for words in self.words:  # two lines rather than cut, in a narrow column with large text
            words.setWordWrap(width < self._full - self.title.sizeHint().width())


class _WindowUndo(QtCore.QObject):
    """Sends Ctrl+Z / Ctrl+Shift+Z typed in a number box to the window's Undo and Redo (the box's line edit
    would otherwise undo only its own typing, leaving the model where it was)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event):
        if event.type() == QtCore.QEvent.Type.ShortcutOverride and (
                event.matches(QtGui.QKeySequence.StandardKey.Undo) or event.matches(QtGui.QKeySequence.StandardKey.Redo)):
            event.accept()  # deliver the key press here instead of to a shortcut
            return True
        if event.type() == QtCore.QEvent.Type.KeyPress:
            if event.matches(QtGui.QKeySequence.StandardKey.Undo):
                self.window.undo_action.trigger()
                return True
            if event.matches(QtGui.QKeySequence.StandardKey.Redo):
                self.window.redo_action.trigger()
                return True
        return False


class MainWindow(QtWidgets.QMainWindow):
    def __init__(self, state: Session, parent=None, language: str | None = None):
        super().__init__(parent)
        self.session = state
        self._hinting = False  # the status bar shows the hint (fitted to its width again on a resize)
        self._claim_line = False  # the status bar shows the chosen claim and its verdict
        self.setWindowTitle(self.tr("psoas-viz — psoas length under pelvic tilt"))
        self.resize(DEFAULT_SIZE)

        self.undo_action = QtGui.QAction("↶ Undo", self)
        self.undo_action.setShortcut(QtGui.QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(state.undo)
        self.redo_action = QtGui.QAction("↷ Redo", self)
        self.redo_action.setShortcuts([QtGui.QKeySequence("Ctrl+Shift+Z"), QtGui.QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(state.redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            self.addAction(action)
        menu = self.edit_menu = self.menuBar().addMenu("&Edit")
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)

        self.play = PlayArea(state)
        self.compare = CompareView(state)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(self.play, "Model")
        self.tabs.addTab(self.compare, self.compare.tab_title())
        self.tabs.setStyleSheet(style.css("QTabBar::tab{font-size:12pt;padding:5px 14px}"))
        self.title = QtWidgets.QLabel()
        self.title.setStyleSheet(style.css("font-size:12pt;color:#333;padding-left:6px"))
        left = QtWidgets.QWidget()
        ll = QtWidgets.QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.setSpacing(2)
        ll.addWidget(self.tabs, 1)
        self.legend = ColourLegend(state)
        ll.addWidget(self.legend)

        self.tilt_plot = TiltPlot(state)
        self.bars = ChangeBars(state)
        middle = QtWidgets.QSplitter(Qt.Orientation.Vertical)
        middle.addWidget(self.tilt_plot)
        self.moments = MomentBars(state)
        self.chart_tabs = QtWidgets.QTabWidget()
        self.chart_tabs.addTab(self.bars, "Length change")
        self.chart_tabs.addTab(self.moments, "Tilt moments")
        self.chart_tabs.setStyleSheet(style.css("QTabBar::tab{font-size:11pt;padding:4px 12px}"))
        middle.addWidget(self.chart_tabs)
        middle.setSizes([480, 520])

        self.readouts = Readouts(state)
        self.controls = ControlPanel(state, self.undo_action, self.redo_action)
        right = QtWidgets.QWidget()
        rl = QtWidgets.QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.readouts)
        self.posture_tab = scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setWidget(self.controls)
        self.muscle_panel = MusclePanel(state)
        self.control_tabs = QtWidgets.QTabWidget()
        self.control_tabs.addTab(scroll, "Posture")
        self.control_tabs.addTab(self.muscle_panel, "Muscles")
        self.control_tabs.setStyleSheet(style.css("QTabBar::tab{font-size:12pt;padding:5px 9px}"))
        # opening the muscles shows their moments beside them
        self.control_tabs.currentChanged.connect(
            lambda i: self.chart_tabs.setCurrentWidget(self.moments if i == 1 else self.bars))
        rl.addWidget(self.control_tabs, 1)
        rl.addWidget(self.controls.action_bar)  # Undo, Redo, Reset all: always in sight
        self.control_column = right  # its width: see _fit_controls

        splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([760, 450, 390])
        self.setCentralWidget(splitter)
        self.arrangement = window_size.Arrangement(self, splitter, middle, self.tabs,
                                                     (self.readouts, self.controls, self.compare),  # narrow: plots as a tab
                                                     plots_need=lambda: max(self.tilt_plot.needed_width(),
                                                                            self.bars.needed_width()))
        self.statusBar().setStyleSheet(style.css("font-size:11pt"))

        self._unsubscribe = state.subscribe(self._on_state)
        self._on_state(state, "posture")
        self.files = FileActions(self)  # File / View / Help menus: scenarios, export, copy, preferences
        self.zoom_actions = self.play.zoom_actions(self)  # View: zoom in / out, fit the whole model
        self.files.view_menu.addSeparator()
        for action in self.zoom_actions:
            self.addAction(action)
            self.files.view_menu.addAction(action)
        self.presentation = PresentationControl(self)  # F11
        self.animation_export = AnimationExport(self)  # File → Export animation…
        self.files.theme_changed.connect(self.presentation.set_theme)
        self.cards = AnatomyCards(state, self.play.anatomy, self, self.files.help_menu)
        self.about_action = about.install(self)  # Help → About: version and third-party licences
        self.claims = ClaimsPanel(state, self.play.anatomy)
        self.control_tabs.addTab(self.claims, "Claims")
        self.describe = DescribePanel(state)
        self.control_tabs.addTab(self.describe, "Describe")
        self.claims.claim_chosen.connect(self._claim_chosen)
        self.claims.structure_requested.connect(self.cards.open_card)
        self.claims.posture_shown.connect(lambda _label: self.tabs.setCurrentWidget(self.play))
        self.predict = PredictPanel(state)
        self.predict.posture_shown.connect(lambda: self.tabs.setCurrentWidget(self.play))  # the model moves there
        self.predict_tab = predict_scroll = QtWidgets.QScrollArea()  # a long question still leaves Undo and Reset all in sight
        predict_scroll.setWidgetResizable(True)
        predict_scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        predict_scroll.setWidget(self.predict)
        self.control_tabs.addTab(predict_scroll, "Predict")
        self._number_box_undo = _WindowUndo(self)
        for box in self.findChildren(QtWidgets.QAbstractSpinBox):
            box.lineEdit().installEventFilter(self._number_box_undo)
            if isinstance(box, (NumberBox, WholeNumberBox)):  # a number out of range: one line, nothing changed
                box.refused.connect(lambda line: self.statusBar().showMessage(line, REFUSAL_MS))
        self.accessibility = WindowAccessibility(self)  # names, descriptions, the model's keys, Tab order
        self.language = LanguageMenu(self, language)  # View → Language
        self.retranslate()
        self.language_changed()

    # -- languages ---------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """The window's menus and tabs in the current language (at start and on every language change)."""
        self.files.retranslate()  # File, View, Help and the window title
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.about_action.setText(QtCore.QCoreApplication.translate("AboutDialog", "&About psoas-viz"))
        self.language.menu.setTitle(self.tr("Language"))
        self.language.retranslate()
        for action, text in zip(self.zoom_actions, self.play.zoom_texts()):
            action.setText(text)
        self.animation_export.retranslate()
        self.undo_action.setText(self.tr("↶ Undo"))
        self.redo_action.setText(self.tr("↷ Redo"))
        for tabs, widget, text in ((self.tabs, self.play, self.tr("Model")),
                                   (self.chart_tabs, self.bars, self.tr("Length change")),
                                   (self.chart_tabs, self.moments, self.tr("Tilt moments")),
                                   (self.control_tabs, self.posture_tab, self.tr("Posture")),
                                   (self.control_tabs, self.muscle_panel, self.tr("Muscles")),
                                   (self.control_tabs, self.claims, self.tr("Claims")),
                                   (self.control_tabs, self.describe, self.tr("Describe")),
                                   (self.control_tabs, self.predict_tab, self.tr("Predict"))):
            tabs.setTabText(tabs.indexOf(widget), text)
        self.tabs.setTabText(self.tabs.indexOf(self.compare), self.compare.tab_title())
        self.arrangement.retranslate()  # the "Plots" tab of a narrow window
        self.presentation.retranslate()  # View: presentation mode, lessons
        self._fit_controls()
        self.accessibility.retranslate()  # names and descriptions for screen readers, tab tooltips
        self._write_status()  # the hint, the situation's title, the range warning or the claim, in the language

    def _fit_controls(self) -> None:
        """The controls column as wide as its tab titles need in this language (within the limits of
        ``window_size.controls_width``: wider with larger text, never pushing the window past 1024 px)."""
        self.control_column.setFixedWidth(window_size.controls_width(self.control_tabs.tabBar()))
        self.arrangement.arrange(self.width())  # a wider column leaves the plots too little room: they become a tab
        QtCore.QTimer.singleShot(0, self.arrangement, self.arrangement.room_for_plots)  # words of a new length

    def changeEvent(self, event) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange and hasattr(self, "language"):
            self.retranslate()
        super().changeEvent(event)

    def language_changed(self) -> None:
        """What speaks through the Qt-free seam is drawn or written again: the diagram, the description, the
        compare overlay, the claims' verdicts."""
        self.play.rebuild()
        self.cards.retranslate()
        self.describe.refresh(force=True)
        self.compare.refresh(force=True)
        self.claims.retranslate()
        self._write_status()  # the claim's verdict evaluated again in the language
        self.presentation.language_changed()  # a built-in lesson's text, the presets' titles

    def _on_state(self, state, what):
        self.undo_action.setEnabled(state.can_undo)
        self.redo_action.setEnabled(state.can_redo)
        if what in ("posture", "muscles", "title"):
            self._claim_line = False
            self._write_status()
        elif what == "view":
            self.tabs.setTabText(self.tabs.indexOf(self.compare), self.compare.tab_title())

    def _write_status(self) -> None:
        """The status bar's line in the current language (written again at a language switch): the chosen
        claim and its verdict, else the range warning, else the situation's title, else the hint."""
        state = self.session
        claim = self.claims.current if self._claim_line and hasattr(self, "claims") else None
        if claim is not None:
            self._hinting = False
            self.statusBar().showMessage(self.tr("Claim: {text}  —  {verdict}").format(text=claim.text,
                                                                                      verdict=badge_text(claim)))
            return
        warning = state.model.range_warning(state.posture.thigh_angle + state.posture.pelvic_tilt)
        self._hinting = not warning and not state.display_title
        if self._hinting:
            self._show_hint()
        else:
            self.statusBar().showMessage(warning.replace("warning: ", "⚠ ") if warning else state.display_title)

    def _show_hint(self) -> None:
        """The hint's parts ("·" between them) that fit the status bar's width, the whole in its tooltip: a
        narrow window or a longer language drops the last parts rather than cutting a word in half."""
        hint = self.tr(HINT)
        bar = self.statusBar()
        parts = hint.split(" · ")
        room = bar.contentsRect().width() - HINT_MARGIN
        while len(parts) > 1 and bar.fontMetrics().horizontalAdvance(" · ".join(parts)) > room:
            parts.pop()
        bar.setToolTip(hint)
        bar.showMessage(" · ".join(parts))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        shown = self.statusBar().currentMessage()
        if self._hinting and shown and self.tr(HINT).startswith(shown):  # not a message that replaced it
            self._show_hint()

    def _claim_chosen(self, result) -> None:
        """A chosen claim shows where it is drawn: Compare for several postures, else the model."""
        if result is not None:
            self.tabs.setCurrentWidget(self.compare if len(result.postures) >= 2 else self.play)
            self._claim_line = True
            self._write_status()

    def closeEvent(self, event):
        if not self.files.close_request():  # unsaved changes: the user cancelled
            event.ignore()
            return
        self.presentation.close()
        for view in (self.play, self.compare, self.tilt_plot, self.bars, self.moments, self.readouts, self.controls,
                     self.muscle_panel, self.claims, self.describe, self.predict, self.legend):
            view.close_view()
        self.accessibility.close_view()
        self._unsubscribe()
        super().closeEvent(event)

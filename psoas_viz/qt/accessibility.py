"""The window for screen readers and the keyboard: names and descriptions of the views the panels do not name
themselves, the play area's live description, its keys, a visible focus ring on it, and the Tab order between
the panels (each panel orders its own controls).

The play area's live text is the first sentences of ``psoas_viz.describe`` (the posture and the psoas; the whole
description is in the Describe tab).  ``PlayArea.set_description`` announces every change to assistive
technology.
"""

from __future__ import annotations

import numpy as np
import PySide6  # noqa: F401
import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.describe import describe
from psoas_viz.i18n import QT_TRANSLATE_NOOP

from . import style
from .play_area import ZOOM_KEY

Qt = QtCore.Qt
PLAY_NAME = QT_TRANSLATE_NOOP("WindowAccessibility", "Model: pelvis, lumbar spine and femur seen from the right")
PLAY_HELP = QT_TRANSLATE_NOOP("WindowAccessibility", "Left and right arrows tilt the pelvis by 1 degree (Shift: 0.1), "
                                                     "Page Up and Page Down by 5; plus and minus zoom, 0 shows the "
                                                     "whole model.")
KEY_STEP, FINE_STEP, PAGE_STEP = 1.0, 0.1, 5.0  # degrees, as the tilt slider (Shift: finer)


class FocusRing(QtWidgets.QWidget):
    """A ring over the edge of whichever widget of the window has the keyboard focus: the same clear cue on the
    play area, the charts and every control (the style's own is faint or, on custom-painted widgets, absent)."""

    MOVES = (QtCore.QEvent.Type.Move, QtCore.QEvent.Type.Resize, QtCore.QEvent.Type.Show, QtCore.QEvent.Type.Hide)

    def __init__(self, window: QtWidgets.QWidget):
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        self.target: QtWidgets.QWidget | None = None
        self._watched: list[QtWidgets.QWidget] = []  # the target and its ancestors: any of them moving moves it
        QtWidgets.QApplication.instance().focusChanged.connect(self._focus_changed)
        self._following = True

    def _focus_changed(self, old, new) -> None:
        for widget in self._watched:
            if shiboken6.isValid(widget):  # not being deleted with its window
                widget.removeEventFilter(self)
        self._watched = []
        self.target = new if new is not None and new is not self.parentWidget() and \
            new.window() is self.parentWidget() else None
        widget = self.target
        while widget is not None and widget is not self.parentWidget():
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()
        self.place()

    def eventFilter(self, obj, event):
        if event.type() in self.MOVES:
            QtCore.QTimer.singleShot(0, self.place)  # after the layout has placed everything
        return False

    def place(self) -> None:
        """Over the part of the target in sight (a control half scrolled away gets half a ring)."""
        target = self.target
        seen = target.visibleRegion().boundingRect() if target is not None and target.isVisible() else None
        if not seen:
            self.hide()
            return
        self.setGeometry(QtCore.QRect(target.mapTo(self.parentWidget(), seen.topLeft()), seen.size()))
        self.show()
        self.raise_()

    def stop(self) -> None:
        """Stop following the focus (the window closes; closing twice is harmless)."""
        if self._following:
            QtWidgets.QApplication.instance().focusChanged.disconnect(self._focus_changed)
            self._following = False
        self._focus_changed(None, None)

    def paintEvent(self, event):
        painter = QtGui.QPainter(self)
        pen = QtGui.QPen(QtGui.QColor(style.FOCUS_COLOUR), 3)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.drawRect(QtCore.QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5))
        painter.end()


class PlayKeys(QtCore.QObject):
    """The play area by keyboard: what a drag and the wheel do (see ``PLAY_HELP``)."""

    def __init__(self, play):
        super().__init__(play)
        self.play = play
        play.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() != QtCore.QEvent.Type.KeyPress:
            return False
        key, fine = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Up: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Down: -1}.get(key)
        if step is not None:
            self.tilt_by(step * (FINE_STEP if fine else KEY_STEP))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.tilt_by(PAGE_STEP if key == Qt.Key.Key_PageUp else -PAGE_STEP)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            self.play.zoom_by(ZOOM_KEY if key != Qt.Key.Key_Minus else 1 / ZOOM_KEY)
        elif key == Qt.Key.Key_0:
            self.play.fit()
        else:
            return False
        return True

    def tilt_by(self, degrees: float) -> None:
        session = self.play.session
        spec = session.model.parameters["pelvic_tilt"]
        tilt = float(np.clip(round(session.posture.pelvic_tilt + degrees, 1), spec.minimum, spec.maximum))
        if tilt != session.posture.pelvic_tilt:
            session.set_values(pelvic_tilt=tilt)



class WindowAccessibility(QtCore.QObject):
    """Installed on the main window: names, descriptions, the play area's keys and live text, Tab order."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        play = window.play
        play.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ring = FocusRing(window)
        self.keys = PlayKeys(play)
        for scroll in window.findChildren(QtWidgets.QScrollArea):
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls (it scrolls them into view)
        self.retranslate()
        self._tab_order()
        play.setFocus()  # the window opens with the model under the keys (arrows tilt the pelvis)
        self._unsubscribe = window.session.subscribe(self._on_state)

    def retranslate(self) -> None:
        """Every name and description this installs, in the current language (at start and on a change)."""
        window = self.window
        window.play.setAccessibleName(self.tr(PLAY_NAME))
        window.play.setToolTip(self.tr(PLAY_HELP))
        for tabs, name, what in (
                (window.tabs, self.tr("Model views"), self.tr("The model, and postures compared side by side")),
                (window.chart_tabs, self.tr("Charts"),
                 self.tr("Every muscle's length change, or the moments tilting the pelvis")),
                (window.control_tabs, self.tr("Controls"), self.tr("Posture, muscles and popular claims"))):
            tabs.setAccessibleName(name)
            tabs.setAccessibleDescription(what)
            tabs.tabBar().setAccessibleName(self.tr("{name} tabs").format(name=name))
            tabs.tabBar().setAccessibleDescription(
                self.tr("Left and right arrows change the tab; Ctrl+Tab from inside"))
        for bar in window.findChildren(QtWidgets.QTabBar):  # the arrows a tab bar shows when its tabs do not fit
            arrows = bar.findChildren(QtWidgets.QToolButton)  # Qt makes the left one first
            for button, name in zip(arrows, (self.tr("Scroll the tabs left"), self.tr("Scroll the tabs right"))):
                button.setAccessibleName(name)
                button.setAccessibleDescription(self.tr("Shows the tabs that do not fit beside the others"))
        pages = {window.play: self.tr("The model drawn to scale: drag the pelvis, or use the arrow keys"),
                 window.compare: self.tr("Postures overlaid, with the psoas lengths compared"),
                 window.bars: self.tr("Every muscle's length change from neutral standing"),
                 window.moments: self.tr("The moments tilting the pelvis: muscles, trunk weight, passive joints"),
                 window.muscle_panel: self.tr("Muscle tension and tightness, fascial pulls, Settle the pelvis"),
                 window.claims: self.tr("Popular claims about the psoas, tested on the model"),
                 window.describe: self.tr("The model in words: posture, psoas, neighbouring muscles and angles"),
                 window.posture_tab: self.tr("Posture sliders, spine mode, presets and view options"),
                 window.predict_tab: self.tr("Predict what the model will show, then see it")}
        for tabs in window.findChildren(QtWidgets.QTabWidget):  # a tab's tooltip is what it is announced with
            for i in range(tabs.count()):
                page = tabs.widget(i)
                tabs.setTabToolTip(i, pages.get(page) or page.accessibleDescription() or tabs.tabText(i))
        window.posture_tab.setAccessibleName(self.tr("Posture controls"))
        window.predict_tab.setAccessibleName(self.tr("Predict questions"))
        for scroll in window.findChildren(QtWidgets.QScrollArea):
            name = scroll.accessibleName()
            if not name:
                continue
            scroll.verticalScrollBar().setAccessibleName(self.tr("Scroll: {name}").format(name=name))
            scroll.horizontalScrollBar().setAccessibleName(self.tr("Scroll sideways: {name}").format(name=name))
            for bar in (scroll.verticalScrollBar(), scroll.horizontalScrollBar()):
                bar.setAccessibleDescription(self.tr("Tab to a control also scrolls it into sight"))
        window.compare.setAccessibleName(self.tr("Compare postures"))
        self._on_state(window.session, "posture")  # the play area's live text

    def _tab_order(self) -> None:
        """Left to right: the model views, the charts, the controls' tabs and the panel shown (each panel orders
        its own controls; Tab skips the hidden ones), then the Undo bar."""
        w = self.window
        chain = [w.tabs, w.play, w.tilt_plot, w.chart_tabs, w.bars, w.moments,
                 w.control_tabs, *w.controls.tab_chain(), *w.muscle_panel.tab_chain(),
                 *w.claims.rows.values(), w.controls.undo_button, w.controls.redo_button, w.controls.reset_button]
        for a, b in zip(chain, chain[1:] + chain[:1]):  # a ring: after Reset all, the model views again
            QtWidgets.QWidget.setTabOrder(a, b)

    def _on_state(self, session, what) -> None:
        if what in ("posture", "muscles"):
            snapshot = session.snapshot
            self.window.play.set_description(describe(snapshot.posture, snapshot.evaluation).announcement)

    def close_view(self) -> None:
        self.ring.stop()
        self._unsubscribe()

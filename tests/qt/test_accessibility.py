"""The real window for screen readers, the keyboard, small screens and large text (pytest-qt, offscreen)."""

from __future__ import annotations

import re

import pytest

import PySide6  # noqa: F401  (before pyqtgraph)
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.qt import style, window_size
from psoas_viz.qt.app import create_window
from psoas_viz.qt.presentation import shortcuts_html
from psoas_viz.session import Session

Qt = QtCore.Qt
CONTROLS = (QtWidgets.QAbstractButton, QtWidgets.QAbstractSlider, QtWidgets.QAbstractSpinBox, QtWidgets.QComboBox,
            QtWidgets.QLineEdit, QtWidgets.QTabBar)


def accessible_name(widget) -> str:
    """What assistive technology is told the widget is called."""
    interface = QtGui.QAccessible.queryAccessibleInterface(widget)
    return interface.text(QtGui.QAccessible.Text.Name).strip() if interface is not None else ""


def accessible_description(widget) -> str:
    """What assistive technology is told about the widget; a tab bar's is its current tab's (its tooltip)."""
    interface = QtGui.QAccessible.queryAccessibleInterface(widget)
    if isinstance(widget, QtWidgets.QTabBar):
        interface = interface.child(widget.currentIndex())
    return interface.text(QtGui.QAccessible.Text.Description).strip() if interface is not None else ""


def lacking(window, text_of) -> list[str]:
    """Every visible control, focusable widget and readout of ``window`` (the main window or the presentation
    view) for which ``text_of`` (its accessible name or description) is empty."""
    found = []
    readouts = set(window.readouts.values.values()) if hasattr(window, "readouts") else set()
    for widget in [window, *window.findChildren(QtWidgets.QWidget)]:
        if not widget.isVisible():
            continue
        focusable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None
        if (focusable or isinstance(widget, CONTROLS) or widget in readouts) and not text_of(widget):
            found.append(f"{type(widget).__name__} '{accessible_name(widget)}' in {type(widget.parentWidget()).__name__}")
    return found


def every_tab(window):
    """Show each tab of each tab widget in turn (the others at their first tab)."""
    for tabs in window.findChildren(QtWidgets.QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QtWidgets.QApplication.processEvents()
            yield f"{tabs.accessibleName()} / {tabs.tabText(i)}"
        tabs.setCurrentIndex(0)


@pytest.mark.parametrize("size", [(1600, 1000), (1024, 640)])
def test_every_visible_control_in_every_tab_has_an_accessible_name_and_description(window, size):
    window.resize(*size)
    window.claims.choose(next(iter(window.claims.rows)))  # its detail buttons too
    window.session.set_values(pelvic_tilt=5.0)  # Undo enabled
    probed, seen = 0, []
    for shown in every_tab(window):
        seen.append(shown.rsplit(" / ", 1)[1])
        assert lacking(window, accessible_name) == [], shown
        assert lacking(window, accessible_description) == [], shown
        probed += 1
    assert probed >= 9  # model views (2 or 3), charts (2), controls (5)
    assert {"Predict", "Describe", "Claims", "Muscles"} <= set(seen)  # every tab of the controls was shown
    window.presentation.set_presenting(True)  # F11: the presentation view and its control bar
    view = window.presentation.view
    try:
        QtWidgets.QApplication.processEvents()
        assert view.isVisible() and view.findChildren(QtWidgets.QAbstractButton)
        assert lacking(view, accessible_name) == []
    finally:
        window.presentation.set_presenting(False)


def test_readouts_are_announced_with_their_label(window):
    window.session.set_values(pelvic_tilt=10.0)
    psoas = window.session.evaluation.muscle("psoas_major")
    assert accessible_name(window.readouts.values["length"]) == f"Psoas length {psoas['length_mm']:.1f} mm"
    assert accessible_name(window.readouts.values["change"]) == f"Change from neutral {psoas['change_mm']:+.1f} mm".replace(
        "-", "\u2212")  # the minus sign, which screen readers say as "minus"
    for key, value in window.readouts.values.items():
        assert accessible_name(value).startswith(window.readouts.names[key] + " ")


def test_labels_have_buddies(window):
    row = window.controls.rows["pelvic_tilt"]
    assert row.title.buddy() is row.slider
    muscle = window.muscle_panel.rows["psoas_major"]
    assert muscle.title.buddy() is muscle.sliders["activation"]


def test_minimum_width_is_at_most_1024(window):
    for width in (1600, 1100):
        window.resize(width, 800)
        QtWidgets.QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1024
        assert window.minimumSize().width() <= 1024
    assert window.arrangement.narrow  # 1100 px: the plots are a tab beside the model
    assert window.tabs.indexOf(window.tilt_plot.parentWidget()) >= 0
    window.resize(1400, 800)
    QtWidgets.QApplication.processEvents()
    assert not window.arrangement.narrow and window.tabs.count() == 2
    assert window.tilt_plot.isVisible() and window.tilt_plot.width() >= window_size.MIN_MIDDLE


def test_reset_all_and_undo_are_visible_at_1024_by_640(window):
    window.session.set_values(pelvic_tilt=5.0)
    window.resize(1024, 640)
    QtWidgets.QApplication.processEvents()
    assert (window.width(), window.height()) == (1024, 640)
    inside = window.rect()
    for tab in range(window.control_tabs.count()):
        window.control_tabs.setCurrentIndex(tab)
        QtWidgets.QApplication.processEvents()
        for button in (window.controls.reset_button, window.controls.undo_button):
            assert button.isVisible() and button.isEnabled()
            rect = QtCore.QRect(button.mapTo(window, QtCore.QPoint(0, 0)), button.size())
            assert inside.contains(rect), (button.accessibleName(), rect)
            assert button.visibleRegion().boundingRect() == button.rect()  # nothing covers or clips it
    assert window.readouts.visibleRegion().boundingRect() == window.readouts.rect()
    assert window.readouts.compact and window.controls.rows["pelvic_tilt"].compact  # a short window
    window.resize(1600, 1000)
    QtWidgets.QApplication.processEvents()
    assert not window.readouts.compact and not window.controls.rows["pelvic_tilt"].compact


def test_a_1366_by_768_screen_shows_every_posture_control_and_readout(window):
    window.resize(1366, 768 - 25)  # the window inside a title bar
    QtWidgets.QApplication.processEvents()
    shown = [*window.controls.tab_chain(), *window.readouts.values.values(), *window.readouts.labels.values(),
             window.controls.undo_button, window.controls.redo_button, window.controls.reset_button]
    for widget in shown:
        assert widget.isVisible()
        assert widget.visibleRegion().boundingRect() == widget.rect(), accessible_name(widget)  # not scrolled off
    assert not window.arrangement.narrow and window.tilt_plot.isVisible()


def test_tab_order_visits_the_posture_controls_in_order(window, qtbot):
    controls = window.controls
    controls.preset_combo.setFocus()
    seen = []
    for _ in range(20):
        seen.append(QtWidgets.QApplication.focusWidget())
        qtbot.keyClick(QtWidgets.QApplication.focusWidget(), Qt.Key.Key_Tab)
    expected = [controls.preset_combo]
    for row in controls.rows.values():
        if row.isEnabled():
            expected += [row.slider, row.spin]
    expected += [controls.spine_combo, *controls.checks.values()]
    assert seen[:len(expected)] == expected
    assert len(expected) >= 11
    assert controls.reset_button in seen  # the Undo bar after the panel, then round to the model views
    assert seen[seen.index(controls.reset_button) + 1] is window.tabs.tabBar()


def test_the_play_area_is_described_and_announced(window, monkeypatch):
    events = []
    monkeypatch.setattr(QtGui.QAccessible, "updateAccessibility", staticmethod(
        lambda event: events.append((event.type(), event.object(), getattr(event, "value", lambda: None)()))))
    play = window.play
    assert accessible_name(play).startswith("Model")
    window.session.set_values(pelvic_tilt=8.0, spine_mode="upright")
    psoas = window.session.evaluation.muscle("psoas_major")
    text = play.accessibleDescription()
    assert text.startswith("Pelvis tilted 8 degrees anteriorly, trunk upright")
    assert f"Psoas major {psoas['length_mm']:.1f} millimetres, {abs(psoas['change_mm']):.1f} millimetres shorter" in text
    interface = QtGui.QAccessible.queryAccessibleInterface(play)
    assert interface.text(QtGui.QAccessible.Text.Description) == text
    assert (QtGui.QAccessible.Event.ValueChanged, play, text) in events
    events.clear()
    window.session.set_values(pelvic_tilt=-4.0)
    assert "4 degrees posteriorly" in play.accessibleDescription()
    assert [e for e in events if e[1] is play] == [(QtGui.QAccessible.Event.ValueChanged, play,
                                                    play.accessibleDescription())]
    play.set_description("The same words twice")
    play.set_description("The same words twice")  # announced once
    assert len([e for e in events if e[1] is play]) == 2


def test_the_play_area_works_by_keyboard_with_a_visible_focus(window, qtbot):
    play, session = window.play, window.session
    window.resize(1600, 1000)
    play.setFocus()
    QtWidgets.QApplication.processEvents()
    assert play.hasFocus() and window.accessibility.ring.isVisible()
    top = play.mapTo(window, QtCore.QPoint(play.width() // 2, 1))
    assert QtGui.QColor(window.grab().toImage().pixel(top)) == QtGui.QColor(style.FOCUS_COLOUR)
    qtbot.keyClick(play, Qt.Key.Key_Right)
    assert session.posture.pelvic_tilt == pytest.approx(1.0)
    qtbot.keyClick(play, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert session.posture.pelvic_tilt == pytest.approx(1.1)
    qtbot.keyClick(play, Qt.Key.Key_PageDown)
    assert session.posture.pelvic_tilt == pytest.approx(-3.9)
    qtbot.keyClick(play, Qt.Key.Key_Plus)
    assert session.view["zoom"] == pytest.approx(1.25)
    qtbot.keyClick(play, Qt.Key.Key_0)
    assert session.view["zoom"] == 1.0
    window.undo_action.trigger()
    assert session.posture.pelvic_tilt == pytest.approx(1.1)
    combo = window.controls.preset_combo
    combo.setFocus()
    QtWidgets.QApplication.processEvents()
    ring = window.accessibility.ring
    assert ring.geometry() == QtCore.QRect(combo.mapTo(window, QtCore.QPoint(0, 0)), combo.size())  # it moved
    window.control_tabs.setCurrentWidget(window.muscle_panel)  # the combo hidden: the ring follows the focus
    QtWidgets.QApplication.processEvents()
    focus = QtWidgets.QApplication.focusWidget()
    assert focus is not combo
    if focus is None or focus is window:
        assert not ring.isVisible()
    else:
        seen = focus.visibleRegion().boundingRect()
        assert ring.isVisible() and ring.geometry() == QtCore.QRect(focus.mapTo(window, seen.topLeft()), seen.size())


def test_every_shortcut_of_the_window_is_listed_in_f1(window):
    listed = shortcuts_html()
    actions = [a for a in window.findChildren(QtGui.QAction) if not a.shortcut().isEmpty()]
    assert len(actions) >= 9  # File, Edit, View (F11), Help (F1)
    for action in actions:
        for key in action.shortcuts():
            assert key.toString(QtGui.QKeySequence.SequenceFormat.PortableText) in listed, action.text()
    for words in ("Tab", "on the model", "Enter or Space on a claim", "Alt+F"):
        assert words in listed


def test_the_f1_list_fits_the_screen_and_scrolls(window):
    window.files.shortcuts_action.trigger()
    box = window.files.help_box
    QtWidgets.QApplication.processEvents()
    area = window.screen().availableGeometry()
    assert box.isVisible() and box.height() <= area.height() and box.width() <= area.width()
    assert box.text.verticalScrollBar().maximum() > 0  # longer than the screen here: it scrolls
    assert "Tab / Shift+Tab" in box.text.toPlainText() and accessible_name(box.text)
    box.close()


def test_shortened_muscles_are_dashed_in_the_window_too(window):
    window.session.set_values(pelvic_tilt=15.0)
    snapshot = window.session.snapshot
    percent = dict(zip(snapshot.evaluation.muscle_ids, snapshot.evaluation.length_change_percent[0]))
    seen = {True: 0, False: 0}
    for structure in window.play.scene.structures:
        if structure.id in percent and structure.role in ("muscle", "muscle_quiet"):  # quiet neighbours are dashed too
            # every line of the muscle (the iliacus belly is a polygon, tinted rather than dashed)
            dashed = {shape.dashed for shape in structure.shapes if shape.kind == "polyline"}
            assert dashed == {percent[structure.id] < -0.5}, structure.id
            seen[percent[structure.id] < -0.5] += 1
    assert seen[True] >= 3 and seen[False] >= 3
    legend = " ".join(label.text() for label in window.findChildren(QtWidgets.QLabel))
    assert "(dashed)" in legend


def test_fonts_follow_the_system_font(qtbot, model, dialogs):
    app = QtWidgets.QApplication.instance()
    usual = app.font()
    big = QtGui.QFont(usual)
    big.setPixelSize(round(style.REFERENCE_PIXELS * 1.5))
    app.setFont(big)
    try:
        assert style.text_scale() == pytest.approx(1.5)
        win = create_window(Session(model))
        win.files.persist = False
        qtbot.addWidget(win)
        size = win.readouts.values["length"].font().pointSizeF()
        assert size == pytest.approx(17 * 1.5, abs=0.1)
        assert win.tilt_plot.getPlotItem().getAxis("bottom").style["tickFont"].pointSizeF() == pytest.approx(16.5)
        assert re.search(r"font-size:18pt", win.tabs.styleSheet())
    finally:
        app.setFont(usual)
    assert style.text_scale() == pytest.approx(QtGui.QFontInfo(usual).pixelSize() / style.REFERENCE_PIXELS)


def test_the_window_opens_sized_to_its_screen_and_remembers_it_per_screen(qtbot, tmp_path):
    window = QtWidgets.QWidget()  # any top-level window: the main window's minimum is larger than the test screen
    qtbot.addWidget(window)
    screen = window_size.screen_of(window)
    area = screen.availableGeometry()
    half = QtCore.QSize(area.width() // 2, area.height() // 2)
    window_size.fit(window, screen, half)
    assert window.geometry().center() == area.center() and window.size() == half
    window_size.fit(window, screen, QtCore.QSize(area.width() + 400, area.height() + 300))
    assert window.isMaximized() and window.size() == area.size()
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.show()
    window.setGeometry(area.x() + 10, area.y() + 20, 300, 200)
    QtWidgets.QApplication.processEvents()
    settings = QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    window_size.remember(window, settings)
    key = window_size.screen_key(screen)
    assert screen.name() in key and f"{area.width()}x{area.height()}" in key
    window.resize(500, 400)
    window_size.restore(window, settings, half)
    assert window.size() == QtCore.QSize(300, 200)
    settings.remove(key)
    window_size.restore(window, settings, half)
    assert window.size() == half  # not seen on this screen: fitted to it


def test_the_window_comes_back_at_its_size_on_the_same_screen(qtbot, model, dialogs):
    first = create_window(Session(model))
    qtbot.addWidget(first)
    first.show()
    first.resize(1000, 700)  # narrow: the plots become a tab, the minimum width drops
    QtWidgets.QApplication.processEvents()
    first.resize(760, 700)  # within the offscreen test screen (800 x 800)
    QtWidgets.QApplication.processEvents()
    first.close()  # stores the session and the geometry for this screen
    key = window_size.screen_key(window_size.screen_of(first))
    assert first.files.settings.value(key) is not None
    second = create_window(Session(model))
    qtbot.addWidget(second)
    second.files.persist = False
    second.files.restore_geometry()
    assert second.size() == QtCore.QSize(760, 700)
    first.files.settings.remove(key)  # a screen it was never on: sized to that screen
    third = create_window(Session(model))
    qtbot.addWidget(third)
    third.files.persist = False
    third.files.restore_geometry()
    area = window_size.screen_of(third).availableGeometry()
    assert third.isMaximized() or third.size().boundedTo(area.size()) == third.size()


def _tab_walk(window, qtbot, start, steps: int = 40) -> list:
    """The widgets Tab visits from ``start`` until it comes round to the model views."""
    start.setFocus()
    QtWidgets.QApplication.processEvents()
    seen = []
    for _ in range(steps):
        focus = QtWidgets.QApplication.focusWidget()
        seen.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        if QtWidgets.QApplication.focusWidget() is window.tabs.tabBar():
            break
    return seen


def test_tab_reaches_the_description_the_questions_answers_and_a_claims_buttons(window, qtbot):
    bar = window.control_tabs.tabBar()
    window.control_tabs.setCurrentWidget(window.describe)
    seen = _tab_walk(window, qtbot, bar)
    assert seen[:2] == [bar, window.describe.text] and window.controls.reset_button in seen
    window.control_tabs.setCurrentWidget(window.predict_tab)
    assert window.predict.start_button in _tab_walk(window, qtbot, bar)
    window.predict.start()  # a question: its answer buttons are new widgets, in the ring in reading order
    QtWidgets.QApplication.processEvents()
    seen = _tab_walk(window, qtbot, bar)
    options = window.predict.option_buttons
    assert len(options) >= 2 and seen[1:1 + len(options)] == options
    assert seen[-1] is window.controls.reset_button
    window.control_tabs.setCurrentWidget(window.claims)
    first = next(iter(window.claims.rows.values()))
    window.claims.choose(next(iter(window.claims.rows)))
    QtWidgets.QApplication.processEvents()
    seen = _tab_walk(window, qtbot, bar)
    shown = [b for b in window.claims.findChildren(QtWidgets.QPushButton) if b.isVisibleTo(window.claims)]
    assert seen[1] is first and shown and set(shown) <= set(seen)  # the claim's Show and card buttons too
    assert seen.index(first) < min(seen.index(b) for b in shown)

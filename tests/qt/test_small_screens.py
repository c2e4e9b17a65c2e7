"""A classroom laptop's screen in every language (issue 16, points 3 to 5): at 1024 x 640 the German and Spanish
words, longer than the English, are neither cut nor hidden, and a screen reader hears the window in the language
it shows (pytest-qt, real widgets, offscreen)."""

from __future__ import annotations

import pytest

import PySide6  # noqa: F401  (before pyqtgraph)
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.qt import window_size

from test_accessibility import accessible_description, accessible_name


@pytest.fixture
def speaking(window):
    """Switch ``window`` to a language for one test; English again afterwards."""
    def switch(code: str):
        window.language.actions[code].trigger()
        QtWidgets.QApplication.processEvents()
        return window
    yield switch
    window.language.actions["en"].trigger()


def _fits(widget: QtWidgets.QWidget) -> bool:
    """Shown whole: as wide as its text needs and not covered or cut by its parents."""
    return widget.isVisible() and widget.width() >= widget.sizeHint().width() and \
        widget.visibleRegion().boundingRect().width() >= widget.sizeHint().width()


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_at_1024_by_640_every_word_of_the_controls_shows_in_every_language(speaking, language):
    window = speaking(language)
    window.resize(1024, 640)
    QtWidgets.QApplication.processEvents()
    assert window.width() == 1024 and window.arrangement.narrow and window.readouts.compact
    assert window.control_column.width() <= window_size.MAX_CONTROLS
    bar = window.control_tabs.tabBar()  # Posture, Muscles, Claims, Describe, Predict: every title in sight
    assert bar.count() == 5
    for i in range(bar.count()):
        assert bar.tabRect(i).right() <= bar.width(), bar.tabText(i)
    assert not [b for b in bar.findChildren(QtWidgets.QToolButton) if b.isVisible()]  # no scroll arrows
    reset = window.controls.reset_button  # its words inside its circle
    font = QtGui.QFont(reset.font())
    font.setBold(True)
    widest = max(QtGui.QFontMetrics(font).horizontalAdvance(line) for line in reset.text().split("\n"))
    assert widest < reset.width() - 8, reset.text()
    tilt = window.controls.rows["pelvic_tilt"]
    assert tilt.compact
    for label in (tilt.title, *tilt.ends):  # "← posterior" and "anterior →" beside a long German title
        assert _fits(label), label.text()
    for row in window.controls.rows.values():
        assert row.title.width() >= row.title.sizeHint().width(), row.title.text()
    for words in window.legend.words:  # the colour legend: whole, or on two lines
        assert words.wordWrap() or _fits(words), words.text()
    hint = window.tr("Drag the pelvis to tilt it · hover a muscle or bone for its card · click the length "
                     "plot to set the tilt · Ctrl+Z undo")
    shown = window.statusBar().currentMessage()  # whole parts of the hint, never a word cut in half
    assert shown and hint.startswith(shown) and (shown == hint or hint[len(shown):].startswith(" · "))
    assert window.statusBar().fontMetrics().horizontalAdvance(shown) <= window.statusBar().width()
    plots = window.tabs.indexOf(window.tilt_plot.parentWidget())  # the plots: a tab beside the model
    assert plots >= 0 and window.tabs.tabText(plots) == {"en": "Plots", "de": "Diagramme", "es": "Gráficas"}[language]


def test_a_wider_controls_column_sends_the_plots_to_a_tab_before_it_squeezes_them(speaking):
    window = speaking("de")
    window.resize(1366, 743)
    QtWidgets.QApplication.processEvents()
    column = window.control_column.width()
    assert column > window_size.controls_width()  # German tab titles need more than the usual 390 px
    assert window.arrangement.narrow  # 1366 px: the plot would get less than it needs beside the model
    window.resize(column + window_size.WIDE_REST, 743)
    QtWidgets.QApplication.processEvents()
    assert not window.arrangement.narrow and window.tilt_plot.isVisible()
    window.language.actions["en"].trigger()  # English titles: the usual column, the plots beside the model
    window.resize(1366, 743)
    QtWidgets.QApplication.processEvents()
    assert window.control_column.width() < column and not window.arrangement.narrow


def test_a_screen_reader_hears_the_window_in_german(speaking):
    window = speaking("de")
    window.session.set_values(pelvic_tilt=8.0)
    play = window.play
    assert accessible_name(play) == "Modell: Becken, Lendenwirbelsäule und Femur von rechts gesehen"
    assert play.accessibleDescription().startswith("Becken um 8 Grad nach anterior gekippt")
    assert " Millimeter kürzer als im Stand." in play.accessibleDescription()
    controls = window.controls
    assert accessible_name(controls.reset_button) == "Alles zurücksetzen"
    assert accessible_name(controls.undo_button) == "Rückgängig"
    tilt = controls.rows["pelvic_tilt"]
    assert accessible_name(tilt.spin) == "Beckenkippung, Wert"
    assert accessible_description(tilt.spin) == "Beckenkippung in Grad, eingetippt: von \u221230 bis 30"
    assert "Pfeiltasten 1 Grad" in accessible_description(tilt.slider)
    assert accessible_name(window.control_tabs) == "Bedienelemente"
    assert window.control_tabs.tabBar().accessibleName() == "Reiter: Bedienelemente"
    presenting = window.presentation  # View → presentation mode and lessons
    assert presenting.action.text() == "&Präsentationsmodus"
    assert presenting.lesson_menu.title() == "Lektion für die Präsentation"
    assert "Lektionseditor …" in [a.text() for a in presenting.lesson_menu.actions()]
    lordosis = controls.rows["lumbar_lordosis"]
    assert not lordosis.isEnabled() and lordosis.toolTip().startswith("Wirkt, wenn")
    window.language.actions["en"].trigger()  # and back, at run time
    assert accessible_name(play).startswith("Model: pelvis") and play.accessibleDescription().startswith("Pelvis")
    assert accessible_name(controls.reset_button) == "Reset all" and accessible_name(tilt.spin) == "Pelvic tilt value"


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_beside_the_model_the_plots_get_the_room_their_words_need(speaking, language):
    window = speaking(language)
    for width in (window.control_column.width() + window_size.WIDE_REST + 10, 1600):  # just wide enough, and wide
        window.resize(width, 1000)
        for _ in range(2):
            QtWidgets.QApplication.processEvents()  # the splitter's new sizes, then the room for the words
        assert not window.arrangement.narrow
        plot = window.tilt_plot.getPlotItem()
        axis = plot.getAxis("bottom")
        assert axis.label.boundingRect().width() <= axis.width(), (width, axis.label.toPlainText())
        bars = window.bars.getPlotItem().getViewBox()
        note = window.bars.neutral_note  # "neutral: no change yet — tilt the pelvis", inside the chart
        assert note.isVisible() and note.boundingRect().width() <= bars.sceneBoundingRect().width(), width
        assert window.play.width() >= window_size.MIN_LEFT


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_presentation_bar_speaks_the_language_and_fits_a_1024_projector(speaking, language):
    window = speaking(language)
    window.presentation.set_presenting(True)
    view = window.presentation.view
    try:
        view.showNormal()
        view.resize(1024, 768)
        QtWidgets.QApplication.processEvents()
        assert view.bar.minimumSizeHint().width() <= 1024
        buttons = (view.prev_button, view.next_button, view.sweep_button, view.blank_button, view.exit_button)
        for button in buttons:
            assert button.width() >= button.sizeHint().width(), button.text()  # not squeezed
        words = {"de": ("Präsentation des Modells", "Weiter ▶", "Ende (Esc)"),
                 "es": ("Presentación del modelo", "Siguiente ▶", "Salir (Esc)")}[language]
        assert (accessible_name(view), view.next_button.text(), view.exit_button.text()) == words
    finally:
        window.presentation.set_presenting(False)

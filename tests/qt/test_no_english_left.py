"""A probe of every word a user sees in German and Spanish (issue 16, point 1): the window opened in the language,
every tab shown, every menu, the F1 help, presentation mode (its bar, its F1 help, a sweep, predict with the class,
the speaker notes), the lesson editor and its step dialog, the export and animation dialogs, About, the anatomy
index and a card.  Each visible widget's text, title, tooltip, accessible name and description, placeholder,
suffix, list and combo items and the actions' texts are gathered; a text also found in the same walk in English is
untranslated, unless it is genuinely the same word in the language (the allowlist below).  A new English-only
string fails here."""

from __future__ import annotations

import re

import pytest
from PySide6 import QtWidgets

from psoas_viz import i18n, terms
from psoas_viz.qt.about import AboutDialog
from psoas_viz.qt.animation_export import AnimationDialog
from psoas_viz.qt.app import create_window
from psoas_viz.qt.file_actions import ExportDialog
from psoas_viz.qt.lesson_editor import StepDialog
from psoas_viz.session import Session

GETTERS = ("text", "title", "windowTitle", "toolTip", "accessibleName", "accessibleDescription", "placeholderText",
           "suffix", "prefix", "specialValueText", "toPlainText")
SAME_WORD = {"de": {"Animation", "Format", "OK"}, "es": set()}  # the same word in the language's own dictionary
LATIN = {"anterior →", "← posterior"}  # the anatomical direction words German and Spanish textbooks use too
FILE_NAMES = re.compile(r"(&?\d+ )?[\w.-]+\.(json|png|gif)( .*)?")  # File → recent files, the dialogs' names
NUMBERS = re.compile(r"[\s\d.,:+\-−–/°%()…]*(mm|N|px|s|°|%)?[\s\d.,]*")  # a number with its unit, or a unit


def _action_texts(action) -> set[str]:
    texts = {getattr(action, getter)() for getter in ("text", "toolTip", "statusTip", "whatsThis")}
    if action.menu():
        texts.add(action.menu().title())
        for inner in action.menu().actions():
            texts |= _action_texts(inner)
    return texts


def _texts(widget) -> set[str]:
    texts = set()
    for w in (widget, *widget.findChildren(QtWidgets.QWidget)):
        for getter in GETTERS:
            method = getattr(w, getter, None)
            if callable(method):
                try:
                    value = method()
                except TypeError:  # a getter of another signature (QWidget.title is not everyone's)
                    continue
                if isinstance(value, str):
                    texts.add(value)
        if isinstance(w, QtWidgets.QComboBox):
            texts |= {w.itemText(i) for i in range(w.count())}
        if isinstance(w, QtWidgets.QTabWidget):
            texts |= {w.tabText(i) for i in range(w.count())} | {w.tabToolTip(i) for i in range(w.count())}
        if isinstance(w, QtWidgets.QListWidget):
            texts |= {w.item(i).text() for i in range(w.count())}
        for action in w.actions():
            texts |= _action_texts(action)
    return {t.strip() for t in texts if t.strip()}


def _walk(app, model, language: str) -> set[str]:
    """Every text of the window and its dialogs, opened in ``language``."""
    window = create_window(Session(model), language=language)
    window.files.persist = False
    window.show()
    app.processEvents()  # the translators' LanguageChange
    seen = set()
    try:
        for tabs in (window.control_tabs, window.tabs, window.chart_tabs):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                app.processEvents()
                seen |= _texts(window)
        for action in window.menuBar().actions():
            seen |= _action_texts(action)
        window.files.show_shortcuts()
        seen |= _texts(window.files.help_box)
        presenting = window.presentation
        presenting.set_presenting(True, full_screen=False)
        view = presenting.view
        seen |= _texts(view)
        view.show_help()
        seen |= _texts(view.help_box)
        view.go_to(0)
        seen |= _texts(view) | _texts(presenting.notes_window())
        view.start_sweep()
        seen |= _texts(view)
        view.stop_sweep()
        view.toggle_quiz()
        seen |= _texts(view)
        presenting.set_presenting(False)
        editor = presenting.open_editor()
        editor.add_current("")
        seen |= _texts(editor) | _texts(StepDialog(editor, "", "", "", editor.questions()))
        seen |= _texts(ExportDialog(window, "a.png", 1920, "screen", True))
        seen |= _texts(AnimationDialog(window, model, "a.gif"))
        seen |= _texts(AboutDialog(window))
        seen |= _texts(window.cards.open_index())
        for widget in app.topLevelWidgets():
            if widget.isVisible():
                seen |= _texts(widget)
    finally:
        for widget in app.topLevelWidgets():
            widget.hide()
        window.language.set_language("en", remember=False)
    return seen


@pytest.fixture(scope="module")
def english(qapp, model):
    return _walk(qapp, model, "en")


def _same_in_both(model, language: str) -> set[str]:
    """Words genuinely the same in English and ``language``: the languages' own names, anatomical names the
    textbooks of both write alike (``terms``: Psoas major, Iliacus…), the model data's source citations (kept as
    published, like ``psoas-viz info``'s sources)."""
    names = set(i18n.LANGUAGES.values()) | SAME_WORD[language] | LATIN
    for term_id in terms.terms():
        if terms.name(term_id, language) == terms.name(term_id, "en"):
            names |= {terms.name(term_id, "en"), f"<b>{terms.name(term_id, 'en')}</b>"}
    for mid, name in terms.muscle_names(model, language).items():  # the muscle panel's names
        if name == terms.muscle_names(model, "en")[mid]:
            names |= {name, f"<b>{name}</b>"}
    names |= {f.source for m in model.muscles.muscles.values() for f in m.fascicles if f.source}
    names |= {link.source for link in model.mechanics.fascia.links.values()}
    return names


@pytest.mark.parametrize("language", ["de", "es"])
def test_no_english_left_in_the_window_and_its_dialogs(qapp, model, english, dialogs, language):
    seen = _walk(qapp, model, language)
    assert len(seen) > 400  # the walk reached the dialogs, not just the window
    left = {t for t in seen & english if not (NUMBERS.fullmatch(t) or FILE_NAMES.fullmatch(t))}
    left -= _same_in_both(model, language)
    assert not left, f"English left in {language}:\n" + "\n".join(sorted(left))
    assert i18n.current_language() == "en"


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_presentation_bar_keeps_whole_words_on_a_1024_px_projector(qapp, model, dialogs, language):
    window = create_window(Session(model), language=language)
    window.files.persist = False
    qapp.processEvents()
    try:
        window.presentation.set_presenting(True, full_screen=False)
        view = window.presentation.view
        view.resize(1024, 768)
        qapp.processEvents()
        for sweeping in (False, True):
            if sweeping:
                view.start_sweep()
                qapp.processEvents()
            buttons = (view.prev_button, view.next_button, view.sweep_button, view.blank_button, view.exit_button)
            assert all(b.width() >= b.minimumSizeHint().width() for b in buttons), [b.text() for b in buttons]
            assert view.tilt_title.isVisible() and view.tilt_title.width() >= view.tilt_title.sizeHint().width()
        assert view.sweep_button.text() == {"de": "Anhalten (S)", "es": "Parar (S)"}[language]
        view.stop_sweep()
    finally:
        window.presentation.set_presenting(False)
        window.language.set_language("en", remember=False)
        window.hide()


def test_the_open_lesson_editor_and_the_view_menu_follow_a_language_switch(window):
    editor = window.presentation.open_editor()
    editor.add_current("Stand")
    window.language.actions["de"].trigger()  # View → Language → Deutsch, the editor left open
    try:
        assert editor.windowTitle() == "Lektionseditor" and editor.buttons["Present"].text() == "Präsentieren"
        assert editor.list.item(0).text() == "1. Stand"
        assert window.presentation.action.text() == "&Präsentationsmodus"
        assert window.animation_export.action.text() == "&Animation exportieren …"
        assert window.zoom_actions[0].text() == "Ver&größern"
        assert window.controls.reset_button.accessibleName() == "Alles zurücksetzen"
        assert window.play.accessibleName().startswith("Modell:")
    finally:
        window.language.actions["en"].trigger()
    assert editor.buttons["Present"].text() == "Present" and window.presentation.action.text() == "&Presentation mode"

"""The built-in lesson speaks the window's language when it is presented (issue 16, point 1): the View menu's
item, the steps' titles in the presentation bar, the teacher's speaker notes with the model's verdict; changing
the language while presenting changes the lesson's words and leaves the posture on screen alone.  A preset chosen
in the window carries its translated title and notes."""

from __future__ import annotations

from psoas_viz import i18n
from psoas_viz.content_i18n import lesson_text
from psoas_viz.io.lesson import builtin_lessons


def test_the_built_in_lesson_is_presented_in_german_then_in_spanish(window, qtbot):
    presentation = window.presentation
    item = presentation.lesson_actions["psoas_tilt_and_claims"]
    assert item.text() == f"Present: {lesson_text('en')['title']}"
    window.language.actions["de"].trigger()
    try:
        german = lesson_text("de")
        assert item.text() == f"Präsentieren: {german['title']}"  # View → Lesson for presentation
        assert presentation.present_lesson(builtin_lessons()["psoas_tilt_and_claims"], full_screen=False)
        view = presentation.view
        qtbot.addWidget(view)
        assert [title for title, _ in view.steps] == [step["title"] for step in german["steps"]]
        view.go_to(5)  # a step about a claim: its notes, then the model's verdict, in German
        notes = presentation.notes_window()
        assert notes.title.text() == f"Schritt 6 von {len(view.steps)}: {german['steps'][5]['title']}"
        assert notes.text.text().startswith(german["steps"][5]["notes"])
        assert "\n\nModell: WIDERLEGT. Bei +10° Kippung ändert sich der Psoas major um" in notes.text.text()
        assert german["steps"][5]["title"] in view.step_label.text()
        view.session.set_values(pelvic_tilt=4.0)  # the teacher moves the pelvis (the presentation's slider)
        posture = view.session.posture

        window.language.actions["es"].trigger()  # mid-lesson: the words change, the posture stays
        spanish = lesson_text("es")
        assert presentation.lesson_title == spanish["title"] and view.index == 5
        assert spanish["steps"][5]["title"] in view.step_label.text()
        assert notes.title.text().startswith("Paso 6 de ") and "\n\nModelo: REFUTADA." in notes.text.text()
        assert view.session.posture == posture
        assert item.text() == f"Presentar: {spanish['title']}"
        view.close()
    finally:
        window.language.actions["en"].trigger()
    assert item.text() == f"Present: {lesson_text('en')['title']}" and i18n.current_language() == "en"


def test_a_preset_chosen_in_spanish_carries_its_spanish_title_and_notes(window):
    window.language.actions["es"].trigger()
    try:
        window.controls.apply_preset("sitting")
        assert window.session.title == "Sedestación" and "8° más posterior" in window.session.notes
        window.presentation.clear_lesson()  # presentation without a lesson: the presets, titled in Spanish
        assert window.presentation.steps()[0][0] == "Bipedestación neutra"
    finally:
        window.language.actions["en"].trigger()

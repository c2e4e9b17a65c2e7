"""What a language switch left in the old language (a new user's findings): the status bar's line, the title of
an exported diagram; the hover cards' English words in German and Spanish; the number boxes' minus sign and
what typing into them does; the tilt moments chart's arrows at 1366 px."""

from __future__ import annotations

import re

import pytest

from psoas_viz import content_i18n
from psoas_viz.i18n import MINUS
from psoas_viz.scene.cards import fascicle_html


def _svg_text(path) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", t) for t in re.findall(r"<text[^>]*>.*?</text>", path.read_text(), re.S))


def _predict_question_3(window):
    window.control_tabs.setCurrentWidget(window.predict_tab)
    window.predict.go_to(2)  # "Standing upright, the pelvis tilts 10° posteriorly …": first situation applied
    return window.predict.question


def test_switching_language_rewrites_the_status_bar(window):
    window.language.actions["es"].trigger()
    try:
        question = _predict_question_3(window)
        spanish = window.statusBar().currentMessage()
        assert spanish == question.first.title and spanish
        window.language.actions["en"].trigger()
        english = window.predict.question.first.title
        assert english != spanish and window.statusBar().currentMessage() == english
        window.language.actions["de"].trigger()
        assert window.statusBar().currentMessage() == window.predict.question.first.title != english
        window.controls.apply_preset("sitting")
        window.session.set_values(pelvic_tilt=-3.0)  # "(changed)" in the language too
        sitting = content_i18n.scenario_text("sitting", "de")["title"]
        assert window.statusBar().currentMessage() == f"{sitting} (verändert)"
        window.language.actions["es"].trigger()
        assert window.statusBar().currentMessage() == f"{content_i18n.scenario_text('sitting', 'es')['title']} (modificado)"
        window.session.reset()
        window.language.actions["de"].trigger()  # the hint
        assert window.statusBar().currentMessage().startswith("Becken ziehen")
    finally:
        window.language.actions["en"].trigger()
    assert window.statusBar().currentMessage().startswith("Drag")


def test_a_chosen_claim_in_the_status_bar_follows_the_language(window):
    window.control_tabs.setCurrentWidget(window.claims)
    window.claims.choose("sitting_shortens_psoas")
    assert window.statusBar().currentMessage().startswith("Claim: Sitting all day")
    window.language.actions["de"].trigger()
    try:
        line = window.statusBar().currentMessage()
        assert line.startswith("Behauptung: Den ganzen Tag zu sitzen") and "HIER NICHT PRÜFBAR" in line
        assert window.session.display_title.startswith("Den ganzen Tag zu sitzen")
    finally:
        window.language.actions["en"].trigger()


def test_an_export_after_a_switch_is_wholly_in_the_new_language(window, tmp_path):
    window.language.actions["es"].trigger()
    try:
        _predict_question_3(window)
        spanish_title = window.session.display_title
        window.language.actions["en"].trigger()
        assert window.files.export_to(tmp_path / "en.svg")
        text = _svg_text(tmp_path / "en.svg")
        assert window.session.display_title in text and spanish_title not in text
        assert "Inclinación" not in text and "tronco" not in text
        window.language.actions["de"].trigger()
        assert window.files.export_to(tmp_path / "de.svg")
        text = _svg_text(tmp_path / "de.svg")
        assert window.predict.question.first.title in text
        assert spanish_title not in text and "posterior tilt" not in text and "Psoas major" not in text
    finally:
        window.language.actions["en"].trigger()


# the English a new user found in German and Spanish cards, and what else the cards held in English
ENGLISH_IN_CARDS = re.compile(r"\b(bodies|body|path|properties|origin|brim|insertion|attachments|transverse process|"
                              r"disc|iliac fossa|41st|3rd|ed\.|Source:|correlates|sacral slope|published|gives)\b")


def _hover(play, sid, fascicle=None):
    """Hover ``sid`` as the mouse does (for the psoas, on the first segment of fascicle ``fascicle``)."""
    import numpy as np
    from PySide6 import QtCore

    from psoas_viz.scene import hit

    if fascicle is not None:
        lines = [s.points for s in play.scene.structure(sid).shapes if s.role == "psoas"]
        line, others = lines[fascicle], [l for j, l in enumerate(lines) if j != fascicle]
        candidates = [line[0] + t * (line[1] - line[0]) for t in np.linspace(0.05, 0.6, 12)]
        point = QtCore.QPointF(*max(candidates, key=lambda p: min(hit.distance(p, o) for o in others)))
    else:
        x0, y0, x1, y1 = hit.box_of(play.scene, sid)
        point = next(QtCore.QPointF(x0 + fx * (x1 - x0), y0 + fy * (y1 - y0))
                     for fy in np.linspace(0.05, 0.95, 25) for fx in np.linspace(0.05, 0.95, 25)
                     if play.structure_at(QtCore.QPointF(x0 + fx * (x1 - x0), y0 + fy * (y1 - y0))) == sid)
    assert play.show_card_at(point) == sid
    return play.card_text


@pytest.mark.parametrize("language", ["de", "es"])
def test_hover_cards_hold_no_english_in_german_and_spanish(window, language):
    window.language.actions[language].trigger()
    try:
        play = window.play
        fascicle = _hover(play, "psoas_major", fascicle=0)  # the T12-L1 fascicle: "T12-L1 bodies" in English
        assert "T12" in fascicle and not ENGLISH_IN_CARDS.search(fascicle), fascicle
        for sid in ("quadratus_lumborum", "L3", "sacrum"):  # "path … properties …", the vertebrae's sources
            text = _hover(play, sid)
            assert not ENGLISH_IN_CARDS.search(text), (sid, ENGLISH_IN_CARDS.search(text), text)
        every = list(window.session.model.muscles.muscles) + ["pelvis", "sacrum", "femur", "tibia", "L1", "rib_cage"]
        for sid in every:  # every card as the hover fills it
            text = play.card_html(sid)
            assert not ENGLISH_IN_CARDS.search(text), (sid, ENGLISH_IN_CARDS.search(text))
        psoas = window.session.model.muscles.muscles["psoas_major"]
        for index in range(len(psoas.fascicles)):
            text = fascicle_html(window.session.snapshot, "psoas_major", index)
            assert not ENGLISH_IN_CARDS.search(text), text
    finally:
        window.language.actions["en"].trigger()
    english = _hover(window.play, "psoas_major", fascicle=0)
    assert "T12-L1 bodies" in english  # English keeps the model's words


def _type(box, text: str) -> None:
    """Type ``text`` over the box's contents and press Enter, as a person does."""
    from PySide6 import QtCore
    from PySide6.QtTest import QTest

    box.setFocus()
    box.lineEdit().selectAll()
    QTest.keyClicks(box.lineEdit(), text)
    QTest.keyClick(box.lineEdit(), QtCore.Qt.Key.Key_Return)


def test_number_boxes_write_the_true_minus_and_read_what_is_typed(window):
    tilt = window.controls.rows["pelvic_tilt"].spin
    window.session.set_values(pelvic_tilt=-8.0)
    assert tilt.text() == f"{MINUS}8.0 °" and "-" not in tilt.text()
    _type(tilt, "-12.5")  # the hyphen-minus on the keyboard
    assert window.session.posture.pelvic_tilt == -12.5 and tilt.text() == f"{MINUS}12.5 °"
    tilt.lineEdit().setText(f"{MINUS}7.5")  # the true minus, pasted
    _type(tilt, "")
    assert window.session.posture.pelvic_tilt == -7.5
    window.language.actions["de"].trigger()
    try:
        assert tilt.text() == f"{MINUS}7,5 °"
        _type(tilt, "-3,5")  # German: the decimal comma
        assert window.session.posture.pelvic_tilt == -3.5 and tilt.text() == f"{MINUS}3,5 °"
        _type(tilt, "-4.5")  # or a point
        assert window.session.posture.pelvic_tilt == -4.5
        tight = window.muscle_panel.rows["psoas_major"].spins["tightness"]
        _type(tight, "2,5")
        assert tight.text() == "2,6 mm" and window.session.muscles["psoas_major"].tightness == pytest.approx(0.13)
    finally:
        window.language.actions["en"].trigger()


def test_a_number_out_of_range_is_refused_in_one_line_and_nothing_changes(window):
    tilt = window.controls.rows["pelvic_tilt"].spin
    window.session.set_values(pelvic_tilt=10.0)
    before = (window.session.settings, window.session.can_undo)
    _type(tilt, "150")  # Qt's box cut this to 15 (the "0" refused as it was typed)
    assert window.session.posture.pelvic_tilt == 10.0 and tilt.text() == "10.0 °"
    assert (window.session.settings, window.session.can_undo) == before
    assert window.statusBar().currentMessage() == "Pelvic tilt: 150 is outside −30…30 °; nothing was changed"
    tense = window.muscle_panel.rows["iliacus"].spins["activation"]
    _type(tense, "150")
    assert window.session.muscles == {} and tense.text() == "0 %"
    assert window.statusBar().currentMessage() == "Iliacus tense: 150 is outside 0…100 %; nothing was changed"
    window.language.actions["es"].trigger()
    try:
        _type(tilt, "-45")
        assert window.session.posture.pelvic_tilt == 10.0
        assert window.statusBar().currentMessage() == ("Inclinación pélvica: -45 está fuera de −30…30 °; "
                                                      "no se ha cambiado nada")
        _type(tilt, "25,5")  # a number in range after a refusal is set, and the status bar says the posture again
        assert window.session.posture.pelvic_tilt == 25.5 and "está fuera" not in window.statusBar().currentMessage()
    finally:
        window.language.actions["en"].trigger()


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_tilt_moment_words_fit_at_1366_px(window, qtbot, language):
    """"◀ posterior" and "anterior ▶" over the tilt moments overlapped in a 1366-px window (the chart in the middle
    column, or in the Plots tab of a narrow window): each now lies inside the plot, apart from the other."""
    window.resize(1366, 768)
    window.language.actions[language].trigger()
    try:
        window.control_tabs.setCurrentWidget(window.muscle_panel)  # the moments chart beside the muscles
        if window.tabs.count() > 2:  # a narrow window shows the plots as a tab (German, Spanish)
            window.tabs.setCurrentIndex(window.tabs.count() - 1)
        qtbot.wait(50)
        chart = window.moments
        chart.grab()  # laid out and painted at this size
        box = chart.getPlotItem().vb.sceneBoundingRect()
        left, right = (item.mapRectToScene(item.boundingRect()) for item in chart.side_texts)
        assert all(item.isVisible() and item.textItem.toPlainText() for item in chart.side_texts)
        assert not left.intersects(right), (left, right)
        for rect in (left, right):
            assert box.contains(rect), (box, rect)
        assert chart.side_texts[0].textItem.font().pointSizeF() >= 9
    finally:
        window.language.actions["en"].trigger()

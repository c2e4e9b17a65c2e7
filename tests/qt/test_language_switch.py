"""View → Language switches the window at run time, without a restart (issue 16, point 2): menus, tabs, the
diagram's labels, the description; the choice is remembered."""

from __future__ import annotations

from psoas_viz import i18n
from psoas_viz.qt.language import SETTING


def _menus(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _tabs(tabs) -> list[str]:
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_switching_to_german_and_back_at_run_time(window):
    assert i18n.current_language() == "en" and _menus(window)[:4] == ["&File", "&Edit", "&View", "&Help"]
    menu = window.language.menu
    assert [a.text() for a in menu.actions()] == ["English", "Deutsch", "Español"]
    window.session.set_values(pelvic_tilt=8.0)
    window.language.actions["de"].trigger()  # View → Language → Deutsch
    try:
        assert _menus(window)[:4] == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
        assert {"Haltung", "Muskeln", "Behauptungen", "Beschreibung", "Vorhersage"} <= set(_tabs(window.control_tabs))
        window.play.paint_full_quality()  # labels placed again (the frame 100 ms after the change)
        labels = {label.text for label in window.play.scene.labels}
        assert {"M. psoas major", "M. iliacus", "Oberschenkelknochen"} <= labels
        gauge = [s.text for s in window.play.scene.structure("psoas_gauge").shapes if s.kind == "text"]
        assert "Länge des M. psoas major" in gauge and any("," in t and t.endswith(" mm") for t in gauge)
        controls = window.controls
        assert controls.posture_box.title() == "Haltung"
        assert "Beckenkippung" in controls.rows["pelvic_tilt"].title.text()
        presets = [controls.preset_combo.itemText(i) for i in range(controls.preset_combo.count())]
        assert "Beckenkippung nach anterior (maximal willkürlich)" in presets
        assert controls.checks["labels"].text() == "Beschriftungen"
        readouts = window.readouts
        assert readouts.title() == "M. psoas major und spinopelvine Winkel"
        assert readouts.labels["length"].text() in ("Psoaslänge", "Psoas")  # the short name on a short window
        assert "," in readouts.values["length"].text() and "." not in readouts.values["length"].text()
        assert "Beckenkippung" in window.tilt_plot.getPlotItem().titleLabel.text
        assert window.bars.names["hamstrings"] == "Ischiokrurale Muskeln"
        assert window.moments.labels["gravity"] == "Rumpfgewicht"
        assert window.tabs.tabText(window.tabs.indexOf(window.compare)) == "Vergleich −10° / +10°"
        assert window.statusBar().currentMessage().startswith("Becken ziehen")
        assert "kürzer" in window.legend.words[0].text()
        assert window.files.open_action.text() == "Szenario ö&ffnen …" and window.files.help_menu.title() == "&Hilfe"
        card = window.play.card_html("psoas_major")
        assert "Ursprung" in card and "Lendenwirbelsäule" in card and "Hüftbeuger" in card
        muscles = window.muscle_panel
        assert muscles.relax_button.text() == "Alle entspannen" and muscles.group_boxes["hip flexors"].title() == "Hüftbeuger"
        window.control_tabs.setCurrentWidget(window.claims)  # evaluated when first shown: German claims and verdicts
        row = window.claims.rows["sitting_shortens_psoas"]
        assert row.claim_text == "Den ganzen Tag zu sitzen verkürzt den Psoas." and "HIER NICHT PRÜFBAR" in row.badge.text()
        index = window.cards.open_index()
        assert index.windowTitle() == "Anatomie-Verzeichnis" and index.list.item(0).text() == "Muskeln"
        window.control_tabs.setCurrentWidget(window.describe)
        assert "Becken" in window.describe.text.toPlainText()
        assert window.files.settings.value(SETTING) == "de"
    finally:
        window.language.actions["en"].trigger()
    assert _menus(window)[:4] == ["&File", "&Edit", "&View", "&Help"]
    assert "Psoas major" in {label.text for label in window.play.scene.labels}
    assert "Posture" in _tabs(window.control_tabs) and i18n.current_language() == "en"
    assert "." in window.readouts.values["length"].text() and window.readouts.title().startswith("Psoas major")
    assert window.controls.posture_box.title() == "Posture" and window.controls.checks["labels"].text() == "Labels"
    assert window.bars.names["hamstrings"] == "Hamstrings" and window.statusBar().currentMessage().startswith("Drag")
    assert "Origin" in window.play.card_html("psoas_major") and window.cards.index.windowTitle() == "Anatomy index"


def test_number_boxes_and_readouts_write_numbers_alike(window):
    from PySide6 import QtWidgets

    window.session.set_values(pelvic_tilt=11.4)
    boxes = [b for b in window.findChildren(QtWidgets.QDoubleSpinBox) if b.isVisibleTo(window)]
    window.language.actions["es"].trigger()
    try:
        assert boxes and all("," in b.text() for b in boxes if b.decimals() > 0)
        assert "," in window.readouts.values["PT"].text()
    finally:
        window.language.actions["en"].trigger()
    assert all("," not in b.text() for b in boxes)


def test_predict_in_spanish_then_switched_to_german_mid_question(window):
    window.control_tabs.setCurrentWidget(window.predict_tab)
    panel = window.predict
    window.language.actions["es"].trigger()
    try:
        panel.start()
        assert panel.heading.text().startswith("Pregunta 1 de")
        question = panel.question
        panel.answer(question.options[0])
        panel.animation.finish_now()
        text = panel.shown_text()
        assert ("✔ Correcto" in text or "✘ Esta vez no" in text) and "Salvedad" in text
        numbers = [line for line in text.splitlines() if line.endswith(" mm")]
        assert numbers and all("," in n for n in numbers)  # decimal commas in the revealed numbers
        window.language.actions["de"].trigger()  # the same question, now in German
        assert panel.heading.text().startswith("Frage 1 von") and panel.question.id == question.id
        assert "Einschränkung" in panel.shown_text() and panel.next_button.text() == "Weiter ▶"
    finally:
        window.language.actions["en"].trigger()
    assert panel.heading.text().startswith("Question 1 of")


def test_the_charts_axes_write_numbers_as_the_language_does(window):
    """The plots' tick numbers follow the one rule of every number people read: the minus sign U+2212, and in
    German the decimal comma (pyqtgraph alone writes "-2.5")."""
    axes = [window.tilt_plot.getPlotItem().getAxis("bottom"), window.bars.getPlotItem().getAxis("bottom"),
            window.moments.getPlotItem().getAxis("bottom")]
    assert [a.tickStrings([-20.0, 0.0, 20.0], 1.0, 10.0) for a in axes] == [["\u221220", "0", "20"]] * 3
    window.language.actions["de"].trigger()
    try:
        assert axes[0].tickStrings([-2.5, 0.0, 2.5], 1.0, 0.5) == ["\u22122,5", "0", "2,5"]
        assert axes[0].picture is None  # drawn again with the new language's numbers
    finally:
        window.language.actions["en"].trigger()

"""View → Latin names (issue 16, point 1): the menu item, the Posture panel's box and the session's option move
together; the play area's labels and the hover card show the Terminologia Anatomica names; it is remembered."""

from __future__ import annotations

from PySide6 import QtCore

from psoas_viz.qt.app import create_window
from psoas_viz.qt.language import LATIN_SETTING
from psoas_viz.scene import hit
from psoas_viz.session import Session


def _hover_psoas(window) -> str:
    play = window.play
    lines = [s.points for s in play.scene.structure("psoas_major").shapes if s.role == "psoas"]
    mid = (lines[0][-3] + lines[0][-2]) / 2.0
    assert play.show_card_at(QtCore.QPointF(*mid)) == hit.PSOAS
    return play.card_text


def test_view_menu_turns_latin_names_on_in_labels_and_cards(window, qtbot, model):
    action = window.language.latin_action
    assert action in window.files.view_menu.actions() and action.isCheckable() and not action.isChecked()
    assert action.text() == "&Latin names (Terminologia Anatomica)" and action.shortcut().toString() == "Ctrl+L"
    box = window.controls.checks["latin"]
    assert box.text() == "Latin names" and box.accessibleName() == "Latin names" and box in window.controls.tab_chain()
    assert "Musculus psoas major" not in _hover_psoas(window)
    action.trigger()  # View → Latin names
    try:
        assert window.session.view["latin"] and box.isChecked()
        window.play.paint_full_quality()  # the labels placed again (the frame 100 ms after the change)
        labels = {lb.key: lb for lb in window.play.scene.labels}
        assert labels["psoas_major"].latin == "M. psoas major"
        assert {lb.latin for lb in labels.values()} >= {"Spina iliaca anterior superior", "Os sacrum",
                                                        "Trochanter minor"}
        assert "<i>Musculus psoas major</i>" in _hover_psoas(window)
        window.cards.open_card("sacrum")
        card_window = window.cards.card_window
        assert "<i>Os sacrum</i>" in card_window.card_text
        assert window.files.settings.value(LATIN_SETTING) in (True, "true")
        reopened = create_window(Session(model))  # remembered: a new window starts with it
        reopened.files.persist = False
        qtbot.addWidget(reopened)
        assert reopened.session.view["latin"] and reopened.language.latin_action.isChecked()
        window.session.reset()  # Reset all keeps a reader's preference
        assert action.isChecked()
        box.click()  # the Posture panel's box turns it off again, and the menu item follows
        assert not window.session.view["latin"] and not action.isChecked()
        window.play.paint_full_quality()
        assert not any(lb.latin for lb in window.play.scene.labels)
        assert "<i>Os sacrum</i>" not in card_window.card_text
    finally:
        window.session.set_view("latin", False)  # the settings are shared by the tests that follow
    assert window.files.settings.value(LATIN_SETTING) in (False, "false")

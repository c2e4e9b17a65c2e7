"""The Claims panel, anatomy cards and the built-in lesson, in the real window (offscreen)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import PySide6  # noqa: F401  (before pyqtgraph)
from PySide6 import QtCore

from psoas_viz.model.claims import evaluate_claims
from psoas_viz.qt.claims_panel import badge_text, format_value
from psoas_viz.io.lesson import builtin_lessons, load_lesson

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def cli_claims():
    out = subprocess.run([sys.executable, "-m", "psoas_viz", "claims", "--format", "json"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    return {c["id"]: c for c in json.loads(out)["claims"]}


@pytest.fixture
def window(window):
    window.control_tabs.setCurrentWidget(window.claims)
    return window


def test_claims_tab_lists_every_claim_with_a_worded_verdict(window, cli_claims):
    panel = window.claims
    assert window.control_tabs.tabText(window.control_tabs.indexOf(panel)) == "Claims"
    assert list(panel.rows) == list(cli_claims)
    for cid, row in panel.rows.items():
        word = {"supported": "SUPPORTED", "contradicted": "CONTRADICTED", "depends": "DEPENDS ON",
                    "not_testable": "NOT TESTABLE HERE"}[cli_claims[cid]["verdict"]]
        assert word in row.badge.text()  # the verdict in words, not only in colour


@pytest.mark.parametrize("claim_id", ["anterior_tilt_overstretches_psoas", "sitting_shortens_psoas",
                                      "short_psoas_flat_back", "psoas_tight_from_fascia"])
def test_choosing_a_claim_sets_its_posture_and_shows_the_cli_verdict_and_numbers(window, model, cli_claims, claim_id):
    panel = window.claims
    panel.choose(claim_id)
    expected = {r.id: r for r in evaluate_claims(model)}[claim_id]
    assert window.session.posture == next(iter(expected.postures.values()))
    cli = cli_claims[claim_id]
    assert panel.current.verdict == cli["verdict"]
    assert panel.rows[claim_id].badge.text() == badge_text(expected)
    shown = panel.shown_text()
    assert re.sub(r"-(?=\d)", "\u2212", cli["summary"]) in shown  # the JSON's data: ASCII; the window's people: U+2212
    assert panel.current.numbers == cli["numbers"]
    for value in cli["numbers"].values():
        assert format_value(value) in shown
    assert "2-D" in shown and cli["explanation"] in shown
    # highlight and scenario
    assert set(window.session.view["highlight"]) == set(cli["structures"])
    for mid in cli["structures"]:
        if mid in window.session.model.muscles.muscles:
            assert _haloed(window.play, mid)
    assert not _haloed(window.play, "hamstrings") or "hamstrings" in cli["structures"]
    if len(expected.postures) >= 2:
        assert window.tabs.currentWidget() is window.compare
        assert list(window.compare.lengths) == list(expected.postures)[:4]
    else:
        assert window.compare.is_default


def test_scenario_buttons_and_structure_links(window, qtbot):
    panel = window.claims
    panel.choose("anterior_tilt_overstretches_psoas")
    result = panel.current
    label = list(result.postures)[1]
    panel.detail.scenario_buttons[label].click()
    assert window.session.posture == result.postures[label]
    assert window.tabs.currentWidget() is window.play
    panel.detail.structure_buttons["iliacus"].click()
    assert window.cards.card_window.isVisible() and "Iliacus" in window.cards.card_window.card_text
    assert "Origin" in window.cards.card_window.card_text


def _haloed(play, muscle_id: str) -> bool:
    """Whether the drawn scene has a halo under every line of the muscle."""
    if "highlight" not in play.scene.ids():
        return False
    halos = play.scene.structure("highlight").shapes
    lines = [s for s in play.scene.structure(muscle_id).shapes if s.kind == "polyline"]  # not the psoas belly
    return all(any(np.array_equal(h.points, line.points) for h in halos) for line in lines)


def test_highlight_clears(window):
    window.claims.choose("sitting_shortens_psoas")
    window.claims.clear()
    assert window.session.view["highlight"] == ()
    assert "highlight" not in window.play.scene.ids()
    assert window.compare.is_default


def test_changing_pelvic_incidence_updates_the_numbers(window, model, qtbot):
    panel = window.claims
    panel.choose("anterior_tilt_overstretches_psoas")
    before = dict(panel.current.numbers)
    window.session.set_values(pelvic_incidence=70.0)
    qtbot.waitUntil(lambda: panel.evaluated_for[0] == 70.0, timeout=3000)
    base = model.default_posture().with_values(pelvic_incidence=70.0)
    expected = {r.id: r for r in evaluate_claims(model, base=base)}["anterior_tilt_overstretches_psoas"]
    assert panel.current.numbers == expected.numbers != before
    shown = panel.shown_text()
    for value in expected.numbers.values():
        assert format_value(value) in shown


def test_muscle_tone_updates_the_numbers(window, model, qtbot):
    panel = window.claims
    panel.choose("short_psoas_flat_back")
    before = dict(panel.current.numbers)
    window.session.set_muscle("gluteus_maximus", activation=0.02)
    qtbot.waitUntil(lambda: panel.evaluated_for[1] != (), timeout=3000)
    expected = {r.id: r for r in evaluate_claims(model, tone=window.session.activation())}["short_psoas_flat_back"]
    assert panel.current.numbers == expected.numbers != before


def test_anatomy_index_opens_a_card_for_every_structure(window):
    actions = [a for a in window.files.help_menu.actions() if "Anatomy index" in a.text()]
    assert actions
    actions[0].trigger()
    index = window.cards.index
    assert index.isVisible()
    anatomy = window.play.anatomy
    assert set(index.ids) == set(anatomy)
    for sid in index.ids:
        index.show_structure(sid)
        assert anatomy[sid].name in index.card_text
        assert "Pelvic tilt" in index.card_text and "ource" in index.card_text


def test_builtin_lesson_loads_and_steps_with_clicker_keys(window, model, qtbot):
    path = builtin_lessons()["psoas_tilt_and_claims"]
    title, steps = load_lesson(path, model)
    assert len(steps) >= 8 and all(t and s.notes for t, s in steps)
    control = window.presentation
    assert any("Present:" in a.text() for a in control.lesson_menu.actions())
    assert control.present_lesson(path, full_screen=False)
    view = control.view
    try:
        assert view.index == 0 and view.session.posture == steps[0][1].posture
        qtbot.keyClick(view, QtCore.Qt.Key.Key_PageDown)
        assert view.index == 1 and view.session.posture == steps[1][1].posture
        assert steps[1][1].notes in control.notes
        notes = control.notes_window()
        assert notes.isVisible() and notes.text.text() == steps[1][1].notes  # the whole notes, word-wrapped
        qtbot.keyClick(view, QtCore.Qt.Key.Key_Right)
        qtbot.keyClick(view, QtCore.Qt.Key.Key_PageUp)
        assert view.index == 1
    finally:
        control.close()


def test_lesson_step_is_checked_strictly(model, tmp_path):
    from psoas_viz.model.scenario import ScenarioError

    base = {"format": "psoas-viz/lesson", "version": 1, "title": "t"}
    for steps, key in (([{"title": "a", "scenario": "no_such_preset"}], "steps[0].scenario"),
                       ([{"title": "a", "scenario": "sitting", "speaker": "x"}], "steps[0].speaker"),
                       ([{"title": "a", "scenario": "sitting", "notes": 3}], "steps[0].notes")):
        path = tmp_path / "lesson.json"
        path.write_text(json.dumps({**base, "steps": steps}))
        with pytest.raises(ScenarioError, match=key.replace("[", r"\[").replace("]", r"\]")):
            load_lesson(path, model)


def test_an_open_anatomy_card_follows_the_posture(window):
    from psoas_viz.qt.anatomy_cards import CardWindow

    card = CardWindow(window.session, window.play.anatomy, window)
    card.show_structure("psoas_major")
    before = card.card_text
    window.session.set_values(pelvic_tilt=20.0)
    assert card.card_text != before and "lesser trochanter" in card.card_text.lower()

"""The window's refusals that used to stay English in a German window: the export backstops behind the export
dialog (a file name it cannot write, a PNG width out of range) and a preset that cannot be applied."""

from __future__ import annotations

import pytest


@pytest.fixture
def german(window):
    window.language.actions["de"].trigger()
    yield window
    window.language.actions["en"].trigger()


def test_an_export_the_window_cannot_write_is_refused_in_german(german, dialogs, tmp_path):
    assert german.files.export_to(tmp_path / "bild.jpg") is False
    assert german.files.export_to(tmp_path / "breit.png", width=9000) is False
    assert dialogs.warnings == [
        ("Export nicht möglich", f"{tmp_path / 'bild.jpg'}: der Dateiname muss auf .png, .svg, .pdf oder .csv enden"),
        ("Export nicht möglich", "die Breite 9000 px liegt außerhalb von 1…7680")]
    assert list(tmp_path.iterdir()) == []


def test_a_preset_that_cannot_be_applied_is_refused_in_german(german, dialogs):
    before = german.session.settings
    german.controls.apply_preset("kein_preset")
    (title, text), = dialogs.warnings
    assert title == "Voreinstellung" and text.startswith("unbekannte Voreinstellung 'kein_preset'"), (title, text)
    assert german.session.settings == before

"""The window's File/View/Help: exports, copy, scenario files, session, presentation mode (pytest-qt, offscreen)."""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET


import PySide6  # noqa: F401  (before pyqtgraph)
from PySide6 import QtCore, QtGui

from psoas_viz.model.scenario import preset_files
from psoas_viz.qt import export
from psoas_viz.qt.app import create_window
from psoas_viz.qt.presentation import SHORTCUTS, shortcuts_html
from psoas_viz.session import Session


def test_each_format_exports_from_the_window(window, tmp_path):
    window.session.set_values(pelvic_tilt=12.0)
    files = window.files
    assert files.export_to(tmp_path / "d.png", width=1000)
    image = QtGui.QImage(str(tmp_path / "d.png"))
    assert image.width() == 1000 and len({image.pixel(x, y) for x in range(0, 1000, 9) for y in range(0, 600, 9)}) > 20
    assert files.export_to(tmp_path / "d.svg")
    root = ET.parse(tmp_path / "d.svg").getroot()
    assert any("Psoas major" in "".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert files.export_to(tmp_path / "d.pdf")
    data = (tmp_path / "d.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data)) == 1
    assert files.export_to(tmp_path / "d.csv")
    assert (tmp_path / "d.csv").read_text().startswith("muscle_id,name,length_mm")


def test_a_failed_export_keeps_the_previous_file_and_says_why(window, tmp_path, monkeypatch, dialogs):
    old = tmp_path / "d.png"
    old.write_bytes(b"old picture")
    folder = tmp_path / "x.svg"
    folder.mkdir()
    assert not window.files.export_to(folder)
    assert "folder" in dialogs.last

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    assert not window.files.export_to(old, width=800)
    assert "No space left on device" in dialogs.last and str(old) in dialogs.last
    assert old.read_bytes() == b"old picture"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.png", "x.svg"]


def test_copy_puts_an_image_on_the_clipboard(window):
    window.files.copy_action.trigger()
    image = QtGui.QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() == export.DEFAULT_WIDTH


def test_theme_switch_changes_the_rendered_colours(window):
    screen = export.render_image(window.session, 400, "screen")
    projector = export.render_image(window.session, 400, "projector")
    assert screen.pixelColor(5, 200) != projector.pixelColor(5, 200)
    assert projector.pixelColor(5, 200) == QtGui.QColor("#ffffff")
    window.files.theme_actions["projector"].trigger()
    assert window.files.theme == "projector"


def test_save_and_open_round_trip_and_refusal_leaves_state(window, tmp_path, dialogs):
    state, files = window.session, window.files
    state.set_values(pelvic_tilt=-7.5)
    state.set_muscle("psoas_major", activation=0.4)
    state.title = "Lesson 3"
    assert files.is_modified()
    assert files.save_to(tmp_path / "s.json")
    assert not files.is_modified() and window.windowTitle().startswith("s.json")
    state.set_values(pelvic_tilt=3.0)
    assert files.open(tmp_path / "s.json")
    assert state.posture.pelvic_tilt == -7.5 and state.muscles["psoas_major"].activation == 0.4
    assert state.title == "Lesson 3" and not state.can_undo
    assert str(tmp_path / "s.json") in files.recent_files()[0]

    before = state.settings
    bad = tmp_path / "bad.json"
    doc = json.loads((tmp_path / "s.json").read_text())
    doc["posture"]["pelvic_tilt"] = 95
    bad.write_text(json.dumps(doc))
    assert not files.open(bad)
    assert "posture.pelvic_tilt" in dialogs.last
    assert state.settings == before


def test_unsaved_changes_prompt_before_open_and_close(window, tmp_path, qtbot, dialogs):
    files = window.files
    files.save_to(tmp_path / "a.json")
    window.session.set_values(pelvic_tilt=5.0)
    dialogs.answer = "Cancel"  # the user presses Cancel
    assert not files.open(tmp_path / "a.json", ask=True)
    assert window.session.posture.pelvic_tilt == 5.0
    event = QtGui.QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    dialogs.answer = "Discard"


def test_the_last_session_is_restored(qtbot, model, dialogs, tmp_path):
    first = create_window(Session(model))
    qtbot.addWidget(first)
    first.session.set_values(pelvic_tilt=17.0)
    first.files.set_theme("projector")
    assert first.files.save_to(tmp_path / "kept.json")
    first.close()
    second = create_window(Session(model))
    qtbot.addWidget(second)
    assert second.files.restore_session()
    assert second.session.posture.pelvic_tilt == 17.0 and second.files.theme == "projector"
    assert second.files.path == tmp_path / "kept.json" and not second.files.is_modified()
    settings_file = second.files.settings.fileName()
    assert settings_file.startswith(os.environ["PSOAS_VIZ_SETTINGS_DIR"])


def test_presentation_mode_keys(window, qtbot):
    window.presentation.action.trigger()  # F11
    view = window.presentation.view
    assert view is not None and window.presentation.presenting
    qtbot.addWidget(view)
    names = list(preset_files())
    qtbot.keyClick(view, QtCore.Qt.Key.Key_PageDown)
    assert view.index == 0
    qtbot.keyClick(view, QtCore.Qt.Key.Key_PageDown)
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Right)
    assert view.index == 2 and view.session.title == view.steps[2][0]
    assert len(view.steps) == len(names)
    qtbot.keyClick(view, QtCore.Qt.Key.Key_PageUp)
    assert view.index == 1
    qtbot.keyClick(view, QtCore.Qt.Key.Key_B)
    assert view.blanked
    assert view.grab().toImage().pixelColor(10, 10) == QtGui.QColor("#000000")
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Period)
    assert not view.blanked
    view.resize(1280, 720)
    assert view.grab().toImage().pixelColor(10, 10) == QtGui.QColor("#ffffff")  # projector theme
    undo_depth = len(view.session._undo)
    view.run_sweep_now()
    assert len(view.trace) > 60 and min(t for t, _ in view.trace) == -20 and max(t for t, _ in view.trace) == 20
    assert len(view.session._undo) == undo_depth + 1  # the whole sweep is one undo step
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Escape)
    assert window.presentation.view is None and not window.presentation.action.isChecked()


def test_help_lists_every_shortcut(window):
    text = shortcuts_html()
    listed = " ".join(key for _, rows in SHORTCUTS for key, _ in rows)
    for action in window.findChildren(QtGui.QAction):
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key in listed, f"{action.text()} ({key}) is not in the shortcut help"
    for key in ("Ctrl+O", "Ctrl+S", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+E", "Ctrl+C", "F11", "Page Down", "B or ."):
        assert key in text


def test_an_export_under_a_bare_file_name_says_which_folder_it_went_to(window, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert window.files.export_to("bare.svg")
    assert (tmp_path / "bare.svg").is_file()
    assert window.statusBar().currentMessage() == f"Exported: {(tmp_path / 'bare.svg').resolve()}"

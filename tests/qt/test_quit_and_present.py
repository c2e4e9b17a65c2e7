"""The window keeps the user's work honest across quitting and presenting (pytest-qt, real windows, real files):
what the unsaved-changes dialog was told on quitting is what the next start shows (Discard: the file's own
content, never the discarded changes under its name; Save: what was saved; Cancel: the window stays open), the
next start reads the file as it is now, and presentation mode leaves the window's posture, muscles, title, file,
unsaved mark and undo history as the teacher had them.  QSettings live in a folder of the test's own; a restart is
closing the window and making a new one on the same folder, as ``psoas-viz gui`` does."""

from __future__ import annotations

import json
import shutil

import PySide6  # noqa: F401  (before pyqtgraph)
import pytest
from PySide6 import QtCore, QtWidgets

from psoas_viz.model.scenario import load_scenario
from psoas_viz.qt.app import create_window
from psoas_viz.resources import asset
from psoas_viz.session import Session


@pytest.fixture
def start(qtbot, model, dialogs, tmp_path, monkeypatch):
    """``start()``: a window as ``psoas-viz gui`` opens it, restoring the last session from this test's settings."""
    monkeypatch.setenv("PSOAS_VIZ_SETTINGS_DIR", str(tmp_path / "settings"))

    def start():
        window = create_window(Session(model))
        qtbot.addWidget(window)
        window.files.restore_session()
        window.show()
        return window
    return start


@pytest.fixture
def sitting(tmp_path):
    path = tmp_path / "sitting.json"
    shutil.copyfile(asset("scenarios", "04_sitting.json"), path)
    return path


def quit_answering(window, dialogs, answer: str) -> bool:
    """File → Quit, the unsaved-changes dialog answered ``answer``; True when the window closed."""
    dialogs.answer = answer
    window.files.quit_action.trigger()
    return not window.isVisible()


def test_discard_on_quit_starts_next_time_from_the_files_own_content(start, dialogs, sitting, model):
    saved = load_scenario(sitting, model)
    window = start()
    assert window.files.open(sitting)
    window.session.set_values(pelvic_tilt=14.0)
    assert window.windowTitle().startswith("*sitting.json")
    assert not quit_answering(window, dialogs, "Cancel")  # Cancel: nothing is closed, nothing lost
    assert window.session.posture.pelvic_tilt == 14.0 and window.windowTitle().startswith("*sitting.json")
    assert quit_answering(window, dialogs, "Discard")

    again = start()
    assert again.files.path == sitting
    assert again.session.posture == saved.posture and again.session.title == saved.title
    assert again.windowTitle() == "sitting.json — psoas-viz"  # the file's content, so no unsaved mark
    assert not again.undo_action.isEnabled()  # and nothing to undo
    assert again.files.save()  # Ctrl+S writes the file's own posture back, not the discarded 14°
    assert load_scenario(sitting, model).posture == saved.posture


def test_an_untitled_session_discarded_on_quit_is_not_brought_back(start, dialogs, tmp_path, monkeypatch):
    window = start()
    window.session.set_values(pelvic_tilt=6.0)
    assert window.windowTitle().startswith("*untitled")
    assert quit_answering(window, dialogs, "Discard")

    again = start()
    assert again.session.posture.pelvic_tilt == again.session.model.default_posture().pelvic_tilt
    assert again.files.path is None and not again.files.is_modified()
    again.session.set_values(pelvic_tilt=3.0)  # no file: Save asks for one, and the next start opens it
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "new"), "")))
    assert quit_answering(again, dialogs, "Save")

    third = start()
    assert third.files.path == tmp_path / "new.json" and third.session.posture.pelvic_tilt == 3.0
    assert third.windowTitle() == "new.json — psoas-viz"


def test_the_next_start_reads_the_file_as_it_is_now(start, dialogs, sitting, model):
    window = start()
    assert window.files.open(sitting)
    window.session.set_values(pelvic_tilt=14.0)
    assert quit_answering(window, dialogs, "Save")
    assert load_scenario(sitting, model).posture.pelvic_tilt == 14.0

    document = json.loads(sitting.read_text())  # another program (or a colleague) changes the file meanwhile
    document["posture"]["pelvic_tilt"] = -5.0
    sitting.write_text(json.dumps(document))
    again = start()
    assert again.files.path == sitting and again.session.posture.pelvic_tilt == -5.0
    assert again.windowTitle() == "sitting.json — psoas-viz"
    assert quit_answering(again, dialogs, "Discard")  # nothing changed: no question, it closes

    sitting.unlink()  # the file is gone: what it held is shown, untitled, and the status bar says why
    third = start()
    assert third.files.path is None and third.session.posture.pelvic_tilt == -5.0
    assert third.windowTitle() == "untitled — psoas-viz"
    assert "sitting.json could not be read" in third.statusBar().currentMessage()


def test_leaving_presentation_returns_the_window_as_the_teacher_had_it(start, dialogs, sitting, model, qtbot):
    window = start()
    assert window.files.open(sitting)
    session = window.session
    session.set_values(pelvic_tilt=7.0)
    session.set_muscle("psoas_major", activation=0.5)
    before = (session.settings, session.title, session.display_title, window.windowTitle(),
              window.statusBar().currentMessage())
    assert before[3].startswith("*sitting.json")

    window.presentation.action.trigger()  # F11
    view = window.presentation.view
    qtbot.addWidget(view)
    assert view.session.settings == before[0]  # it shows what the window showed
    qtbot.keyClick(view, QtCore.Qt.Key.Key_PageDown)
    qtbot.keyClick(view, QtCore.Qt.Key.Key_PageDown)
    assert view.index == 1 and view.session.title == view.steps[1][1].title
    step = view.session.posture
    assert step != before[0].posture
    view.tilt_slider.setValue(-3)  # the teacher moves the pelvis on the projector's bar
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Z, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert view.session.posture == step  # Ctrl+Z there undoes the presentation's move...
    assert session.settings == before[0]  # ...not the window's work
    window.session.set_view("latin", True)  # a reader's preference follows
    assert view.session.view["latin"]
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Escape)
    assert window.presentation.view is None

    assert (session.settings, session.title, session.display_title, window.windowTitle(),
            window.statusBar().currentMessage()) == before  # the step's speaker notes left the status bar too
    window.undo_action.trigger()  # the undo history is the teacher's: one step back is before the muscle
    assert session.posture.pelvic_tilt == 7.0 and "psoas_major" not in session.muscles
    window.undo_action.trigger()
    assert session.posture == load_scenario(sitting, model).posture and not window.windowTitle().startswith("*")
    window.session.set_view("latin", False)
    assert quit_answering(window, dialogs, "Discard")
    remembered = json.loads(str(window.files.settings.value("session/scenario")))
    assert remembered["title"] == load_scenario(sitting, model).title  # no title picked up from a step


def test_a_presented_step_is_titled_in_the_language_of_the_window(window, qtbot):
    window.language.actions["es"].trigger()
    try:
        window.presentation.set_presenting(True, full_screen=False)
        view = window.presentation.view
        qtbot.addWidget(view)

        def heading():
            view.grab()
            title = next(s for s in view._scene[1].structures if s.id == "title")
            return title.shapes[0].text

        assert heading() == "Longitud del psoas mayor con la inclinación pélvica"
        qtbot.keyClick(view, QtCore.Qt.Key.Key_PageDown)  # the first step is the posture shown: its title all the same
        assert view.step_label.text() == "1/7  Bipedestación neutra" and heading() == "Bipedestación neutra"
        window.language.actions["en"].trigger()  # the language changed while presenting: the page's title too
        assert view.step_label.text() == "1/7  Neutral standing" and heading() == "Neutral standing"
        view.close()
    finally:
        window.language.actions["en"].trigger()

"""The window's File → Open and View → Lesson → Open lesson with hostile files (issue 13): never a freeze or an
exception, always a dialog with the reason, and the state (or the lesson) untouched; a Notepad scenario opens."""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import signal

import pytest
from PySide6 import QtWidgets

HUGE = "9" * 401


@contextlib.contextmanager
def no_hang(seconds: int = 20):
    """Fail (instead of hanging the test run) if opening a file blocks, as a FIFO once did."""
    def hung(signum, frame):
        raise AssertionError(f"opening the file blocked for {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def choose(monkeypatch, path):
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def hostile_files(tmp_path, wrap=lambda scenario: scenario, key=""):
    """Each hostile file, with words its refusal must contain."""
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    huge = tmp_path / "huge.json"
    huge.write_text(json.dumps(wrap({"format": "psoas-viz/scenario", "version": 1,
                                     "posture": {"pelvic_tilt": 0}})).replace('"pelvic_tilt": 0', f'"pelvic_tilt": {HUGE}'))
    utf16 = tmp_path / "utf16.json"
    utf16.write_bytes(codecs.BOM_UTF16_LE + json.dumps(wrap({"format": "psoas-viz/scenario", "version": 1}))
                      .encode("utf-16-le"))
    files = {fifo: ["not a regular file"], huge: [f"{key}posture.pelvic_tilt", "out of range"], utf16: ["UTF-8"],
             tmp_path: ["folder"]}
    if os.path.exists("/dev/zero"):
        files["/dev/zero"] = ["not a regular file"]
    return files


def test_open_refuses_every_hostile_file_with_a_dialog_and_leaves_the_state(window, dialogs, monkeypatch, tmp_path):
    state = window.session
    state.set_values(pelvic_tilt=6.0)
    state.title = "before"
    before = (state.settings, dict(state.view), state.title, state.notes, state.can_undo)
    for path, words in hostile_files(tmp_path).items():
        dialogs.warnings.clear()
        choose(monkeypatch, path)
        with no_hang():
            assert window.files.open_dialog() is False
        assert len(dialogs.warnings) == 1, path
        title, text = dialogs.warnings[0]
        assert title == "Cannot open the scenario" and text.startswith(str(path)) and "\n" not in text
        assert all(word in text for word in words), text
        assert (state.settings, dict(state.view), state.title, state.notes, state.can_undo) == before


def test_open_lesson_refuses_every_hostile_file_with_a_dialog_and_keeps_the_lesson(window, dialogs, monkeypatch,
                                                                                    tmp_path):
    control = window.presentation.open_editor()
    control.add_current("a step")
    lesson, lesson_title = control.steps, control.title.text()
    as_lesson = lambda scenario: {"format": "psoas-viz/lesson", "version": 1, "title": "t",  # noqa: E731
                                  "steps": [{"title": "a", "scenario": scenario}]}
    for path, words in hostile_files(tmp_path, as_lesson, "steps[0].scenario.").items():
        dialogs.warnings.clear()
        choose(monkeypatch, path)
        with no_hang():
            control.open_dialog()
        assert len(dialogs.warnings) == 1, path
        title, text = dialogs.warnings[0]
        assert title == "Cannot open the lesson" and text.startswith(str(path)) and "\n" not in text
        assert all(word in text for word in words), text
        assert (control.steps, control.title.text()) == (lesson, lesson_title)


def test_a_scenario_saved_by_notepad_with_a_byte_order_mark_opens(window, dialogs, monkeypatch, tmp_path):
    path = tmp_path / "notepad.json"
    path.write_bytes(codecs.BOM_UTF8 + json.dumps({"format": "psoas-viz/scenario", "version": 1,
                                                   "posture": {"pelvic_tilt": -8}, "title": "Beckenkippung"},
                                                  ensure_ascii=False).encode("utf-8"))
    choose(monkeypatch, path)
    assert window.files.open_dialog() is True
    assert dialogs.warnings == []
    assert window.session.posture.pelvic_tilt == -8.0 and window.session.title == "Beckenkippung"


@pytest.mark.parametrize("language, title, words", [
    ("de", "Szenario kann nicht geöffnet werden", {
        "huge.json": ["posture.pelvic_tilt: die Zahl 999999999999… (401 Ziffern) liegt außerhalb"],
        "utf16.json": ["die Datei ist UTF-16-Text; sie muss UTF-8 sein"],
        "tilt.json": ["posture.pelvic_tilt: -45.5 liegt außerhalb von -30…30 deg"],
        "kind.json": ["muscles.iliacus: erwartet wird ein Objekt, gefunden: eine Liste"],
        "pipe.json": ["ist keine gewöhnliche Datei"]}),
    ("es", None, {
        "tilt.json": ["posture.pelvic_tilt: -45.5 está fuera de -30…30 deg"],
        "kind.json": ["muscles.iliacus: se esperaba un objeto, se encontró una lista"]}),
])
def test_a_hostile_scenario_is_refused_in_the_windows_language(window, dialogs, monkeypatch, tmp_path, language,
                                                               title, words):
    """The refusal speaks the window's language, keys and the file's numbers as the file writes them (they are
    what the teacher types into it: decimal point, ASCII minus)."""
    files = {path.name: path for path in hostile_files(tmp_path) if not isinstance(path, str)}
    for name, document in (("tilt.json", {"format": "psoas-viz/scenario", "version": 1,
                                          "posture": {"pelvic_tilt": -45.5}}),
                           ("kind.json", {"format": "psoas-viz/scenario", "version": 1, "muscles": {"iliacus": []}})):
        files[name] = tmp_path / name
        files[name].write_text(json.dumps(document), encoding="utf-8")
    window.language.actions[language].trigger()
    try:
        for name, expected in words.items():
            dialogs.warnings.clear()
            choose(monkeypatch, files[name])
            with no_hang():
                assert window.files.open_dialog() is False
            (shown_title, text), = dialogs.warnings
            assert title is None or shown_title == title
            assert text.startswith(str(files[name])) and all(w in text for w in expected), text
    finally:
        window.language.actions["en"].trigger()

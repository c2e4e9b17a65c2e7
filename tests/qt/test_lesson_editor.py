"""The lesson editor: steps built from the window's views, edited, reordered, deleted and undone, saved to a real
file, reopened, presented and handed out; bad lesson files are refused with their reason and change nothing."""

import json

from PySide6 import QtWidgets

from psoas_viz.io.lesson import load_lesson


def test_build_save_reopen_and_present_a_lesson(window, tmp_path, dialogs, monkeypatch):
    editor = window.presentation.open_editor()
    assert "Lesson editor…" in [a.text() for a in window.presentation.lesson_menu.actions()]
    editor.title.setText("Tilt for year 2")
    window.session.set_values(pelvic_tilt=-12.0)
    editor.add_current("Posterior", "Tuck the tail under.")
    window.session.set_values(pelvic_tilt=18.0, thigh_angle=30.0)
    editor.add_current("Anterior", "Now the other way.")
    editor.list.setCurrentRow(-1)
    window.session.set_values(pelvic_tilt=0.0, thigh_angle=0.0)
    editor.add_current("Neutral", "")
    assert [t for t, _ in editor.steps] == ["Posterior", "Anterior", "Neutral"]
    editor.move(2, -2)
    editor.edit(1, "Posterior tilt", "Tuck the tail under; feel the back flatten.")
    editor.delete(2)
    assert [t for t, _ in editor.steps] == ["Neutral", "Posterior tilt"]
    editor.undo_stack.undo()  # the deletion
    editor.undo_stack.undo()  # the edit
    assert [t for t, _ in editor.steps] == ["Neutral", "Posterior", "Anterior"]
    editor.undo_stack.redo()
    assert editor.list.item(1).text() == "2. Posterior tilt"

    path = tmp_path / "year2.json"
    assert editor.save_file(path)
    title, steps = load_lesson(path, window.session.model)
    assert title == "Tilt for year 2" and [t for t, _ in steps] == ["Neutral", "Posterior tilt", "Anterior"]
    assert [s.posture.pelvic_tilt for _, s in steps] == [0.0, -12.0, 18.0]
    assert steps[1][1].notes == "Tuck the tail under; feel the back flatten."

    editor.undo_stack.clear()
    editor._show((), -1)
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    editor.open_dialog()
    assert [t for t, _ in editor.steps] == ["Neutral", "Posterior tilt", "Anterior"]
    assert editor.present(full_screen=False)
    view = window.presentation.view
    assert view is not None and len(view.steps) == 3
    assert "Step 1/3: Neutral" in window.presentation.notes
    window.presentation.set_presenting(False)

    handout = tmp_path / "year2.pdf"
    assert editor.export_handout(handout)
    assert handout.read_bytes().startswith(b"%PDF") and dialogs.warnings == []


def test_bad_lesson_files_are_refused_with_their_reason(window, tmp_path, dialogs):
    editor = window.presentation.open_editor()
    editor.add_current("Kept", "")
    before = (editor.steps, editor.title.text(), editor.undo_stack.count())
    good = {"format": "psoas-viz/lesson", "version": 1, "title": "t", "steps": [{"scenario": "sitting"}]}
    cases = {
        "future.json": (json.dumps(dict(good, version=7)), "version"),
        "truncated.json": (json.dumps(good)[:40], "truncated.json"),
        "unknown.json": (json.dumps(dict(good, steps=[{"scenario": "handstand"}])), "handstand"),
    }
    for name, (text, words) in cases.items():
        (tmp_path / name).write_text(text)
        dialogs.warnings.clear()
        assert not editor.open_file(tmp_path / name)
        assert len(dialogs.warnings) == 1 and dialogs.warnings[0][0] == "Cannot open the lesson"
        assert words in dialogs.last and "\n" not in dialogs.last, dialogs.last
        assert (editor.steps, editor.title.text(), editor.undo_stack.count()) == before

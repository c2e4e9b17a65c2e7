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


def test_a_step_with_a_predict_question_asks_the_class_before_it_goes_on(window, tmp_path, qtbot):
    from PySide6 import QtCore

    from psoas_viz.predict import load_questions

    question = load_questions(model=window.session.model).questions[2]
    editor = window.presentation.open_editor()
    editor.title.setText("Ask first")
    editor.add_current("Guess", "Hands up.", question.id)
    window.session.set_values(pelvic_tilt=10.0)
    editor.add_current("After", "")
    assert "predict question first" in editor.list.item(0).text()
    editor.edit(1, "After", "", "")  # an edit keeps (or clears) a step's question, one undo step
    path = tmp_path / "ask.json"
    assert editor.save_file(path)
    assert json.loads(path.read_text())["steps"][0]["question"] == question.id
    _, steps = load_lesson(path, window.session.model)
    assert steps[0][1].question == question.id and steps[1][1].question == ""

    editor._show(tuple(steps), 0)
    assert editor.present(full_screen=False)
    view = window.presentation.view
    qtbot.addWidget(view)
    # step 1 first: its question, for a show of hands
    assert view.index == 0 and view.quiz is not None and view.step_question
    view.grab()
    card = next(s for s in view._scene[1].structures if s.id == "question_card")
    assert "The model says" not in " ".join(s.text for s in card.shapes if s.kind == "text")
    qtbot.keyClick(view, QtCore.Qt.Key.Key_PageDown)  # the clicker reveals
    view.quiz.animation.finish_now()
    view.grab()
    card = next(s for s in view._scene[1].structures if s.id == "question_card")
    assert "The model says" in " ".join(s.text for s in card.shapes if s.kind == "text")
    qtbot.keyClick(view, QtCore.Qt.Key.Key_PageDown)  # and goes on to the next step
    assert view.index == 1 and view.quiz is None
    assert view.session.posture.pelvic_tilt == 10.0
    window.presentation.set_presenting(False)

    bad = {"format": "psoas-viz/lesson", "version": 1, "title": "t",
           "steps": [{"scenario": "sitting", "question": "no-such-question"}]}
    path.write_text(json.dumps(bad))
    before = editor.steps
    assert not editor.open_file(path) and editor.steps == before

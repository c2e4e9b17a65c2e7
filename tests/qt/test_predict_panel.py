"""The Predict tab on the real window: answer, watch, reveal with the model's numbers, score; Reset all; a
damaged question file."""

import pytest

from psoas_viz.predict import QuestionError, load_questions, reveal
from psoas_viz.qt import predict_panel
from psoas_viz.predict import format_number


@pytest.fixture
def panel(window, qtbot):
    window.control_tabs.setCurrentWidget(window.predict_tab)
    return window.predict


def test_answer_reveal_with_the_models_numbers_then_score(window, panel, qtbot, model):
    questions = load_questions(model=model)
    assert "Start" in panel.start_button.text() and panel.start_button.isVisible()
    qtbot.mouseClick(panel.start_button, predict_panel.Qt.MouseButton.LeftButton)
    first = questions.questions[0]
    expected = reveal(model, first, questions.thresholds)
    # the first situation is applied to the session when the question is shown
    assert window.session.posture == expected.first_posture
    assert first.prompt in panel.shown_text()
    assert "Choose your prediction" in panel.shown_text()
    wrong = next(o for o in first.options if o != expected.answer)
    button = panel.option_buttons[first.options.index(wrong)]
    assert button.accessibleName().startswith("Answer ")
    undo_depth = len(window.session._undo)
    qtbot.mouseClick(button, predict_panel.Qt.MouseButton.LeftButton)
    assert panel.animation.running and not panel.revealed
    qtbot.waitUntil(lambda: panel.revealed, timeout=10000)
    # the model moved to the second posture, in one undo step
    assert window.session.posture == expected.second_posture
    assert len(window.session._undo) == undo_depth + 1
    text = panel.shown_text()
    assert "✘ Not this time" in text
    for n in expected.numbers:
        assert format_number(n.value, n.unit) in text, n
    assert expected.explanation in text and expected.caveats[0] in text
    assert all(not b.isEnabled() for b in panel.option_buttons)
    # the remaining questions: the right answer each time, reaching the score
    for i in range(1, len(questions.questions)):
        qtbot.mouseClick(panel.next_button, predict_panel.Qt.MouseButton.LeftButton)
        q = questions.questions[i]
        assert panel.question.id == q.id
        panel.answer(reveal(model, q, questions.thresholds).answer)
        panel.animation.finish_now()
        assert "✔ Right" in panel.shown_text()
        if q.claim is not None:
            assert q.claim.text in panel.shown_text()
    assert panel.next_button.text().startswith("See the score")
    qtbot.mouseClick(panel.next_button, predict_panel.Qt.MouseButton.LeftButton)
    total = len(questions.questions)
    assert f"Score: {total - 1} of {total}" in panel.shown_text()
    assert panel.shown_text().count("✔") == total - 1 and panel.shown_text().count("✘") == 1


def test_keyboard_answers_and_reset_all_clears(window, panel, qtbot):
    panel.start()
    panel.option_buttons[0].setFocus()
    qtbot.keyClick(panel.option_buttons[0], predict_panel.Qt.Key.Key_Space)
    assert window.session.view["predict"].answers  # answered from the keyboard
    assert panel.animation.running
    window.controls.reset_button.click()  # Reset all, in the middle of the movement
    assert window.session.view["predict"] is None
    assert not panel.animation.running
    assert "Predict, then look" in panel.shown_text() and panel.start_button.isVisible()
    assert window.session.posture == window.session.model.default_posture()


def test_damaged_question_file_shows_one_message(window, qtbot, monkeypatch):
    def damaged(*args, **kwargs):
        raise QuestionError("questions.json: questions[3].ask.muscle: 'psoaz' is not a muscle of the model")

    monkeypatch.setattr(predict_panel, "load_questions", damaged)
    before = window.session.settings
    window.predict.questions = None
    window.control_tabs.setCurrentWidget(window.predict_tab)
    window.predict.start()
    text = window.predict.shown_text()
    assert "cannot be used" in text and "'psoaz' is not a muscle" in text
    assert text.count("psoaz") == 1 and not window.predict.option_buttons
    assert not window.predict.start_button.isVisible() and not window.predict.next_button.isVisible()
    assert window.session.settings == before


def test_the_status_bar_names_the_second_situation_unchanged_when_the_animation_arrives(window, panel, qtbot):
    """The animation holds the second posture for its last frames, so the last step (the second situation as a
    scenario) changes no setting; the status bar must still drop "(changed)" and name the situation."""
    panel.start()
    question = panel.question
    qtbot.mouseClick(panel.option_buttons[0], predict_panel.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.revealed, timeout=10000)
    assert window.session.display_title == question.second.title
    assert window.statusBar().currentMessage() == question.second.title


def test_a_question_and_its_answer_bring_the_model_into_view(window, panel, qtbot):
    """A student who last looked at the Compare tab sees the model take the question's posture and move."""
    window.tabs.setCurrentWidget(window.compare)
    panel.start()
    assert window.tabs.currentWidget() is window.play
    window.tabs.setCurrentWidget(window.compare)
    qtbot.mouseClick(panel.option_buttons[0], predict_panel.Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.play and panel.animation.running
    panel.animation.finish_now()

"""Predict mode in presentation (issue 15, point 1): the class sees the question and its options beside the model,
the teacher reveals with the clicker (the model moves, then its answer and numbers), and after the last question
a review of what the model computed."""

from __future__ import annotations

import PySide6  # noqa: F401  (before pyqtgraph)
from PySide6 import QtCore

from psoas_viz.predict import format_number, load_questions, reveal


def _card_texts(view) -> list[str]:
    view.grab()  # paints: the page scene with the card is built
    scene = view._scene[1]
    card = next(s for s in scene.structures if s.id in ("question_card", "question_review"))
    return [shape.text for shape in card.shapes if shape.kind == "text"]


def test_class_answers_then_the_clicker_reveals_the_models_numbers(window, qtbot):
    window.presentation.predict_with_class(full_screen=False)  # View → Predict with the class
    view = window.presentation.view
    qtbot.addWidget(view)
    view.resize(1024, 768)
    questions = load_questions(model=window.session.model)
    first = questions.questions[0]
    texts = " ".join(_card_texts(view))
    assert first.prompt.split()[0] in texts and "question 1 of" in texts
    assert all(f"{letter}) {label}" in texts for letter, label in zip("ABC", first.labels))
    assert "The model says" not in texts  # the class answers first
    shown = view.session  # the presentation's own: the window's work stays as it was
    assert shown.posture == reveal(window.session.model, first, questions.thresholds).first_posture

    qtbot.keyClick(view, QtCore.Qt.Key.Key_PageDown)  # the teacher's clicker: the model moves
    assert view.quiz.animation.running and "The model says" not in " ".join(_card_texts(view))
    view.quiz.animation.finish_now()
    item = reveal(window.session.model, first, questions.thresholds)
    assert shown.posture == item.second_posture
    assert shown.display_title == first.second.title  # arrived: not marked "(changed)" on the page
    texts = _card_texts(view)
    joined = " ".join(texts)
    choice = first.options.index(item.answer)
    assert f"The model says: {'ABC'[choice]}) {first.labels[choice]}" in joined  # the letter the hands went up for
    for n in item.numbers:  # the model's own numbers, as computed now, each on its label's line
        at = joined.index(f"{n.label}: ")  # a long label may wrap; the number follows it on its line
        assert format_number(n.value, n.unit) in joined[at:at + len(n.label) + 30], n

    qtbot.keyClick(view, QtCore.Qt.Key.Key_Space)  # next question, asked afresh
    assert view.quiz.index == 1 and "The model says" not in " ".join(_card_texts(view))
    qtbot.keyClick(view, QtCore.Qt.Key.Key_PageUp)
    assert view.quiz.index == 0
    view.quiz.show(view.quiz.count)  # past the last question: the review
    review = " ".join(_card_texts(view))
    assert "What the model computed" in review and f"{len(questions.questions)}. " in review
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Q)  # back to the steps
    assert view.quiz is None
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Escape)

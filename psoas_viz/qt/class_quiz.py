"""Predict mode in presentation: the whole class answers by a show of hands, the teacher reveals with the clicker.

Page Down (or → or Space) on a question moves the model from the first situation to the second (the Predict
tab's animation) and then shows the model's answer, its numbers, the explanation and the caveats; the next press
goes on to the next question, and after the last one to a review of what the model computed.  Page Up asks the
question again (or goes back one).  The cards are scenes (``psoas_viz.scene.quiz``) painted with the page.
"""

from __future__ import annotations

import PySide6  # noqa: F401
from PySide6 import QtCore

from psoas_viz.content_i18n import translated_questions
from psoas_viz.predict import QuestionError, load_questions, reveal
from psoas_viz.scene.quiz import question_card, review_card

from .predict_panel import PostureAnimation, situation_scenario, situation_words


class ClassQuiz(QtCore.QObject):
    changed = QtCore.Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.questions = None  # the set's questions, in order
        self.source = None  # the question set as read, before translation
        self.thresholds = None
        self.index = 0  # the question shown; len(questions) is the review
        self.asked = False  # the teacher has revealed the question shown (the model moves, then answers)
        self._reveals: dict = {}
        self.animation = PostureAnimation(session, self)
        self.animation.finished.connect(self.changed.emit)

    def start(self, only: tuple[str, ...] = ()) -> str:
        """Load the question set (``only``: these question ids, a lesson step's) and ask the first question; the
        reason in one line if it cannot be used."""
        try:
            self.source = load_questions(model=self.session.model)
            questions = translated_questions(self.source)  # in the language
        except QuestionError as error:
            return str(error)
        self.questions = tuple(q for q in questions.questions if not only or q.id in only)
        self.thresholds = questions.thresholds
        self.show(0)
        return ""

    @property
    def count(self) -> int:
        return len(self.questions)

    @property
    def revealed(self) -> bool:
        return self.asked and not self.animation.running

    @property
    def reviewing(self) -> bool:
        return self.index >= self.count

    def reveal_for(self, question):
        if question.id not in self._reveals:
            self._reveals[question.id] = reveal(self.session.model, question, self.thresholds)
        return self._reveals[question.id]

    def show(self, index: int) -> None:
        """Ask question ``index`` (its first situation in the model), or show the review past the last."""
        self.animation.stop()
        self.index, self.asked = max(0, min(index, self.count)), False
        if not self.reviewing:
            question = self.questions[self.index]
            item = self.reveal_for(question)
            self.session.set_scenario(situation_scenario(question.first, item.first_posture, question.first.title),
                                      situation_words(self.source, question.id, "first"))
        self.changed.emit()

    def next(self) -> None:
        if self.reviewing:
            return
        if self.asked:
            self.show(self.index + 1)
            return
        question = self.questions[self.index]
        item = self.reveal_for(question)
        self.asked = True
        self.animation.start(situation_scenario(question.second, item.first_posture, question.second.title),
                             item.second_posture, situation_words(self.source, question.id, "second"))
        self.changed.emit()

    def previous(self) -> None:
        self.show(self.index if self.asked else self.index - 1)

    def card(self, area, theme):
        """The card for the page's side panel (``page(side=...)``)."""
        if self.reviewing:
            return review_card([self.reveal_for(q) for q in self.questions], area, theme)
        question = self.questions[self.index]
        return question_card(question, self.index + 1, self.count, self.reveal_for(question) if self.revealed else None,
                             area, theme)

    def stop(self) -> None:
        self.animation.stop()

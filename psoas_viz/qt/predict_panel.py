"""The Predict tab: predict, observe, explain.

A question from ``assets/predict/questions.json`` is shown with its first situation applied to the session; the
student answers; the model then animates from the first to the second posture (``animation.transition``, one
undo step) and the reveal shows right or wrong, the model's numbers, the explanation, its caveats and the
claim's wording where the item names one. After the last question: the score and a per-question review.
Everything shown is computed by :mod:`psoas_viz.predict`; the progress (question, answers) lives in the
session's view state (``view["predict"]``), so Reset all starts over.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.animation import transition
from psoas_viz.content_i18n import translated_questions
from psoas_viz.model.scenario import MuscleSetting, Scenario
from psoas_viz.predict import (Question, QuestionError, QuestionSet, Reveal, Situation, answer_label, format_number,
                               load_questions, reveal, score)
from psoas_viz.session import Session
from psoas_viz.session.session import Words

Qt = QtCore.Qt
ANIMATION_SECONDS = 1.5
ANIMATION_FPS = 30


@dataclass(frozen=True)
class PredictProgress:
    """Where the student is (``view["predict"]``): the question shown, the answers given, the score shown."""

    index: int = 0
    answers: tuple[tuple[str, str], ...] = ()
    finished: bool = False

    def answer(self, question_id: str) -> str | None:
        return dict(self.answers).get(question_id)


def situation_scenario(situation: Situation, posture, title: str) -> Scenario:
    """A situation as a scenario (its muscle settings and pulls) at ``posture``."""
    settings = situation.settings
    muscles = {m: MuscleSetting(settings.activation.get(m, 0.0), settings.tightness.get(m, 0.0))
               for m in sorted(set(settings.activation) | set(settings.tightness))}
    return Scenario(posture, muscles, {}, title, "", dict(settings.pulls))


def situation_words(source: QuestionSet, question_id: str, side: str) -> Words:
    """The title of a question's ``first`` or ``second`` situation in whichever language is current (the session
    asks again after a language switch): ``source`` is the question set as read, before translation."""
    def words() -> tuple[str, str]:
        return getattr(translated_questions(source).question(question_id), side).title, ""
    return words


def reveal_html(item: Reveal, given: str | None, heading: bool = True) -> str:
    """Right or wrong, the numbers, the explanation, the caveats and the claim's wording, as rich text."""
    q = item.question
    parts = []
    translate = QtCore.QCoreApplication.translate
    if heading:
        model_says = html.escape(answer_label(q, item.answer))
        if given is None:
            says = translate("PredictPanel", "The model says: {answer}").format(answer=model_says)
            parts.append(f"<p style='font-size:14pt'><b>{says}</b></p>")
        elif given == item.answer:
            says = translate("PredictPanel", "✔ Right — {answer}").format(answer=model_says)
            parts.append(f"<p style='font-size:14pt;color:#1b6e34'><b>{says}</b></p>")
        else:
            says = translate("PredictPanel", "✘ Not this time: you said {given}; the model says {answer}").format(
                given=html.escape(answer_label(q, given)), answer=model_says)
            parts.append(f"<p style='font-size:14pt;color:#b2182b'><b>{says}</b></p>")
    rows = "".join(f"<tr><td>{html.escape(n.label)}&nbsp;&nbsp;</td><td align=right><b>"
                   f"{format_number(n.value, n.unit)}</b></td></tr>" for n in item.numbers)
    parts.append(f"<table cellspacing=0 cellpadding=2>{rows}</table>")
    parts.append(f"<p>{html.escape(item.explanation)}</p>")
    caveat = translate("PredictPanel", "<i>Caveat:</i> {text}")
    parts += [f"<p style='color:#444'>{caveat.format(text=html.escape(c))}</p>" for c in item.caveats]
    if q.claim is not None:
        claim = translate("PredictPanel", "<i>The claim:</i> “{text}” — {explanation}").format(
            text=html.escape(q.claim.text), explanation=html.escape(q.claim.explanation))
        parts.append(f"<p style='color:#444'>{claim}</p>")
    return "".join(parts)


class PostureAnimation(QtCore.QObject):
    """Moves the session from one posture to another over ~1.5 s (a QTimer stepping ``animation.transition``),
    the whole movement one undo step; ``finished`` when it arrives."""

    finished = QtCore.Signal()

    def __init__(self, state: Session, parent=None):
        super().__init__(parent)
        self.session = state
        self._frames: list = []
        self._start: Scenario | None = None
        self._words: Words | None = None
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(round(1000 / ANIMATION_FPS))
        self._timer.timeout.connect(self._step)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self, start: Scenario, end_posture, words: Words | None = None) -> None:
        """``start`` (a scenario: the second situation's muscles at the first posture), then the transition
        (``words``: its title in the current language, see Session.set_scenario)."""
        self.stop()
        frames = transition(self.session.model, start.posture, end_posture,
                            round(ANIMATION_SECONDS * ANIMATION_FPS))
        self.session.begin_gesture()
        self.session.set_scenario(start, words)
        self._start, self._words = start, words
        self._frames = frames[1:]
        self._timer.start()

    def _step(self) -> None:
        if len(self._frames) > 1:
            self.session.set_posture(self._frames.pop(0))
        elif self._frames:  # arrived: the second situation itself, titled without "(changed)"
            self.session.set_scenario(replace(self._start, posture=self._frames.pop()), self._words)
        if not self._frames:
            self.stop()

    def stop(self) -> None:
        """End the movement where it is (the next question, Reset all, closing)."""
        if self._timer.isActive():
            self._timer.stop()
            self._frames = []
            self.session.end_gesture()
            self.finished.emit()

    def finish_now(self) -> None:
        """Jump to the end (tests, impatient teachers)."""
        while self.running:
            self._step()


class PredictPanel(QtWidgets.QWidget):
    """The Predict tab: one question at a time, then the score."""

    posture_shown = QtCore.Signal()  # a question set the model's posture (or it starts moving): show the model

    def __init__(self, state: Session, parent=None):
        super().__init__(parent)
        self.session = state
        self.questions = None
        self.source: QuestionSet | None = None  # the question set as read (self.questions: in the language)
        self.error = ""
        self._reveals: dict[str, Reveal] = {}
        self._shown = None  # the progress the widgets show
        self.animation = PostureAnimation(state, self)
        self.animation.finished.connect(self._render)
        self.setStyleSheet("QLabel{font-size:12pt}QPushButton{font-size:12pt;padding:5px 10px}")
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.heading = QtWidgets.QLabel()
        self.heading.setStyleSheet("font-size:11pt;color:#444")
        self.prompt = self._label("font-size:14pt;font-weight:bold")
        self.situations = self._label("color:#333")
        outer.addWidget(self.heading)
        outer.addWidget(self.prompt)
        outer.addWidget(self.situations)
        self.options_box = QtWidgets.QVBoxLayout()
        outer.addLayout(self.options_box)
        self.option_buttons: list[QtWidgets.QPushButton] = []
        self.detail = self._label("")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setWidget(self.detail)
        outer.addWidget(scroll, 1)
        nav = QtWidgets.QHBoxLayout()
        self.previous_button = QtWidgets.QPushButton()
        self.next_button = QtWidgets.QPushButton()
        self.start_button = QtWidgets.QPushButton()
        self._name_buttons()
        self.previous_button.clicked.connect(lambda: self.go_to(self.progress.index - 1))
        self.next_button.clicked.connect(self.next)
        self.start_button.clicked.connect(self.start)
        for b in (self.previous_button, self.start_button, self.next_button):
            nav.addWidget(b)
        outer.addLayout(nav)
        self._unsubscribe = state.subscribe(self._on_state)
        self._render()

    def _name_buttons(self) -> None:
        self.previous_button.setText(self.tr("◀ Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous question"))
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.start_button.setAccessibleName(self.tr("Start the questions"))
        self.previous_button.setAccessibleDescription(self.tr("Back to the question before, with its answer"))
        self.next_button.setAccessibleDescription(self.tr("On to the next question, or to the score after the last"))
        self.start_button.setAccessibleDescription(self.tr("Predict first, then watch the model move and see its "
                                                           "numbers"))

    def changeEvent(self, event):
        """View → Language: the questions are read again in the new language, the reveals computed again."""
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self._name_buttons()
            if self.questions is not None:
                self.questions, self._reveals = None, {}
                self.ensure_loaded()
            self._render()
        super().changeEvent(event)

    @staticmethod
    def _label(css: str) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        if css:
            label.setStyleSheet(css)
        return label

    # -- the question set --------------------------------------------------------------------------------
    def ensure_loaded(self) -> bool:
        """Read the question set the first time it is needed; False (and one message shown) when it is unusable."""
        if self.questions is None and not self.error:
            try:
                self.source = self.source or load_questions(model=self.session.model)
                self.questions = translated_questions(self.source)
            except QuestionError as error:
                self.error = str(error)
        return self.questions is not None

    def reveal_for(self, question: Question) -> Reveal:
        if question.id not in self._reveals:
            self._reveals[question.id] = reveal(self.session.model, question, self.questions.thresholds)
        return self._reveals[question.id]

    @property
    def progress(self) -> PredictProgress | None:
        return self.session.view["predict"]

    @property
    def question(self) -> Question | None:
        p = self.progress
        return None if p is None or p.finished or not self.ensure_loaded() else self.questions.questions[p.index]

    # -- acting --------------------------------------------------------------------------------------------
    def start(self) -> None:
        if self.ensure_loaded():
            self.go_to(0)

    def go_to(self, index: int) -> None:
        """Show question ``index`` with its first situation applied (its answer, if given, stays)."""
        if not self.ensure_loaded():
            return
        self.animation.stop()
        index = max(0, min(index, len(self.questions.questions) - 1))
        p = self.progress or PredictProgress()
        question = self.questions.questions[index]
        item = self.reveal_for(question)
        self.session.set_view("predict", PredictProgress(index, p.answers))
        self.session.set_scenario(situation_scenario(question.first, item.first_posture, question.first.title),
                                  situation_words(self.source, question.id, "first"))
        self.posture_shown.emit()

    def next(self) -> None:
        p = self.progress
        if p is None:
            return
        if p.index + 1 < len(self.questions.questions):
            self.go_to(p.index + 1)
        else:
            self.animation.stop()
            self.session.set_view("predict", PredictProgress(p.index, p.answers, finished=True))

    def answer(self, option: str) -> None:
        """The student's prediction: recorded, then the model moves to the second situation and reveals."""
        question, p = self.question, self.progress
        if question is None or p.answer(question.id) is not None or option not in question.options:
            return
        item = self.reveal_for(question)
        self.animation.start(situation_scenario(question.second, item.first_posture, question.second.title),
                             item.second_posture, situation_words(self.source, question.id, "second"))
        self.posture_shown.emit()
        self.session.set_view("predict", PredictProgress(p.index, p.answers + ((question.id, option),)))

    @property
    def revealed(self) -> bool:
        question = self.question
        return question is not None and self.progress.answer(question.id) is not None and not self.animation.running

    def current_score(self):
        p = self.progress
        return score([self.reveal_for(q) for q in self.questions.questions], dict(p.answers))

    # -- showing ---------------------------------------------------------------------------------------------
    def _on_state(self, state, what):
        if what == "view" and state.view["predict"] != self._shown:
            if state.view["predict"] is None:
                self.animation.stop()  # Reset all
            self._render()

    def _render(self) -> None:
        p = self.progress
        self._shown = p
        for b in self.option_buttons:
            self.options_box.removeWidget(b)
            b.deleteLater()
        self.option_buttons = []
        loaded = self.questions is not None  # read when first shown or used, not at start-up
        self.situations.setText("")
        if self.error:
            self.heading.setText(self.tr("Predict"))
            self.prompt.setText(self.tr("The predict questions cannot be used"))
            self.detail.setText(html.escape(self.error))
            self._nav(False, False, False)
            return
        if p is None:
            self.heading.setText(self.tr("Predict, then look"))
            self.prompt.setText(self.tr("Commit to a prediction, then watch the model move and see its numbers."))
            count = (self.tr("{count} questions").format(count=len(self.questions.questions)) if loaded
                     else self.tr("A set of questions"))
            self.detail.setText(self.tr("{count} about the psoas, the pelvis and the spine. Each one sets a first "
                                "posture; choose your answer, then the model animates to the second posture "
                                "and shows why. Your score comes at the end.").format(count=count))
            self._nav(False, True, False, self.tr("Start"))
            return
        if p.finished:
            result = self.current_score()
            self.heading.setText(self.tr("Predict: your score"))
            self.prompt.setText(self.tr("Score: {right} of {total}").format(right=result.right, total=result.total))
            rows = []
            for i, item in enumerate(result.items, 1):
                q = item.question
                mark = "✔" if item.right else "✘"
                given = answer_label(q, item.given) if item.given else self.tr("not answered")
                you = self.tr("You: {given} · model: {answer}").format(
                    given=html.escape(given), answer=html.escape(answer_label(q, item.reveal.answer)))
                rows.append(f"<p><b>{mark} {i}. {html.escape(q.prompt)}</b><br>{you}</p>")
            self.detail.setText("".join(rows))
            self._nav(False, True, False, self.tr("Start again"))
            return
        question = self.question
        total = len(self.questions.questions)
        given = p.answer(question.id)
        self.heading.setText(self.tr("Question {number} of {total}").format(number=p.index + 1, total=total))
        self.prompt.setText(html.escape(question.prompt))
        self.situations.setText(self.tr("From <b>{first}</b> to <b>{second}</b>").format(
                                first=html.escape(question.first.title), second=html.escape(question.second.title)))
        for i, (option, label) in enumerate(zip(question.options, question.labels), 1):
            button = QtWidgets.QPushButton(f"{i}. {label}")
            button.setAccessibleName(self.tr("Answer {number}: {label}").format(number=i, label=label))
            button.setAccessibleDescription(self.tr("Commit to this answer; then the model moves and shows its "
                                                    "numbers"))
            button.setCheckable(True)
            button.setChecked(option == given)
            button.setEnabled(given is None)
            button.clicked.connect(lambda _=False, o=option: self.answer(o))
            self.options_box.addWidget(button)
            self.option_buttons.append(button)
        if given is None:
            self.detail.setText(self.tr("Choose your prediction first."))
        elif self.animation.running:
            self.detail.setText(self.tr("Watch: {first} → {second}…").format(
                first=html.escape(question.first.title), second=html.escape(question.second.title)))
        else:
            self.detail.setText(reveal_html(self.reveal_for(question), given))
        last = p.index + 1 == total
        self.next_button.setText(self.tr("See the score ▶") if last else self.tr("Next ▶"))
        self._nav(p.index > 0, False, True)

    def _nav(self, previous: bool, start: bool, next_: bool, start_text: str | None = None) -> None:
        self.previous_button.setVisible(previous)
        self.start_button.setVisible(start)
        self.start_button.setText(start_text or self.tr("Start"))
        self.next_button.setVisible(next_)

    def showEvent(self, event):
        super().showEvent(event)
        if self.questions is None and not self.error:
            self.ensure_loaded()  # deferred to the first showing: start-up does not pay for it
            self._render()

    def shown_text(self) -> str:
        """Everything the panel shows, as plain text (tests and screen readers)."""
        doc = QtGui.QTextDocument()
        parts = []
        for w in (self.heading, self.prompt, self.situations, self.detail):
            doc.setHtml(w.text())
            parts.append(doc.toPlainText())
        return "\n".join(parts + [b.text() for b in self.option_buttons])

    def close_view(self) -> None:
        self.animation.stop()
        self._unsubscribe()

"""Predict mode for a class, as scenes (no Qt): the question card the presentation shows beside the model while
the class answers by a show of hands, the same card with the model's answer, numbers, explanation and caveats once
the teacher reveals it, and the review after the last question.  Everything on the cards comes from
:mod:`psoas_viz.predict` (computed by the model when asked); the presentation paints the cards with the page.
"""

from __future__ import annotations

from psoas_viz.i18n import fill_template, translate
from psoas_viz.predict import answer_label, format_number

from . import text as measure
from .shapes import Rect, Structure

LETTERS = "ABCDEFGH"
REVIEW_SIZE = 17.0  # px (times the theme's font scale): a line per question


FIT_SCALES = tuple(1.8 - 0.05 * i for i in range(17))  # 1.8 … 1.0: the card's type grows to fill its box


class _Card:
    """Lines written top-down into a box, wrapped to its width, every size times ``grow``; what does not fit ends
    in "…" (``full``)."""

    def __init__(self, area, theme, grow: float = 1.0):
        self.fs = theme.font_scale * grow
        self.pad = 16.0 * theme.font_scale
        self.area = area
        self.y = area[1] + self.pad
        self.full = False
        self.shapes = [Rect(area, "box")]

    def write(self, words: str, size: float, bold: bool = False, role: str = "text", gap: float = 0.0) -> None:
        x0, _, x1, y1 = self.area
        size *= self.fs
        for line in measure.wrap(words, size, x1 - x0 - 2 * self.pad, bold):
            if self.full:
                return
            if self.y + 2 * measure.height(size) > y1 - self.pad:  # the last line that fits says more follows
                line, self.full = line + " …", True
            self.shapes.append(measure.text(x0 + self.pad, self.y, line, size, bold, role, valign="top"))
            self.y += measure.height(size)
        self.y += gap * self.fs

    def structure(self, sid: str, name: str) -> Structure:
        return Structure(sid, "annotation", "box", tuple(self.shapes), name)


def _fitted(area, theme, write) -> _Card:
    """The card ``write(card)`` fills, in the largest type (``FIT_SCALES``) at which all of it fits its box: a
    short question is large enough to read from the back of the room; a long reveal is cut ("…") only when it
    does not fit even at the base sizes."""
    for grow in FIT_SCALES:
        card = _Card(area, theme, grow)
        write(card)
        if not card.full:
            return card
    return card


def question_card(question, number: int, count: int, item, area, theme) -> Structure:
    """Question ``number`` of ``count`` in ``area`` (px); ``item`` (a Reveal) once the teacher reveals it, else
    None: the options lettered for a show of hands.  Revealed, the model's answer keeps its letter (the hands
    went up for letters) and the options make way for its numbers, explanation and caveats."""

    def write(card: _Card) -> None:
        card.write(fill_template(translate("Quiz", "Predict, then watch: question {number} of {count}"),
                                 {"number": number, "count": count}), 13.0, False, "muted", 6.0)
        if item is None:
            card.write(question.prompt, 22.0, True, "text", 4.0)
            card.write(f"{question.first.title} → {question.second.title}", 14.0, False, "muted", 10.0)
            for letter, option in zip(LETTERS, question.options):
                card.write(f"{letter}) {answer_label(question, option)}", 20.0, False, "text", 3.0)
            if len(question.options) == 3:  # the hint names three letters: a longer list speaks for itself
                card.write(translate("Quiz", "Hands up for A, B or C. Page Down: the model moves and answers."),
                           13.0, False, "muted")
            return
        card.write(question.prompt, 14.0, True, "muted", 8.0)  # read already: the answer and why take the room
        letter = LETTERS[question.options.index(item.answer)]
        card.write(fill_template(translate("Quiz", "The model says: {answer}"),
                                 {"answer": f"{letter}) {answer_label(question, item.answer)}"}), 20.0, True,
                   "anterior_text", 6.0)
        for label, values in _number_lines(item.numbers):
            card.write(f"{label}: {values}", 15.0, True, "text")
        card.y += 6.0 * card.fs
        card.write(item.explanation, 14.0, False, "text", 5.0)
        for caveat in item.caveats:
            card.write(fill_template(translate("Quiz", "Caveat: {text}"), {"text": caveat}), 12.0, False, "muted",
                       4.0)
        if question.claim is not None:
            card.write(fill_template(translate("Quiz", "The claim: “{text}”"), {"text": question.claim.text}),
                       12.0, False, "muted")

    card = _fitted(area, theme, write)
    return card.structure("question_card", translate("Quiz", "Predict question") if item is None else
                          translate("Quiz", "Predict question, revealed"))


def _number_lines(numbers) -> list[tuple[str, str]]:
    """The reveal's numbers a line per label: a change in mm and in % share one ("Change: −3.5 mm, −1.1 %")."""
    lines: list[tuple[str, list[str]]] = []
    for n in numbers:
        if lines and lines[-1][0] == n.label:
            lines[-1][1].append(format_number(n.value, n.unit))
        else:
            lines.append((n.label, [format_number(n.value, n.unit)]))
    return [(label, ", ".join(values)) for label, values in lines]


def _one_line(words: str, size: float, width: float, bold: bool = False) -> str:
    """``words`` cut at a word to fit ``width`` px on one line, "…" where it was cut."""
    lines = measure.wrap(words, size, width - measure.width(" …", size, bold), bold)
    return lines[0] + (" …" if len(lines) > 1 else "")


def review_card(items: list, area, theme) -> Structure:
    """After the last question: one line each, the question (cut to fit) and the model's answer."""
    card = _Card(area, theme)
    card.write(translate("Quiz", "What the model computed"), 24.0, True, "text", 10.0)
    width, size = area[2] - area[0] - 2 * card.pad, REVIEW_SIZE * card.fs
    for i, item in enumerate(items, 1):
        answer = f"→ {answer_label(item.question, item.answer)}"
        room = width - measure.width(answer + "  ", size, True)
        top = card.y
        card.shapes += [measure.text(area[0] + card.pad, top, _one_line(f"{i}. {item.question.prompt}", size, room),
                                     size, False, "muted", valign="top"),
                        measure.text(area[2] - card.pad, top, answer, size, True, "text", align="right",
                                     valign="top")]
        card.y += measure.height(size) + 3.0 * card.fs
    return card.structure("question_review", translate("Quiz", "Predict review"))

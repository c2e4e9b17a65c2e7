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


class _Card:
    """Lines written top-down into a box, wrapped to its width; what does not fit ends in "…"."""

    def __init__(self, area, theme):
        self.fs = theme.font_scale
        self.pad = 16.0 * self.fs
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


def question_card(question, number: int, count: int, item, area, theme) -> Structure:
    """Question ``number`` of ``count`` in ``area`` (px); ``item`` (a Reveal) once the teacher reveals it, else
    None: the options lettered for a show of hands."""
    card = _Card(area, theme)
    card.write(fill_template(translate("Quiz", "Predict, then watch: question {number} of {count}"),
                             {"number": number, "count": count}), 15.0, False, "muted", 8.0)
    card.write(question.prompt, 24.0, True, "text", 4.0)
    card.write(f"{question.first.title} → {question.second.title}", 15.0, False, "muted", 12.0)
    for letter, option in zip(LETTERS, question.options):
        chosen = item is not None and option == item.answer
        role = "text" if item is None else ("anterior_text" if chosen else "muted")
        card.write(f"{letter}) {answer_label(question, option)}" + (" ✔" if chosen else ""), 22.0, chosen, role, 4.0)
    if item is None:
        card.write(translate("Quiz", "Hands up for A, B or C. Page Down: the model moves and answers."), 15.0,
                   False, "muted")
        return card.structure("question_card", translate("Quiz", "Predict question"))
    card.y += 10.0 * card.fs
    card.write(fill_template(translate("Quiz", "The model says: {answer}"),
                             {"answer": answer_label(question, item.answer)}), 22.0, True, "text", 6.0)
    for n in item.numbers:
        card.write(f"{n.label}: {format_number(n.value, n.unit)}", 18.0, True, "text")
    card.y += 8.0 * card.fs
    card.write(item.explanation, 15.0, False, "text", 6.0)
    for caveat in item.caveats:
        card.write(fill_template(translate("Quiz", "Caveat: {text}"), {"text": caveat}), 13.0, False, "muted", 4.0)
    if question.claim is not None:
        card.write(fill_template(translate("Quiz", "The claim: “{text}”"), {"text": question.claim.text}), 13.0,
                   False, "muted")
    return card.structure("question_card", translate("Quiz", "Predict question, revealed"))


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

"""Predict mode: predict, observe, explain.

A question set (``assets/predict/questions.json``, format ``psoas-viz/predict``) describes each item as a change
from a first situation to a second (postures, and for balance questions the muscle settings) and what is asked
about it. No answer is stored there: ``reveal`` computes each item's correct answer and the numbers to show
(mm, %, degrees) from the model every time, and fills the item's explanation from those numbers. ``score``
marks a student's answers and gives the per-question review. Qt-free: the window and presentation mode only
show what this module computes.

Question kinds (``ask.kind``):
    length       a muscle: "longer", "shorter" or "about the same" (|change| below the set's length threshold)
    most         which of ``among`` lengthens (or shortens) most, in % of its first length
    angle        a spinopelvic angle: "increases", "decreases" or "about the same" (below the angle threshold)
    settle       which way the balanced pelvis moves when the muscle settings change: "anterior",
                 "posterior" or "stays" (below the angle threshold)
"""

from .answers import Number, Reveal, ReviewItem, Score, answer_label, format_number, reveal, reveal_all, score
from .questions import (QUESTIONS_FILE, ClaimText, Question, QuestionError, QuestionSet, Situation, Thresholds,
                        load_questions, parse_questions)

__all__ = ["QUESTIONS_FILE", "ClaimText", "Number", "answer_label", "format_number", "Question", "QuestionError",
           "QuestionSet", "Reveal", "ReviewItem",
           "Score", "Situation", "Thresholds", "load_questions", "parse_questions", "reveal", "reveal_all", "score"]

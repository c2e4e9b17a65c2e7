"""Property-based: a question file broken anywhere (a value replaced, a key added or removed, at any depth) is
either still a usable question set or refused with QuestionError; nothing else escapes, and what loads can be
answered."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings, strategies as st

from psoas_viz.model import load_model
from psoas_viz.predict import QUESTIONS_FILE, QuestionError, parse_questions, reveal

MODEL = load_model()
SHIPPED = json.loads(QUESTIONS_FILE.read_text(encoding="utf-8"))
SOME = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
                    st.text(max_size=12), st.sampled_from(["psoas_major", "sitting", "{answer}", "{nope}", "length"]))
json_values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                            st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                           max_leaves=8)


def places(node, found):
    """Every (container, key) in the document, depth first."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        found.append((node, key))
        places(value, found)
    return found


@st.composite
def mutated(draw):
    doc = json.loads(json.dumps(SHIPPED))
    container, key = draw(st.sampled_from(places(doc, [])))
    action = draw(st.sampled_from(["replace", "add", "remove"]))
    if action == "replace":
        container[key] = draw(json_values)
    elif action == "remove":
        container.pop(key)
    elif isinstance(container, dict):
        container[draw(st.text(max_size=10))] = draw(json_values)
    else:
        container.append(draw(json_values))
    return doc


@SOME
@given(mutated())
def test_a_broken_question_file_is_refused_cleanly_or_still_answers(doc):
    try:
        questions = parse_questions(doc, MODEL)
    except QuestionError as error:
        assert str(error) and "\n" not in str(error)
        return
    question = questions.questions[0]
    assert reveal(MODEL, question, questions.thresholds).answer in question.options

"""Property-based: malformed scenario documents are refused with ScenarioError (nothing else escapes), valid ones
are accepted, and a refused file leaves a window's state untouched; scenario files of numbers of every size and
type, unicode, nesting and wrong types in every field go through the real reader."""

from __future__ import annotations

import codecs
import json
import math

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from psoas_viz.model import load_model
from psoas_viz.model.scenario import (MuscleSetting, MAX_BYTES, MUSCLE_KEYS, THEMES, TOP_KEYS, VIEW_KEYS, Scenario, ScenarioError,
                                      load_scenario, parse_scenario)
from psoas_viz.session import Session

MODEL = load_model()
PARAMS = list(MODEL.parameters)
MUSCLES = list(MODEL.muscles.ids)
LINKS = MODEL.mechanics.fascia.links
FAST = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.function_scoped_fixture])

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
                    st.text(max_size=12))
json_values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                            st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                           max_leaves=12)
keys = st.one_of(st.sampled_from(sorted(TOP_KEYS) + PARAMS + MUSCLES + list(LINKS) + list(VIEW_KEYS) +
                                 ["spine_mode", "pull_n"]),
                 st.text(max_size=10))


def number_in(spec):
    return st.floats(spec.minimum, spec.maximum, allow_nan=False)


valid_posture = st.fixed_dictionaries({}, optional={
    **{name: number_in(spec) for name, spec in MODEL.parameters.items()},
    "spine_mode": st.sampled_from(["locked", "upright", "manual"])})
valid_setting = st.fixed_dictionaries({}, optional={k: st.floats(0.0, 1.0) for k in MUSCLE_KEYS})
valid_view = st.fixed_dictionaries({}, optional={"labels": st.booleans(), "ghost": st.booleans(),
                                                 "plots": st.booleans(), "theme": st.sampled_from(THEMES)})
valid_fascia = st.fixed_dictionaries({}, optional={
    link: st.fixed_dictionaries({}, optional={"pull_n": st.floats(0.0, spec.max_force)}) for link, spec in LINKS.items()})
valid_documents = st.fixed_dictionaries(
    {"format": st.just("psoas-viz/scenario"), "version": st.just(1)},
    optional={"posture": valid_posture, "muscles": st.dictionaries(st.sampled_from(MUSCLES), valid_setting, max_size=4),
              "fascia": valid_fascia, "view": valid_view, "title": st.text(max_size=30),
              "notes": st.text(max_size=60)})


@st.composite
def mutated(draw):
    """A valid document with one thing broken (or not): a value replaced, a key added or removed."""
    doc = json.loads(json.dumps(draw(valid_documents)))
    where = draw(st.sampled_from(["top", "posture", "muscles", "fascia", "view"]))
    target = doc if where == "top" else doc.setdefault(where, {})
    if where in ("muscles", "fascia") and target and draw(st.booleans()):
        target = target[draw(st.sampled_from(sorted(target)))]
    action = draw(st.sampled_from(["replace", "add", "remove"]))
    if action == "remove" and target:
        target.pop(draw(st.sampled_from(sorted(target))))
    elif action == "replace" and target:
        target[draw(st.sampled_from(sorted(target)))] = draw(json_values)
    else:
        target[draw(keys)] = draw(json_values)
    return doc


def is_valid(doc) -> bool:
    """An independent statement of what a valid scenario is."""
    def number(v, lo, hi):
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            return False
        try:
            v = float(v)
        except OverflowError:  # an integer no float can hold
            return False
        return math.isfinite(v) and lo <= v <= hi

    if not isinstance(doc, dict) or set(doc) - TOP_KEYS:
        return False
    if doc.get("format") != "psoas-viz/scenario" or doc.get("version") != 1 or type(doc.get("version")) is not int:
        return False
    posture = doc.get("posture", {})
    if not isinstance(posture, dict):
        return False
    for k, v in posture.items():
        if k == "spine_mode":
            if v not in ("locked", "upright", "manual"):
                return False
        elif k not in MODEL.parameters or not number(v, MODEL.parameters[k].minimum, MODEL.parameters[k].maximum):
            return False
    muscles = doc.get("muscles", {})
    if not isinstance(muscles, dict):
        return False
    for mid, s in muscles.items():
        if mid not in MODEL.muscles.muscles or not isinstance(s, dict) or set(s) - MUSCLE_KEYS:
            return False
        if not all(number(v, 0.0, 1.0) for v in s.values()):
            return False
    fascia = doc.get("fascia", {})
    if not isinstance(fascia, dict):
        return False
    for link, s in fascia.items():
        if link not in LINKS or not isinstance(s, dict) or set(s) - {"pull_n"}:
            return False
        if not number(s.get("pull_n", 0.0), 0.0, LINKS[link].max_force):
            return False
    view = doc.get("view", {})
    if not isinstance(view, dict):
        return False
    for k, v in view.items():
        if k not in VIEW_KEYS or not isinstance(v, VIEW_KEYS[k]) or (k == "theme" and v not in THEMES):
            return False
    return all(isinstance(doc.get(k, ""), str) for k in ("title", "notes"))


def check(doc):
    try:
        scenario = parse_scenario(doc, MODEL)
    except ScenarioError as error:
        assert str(error), "a refusal must say why"
        assert not is_valid(doc), f"valid document refused: {error}"
        return None
    assert is_valid(doc), f"invalid document accepted: {doc!r}"
    assert isinstance(scenario, Scenario)
    return scenario


@FAST
@given(valid_documents)
def test_valid_documents_are_accepted(doc):
    assert check(doc) is not None


@FAST
@given(mutated())
def test_mutated_documents_are_refused_or_valid(doc):
    check(doc)


@FAST
@given(json_values)
def test_arbitrary_json_is_refused(doc):
    check(doc)


@FAST
@given(st.one_of(st.binary(max_size=200), mutated().map(lambda d: json.dumps(d).encode()),
                 mutated().map(lambda d: json.dumps(d).encode()[:-3]),
                 st.sampled_from([b'{"format": NaN}', b'{"version": Infinity}', b"\xff\xfe{}", b"[" * 5000 + b"]" * 5000,
                                  json.dumps({"format": "psoas-viz/scenario", "version": 1,
                                              "posture": {"pelvic_tilt": float("nan")}}).encode()])))
def test_load_scenario_refuses_bad_bytes_with_scenario_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "s.json"
    path.write_bytes(data)
    try:
        load_scenario(path, MODEL)
    except ScenarioError as error:
        assert str(path) in str(error)
        return
    assert is_valid(json.loads(data.decode("utf-8-sig")))


class Raw:
    """A JSON number written exactly as ``token`` (any size: 400 digits, 1e999, 1e-999)."""

    def __init__(self, token: str):
        self.token = token
        self.value = float(token) if set(token) & set(".eE") else int(token)


def dump(value) -> str:
    """JSON text of a document that may hold Raw numbers, non-ASCII text left as UTF-8."""
    if isinstance(value, Raw):
        return value.token
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)}: {dump(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(dump(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def plain(value):
    """The document as the oracle sees it: each Raw number as the Python number it denotes."""
    if isinstance(value, Raw):
        return value.value
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


numbers = st.one_of(st.integers(), st.tuples(st.integers(), st.integers(0, 450)).map(lambda t: t[0] * 10 ** t[1]),
                    st.floats(),
                    st.from_regex(r"-?(0|[1-9][0-9]{0,450})(\.[0-9]{1,30})?([eE][+-]?[0-9]{1,6})?", fullmatch=True)
                    .map(Raw))
anything = st.recursive(st.one_of(st.none(), st.booleans(), numbers, st.text(max_size=20)),
                        lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                        max_leaves=8)


def rarely(usual, other, one_in: int = 7):
    return st.sampled_from([False] * (one_in - 1) + [True]).flatmap(lambda odd: other if odd else usual)


def maybe(good):
    """Mostly the right kind of value, sometimes anything at all (a wrong type can land in every field)."""
    return rarely(good, anything)


hostile_documents = st.fixed_dictionaries(
    {"format": maybe(st.just("psoas-viz/scenario")), "version": maybe(st.just(1))},
    optional={
        "posture": maybe(st.fixed_dictionaries({}, optional={
            **{name: maybe(st.one_of(number_in(spec), numbers)) for name, spec in MODEL.parameters.items()},
            "spine_mode": maybe(st.sampled_from(["locked", "upright", "manual"]))})),
        "muscles": maybe(st.dictionaries(st.one_of(st.sampled_from(MUSCLES), st.text(max_size=8)), maybe(st.fixed_dictionaries({}, optional={
            k: maybe(st.one_of(st.floats(0.0, 1.0), numbers)) for k in MUSCLE_KEYS})), max_size=3)),
        "fascia": maybe(st.dictionaries(st.one_of(st.sampled_from(list(LINKS)), st.text(max_size=8)), maybe(st.fixed_dictionaries({}, optional={
            "pull_n": maybe(st.one_of(st.floats(0.0, 100.0), numbers))})), max_size=3)),
        "view": maybe(st.fixed_dictionaries({}, optional={
            "labels": maybe(st.booleans()), "ghost": maybe(st.booleans()), "plots": maybe(st.booleans()),
            "theme": maybe(st.sampled_from(THEMES))})),
        "title": maybe(st.text(max_size=40)), "notes": maybe(st.text(max_size=80))})
hostile_documents = rarely(hostile_documents, st.builds(lambda doc, key, value: {**doc, key: value},
                                                        valid_documents, st.text(max_size=8), anything))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(hostile_documents, st.booleans())
def test_the_real_reader_accepts_valid_files_and_refuses_the_rest_with_one_line(tmp_path_factory, doc, bom):
    path = tmp_path_factory.mktemp("hostile") / "s.json"
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + dump(doc).encode("utf-8"))
    try:
        scenario = load_scenario(path, MODEL)
    except ScenarioError as error:
        message = str(error)
        assert message.startswith(str(path)) and "\n" not in message
        assert not is_valid(plain(doc)), f"valid file refused: {message}"
        return
    assert is_valid(plain(doc)), f"invalid file accepted: {dump(doc)[:300]}"
    assert isinstance(scenario, Scenario)


def test_oversized_file_is_refused(tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(b'{"notes": "' + b"x" * (MAX_BYTES + 10) + b'"}')
    with pytest.raises(ScenarioError, match="bytes"):
        load_scenario(path, MODEL)


@pytest.fixture(scope="module")
def window(qapp):
    from psoas_viz.qt.app import create_window

    win = create_window(Session(MODEL))
    yield win
    win.files.persist = False
    win.files.mark_saved()  # closing asks nothing
    win.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(mutated(), hostile_documents))
def test_a_refused_file_leaves_the_window_state_untouched(window, tmp_path_factory, dialogs, doc):
    state = window.session
    state.set_scenario(Scenario(MODEL.default_posture().with_values(pelvic_tilt=4.0),
                                {"iliacus": MuscleSetting(0.0, 0.3)}, {}, "before", "notes before"))
    state.set_view("labels", False)
    before = (state.settings, dict(state.view), state.title, state.notes, state.can_undo)
    path = tmp_path_factory.mktemp("fuzz") / "s.json"
    path.write_bytes(dump(doc).encode("utf-8"))
    if window.files.open(path):
        assert is_valid(plain(doc))
    else:
        assert dialogs.last.startswith(str(path))
        assert (state.settings, dict(state.view), state.title, state.notes, state.can_undo) == before
        assert not is_valid(plain(doc))

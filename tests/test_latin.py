"""Latin names (issue 16, point 1): with the view's ``latin`` option the diagram's labels carry the Terminologia
Anatomica name on a second line and the anatomy cards under their title, in every language, without a label
losing its place; ``psoas-viz export --latin`` writes them into the SVG."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from psoas_viz.anatomy import load_anatomy
from psoas_viz.i18n import using_language
from psoas_viz.model import load_model
from psoas_viz.model.scenario import load_preset
from psoas_viz.scene.cards import card_html
from psoas_viz import terms
from psoas_viz.scene.diagram import LATIN_LABELS, View, build
from psoas_viz.scene.labels import label_lines
from psoas_viz.scene.svg import svg_text
from psoas_viz.session import Session

from test_scene import VIEWS, _check_labels

ROOT = Path(__file__).resolve().parents[1]
SVG = "{http://www.w3.org/2000/svg}"
# label key -> (its text, the Latin line under it) per language; None: no Latin line, the name already gives it
EXPECTED = {
    "en": {"psoas_major": ("Psoas major", "M. psoas major"), "iliac_crest": ("Iliac crest", "Crista iliaca"),
           "femur": ("Femur", None), "greater_trochanter": ("Greater trochanter", "Trochanter major")},
    "de": {"psoas_major": ("M. psoas major", None), "iliac_crest": ("Darmbeinkamm", "Crista iliaca"),
           "femur": ("Oberschenkelknochen", "Femur"), "greater_trochanter": ("Trochanter major", None)},
    "es": {"psoas_major": ("Psoas mayor", "M. psoas major"), "iliac_crest": ("Cresta ilíaca", "Crista iliaca"),
           "femur": ("Fémur", "Femur"), "greater_trochanter": ("Trocánter mayor", "Trochanter major")},
}


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.mark.parametrize("language", list(EXPECTED))
def test_labels_carry_the_latin_name_when_asked_and_only_then(model, language):
    session = Session(model)
    with using_language(language):
        off = {lb.key: lb for lb in build(session.snapshot, View(900, 1000)).labels}
        on = {lb.key: lb for lb in build(session.snapshot, View(900, 1000, latin=True)).labels}
    assert not any(lb.latin for lb in off.values())
    assert set(on) == set(off)  # no label gave up its place to the Latin lines
    for key, (text, latin) in EXPECTED[language].items():
        assert on[key].text == off[key].text == text, key
        if latin is None:
            assert on[key].latin == "", key
        elif on[key].latin:  # a label that found no room for both lines keeps its name alone
            assert on[key].latin == latin, key
    with_latin = [lb for lb in on.values() if lb.latin]
    assert len(with_latin) >= 9, [lb.key for lb in with_latin]
    assert on["L3"].latin == "" and on["PT"].latin == ""  # levels and angles read alike in every language
    for lb in with_latin:  # two lines in one box: the name, and under it the Latin in smaller italic type
        name, latin = label_lines(lb)
        assert (name.text, name.italic, latin.text, latin.italic) == (lb.text, False, lb.latin, True)
        assert latin.size < name.size and name.box[3] <= latin.box[1] + 1e-6 and latin.box[3] <= lb.box[3] + 1e-6
        assert lb.box[0] - 1e-6 <= min(name.box[0], latin.box[0]) and max(name.box[2], latin.box[2]) <= lb.box[2] + 1e-6


@pytest.mark.parametrize("preset", ["neutral_standing", "sitting", "hanging_leg_raise"])
@pytest.mark.parametrize("view", ["screen 900x1000", "projector 1024x768", "hip 1200x900"])
def test_latin_labels_stay_clear_of_each_other_and_of_bone(model, preset, view):
    session = Session(model)
    session.set_scenario(load_preset(preset, model))
    spec = VIEWS[view]
    for language in ("en", "de"):
        with using_language(language):
            names = {lb.key for lb in build(session.snapshot, View(**spec)).labels}
            scene = build(session.snapshot, View(**spec, latin=True))
        _check_labels(scene, (0, 0, spec["width"], spec["height"]))
        assert {lb.key for lb in scene.labels} == names and any(lb.latin for lb in scene.labels)


def test_labels_kept_in_place_keep_their_latin_line_and_lose_it_when_turned_off(model):
    """The window places labels again after each change keeping each where it was while that place is clear:
    a label keeps its Latin line through a small change, and loses it when the option is turned off."""
    session = Session(model)
    latin = build(session.snapshot, View(900, 1000, latin=True))
    session.set_values(pelvic_tilt=2.0)
    moved = build(session.snapshot, View(900, 1000, latin=True, keep=latin.labels))
    _check_labels(moved, (0, 0, 900, 1000))
    with_latin = [lb for lb in moved.labels if lb.latin]
    assert all(lb.key in LATIN_LABELS and lb.latin == terms.latin_beside(lb.key, lb.text, abbreviated=True)
               for lb in with_latin)
    had = {lb.key for lb in latin.labels if lb.latin}
    assert len(had - {lb.key for lb in with_latin}) <= 2  # a 2° change takes few Latin lines away
    off = build(session.snapshot, View(900, 1000, keep=moved.labels))
    assert not any(lb.latin for lb in off.labels)
    assert {lb.key for lb in off.labels} == {lb.key for lb in build(session.snapshot, View(900, 1000)).labels}


def test_around_kept_labels_no_label_gives_its_place_to_a_latin_line(model):
    """After each change the labels are placed around those kept in place: the same labels are placed as when
    the kept ones had no Latin lines (by their names' lines)."""
    session = Session(model)
    labels = build(session.snapshot, View(760, 900, latin=True)).labels
    for tilt in (4.0, -12.0, 20.0, -27.0, 9.0, 7.5, 6.0, 4.5, 3.0, 1.5, 0.0):
        session.set_values(pelvic_tilt=tilt)
        scene = build(session.snapshot, View(760, 900, latin=True, keep=labels))
        _check_labels(scene, (0, 0, 760, 900))
        names = tuple(replace(lb, latin="", box=label_lines(lb)[0].box) for lb in labels)
        plain = build(session.snapshot, View(760, 900, keep=names))
        assert {lb.key for lb in scene.labels} == {lb.key for lb in plain.labels}, tilt
        assert sum(bool(lb.latin) for lb in scene.labels) >= 4, tilt
        labels = scene.labels


def test_cards_show_the_latin_name_under_the_title(model):
    session = Session(model)
    anatomy = load_anatomy(muscle_ids=model.muscles.ids)
    snapshot = session.snapshot
    assert "Musculus psoas major" not in card_html(snapshot, anatomy, "psoas_major")
    assert "<i>Musculus psoas major</i>" in card_html(snapshot, anatomy, "psoas_major", latin=True)
    assert "<i>Vertebra lumbalis III</i>" in card_html(snapshot, anatomy, "L3", latin=True)
    with using_language("de"):
        assert "Musculus psoas major" not in card_html(snapshot, anatomy, "psoas_major", latin=True)  # "M. psoas major"
        card = card_html(snapshot, anatomy, "sacrum", latin=True)
        assert "<b>Kreuzbein (Os sacrum)</b>" in card and "<i>Os sacrum</i>" not in card and "(Knochen)" in card
        assert "<i>Musculi ischiocrurales</i>" in card_html(snapshot, anatomy, "hamstrings", latin=True)
    with using_language("es"):
        assert "<i>Musculus iliacus</i>" in card_html(snapshot, anatomy, "iliacus", latin=True)


def test_latin_is_a_preference_reset_all_keeps(model):
    session = Session(model)
    session.set_view("latin", True)
    session.set_view("ghost", True)
    session.reset()
    assert session.view["latin"] is True and session.view["ghost"] is False
    assert "latin" not in session.to_scenario().view  # a scenario file does not carry it


def test_svg_writes_the_latin_line_as_italic_text(model):
    session = Session(model)
    root = ET.fromstring(svg_text(build(session.snapshot, View(900, 1000, latin=True))))
    layer = next(g for g in root.iter(f"{SVG}g") if g.get("id") == "layer_labels")
    crest = next(g for g in layer if "Iliac crest" in g.find(f"{SVG}title").text)
    texts = crest.findall(f"{SVG}text")
    assert [t.text for t in texts] == ["Iliac crest", "Crista iliaca"] and texts[1].get("font-style") == "italic"
    assert float(texts[1].get("font-size")) < float(texts[0].get("font-size"))


def test_export_latin_on_the_command_line(tmp_path):
    out, plain = tmp_path / "latin.svg", tmp_path / "plain.svg"
    for path, extra in ((out, ["--latin"]), (plain, [])):
        result = subprocess.run([sys.executable, "-m", "psoas_viz", "--lang", "de", "export", "--preset",
                                 "neutral_standing", "--out", str(path), *extra], cwd=ROOT, capture_output=True,
                                text=True, timeout=120)
        assert result.returncode == 0 and result.stdout == "" and result.stderr == "", result.stderr
    texts = [t.text for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    plain_texts = [t.text for t in ET.parse(plain).getroot().iter(f"{SVG}text")]
    assert "Darmbeinkamm" in texts and "Crista iliaca" in texts and "Darmbeinkamm" in plain_texts
    assert "Crista iliaca" not in plain_texts and "Os sacrum" not in plain_texts
    assert "Musculus psoas major" not in texts and "M. psoas major" in texts  # German already says it

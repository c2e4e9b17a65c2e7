"""The content in German and Spanish (claims, presets, the built-in lesson, predict questions, posture parameters):
every English text has a translation, no translation outlives its English text, the predict templates keep their
placeholders, and the loaders give the window and the command line the translated text.  No Qt."""

import json
import re
import shutil

import pytest

from psoas_viz import content_i18n, i18n, terms
from psoas_viz.content_i18n import (KINDS, claims_text, english, lesson_text, option_label,
                                    placeholders, posture_text, problems, question_text, scenario_text, sidecar,
                                    translated_claims, translated_lesson, translated_questions, translated_scenario)
from psoas_viz.i18n import fill_template
from psoas_viz.io.lesson import builtin_lessons, load_lesson, preset_steps
from psoas_viz.model import load_model
from psoas_viz.model.claims import evaluate_claims, load_claims, verdict_words
from psoas_viz.model.scenario import load_preset
from psoas_viz.predict import QUESTIONS_FILE, load_questions, reveal_all
from psoas_viz.predict.questions import _template
from psoas_viz.resources import DataFileError

TRANSLATED = [code for code in i18n.LANGUAGES if code != i18n.SOURCE_LANGUAGE]
PROSE = ("text", "explanation", "caveat", "notes", "prompt", "description")


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.fixture
def copied_catalogues(tmp_path, monkeypatch):
    """The i18n folder copied to tmp_path and made the one the program reads (caches cleared around the test)."""
    folder = tmp_path / "i18n"
    shutil.copytree(i18n.catalogue_dir(), folder)
    monkeypatch.setattr(i18n, "catalogue_dir", lambda: folder)
    for cached in (content_i18n.sidecar, content_i18n.texts):
        cached.cache_clear()
    yield folder
    for cached in (content_i18n.sidecar, content_i18n.texts):
        cached.cache_clear()


def _rewrite(folder, kind, language, change):
    path = folder / f"{kind}.{language}.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document["texts"])
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("kind", KINDS)
def test_every_english_text_has_a_translation_and_nothing_more(kind, language):
    assert problems(kind, language) == []
    document = sidecar(kind, language)
    assert document["source"].strip() and "uncertain" in document  # what it relied on, and what is unsure


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("kind", KINDS)
def test_prose_is_translated_not_copied(kind, language):
    source = dict(content_i18n._flatten(english(kind)))
    translated = dict(content_i18n._flatten(content_i18n.texts(kind, language)))
    for path, text in source.items():
        if path.rsplit(".", 1)[-1] in PROSE and len(text) > 30:
            assert translated[path] != text, (kind, language, path)


def test_a_missing_a_vanished_and_a_stale_translation_are_each_reported(copied_catalogues):
    def damage_claims(texts):
        del texts["sitting_shortens_psoas"]["caveat"]
        texts["psoas_heals_back_pain"] = {"text": "Der Psoas heilt Rückenschmerzen."}

    def damage_lesson(texts):
        texts["psoas_tilt_and_claims"]["steps"][1]["source_title"] = "Anterior tilt (old title)"

    def damage_question(texts):
        explanation = texts["questions"]["sitting_psoas"]["explanation"]
        texts["questions"]["sitting_psoas"]["explanation"] = explanation.replace("{change_mm:+.1f}", "{change_mm:.1f}")

    _rewrite(copied_catalogues, "claims", "de", damage_claims)
    _rewrite(copied_catalogues, "lessons", "es", damage_lesson)
    _rewrite(copied_catalogues, "questions", "de", damage_question)
    assert problems("claims", "de") == ["untranslated: sitting_shortens_psoas.caveat",
                                        "no such English text: psoas_heals_back_pain.text"]
    assert problems("lessons", "es") == [
        "stale: psoas_tilt_and_claims.steps[1].source_title translates 'Anterior tilt (old title)', the lesson now "
        "says 'Anterior pelvic tilt, standing upright'"]
    assert problems("questions", "de") == ["placeholders differ from the English: questions.sitting_psoas.explanation"]
    # an untranslated text keeps its English wording, as Qt does for an unfinished string
    assert claims_text("de")["sitting_shortens_psoas"]["caveat"] == english("claims")["sitting_shortens_psoas"]["caveat"]
    assert claims_text("de")["sitting_shortens_psoas"]["text"] == "Den ganzen Tag zu sitzen verkürzt den Psoas."


def test_a_damaged_sidecar_is_a_data_file_error(copied_catalogues):
    (copied_catalogues / "scenarios.es.json").write_text('{"format": "psoas-viz/anatomy-translation"}', "utf-8")
    with pytest.raises(DataFileError, match=r"scenarios\.es\.json.*reinstall"):
        scenario_text("sitting", "es")
    (copied_catalogues / "posture.de.json").unlink()
    with pytest.raises(DataFileError, match=r"missing.*posture\.de\.json"):
        posture_text("de")


@pytest.mark.parametrize("language", TRANSLATED)
def test_predict_templates_keep_every_placeholder_and_format(language):
    source = json.loads(QUESTIONS_FILE.read_text(encoding="utf-8"))
    kinds = {q["id"]: q["ask"]["kind"] for q in source["questions"]}
    translated = question_text(language)["questions"]
    for question in source["questions"]:
        template = translated[question["id"]]["explanation"]
        assert placeholders(template) == placeholders(question["explanation"]), (language, question["id"])
        _template(template, question["id"], kinds[question["id"]])  # every field exists and its format fits
    assert placeholders("{b} and {a:+.1f}") == [("a", "+.1f", None), ("b", "", None)]
    assert placeholders("{a:.1f}") != placeholders("{a:+.1f}")


def test_numbers_in_a_template_take_the_languages_decimal_comma():
    values = {"first_mm": 321.64, "change_percent": -1.08, "answer": "kürzer"}
    template = "{first_mm:.1f} mm ({change_percent:+.1f} %): {answer}"
    assert fill_template(template, values, "de") == "321,6 mm (\u22121,1 %): kürzer"  # the minus sign, U+2212
    assert fill_template(template, values, "es") == "321,6 mm (\u22121,1 %): kürzer"
    assert fill_template(template, values, "en") == "321.6 mm (\u22121.1 %): kürzer"
    with i18n.using_language("de"):
        assert fill_template("{x:.2f}", {"x": 0.5}) == "0,50"


def test_claims_in_german_keep_their_verdicts_and_numbers(model):
    claims = load_claims()
    english_results = evaluate_claims(model, claims)
    german_results = evaluate_claims(model, translated_claims(claims, "de"))
    for en, de in zip(english_results, german_results):
        assert (de.id, de.verdict, de.numbers, de.structures) == (en.id, en.verdict, en.numbers, en.structures)
        assert de.text != en.text and de.explanation != en.explanation and de.caveat != en.caveat
    assert german_results[0].text == "Eine Beckenkippung nach anterior überdehnt den Psoas."
    with i18n.using_language("de"):  # the verdicts and number sentences of model/claims.py, via translate()
        spoken = evaluate_claims(model, translated_claims(claims, "de"))
        verdicts = [verdict_words(r) for r in spoken]
    for en, de, words in zip(english_results, spoken, verdicts):
        assert (de.verdict, de.numbers) == (en.verdict, en.numbers)
        assert de.summary != en.summary and words != verdict_words(en)
    tilt = spoken[0]
    assert verdicts[0] == "WIDERLEGT" and verdict_words(english_results[0]) == "CONTRADICTED"
    upright = f"{tilt.numbers['upright_change_mm']:+.1f}".replace(".", ",").replace("-", "\u2212")  # −3,5
    assert tilt.summary.startswith(f"Bei +10° Kippung ändert sich der Psoas major um {upright} mm im aufrechten "
                                   "Stand")
    assert "+10° Kippung, Wirbelsäule starr" in tilt.postures
    sitting = [r.id for r in spoken].index("sitting_shortens_psoas")
    assert verdicts[sitting].startswith("HIER NICHT PRÜFBAR (die Behauptung betrifft die Anpassung")
    with i18n.using_language("es"):
        assert verdict_words(evaluate_claims(model, claims[:1])[0]) == "REFUTADA"
    custom = {"id": "my_claim", "text": "Mine.", "explanation": "E", "caveat": "C"}
    mine = translated_claims([custom], "es")[0]  # a claim the built-in file does not have: its own words
    assert {k: mine[k] for k in custom} == custom and mine["preset_titles"]["sitting"] == "Sedestación"


@pytest.mark.parametrize("language", TRANSLATED)
def test_claim_verdicts_name_muscles_and_postures_in_the_language(model, language):
    with i18n.using_language(language):
        results = {r.id: r for r in evaluate_claims(model, translated_claims(load_claims(), language))}
    for result in results.values():
        assert _english_words(result.summary + " " + verdict_words(result)) == set(), result.summary
    quads = results["quads_take_the_brunt_of_sitting"]
    assert {"de": "In der Haltung „Sitzen“ ist am stärksten verkürzt: Iliacus",
            "es": "en «sedestación», el más acortado es el ilíaco"}[language] in quads.summary
    assert {"de": "Sitzen", "es": "Sedestación"}[language] in quads.postures  # the Compare view's labels


def test_presets_in_spanish(model):
    assert scenario_text("anterior_tilt", "es")["title"] == "Inclinación pélvica anterior (máxima voluntaria)"
    assert scenario_text("posterior_tilt", "de")["title"] == "Beckenkippung nach posterior (maximal willkürlich)"
    sitting = translated_scenario(load_preset("sitting", model), "sitting", "es")
    assert sitting.title == "Sedestación" and "8° más posterior" in sitting.notes
    assert sitting.posture == load_preset("sitting", model).posture
    with pytest.raises(KeyError, match="unknown preset 'lying'"):
        scenario_text("lying", "de")
    with i18n.using_language("de"):
        assert scenario_text("neutral_standing")["title"] == "Neutraler Stand"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_built_in_lesson_speaks_the_language_it_is_opened_in(model, language, tmp_path):
    path = builtin_lessons()["psoas_tilt_and_claims"]
    title, steps = load_lesson(path, model)
    with i18n.using_language(language):
        translated_title, translated = load_lesson(path, model)
    words = lesson_text(language)
    assert translated_title == words["title"] != title
    assert [t for t, _ in translated] == [s["title"] for s in words["steps"]]
    for (_, en), (_, tr), text in zip(steps, translated, words["steps"]):
        assert tr.posture == en.posture and tr.notes.startswith(text["notes"])
        assert tr.title != en.title and _english_words(tr.title + " " + tr.notes) == set(), tr.notes
    rigid, sitting = translated[2][1].title, translated[7][1].title  # a step's own scenario; a preset
    assert (rigid, sitting) == {"de": ("Kippung nach anterior +10°, starrer Rumpf", "Sitzen"),
                                "es": ("Inclinación anterior +10°, tronco rígido", "Sedestación")}[language]
    # the claim's verdict, computed when the lesson is opened, in the language: the claim's own caveat too
    claim = translated_claims(load_claims(), language)
    caveat = {c["id"]: c["caveat"] for c in claim}["anterior_tilt_overstretches_psoas"]
    note = translated[5][1].notes.split("\n\n", 1)[1]
    assert note.startswith({"de": "Modell: WIDERLEGT. Bei +10° Kippung", "es": "Modelo: REFUTADA."}[language])
    assert note.endswith(caveat) and caveat != english("claims")["anterior_tilt_overstretches_psoas"]["caveat"]
    # a copy of the lesson is a user's file: it stays as its author wrote it (only the verdict is the program's)
    copy = tmp_path / "my_lesson.json"
    copy.write_bytes(path.read_bytes())
    with i18n.using_language(language):
        mine_title, mine = load_lesson(copy, model)
    assert mine_title == title and [t for t, _ in mine] == [t for t, _ in steps]
    assert mine[0][1].notes == steps[0][1].notes and mine[5][1].notes.startswith(steps[5][1].notes.split("\n")[0])
    with pytest.raises(ValueError, match="has 2 steps"):
        translated_lesson("psoas_tilt_and_claims", title, steps[:2])


def test_presentation_without_a_lesson_shows_the_presets_in_the_language(model):
    with i18n.using_language("es"):
        titles = [t for t, _ in preset_steps(model)]
    assert titles[0] == "Bipedestación neutra" and "Sedestación" in titles
    assert [t for t, _ in preset_steps(model)][0] == "Neutral standing"


# English words no German or Spanish sentence of the program contains (a leaked English template or name)
ENGLISH = {"the", "and", "of", "is", "it", "than", "more", "before", "change", "shift", "longer", "shorter",
           "settles", "rests", "falls", "tilt", "standing", "sitting", "caveat", "model", "step", "with"}


def _english_words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower())) & ENGLISH


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_predict_reveal_reads_in_the_language(model, language):
    """Everything the Predict tab and the class quiz show after the reveal, computed in the language."""
    questions = translated_questions(load_questions(model=model), language)
    with i18n.using_language(language):
        reveals = reveal_all(model, questions)
    for item in reveals:
        q = item.question
        shown = [item.explanation, *item.caveats, *(n.label for n in item.numbers), q.prompt, *q.labels,
                 q.first.title, q.second.title]
        assert _english_words(" ".join(shown)) == set(), (q.id, shown)
        assert "." not in re.sub(r"\d\.\d+\.\d|\.\D|\.$", "", " ".join(shown)), q.id  # decimal commas only
    english_explanations = [r.explanation for r in reveal_all(model, load_questions(model=model))]
    assert all(r.explanation != en for r, en in zip(reveals, english_explanations))


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_no_reveal_repeats_a_caveat(model, language):
    """A card's caveats (the question's and its claim's) say different things: no run of five words twice."""
    questions = translated_questions(load_questions(model=model), language)
    with i18n.using_language(language):
        reveals = reveal_all(model, questions)
    for item in reveals:
        runs = [{tuple(words[i:i + 5]) for i in range(len(words) - 4)}
                for words in (re.findall(r"\w+", c.lower()) for c in item.caveats)]
        for i, first in enumerate(runs):
            for second in runs[i + 1:]:
                assert not first & second, (item.question.id, item.caveats)


def test_predict_questions_in_german(model):
    questions = load_questions(model=model)
    german = translated_questions(questions, "de")
    assert german.title == "Erst vorhersagen, dann hinsehen: der Psoas und das Becken"
    assert german.thresholds.sources[0].startswith("Länge: Eine Änderung unter 1 %")
    assert german.thresholds.length_percent == questions.thresholds.length_percent
    first = german.question("anterior_tilt_psoas_upright")
    assert first.prompt.startswith("Im aufrechten Stand kippt das Becken um 10° nach anterior")
    assert first.labels == ("länger", "kürzer", "etwa gleich lang") and first.options == ("longer", "shorter",
                                                                                          "about the same")
    assert first.first.title == "Neutraler Stand"  # the preset's own title, translated
    assert first.second.title == "Kippung nach anterior +10°, Rumpf aufrecht"
    assert first.claim.text == "Eine Beckenkippung nach anterior überdehnt den Psoas."
    most = german.question("sitting_which_lengthens_most")
    assert most.labels == ("Gluteus maximus", "Ischiokrurale Muskeln", "Rectus femoris", "Erector spinae")
    # the model's answers do not depend on the language
    assert [r.answer for r in reveal_all(model, german)] == [r.answer for r in reveal_all(model, questions)]
    assert option_label("most", "psoas_major", "es") == "Psoas mayor"
    assert option_label("settle", "stays", "es") == "se mantiene"


def test_another_question_file_keeps_its_own_title(model, tmp_path):
    document = json.loads(QUESTIONS_FILE.read_text(encoding="utf-8"))
    document["title"] = "My class"
    document["questions"] = document["questions"][:1]
    document["questions"][0]["id"] = "my_question"
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    mine = translated_questions(load_questions(path, model), "es")
    assert mine.title == "My class" and mine.questions[0].prompt == document["questions"][0]["prompt"]


@pytest.mark.parametrize("language", TRANSLATED)
def test_posture_parameters_use_the_vocabulary(model, language):
    words = posture_text(language)
    assert set(words) == set(model.parameters)
    for name in ("lumbar_lordosis", "pelvic_incidence"):
        assert words[name]["label"].lower() == terms.short_name(f"{name}_deg", language).lower()
    assert terms.name("spine_mode_manual", language) in words["lumbar_lordosis"]["description"]
    assert posture_text("en")["pelvic_tilt"] == {"label": model.parameters["pelvic_tilt"].label,
                                                 "description": model.parameters["pelvic_tilt"].description}


@pytest.mark.parametrize("language", TRANSLATED)
def test_textbook_words(language):
    """The movement words of the language's physiotherapy textbooks, the same in every content file."""
    everything = " ".join(text for kind in KINDS for _, text in content_i18n._flatten(content_i18n.texts(kind, language)))
    wanted = {"de": ("Beckenkippung nach anterior", "Beckenkippung nach posterior", "Hüftbeuger", "Lendenlordose",
                     "Trochanter minor", "Linea terminalis", "Zwerchfellschenkel", "ischiokrurale"),
              "es": ("inclinación pélvica anterior", "inclinación pélvica posterior", "flexores de cadera",
                     "lordosis lumbar", "trocánter menor", "línea terminal", "pilares del diafragma", "isquiotibiales")}
    for word in wanted[language]:
        assert word.lower() in everything.lower(), word
    unwanted = {"de": ("Hüftflexoren", "Lordose der LWS", "Beckenrand"), "es": ("flexores de la cadera", "psoas ilíaco")}
    for word in unwanted[language]:
        assert word.lower() not in everything.lower(), word


def test_unknown_kinds_and_languages_are_refused():
    with pytest.raises(KeyError, match="no translated content 'menus'"):
        sidecar("menus", "de")
    with pytest.raises(i18n.LanguageError):
        claims_text("fr")


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_projected_page_holds_the_longer_german_and_spanish_words(model, language):
    """The class quiz card with every translated question and reveal fits its side panel whole (no "…"), and the
    plot's two direction labels on a lesson step's page do not run into each other."""
    from psoas_viz.scene import quiz
    from psoas_viz.scene.page import page
    from psoas_viz.scene.theme import theme_of
    from psoas_viz.session import Session

    session = Session(model)
    questions = translated_questions(load_questions(model=model), language)
    with i18n.using_language(language):
        reveals = reveal_all(model, questions)
        for question, item in zip(questions.questions, reveals):
            for shown in (None, item):
                cards = {}

                def side(area):
                    cards["area"], cards["card"] = area, quiz.question_card(question, 1, 16, shown, area,
                                                                            theme_of("projector"))
                    return cards["card"]

                page(session.snapshot, "", session.psoas_curve(), "projector", side=side)
                lines = [s for s in cards["card"].shapes if s.kind == "text"]
                x0, y0, x1, y1 = cards["area"]
                assert not any(t.text.endswith("…") for t in lines), (question.id, shown is not None)
                assert all(x0 <= t.box[0] and t.box[2] <= x1 and y0 <= t.box[1] and t.box[3] <= y1 for t in lines)
        scene = page(session.snapshot, "", session.psoas_curve(), "projector")
        words = {i18n.translate("Diagram", "◀ posterior tilt"), i18n.translate("Diagram", "anterior tilt ▶")}
        left, right = sorted((s for st in scene.structures for s in st.shapes if s.kind == "text" and s.text in words),
                             key=lambda t: t.box[0])
        outside = [s.text for st in scene.structures for s in st.shapes
                   if s.kind == "text" and not s.angle and (s.box[0] < 0 or s.box[2] > scene.width)]
    assert left.box[2] + 8 < right.box[0], (left.text, right.text)
    assert outside == []  # nor does any title or label reach the page's edge


@pytest.mark.parametrize("language", TRANSLATED)
def test_compare_gauges_of_every_claim_stay_inside_their_pane(model, language):
    """The Compare view of each claim (its postures in the language): the gauges' headings and numbers wrap or
    shrink inside the pane instead of running past its edge."""
    from psoas_viz.scene import compare

    with i18n.using_language(language):
        for result in evaluate_claims(model, translated_claims(load_claims(), language)):
            sides = dict(list(result.postures.items())[:4])
            if len(sides) == 1:  # as the Compare view shows a single posture: beside neutral standing
                sides[i18n.translate("Claims", "neutral")] = model.default_posture()
            evaluations = {label: model.evaluate(posture) for label, posture in sides.items()}
            scene = compare.build(model, evaluations, (), 620.0, 560.0)
            gauges = next(s for s in scene.structures if s.id == "psoas_gauges")
            outside = [t.text for t in gauges.shapes if t.kind == "text" and t.box[2] > scene.width]
            assert outside == [], (result.id, outside)


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_the_gauge_never_covers_the_angle_box_on_a_projected_page(model, language):
    """The longer German and Spanish angle box ("Kippung", "inclinación") keeps its numbers in sight: the psoas
    gauge takes another place on every preset's page at the projector's 1024 px."""
    from psoas_viz.scene.page import page
    from psoas_viz.scene.labels import overlapping
    from psoas_viz.session import Session

    with i18n.using_language(language):
        for name in english("scenarios"):
            session = Session(model)
            session.set_scenario(translated_scenario(load_preset(name, model), name))
            scene = page(session.snapshot, session.title, session.psoas_curve(), "projector")
            box = {s.id: s.shapes[0].box for s in scene.structures if s.id in ("angle_box", "psoas_gauge")}
            assert not overlapping(box["angle_box"], box["psoas_gauge"]).any(), (name, box)

"""The anatomical vocabulary (English, German, Spanish, Terminologia Anatomica Latin) and the anatomy cards in
German and Spanish."""

import json

import pytest

from psoas_viz import terms
from psoas_viz.anatomy import ANATOMY_FILE, load_anatomy
from psoas_viz.i18n import LANGUAGES, catalogue_dir, using_language
from psoas_viz.model import load_model

PROSE = ("origin", "insertion", "actions", "innervation", "pelvic_tilt", "description", "landmarks", "attachments")
# every structure and landmark the program names, beyond the model's own ids
NAMED = ("pelvis", "sacrum", "lumbar1", "lumbar2", "lumbar3", "lumbar4", "lumbar5", "t12", "ribcage", "rib_12",
         "femur", "tibia", "asis", "aiis", "psis", "iliac_crest", "sacral_promontory", "pubic_symphysis",
         "ischial_tuberosity", "acetabulum", "hip_joint", "greater_trochanter", "lesser_trochanter", "pelvic_brim",
         "obturator_foramen", "s1_endplate", "diaphragm_crura", "iliopsoas", "lumbar_vertebrae")


@pytest.fixture(scope="module")
def model():
    return load_model()


def test_every_named_structure_has_a_name_in_every_language(model):
    ids = {*model.muscles.ids, *model.data["landmarks"], *model.data["bodies"], *NAMED,
           *(key for key in model.evaluate(model.default_posture()).angles)}
    for term_id in sorted(ids):
        names = [terms.name(term_id, lang) for lang in LANGUAGES]
        assert all(n.strip() for n in names), term_id


def test_muscles_carry_their_terminologia_anatomica_name(model):
    for mid in model.muscles.ids:
        assert terms.latin(mid).startswith(("Musculus ", "Musculi ")), mid
        assert all(terms.short_name(mid, lang) for lang in LANGUAGES), mid
    assert terms.latin("psoas_major") == "Musculus psoas major"


def test_textbook_names():
    assert terms.name("psoas_major", "de").startswith("M. psoas major")
    assert terms.name("iliac_crest", "de").startswith("Darmbeinkamm")
    assert terms.name("iliac_crest", "es") == "Cresta ilíaca"
    assert terms.name("asis", "es") == "Espina ilíaca anterosuperior"
    assert terms.latin("asis") == "Spina iliaca anterior superior"
    assert terms.abbreviation("spinopelvic_tilt_deg") == "PT"
    with using_language("es"):
        assert terms.name("sacral_slope_deg") == "Pendiente sacra"


def test_latin_beside_the_vernacular_only_where_it_adds_something():
    assert terms.latin_beside("iliac_crest", "Iliac crest") == "Crista iliaca"
    assert terms.latin_beside("iliac_crest", "Darmbeinkamm") == "Crista iliaca"
    assert terms.latin_beside("iliac_crest", terms.name("iliac_crest", "de")) is None  # "Darmbeinkamm (Crista iliaca)"
    assert terms.latin_beside("psoas_major", "M. psoas major") is None  # M. = Musculus
    assert terms.latin_beside("psoas_major", "Músculo psoas mayor") == "Musculus psoas major"
    assert terms.latin_beside("psoas_major", "Psoas major", abbreviated=True) == "M. psoas major"
    assert terms.latin_beside("hamstrings", "Hamstrings", abbreviated=True) == "Mm. ischiocrurales"
    assert terms.latin_beside("femur", "Oberschenkelknochen", abbreviated=True) == "Femur"  # of "Femur; os femoris"
    assert terms.latin_beside("femur", "Femur") is None
    assert terms.latin_beside("femur", "Fémur") == "Femur / Os femoris"
    assert terms.latin_beside("greater_trochanter", "Trochanter major") is None
    assert terms.latin_beside("hip_joint_centre", "Hip joint centre") is None  # TA has none
    with pytest.raises(KeyError, match="no term 'spleen'"):
        terms.name("spleen", "en")


@pytest.mark.parametrize("language", ["de", "es"])
def test_every_anatomy_card_is_translated(language):
    english = json.loads(ANATOMY_FILE.read_text(encoding="utf-8"))["structures"]
    cards = json.loads((catalogue_dir() / f"anatomy.{language}.json").read_text(encoding="utf-8"))
    assert cards["language"] == language and cards["source"]
    assert set(cards["cards"]) == set(english)
    for card_id, entry in english.items():
        wanted = {f for f in ("name", *PROSE) if isinstance(entry.get(f), str) and entry[f].strip()}
        got = cards["cards"][card_id]
        assert set(got) == wanted, (card_id, set(got) ^ wanted)
        for field in wanted:
            assert "\n" not in got[field] and len(got[field]) <= 170, (card_id, field)
            if field in ("origin", "insertion", "actions", "pelvic_tilt", "description"):
                assert got[field] != entry[field], (language, card_id, field)  # not an untranslated copy


def test_cards_in_german_keep_what_has_no_translation():
    structures = load_anatomy()
    german = terms.translated_cards(structures, "de")
    assert german["psoas_major"].origin.startswith("Wirbelkörper und Bandscheiben von T12–L5")
    assert german["psoas_major"].name == "M. psoas major"
    # citations keep their titles and authors as published, their edition as German writes it
    assert german["psoas_major"].sources == ("Gray's Anatomy, 41. Aufl. (Standring 2016)",
                                             "Neumann, Kinesiology of the Musculoskeletal System, 3. Aufl. (2017)")
    assert german["iliacus"].innervation == "N. femoralis (L2–L3)"
    assert terms.translated_cards(structures, "en") == structures
    assert german["pelvis"].origin is None  # a bone has no origin in any language


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_cards_name_the_spine_modes_as_the_vocabulary_does(language):
    ribcage = terms.card_texts(language)["ribcage"]["pelvic_tilt"].lower()
    for mode in ("locked", "upright"):
        assert terms.name(f"spine_mode_{mode}", language).lower() in ribcage, mode


def test_a_name_inside_a_sentence_is_a_common_noun_except_for_germans_capitals(model):
    """Sentences name muscles and fascial links by terms.running_name (claims, predict reveals, the Describe text,
    the muscle panel's advice): in English and Spanish a capitalised name reads as a common noun ("pilares del
    diafragma", not "Pilares del diafragma"); German nouns keep their capital; abbreviations and codes stay."""
    from psoas_viz.content_i18n import translated_claims
    from psoas_viz.model.claims import evaluate_claims, load_claims

    named = {**{m: mm.name for m, mm in model.muscles.muscles.items()},
             **{link: spec.name for link, spec in model.mechanics.fascia.links.items()}}
    for language in ("en", "es"):
        for term_id, english in named.items():
            name = terms.running_name(term_id, english, language)
            assert not (name[0].isupper() and name[1].islower()), (language, name)
    for term_id, english in named.items():  # German: the textbook's noun, capital and all
        entry = terms.terms()[term_id]
        assert terms.running_name(term_id, english, "de") == entry.get("short", {}).get("de", entry["de"])
    assert terms.running_name("diaphragm_crura", "Diaphragm crura", "es") == "pilares del diafragma"
    assert terms.running_name("diaphragm_crura", "Diaphragm crura", "de") == "Zwerchfellschenkel (Crura diaphragmatis)"
    from psoas_viz.i18n import in_sentence

    assert [in_sentence(t, "en") for t in ("ASIS–PSIS angle", "L1 vertebra", "Sitting")] == [
        "ASIS–PSIS angle", "L1 vertebra", "sitting"]
    assert in_sentence("Neutraler Stand", "de") == "Neutraler Stand"

    claims = load_claims()
    fascia = [c["id"] for c in claims].index("psoas_tight_from_fascia")
    summaries = {}
    for language in ("en", "de", "es"):
        with using_language(language):
            summaries[language] = evaluate_claims(model, translated_claims([claims[fascia]], language))[0].summary
    assert "(pilares del diafragma)" in summaries["es"] and "Pilares" not in summaries["es"]
    assert "– Zwerchfellschenkel (Crura diaphragmatis) –" in summaries["de"]
    assert "pull of the diaphragm crura (medial arcuate ligament) raises" in summaries["en"]

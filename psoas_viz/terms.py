"""The anatomical vocabulary in every language (``assets/i18n/terms.json``) and the anatomy cards' text in German
and Spanish (``assets/i18n/anatomy.<lang>.json``, keyed by the card ids of ``assets/anatomy.json``).  Qt-free.

Names are content, not interface strings, so they live in data files beside the Qt Linguist catalogues rather than
in them; each term also carries its Terminologia Anatomica (Latin) name, which labels and cards show beside the
vernacular one when the view's ``latin`` option is on (View → Latin names, ``export --latin``).
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache

from psoas_viz import i18n
from psoas_viz.anatomy import ANATOMY_FILE, Structure
from psoas_viz.data_files import data_file, not_a_data_file

TERMS_FORMAT = "psoas-viz/terms"
CARDS_FORMAT = "psoas-viz/anatomy-translation"
CARD_FIELDS = ("name", "origin", "insertion", "actions", "innervation", "pelvic_tilt", "description", "landmarks",
               "attachments")


def _read(path) -> dict:
    with data_file(path):
        data = json.loads(path.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=None)
def terms() -> dict[str, dict]:
    """Every term by id: ``{"kind", "en", "de", "es", "la"?, "abbr"?, "short"?}``."""
    path = i18n.catalogue_dir() / "terms.json"
    data = _read(path)
    if data.get("format") != TERMS_FORMAT or not isinstance(data.get("terms"), dict):
        raise not_a_data_file(path, TERMS_FORMAT)
    return data["terms"]


def _entry(term_id: str) -> dict:
    try:
        return terms()[term_id]
    except KeyError:
        raise KeyError(f"no term {term_id!r} in terms.json") from None


def name(term_id: str, language: str | None = None) -> str:
    """The textbook name in ``language`` (default: the current one)."""
    return _entry(term_id)[language or i18n.current_language()]


def latin_beside(term_id: str, vernacular: str, abbreviated: bool = False) -> str | None:
    """The Terminologia Anatomica name to show beside ``vernacular`` (the name a label or card gives the term),
    or None where TA names no such structure or ``vernacular`` already holds it (German ``M. psoas major``,
    ``Trochanter major``).  TA's synonyms are written ``Femur / Os femoris``; ``abbreviated``: only the first,
    *Musculus* written *M.* as plates label muscles (``M. psoas major``; ``Femur``)."""
    ta_name = _entry(term_id).get("la")
    if not ta_name:
        return None
    held = vernacular.lower()
    synonyms = [(s[:1].upper() + s[1:], s.replace("Musculus ", "M. ").replace("Musculi ", "Mm. "))
                for s in ta_name.split("; ")]
    if any(full.lower() in held or short.lower() in held for full, short in synonyms):
        return None
    return synonyms[0][1] if abbreviated else " / ".join(full for full, _ in synonyms)


def latin(term_id: str) -> str | None:
    """The Terminologia Anatomica name, or None where TA names no such structure (a joint centre, an angle)."""
    return _entry(term_id).get("la")


def short_name(term_id: str, language: str | None = None) -> str:
    """The name as running text uses it (``Psoas major`` rather than ``M. psoas major (großer Lendenmuskel)``),
    the term's ``short`` name or else its name, written as a name inside a sentence is (:func:`psoas_viz.i18n.
    in_sentence`: ``pilares del diafragma``, German ``Zwerchfellschenkel (Crura diaphragmatis)``)."""
    entry = _entry(term_id)
    language = language or i18n.current_language()
    return i18n.in_sentence(entry.get("short", {}).get(language) or entry[language], language)


def display_name(term_id: str, english: str, language: str | None = None) -> str:
    """A structure as charts, panels and tables name it: ``english`` (the model's own name, e.g. ``Erector
    spinae (lumbar)``) in English, else the textbook short name with a capital (``Psoas mayor``)."""
    language = language or i18n.current_language()
    if language == i18n.SOURCE_LANGUAGE or term_id not in terms():
        return english
    short = short_name(term_id, language)
    return short[:1].upper() + short[1:]


def running_name(term_id: str, english: str, language: str | None = None) -> str:
    """A structure as a sentence names it: ``english`` (the model's name, ``Psoas major``) in English, else the
    textbook short name (``Psoas major``, ``psoas mayor``), each as a name inside a sentence is written
    (``psoas major``, ``diaphragm crura (medial arcuate ligament)``, ``pilares del diafragma``)."""
    language = language or i18n.current_language()
    if language == i18n.SOURCE_LANGUAGE or term_id not in terms():
        return i18n.in_sentence(english, language)
    return short_name(term_id, language)


def muscle_names(model, language: str | None = None) -> dict[str, str]:
    """Each muscle of ``model`` by id, named as :func:`display_name` does."""
    return {mid: display_name(mid, m.name, language) for mid, m in model.muscles.muscles.items()}


def abbreviation(term_id: str) -> str | None:
    return _entry(term_id).get("abbr")


@lru_cache(maxsize=None)
def _cards_document(language: str) -> dict:
    """``assets/i18n/anatomy.<language>.json`` (checked header); empty for English, whose text is anatomy.json."""
    if i18n.check_language(language) == i18n.SOURCE_LANGUAGE:
        return {"cards": {}, "sources": {}}
    path = i18n.catalogue_dir() / f"anatomy.{language}.json"
    data = _read(path)
    if data.get("format") != CARDS_FORMAT or data.get("language") != language:
        raise not_a_data_file(path, f"{CARDS_FORMAT} ({language})")
    return data


def card_texts(language: str) -> dict[str, dict[str, str]]:
    """The anatomy cards' text in ``language`` by card id (empty for English, whose text is anatomy.json)."""
    return _cards_document(language)["cards"]


@lru_cache(maxsize=None)
def citations(language: str) -> dict[str, str]:
    """The cards' citations as ``language`` writes them, by their English text (``Gray's Anatomy, 41st ed.
    (Standring 2016)`` -> ``Gray's Anatomy, 41. Aufl. (Standring 2016)``): titles and authors as published, the
    edition and what a source is cited for in the language (the sidecar's ``sources``, keyed as anatomy.json's)."""
    translated = _cards_document(language).get("sources", {})
    if not translated:
        return {}
    english = _read(ANATOMY_FILE).get("sources", {})
    return {english[key]: text for key, text in translated.items() if key in english}


def translated_cards(structures: dict[str, Structure], language: str | None = None) -> dict[str, Structure]:
    """The cards of :func:`psoas_viz.anatomy.load_anatomy` with their text in ``language`` (default: the current
    one); a field without a translation keeps its English text (as Qt does for an unfinished string)."""
    language = language or i18n.current_language()
    texts, cited = card_texts(language), citations(language)
    out = {}
    for card_id, structure in structures.items():
        fields = {f: v for f, v in texts.get(card_id, {}).items() if f in CARD_FIELDS and getattr(structure, f)}
        out[card_id] = replace(structure, sources=tuple(cited.get(s, s) for s in structure.sources), **fields)
    return out

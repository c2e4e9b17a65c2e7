"""Languages of the program, Qt-free: which language to speak, its translations and its numbers.

The translations are Qt Linguist catalogues, ``assets/i18n/psoas_viz_<lang>.ts`` (written by
``tools/update_translations.py`` with ``pyside6-lupdate``; the compiled ``.qm`` beside them are what Qt's
``QTranslator`` loads).  :func:`translate` reads the *same* ``.ts`` files with ``xml.etree`` so that the model's
description, the command line and the scene speak the window's language without importing Qt.  Code marks its
strings exactly as Qt code does, ``translate("Context", "Source text")`` with literal arguments (a third positional
argument is Qt's disambiguation), so ``pyside6-lupdate`` finds them; finished translations are used, unfinished or
missing ones give the English source text (what Qt does).

Numbers: :func:`format_number` and :func:`fill_template` write a number as the chosen language does for what people
read (window, exported diagrams, the hand-out, the description, the command line's sentences): decimal comma in
German and Spanish, and in every language a negative number with the true minus sign U+2212 ("−3,5 mm"), which
screen readers say as "minus" and which is as wide as "+".  CSV and JSON are written with ``repr``/``json``
(decimal point, ASCII hyphen-minus), never through this module; text inside data (the JSON's warnings, the claims'
sentences in ``claims --format json`` and the README's tables) is written :func:`for_machines`, and a number the
user typed on the command line is echoed :func:`as_typed`.
"""

from __future__ import annotations

import math
import os
import re
import xml.etree.ElementTree as ElementTree
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from psoas_viz.resources import DataFileError, asset

SOURCE_LANGUAGE = "en"
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español"}  # code -> the language's own name
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")  # POSIX order: the first one set decides
_NEUTRAL_LOCALES = ("C", "POSIX")


class LanguageError(ValueError):
    """A language code the program does not speak (the command line reports it in one line, exit 2)."""


def _primary(code: str) -> str:
    """The language subtag of a locale name: ``de_DE.UTF-8@euro`` -> ``de``, ``es-419`` -> ``es``."""
    return re.split(r"[_.@-]", code.strip(), maxsplit=1)[0].lower()


def check_language(code: str) -> str:
    """An explicitly requested language (``de``, ``de_DE``, ``de-AT``, ``ES``) as its supported code, or
    :class:`LanguageError`."""
    primary = _primary(code) if isinstance(code, str) else ""
    if primary not in LANGUAGES:
        raise LanguageError(fill_template(translate("Language", "unknown language {code!r} (available: {codes})"),
                                          {"code": code, "codes": ", ".join(LANGUAGES)}))
    return primary


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the POSIX locale (``LC_ALL``, else ``LC_MESSAGES``, else ``LANG``); English for the
    ``C``/``POSIX`` locale, for none, and for a language the program does not speak."""
    environ = os.environ if environ is None else environ
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:
            if value.split(".")[0] in _NEUTRAL_LOCALES:
                return SOURCE_LANGUAGE
            primary = _primary(value)
            return primary if primary in LANGUAGES else SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def resolve_language(explicit: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The language to speak: the explicit code (``--lang``; refused with :class:`LanguageError` if unknown),
    else the system locale's."""
    return check_language(explicit) if explicit is not None else system_language(environ)


# -- the current language ------------------------------------------------------------------------------------
_current: ContextVar[str] = ContextVar("psoas_viz_language", default=SOURCE_LANGUAGE)


def current_language() -> str:
    return _current.get()


def set_language(code: str) -> str:
    """Speak ``code`` from now on (checked); returns the supported code."""
    language = check_language(code)
    _current.set(language)
    return language


@contextmanager
def using_language(code: str | None):
    """Speak ``code`` (or keep the current language if None) inside the ``with`` block."""
    token = _current.set(check_language(code) if code is not None else _current.get())
    try:
        yield _current.get()
    finally:
        _current.reset(token)


def in_sentence(name: str, language: str | None = None) -> str:
    """A name or title as it reads inside a sentence of ``language`` (default: the current one): a common noun.
    German keeps its capitals (its nouns are written with one: "Zwerchfellschenkel"); English and Spanish write a
    capitalised first word in lower case ("Pilares del diafragma" -> "pilares del diafragma"), and leave a first
    word that is an abbreviation or a code as it is ("ASIS–PSIS angle", "L1 vertebra")."""
    if check_language(language or _current.get()) == "de" or len(name) < 2:
        return name
    first, second = name[0], name[1]
    return first.lower() + name[1:] if first.isupper() and second.islower() else name


# -- catalogues ------------------------------------------------------------------------------------------------
def catalogue_dir() -> Path:
    """Where the Qt Linguist catalogues live (inside the wheel too: see psoas_viz/resources.py)."""
    return asset("i18n")


def catalogue_path(language: str, suffix: str = ".ts") -> Path:
    return catalogue_dir() / f"psoas_viz_{language}{suffix}"


@lru_cache(maxsize=None)
def catalogue(language: str) -> dict[tuple[str, str, str], str]:
    """The finished translations of one language, ``{(context, source, disambiguation): translation}``, read
    once from its ``.ts`` file.  English, the source language, has none."""
    if language == SOURCE_LANGUAGE:
        return {}
    path = catalogue_path(check_language(language))
    try:
        root = ElementTree.parse(path).getroot()
    except FileNotFoundError:
        raise DataFileError(f"data file missing: {path} (reinstall psoas-viz)") from None
    except ElementTree.ParseError as error:
        raise DataFileError(f"data file damaged: {path} ({error}; reinstall psoas-viz)") from None
    entries = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not (translation.text or "").strip():
                continue  # unfinished, vanished or obsolete: Qt falls back to the source text too
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            entries[key] = translation.text
    return entries


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the current language (Qt's ``QCoreApplication.translate`` without Qt)."""
    return catalogue(_current.get()).get((context, text, disambiguation or ""), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks ``text`` for the catalogues where it is defined; translate it later with :func:`translate`."""
    return text


# -- numbers ---------------------------------------------------------------------------------------------------
MINUS = "\u2212"  # the minus sign of numbers people read
_machine: ContextVar[bool] = ContextVar("psoas_viz_machine_numbers", default=False)


@contextmanager
def for_machines():
    """English words and numbers as data write them (decimal point, ASCII hyphen-minus) inside the ``with``
    block: text that goes into JSON, the README's Markdown tables and other files programs read."""
    token = _machine.set(True)
    try:
        with using_language(SOURCE_LANGUAGE):
            yield
    finally:
        _machine.reset(token)


def minus_sign() -> str:
    """The sign of a negative number: U+2212 for people, "-" :func:`for_machines`."""
    return "-" if _machine.get() else MINUS


class Typed(float):
    """A number the user typed (on the command line, into a scenario file), echoed as it is typed in every language
    (decimal point, ASCII hyphen-minus) so that it can be typed back in: :func:`fill_template` leaves it alone."""


class TypedInteger(int):
    """A whole :class:`Typed` number."""


def as_typed(value: float) -> Typed | TypedInteger:
    return TypedInteger(value) if isinstance(value, int) and not isinstance(value, bool) else Typed(value)


# decimal separator, group separator, the fewest integer digits that are grouped (CLDR, as Qt's QLocale does:
# Spanish writes 1234,5 but 12.345,6)
_NUMBER_SYMBOLS = {"en": (".", ",", 4), "de": (",", ".", 4), "es": (",", ".", 5)}


def decimal_point(language: str | None = None) -> str:
    """The decimal separator of ``language`` (default: the current one): ``,`` in German and Spanish."""
    return _NUMBER_SYMBOLS[check_language(language or _current.get())][0]


class _LocalNumber(float):
    """A float that formats itself as a language writes it for people (``{x:+.1f}`` -> ``+1,5`` in German,
    ``{x:+.1f}`` of -1.5 -> ``−1,5``); never "−0,0": a value that rounds to zero has no minus."""

    point = "."
    minus = MINUS

    def __format__(self, spec: str) -> str:
        # the marked templates use fixed-point and general specs without grouping ("+.1f", "g"): only the point
        # and the sign change
        value = float(self)
        if value < 0 and float.__format__(-value, spec) == float.__format__(0.0, spec):
            value = 0.0  # -0.04 at "+.1f" is "+0,0", as format_number writes it
        return float.__format__(value, spec).replace(".", self.point).replace("-", self.minus)


class _LocalInteger(int):
    """An int written with the people's minus sign (``{n}`` of -3 -> ``−3``)."""

    minus = MINUS

    def __format__(self, spec: str) -> str:
        return int.__format__(int(self), spec).replace("-", self.minus)


@lru_cache(maxsize=None)
def _number_types(language: str, minus: str) -> tuple[type, type]:
    """The float and int types that write numbers as ``language`` does with the sign ``minus`` (one pair each)."""
    return (type("_Number", (_LocalNumber,), {"point": decimal_point(language), "minus": minus}),
            type("_Integer", (_LocalInteger,), {"minus": minus}))


def _local(value, number: type, integer: type):
    if isinstance(value, (Typed, TypedInteger)):
        return value
    if isinstance(value, float):
        return number(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return integer(value)
    return value


def fill_template(template: str, values: Mapping[str, object], language: str | None = None) -> str:
    """``template.format_map(values)`` with every number written as ``language`` (default: the current one)
    writes it for people: decimal comma in German and Spanish, the minus sign U+2212 (ASCII :func:`for_machines`;
    a :class:`Typed` number as typed); the format specs stay those of the template, so a translated template
    (same placeholders, same specs) gives the same numbers as the English one."""
    number, integer = _number_types(check_language(language or _current.get()), minus_sign())
    return template.format_map({k: _local(v, number, integer) for k, v in values.items()})


def format_number(value: float, decimals: int = 1, language: str | None = None) -> str:
    """``value`` rounded to ``decimals`` places as ``language`` (default: the current one) writes it for
    readers, grouped as the window's ``QLocale`` does, with the minus sign U+2212 (ASCII :func:`for_machines`):
    ``format_number(-1234.56, 1, "de")`` is ``−1.234,6``.  Never "−0,0": a value that rounds to zero has no sign."""
    point, group, min_grouped = _NUMBER_SYMBOLS[check_language(language or _current.get())]
    minus = minus_sign()
    if not math.isfinite(value):
        return "nan" if math.isnan(value) else (minus + "inf" if value < 0 else "inf")
    # the exact binary value rounded half away from zero, as Qt's QLocale.toString(value, "f", decimals) does
    rounded = Decimal(abs(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    whole, _, fraction = f"{rounded:f}".partition(".")
    if len(whole) >= min_grouped:
        whole = f"{int(whole):,}".replace(",", group)
    negative = value < 0 and rounded != 0
    return (minus if negative else "") + whole + (point + fraction if fraction else "")

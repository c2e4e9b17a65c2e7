"""Qt reads the same catalogues as the Qt-free seam: the committed .qm files give QTranslator the translations
psoas_viz.i18n.translate() gives, and format_number writes numbers as QLocale does."""

import xml.etree.ElementTree as ElementTree

import pytest
from PySide6.QtCore import QLocale, QTranslator

from psoas_viz.i18n import catalogue_path, format_number, translate, using_language


@pytest.mark.parametrize("language", ["de", "es"])
def test_qtranslator_and_the_qt_free_seam_agree(qapp, language):
    translator = QTranslator()
    assert translator.load(str(catalogue_path(language, ".qm")))
    root = ElementTree.parse(catalogue_path(language)).getroot()
    checked = 0
    with using_language(language):
        for context in root.iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source")
                ours = translate(name, source)
                assert translator.translate(name, source) == ours, (name, source)
                checked += 1
    assert checked >= 18


@pytest.mark.parametrize("language, qt_language", [("en", QLocale.English), ("de", QLocale.German),
                                                   ("es", QLocale.Spanish)])
def test_numbers_match_qlocale(language, qt_language):
    """The window (QLocale) and the exports and description (format_number) write the same digits; a negative
    number with the minus sign U+2212, where QLocale writes its hyphen-minus."""
    locale = QLocale(qt_language)
    for value in (0.0, 0.5, 2.5, -0.05, 3.25, 2.675, -2.66, 318.94, 1234.5, -12345.678, 1000000.0, 99999.96, float("nan"), float("inf"), -float("inf")):
        for decimals in (0, 1, 2):
            expected = locale.toString(value, "f", decimals)
            if not expected.strip("-0.,"):
                expected = expected.lstrip("-")  # Qt writes "-0,0" for -0.04: we deliberately do not
            expected = expected.replace(locale.negativeSign(), "\u2212")
            assert format_number(value, decimals, language) == expected, (value, decimals)

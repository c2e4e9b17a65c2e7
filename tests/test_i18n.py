"""Languages without Qt: choosing the language, the Qt Linguist catalogues read by the Qt-free translate(), and
numbers written as each language writes them."""

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from psoas_viz import i18n
from psoas_viz.i18n import (LANGUAGES, LanguageError, catalogue_path, check_language, format_number,
                            resolve_language, system_language, translate, using_language)
from psoas_viz.resources import DataFileError

ROOT = Path(__file__).resolve().parents[1]
TRANSLATED = [code for code in LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^{}]*)?\}")  # with its format spec: {tilt:+g}


@pytest.mark.parametrize("code, expected", [("de", "de"), ("DE", "de"), ("de_DE", "de"), ("de-AT", "de"),
                                            ("es_ES.UTF-8", "es"), ("es-419", "es"), ("en_GB", "en")])
def test_an_explicit_code_names_a_supported_language(code, expected):
    assert check_language(code) == expected
    assert resolve_language(code, environ={"LANG": "es_ES.UTF-8"}) == expected  # explicit beats the locale


@pytest.mark.parametrize("code", ["xx-nonsense", "fr", "", "  ", "deutsch", "d"])
def test_an_unknown_explicit_code_is_refused_in_one_line(code):
    with pytest.raises(LanguageError) as info:
        resolve_language(code)
    message = str(info.value)
    assert "\n" not in message and repr(code) in message and "en, de, es" in message


@pytest.mark.parametrize("environ, expected", [
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANG": "es_MX.UTF-8"}, "es"),
    ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"}, "es"),  # LC_MESSAGES before LANG
    ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "es_ES", "LC_ALL": "en_US.UTF-8"}, "en"),  # LC_ALL first
    ({"LC_ALL": "", "LANG": "de_DE@euro"}, "de"),  # an empty variable does not count
    ({"LANG": "C"}, "en"), ({"LANG": "POSIX"}, "en"), ({"LC_ALL": "C.UTF-8", "LANG": "de_DE"}, "en"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),  # a language the program does not speak: English, no error
    ({}, "en"),
])
def test_the_system_language_follows_the_posix_locale(environ, expected):
    assert system_language(environ) == expected
    assert resolve_language(None, environ) == expected


def _ts_messages(language):
    root = ElementTree.parse(catalogue_path(language)).getroot()
    assert root.get("language") == language and root.get("sourcelanguage") == "en"
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_catalogue_entry_is_translated_and_finished(language):
    messages = list(_ts_messages(language))
    assert messages
    for context, message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        where = f"{language}: {context}: {source!r}"
        assert translation.get("type") is None, f"{where} is {translation.get('type')}"
        assert (translation.text or "").strip(), f"{where} has no translation"
        assert sorted(PLACEHOLDER.findall(translation.text)) == sorted(PLACEHOLDER.findall(source)), where


def test_the_catalogues_and_compiled_files_are_up_to_date_with_the_code():
    """tools/update_translations.py --check: lupdate over psoas_viz/ and lrelease change nothing."""
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_check_names_a_stale_catalogue(tmp_path, monkeypatch, capsys):
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    for path in catalogue_path("de").parent.glob("psoas_viz_*"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    edited = tmp_path / "psoas_viz_es.ts"  # a translator edits the .ts and forgets to compile it
    edited.write_text(edited.read_text(encoding="utf-8").replace("Sin cambios: {muscles}.", "Igual: {muscles}."),
                      encoding="utf-8")
    monkeypatch.setattr(tool, "catalogue_dir", lambda: tmp_path)
    assert tool.main(["--check"]) == 1
    assert "psoas_viz_es.qm" in capsys.readouterr().err
    assert tool.main([]) == 0
    assert tool.main(["--check"]) == 0
    assert "Igual: {muscles}." in edited.read_text(encoding="utf-8")


def test_translate_reads_the_catalogue_of_the_current_language():
    assert translate("Describe", "trunk upright") == "trunk upright"  # English: the source text
    with using_language("de"):
        assert translate("Describe", "trunk upright") == "Rumpf aufrecht"
        with using_language("es"):
            assert translate("Describe", "trunk upright") == "tronco erguido"
        assert i18n.current_language() == "de"
        assert translate("Describe", "a text no catalogue has") == "a text no catalogue has"
        assert translate("No such context", "trunk upright") == "trunk upright"
    assert i18n.current_language() == "en"


def test_unfinished_entries_fall_back_to_english_and_a_damaged_catalogue_is_named(tmp_path, monkeypatch):
    text = catalogue_path("de").read_text(encoding="utf-8")
    text = text.replace("<translation>Rumpf aufrecht</translation>",
                        '<translation type="unfinished">Rumpf aufrecht</translation>')
    (tmp_path / "psoas_viz_de.ts").write_text(text, encoding="utf-8")
    (tmp_path / "psoas_viz_es.ts").write_text("<TS><context><name>Describe", encoding="utf-8")
    monkeypatch.setattr(i18n, "catalogue_dir", lambda: tmp_path)
    i18n.catalogue.cache_clear()
    try:
        with using_language("de"):
            assert translate("Describe", "trunk upright") == "trunk upright"
            assert translate("Describe", "Unchanged: {muscles}.") == "Unverändert: {muscles}."
        with using_language("es"), pytest.raises(DataFileError, match="psoas_viz_es.ts"):
            translate("Describe", "trunk upright")
    finally:
        i18n.catalogue.cache_clear()


@pytest.mark.parametrize("value, decimals, en, de, es", [
    (318.94, 1, "318.9", "318,9", "318,9"),
    (-2.66, 1, "−2.7", "−2,7", "−2,7"),  # the minus sign U+2212, as people read numbers
    (-0.04, 1, "0.0", "0,0", "0,0"),  # never "-0.0"
    (0.5, 0, "1", "1", "1"),  # half away from zero (Qt), not to even (Python's format)
    (2.675, 2, "2.67", "2,67", "2,67"),  # the double is just below 2.675
    (1234.5, 1, "1,234.5", "1.234,5", "1234,5"),  # Spanish groups from five digits (CLDR)
    (-12345.678, 2, "−12,345.68", "−12.345,68", "−12.345,68"),
    (1000000, 0, "1,000,000", "1.000.000", "1.000.000"),
    (float("nan"), 1, "nan", "nan", "nan"),
    (-float("inf"), 1, "−inf", "−inf", "−inf"),
])
def test_numbers_are_written_as_each_language_writes_them(value, decimals, en, de, es):
    assert [format_number(value, decimals, lang) for lang in ("en", "de", "es")] == [en, de, es]
    with using_language("de"):
        assert format_number(value, decimals) == de


def test_the_seam_does_not_import_qt():
    code = ("import sys; from psoas_viz import i18n, terms, describe; i18n.set_language('de'); "
            "i18n.translate('Describe', 'trunk upright'); print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

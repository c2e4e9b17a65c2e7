"""The command line speaks the chosen language (issue 16, point 2): a global ``--lang CODE``, else LC_ALL,
LC_MESSAGES or LANG; an unknown code is one line and exit 2.  Real subprocesses, real files."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest


def run(*args, env=None):
    environ = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run([sys.executable, "-m", "psoas_viz", *args], capture_output=True, text=True, env=environ,
                          timeout=120)


def svg_texts(path) -> list[str]:
    return [t.text or "" for t in ET.parse(path).getroot().iter("{http://www.w3.org/2000/svg}text")]


ENGLISH = {"Anterior pelvic tilt (maximal voluntary)", "Psoas major", "Iliacus", "Femur", "dashed = shorter",
           "Muscle length vs neutral standing:", "Psoas major length vs pelvic tilt", "Psoas major length"}


@pytest.mark.parametrize("language, words", [
    ("de", {"Beckenkippung nach anterior (maximal willkürlich)", "M. psoas major", "M. iliacus",
            "Oberschenkelknochen", "gestrichelt = kürzer", "Muskellänge gegenüber dem neutralen Stand:",
            "Länge des M. psoas major"}),
    ("es", {"Psoas mayor", "Ilíaco", "Fémur", "discontinua = más corto", "Longitud del psoas mayor"}),
])
def test_lang_translates_the_diagrams_title_caption_labels_and_legend(tmp_path, language, words):
    out = tmp_path / f"{language}.svg"
    result = run("--lang", language, "export", "--preset", "anterior_tilt", "--out", str(out))
    assert result.returncode == 0, result.stderr
    texts = svg_texts(out)
    assert words <= set(texts), words - set(texts)
    assert not ENGLISH & set(texts)
    caption = next(t for t in texts if "psoas" in t.lower() and "mm" in t and len(t) > 60)
    assert re.search(r"\d,\d mm", caption) and not re.search(r"\d\.\d mm", caption)  # decimal comma
    english = tmp_path / "en.svg"
    assert run("export", "--preset", "anterior_tilt", "--out", str(english)).returncode == 0
    assert ENGLISH <= set(svg_texts(english))


def test_the_environment_chooses_the_language_when_lang_is_not_given(tmp_path):
    out = tmp_path / "d.svg"
    result = run("export", "--preset", "anterior_tilt", "--out", str(out), env={"LC_ALL": "", "LANG": "de_DE.UTF-8"})
    assert result.returncode == 0, result.stderr
    assert "gestrichelt = kürzer" in svg_texts(out)
    result = run("--lang", "en", "export", "--preset", "anterior_tilt", "--out", str(out),
                 env={"LC_ALL": "de_DE.UTF-8"})
    assert result.returncode == 0 and "dashed = shorter" in svg_texts(out)  # --lang wins


def test_an_unknown_language_is_one_line_and_exit_2(tmp_path):
    result = run("--lang", "xx-nonsense", "info")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "xx-nonsense" in result.stderr and "en, de, es" in result.stderr
    out = tmp_path / "a.svg"
    result = run("--lang", "klingon", "export", "--preset", "anterior_tilt", "--out", str(out))
    assert result.returncode == 2 and not out.exists()

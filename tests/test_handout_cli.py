"""``psoas-viz export --lesson``: a hand-out PDF with one page per lesson step, each page rendering in pdftoppm;
a bad lesson exits 2 with its reason and leaves the old file alone."""

import json
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from psoas_viz.io.lesson import builtin_lessons, load_lesson
from psoas_viz.model import load_model


def run(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "psoas_viz", "export", *args], capture_output=True, text=True,
                          env=env, timeout=300)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_the_builtin_lesson_handout_has_one_rendered_page_per_step(tmp_path):
    out = tmp_path / "handout.pdf"
    result = run("--lesson", "psoas_tilt_and_claims", "--out", str(out))
    assert result.returncode == 0, result.stderr
    _, steps = load_lesson(builtin_lessons()["psoas_tilt_and_claims"], load_model())
    subprocess.run(["pdftoppm", "-r", "20", "-png", str(out), str(tmp_path / "page")], check=True, timeout=120)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == len(steps) > 1
    for page in pages:
        pixels = np.asarray(Image.open(page).convert("L"))
        assert (pixels < 128).mean() > 0.005  # a diagram and text on every page, not a blank sheet


def test_a_saved_lesson_file_gives_its_steps_titles(tmp_path):
    from psoas_viz.model.scenario import load_preset
    from psoas_viz.io.lesson import save_lesson

    model = load_model()
    lesson = tmp_path / "mine.json"
    save_lesson(lesson, "Mine", [("First look", load_preset("sitting", model)),
                                 ("Second look", load_preset("anterior_tilt", model))])
    out = tmp_path / "mine.pdf"
    result = run("--lesson", str(lesson), "--out", str(out))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, timeout=60).stdout
    assert text.index("First look") < text.index("Second look")


@pytest.mark.parametrize("document, words", [
    ({"format": "psoas-viz/lesson", "version": 99, "title": "x", "steps": [{"scenario": "sitting"}]}, "version"),
    ({"format": "psoas-viz/lesson", "version": 1, "title": "x", "steps": [{"scenario": "no_such_posture"}]},
     "no_such_posture"),
    (None, "lesson"),
])
def test_bad_lessons_exit_2_and_keep_the_old_file(tmp_path, document, words):
    lesson = tmp_path / "bad.json"
    text = json.dumps(document) if document else '{"format": "psoas-viz/lesson", "version": 1, "steps": [{"sc'
    lesson.write_text(text)
    out = tmp_path / "old.pdf"
    out.write_bytes(b"old")
    result = run("--lesson", str(lesson), "--out", str(out))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert words in result.stderr and out.read_bytes() == b"old"


def test_a_handout_must_be_a_pdf(tmp_path):
    result = run("--lesson", "psoas_tilt_and_claims", "--out", str(tmp_path / "h.png"))
    assert result.returncode == 2 and ".pdf" in result.stderr and not (tmp_path / "h.png").exists()

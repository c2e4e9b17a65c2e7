"""Refusals a person meets speak the language of the window or command line: the predict question file, the
session's and the model's ranges, the export backstops, the animation writer, the screenshot option and the
program's own data files.  A value the user typed is echoed as typed (decimal point, ASCII minus), the program's
own numbers as the language writes them.  Real files, real sessions, real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from psoas_viz.i18n import using_language
from psoas_viz.io.export import ExportError, export_without_qt, png_width
from psoas_viz.model import load_model
from psoas_viz.predict import QUESTIONS_FILE, QuestionError, load_questions
from psoas_viz.data_files import data_file
from psoas_viz.resources import DataFileError
from psoas_viz.session import Session


@pytest.fixture(scope="module")
def model():
    return load_model()


def run(*args, code=None):
    environ = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "psoas_viz", *args]
    return subprocess.run(command, capture_output=True, text=True, env=environ, timeout=120)


def one_line(result) -> str:
    assert result.returncode == 2 and result.stdout == "" and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("psoas-viz: error: "), result.stderr
    return result.stderr[len("psoas-viz: error: "):-1]


def question_file(tmp_path, change) -> str:
    document = json.loads(QUESTIONS_FILE.read_text(encoding="utf-8"))
    change(document)
    path = tmp_path / "fragen.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def first(document) -> dict:
    return document["questions"][0]


QUESTION_FILES = {  # change -> (German, Spanish) after "<path>: "
    "negative threshold": (lambda d: d["thresholds"].update(angle_deg=-0.5),
                           "thresholds.angle_deg: erwartet wird eine positive Zahl, gefunden: -0.5",
                           "thresholds.angle_deg: se esperaba un número positivo, se encontró -0.5"),
    "missing key": (lambda d: d["thresholds"].pop("length_percent"),
                    "thresholds.length_percent: fehlt", "thresholds.length_percent: falta"),
    "list for an object": (lambda d: first(d).update(ask=[]),
                           "questions[0].ask: erwartet wird ein Objekt, gefunden: eine Liste",
                           "questions[0].ask: se esperaba un objeto, se encontró una lista"),
    "unknown muscle": (lambda d: first(d)["ask"].update(muscle="psoaz"),
                       "questions[0].ask.muscle: 'psoaz' ist keine Muskel-ID (Muskeln: psoas_major,",
                       "questions[0].ask.muscle: 'psoaz' no es un identificador de músculo (músculos: psoas_major,"),
    "empty prompt": (lambda d: first(d).update(prompt=" "),
                     "questions[0].prompt: erwartet wird ein nicht leerer Text, gefunden: Text",
                     "questions[0].prompt: se esperaba un texto no vacío, se encontró texto"),
    "unknown field": (lambda d: first(d).update(explanation="Es ist {verdict}."),
                      "questions[0].explanation: unbekanntes Feld {verdict} (Felder: answer,",
                      "questions[0].explanation: campo desconocido {verdict} (campos: answer,"),
    "muscles on a length question": (lambda d: first(d)["second"].update(muscles={}),
                                     "questions[0].second.muscles: Muskeleinstellungen ändern nur die Antwort",
                                     "questions[0].second.muscles: los ajustes musculares solo cambian"),
    "twice": (lambda d: d["questions"][1].update(id=first(d)["id"]), "ist doppelt angegeben", "aparece dos veces"),
    "posture out of range": (lambda d: first(d)["second"].update(posture={"pelvic_tilt": -45.5}),
                             "questions[0].second.posture.pelvic_tilt: -45.5 liegt außerhalb von -30…30 deg",
                             "questions[0].second.posture.pelvic_tilt: -45.5 está fuera de -30…30 deg"),
}


@pytest.mark.parametrize("case", QUESTION_FILES)
def test_a_bad_question_file_is_refused_in_german_and_spanish(case, model, tmp_path):
    change, german, spanish = QUESTION_FILES[case]
    path = question_file(tmp_path, change)
    for language, words in (("de", german), ("es", spanish)):
        with using_language(language), pytest.raises(QuestionError) as refused:
            load_questions(path, model)
        message = str(refused.value)
        assert message.startswith(f"{path}: questions[") or message.startswith(f"{path}: thresholds."), message
        assert words in message, message
        assert "\n" not in message and "expected" not in message and "\u2212" not in message, message
    with pytest.raises(QuestionError) as refused:  # English stays English
        load_questions(path, model)
    assert "liegt" not in str(refused.value) and "está" not in str(refused.value)


def test_a_question_file_that_is_a_folder_is_refused_in_german(model, tmp_path):
    with using_language("de"), pytest.raises(QuestionError, match="ist ein Ordner, keine Datei"):
        load_questions(tmp_path, model)


def test_a_refused_muscle_value_in_a_german_session(model):
    session = Session(model)
    before = session.settings
    with using_language("de"):
        with pytest.raises(ValueError) as refused:
            session.set_muscle("psoas_major", activation=-0.25)
        assert str(refused.value) == "psoas_major.activation: -0.25 liegt außerhalb von 0…1"  # as typed
        with pytest.raises(ValueError) as refused:
            session.set_pull("diaphragm_crura", 100.5)
        assert str(refused.value) == "diaphragm_crura: 100.5 N liegt außerhalb von 0…100 N"
    with using_language("es"), pytest.raises(ValueError, match=r"^psoas_major\.tightness: 1\.5 está fuera de 0…1$"):
        session.set_muscle("psoas_major", tightness=1.5)
    assert session.settings == before  # nothing changed


def test_the_export_backstops_speak_german(model, tmp_path):
    session = Session(model)
    with using_language("de"):
        with pytest.raises(ExportError, match=r"a\.jpg: der Dateiname muss auf \.png, \.svg, \.pdf oder \.csv enden$"):
            export_without_qt(session, tmp_path / "a.jpg")
        with pytest.raises(ExportError, match="^unbekanntes Farbschema 'beamer' \\(Farbschemata: screen, projector\\)$"):
            export_without_qt(session, tmp_path / "a.svg", theme="beamer")
        with pytest.raises(ExportError, match="^die Breite 9000 px liegt außerhalb von 1…7680$"):
            png_width(9000)
        folder = tmp_path / "b.svg"
        folder.mkdir()
        with pytest.raises(ExportError, match="b.svg: ist ein Ordner; einen Dateinamen mit der Endung .svg angeben$"):
            export_without_qt(session, folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.svg"]  # nothing written


def test_a_missing_data_file_is_named_in_spanish(tmp_path):
    with using_language("es"), pytest.raises(DataFileError) as refused:
        with data_file(tmp_path / "model.json"):
            (tmp_path / "model.json").read_text()
    assert str(refused.value) == f"falta un archivo de datos: {tmp_path / 'model.json'} (reinstale psoas-viz)"


def test_a_posture_value_typed_on_the_command_line_is_echoed_as_typed():
    line = one_line(run("--lang", "de", "settle", "--set", "pelvic_tilt=-45.5"))
    assert line == "pelvic_tilt: -45.5 deg liegt außerhalb von −30…30 deg"  # typed: as typed; the range: German


def test_a_gif_too_large_to_hold_is_one_german_line_and_exit_2(tmp_path):
    out = tmp_path / "gross.gif"
    line = one_line(run("--lang", "de", "export", "--preset", "neutral_standing", "--animate", "--out", str(out),
                        "--seconds", "5", "--fps", "50", "--width", "3840"))
    assert line.startswith(f"--out {out}: ein GIF aus 250 Bildern zu 3840 x ") and "GB Arbeitsspeicher" in line, line
    assert line.split("braucht zum Schreiben ")[1].split(" GB")[0].count(",") == 1, line  # e.g. 2,3 GB
    assert list(tmp_path.iterdir()) == []


def test_mp4_without_imageio_ffmpeg_is_one_spanish_line(tmp_path):
    code = ("import sys; sys.modules['imageio_ffmpeg'] = None\n"
            "from psoas_viz.cli import main; sys.exit(main(sys.argv[1:]))")
    line = one_line(run("--lang", "es", "export", "--preset", "neutral_standing", "--animate", "--out",
                        str(tmp_path / "a.mp4"), code=code))
    assert line == ("MP4 necesita el ffmpeg incluido en el paquete imageio-ffmpeg, que no está instalado "
                    "(pip install 'psoas-viz[mp4]'); GIF y WebP funcionan sin él")


@pytest.mark.parametrize("name, german", [
    ("bild.jpg", "--screenshot {path}: der Dateiname muss auf .png enden"),
    ("ordner/bild.png", "--screenshot {path}: dort kann nicht geschrieben werden (der Ordner "),
])
def test_a_bad_screenshot_target_is_one_german_line(tmp_path, name, german):
    path = tmp_path / name
    line = one_line(run("--lang", "de", "gui", "--screenshot", str(path)))
    assert line.startswith(german.format(path=path)), line


def test_a_damaged_anatomy_file_is_described_in_german(tmp_path):
    from psoas_viz.anatomy import ANATOMY_FILE, AnatomyError, load_anatomy

    data = json.loads(ANATOMY_FILE.read_text(encoding="utf-8"))
    del data["structures"]["iliacus"]
    data["structures"]["sartorius"]["innervation"] = " "
    path = tmp_path / "anatomy.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with using_language("de"), pytest.raises(AnatomyError) as refused:
        load_anatomy(path)
    assert str(refused.value).startswith(f"{path}: ")
    assert "sartorius: leer oder fehlend: innervation" in str(refused.value)
    assert "Modellmuskel 'iliacus' hat keinen Eintrag" in str(refused.value)


def test_a_claims_file_of_another_format_is_a_spanish_data_file_error(tmp_path):
    from psoas_viz.model.claims import load_claims

    path = tmp_path / "claims.json"
    path.write_text(json.dumps({"format": "psoas-viz/claims", "version": 2, "claims": []}), encoding="utf-8")
    with using_language("es"), pytest.raises(DataFileError) as refused:
        load_claims(path)
    assert str(refused.value) == (f"archivo de datos dañado: {path} (no es un archivo psoas-viz/claims v1; "
                                  "reinstale psoas-viz)")

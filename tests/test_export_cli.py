"""``psoas-viz export`` through a real subprocess: every format opens, bad input exits 2, old files survive."""

import csv
import io
import re
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from psoas_viz.model import load_model

SVG = "{http://www.w3.org/2000/svg}"


def run(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "psoas_viz", "export", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_png_has_the_requested_width_and_is_not_blank(tmp_path):
    out = tmp_path / "d.png"
    result = run("--preset", "anterior_tilt", "--out", str(out), "--width", "1200")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    width, height = png_size(out.read_bytes())
    assert width == 1200 and height == 750
    from PySide6 import QtGui

    image = QtGui.QImage(str(out))
    colours = {image.pixel(x, y) for x in range(0, width, 7) for y in range(0, height, 7)}
    assert len(colours) > 20  # bones, muscles, text: far from blank


def test_svg_is_xml_with_the_psoas_label_as_text(tmp_path):
    out = tmp_path / "d.svg"
    result = run("--preset", "posterior_tilt", "--out", str(out), "--set", "pelvic_tilt=-12")
    assert result.returncode == 0, result.stderr
    root = ET.parse(out).getroot()
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert any("Psoas major" in t for t in texts)
    assert any("12.0° posterior pelvic tilt" in t for t in texts)


def test_pdf_has_one_page(tmp_path):
    out = tmp_path / "d.pdf"
    result = run("--preset", "sitting", "--out", str(out))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data)) == 1


def test_csv_has_every_muscle_and_the_tilt_sweep(tmp_path):
    out = tmp_path / "d.csv"
    result = run("--preset", "neutral_standing", "--out", str(out), "--set", "pelvic_tilt=10")
    assert result.returncode == 0, result.stderr
    text = out.read_text()
    muscles, sweep = text.split("\n\n")
    rows = list(csv.DictReader(io.StringIO(muscles)))
    model = load_model()
    assert [r["muscle_id"] for r in rows] == list(model.muscles.ids)
    psoas = rows[0]
    assert set(psoas) == {"muscle_id", "name", "length_mm", "change_mm", "change_percent", "hip_moment_arm_mm"}
    assert float(psoas["hip_moment_arm_mm"]) > 0
    curve = list(csv.reader(io.StringIO(sweep)))
    assert curve[0][0] == "pelvic_tilt" and "psoas_major_length_mm" in curve[0]
    assert [float(r[0]) for r in curve[1:]] == list(range(-30, 31))


@pytest.mark.parametrize("width", ["abc", "0", "-5", "7681", "1e9", "12.5", "nan"])
def test_bad_width_exits_2_with_one_line_and_no_file(tmp_path, width):
    out = tmp_path / "d.png"
    result = run("--preset", "sitting", "--out", str(out), "--width", width)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "--width" in result.stderr
    assert not out.exists()


def test_bad_input_exits_2(tmp_path):
    assert run("--preset", "nope", "--out", str(tmp_path / "a.png")).returncode == 2
    assert run("--preset", "sitting", "--out", str(tmp_path / "a.txt")).returncode == 2
    assert run("--out", str(tmp_path / "a.png")).returncode == 2
    assert run("--preset", "sitting", "--out", str(tmp_path / "a.png"), "--set", "pelvic_tilt=99").returncode == 2
    assert list(tmp_path.iterdir()) == []


def test_unwritable_targets_exit_2_and_keep_the_old_file(tmp_path):
    folder = tmp_path / "d.png"
    folder.mkdir()
    result = run("--preset", "sitting", "--out", str(folder))
    assert result.returncode == 2 and "folder" in result.stderr and "Traceback" not in result.stderr
    missing = run("--preset", "sitting", "--out", str(tmp_path / "nowhere" / "d.png"))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1

    locked = tmp_path / "locked"
    locked.mkdir()
    old = locked / "d.svg"
    old.write_bytes(b"previous export\x00\x01")
    locked.chmod(0o500)
    try:
        if not os.access(locked, os.W_OK):  # as root a read-only folder is still writable: nothing to check
            result = run("--preset", "sitting", "--out", str(old))
            assert result.returncode == 2 and "cannot be written" in result.stderr
            assert old.read_bytes() == b"previous export\x00\x01"
            assert sorted(p.name for p in locked.iterdir()) == ["d.svg"]
    finally:
        locked.chmod(0o700)


def test_a_write_that_fails_midway_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch, capsys):
    from psoas_viz import cli

    old = tmp_path / "d.pdf"
    old.write_bytes(b"%PDF old and precious")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    assert cli.main(["export", "--preset", "sitting", "--out", str(old)]) == 2
    err = capsys.readouterr().err
    assert "No space left on device" in err.strip().splitlines()[-1] and "Traceback" not in err
    assert old.read_bytes() == b"%PDF old and precious"
    assert [p.name for p in tmp_path.iterdir()] == ["d.pdf"]

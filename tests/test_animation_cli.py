"""``psoas-viz export --animate`` through a real subprocess: an animated file of real frames, bad input exits 2
with one line and leaves the old file as it was."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image


def run(*args, prefix=()):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*prefix, sys.executable, "-m", "psoas_viz", "export", *args], capture_output=True,
                          text=True, env=env, timeout=300)


# root may write anywhere; without the capability to override file permissions it obeys them like anyone
WITHOUT_OVERRIDE = ("setpriv", "--bounding-set=-dac_override,-dac_read_search", "--")


def obeying_permissions(folder: Path) -> tuple:
    """The command prefix under which ``folder`` (mode 0500) is not writable: none for an ordinary user, setpriv
    dropping root's permission override for root (as CI runs)."""
    if not os.access(folder, os.W_OK):
        return ()
    if shutil.which("setpriv") is None or subprocess.run([*WITHOUT_OVERRIDE, "true"]).returncode != 0:
        pytest.skip("running as root without setpriv to drop the permission override")
    return WITHOUT_OVERRIDE


def test_the_tilt_sweep_is_an_animated_gif_whose_frames_move(tmp_path):
    out = tmp_path / "sweep.gif"
    result = run("--preset", "anterior_tilt", "--animate", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""  # no progress bar when stderr is not a terminal
    with Image.open(out) as image:
        assert image.format == "GIF" and image.is_animated
        assert image.n_frames >= 24 and image.width >= 640
        frames = []
        for i in (0, image.n_frames // 2):
            image.seek(i)
            frames.append(np.asarray(image.convert("RGB"), dtype=int))
    assert len(np.unique(frames[0].reshape(-1, 3), axis=0)) > 20  # a drawing, not a blank page
    assert (np.abs(frames[0] - frames[1]).sum(axis=2) > 60).mean() > 0.01  # the pelvis and marker moved


def test_webp_transition_of_a_narrow_range_in_the_projector_theme(tmp_path):
    out = tmp_path / "a.webp"
    result = run("--preset", "sitting", "--animate", "--from-tilt", "-5", "--to-tilt", "10", "--seconds", "1",
                 "--fps", "12", "--width", "640", "--theme", "projector", "--out", str(out))
    assert result.returncode == 0, result.stderr
    with Image.open(out) as image:
        assert image.format == "WEBP" and image.n_frames == 12 and image.width == 640


@pytest.mark.parametrize("args, words", [
    (("--fps", "0"), "--fps"),
    (("--fps", "70"), "--fps"),
    (("--fps", "x"), "--fps"),
    (("--seconds", "0.1"), "--seconds"),
    (("--seconds", "100"), "--seconds"),
    (("--from-tilt", "-45"), "--from-tilt"),
    (("--to-tilt", "31"), "--to-tilt"),
    (("--width", "50"), "--width"),
    (("--dpi", "300"), "--dpi"),
])
def test_bad_settings_exit_2_with_one_line_and_keep_the_old_file(tmp_path, args, words):
    out = tmp_path / "old.gif"
    out.write_bytes(b"old contents")
    result = run("--preset", "anterior_tilt", "--animate", *args, "--out", str(out))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and words in result.stderr and "Traceback" not in result.stderr
    assert out.read_bytes() == b"old contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.gif"]


def test_unknown_extension_and_unwritable_targets_exit_2(tmp_path):
    result = run("--preset", "anterior_tilt", "--animate", "--out", str(tmp_path / "a.avi"))
    assert result.returncode == 2 and ".gif, .webp or .mp4" in result.stderr
    assert result.stderr.count("\n") == 1 and not (tmp_path / "a.avi").exists()
    result = run("--preset", "anterior_tilt", "--animate", "--out", str(tmp_path / "missing" / "a.gif"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    (tmp_path / "folder.gif").mkdir()
    result = run("--preset", "anterior_tilt", "--animate", "--out", str(tmp_path / "folder.gif"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and (tmp_path / "folder.gif").is_dir()
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.gif").write_bytes(b"old")
    locked.chmod(0o500)
    try:
        prefix = obeying_permissions(locked)
        result = run("--preset", "anterior_tilt", "--animate", "--seconds", "1", "--out", str(locked / "a.gif"),
                     prefix=prefix)
        assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert (locked / "a.gif").read_bytes() == b"old"
    finally:
        locked.chmod(0o700)


def test_animation_options_without_animate_are_refused(tmp_path):
    result = run("--preset", "anterior_tilt", "--fps", "10", "--out", str(tmp_path / "a.png"))
    assert result.returncode == 2 and "--animate" in result.stderr and not (tmp_path / "a.png").exists()


def test_a_transition_between_two_presets(tmp_path):
    out = tmp_path / "t.gif"
    result = run("--preset", "neutral_standing", "--to-preset", "sitting", "--animate", "--seconds", "1",
                 "--fps", "10", "--width", "480", "--out", str(out))
    assert result.returncode == 0, result.stderr
    with Image.open(out) as image:
        ends = []
        for i in (0, image.n_frames - 1):
            image.seek(i)
            ends.append(np.asarray(image.convert("RGB"), dtype=int))
    assert (np.abs(ends[0] - ends[1]).sum(axis=2) > 60).mean() > 0.02  # standing → sitting: the thigh moved
    result = run("--preset", "neutral_standing", "--to-preset", "handstand", "--animate", "--out", str(out))
    assert result.returncode == 2 and "handstand" in result.stderr and result.stderr.count("\n") == 1
    result = run("--preset", "neutral_standing", "--to-preset", "sitting", "--from-tilt", "3", "--animate",
                 "--out", str(out))
    assert result.returncode == 2 and "transition" in result.stderr


def test_every_frame_of_a_preset_sweep_is_titled_truly_and_on_one_colour_scale(tmp_path):
    """The anterior-tilt preset swept −30°…+30°: no frame is titled with the preset's posture while it shows another
    (each frame's title names the sweep, its caption the frame's own tilt), and one colour scale (and one psoas
    gauge scale) holds the whole animation: the legend at the foot of every frame of the GIF is the same."""
    out = tmp_path / "sweep.gif"
    result = run("--preset", "anterior_tilt", "--animate", "--seconds", "1", "--fps", "10", "--width", "640",
                 "--out", str(out))
    assert result.returncode == 0, result.stderr
    with Image.open(out) as image:
        assert image.n_frames == 10
        frames = []
        for i in range(image.n_frames):
            image.seek(i)
            frames.append(np.asarray(image.convert("RGB"), dtype=int))
    legend = frames[0].shape[0] * 70 // 1000  # the legend's strip of the 1600 x 1000 page
    for frame in frames[1:]:
        assert np.array_equal(frame[-legend:], frames[0][-legend:])
    from psoas_viz.animation import frame_pages, sweep_title, tilt_sweep
    from psoas_viz.model import load_model
    from psoas_viz.model.scenario import load_preset
    from psoas_viz.session import Session

    model = load_model()
    preset = load_preset("anterior_tilt", model)
    session = Session(model)
    session.set_scenario(preset)
    postures = tilt_sweep(model, session.posture, -30.0, 30.0, 10)
    title = sweep_title(-30.0, 30.0, session.display_title)
    pages = frame_pages(session, postures, title)
    scenes = [pages(i) for i in range(10)]

    def words(scene, role):
        header = next(s for s in scene.structures if s.id == "title")
        return " ".join(t.text for t in header.shapes if t.role == role)

    for i in (0, 5, 9):  # posterior (−30°), anterior (+30°), on the way back to −30°
        tilt = postures[i].pelvic_tilt
        heading, caption = words(scenes[i], "text"), words(scenes[i], "muted")
        assert heading == title and heading.startswith("Pelvic tilt sweep −30° … +30°")
        assert heading != preset.title
        side = "anterior" if tilt > 0 else "posterior"
        assert caption.startswith(f"{abs(tilt):.1f}° {side} pelvic tilt")
    assert postures[0].pelvic_tilt == -30.0 and postures[5].pelvic_tilt == 30.0
    assert {s.colour_range for s in scenes} == {20.0}  # the +30° frame's −13 % holds the scale of all
    legends = {" ".join(t.text for t in next(s for s in scene.structures if s.id == "legend").shapes
                        if hasattr(t, "text")) for scene in scenes}
    assert len(legends) == 1 and "shorter −20 %" in legends.pop()
    assert session.posture == preset.posture  # the session is left as it was

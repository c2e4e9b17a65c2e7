"""Animated exports without Qt: posture sequences for a sweep or a transition, and GIF / WebP / MP4 files
written from frames, checked by reading them back; bad settings refused, a cancel or a failure leaves the
old file as it was."""

import io
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageSequence

from psoas_viz.animation import (animation_settings, ease, mp4_available, terminal_progress, tilt_sweep, transition,
                                 write_animation)
from psoas_viz.io.files import TEMP_SUFFIX
from psoas_viz.model import ParameterError, load_model


@pytest.fixture(scope="module")
def model():
    return load_model()


def diagram(width, height, phase):
    """A small diagram-like frame: white, a grey bone, a coloured line that moves with ``phase``."""
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.polygon([(20, 20), (80, 30), (60, 90)], fill=(236, 232, 222), outline=(60, 60, 60))
    x = 40 + phase * (width - 80)
    draw.line([(x, 10), (width / 2, height - 10)], fill=(31, 119, 180), width=6)
    return np.asarray(image)


def frames_for(settings, height=100):
    n = settings.frame_count
    return [diagram(settings.width, height, i / (n - 1)) for i in range(n)]


def leftovers(directory):
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(TEMP_SUFFIX))


BAD_SETTINGS = [
    ({"path": "a.png"}, "not '.png'"), ({"path": "a"}, "no extension"),
    ({"fps": 0}, "fps: 0"), ({"fps": 61}, "fps: 61"), ({"fps": 2.5}, "fps: 2.5"), ({"fps": True}, "fps: True"),
    ({"path": "a.gif", "fps": 55}, "a GIF plays at most 50"),
    ({"seconds": 0.4}, "seconds: 0.4"), ({"seconds": 61}, "seconds: 61"), ({"seconds": float("nan")}, "seconds: nan"),
    ({"seconds": "3"}, "seconds: '3'"),
    ({"width": 159}, "width: 159"), ({"width": 3841}, "width: 3841"), ({"width": 1280.0}, "width: 1280.0"),
]


@pytest.mark.parametrize("change,message", BAD_SETTINGS)
def test_bad_settings_are_refused_with_one_message(change, message):
    arguments = {"path": "out.webp", "fps": 25, "seconds": 3.0, "width": 1280, **change}
    with pytest.raises(ValueError) as error:
        animation_settings(**arguments)
    assert message in str(error.value) and "\n" not in str(error.value)


@pytest.mark.parametrize("fps,seconds", [(1, 0.5), (60, 60.0)])
def test_the_ends_of_the_ranges_are_accepted(fps, seconds, tmp_path):
    settings = animation_settings(tmp_path / "a.webp", fps=fps, seconds=seconds, width=3840)
    assert settings.frame_count == max(2, round(fps * seconds))
    assert animation_settings(tmp_path / "b.gif", fps=50, width=160).format == "gif"


def test_a_gif_plays_every_frame_at_the_right_speed(tmp_path):
    settings = animation_settings(tmp_path / "sweep.gif", fps=30, seconds=1.0, width=200)
    frames = frames_for(settings)
    seen = []
    assert write_animation(settings, frames, progress=lambda f: seen.append(f)) is True
    with Image.open(settings.path) as gif:
        assert gif.format == "GIF" and gif.size == (200, 100) and gif.info["loop"] == 0
        shown = [(frame.convert("RGB"), frame.info["duration"]) for frame in ImageSequence.Iterator(gif)]
    assert len(shown) == settings.frame_count
    assert sum(d for _, d in shown) == 1000  # 30 fps: delays of 30 and 40 ms that add up to the second
    assert all(d in (30, 40) for _, d in shown)
    for (image, _), original in zip(shown, frames):
        assert np.abs(np.asarray(image).astype(int) - original).mean() < 1.0
        assert np.asarray(image)[50, 199].tolist() == [255, 255, 255]  # white stays white
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) == settings.frame_count + 1


def test_a_webp_from_a_frame_function(tmp_path):
    settings = animation_settings(tmp_path / "sweep.webp", fps=10, seconds=1.0, width=160)
    asked = []

    def make(i):
        asked.append(i)
        return diagram(160, 90, i / 9)

    assert write_animation(settings, make)
    assert sorted(set(asked)) == list(range(10))
    with Image.open(settings.path) as webp:
        assert webp.format == "WEBP" and webp.size == (160, 90) and webp.n_frames == 10
        webp.seek(9)
        assert np.abs(np.asarray(webp.convert("RGB")).astype(int) - diagram(160, 90, 1.0)).mean() < 1.0


@pytest.mark.skipif(not mp4_available(), reason="imageio-ffmpeg is not installed")
def test_an_mp4_with_odd_height(tmp_path):
    import imageio_ffmpeg

    settings = animation_settings(tmp_path / "sweep.mp4", fps=12, seconds=1.0, width=320)
    assert write_animation(settings, frames_for(settings, height=101))
    reader = imageio_ffmpeg.read_frames(str(settings.path))
    meta = next(reader)
    assert meta["size"] == (320, 102) and meta["fps"] == 12
    assert sum(1 for _ in reader) == 12


def test_mp4_without_imageio_ffmpeg_says_so(tmp_path):
    code = ("import sys; sys.modules['imageio_ffmpeg'] = None\n"
            "from psoas_viz.animation import animation_settings, animation_settings as s\n"
            "try:\n    s('x.mp4')\nexcept ValueError as e:\n    print(e)\n"
            "print(s('x.gif').format)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "MP4 needs the ffmpeg bundled with the imageio-ffmpeg package" in result.stdout
    assert result.stdout.strip().endswith("gif")


def test_rgba_frames_are_flattened_onto_white_for_gif(tmp_path):
    settings = animation_settings(tmp_path / "a.gif", fps=2, seconds=1.0, width=160)
    frame = np.zeros((40, 160, 4), np.uint8)
    frame[:, :80] = (200, 0, 0, 255)  # opaque red on the left, transparent black on the right
    assert write_animation(settings, [frame, frame])
    with Image.open(settings.path) as gif:
        rgb = np.asarray(gif.convert("RGB"))
    assert rgb[20, 10].tolist() == [200, 0, 0] and rgb[20, 150].tolist() == [255, 255, 255]


@pytest.mark.parametrize("fmt", ["gif", "webp", pytest.param("mp4", marks=pytest.mark.skipif(
    not mp4_available(), reason="imageio-ffmpeg is not installed"))])
def test_cancel_leaves_the_old_file(fmt, tmp_path):
    target = tmp_path / f"old.{fmt}"
    target.write_bytes(b"the old file")
    settings = animation_settings(target, fps=10, seconds=2.0, width=160)
    assert write_animation(settings, frames_for(settings), progress=lambda f: f < 0.5) is False
    assert target.read_bytes() == b"the old file"
    assert leftovers(tmp_path) == []


def test_a_failing_frame_leaves_the_old_file(tmp_path):
    target = tmp_path / "old.gif"
    target.write_bytes(b"the old file")
    settings = animation_settings(target, fps=10, seconds=1.0, width=160)

    def make(i):
        if i == 7:
            raise RuntimeError("the renderer broke")
        return diagram(160, 60, i / 9)

    with pytest.raises(RuntimeError, match="the renderer broke"):
        write_animation(settings, make)
    assert target.read_bytes() == b"the old file" and leftovers(tmp_path) == []


def test_an_unwritable_target_raises_and_writes_nothing(tmp_path):
    settings = animation_settings(tmp_path / "missing" / "a.gif", fps=2, seconds=1.0, width=160)
    with pytest.raises(OSError):
        write_animation(settings, frames_for(settings))
    assert list(tmp_path.iterdir()) == []
    folder = tmp_path / "folder.webp"
    folder.mkdir()
    (folder / "inside").write_bytes(b"kept")
    settings = animation_settings(folder, fps=2, seconds=1.0, width=160)
    with pytest.raises(OSError):
        write_animation(settings, frames_for(settings))
    assert (folder / "inside").read_bytes() == b"kept" and leftovers(tmp_path) == []


@pytest.mark.parametrize("bad,message", [
    (lambda f: f[:-1], "frames: 9 given"),
    (lambda f: [x.astype(np.float32) for x in f], "uint8"),
    (lambda f: [x[:, :150] for x in f], "150 px wide"),
    (lambda f: f[:5] + [x[:50] for x in f[5:]], "differs from the first frame"),
    (lambda f: [x[:, :, 0] for x in f], "(height, width, 3 or 4)"),
])
def test_unusable_frames_are_refused(bad, message, tmp_path):
    target = tmp_path / "a.gif"
    settings = animation_settings(target, fps=10, seconds=1.0, width=160)
    with pytest.raises(ValueError) as error:
        write_animation(settings, bad(frames_for(settings)))
    assert message in str(error.value)
    assert not target.exists() and leftovers(tmp_path) == []


def test_a_gif_too_big_to_hold_is_refused_before_the_second_frame(tmp_path):
    target = tmp_path / "long.gif"
    target.write_bytes(b"the old file")
    settings = animation_settings(target, fps=50, seconds=60.0, width=3840)
    asked = []

    def make(i):
        asked.append(i)
        return np.full((2160, 3840, 3), 255, np.uint8)

    with pytest.raises(ValueError, match=r"a GIF of 3000 frames of 3840 x 2160 px needs 24.9 GB"):
        write_animation(settings, make)
    assert len(asked) == 1 and target.read_bytes() == b"the old file" and leftovers(tmp_path) == []


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_progress_bar_on_a_terminal_and_quiet_otherwise(tmp_path):
    assert terminal_progress(io.StringIO()) is None
    terminal = Terminal()
    settings = animation_settings(tmp_path / "a.gif", fps=4, seconds=1.0, width=160)
    assert write_animation(settings, frames_for(settings), progress=terminal_progress(terminal))
    bars = terminal.getvalue().split("\r")[1:]
    assert len(bars) == 5 and bars[-1] == "[" + "#" * 30 + "] 100 %\n"
    assert bars[0].startswith("[" + "#" * 7 + ".")


def test_ease_starts_and_ends_slowly():
    t = np.linspace(0, 1, 101)
    e = ease(t)
    assert e[0] == 0 and e[-1] == pytest.approx(1) and np.all(np.diff(e) >= 0)
    assert e[1] - e[0] < 0.1 * (e[51] - e[50])


def test_a_tilt_sweep_goes_there_and_back(model):
    base = model.default_posture().with_values(spine_mode="locked", thigh_angle=10.0)
    postures = tilt_sweep(model, base, -20.0, 20.0, 48)
    tilts = np.array([p.pelvic_tilt for p in postures])
    assert len(postures) == 48 and tilts[0] == -20.0 and tilts.max() == pytest.approx(20.0)
    assert all(p.spine_mode == "locked" and p.thigh_angle == 10.0 for p in postures)
    steps = np.abs(np.diff(tilts))
    assert steps[0] < steps[11]  # slow at the turn, fast in the middle
    assert abs(tilts[-1] - tilts[0]) < steps.max()  # the loop closes without a jump
    one_way = [p.pelvic_tilt for p in tilt_sweep(model, base, 5.0, -10.0, 20, back=False)]
    assert one_way[0] == 5.0 and one_way[-1] == -10.0 and np.all(np.diff(one_way) <= 0)


def test_a_sweep_beyond_the_model_range_is_refused(model):
    with pytest.raises(ParameterError, match="pelvic_tilt"):
        tilt_sweep(model, model.default_posture(), -10.0, 45.0, 24)


def test_a_transition_holds_then_moves_smoothly(model):
    first = model.default_posture()
    second = first.with_values(pelvic_tilt=-8.0, thigh_angle=90.0, knee_flexion=90.0)
    postures = transition(model, first, second, 40, hold=0.1)
    assert postures[0] == first and postures[-1] == second
    assert postures[1] == first and postures[-2] == second  # held at both ends
    thigh = np.array([p.thigh_angle for p in postures])
    assert np.all(np.diff(thigh) >= 0) and 0 < thigh[20] < 90


def test_a_transition_between_spine_modes_has_no_jump(model):
    """Upright to rigid trunk: the frames between pass through manual lordosis, so the psoas length changes
    in small steps from the first posture's to the second's."""
    first = model.default_posture().with_values(pelvic_tilt=10.0)
    second = first.with_values(spine_mode="locked", pelvic_tilt=-10.0)
    postures = transition(model, first, second, 30, hold=0.0)
    assert postures[0] == first and postures[-1] == second
    assert {p.spine_mode for p in postures[1:-1]} == {"manual"}
    lengths = [float(model.evaluate(p).length[0, model.muscles.ids.index("psoas_major")]) for p in postures]
    total = abs(lengths[-1] - lengths[0])
    assert total > 1.0 and max(abs(np.diff(lengths))) < 0.25 * total


def test_a_transition_frame_shows_the_posture_its_caption_gives(model):
    """Between its ends a transition moves in tenths of a degree, so that a frame's caption ("thigh 47.3°", not
    "thigh 47.3024°") gives the posture drawn; every frame is titled with both ends and on one colour scale."""
    from psoas_viz.animation import frame_pages, transition_title
    from psoas_viz.session import Session

    first = model.default_posture()
    second = first.with_values(pelvic_tilt=-8.0, thigh_angle=90.0, knee_flexion=90.0)
    postures = transition(model, first, second, 20)
    moving = [p for p in postures if p not in (first, second)]
    assert len(moving) > 10
    for p in moving:
        for value in (p.pelvic_tilt, p.thigh_angle, p.knee_flexion):
            assert value == round(value, 1)
    assert moving[0].pelvic_incidence == first.pelvic_incidence
    title = transition_title("Neutral standing", "Sitting")
    pages = frame_pages(Session(model), postures, title)
    scenes = [pages(i) for i in range(len(postures))]
    middle = postures[10]
    header = [t.text for t in next(s for s in scenes[10].structures if s.id == "title").shapes]
    assert header[0] == "Transition: Neutral standing → Sitting"
    assert f"thigh {middle.thigh_angle:g}°, knee {middle.knee_flexion:g}°" in " ".join(header[1:])
    assert len({s.colour_range for s in scenes}) == 1

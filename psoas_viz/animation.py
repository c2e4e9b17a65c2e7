"""Animated exports, Qt-free: the postures of a tilt sweep or of a transition between two postures, and a
writer that turns rendered frames into an animated GIF or WebP (Pillow) or an MP4 (the ffmpeg bundled with
the optional ``imageio-ffmpeg`` package; nothing is downloaded at run time).

The drawing is not done here: ``frame_pages`` gives the page scene of each posture of ``tilt_sweep`` or
``transition`` (under one title that holds for every frame, ``sweep_title`` or ``transition_title``, and on one
colour scale), a caller paints them into RGB(A) arrays (the one painter, in the window or on the command line)
and hands the arrays, or a function that makes frame ``i``, to ``write_animation``.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from psoas_viz.i18n import QT_TRANSLATE_NOOP, fill_template, translate
from psoas_viz.io.export import page_scene
from psoas_viz.io.files import replace_file
from psoas_viz.model.posture import Posture
from psoas_viz.scene.captions import PSOAS
from psoas_viz.scene.diagram import gauge_span
from psoas_viz.scene.theme import colour_range

FORMATS = ("gif", "webp", "mp4")
FPS_RANGE = (1, 60)
GIF_MAX_FPS = 50  # GIF delays are in hundredths of a second, and browsers slow delays under 0.02 s to 0.1 s
GIF_MAX_BYTES = 2_000_000_000  # Pillow holds every GIF frame (one byte a pixel) until it writes the file
SECONDS_RANGE = (0.5, 60.0)
WIDTH_RANGE = (160, 3840)
MP4_MISSING = QT_TRANSLATE_NOOP("Animation", "MP4 needs the ffmpeg bundled with the imageio-ffmpeg package, which is "
                                              "not installed (pip install 'psoas-viz[mp4]'); GIF and WebP work "
                                              "without it")  # said through translate("Animation", …)

Frame = np.ndarray  # (height, width, 3 or 4) uint8, RGB or RGBA
Progress = Callable[[float], object]  # fraction done 0...1; returning False cancels


@dataclass(frozen=True)
class AnimationSettings:
    path: Path
    format: str  # "gif", "webp" or "mp4", from the file's extension
    fps: int
    seconds: float
    width: int

    @property
    def frame_count(self) -> int:
        return max(2, round(self.fps * self.seconds))


def animation_settings(path, fps: int = 25, seconds: float = 3.0, width: int = 1280) -> AnimationSettings:
    """Checked settings; ValueError with one clear message for the first bad one."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(fill_template(translate("Animation", "{name}: an animation is written as .gif, .webp or "
                                                              ".mp4, not {suffix!r}"),
                                       {"name": path.name, "suffix": path.suffix or translate("Animation",
                                                                                              "no extension")}))
    if isinstance(fps, bool) or not isinstance(fps, int) or not FPS_RANGE[0] <= fps <= FPS_RANGE[1]:
        raise ValueError("fps: " + fill_template(translate("Animation", "{fps!r} is not a whole number of frames per "
                                                                        "second in {low}…{high}"),
                                                 {"fps": fps, "low": FPS_RANGE[0], "high": FPS_RANGE[1]}))
    if fmt == "gif" and fps > GIF_MAX_FPS:
        raise ValueError("fps: " + fill_template(translate("Animation", "a GIF plays at most {most} frames per second "
                                                                        "(its delays are in hundredths of a second); "
                                                                        "use .webp or .mp4 for {fps}"),
                                                 {"most": GIF_MAX_FPS, "fps": fps}))
    if (isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not math.isfinite(seconds)
            or not SECONDS_RANGE[0] <= seconds <= SECONDS_RANGE[1]):
        raise ValueError("seconds: " + fill_template(translate("Animation", "{seconds!r} is outside {low:g}…{high:g}"),
                                                     {"seconds": seconds, "low": float(SECONDS_RANGE[0]),
                                                      "high": float(SECONDS_RANGE[1])}))
    if isinstance(width, bool) or not isinstance(width, int) or not WIDTH_RANGE[0] <= width <= WIDTH_RANGE[1]:
        raise ValueError("width: " + fill_template(translate("Animation", "{width!r} is not a whole number of pixels "
                                                                          "in {low}…{high}"),
                                                   {"width": width, "low": WIDTH_RANGE[0], "high": WIDTH_RANGE[1]}))
    if fmt == "mp4" and not mp4_available():
        raise ValueError(translate("Animation", MP4_MISSING))
    return AnimationSettings(path, fmt, fps, float(seconds), width)


def mp4_available() -> bool:
    try:
        import imageio_ffmpeg

        imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError):
        return False
    return True


def terminal_progress(stream=None) -> Progress | None:
    """A progress bar for ``write_animation`` on a terminal (``stream``, standard error by default), or None when
    the stream is not a terminal, so that output going to a file or a log stays quiet."""
    stream = sys.stderr if stream is None else stream
    if not (hasattr(stream, "isatty") and stream.isatty()):
        return None

    def show(fraction: float) -> bool:
        filled = round(30 * fraction)
        end = "\n" if fraction >= 1 else ""
        stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {100 * fraction:3.0f} %{end}")
        stream.flush()
        return True

    return show


# -- posture sequences ------------------------------------------------------------------------------------------
def ease(t):
    """Slow in, slow out: 0 → 0, 1 → 1, zero speed at both ends (a half cosine)."""
    return (1.0 - np.cos(np.pi * np.asarray(t, dtype=float))) / 2.0


def tilt_sweep(model, base: Posture, from_tilt: float, to_tilt: float, frames: int,
               back: bool = True) -> list[Posture]:
    """``frames`` postures of ``base`` with the pelvic tilt going from ``from_tilt`` to ``to_tilt`` (and, with
    ``back``, back again, so that a looping animation has no jump), eased at the turns. ParameterError (a
    ValueError naming the parameter) for a tilt outside the model's range."""
    base = model.validated(base)
    model.posture_with(base, {"pelvic_tilt": from_tilt})
    model.posture_with(base, {"pelvic_tilt": to_tilt})
    t = np.arange(frames) / frames if back else np.linspace(0.0, 1.0, frames)
    phase = ease(2.0 * t) if back else ease(t)  # there and back: ease(2t) runs 0 → 1 → 0 over one period
    return [base.with_values(pelvic_tilt=float(from_tilt + (to_tilt - from_tilt) * p)) for p in phase]


def transition(model, first: Posture, second: Posture, frames: int, hold: float = 0.15) -> list[Posture]:
    """``frames`` postures from ``first`` to ``second``: still for the fraction ``hold`` of the frames at each
    end, eased in between. Postures in different spine modes meet in ``manual`` mode, the lordosis moving from
    the one each end has (the first and last frames are the given postures; those between move each value that
    changes in steps of a tenth of a degree)."""
    first, second = model.validated(first), model.validated(second)
    if frames < 2:
        raise ValueError(f"frames: a transition needs at least 2 frames, not {frames}")
    if not 0.0 <= hold < 0.5:
        raise ValueError(f"hold: {hold!r} is outside 0…0.5")
    numeric = [f.name for f in fields(Posture) if f.name != "spine_mode"]
    start, end = first, second
    if first.spine_mode != second.spine_mode:
        lordosis = [float(model.evaluate(p).angles["lumbar_lordosis_deg"][0]) for p in (first, second)]
        spec = model.parameters["lumbar_lordosis"]
        start, end = (p.with_values(spine_mode="manual", lumbar_lordosis=min(max(ll, spec.minimum), spec.maximum))
                      for p, ll in zip((first, second), lordosis))
    t = np.clip((np.linspace(0.0, 1.0, frames) - hold) / (1.0 - 2.0 * hold), 0.0, 1.0)
    out = []
    moving = [n for n in numeric if getattr(start, n) != getattr(end, n)]
    for s in ease(t):
        # on the way, to a tenth of a degree: the posture drawn is the one the frame's caption gives ("thigh 11.9°")
        values = {n: round(getattr(start, n) + (getattr(end, n) - getattr(start, n)) * float(s), 1) for n in moving}
        out.append(start.with_values(**values))
    out[0], out[-1] = first, second
    for i in range(1, frames - 1):
        if t[i] == 0.0:
            out[i] = first
        elif t[i] == 1.0:
            out[i] = second
    return out


# -- the frames' pages -----------------------------------------------------------------------------------------
def sweep_title(from_tilt: float, to_tilt: float, base: str = "") -> str:
    """The title of every frame of a tilt sweep: what the animation shows as a whole, true on each frame (a
    scenario's own title names one posture, which the sweep passes through at most once).  ``base``: the title of
    the scenario whose other settings (thigh, knee, spine, muscles) the sweep keeps."""
    values = {"low": float(from_tilt), "high": float(to_tilt), "base": base}
    if not base:
        return fill_template(translate("Animation", "Pelvic tilt sweep {low:+g}° … {high:+g}°"), values)
    return fill_template(translate("Animation", "Pelvic tilt sweep {low:+g}° … {high:+g}° — other settings as in "
                                                "“{base}”"), values)


def transition_title(first: str, second: str) -> str:
    """The title of every frame of a transition from the posture named ``first`` to the one named ``second``."""
    return fill_template(translate("Animation", "Transition: {first} → {second}"), {"first": first, "second": second})


def frame_pages(session, postures: Sequence[Posture], title: str, theme="screen",
                with_plot: bool = True) -> Callable[[int], object]:
    """The page scene of frame ``i``: the session's scenario (muscles, pulls, view) at ``postures[i]``, under
    ``title``, every frame on one colour scale, the one that holds the largest length change of all the frames
    (so that a colour means the same change throughout, and every frame's legend says so), and its psoas gauge on
    one scale (a bar's length means the same millimetres throughout).  The session is left as it was."""
    scenario = session.to_scenario()
    frame_session = type(session)(session.model)
    for name, value in session.view.items():
        frame_session.set_view(name, value)

    def at(i: int):
        frame_session.set_scenario(replace(scenario, posture=postures[i]))
        frame_session.clear_history()
        return frame_session

    percents, psoas_mm = [], []
    for i in range(len(postures)):
        snapshot = at(i).snapshot
        percents.append(snapshot.evaluation.length_change_percent[0])
        psoas_mm.append(snapshot.muscle(PSOAS)["change_mm"])
    span, gauge = colour_range(percents), gauge_span(*psoas_mm)

    def page(i: int):
        return page_scene(at(i), theme, with_plot, title=title, colour_range=span, gauge_span=gauge)

    return page


# -- writing --------------------------------------------------------------------------------------------------
class _Cancelled(Exception):
    pass


def write_animation(settings: AnimationSettings, frames: Sequence[Frame] | Callable[[int], Frame],
                    progress: Progress | None = None) -> bool:
    """Write ``settings.frame_count`` frames (a sequence, or a function giving frame ``i``) to ``settings.path``.

    Every frame is ``settings.width`` pixels wide and the same size. ``progress(fraction)`` is called as frames
    are done; when it returns False the export stops, the temporary file is removed, the old file is left as it
    was and the result is False. True when the file was written. ValueError for unusable frames; OSError when
    the target cannot be written (nothing is left behind).
    """
    count = settings.frame_count
    if not callable(frames) and len(frames) != count:
        raise ValueError(f"frames: {len(frames)} given, {settings.fps} fps for {settings.seconds:g} s needs {count}")
    cache: dict[int, np.ndarray] = {}
    shape: list[tuple] = []

    def frame(i: int) -> np.ndarray:
        if i in cache:
            return cache.pop(i)
        array = np.asarray(frames(i) if callable(frames) else frames[i])
        if array.dtype != np.uint8 or array.ndim != 3 or array.shape[2] not in (3, 4):
            raise ValueError(f"frame {i}: expected a (height, width, 3 or 4) uint8 array, got "
                             f"{array.dtype} {array.shape}")
        if array.shape[1] != settings.width:
            raise ValueError(f"frame {i}: {array.shape[1]} px wide, the animation is {settings.width} px")
        if shape and array.shape != shape[0]:
            raise ValueError(f"frame {i}: {array.shape} differs from the first frame's {shape[0]}")
        if not shape and settings.format == "gif" and count * array.shape[0] * array.shape[1] > GIF_MAX_BYTES:
            raise ValueError(fill_template(translate("Animation", "a GIF of {count} frames of {width} x {height} px "
                                                                  "needs {gigabytes:.1f} GB of memory to write: use "
                                                                  "fewer seconds, frames per second or pixels, or "
                                                                  ".webp or .mp4"),
                                           {"count": count, "width": array.shape[1], "height": array.shape[0],
                                            "gigabytes": count * array.shape[0] * array.shape[1] / 1e9}))
        shape.append(array.shape)
        return array

    def produced():
        for i in range(count):
            array = frame(i)
            if progress is not None and progress(0.95 * (i + 1) / count) is False:
                raise _Cancelled
            yield array

    writer = {"gif": _write_gif, "webp": _write_webp, "mp4": _write_mp4}[settings.format]
    try:
        replace_file(settings.path, lambda temporary: writer(temporary, settings, produced(), frame, cache))
    except _Cancelled:
        return False
    if progress is not None:
        progress(1.0)
    return True


def _rgb(array: np.ndarray) -> np.ndarray:
    """RGBA flattened onto white (the diagram's background); RGB unchanged."""
    if array.shape[2] == 3:
        return array
    alpha = array[:, :, 3:4].astype(np.uint16)
    return ((array[:, :, :3] * alpha + 255 * (255 - alpha) + 127) // 255).astype(np.uint8)


def _durations_ms(settings: AnimationSettings, step: int) -> list[int]:
    """Frame delays whose running sum stays on the true clock, rounded to ``step`` ms."""
    times = [round(i * 1000.0 / settings.fps / step) * step for i in range(settings.frame_count + 1)]
    return [b - a for a, b in zip(times, times[1:])]


def _write_gif(temporary: Path, settings: AnimationSettings, frames, frame, cache) -> None:
    """One palette for the whole animation, from the first, middle and last frames, so that what does not
    move keeps its colour index and each frame stores only the rectangle that changed."""
    from PIL import Image

    samples = sorted({0, settings.frame_count // 2, settings.frame_count - 1})
    for i in samples:
        cache[i] = frame(i)
    mosaic = Image.fromarray(np.concatenate([_rgb(cache[i])[::2, ::2] for i in samples], axis=0))
    palette = mosaic.quantize(colors=256, method=Image.Quantize.MAXCOVERAGE)
    images = (Image.fromarray(_rgb(a)).quantize(palette=palette, dither=Image.Dither.NONE) for a in frames)
    first = next(images)
    first.save(temporary, format="GIF", save_all=True, append_images=images, loop=0,
               duration=_durations_ms(settings, 10), optimize=False, disposal=1)


def _write_webp(temporary: Path, settings: AnimationSettings, frames, frame, cache) -> None:
    """Lossless (text and thin lines stay sharp) at the least effort: 75 frames of 1280 x 800 take about 3 s
    at quality 0 and about 7 s at quality 50, for a file only a few percent smaller."""
    from PIL import Image

    images = (Image.fromarray(a) for a in frames)
    first = next(images)
    first.save(temporary, format="WEBP", save_all=True, append_images=images, loop=0,
               duration=_durations_ms(settings, 1), lossless=True, quality=0, method=0)


def _write_mp4(temporary: Path, settings: AnimationSettings, frames, frame, cache) -> None:
    try:
        import imageio_ffmpeg
    except ImportError:
        raise ValueError(translate("Animation", MP4_MISSING)) from None
    writer = None
    try:
        for array in frames:
            rgb = _rgb(array)
            # H.264 in yuv420p needs even sides: repeat the last row or column where one is odd.
            rgb = np.pad(rgb, ((0, rgb.shape[0] % 2), (0, rgb.shape[1] % 2), (0, 0)), mode="edge")
            if writer is None:
                writer = imageio_ffmpeg.write_frames(str(temporary), (rgb.shape[1], rgb.shape[0]), fps=settings.fps,
                                                     codec="libx264", quality=7, macro_block_size=1,
                                                     output_params=["-f", "mp4", "-movflags", "+faststart"])
                writer.send(None)
            writer.send(np.ascontiguousarray(rgb))
    finally:
        if writer is not None:
            writer.close()

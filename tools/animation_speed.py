"""How fast and how big an animated export is: writes a 3-second, 1280-px animation of synthetic diagram-like
frames (white background, light bone shapes with dark outlines, coloured muscle polylines that move with a
tilt, a length gauge, a curve with a moving marker, some text, antialiased by drawing at twice the size) and
prints the time to make the frames, the time to write the file and its size.

    .venv/bin/python tools/animation_speed.py [--format gif|webp|mp4] [--width 1280] [--seconds 3] [--fps 25]
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from psoas_viz.animation import animation_settings, write_animation

COLOURS = [(31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189), (140, 86, 75),
           (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207), (0, 90, 181), (220, 50, 32)]


def diagram_frame(width: int, height: int, phase: float) -> np.ndarray:
    """One synthetic diagram frame at tilt phase 0...1."""
    s = 2  # drawn at twice the size, then reduced: antialiased edges like the painter's
    w, h = width * s, height * s
    image = Image.new("RGB", (w, h), "white")
    draw = ImageDraw.Draw(image)
    tilt = math.radians(-15 + 30 * phase)
    cx, cy = 0.38 * w, 0.5 * h

    def turn(points, angle=tilt):
        c, sn = math.cos(angle), math.sin(angle)
        return [(cx + (x * c - y * sn) * w, cy + (x * sn + y * c) * w) for x, y in points]

    pelvis = turn([(-0.12, -0.10), (0.02, -0.16), (0.10, -0.08), (0.06, 0.04), (-0.04, 0.08), (-0.14, 0.0)])
    draw.polygon(pelvis, fill=(236, 232, 222), outline=(60, 60, 60), width=3 * s)
    femur = [(cx + x * w, cy + y * w) for x, y in [(-0.02, 0.0), (0.03, 0.02), (0.05, 0.40), (0.01, 0.41)]]
    draw.polygon(femur, fill=(236, 232, 222), outline=(60, 60, 60), width=3 * s)
    for k in range(5):  # vertebral bodies above the pelvis
        body = turn([(-0.06, -0.20 - 0.06 * k), (0.0, -0.20 - 0.06 * k), (0.0, -0.25 - 0.06 * k),
                     (-0.06, -0.25 - 0.06 * k)], tilt * (1 - k / 5))
        draw.polygon(body, fill=(236, 232, 222), outline=(60, 60, 60), width=2 * s)
    for m, colour in enumerate(COLOURS):  # muscles: polylines from the spine or pelvis to the femur
        start = turn([(-0.02 - 0.01 * m, -0.22 - 0.02 * m)])[0]
        via = turn([(0.05 + 0.005 * m, -0.02)])[0]
        end = (cx + (0.02 + 0.004 * m) * w, cy + (0.05 + 0.02 * m) * w)
        draw.line([start, via, end], fill=colour, width=(10 if m == 0 else 4) * s, joint="curve")
    gx, gy = 0.72 * w, 0.08 * h  # gauge
    draw.rectangle([gx, gy, gx + 0.22 * w, gy + 0.03 * h], outline=(0, 0, 0), width=2 * s)
    draw.rectangle([gx, gy, gx + 0.22 * w * (0.3 + 0.4 * phase), gy + 0.03 * h], fill=(31, 119, 180))
    px, py, pw, ph = 0.70 * w, 0.55 * h, 0.26 * w, 0.35 * h  # curve plot with its marker
    draw.rectangle([px, py, px + pw, py + ph], outline=(0, 0, 0), width=s)
    curve = [(px + pw * t / 50, py + ph * (0.2 + 0.6 * (t / 50) ** 1.3)) for t in range(51)]
    draw.line(curve, fill=(31, 119, 180), width=3 * s)
    mx, my = curve[round(phase * 50)]
    draw.ellipse([mx - 8 * s, my - 8 * s, mx + 8 * s, my + 8 * s], fill=(220, 50, 32))
    draw.text((0.03 * w, 0.03 * h), f"Pelvic tilt {math.degrees(tilt):+.1f}°  psoas major 321.6 mm", fill="black",
              font_size=18 * s)
    return np.asarray(image.resize((width, height), Image.Resampling.BOX))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--format", choices=("gif", "webp", "mp4"), default="gif")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--fps", type=int, default=25)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp()) / f"sweep.{args.format}"
    settings = animation_settings(out, fps=args.fps, seconds=args.seconds, width=args.width)
    height = round(args.width * 0.625)
    n = settings.frame_count
    start = time.perf_counter()
    frames = [diagram_frame(args.width, height, 0.5 - 0.5 * math.cos(2 * math.pi * i / n)) for i in range(n)]
    made = time.perf_counter() - start
    start = time.perf_counter()
    write_animation(settings, frames)
    written = time.perf_counter() - start
    size = out.stat().st_size
    print(f"{n} frames of {args.width}x{height}: made in {made:.2f} s, {args.format} written in {written:.2f} s, "
          f"{size / 1e6:.2f} MB -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Draw the app icon ``assets/icon/psoas-viz.png`` from the program's own diagram.

    .venv/bin/python tools/make_icon.py

Exports the anterior-tilt preset with the command line (``psoas-viz export``, projector colours, no plot), finds
the psoas major in it (the largest area of one dark grey: the muscle's fill) and keeps the square around it, with
the lumbar spine, pelvis and hip it spans, scaled to 256 × 256 pixels.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections import Counter, deque
from pathlib import Path

import numpy as np
import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "assets" / "icon" / "psoas-viz.png"
SIZE = 256
MARGIN = 0.12  # of the psoas's height, around it


def pixels(image: QtGui.QImage) -> np.ndarray:
    image = image.convertToFormat(QtGui.QImage.Format.Format_RGB888)
    data = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    return data.reshape(image.height(), image.bytesPerLine())[:, :image.width() * 3].reshape(
        image.height(), image.width(), 3).copy()  # the QImage's memory is freed when it goes


def psoas_box(rgb: np.ndarray) -> tuple[int, int, int, int]:
    """Bounding box (x0, y0, x1, y1) of the largest connected area of the most frequent dark grey: the psoas
    major's fill (other muscles of nearly unchanged length share its colour, but as thin lines)."""
    r, g, b = (rgb[..., i].astype(int) for i in range(3))
    grey = (np.maximum(np.maximum(r, g), b) - np.minimum(np.minimum(r, g), b) < 40) & (r + g + b > 150) & (r + g + b < 450)
    colour, _ = Counter(map(tuple, rgb[grey])).most_common(1)[0]
    mask = np.all(rgb == colour, axis=-1)
    seen = np.zeros_like(mask)
    best: list[tuple[int, int]] = []
    for start in zip(*np.nonzero(mask)):
        if seen[start]:
            continue
        seen[start] = True
        area, queue = [], deque([start])
        while queue:
            y, x = queue.popleft()
            area.append((y, x))
            for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                if 0 <= ny < mask.shape[0] and 0 <= nx < mask.shape[1] and mask[ny, nx] and not seen[ny, nx]:
                    seen[ny, nx] = True
                    queue.append((ny, nx))
        best = max(best, area, key=len)
    ys, xs = np.array(best).T
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def main() -> int:
    app = QtGui.QGuiApplication.instance() or QtGui.QGuiApplication(sys.argv[:1])  # noqa: F841  (image scaling)
    with tempfile.TemporaryDirectory() as folder:
        diagram = Path(folder) / "diagram.png"
        subprocess.run([sys.executable, "-m", "psoas_viz", "export", "--preset", "anterior_tilt", "--no-plot",
                        "--theme", "projector", "--width", "1600", "--out", str(diagram)], check=True)
        image = QtGui.QImage(str(diagram))
    x0, y0, x1, y1 = psoas_box(pixels(image))
    side = int((y1 - y0) * (1 + 2 * MARGIN))
    left, top = (x0 + x1) // 2 - side // 2, (y0 + y1) // 2 - side // 2
    icon = image.copy(QtCore.QRect(left, top, side, side)).scaled(
        SIZE, SIZE, QtCore.Qt.AspectRatioMode.IgnoreAspectRatio, QtCore.Qt.TransformationMode.SmoothTransformation)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    if not icon.save(str(OUT), "PNG"):
        raise SystemExit(f"cannot write {OUT}")
    print(f"{OUT.relative_to(ROOT)}: {SIZE}x{SIZE}, from the square {side} px around the psoas at ({left}, {top})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Regenerate README's screenshot (docs/screenshot.png) and the gallery in docs/gallery/, so they never go stale.

    .venv/bin/python tools/make_gallery.py

The window is rendered at 1600×1000 without a screen (``psoas-viz gui --screenshot``); the gallery holds the
exported page at neutral standing, anterior and posterior tilt, the presentation (projector) theme, and the
compare overlay as the window's Compare tab draws it, and the window in German and Spanish (anterior tilt).  Every
run uses fresh settings and an explicit language, so a remembered choice never leaks into the pictures.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
GALLERY = DOCS / "gallery"
WIDTH = "1600"
EXPORTS = {
    "neutral.png": ["--preset", "neutral_standing"],
    "anterior_tilt.png": ["--preset", "anterior_tilt"],
    "posterior_tilt.png": ["--preset", "posterior_tilt"],
    "presentation.png": ["--preset", "anterior_tilt", "--theme", "projector"],
}
COMPARE_SIZE = (1200, 1000)
WINDOWS = {"window_de.png": "de", "window_es.png": "es"}  # the window in other languages, at anterior tilt
SETTINGS = tempfile.mkdtemp(prefix="psoas-viz-gallery-")


def psoas_viz(*args: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PSOAS_VIZ_SETTINGS_DIR": SETTINGS}
    subprocess.run([sys.executable, "-m", "psoas_viz", *args], check=True, env=env)


def compare(target: Path) -> None:
    """The compare overlay (posterior −10° and anterior +10° of neutral standing) painted by the one painter."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtGui, QtWidgets

    from psoas_viz.model import load_model
    from psoas_viz.qt.compare import CompareView
    from psoas_viz.qt.painter import Painter
    from psoas_viz.session import Session

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(["psoas-viz"])  # noqa: F841 (kept alive)
    view = CompareView(Session(load_model()))
    view.refresh()
    scene = view.scene_for(*COMPARE_SIZE)
    image = QtGui.QImage(*COMPARE_SIZE, QtGui.QImage.Format.Format_RGB32)
    painter = QtGui.QPainter(image)
    try:
        Painter(scene.theme).paint(scene, painter)
    finally:
        painter.end()
    if not image.save(str(target)):
        raise SystemExit(f"{target}: cannot be written")


def main() -> int:
    GALLERY.mkdir(parents=True, exist_ok=True)
    psoas_viz("--lang", "en", "gui", "--screenshot", str(DOCS / "screenshot.png"))
    for name, args in EXPORTS.items():
        psoas_viz("--lang", "en", "export", *args, "--out", str(GALLERY / name), "--width", WIDTH)
    anterior = str(ROOT / "assets" / "scenarios" / "02_anterior_tilt.json")
    for name, language in WINDOWS.items():
        psoas_viz("--lang", language, "gui", "--scenario", anterior, "--screenshot", str(GALLERY / name))
    compare(GALLERY / "compare.png")
    print(f"wrote {DOCS / 'screenshot.png'} and {len(EXPORTS) + len(WINDOWS) + 1} images in {GALLERY}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Start the window: ``run_gui(scenario=None|path, screenshot=None|path) -> exit status``."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def _error(message: str) -> int:
    print(f"psoas-viz: error: {message}", file=sys.stderr)
    return 2


def _reserve_temporary(path: Path) -> str:
    """A temporary file beside ``path`` (so the final rename is atomic); OSError if the folder is unwritable."""
    directory = path.parent if str(path.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".png", dir=directory)
    os.close(fd)
    return temporary


def create_window(state):
    import PySide6  # noqa: F401
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, foreground="#222222")
    from .main_window import MainWindow

    return MainWindow(state)


def save_screenshot(window, temporary: str, target: Path) -> None:
    from PySide6 import QtWidgets

    QtWidgets.QApplication.processEvents()
    image = window.grab().toImage()
    if image.isNull() or not image.save(temporary, "PNG"):
        raise OSError(f"{target}: the PNG could not be written")
    os.replace(temporary, target)


def run_gui(scenario=None, screenshot=None) -> int:
    temporary = None
    target = None
    if screenshot is not None:
        target = Path(screenshot)
        if target.suffix.lower() != ".png":
            return _error(f"--screenshot {screenshot}: the file name must end in .png")
        try:
            temporary = _reserve_temporary(target)
        except OSError as error:
            return _error(f"--screenshot {screenshot}: cannot write there ({error.strerror or error})")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from psoas_viz.model import load_model
        from psoas_viz.model.scenario import ScenarioError, load_scenario
        from psoas_viz.session import Session

        model = load_model()
        try:
            loaded = load_scenario(scenario, model) if scenario else None
        except ScenarioError as error:
            return _error(str(error))

        if (target is None and sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
                and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
            return _error("no display (DISPLAY is not set); use --screenshot FILE.png or set QT_QPA_PLATFORM=offscreen")

        import PySide6  # noqa: F401
        from PySide6 import QtWidgets

        app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
        app.setApplicationName("psoas-viz")
        state = Session(model)
        if loaded:
            state.set_scenario(loaded)
            state.clear_history()
        window = create_window(state)
        if target is not None:
            window.files.persist = False  # a screenshot neither restores nor stores the session
        elif loaded:
            window.files.path = Path(scenario)
            window.files.mark_saved()
        else:
            window.files.restore_session()  # the last session and preferences (QSettings)
        window.show()
        if target is not None:
            try:
                save_screenshot(window, temporary, target)
                temporary = None
            except OSError as error:
                return _error(str(error))
            finally:
                window.close()
            return 0
        return app.exec()
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass

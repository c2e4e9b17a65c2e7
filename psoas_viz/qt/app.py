"""Start the window: ``run_gui(scenario=None|path, screenshot=None|path, language=None|code) -> exit status``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from psoas_viz.i18n import fill_template, translate
from psoas_viz.io.files import writable_target, write_file


def _error(message: str) -> int:
    print(f"psoas-viz: error: {message}", file=sys.stderr)
    return 2


def create_window(state, language: str | None = None):
    import PySide6  # noqa: F401
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, foreground="#222222")
    from .main_window import MainWindow

    return MainWindow(state, language=language)


def save_screenshot(window, target: Path) -> None:
    from PySide6 import QtCore, QtWidgets

    for _ in range(2):  # a layout that a language change asked for settles in the second pass
        QtWidgets.QApplication.processEvents()
    window.play.paint_full_quality()  # not the quick paint of the last change
    image = window.grab().toImage()
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    if image.isNull() or not image.save(buffer, "PNG"):
        raise OSError(fill_template(translate("Export", "{path}: the PNG could not be encoded"), {"path": target}))
    try:
        write_file(target, bytes(buffer.data()))
    except OSError as error:
        raise OSError(fill_template(translate("Export", "{path}: cannot be written ({reason})"),
                                    {"path": target, "reason": error.strerror or error})) from None


def run_gui(scenario=None, screenshot=None, language: str | None = None) -> int:
    """The window; a missing or damaged data file gives one line on stderr and, on a screen, a dialog (status 2)."""
    from psoas_viz.anatomy import AnatomyError
    from psoas_viz.resources import DataFileError

    try:
        return _run_gui(scenario, screenshot, language)
    except (DataFileError, AnatomyError) as error:
        message = str(error)
        if screenshot is None and not _no_display():
            from PySide6 import QtWidgets

            app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])  # noqa: F841
            QtWidgets.QMessageBox.critical(None, translate("CommandLine", "psoas-viz cannot start"), message)
        return _error(message)


def _no_display() -> bool:
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def _run_gui(scenario, screenshot, language) -> int:
    target = None
    if screenshot is not None:
        target = Path(screenshot)
        if target.suffix.lower() != ".png":
            return _error(fill_template(translate("CommandLine", "--screenshot {path}: the file name must end in .png"),
                                        {"path": screenshot}))
        try:
            writable_target(target)  # refused before the window opens
        except OSError as error:
            return _error(fill_template(translate("CommandLine", "--screenshot {path}: cannot write there ({reason})"),
                                        {"path": screenshot, "reason": error.strerror or error}))
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from psoas_viz.model import load_model
    from psoas_viz.model.scenario import ScenarioError, load_scenario
    from psoas_viz.session import Session

    model = load_model()
    try:
        loaded = load_scenario(scenario, model) if scenario else None
    except ScenarioError as error:
        return _error(str(error))

    if target is None and _no_display():
        return _error(translate("CommandLine", "no display (DISPLAY is not set); use --screenshot FILE.png or set "
                                               "QT_QPA_PLATFORM=offscreen"))

    import PySide6  # noqa: F401
    from PySide6 import QtGui, QtWidgets

    from psoas_viz.resources import asset

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    app.setApplicationName("psoas-viz")
    app.setWindowIcon(QtGui.QIcon(str(asset("icon", "psoas-viz.png"))))
    state = Session(model)
    if loaded:
        state.set_scenario(loaded)
        state.clear_history()
    window = create_window(state, language)  # an explicit --lang; else the remembered choice or the system
    if target is not None:
        window.files.persist = False  # a screenshot neither restores nor stores the session (1600×1000)
    elif loaded:
        window.files.path = Path(scenario)
        window.files.mark_saved()
    else:
        window.files.restore_session()  # the last session and preferences (QSettings)
    if target is None:
        window.files.restore_geometry()  # sized to the screen it opens on, or as it was left there
    window.show()
    if target is not None:
        try:
            save_screenshot(window, target)
        except OSError as error:
            return _error(str(error))
        finally:
            window.close()
        return 0
    return app.exec()

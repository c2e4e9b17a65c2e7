"""Help → About shows the version from the package metadata and the third-party licences; a damaged data file
stops the window with a dialog that names it."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import PySide6  # noqa: F401  (before pyqtgraph)
from PySide6 import QtCore, QtWidgets

from psoas_viz.model import loading
from psoas_viz.qt import app
from psoas_viz.qt.about import AboutDialog


def test_about_box_shows_the_version_and_the_licences(window, qtbot):
    assert window.about_action in window.files.help_menu.actions()
    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert f"psoas-viz {metadata.version('psoas-viz')}" in text
    for needed in ("PySide6", "LGPL", "shiboken6", "pyqtgraph", "MIT", "numpy", "BSD", "Rajagopal", "OpenSim",
                   "Apache"):
        assert needed in text, needed


def test_a_damaged_model_file_opens_a_dialog_naming_it(tmp_path, monkeypatch, qtbot, capsys):
    damaged = tmp_path / "sagittal_model.json"
    damaged.write_bytes(Path(loading.MODEL_FILE).read_bytes()[:300])  # a truncated copy
    monkeypatch.setattr(loading.load_model, "__defaults__", (damaged,))
    seen = []

    def close_dialog():
        box = QtWidgets.QApplication.activeModalWidget()
        if box is None:
            QtCore.QTimer.singleShot(50, close_dialog)
            return
        seen.append((box.windowTitle(), box.text()))
        box.close()

    QtCore.QTimer.singleShot(50, close_dialog)
    assert app.run_gui() == 2
    (title, text), = seen
    assert title == "psoas-viz cannot start"
    assert str(damaged) in text and "damaged" in text
    line, = capsys.readouterr().err.strip().splitlines()
    assert str(damaged) in line

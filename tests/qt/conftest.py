"""Fixtures shared by the window tests: one model per session, a fresh shown window per test."""

import pytest

import PySide6  # noqa: F401  (before pyqtgraph)

from psoas_viz.model import load_model
from psoas_viz.qt.app import create_window
from psoas_viz.session import Session


@pytest.fixture(scope="session")
def model():
    return load_model()


@pytest.fixture
def window(qtbot, model, dialogs):
    win = create_window(Session(model))
    win.files.persist = False  # never write the user's last session from a test
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win

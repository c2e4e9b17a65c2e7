import os
import tempfile

import pytest

# Qt aborts without a display unless told to render offscreen; set it before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the user's real QSettings.
os.environ["PSOAS_VIZ_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="psoas-viz-settings-")


class Dialogs:
    """Message boxes answered without showing them: warnings are recorded, questions get ``answer``."""

    def __init__(self):
        self.warnings: list[tuple[str, str]] = []
        self.answer = "Discard"

    @property
    def last(self) -> str:
        return self.warnings[-1][1] if self.warnings else ""


@pytest.fixture
def dialogs(monkeypatch):
    from PySide6 import QtWidgets

    box = QtWidgets.QMessageBox
    recorded = Dialogs()

    def warning(parent, title, text, *args, **kwargs):
        recorded.warnings.append((title, text))
        return box.StandardButton.Ok

    monkeypatch.setattr(box, "warning", staticmethod(warning))
    monkeypatch.setattr(box, "question", staticmethod(lambda *a, **k: getattr(box.StandardButton, recorded.answer)))
    return recorded

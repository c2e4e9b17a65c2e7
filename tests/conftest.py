import os
import tempfile

import pytest

# Qt aborts without a display unless told to render offscreen; set it before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English unless they ask for a language (--lang, or an environment of their own): a German or
# Spanish LANG on the machine running them must not change what the command line writes.
for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
    os.environ.pop(variable, None)
os.environ["LC_ALL"] = "C.UTF-8"
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

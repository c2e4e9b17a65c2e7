"""The Describe tab: the whole model in words (``psoas_viz.describe``: the posture, the psoas, its neighbours and
the spinopelvic angles), for every student and for screen readers.  The play area announces the first sentences
of the same description on every change (``accessibility.WindowAccessibility``); this tab holds all of it, to
read at leisure or have read aloud on request."""

from __future__ import annotations

import PySide6  # noqa: F401
from PySide6 import QtWidgets

from psoas_viz.describe import describe
from psoas_viz.session import Session

from . import style


class DescribePanel(QtWidgets.QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QtWidgets.QVBoxLayout(self)
        self.text = QtWidgets.QTextBrowser()
        self.text.setStyleSheet(style.css("font-size:13pt"))
        layout.addWidget(self.text)
        self._shown = None  # the snapshot the text describes
        self._unsubscribe = session.subscribe(self._on_state)
        self.refresh()

    def _on_state(self, session, what) -> None:
        if what in ("posture", "muscles") and self.isVisible():  # behind another tab: described when shown
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self, force: bool = False) -> None:
        """``force``: written again although the model did not change (the language did)."""
        snapshot = self.session.snapshot
        if force or self._shown is None:
            self.text.setAccessibleName(self.tr("Description of the model"))
            self.text.setAccessibleDescription(self.tr("The posture, the psoas, its neighbours and the spinopelvic "
                                                       "angles in words; it follows every change"))
            self.setAccessibleDescription(self.tr("The model in words: posture, psoas, neighbouring muscles and "
                                                  "angles"))
        if force or snapshot is not self._shown:
            self._shown = snapshot
            self.text.setPlainText(describe(snapshot.posture, snapshot.evaluation).text)

    def close_view(self) -> None:
        self._unsubscribe()

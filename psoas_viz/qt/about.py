"""Help → About psoas-viz: the version (from the package metadata) and the third-party licences."""

from __future__ import annotations

import numpy
import pyqtgraph
import PySide6
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.resources import notices, version


def about_text() -> str:
    return (QtCore.QCoreApplication.translate("AboutDialog", "psoas-viz {version} (MIT licence)").format(
                version=version()) + "\n"
            f"Qt {QtCore.qVersion()}, PySide6 {PySide6.__version__}, pyqtgraph {pyqtgraph.__version__}, "
            f"numpy {numpy.__version__}\n\n{notices()}")


class AboutDialog(QtWidgets.QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About psoas-viz"))
        self.resize(820, 640)
        layout = QtWidgets.QVBoxLayout(self)
        self.text = QtWidgets.QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setMarkdown(about_text().replace("\n", "\n\n", 2))
        layout.addWidget(self.text)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def install(window) -> QtGui.QAction:
    """Adds Help → About psoas-viz to ``window`` (its FileActions made the Help menu)."""
    action = QtGui.QAction(QtCore.QCoreApplication.translate("AboutDialog", "&About psoas-viz"), window)
    action.setMenuRole(QtGui.QAction.MenuRole.AboutRole)
    action.triggered.connect(lambda _=False: AboutDialog(window).exec())
    window.files.help_menu.addAction(action)
    return action

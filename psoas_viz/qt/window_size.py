"""The window on the screen it opens on: sized to that screen (and remembered per screen in QSettings), and
arranged for its size.  The controls column is ``CONTROLS`` px, wider (up to ``MAX_CONTROLS``) where its tab
titles need it (``controls_width``: German and Spanish); with less than ``WIDE_REST`` beside it the plots column
becomes the "Plots" tab beside the model; less tall than ``SHORT`` the readouts use smaller type and the posture
sliders have their titles beside them.  So the window fits a 1024×640 classroom laptop in every language with
the readouts, the controls' five tabs and the Undo bar in sight.
"""

from __future__ import annotations

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.i18n import QT_TRANSLATE_NOOP

from . import style

Qt = QtCore.Qt
CONTROLS = 390  # px: the readouts and controls column with the usual font (wider with larger text, up to
MAX_CONTROLS = 540  # this, so that the window's minimum width stays within 1024 px)
WIDE_REST = 890  # px: the model and the plots side by side need this beside the controls (1280 px in all)
TAB_BAR_MARGIN = 4  # px: the tab widget's frame beside its tab bar
SHORT = 800  # px: a window less tall than this shows the readouts and the posture rows compact
MIN_LEFT = 300  # px: the narrowest model view and plots column
MIN_MIDDLE = 150
PLOTS_TAB = QT_TRANSLATE_NOOP("MainWindow", "Plots")
PLOTS_TIP = QT_TRANSLATE_NOOP("MainWindow", "The psoas length plot and the charts (beside the model in a wider window)")
KEY = "window/geometry/{}"  # QSettings key per screen (its name and available size)


def controls_width(tab_bar: QtWidgets.QTabBar | None = None) -> int:
    """The controls column's width: ``CONTROLS`` scaled with the text, wider (up to ``MAX_CONTROLS``) where
    ``tab_bar``'s tabs need more room to show every title (German and Spanish titles are longer)."""
    usual = round(CONTROLS * style.text_scale())
    tabs = tab_bar.sizeHint().width() + TAB_BAR_MARGIN if tab_bar is not None else 0
    return min(max(usual, tabs), MAX_CONTROLS)


def screen_of(window: QtWidgets.QWidget) -> QtGui.QScreen:
    """The screen the window is on; before it is shown, the one with the pointer (where the user is)."""
    if window.isVisible() and window.screen() is not None:
        return window.screen()
    return QtGui.QGuiApplication.screenAt(QtGui.QCursor.pos()) or QtGui.QGuiApplication.primaryScreen()


def screen_key(screen: QtGui.QScreen) -> str:
    area = screen.availableGeometry()
    return KEY.format(f"{screen.name() or 'screen'} {area.width()}x{area.height()}")


def fit(window: QtWidgets.QWidget, screen: QtGui.QScreen, size: QtCore.QSize) -> None:
    """``size`` centred on ``screen`` where it fits; else the whole available area (maximised)."""
    area = screen.availableGeometry()
    if size.width() <= area.width() and size.height() <= area.height():
        rect = QtCore.QRect(QtCore.QPoint(0, 0), size)
        rect.moveCenter(area.center())
        window.setGeometry(rect)
    else:
        window.setGeometry(area)
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def restore(window: QtWidgets.QWidget, settings: QtCore.QSettings, size: QtCore.QSize) -> None:
    """The geometry the window last had on this screen, else ``size`` fitted to the screen."""
    screen = screen_of(window)
    saved = settings.value(screen_key(screen))
    if isinstance(saved, QtCore.QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        return
    fit(window, screen, size)


def remember(window: QtWidgets.QWidget, settings: QtCore.QSettings) -> None:
    settings.setValue(screen_key(screen_of(window)), window.saveGeometry())


class Arrangement(QtCore.QObject):
    """Moves the plots column between the main splitter (wide window) and a tab of the model views (narrow)."""

    def __init__(self, window: QtWidgets.QMainWindow, splitter: QtWidgets.QSplitter, plots: QtWidgets.QWidget,
                 tabs: QtWidgets.QTabWidget, compact: tuple, plots_need):
        super().__init__(window)
        self.plots_need = plots_need  # () -> px: the plots column's width for its words (German is longer)
        self.window, self.splitter, self.plots, self.tabs = window, splitter, plots, tabs
        self.compact = compact  # panels with ``set_compact(on)``: compact in a window less tall than ``SHORT``
        splitter.widget(0).setMinimumWidth(MIN_LEFT)
        plots.setMinimumWidth(MIN_MIDDLE)
        splitter.setCollapsible(splitter.indexOf(plots), False)
        self.narrow = False
        window.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QtCore.QEvent.Type.Resize:
            self.arrange(event.size().width())
            QtCore.QTimer.singleShot(0, self, self.room_for_plots)  # once the splitter has its new width
            for panel in self.compact:
                panel.set_compact(event.size().height() < SHORT)
        return False

    def arrange(self, width: int) -> None:
        column = self.splitter.widget(self.splitter.count() - 1)  # the controls (as wide as their tab titles need)
        narrow = width < max(controls_width(), column.minimumWidth()) + WIDE_REST
        if narrow == self.narrow:
            return
        self.narrow = narrow
        if narrow:
            self.tabs.addTab(self.plots, "")
            self.retranslate()
        else:
            current = self.tabs.currentWidget() is self.plots
            self.tabs.removeTab(self.tabs.indexOf(self.plots))
            self.splitter.insertWidget(1, self.plots)
            self.plots.show()
            right = self.splitter.widget(2).width()
            rest = max(width - right, 2 * MIN_LEFT)
            self.splitter.setSizes([rest * 5 // 8, rest * 3 // 8, right])
            if current:
                self.tabs.setCurrentIndex(0)

    def retranslate(self) -> None:
        """The "Plots" tab's title and tooltip in the window's language (when the plots are a tab)."""
        index = self.tabs.indexOf(self.plots)
        if index >= 0:
            self.tabs.setTabText(index, QtCore.QCoreApplication.translate("MainWindow", PLOTS_TAB))
            self.tabs.setTabToolTip(index, QtCore.QCoreApplication.translate("MainWindow", PLOTS_TIP))

    def room_for_plots(self) -> None:
        """Beside the model, the plots column as wide as its words need, taken from the model's column (down to
        ``MIN_LEFT``): the 5 : 3 split cut the axis title in German, and in English just above 1280 px."""
        if self.narrow:
            return
        sizes = self.splitter.sizes()
        give = min(self.plots_need() - sizes[1], sizes[0] - MIN_LEFT)
        if give > 0:
            self.splitter.setSizes([sizes[0] - give, sizes[1] + give, *sizes[2:]])

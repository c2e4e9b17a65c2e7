"""View → Language: the window speaks English, German or Spanish, switched at run time without a restart.

The choice sets the Qt-free language (``psoas_viz.i18n``: the diagram, the description, the claims' verdicts)
and installs the compiled catalogue (``assets/i18n/psoas_viz_<lang>.qm``) as the application's ``QTranslator``,
whose ``LanguageChange`` event makes the window retranslate its menus and tabs; the diagram is drawn again.  The
language is remembered in the settings; at start an explicit ``--lang`` wins, then the remembered choice, then
the system locale (``QLocale.system()``).

Beside it, View → Latin names (Terminologia Anatomica) (Ctrl+L, or the Posture panel's *Latin names* box) turns
on the session's ``latin`` view option: labels and anatomy cards give the Latin name too.  It is remembered in the
settings as the language is.
"""

from __future__ import annotations

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz import i18n

SETTING = "window/language"
LATIN_SETTING = "window/latin_names"
LOCALES = {"en": "en_GB", "de": "de_DE", "es": "es_ES"}  # the number format of each language (decimal separator)


def _setting_on(value) -> bool:
    return value is True or str(value).lower() == "true"


class LanguageMenu(QtCore.QObject):
    def __init__(self, window, explicit: str | None = None):
        super().__init__(window)
        self.window = window
        self.translators: list[QtCore.QTranslator] = []  # installed for the language: ours, then Qt's own
        self.menu = window.files.view_menu.addMenu("")
        self.menu.setObjectName("language_menu")
        group = QtGui.QActionGroup(self)
        self.actions: dict[str, QtGui.QAction] = {}
        for code, own_name in i18n.LANGUAGES.items():  # each language by its own name: found by who speaks it
            action = QtGui.QAction(own_name, self, checkable=True)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        self.latin_action = QtGui.QAction(self, checkable=True)
        self.latin_action.setShortcut(QtGui.QKeySequence("Ctrl+L"))
        self.latin_action.toggled.connect(lambda on: window.session.set_view("latin", bool(on)))
        window.files.view_menu.addAction(self.latin_action)
        window.addAction(self.latin_action)
        latin = window.files.settings.value(LATIN_SETTING)
        window.session.set_view("latin", _setting_on(latin) or window.session.view["latin"])
        self.latin_action.setChecked(window.session.view["latin"])
        window.session.subscribe(self._on_state)  # lives as long as the window that owns it
        self.retranslate()
        saved = window.files.settings.value(SETTING)
        start = explicit or (saved if saved in i18n.LANGUAGES else None) or QtCore.QLocale.system().name()
        self.set_language(i18n.resolve_language(start) if start in i18n.LANGUAGES or explicit
                          else i18n.system_language({"LANG": start}), remember=False, redraw=False)

    def retranslate(self) -> None:
        self.latin_action.setText(self.tr("&Latin names (Terminologia Anatomica)"))
        self.latin_action.setToolTip(self.tr("Labels and anatomy cards give the Terminologia Anatomica name beside "
                                             "the vernacular one"))

    def _on_state(self, session, what) -> None:
        """The menu item follows the option (set from the Posture panel too); the choice is remembered."""
        if what != "view":
            return
        on = session.view["latin"]
        if self.latin_action.isChecked() != on:
            with QtCore.QSignalBlocker(self.latin_action):
                self.latin_action.setChecked(on)
        if _setting_on(self.window.files.settings.value(LATIN_SETTING)) != on:
            self.window.files.settings.setValue(LATIN_SETTING, on)

    @property
    def language(self) -> str:
        return i18n.current_language()

    def set_language(self, code: str, remember: bool = True, redraw: bool = True) -> None:
        """Speak ``code`` from now on: the window's words, the diagram, the description and the claims
        (``redraw``: False while the window is being built; it draws itself in the language afterwards)."""
        code = i18n.check_language(code)
        i18n.set_language(code)
        app = QtWidgets.QApplication.instance()
        for translator in self.translators:
            app.removeTranslator(translator)
        self.translators = []
        if code != i18n.SOURCE_LANGUAGE:
            # ours, and Qt's own (the standard buttons: Cancel, Close, Save; the file dialogs), shipped with PySide6
            qt_folder = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
            for path in (str(i18n.catalogue_path(code, ".qm")), f"{qt_folder}/qtbase_{code}.qm"):
                translator = QtCore.QTranslator(self)
                if translator.load(path):
                    app.installTranslator(translator)
                    self.translators.append(translator)
        locale = QtCore.QLocale(LOCALES[code])
        QtCore.QLocale.setDefault(locale)  # widgets made from now on
        for box in self.window.findChildren(QtWidgets.QAbstractSpinBox):  # and the number boxes already there,
            box.setLocale(locale)  # so they and the readouts write numbers alike
        self.actions[code].setChecked(True)
        if remember:
            self.window.files.settings.setValue(SETTING, code)
        if redraw:
            # every widget's LanguageChange now (Qt posts them), so the whole window speaks the language at once
            QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.LanguageChange)
            self.window.retranslate()  # English after English has no translator to remove: no event
            self.window.language_changed()

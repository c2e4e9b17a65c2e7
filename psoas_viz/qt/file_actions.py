"""File, View and Help menus of the main window: scenario files, recent files, export, copy, preferences.

Settings live in QSettings (organisation and application "psoas-viz").  ``PSOAS_VIZ_SETTINGS_DIR`` moves them to
``<dir>/psoas-viz.ini`` (the tests set it, so they never touch a user's real settings).  Errors and questions are
message boxes (the tests answer them by replacing ``QMessageBox.warning`` and ``question``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.model.scenario import ScenarioError, load_scenario, parse_scenario, save_scenario

from psoas_viz.io.export import DEFAULT_WIDTH, MAX_WIDTH, PRINT_WIDTH_IN, ExportError, format_of
from psoas_viz.scene.theme import THEMES

from . import export, window_size
from .number_box import RefusalLine, WholeNumberBox

Qt = QtCore.Qt
MAX_RECENT = 8
SETTINGS_ENV = "PSOAS_VIZ_SETTINGS_DIR"


def settings() -> QtCore.QSettings:
    folder = os.environ.get(SETTINGS_ENV)
    if folder:
        return QtCore.QSettings(str(Path(folder) / "psoas-viz.ini"), QtCore.QSettings.Format.IniFormat)
    return QtCore.QSettings("psoas-viz", "psoas-viz")


def _bool(value, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)


def theme_label(theme) -> str:
    """A theme's name in the current language."""
    return QtCore.QCoreApplication.translate("Theme", theme.label)


class ExportDialog(QtWidgets.QDialog):
    """File name, format (from the name), PNG width or DPI, theme, with or without the plot, with or without the
    Latin names (the window's View → Latin names, which it sets)."""

    def __init__(self, parent, path: str, width: int, theme: str, with_plot: bool, latin: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the diagram"))
        form = QtWidgets.QFormLayout(self)
        row = QtWidgets.QHBoxLayout()
        self.path = QtWidgets.QLineEdit(path)
        self.path.setAccessibleName(self.tr("File to export to (.png .svg .pdf .csv)"))
        browse = QtWidgets.QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File (.png .svg .pdf .csv):"), row)
        self.width = WholeNumberBox()
        self.width.setRange(100, MAX_WIDTH)
        self.width.setSingleStep(320)
        self.width.setSuffix(" px")
        self.width.setValue(width)
        self.width.subject = self.tr("PNG width:").rstrip(":")
        self.dpi = QtWidgets.QSpinBox()
        self.dpi.setRange(0, MAX_WIDTH // int(PRINT_WIDTH_IN))
        self.dpi.setSpecialValueText(self.tr("— (use the width)"))
        self.dpi.setSuffix(self.tr(" dpi (8-inch print)"))
        form.addRow(self.tr("PNG width:"), self.width)
        form.addRow(self.tr("or PNG resolution:"), self.dpi)
        self.refusal = RefusalLine()  # a width out of range: why, here, and nothing changed
        self.refusal.watch(self.width)
        form.addRow(self.refusal)
        self.theme = QtWidgets.QComboBox()
        for name, theme in THEMES.items():
            self.theme.addItem(theme_label(theme), name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        form.addRow(self.tr("Colours:"), self.theme)
        self.with_plot = QtWidgets.QCheckBox(self.tr("Psoas length plot beside the model"))
        self.with_plot.setChecked(with_plot)
        form.addRow("", self.with_plot)
        self.latin = QtWidgets.QCheckBox(self.tr("Latin names (Terminologia Anatomica) in the labels"))
        self.latin.setAccessibleName(self.tr("Latin names in the labels"))
        self.latin.setChecked(latin)
        form.addRow("", self.latin)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Save
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if self.refusal.holds():  # Enter after a refused number: stay, so its line is read
            return
        super().accept()

    def _browse(self):
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(),
            self.tr("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf);;CSV numbers (*.csv)"))
        if path:
            self.path.setText(path)

    def options(self) -> dict:
        return {"path": self.path.text().strip(), "width": self.width.value(), "dpi": self.dpi.value() or None,
                "theme": self.theme.currentData(), "with_plot": self.with_plot.isChecked(),
                "latin": self.latin.isChecked()}


class FileActions(QtCore.QObject):
    """Installs the File/View/Help menus on ``window`` (a MainWindow with ``.session``)."""

    theme_changed = QtCore.Signal(str)  # the colours chosen for exports and presentation

    def __init__(self, window: QtWidgets.QMainWindow):
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.path: Path | None = None
        self.settings = settings()
        self.theme = str(self.settings.value("export/theme", "screen"))
        if self.theme not in THEMES:
            self.theme = "screen"
        self.with_plot = _bool(self.settings.value("export/with_plot"), True)
        self.export_width = int(self.settings.value("export/width", DEFAULT_WIDTH) or DEFAULT_WIDTH)
        self.last_export = str(self.settings.value("export/last", ""))
        self._saved = self._document()
        self.persist = True  # False: closing does not store the session (``gui --screenshot``)

        menubar = window.menuBar()
        file_menu = QtWidgets.QMenu(window)
        self.file_menu = file_menu
        menubar.insertMenu(menubar.actions()[0] if menubar.actions() else None, file_menu)
        self.open_action = self._action(QtGui.QKeySequence.StandardKey.Open, self.open_dialog)
        self.save_action = self._action(QtGui.QKeySequence.StandardKey.Save, self.save)
        self.save_as_action = self._action(QtGui.QKeySequence.StandardKey.SaveAs, self.save_as)
        self.recent_menu = QtWidgets.QMenu(window)
        self.export_action = self._action("Ctrl+E", self.export_dialog)
        self.copy_action = self._action(QtGui.QKeySequence.StandardKey.Copy, self.copy)
        self.quit_action = self._action(QtGui.QKeySequence.StandardKey.Quit, window.close)
        for item in (self.open_action, self.recent_menu, None, self.save_action, self.save_as_action, None,
                     self.export_action, self.copy_action, None, self.quit_action):
            if item is None:
                file_menu.addSeparator()
            elif isinstance(item, QtWidgets.QMenu):
                file_menu.addMenu(item)
            else:
                file_menu.addAction(item)

        view_menu = menubar.addMenu("")
        self.theme_group = QtGui.QActionGroup(window)
        theme_menu = self.theme_menu = view_menu.addMenu("")
        self.theme_actions = {}
        for name, theme in THEMES.items():
            action = QtGui.QAction(window, checkable=True)
            action.setChecked(name == self.theme)
            action.triggered.connect(lambda _=False, n=name: self.set_theme(n))
            self.theme_group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[name] = action
        self.plot_action = QtGui.QAction(window, checkable=True)
        self.plot_action.setChecked(self.with_plot)
        self.plot_action.toggled.connect(self._set_with_plot)
        view_menu.addAction(self.plot_action)
        self.view_menu = view_menu

        self.help_menu = menubar.addMenu("")
        self.shortcuts_action = self._action(QtGui.QKeySequence.StandardKey.HelpContents, self.show_shortcuts)
        self.help_menu.addAction(self.shortcuts_action)
        self._unsubscribe = self.session.subscribe(lambda state, what: self._update_title())
        self.retranslate()

    def retranslate(self) -> None:
        """The menus' words in the current language (the window calls this on every language change)."""
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        for action, text in ((self.open_action, self.tr("&Open scenario…")), (self.save_action, self.tr("&Save")),
                             (self.save_as_action, self.tr("Save &as…")),
                             (self.export_action, self.tr("&Export diagram…")),
                             (self.copy_action, self.tr("&Copy diagram (image)")), (self.quit_action, self.tr("&Quit")),
                             (self.plot_action, self.tr("Exports include the psoas plot")),
                             (self.shortcuts_action, self.tr("&Keyboard shortcuts"))):
            action.setText(text)
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.theme_menu.setTitle(self.tr("Colours of exports and presentation"))
        for name, action in self.theme_actions.items():
            action.setText(theme_label(THEMES[name]))
        self._update_recent()
        self._update_title()

    def _action(self, shortcut, slot) -> QtGui.QAction:
        action = QtGui.QAction(self.window)
        action.setShortcut(QtGui.QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        self.window.addAction(action)
        return action

    # -- modified? -------------------------------------------------------------------------------------
    def _document(self) -> dict:
        doc = self.session.to_scenario().to_json()
        return doc

    def is_modified(self) -> bool:
        return self._document() != self._saved

    def mark_saved(self) -> None:
        self._saved = self._document()
        self._update_title()

    def _update_title(self):
        name = self.path.name if self.path else self.tr("untitled")
        self.window.setWindowTitle(f"{'*' if self.is_modified() else ''}{name} — psoas-viz")

    # -- messages --------------------------------------------------------------------------------------
    def error(self, title: str, message: str) -> None:
        QtWidgets.QMessageBox.warning(self.window, title, message)

    def confirm_discard(self) -> bool:
        """True when there are no unsaved changes, or the user saved them or chose to discard them."""
        if not self.is_modified():
            return True
        buttons = QtWidgets.QMessageBox.StandardButton
        answer = QtWidgets.QMessageBox.question(
            self.window, self.tr("Unsaved changes"),
            self.tr("The current scenario has changes that are not saved. Save them first?"),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    # -- scenario files --------------------------------------------------------------------------------
    def open_dialog(self) -> bool:
        if not self.confirm_discard():
            return False
        folder = str(self.path.parent) if self.path else str(self.settings.value("files/folder", ""))
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self.window, self.tr("Open scenario"), folder,
                                                        self.tr("Scenarios (*.json);;All files (*)"))
        return self.open(path) if path else False

    def open(self, path, ask: bool = False) -> bool:
        """Load a scenario file into the state; on refusal the state is untouched and a message names the key."""
        if ask and not self.confirm_discard():
            return False
        try:
            scenario = load_scenario(path, self.session.model)
        except ScenarioError as error:
            self.error(self.tr("Cannot open the scenario"), str(error))
            return False
        self._start_from(scenario, Path(path))
        if "theme" in scenario.view:
            self.set_theme(scenario.view["theme"])
        if "plots" in scenario.view:
            self.plot_action.setChecked(scenario.view["plots"])
        self._add_recent(self.path)
        self.window.statusBar().showMessage(self.tr("Opened {path}").format(path=self.path), 5000)
        return True

    def _scenario(self):
        scenario = self.session.to_scenario()
        scenario.view["theme"] = self.theme
        scenario.view["plots"] = self.with_plot
        return scenario

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        start = str(self.path or Path(str(self.settings.value("files/folder", ""))) / "scenario.json")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.window, self.tr("Save scenario"), start,
                                                        self.tr("Scenarios (*.json)"))
        if not path:
            return False
        if not path.lower().endswith(".json"):
            path += ".json"
        return self.save_to(path)

    def save_to(self, path) -> bool:
        path = Path(path)
        if path.is_dir():
            self.error(self.tr("Cannot save"), self.tr("{path}: is a folder; choose a file name").format(path=path))
            return False
        try:
            save_scenario(path, self._scenario())
        except OSError as error:
            self.error(self.tr("Cannot save"), self.tr("{path}: cannot be written ({reason})").format(
                path=path, reason=error.strerror or error))
            return False
        self.path = path
        self._add_recent(path)
        self.mark_saved()
        self.window.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)
        return True

    def recent_files(self) -> list[str]:
        value = self.settings.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _add_recent(self, path: Path) -> None:
        text = str(path.resolve())
        recent = [text] + [p for p in self.recent_files() if p != text]
        self.settings.setValue("files/recent", recent[:MAX_RECENT])
        self.settings.setValue("files/folder", str(path.resolve().parent))
        self._update_recent()

    def _update_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for i, path in enumerate(recent):
            action = self.recent_menu.addAction(f"&{i + 1} {Path(path).name}  ({Path(path).parent})")
            action.triggered.connect(lambda _=False, p=path: self.open(p, ask=True))
        self.recent_menu.setEnabled(bool(recent))

    # -- export ----------------------------------------------------------------------------------------
    def set_theme(self, name: str) -> None:
        if name in THEMES:
            self.theme = name
            self.theme_actions[name].setChecked(True)
            self.settings.setValue("export/theme", name)
            self.theme_changed.emit(name)

    def _set_with_plot(self, on: bool) -> None:
        self.with_plot = bool(on)
        self.settings.setValue("export/with_plot", self.with_plot)

    def export_dialog(self) -> bool:
        default = self.last_export or str(Path(str(self.settings.value("files/folder", "")) or ".") / "psoas.png")
        dialog = ExportDialog(self.window, default, self.export_width, self.theme, self.with_plot,
                              self.session.view["latin"])
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return False
        o = dialog.options()
        self.export_width = o["width"]
        self.settings.setValue("export/width", o["width"])
        self.set_theme(o["theme"])
        self.plot_action.setChecked(o["with_plot"])
        self.session.set_view("latin", o["latin"])
        return self.export_to(o["path"], width=o["width"], dpi=o["dpi"])

    def export_to(self, path, width=None, dpi=None, theme=None, with_plot=None) -> bool:
        """Write an export; an unwritable path gets a message, the old file stays."""
        if not str(path):
            self.error(self.tr("Cannot export"), self.tr("No file name given."))
            return False
        try:
            fmt = format_of(path)
            written = export.export_file(self.session, path, width=width if fmt == "png" else None,
                                         dpi=dpi if fmt == "png" else None, theme=theme or self.theme,
                                         with_plot=self.with_plot if with_plot is None else with_plot)
        except ExportError as error:
            self.error(self.tr("Cannot export"), str(error))
            return False
        self.last_export = str(written)
        self.settings.setValue("export/last", self.last_export)
        self.say_exported(written)
        return True

    def say_exported(self, path, frames: int | None = None) -> None:
        """The status bar names the file written with its folder (a bare file name is written to the folder the
        program was started in), and an animation's frames."""
        where = str(Path(path).resolve())
        self.window.statusBar().showMessage(
            self.tr("Exported: {path}").format(path=where) if frames is None else
            self.tr("Exported: {path} ({count} frames)").format(path=where, count=frames), 5000)

    def copy(self) -> None:
        export.copy_to_clipboard(self.session, self.theme, self.with_plot)
        self.window.statusBar().showMessage(self.tr("Diagram copied: paste it into a slide"), 5000)

    # -- help ------------------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        from .presentation import ShortcutsDialog

        self.help_box = ShortcutsDialog(self.window)
        self.help_box.open()

    # -- session ---------------------------------------------------------------------------------------
    def save_session(self) -> None:
        """Remember the scenario as it was last opened or saved (never changes the user discarded) and its file."""
        self.settings.setValue("session/scenario", json.dumps(self._saved))
        self.settings.setValue("session/path", str(self.path) if self.path else "")
        window_size.remember(self.window, self.settings)
        self.settings.sync()

    def restore_session(self) -> bool:
        """The last session: its file as the file is now, else the scenario remembered (untitled when its file can
        no longer be read, with a word in the status bar), if it is still valid."""
        path = str(self.settings.value("session/path", "") or "")
        if path:
            try:
                scenario = load_scenario(path, self.session.model)
            except ScenarioError:
                scenario = None
            if scenario is not None:
                self._start_from(scenario, Path(path))
                return True
        text = self.settings.value("session/scenario")
        if not text:
            return False
        try:
            scenario = parse_scenario(json.loads(str(text)), self.session.model)
        except (ScenarioError, ValueError, RecursionError):
            return False
        self._start_from(scenario, None)
        if path:
            self.window.statusBar().showMessage(self.tr(
                "{path} could not be read: the scenario it held last time is shown, untitled").format(path=path))
        return True

    def _start_from(self, scenario, path: Path | None) -> None:
        """The scenario as the file's content (or untitled's starting point): no undo history, not modified."""
        self.session.set_scenario(scenario)
        self.session.clear_history()
        self.path = path
        self.mark_saved()

    def restore_geometry(self) -> None:
        """The window's last geometry on the screen it opens on, else sized to that screen."""
        window_size.restore(self.window, self.settings, self.window.size())

    def close_request(self) -> bool:
        """Called from closeEvent: False keeps the window open."""
        if not self.confirm_discard():
            return False
        if self.persist:
            self.save_session()
        self._unsubscribe()
        return True

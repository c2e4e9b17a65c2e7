"""File → Export animation…: the tilt sweep of the current view, or the transition from neutral standing (same
pelvis) to it, written as GIF, WebP or MP4 by ``psoas_viz.animation`` from frames the one painter draws
(``export.write_posture_animation``), with a progress dialog whose Cancel leaves the old file as it was.  Each
frame is titled with what the whole animation shows (``animation.sweep_title`` / ``transition_title``).  A setting
or file the export refuses keeps the dialog open with what the user typed, under one message."""

from __future__ import annotations

from pathlib import Path

import PySide6  # noqa: F401
from PySide6 import QtCore, QtGui, QtWidgets

from psoas_viz.animation import (FPS_RANGE, SECONDS_RANGE, WIDTH_RANGE, animation_settings, mp4_available,
                                 sweep_title, tilt_sweep, transition, transition_title)
from psoas_viz.i18n import QT_TRANSLATE_NOOP
from psoas_viz.io.files import writable_target
from psoas_viz.scene.captions import tilt_words

from . import export
from .number_box import NumberBox, RefusalLine, WholeNumberBox

KINDS = {"sweep": QT_TRANSLATE_NOOP("AnimationDialog", "Pelvic tilt sweep, there and back"),
         "transition": QT_TRANSLATE_NOOP("AnimationDialog", "From neutral standing to the current view")}


class AnimationDialog(QtWidgets.QDialog):
    """What to animate and how: sweep or transition, tilt range, seconds, frames per second, width, file.

    ``check(**options)`` (given by the export) is asked on Save: it returns the prepared export, kept as ``job``,
    or None when it refused the options and said why; then the dialog stays open with the user's entries."""

    def __init__(self, parent, model, path: str, check=None):
        super().__init__(parent)
        self._check, self.job = check, None
        self.setWindowTitle(self.tr("Export animation"))
        tilt = model.parameters["pelvic_tilt"]
        form = QtWidgets.QFormLayout(self)
        self.kind = QtWidgets.QComboBox()
        for key, text in KINDS.items():
            self.kind.addItem(self.tr(text), key)
        form.addRow(self.tr("Animation"), self.kind)
        self.from_tilt, self.to_tilt = NumberBox(), NumberBox()
        for box, value in ((self.from_tilt, tilt.minimum), (self.to_tilt, tilt.maximum)):
            box.setRange(tilt.minimum, tilt.maximum)
            box.setSuffix("°")
            box.setDecimals(1)
            box.setValue(value)
        self.from_tilt.subject, self.to_tilt.subject = self.tr("Sweep from tilt"), self.tr("to tilt")
        form.addRow(self.from_tilt.subject, self.from_tilt)
        form.addRow(self.to_tilt.subject, self.to_tilt)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.seconds = NumberBox()
        self.seconds.setDecimals(2)
        self.seconds.setRange(*SECONDS_RANGE)
        self.seconds.setValue(3.0)
        self.seconds.setSuffix(" s")
        self.seconds.subject = self.tr("Length")
        form.addRow(self.seconds.subject, self.seconds)
        self.fps = WholeNumberBox()
        self.fps.setRange(*FPS_RANGE)
        self.fps.setValue(25)
        self.fps.subject = self.tr("Frames per second")
        form.addRow(self.fps.subject, self.fps)
        self.width = WholeNumberBox()
        self.width.setRange(*WIDTH_RANGE)
        self.width.setValue(1280)
        self.width.setSuffix(" px")
        self.width.subject = self.tr("Width")
        form.addRow(self.width.subject, self.width)
        self.refusal = RefusalLine()  # a number out of range: why, here, and nothing changed
        self.refusal.watch(self.from_tilt, self.to_tilt, self.seconds, self.fps, self.width)
        form.addRow(self.refusal)
        self.format = QtWidgets.QComboBox()
        self.format.addItem(self.tr("GIF (slides, web pages)"), "gif")
        self.format.addItem(self.tr("WebP (smaller, sharp)"), "webp")
        if mp4_available():
            self.format.addItem(self.tr("MP4 video"), "mp4")
        self.format.currentIndexChanged.connect(self._format_changed)
        form.addRow(self.tr("Format"), self.format)
        self.path = QtWidgets.QLineEdit(path)
        browse = QtWidgets.QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        form.addRow(self.tr("File"), row)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Save
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._format_changed()

    def _kind_changed(self) -> None:
        sweep = self.kind.currentData() == "sweep"
        self.from_tilt.setEnabled(sweep)
        self.to_tilt.setEnabled(sweep)

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        if self.path.text():
            self.path.setText(str(Path(self.path.text()).with_suffix("." + fmt)))

    def _browse(self) -> None:
        fmt = self.format.currentData()
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export animation to"), self.path.text(),
            self.tr("{format} animation (*.{suffix})").format(format=fmt.upper(), suffix=fmt))
        if path:
            self.path.setText(path)

    def accept(self) -> None:
        if self.refusal.holds():  # Enter after a refused number: stay, so its line is read
            return
        if self._check is not None:
            self.job = self._check(**self.options(), parent=self)
            if self.job is None:
                return
        super().accept()

    def options(self) -> dict:
        return {"kind": self.kind.currentData(), "from_tilt": self.from_tilt.value(), "to_tilt": self.to_tilt.value(),
                "seconds": self.seconds.value(), "fps": self.fps.value(), "width": self.width.value(),
                "path": self.path.text()}


class AnimationExport(QtCore.QObject):
    """The File-menu item and the export it runs."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last = ""
        self.action = QtGui.QAction(window)
        self.retranslate()
        self.action.triggered.connect(lambda _=False: self.export_dialog())
        window.files.file_menu.insertAction(window.files.copy_action, self.action)

    def retranslate(self) -> None:
        self.action.setText(self.tr("Export &animation…"))

    def export_dialog(self) -> bool:
        """The dialog, then the export it prepared; a refused setting keeps the dialog open (``AnimationDialog``)
        and a write that fails brings it back with the same entries.  True when the file was written."""
        default = self.last or str(Path(str(self.window.files.settings.value("files/folder", "")) or ".")
                                   / "psoas.gif")
        dialog = AnimationDialog(self.window, self.window.session.model, default, self._prepare)
        while dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            written = self._write(*dialog.job)
            if written is not None:
                return written
        return False

    def export_to(self, path, kind="sweep", from_tilt=None, to_tilt=None, seconds=3.0, fps=25, width=1280) -> bool:
        """Write the animation with a progress dialog; a bad setting or target gets a message and changes
        nothing; Cancel leaves the old file as it was.  True when the file was written."""
        job = self._prepare(path, kind, from_tilt, to_tilt, seconds, fps, width)
        return job is not None and bool(self._write(*job))

    def _prepare(self, path, kind="sweep", from_tilt=None, to_tilt=None, seconds=3.0, fps=25, width=1280,
                 parent=None):
        """(settings, postures, frame title) of the export, or None after one message (over ``parent``, the
        dialog when it is open) saying what is refused."""
        session = self.window.session
        model = session.model
        tilt = model.parameters["pelvic_tilt"]
        try:
            settings = animation_settings(path, int(fps), float(seconds), int(width))
            if settings.path.is_dir():
                raise ValueError(self.tr("{path}: is a folder; give a file name").format(path=settings.path))
            writable_target(settings.path)
            if kind == "sweep":
                low = tilt.minimum if from_tilt is None else from_tilt
                high = tilt.maximum if to_tilt is None else to_tilt
                if low == high:
                    raise ValueError(self.tr("the sweep needs two different tilts"))
                postures = tilt_sweep(model, session.posture, low, high, settings.frame_count)
                title = sweep_title(low, high, session.display_title)
            else:
                neutral = model.posture_with(model.default_posture(),
                                             {"pelvic_incidence": session.posture.pelvic_incidence})
                postures = transition(model, neutral, session.posture, settings.frame_count)
                title = transition_title(self.tr("Neutral standing"),
                                         session.display_title or tilt_words(session.posture.pelvic_tilt))
        except (ValueError, OSError) as error:
            self._refuse(path, error, parent)
            return None
        return settings, postures, title

    def _refuse(self, path, error: Exception, parent=None) -> None:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        QtWidgets.QMessageBox.warning(parent or self.window, self.tr("Cannot export the animation"),
                                      f"{path}: {reason}" if isinstance(error, OSError) else reason)

    def _write(self, settings, postures, title) -> bool | None:
        """True when written, False when the user cancelled (the old file is left), None when it failed (said)."""
        session = self.window.session
        heading = self.tr("Export animation")
        progress = QtWidgets.QProgressDialog(self.tr("Drawing the frames of {name}…").format(name=settings.path.name),
                                             self.tr("Cancel"), 0, 1000, self.window)
        progress.setWindowTitle(heading)
        # wide enough for its title in the title bar (whose font the window manager chooses, often bold and larger)
        # beside the title bar's buttons
        bold = QtGui.QFont(progress.font())
        bold.setBold(True)
        progress.setMinimumWidth(round(1.3 * QtGui.QFontMetrics(bold).horizontalAdvance(heading)) + 160)
        progress.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def advance(fraction: float) -> bool:
            progress.setValue(round(1000 * fraction))
            QtWidgets.QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            written = export.write_posture_animation(session, postures, settings, title, self.window.files.theme,
                                                     self.window.files.with_plot, advance)
        except (ValueError, OSError) as error:
            self._refuse(settings.path, error)
            return None
        finally:
            progress.close()
        if not written:
            self.window.statusBar().showMessage(self.tr("Animation export cancelled; no file was changed"), 5000)
            return False
        self.last = str(settings.path)
        self.window.files.say_exported(settings.path, settings.frame_count)
        return True

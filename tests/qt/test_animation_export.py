"""File → Export animation…: the dialog, the file chooser (answered by the test), the progress dialog whose
Cancel leaves the old file, and refusals that change nothing."""

import os

import numpy as np
import pytest
from PIL import Image
from PySide6 import QtCore, QtWidgets

from psoas_viz.qt.animation_export import AnimationDialog


def test_the_menu_item_writes_a_sweep_chosen_in_the_dialog(window, tmp_path, monkeypatch, qtbot):
    out = tmp_path / "sweep.gif"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    actions = [a.text() for a in window.files.file_menu.actions()]
    assert "Export &animation…" in actions

    def answer(dialog):
        dialog._browse()  # the file chooser (patched above) gives the name
        dialog.seconds.setValue(1.0)
        dialog.fps.setValue(12)
        dialog.width.setValue(640)
        dialog.from_tilt.setValue(-10)
        dialog.to_tilt.setValue(15)
        dialog.accept()  # Save
        return dialog.result()

    monkeypatch.setattr(AnimationDialog, "exec", answer)
    assert window.animation_export.export_dialog()
    with Image.open(out) as image:
        assert image.is_animated and image.n_frames == 12 and image.width == 640
        frames = []
        for i in (0, 6):
            image.seek(i)
            frames.append(np.asarray(image.convert("RGB"), dtype=int))
    assert (np.abs(frames[0] - frames[1]).sum(axis=2) > 60).mean() > 0.01


def test_transition_to_the_current_view_as_webp(window, tmp_path):
    window.session.set_values(pelvic_tilt=15.0, thigh_angle=40.0)
    out = tmp_path / "t.webp"
    assert window.animation_export.export_to(out, kind="transition", seconds=1.0, fps=10, width=480)
    with Image.open(out) as image:
        assert image.format == "WEBP" and image.is_animated and image.width == 480
        ends = []
        for i in (0, image.n_frames - 1):  # identical held frames at the ends may be merged by the encoder
            image.seek(i)
            ends.append(np.asarray(image.convert("RGB"), dtype=int))
    assert (np.abs(ends[0] - ends[1]).sum(axis=2) > 60).mean() > 0.01  # neutral standing → the tilted view
    assert window.session.posture.pelvic_tilt == 15.0  # the view is left as it was


def test_cancel_leaves_the_old_file(window, tmp_path, monkeypatch):
    out = tmp_path / "old.gif"
    out.write_bytes(b"old animation")
    monkeypatch.setattr(QtWidgets.QProgressDialog, "wasCanceled", lambda self: True)
    assert not window.animation_export.export_to(out, seconds=1.0, fps=10, width=320)
    assert out.read_bytes() == b"old animation"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.gif"]
    assert "cancelled" in window.statusBar().currentMessage()


@pytest.mark.parametrize("name, options, words", [
    ("a.avi", {}, ".gif, .webp or .mp4"),
    ("a.gif", {"fps": 55}, "fps"),
    ("a.gif", {"from_tilt": 5.0, "to_tilt": 5.0}, "two different tilts"),
    ("folder.gif", {}, "folder"),
])
def test_bad_settings_get_a_message_and_change_nothing(window, tmp_path, dialogs, name, options, words):
    (tmp_path / "folder.gif").mkdir()
    before = window.session.snapshot
    assert not window.animation_export.export_to(tmp_path / name, **options)
    assert words in dialogs.last
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.gif"]
    assert window.session.snapshot is before


def test_a_refused_file_keeps_the_dialog_open_with_what_was_typed(window, tmp_path, dialogs, qtbot, monkeypatch):
    seen = {}

    def answer(dialog):  # the user fills in the dialog, names a folder that does not exist, and presses Save
        dialog.seconds.setValue(2.5)
        dialog.fps.setValue(12)
        dialog.width.setValue(640)
        dialog.from_tilt.setValue(-12.0)
        dialog.to_tilt.setValue(18.0)
        dialog.path.setText(str(tmp_path / "no such folder" / "sweep.gif"))
        dialog.show()
        buttons = dialog.findChild(QtWidgets.QDialogButtonBox)
        qtbot.mouseClick(buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save),
                         QtCore.Qt.MouseButton.LeftButton)
        seen["open"] = dialog.isVisible()
        seen["entries"] = dialog.options()
        dialog.reject()  # then gives up
        return dialog.result()

    monkeypatch.setattr(AnimationDialog, "exec", answer)
    assert not window.animation_export.export_dialog()
    assert seen["open"]
    assert seen["entries"] == {"kind": "sweep", "from_tilt": -12.0, "to_tilt": 18.0, "seconds": 2.5, "fps": 12,
                               "width": 640, "path": str(tmp_path / "no such folder" / "sweep.gif")}
    assert len(dialogs.warnings) == 1 and "no such folder" in dialogs.last
    assert list(tmp_path.iterdir()) == []


def test_the_dialogs_number_boxes_write_the_true_minus_and_refuse_out_of_range_in_one_line(window, qtbot):
    """As in the window: −30.0° with the true minus; 150 typed into the tilt box is refused whole (it used to
    become 15), the dialog says why in one line and keeps the value; a good entry clears the line."""
    from PySide6.QtTest import QTest

    from psoas_viz.i18n import MINUS
    from psoas_viz.qt.file_actions import ExportDialog

    def type_into(box, text):
        box.setFocus()
        box.lineEdit().selectAll()
        QTest.keyClicks(box.lineEdit(), text)
        QTest.keyClick(box.lineEdit(), QtCore.Qt.Key.Key_Return)

    dialog = AnimationDialog(window, window.session.model, "sweep.gif")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.from_tilt.text() == f"{MINUS}30.0°" and not dialog.refusal.isVisible()
    type_into(dialog.to_tilt, "150")  # and Enter: the dialog stays open to say why
    assert dialog.isVisible() and dialog.to_tilt.value() == 30.0 and dialog.refusal.isVisible()
    assert dialog.refusal.text() == "to tilt: 150 is outside −30…30°; nothing was changed"
    type_into(dialog.to_tilt, "-12.5")
    assert dialog.to_tilt.value() == -12.5 and not dialog.refusal.isVisible()
    export = ExportDialog(window, "d.png", 1920, "screen", False, False)
    qtbot.addWidget(export)
    export.show()
    type_into(export.width, "99999")
    assert export.isVisible() and export.width.value() == 1920 and export.refusal.isVisible()
    assert "99999" in export.refusal.text()

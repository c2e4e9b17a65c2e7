import os
import tempfile

# Qt aborts without a display unless told to render offscreen; set it before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the user's real QSettings; no modal dialogs (errors are recorded on the window's FileActions).
os.environ["PSOAS_VIZ_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="psoas-viz-settings-")
os.environ["PSOAS_VIZ_NO_DIALOGS"] = "1"

import os

# Qt aborts without a display unless told to render offscreen; set it before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

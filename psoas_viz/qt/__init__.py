"""All Qt code of psoas-viz. PySide6 is imported before pyqtgraph so pyqtgraph binds to it."""

import PySide6  # noqa: F401  (must precede any pyqtgraph import)

"""Start psoas-viz from a source checkout: ``python main.py`` (same as the ``psoas-viz`` command)."""

import sys

import PySide6  # noqa: F401  -- import the binding first, so pyqtgraph uses PySide6

from psoas_viz.cli import main

if __name__ == "__main__":
    sys.exit(main())

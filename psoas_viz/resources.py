"""The one way the program reaches its data files (``assets/``: model, anatomy, claims, scenarios, lessons, sources)
and its version.

Installed (wheel, pipx, a zip on ``sys.path``, the PyInstaller bundle), the data are the package data folder
``psoas_viz/assets`` (setup.py maps the top-level ``assets/`` folder there).  In a source checkout (``python main.py``
or the editable install of ``.ci/setup``) they are the top-level ``assets/`` folder beside the package folder.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

DISTRIBUTION = "psoas-viz"


class DataFileError(Exception):
    """A data file the program ships with is missing or damaged (reported with the file's path)."""


@lru_cache(maxsize=None)
def assets_dir() -> Path:
    """The folder holding the data files, as a real directory."""
    package = resources.files("psoas_viz")
    packaged = package / "assets"
    if isinstance(package, Path):
        return packaged if packaged.is_dir() else package.parent / "assets"
    return _extract(packaged)


def asset(*parts: str) -> Path:
    """A data file or folder, e.g. ``asset("models", "sagittal_model.json")``."""
    return assets_dir().joinpath(*parts)


def builtin_lessons() -> dict[str, Path]:
    """Lesson files shipped with the program (``assets/lessons``), by file stem."""
    return {path.stem: path for path in sorted(asset("lessons").glob("*.json"))}


def version() -> str:
    """The version of the installed distribution (pyproject.toml is its one source)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown (a source checkout that is not installed: run .ci/setup)"


def notices() -> str:
    """THIRD_PARTY.md (licences of the bundled libraries and the data sources), from the installed metadata."""
    for distribution in metadata.distributions(name=DISTRIBUTION):  # an egg-info left by a build may come first
        text = distribution.read_text("licenses/THIRD_PARTY.md")
        if text:
            return text
    return "THIRD_PARTY.md (in the source folder) lists the licences of the libraries and data sources."


def _extract(folder) -> Path:
    """Copy a folder that is not on the file system (a zip on sys.path) to a temporary folder, removed at exit."""
    target = Path(tempfile.mkdtemp(prefix="psoas-viz-assets-"))
    atexit.register(shutil.rmtree, target, True)

    def copy(source, destination: Path) -> None:
        for child in source.iterdir():
            if child.is_dir():
                (destination / child.name).mkdir()
                copy(child, destination / child.name)
            else:
                (destination / child.name).write_bytes(child.read_bytes())

    if folder.is_dir():
        copy(folder, target)
    return target

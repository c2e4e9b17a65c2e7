"""Refresh the Qt Linguist catalogues from the code and compile them::

    python tools/update_translations.py          # rewrite assets/i18n/psoas_viz_{de,es}.ts and .qm
    python tools/update_translations.py --check  # change nothing; exit 1 naming any stale catalogue

``pyside6-lupdate`` (it ships with PySide6-Essentials, a dependency of psoas-viz) collects every string the code
marks for translation (``self.tr(...)``, ``QCoreApplication.translate(...)``, the Qt-free
``psoas_viz.i18n.translate(...)`` and ``QT_TRANSLATE_NOOP(...)``) from ``psoas_viz/`` into
``assets/i18n/psoas_viz_<lang>.ts``, keeping finished translations, marking new strings unfinished and dropping
strings the code no longer has.  Translate the unfinished ones with ``pyside6-linguist`` (or by editing the XML),
then run this again: ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` that Qt's ``QTranslator`` loads.

The ``.qm`` files are committed, not built at install time: building them then would need PySide6's tools inside
every wheel build (pip's isolated build environment would download the 250 MB PySide6-Essentials for each sdist
build, and the PyInstaller bundle copies data files, it does not run tools); ``--check`` (run by the tests) keeps
the committed files equal to what the tools make from the code.  Locations are not stored (``-locations none``), so
moving code does not change the catalogues.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from psoas_viz.i18n import LANGUAGES, SOURCE_LANGUAGE, catalogue_dir  # noqa: E402

TRANSLATED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]


def tool(name: str) -> str:
    """A PySide6 tool: beside the running Python (a virtual environment's bin folder), else on PATH."""
    for candidate in (Path(sys.executable).parent / name, shutil.which(name)):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit(f"error: {name} not found (it comes with PySide6-Essentials: pip install pyside6-essentials)")


def run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"error: {' '.join(command)} failed:\n{result.stdout}{result.stderr}")


def build(folder: Path) -> None:
    """Update the .ts files in ``folder`` from the code and compile each to .qm beside it."""
    # lupdate does not look into folders for .py files: name every module
    sources = [str(path) for path in sorted((ROOT / "psoas_viz").rglob("*.py"))]
    for code in TRANSLATED:
        ts = folder / f"psoas_viz_{code}.ts"
        run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
             "-source-language", SOURCE_LANGUAGE, "-target-language", code, "-silent", "-ts", str(ts)])
        run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a catalogue is stale")
    args = parser.parse_args(argv)
    target = catalogue_dir()
    if not args.check:
        build(target)
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        for code in TRANSLATED:
            source = target / f"psoas_viz_{code}.ts"
            if source.exists():
                shutil.copy(source, scratch / source.name)
        build(scratch)
        stale = [name for name in sorted(p.name for p in scratch.iterdir())
                 if not (target / name).exists() or not filecmp.cmp(scratch / name, target / name, shallow=False)]
    if stale:
        print(f"stale translation catalogues: {', '.join(stale)} (run python tools/update_translations.py)",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

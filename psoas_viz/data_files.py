"""Reading the program's own data files (``psoas_viz.resources.asset``): a missing, unreadable or damaged file is a
:class:`~psoas_viz.resources.DataFileError` naming it, in the current language (:func:`psoas_viz.i18n.translate`;
the reason a file could not be decoded is Python's own words).  The language catalogues themselves are read by
``psoas_viz.i18n``, whose refusals stay English: a missing catalogue cannot translate its own absence."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from psoas_viz.i18n import fill_template, translate
from psoas_viz.resources import DataFileError


@contextmanager
def data_file(path: Path | str):
    """Around reading a shipped data file: a missing, unreadable or damaged (not UTF-8, not JSON) file raises
    :class:`DataFileError` naming it."""
    try:
        yield
    except FileNotFoundError:
        raise DataFileError(fill_template(translate("DataFile", "data file missing: {path} (reinstall psoas-viz)"),
                                          {"path": path})) from None
    except OSError as error:
        raise DataFileError(fill_template(translate("DataFile", "data file unreadable: {path} ({reason})"),
                                          {"path": path, "reason": error.strerror or error})) from None
    except ValueError as error:  # not UTF-8, or not JSON (e.g. truncated)
        raise DataFileError(fill_template(translate("DataFile", "data file damaged: {path} ({reason}; reinstall "
                                                                "psoas-viz)"), {"path": path, "reason": error})) from None


def not_a_data_file(path, expected: str) -> DataFileError:
    """A shipped data file whose header is not the ``expected`` format's."""
    return DataFileError(fill_template(translate("DataFile", "data file damaged: {path} (not a {expected} file; "
                                                             "reinstall psoas-viz)"), {"path": path, "expected": expected}))

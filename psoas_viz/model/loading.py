"""Reading the model definition from ``assets/``."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from psoas_viz.data_files import data_file
from psoas_viz.resources import asset

from .model import Model

MODEL_FILE = asset("models", "sagittal_model.json")


@lru_cache(maxsize=None)
def _read(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def load_model(path: Path | str = MODEL_FILE) -> Model:
    """A new Model from the JSON definition (the file is read once per process)."""
    with data_file(path):
        data = json.loads(_read(str(path)))
    return Model(data)

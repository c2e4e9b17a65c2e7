"""Reading the model definition from ``assets/``."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .model import Model

ASSETS = Path(__file__).resolve().parents[2] / "assets"
MODEL_FILE = ASSETS / "models" / "sagittal_model.json"


@lru_cache(maxsize=None)
def _read(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def load_model(path: Path | str = MODEL_FILE) -> Model:
    """A new Model from the JSON definition (the file is read once per process)."""
    return Model(json.loads(_read(str(path))))

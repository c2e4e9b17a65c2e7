"""Textbook anatomy of the drawn structures (muscles and bones), read from ``assets/anatomy.json``.

Qt-free: the window's hover card uses it, and so can the command line or an export.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from psoas_viz.resources import asset

ANATOMY_FILE = asset("anatomy.json")
FORMAT = "psoas-viz/anatomy"
VERSION = 1
MUSCLE_FIELDS = ("name", "origin", "insertion", "actions", "innervation", "pelvic_tilt")
BONE_FIELDS = ("name", "description", "landmarks", "pelvic_tilt")
BONE_IDS = ("pelvis", "sacrum", "femur", "tibia", "lumbar_vertebrae", "ribcage")


class AnatomyError(ValueError):
    """The anatomy file is malformed or does not cover the model."""


@dataclass(frozen=True)
class Structure:
    id: str
    name: str
    kind: str  # "muscle" | "bone"
    origin: str | None
    insertion: str | None
    actions: str | None
    innervation: str | None
    pelvic_tilt: str
    sources: tuple[str, ...]  # full citations
    description: str | None = None
    landmarks: str | None = None
    attachments: str | None = None

    @property
    def source(self) -> str:
        return "; ".join(self.sources)


def _model_muscle_ids() -> tuple[str, ...]:
    from psoas_viz.model import load_model
    return tuple(load_model().muscles.ids)


def load_anatomy(path: Path | str = ANATOMY_FILE,
                 muscle_ids: Iterable[str] | None = None) -> dict[str, Structure]:
    """Every structure by id.  ``muscle_ids`` (default: the model's) must each have a complete muscle
    entry, and the drawn bones must have bone entries; otherwise :class:`AnatomyError` names what is missing."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise AnatomyError(f"cannot read {path}: {exc}") from exc
    if data.get("format") != FORMAT or data.get("version") != VERSION:
        raise AnatomyError(f"{path}: expected format {FORMAT!r} version {VERSION}, "
                           f"got {data.get('format')!r} version {data.get('version')!r}")
    sources = data.get("sources", {})
    structures: dict[str, Structure] = {}
    problems: list[str] = []
    for sid, entry in data.get("structures", {}).items():
        kind = entry.get("kind")
        if kind not in ("muscle", "bone"):
            problems.append(f"{sid}: kind must be 'muscle' or 'bone', not {kind!r}")
            continue
        required = MUSCLE_FIELDS if kind == "muscle" else BONE_FIELDS
        empty = [f for f in required if not isinstance(entry.get(f), str) or not entry[f].strip()]
        if empty:
            problems.append(f"{sid}: empty or missing {', '.join(empty)}")
        keys = entry.get("source") or []
        keys = [keys] if isinstance(keys, str) else list(keys)
        unknown = [k for k in keys if k not in sources]
        if not keys or unknown:
            problems.append(f"{sid}: source must name entries of 'sources' (unknown: {unknown or 'none given'})")
        structures[sid] = Structure(
            id=sid, name=entry.get("name") or sid, kind=kind,
            origin=entry.get("origin"), insertion=entry.get("insertion"), actions=entry.get("actions"),
            innervation=entry.get("innervation"), pelvic_tilt=entry.get("pelvic_tilt") or "",
            sources=tuple(sources.get(k, k) for k in keys), description=entry.get("description"),
            landmarks=entry.get("landmarks"), attachments=entry.get("attachments"))
    muscle_ids = _model_muscle_ids() if muscle_ids is None else tuple(muscle_ids)
    for mid in muscle_ids:
        if mid not in structures:
            problems.append(f"model muscle {mid!r} has no entry")
        elif structures[mid].kind != "muscle":
            problems.append(f"model muscle {mid!r} is described as a {structures[mid].kind}")
    for bid in BONE_IDS:
        if bid not in structures:
            problems.append(f"bone {bid!r} has no entry")
    if problems:
        raise AnatomyError(f"{path}: " + "; ".join(problems))
    return structures

"""Textbook anatomy of the drawn structures (muscles and bones), read from ``assets/anatomy.json``.

Qt-free: the window's hover card uses it, and so can the command line or an export.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from psoas_viz.i18n import fill_template, translate
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
        raise AnatomyError(fill_template(translate("Anatomy", "cannot read {path}: {reason}"),
                                         {"path": path, "reason": exc})) from exc
    if data.get("format") != FORMAT or data.get("version") != VERSION:
        raise AnatomyError(fill_template(translate("Anatomy", "{path}: expected format {format!r} version {version}, "
                                                              "got {found!r} version {found_version!r}"),
                                         {"path": path, "format": FORMAT, "version": VERSION,
                                          "found": data.get("format"), "found_version": data.get("version")}))
    sources = data.get("sources", {})
    structures: dict[str, Structure] = {}
    problems: list[str] = []
    for sid, entry in data.get("structures", {}).items():
        kind = entry.get("kind")
        if kind not in ("muscle", "bone"):
            problems.append(fill_template(translate("Anatomy", "{id}: kind must be 'muscle' or 'bone', not {kind!r}"),
                                          {"id": sid, "kind": kind}))
            continue
        required = MUSCLE_FIELDS if kind == "muscle" else BONE_FIELDS
        empty = [f for f in required if not isinstance(entry.get(f), str) or not entry[f].strip()]
        if empty:
            problems.append(fill_template(translate("Anatomy", "{id}: empty or missing {fields}"),
                                          {"id": sid, "fields": ", ".join(empty)}))
        keys = entry.get("source") or []
        keys = [keys] if isinstance(keys, str) else list(keys)
        unknown = [k for k in keys if k not in sources]
        if not keys or unknown:
            problems.append(fill_template(translate("Anatomy", "{id}: source must name entries of 'sources' (unknown: "
                                                               "{keys})"),
                                          {"id": sid, "keys": ", ".join(map(repr, unknown)) if unknown
                                           else translate("Anatomy", "none given")}))
        structures[sid] = Structure(
            id=sid, name=entry.get("name") or sid, kind=kind,
            origin=entry.get("origin"), insertion=entry.get("insertion"), actions=entry.get("actions"),
            innervation=entry.get("innervation"), pelvic_tilt=entry.get("pelvic_tilt") or "",
            sources=tuple(sources.get(k, k) for k in keys), description=entry.get("description"),
            landmarks=entry.get("landmarks"), attachments=entry.get("attachments"))
    muscle_ids = _model_muscle_ids() if muscle_ids is None else tuple(muscle_ids)
    for mid in muscle_ids:
        if mid not in structures:
            problems.append(fill_template(translate("Anatomy", "model muscle {id!r} has no entry"), {"id": mid}))
        elif structures[mid].kind != "muscle":
            problems.append(fill_template(translate("Anatomy", "model muscle {id!r} is described as a {kind}"),
                                          {"id": mid, "kind": structures[mid].kind}))
    for bid in BONE_IDS:
        if bid not in structures:
            problems.append(fill_template(translate("Anatomy", "bone {id!r} has no entry"), {"id": bid}))
    if problems:
        raise AnatomyError(f"{path}: " + "; ".join(problems))
    return structures

"""Sagittal line art of the bones (``assets/outlines/bones.json``), placed in the world for many postures.

The asset holds, per bone, its segment (a body of the skeleton), outer outlines with holes and the fold
lines of the surface, in segment-local mm; ``tools/build_outlines.py`` derives it from the OpenSim meshes
and records each mesh's source and registration. Qt-free.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from psoas_viz.i18n import fill_template, translate
from psoas_viz.resources import DataFileError, asset

from .skeleton import BODY_INDEX, Pose

BONES_FILE = asset("outlines", "bones.json")


class BoneAssetError(DataFileError, ValueError):
    """The outline asset is missing or not a bones file; the message names the file (a damaged data file: the
    command line and the window report it in one line, exit status 2)."""


@dataclass(frozen=True)
class Feature:
    name: str | None  # e.g. "acetabular rim", None where no landmark names it
    visible: bool  # False where the bone itself hides the line from a viewer on the right


@dataclass
class BoneShapes:
    """One bone's shapes in world mm for N postures: every array is (N, points, 2)."""

    outers: list[np.ndarray]
    holes: list[list[np.ndarray]]  # holes[i] belong to outers[i]
    features: list[tuple[Feature, np.ndarray]]


class Bones:
    def __init__(self, data: dict, source: str = "bones data"):
        try:
            self._bones = {}
            for name, bone in data["bones"].items():
                segment = bone["segment"]
                if segment not in BODY_INDEX:
                    raise KeyError(f"unknown segment {segment!r}")
                pieces = []  # (kind, index, array) in order; kind: outer / hole / feature
                for i, shape in enumerate(bone["shapes"]):
                    pieces.append(("outer", i, np.asarray(shape["outer"], dtype=float)))
                    pieces += [("hole", i, np.asarray(h, dtype=float)) for h in shape["holes"]]
                features = []
                for f in bone["features"]:
                    features.append(Feature(f["name"], bool(f["visible"])))
                    pieces.append(("feature", len(features) - 1, np.asarray(f["points"], dtype=float)))
                for _, _, arr in pieces:
                    if arr.ndim != 2 or arr.shape[1] != 2 or not np.isfinite(arr).all():
                        raise ValueError("points must be finite [x, y] pairs")
                local = np.vstack([arr for _, _, arr in pieces])
                bounds = np.cumsum([0] + [len(arr) for _, _, arr in pieces])
                self._bones[name] = (segment, local, pieces, bounds, features, bone["source"], bone["registration"])
        except (KeyError, TypeError, ValueError) as exc:
            raise BoneAssetError(fill_template(translate("DataFile", "{path}: not a bones outline file ({reason})"),
                                               {"path": source, "reason": exc})) from None
        self._joined: dict = {}  # (names, features) asked for together -> local points, bodies, where each piece is

    @classmethod
    def load(cls, path: Path | str = BONES_FILE) -> "Bones":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BoneAssetError(fill_template(translate("DataFile", "{path}: cannot read the bone outlines "
                                                                     "({reason})"),
                                               {"path": path, "reason": exc})) from None
        return cls(data, str(path))

    @property
    def names(self) -> list[str]:
        return list(self._bones)

    def segment(self, bone: str) -> str:
        return self._bones[bone][0]

    def source(self, bone: str) -> dict:
        return self._bones[bone][5]

    def registration(self, bone: str) -> dict:
        return self._bones[bone][6]

    def local(self, bone: str) -> BoneShapes:
        """The shapes in the bone's segment frame, as arrays of shape (1, points, 2)."""
        _, local, pieces, bounds, _, _, _ = self._bones[bone]
        return self._split(bone, local[None], [(kind, index, a, b) for (kind, index, _), a, b
                                               in zip(pieces, bounds[:-1], bounds[1:])])

    def world(self, pose: Pose, bones, features: dict | None = None) -> dict[str, BoneShapes]:
        """Bone name -> all of that bone's shapes placed for every posture of ``pose``; the points of all the
        bones asked for are placed in one vectorised transform.  ``features``: bone name -> the indices of the
        feature lines wanted, to place only those (in the asset's order; a bone left out: all of its lines)."""
        bones = tuple(bones)
        chosen = tuple((b, tuple(features[b])) for b in bones if b in features) if features else ()
        joined = self._joined.get((bones, chosen))
        if joined is None:
            joined = self._joined[(bones, chosen)] = self._join(bones, dict(chosen))
        local, body, plan = joined
        placed = pose.to_world(body, local)
        return {b: self._split(b, placed, pieces) for b, pieces in plan}

    def _join(self, bones: tuple, features: dict) -> tuple:
        """The local points of the pieces placed (all outers and holes, the features wanted), the body each
        point moves with, and per bone where each of its pieces lies among those points."""
        local, body, plan, at = [], [], [], 0
        for b in bones:
            segment, _, pieces, _, _, _, _ = self._bones[b]
            wanted = features.get(b)
            kept = [(kind, index, arr) for kind, index, arr in pieces
                    if kind != "feature" or wanted is None or index in wanted]
            spans = []
            for kind, index, arr in kept:
                local.append(arr)
                spans.append((kind, index, at, at + len(arr)))
                at += len(arr)
            body.append(np.full(sum(len(arr) for _, _, arr in kept), BODY_INDEX[segment]))
            plan.append((b, spans))
        return np.vstack(local), np.concatenate(body), plan

    def _split(self, bone: str, placed: np.ndarray, pieces: list) -> BoneShapes:
        features = self._bones[bone][4]
        out = BoneShapes([], [], [])
        for kind, index, a, b in pieces:
            part = placed[:, a:b]
            if kind == "outer":
                out.outers.append(part)
                out.holes.append([])
            elif kind == "hole":
                out.holes[index].append(part)
            else:
                out.features.append((features[index], part))
        return out

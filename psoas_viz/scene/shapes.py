"""The scene's vocabulary: shapes in pixels (y downwards), structures, placed labels (no Qt).

A ``Structure`` is one thing a person names (``pelvis``, ``L3``, ``psoas_major``, ``PT`` ...): an id, a kind
(bone, muscle, fascia, angle, marker, force, annotation), a style role (looked up in a theme) and its shapes.
A shape may carry its own role (a bone's inner feature lines, a muscle's outline) and, for muscles, a ``tone``:
the length change in percent that the theme turns into a colour on the scene's ``colour_range``.  Richer anatomy
only adds shapes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

KINDS = ("bone", "muscle", "fascia", "angle", "marker", "force", "annotation")


def _points(points) -> list:
    return [[round(float(x), 2), round(float(y), 2)] for x, y in np.asarray(points, float).reshape(-1, 2)]


@dataclass(frozen=True, eq=False)
class Polygon:
    """A closed outline (K, 2) px with optional holes, filled and stroked by its role."""

    points: np.ndarray
    holes: tuple = ()
    role: str | None = None
    kind = "polygon"

    def to_json(self) -> dict:
        return {"kind": self.kind, "points": _points(self.points), "holes": [_points(h) for h in self.holes]}


@dataclass(frozen=True, eq=False)
class Polyline:
    """An open line (K, 2) px, ``width`` px wide; ``tone`` a length change (%) for muscles."""

    points: np.ndarray
    width: float
    role: str | None = None
    tone: float | None = None
    dashed: bool = False
    kind = "polyline"

    def to_json(self) -> dict:
        out = {"kind": self.kind, "points": _points(self.points), "width": round(float(self.width), 2)}
        if self.dashed:
            out["dashed"] = True
        return out


@dataclass(frozen=True, eq=False)
class Arc(Polyline):
    """A circular arc about ``centre`` (px), drawn as its polyline; angles in degrees, counter-clockwise on
    screen (y downwards)."""

    centre: tuple = (0.0, 0.0)
    radius: float = 0.0
    kind = "arc"

    def to_json(self) -> dict:
        return {**super().to_json(), "centre": _points(self.centre)[0], "radius": round(float(self.radius), 2)}


@dataclass(frozen=True, eq=False)
class Circle:
    centre: tuple
    radius: float
    role: str | None = None
    kind = "circle"

    def to_json(self) -> dict:
        return {"kind": self.kind, "centre": _points(self.centre)[0], "radius": round(float(self.radius), 2)}


@dataclass(frozen=True, eq=False)
class Arrow(Polygon):
    """A filled arrow outline; ``start``/``tip`` px."""

    start: tuple = (0.0, 0.0)
    tip: tuple = (0.0, 0.0)
    kind = "arrow"

    def to_json(self) -> dict:
        return {"kind": self.kind, "points": _points(self.points), "start": _points(self.start)[0],
                "tip": _points(self.tip)[0]}


@dataclass(frozen=True, eq=False)
class Rect:
    """An axis-aligned box (x0, y0, x1, y1) px; ``gradient``: (percent, ...) stops coloured like muscles, left to
    right, instead of the role's fill."""

    box: tuple
    role: str | None = None
    gradient: tuple = ()
    kind = "rect"

    def to_json(self) -> dict:
        return {"kind": self.kind, "box": [round(float(v), 2) for v in self.box]}


@dataclass(frozen=True, eq=False)
class Text:
    """One line of text whose box (x0, y0, x1, y1) px was measured by ``scene.text``; ``angle``: degrees of
    rotation about the box's centre (counter-clockwise on screen, e.g. 90 for an upright axis label); ``italic``:
    the oblique face (the same advance widths as the regular one)."""

    text: str
    box: tuple
    size: float
    bold: bool = False
    role: str | None = None
    angle: float = 0.0
    italic: bool = False
    kind = "text"

    def to_json(self) -> dict:
        out = {"kind": self.kind, "text": self.text, "box": [round(float(v), 2) for v in self.box],
               "size": round(float(self.size), 2)}
        if self.angle:
            out["angle"] = self.angle
        if self.italic:
            out["italic"] = True
        return out


@dataclass(frozen=True, eq=False)
class Structure:
    id: str
    kind: str
    role: str
    shapes: tuple
    name: str = ""  # what a person calls it (the SVG <title>)
    layer: str = ""  # the SVG layer it belongs to (default: its kind)

    def to_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "role": self.role, "name": self.name,
                "shapes": [s.to_json() for s in self.shapes]}


@dataclass(frozen=True, eq=False)
class Label:
    """A placed label: its text, the structure it names, the anchor on it, the box it was placed in and the
    leader line from the box to the anchor (empty when the box touches the anchor); ``latin``: the Terminologia
    Anatomica name on a second, smaller italic line (``scene.labels.label_lines`` lays both out)."""

    text: str
    target: str
    anchor: tuple
    box: tuple
    size: float
    bold: bool = False
    role: str = "label"
    leader: tuple = ()
    backed: bool = False  # drawn on a box of the background colour
    key: str = ""  # which label of the diagram this is (stable while its text changes)
    latin: str = ""

    def to_json(self) -> dict:
        out = {"text": self.text, "target": self.target, "anchor": _points(self.anchor)[0],
               "box": [round(float(v), 2) for v in self.box], "leader": [_points(p)[0] for p in self.leader]}
        if self.latin:
            out["latin"] = self.latin
        return out


@dataclass(frozen=True, eq=False)
class Scene:
    width: float
    height: float
    theme: str
    structures: tuple
    labels: tuple = ()
    mapper: object = None  # the Mapper from world mm to these pixels (None for scenes without a model)
    background: str = "background"  # the role filling the whole scene
    colour_range: float = 2.0  # the muscles' colour scale: full colour at ± this many percent (theme.colour_range)

    def structure(self, structure_id: str) -> Structure:
        for s in self.structures:
            if s.id == structure_id:
                return s
        raise KeyError(structure_id)

    def ids(self) -> list[str]:
        return [s.id for s in self.structures]

    def to_json(self) -> dict:
        return {"width": round(float(self.width), 2), "height": round(float(self.height), 2), "theme": self.theme,
                "colour_range_percent": self.colour_range,
                "structures": [s.to_json() for s in self.structures], "labels": [lb.to_json() for lb in self.labels]}


class Mapper:
    """World mm (x anterior, y superior) -> scene px (y downwards): ``px = (ox + s*x, oy - s*y)``."""

    def __init__(self, scale: float, ox: float, oy: float):
        self.s, self.ox, self.oy = float(scale), float(ox), float(oy)

    @classmethod
    def fit(cls, world: tuple, area: tuple) -> "Mapper":
        """Equal scale on both axes, ``world`` (x0, y0, x1, y1 mm) centred in ``area`` (x0, y0, x1, y1 px)."""
        wx0, wy0, wx1, wy1 = world
        ax0, ay0, ax1, ay1 = area
        s = min((ax1 - ax0) / (wx1 - wx0), (ay1 - ay0) / (wy1 - wy0))
        return cls(s, (ax0 + ax1) / 2 - s * (wx0 + wx1) / 2, (ay0 + ay1) / 2 + s * (wy0 + wy1) / 2)

    def __call__(self, xy) -> np.ndarray:
        out = np.array(xy, dtype=float)
        out[..., 0] *= self.s
        out[..., 0] += self.ox
        out[..., 1] *= -self.s
        out[..., 1] += self.oy
        return out

    def many(self, arrays: list) -> list[np.ndarray]:
        """Several (K, 2) arrays mapped in one operation (a bone's rings and lines: hundreds per scene)."""
        if not arrays:
            return []
        ends = np.cumsum([len(a) for a in arrays]).tolist()
        mapped = self(np.concatenate(arrays))
        return [mapped[a:b] for a, b in zip([0, *ends[:-1]], ends)]

    def to_world(self, xy) -> np.ndarray:
        xy = np.asarray(xy, float)
        return np.stack(((xy[..., 0] - self.ox) / self.s, (self.oy - xy[..., 1]) / self.s), -1)

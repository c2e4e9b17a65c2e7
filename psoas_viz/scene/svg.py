"""SVG written straight from a scene (no Qt): one Inkscape layer per kind of structure (``inkscape:groupmode=
"layer"``, ``inkscape:label``), one ``<g id="...">`` with a ``<title>`` per structure, text as ``<text>``, so a
teacher can hide or recolour the psoas, a bone or the labels in Inkscape or PowerPoint."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from . import text as measure
from .labels import label_lines
from .shapes import Arc, Arrow, Circle, Polygon, Polyline, Rect, Text
from .theme import DASH, theme_of

LAYERS = {"bone": "Bones", "muscle": "Muscles", "fascia": "Fascial pulls", "force": "Force arrows",
          "angle": "Angles", "marker": "Markers", "annotation": "Annotations"}
INKSCAPE = "http://www.inkscape.org/namespaces/inkscape"


def _colour(rgba) -> str:
    return f"rgb({rgba[0]},{rgba[1]},{rgba[2]})"


def _paint(attr: str, rgba) -> str:
    if rgba is None:
        return f' {attr}="none"'
    out = f' {attr}="{_colour(rgba)}"'
    if len(rgba) > 3 and rgba[3] < 255:
        out += f' {attr}-opacity="{rgba[3] / 255:.3f}"'
    return out


def _points(points) -> str:
    return " ".join(f"{x:.2f},{y:.2f}" for x, y in points)


class _Writer:
    def __init__(self, theme, span: float):
        self.theme = theme
        self.span = span  # the scene's colour scale (± percent)
        self.defs: list[str] = []

    def stroke(self, role: str, width: float | None = None, tone=None, dashed: bool = False) -> str:
        style = self.theme.style(role)
        rgba = self.theme.line_colour(role, tone, self.span)
        width = style.width if width is None else width
        out = _paint("stroke", rgba) + f' stroke-width="{width:.2f}"'
        out += ' stroke-linecap="butt"' if style.flat else ' stroke-linecap="round"'
        dash = style.dash or (DASH if dashed else None)
        if dash:
            out += ' stroke-dasharray="' + " ".join(f"{d * width:.2f}" for d in dash) + '"'
        return out + ' stroke-linejoin="round"'

    def shape(self, shape, role: str) -> str:
        style = self.theme.style(role)
        if isinstance(shape, Text):
            return self.text(shape, role)
        if isinstance(shape, (Polyline, Arc)):
            return f'<polyline points="{_points(shape.points)}" fill="none"{self.stroke(role, shape.width, shape.tone, shape.dashed)}/>'
        if isinstance(shape, (Polygon, Arrow)):
            stroke = self.stroke(role) if style.stroke else ' stroke="none"'
            if shape.holes:
                d = " ".join("M " + _points(ring) + " Z" for ring in (shape.points, *shape.holes))
                return f'<path d="{d}" fill-rule="evenodd"{_paint("fill", style.fill)}{stroke}/>'
            return f'<polygon points="{_points(shape.points)}"{_paint("fill", style.fill)}{stroke}/>'
        if isinstance(shape, Circle):
            x, y = shape.centre
            return f'<circle cx="{x:.2f}" cy="{y:.2f}" r="{shape.radius:.2f}"{_paint("fill", style.fill)}{self.stroke(role)}/>'
        if isinstance(shape, Rect):
            x0, y0, x1, y1 = shape.box
            fill = _paint("fill", style.fill)
            if shape.gradient:
                gid = f"gradient{len(self.defs)}"
                stops = "".join(f'<stop offset="{i / max(len(shape.gradient) - 1, 1):.3f}" '
                                f'stop-color="{_colour(self.theme.tone_colour(p, self.span))}"/>'
                                for i, p in enumerate(shape.gradient))
                self.defs.append(f'<linearGradient id="{gid}" x1="0" y1="0" x2="1" y2="0">{stops}</linearGradient>')
                fill = f' fill="url(#{gid})"'
            stroke = self.stroke(role) if style.stroke else ' stroke="none"'
            return f'<rect x="{x0:.2f}" y="{y0:.2f}" width="{x1 - x0:.2f}" height="{y1 - y0:.2f}"{fill}{stroke}/>'
        raise TypeError(f"unknown shape {shape!r}")

    def text(self, shape: Text, role: str) -> str:
        x0, y0, x1, y1 = shape.box
        x, y = x0, y0 + measure.ascent(shape.size)
        transform = ""
        if shape.angle:
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            transform = f' transform="rotate({-shape.angle:g} {cx:.2f} {cy:.2f})"'
        weight = (' font-weight="bold"' if shape.bold else "") + (' font-style="italic"' if shape.italic else "")
        return (f'<text x="{x:.2f}" y="{y:.2f}" font-family="{measure.FAMILY}, sans-serif" '
                f'font-size="{shape.size:.2f}"{weight}{_paint("fill", self.theme.colour(role))}{transform}>'
                f'{escape(shape.text)}</text>')


def _layer(label: str, index: int, body: list[str]) -> str:
    lid = "layer_" + label.lower().replace(" ", "_") + (f"_{index}" if index else "")
    return (f'<g id="{lid}" inkscape:groupmode="layer" inkscape:label={quoteattr(label)}>\n' + "\n".join(body)
            + "\n</g>")


def svg_text(scene, title: str = "", description: str = "") -> str:
    """The whole scene as an SVG document (pixels of the scene as user units)."""
    theme = theme_of(scene.theme)
    w = _Writer(theme, scene.colour_range)
    runs: list[tuple[str, list[str]]] = []
    for s in scene.structures:
        layer = s.layer or LAYERS[s.kind]
        body = "".join(w.shape(shape, shape.role or s.role) for shape in s.shapes)
        group = f'<g id={quoteattr(s.id)}><title>{escape(s.name or s.id)}</title>{body}</g>'
        if runs and runs[-1][0] == layer:
            runs[-1][1].append(group)
        else:
            runs.append((layer, [group]))
    labels = []
    for i, lb in enumerate(scene.labels):
        parts = []
        if lb.leader:
            (ax, ay), (bx, by) = lb.leader
            parts.append(f'<line x1="{ax:.2f}" y1="{ay:.2f}" x2="{bx:.2f}" y2="{by:.2f}"{w.stroke("leader")}/>')
        if lb.backed:
            x0, y0, x1, y1 = lb.box
            parts.append(f'<rect x="{x0:.2f}" y="{y0:.2f}" width="{x1 - x0:.2f}" height="{y1 - y0:.2f}"'
                         f'{_paint("fill", theme.colour("background"))}/>')
        parts += [w.text(line, lb.role) for line in label_lines(lb)]
        name = f"{lb.text} ({lb.latin})" if lb.latin else lb.text
        labels.append(f'<g id="label_{i}_{escape(lb.target)}"><title>Label: {escape(name)}</title>{"".join(parts)}</g>')
    if labels:
        runs.append(("Labels", labels))
    seen: dict[str, int] = {}
    layers = []
    for label, body in runs:
        layers.append(_layer(label, seen.get(label, 0), body))
        seen[label] = seen.get(label, 0) + 1
    defs = f"<defs>{''.join(w.defs)}</defs>\n" if w.defs else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="{INKSCAPE}" version="1.1" '
            f'width="{scene.width:g}" height="{scene.height:g}" viewBox="0 0 {scene.width:g} {scene.height:g}">\n'
            f"<title>{escape(title)}</title>\n<desc>{escape(description)}</desc>\n{defs}"
            f'<rect id="background" x="0" y="0" width="{scene.width:g}" height="{scene.height:g}"'
            f'{_paint("fill", theme.colour(scene.background))}/>\n' + "\n".join(layers) + "\n</svg>\n")

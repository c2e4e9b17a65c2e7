"""Look at the bone line art with the muscle paths: ``python tools/preview_bones.py out.png [--tilt -15 0 15]``.

A check of ``assets/outlines/bones.json`` (tools/build_outlines.py) before the scene draws it: one panel per
pelvic tilt (neutral standing otherwise), bones filled and outlined with their holes, fold lines (hidden
ones faint), every muscle path (psoas red), the model's vertebral-body boxes (cyan) and landmarks (green).
Draws offscreen with QPainter; not part of the program.
"""

from __future__ import annotations

import argparse
import os
import sys

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6 import QtCore, QtGui  # noqa: E402

from psoas_viz.model import load_model  # noqa: E402
from psoas_viz.model.bones import Bones  # noqa: E402

ORDER = ["rib_cage", "tibia", "femur", "pelvis", "sacrum", "T12", "L1", "L2", "L3", "L4", "L5"]
LANDMARKS = ("hip_joint_centre", "asis", "psis", "aiis", "pubic_symphysis", "iliopubic_eminence",
             "ischial_tuberosity", "iliac_crest", "greater_trochanter", "lesser_trochanter", "xiphoid")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--tilt", type=float, nargs="+", default=[0.0, 15.0, -15.0])
    parser.add_argument("--scale", type=float, default=2.0, help="pixels per mm")
    parser.add_argument("--region", choices=("whole", "pelvis-spine"), default="whole")
    args = parser.parse_args(argv)
    app = QtGui.QGuiApplication.instance() or QtGui.QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts)
    model = load_model()
    bones = Bones.load()
    base = model.default_posture()
    panels = []
    for tilt in args.tilt:
        ev = model.evaluate(base.with_values(pelvic_tilt=tilt))
        panels.append((tilt, ev, bones.world(ev.pose, bones.names)))
    names = ORDER if args.region == "whole" else ["pelvis", "sacrum", "L1", "L2", "L3", "L4", "L5", "T12"]
    extent = np.vstack([o[0] for _, _, shapes in panels for b in names for o in shapes[b].outers])
    lo, hi = extent.min(axis=0) - 20, extent.max(axis=0) + 20
    s = args.scale
    w, h = int((hi[0] - lo[0]) * s), int((hi[1] - lo[1]) * s)
    image = QtGui.QImage(w * len(panels), h, QtGui.QImage.Format_ARGB32)
    image.fill(QtGui.QColor("white"))
    p = QtGui.QPainter(image)
    p.setRenderHint(QtGui.QPainter.Antialiasing)

    for k, (tilt, ev, shapes) in enumerate(panels):
        def pt(x, y, k=k):
            return QtCore.QPointF(k * w + (x - lo[0]) * s, (hi[1] - y) * s)

        def poly(a):
            return QtGui.QPolygonF([pt(x, y) for x, y in a])

        p.setClipRect(QtCore.QRectF(k * w, 0, w, h))
        for b in ORDER:
            shape = shapes[b]
            for outer, holes in zip(shape.outers, shape.holes):
                path = QtGui.QPainterPath()
                path.setFillRule(QtCore.Qt.OddEvenFill)
                path.addPolygon(poly(outer[0]))
                path.closeSubpath()
                for hole in holes:
                    path.addPolygon(poly(hole[0]))
                    path.closeSubpath()
                alpha = 120 if b == "rib_cage" else 255
                p.setBrush(QtGui.QColor(236, 226, 200, alpha))
                p.setPen(QtGui.QPen(QtGui.QColor(70, 55, 40), 1.2))
                p.drawPath(path)
            for feature, line in shape.features:
                colour = QtGui.QColor(90, 72, 55) if feature.visible else QtGui.QColor(150, 150, 150, 110)
                p.setPen(QtGui.QPen(colour, 0.8 if feature.visible else 0.6))
                p.drawPolyline(poly(line[0]))
        muscles = model.muscles
        psoas = set(np.nonzero(muscles.fascicle_muscle == muscles.ids.index("psoas_major"))[0].tolist())
        for i in range(len(muscles.fascicle_items)):
            red = i in psoas
            p.setPen(QtGui.QPen(QtGui.QColor(200, 40, 40, 220) if red else QtGui.QColor(40, 90, 200, 90),
                                1.6 if red else 0.8))
            p.drawPolyline(poly(muscles.fascicle_polyline(ev.geometry, i)))
        p.setPen(QtGui.QPen(QtGui.QColor(0, 160, 160, 200), 0.8))
        p.setBrush(QtCore.Qt.NoBrush)
        for corners in model.skeleton.vertebral_bodies(ev.pose).values():
            p.drawPolygon(poly(corners))
        p.setPen(QtGui.QPen(QtGui.QColor(0, 140, 0), 1.5))
        for name in LANDMARKS:
            c = pt(*model.skeleton.landmark_world(ev.pose, name)[0])
            p.drawEllipse(c, 3.5, 3.5)
        p.setClipping(False)
        p.setPen(QtGui.QColor("black"))
        p.drawText(QtCore.QPointF(k * w + 10, 20), f"pelvic tilt {tilt:+.0f}°")
    p.end()
    image.save(args.out)
    print(f"wrote {args.out} ({image.width()}×{image.height()})")


if __name__ == "__main__":
    main()

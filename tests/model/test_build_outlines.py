"""tools/build_outlines.py on small meshes whose answer is known (the real meshes are not in the repository)."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"
sys.path.insert(0, str(TOOLS))
import build_outlines as B  # noqa: E402


def frame_mesh(outer=20.0, inner=10.0):
    """A flat square frame in the sagittal plane (mm): 8 points, 8 triangles, a square hole in the middle."""
    o, i = outer / 2, inner / 2
    pts = np.array([[-o, -o, 0], [o, -o, 0], [o, o, 0], [-o, o, 0], [-i, -i, 0], [i, -i, 0], [i, i, 0], [-i, i, 0]])
    tris = []
    for k in range(4):
        a, b, c, d = k, (k + 1) % 4, 4 + (k + 1) % 4, 4 + k
        tris += [(a, b, c), (a, c, d)]
    return pts.astype(float), np.array(tris)


def test_outline_and_hole_of_a_frame():
    pts, tris = frame_mesh()
    shapes = B.shapes(B.contours(B.Raster(pts, tris)))
    assert len(shapes) == 1
    outer, holes = shapes[0]
    assert len(holes) == 1
    assert B.signed_area(outer) == pytest.approx(400.0, rel=0.01)
    assert B.signed_area(holes[0]) == pytest.approx(-100.0, rel=0.03)


def test_loop_subdivision_keeps_a_closed_surface_closed_and_smaller():
    # a tetrahedron: 4 points, 4 outward triangles
    pts = np.array([[1, 1, 1], [1, -1, -1], [-1, 1, -1], [-1, -1, 1]], dtype=float)
    tris = np.array([[0, 1, 2], [0, 3, 1], [0, 2, 3], [1, 3, 2]])
    p, t = B.loop_subdivide(*B.loop_subdivide(pts, tris))
    assert len(t) == 4 * 4 * 4
    edges = np.sort(np.concatenate([t[:, [0, 1]], t[:, [1, 2]], t[:, [2, 0]]]), axis=1)
    _, count = np.unique(edges, axis=0, return_counts=True)
    assert np.all(count == 2)  # still closed and manifold
    assert np.linalg.norm(p, axis=1).max() < np.sqrt(3)  # corners rounded off towards the centre


def test_douglas_peucker_keeps_corners_and_drops_collinear_points():
    line = np.array([[0, 0], [1, 0.01], [2, 0], [2, 1], [2, 2]], dtype=float)
    assert B.douglas_peucker(line, 0.1).tolist() == [[0, 0], [2, 0], [2, 2]]


def test_bad_mesh_folder_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "pelvis_rv.vtp").write_text("<VTKFile>")
    run = subprocess.run([sys.executable, str(TOOLS / "build_outlines.py"), str(tmp_path), "--out",
                          str(tmp_path / "out.json")], capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.strip().count("\n") == 0 and "pelvis_rv.vtp" in run.stderr
    assert not (tmp_path / "out.json").exists()

"""The bone line art (assets/outlines/bones.json) and its registration to the model's segment frames."""

import json

import numpy as np
import pytest

from psoas_viz.model import load_model
from psoas_viz.model.bones import BONES_FILE, BoneAssetError, Bones


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.fixture(scope="module")
def bones():
    return Bones.load()


def distance_to_ring(point, ring):
    a, b = ring, np.roll(ring, -1, axis=0)
    ab = b - a
    t = np.clip(((point - a) * ab).sum(1) / np.maximum((ab * ab).sum(1), 1e-12), 0, 1)
    return float(np.min(np.hypot(*(a + ab * t[:, None] - point).T)))


def area(ring):
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))


def test_every_bone_sits_on_a_body_of_the_model(bones, model):
    expected = {"pelvis": "pelvis", "sacrum": "sacral_base", "L1": "lumbar1", "L2": "lumbar2", "L3": "lumbar3",
                "L4": "lumbar4", "L5": "lumbar5", "T12": "thorax", "rib_cage": "thorax", "femur": "femur",
                "tibia": "tibia"}
    assert {b: bones.segment(b) for b in bones.names} == expected
    for b in bones.names:
        src = bones.source(b)
        assert src["repository"] == "opensim-org/opensim-models" and len(src["commit"]) == 40
        assert "licence" in src["licence"] and src["files"][0].startswith("Geometry/")


def test_the_pelvis_has_the_obturator_foramen_as_a_hole(bones):
    pelvis = bones.local("pelvis")
    outer = pelvis.outers[0][0]
    holes = [h[0] for h in pelvis.holes[0]]
    assert area(outer) > 0 and len(outer) >= 200
    foramen = max(holes, key=lambda h: abs(area(h)))
    assert area(foramen) < 0  # holes run clockwise
    assert 300 < abs(area(foramen)) < 2500  # mm^2: an adult obturator foramen is ~ 30-50 mm by 20-35 mm
    # below and in front of the acetabulum (the hip centre is the pelvis origin)
    assert foramen[:, 1].mean() < 0


def test_lumbar_vertebrae_have_detailed_outlines(bones):
    for level in ("L1", "L2", "L3", "L4", "L5", "T12"):
        outer = bones.local(level).outers[0][0]
        assert len(outer) >= 60
        depth = outer[:, 0].max() - outer[:, 0].min()
        assert 55 < depth < 95  # mm, body to the tip of the spinous process


def test_hip_centre_is_the_centre_of_the_acetabular_rim(bones):
    rims = [line[0] for f, line in bones.local("pelvis").features if f.name == "acetabular rim"]
    assert rims
    radius = np.hypot(*np.vstack(rims).T)
    assert 20 < np.median(radius) < 32  # about the femoral head radius plus the labrum


def test_pelvic_landmarks_on_bone_lie_on_the_registered_outline(bones, model):
    outer = bones.local("pelvis").outers[0][0]
    names = ("aiis", "ischial_tuberosity", "pubic_symphysis", "iliac_crest")
    d = [distance_to_ring(model.skeleton.landmarks[name].location[:2], outer) for name in names]
    # the registration leaves the Rajagopal bony points a median 5 mm (at most 11 mm) off the 3-D surface
    assert np.median(d) < 3.0 and max(d) < 10.0, dict(zip(names, d))


def test_femoral_landmarks_lie_on_the_femur(bones, model):
    outer = bones.local("femur").outers[0][0]
    for name in ("greater_trochanter", "lesser_trochanter"):
        assert distance_to_ring(model.skeleton.landmarks[name].location[:2], outer) < 8.0, name
    assert {f.name for f, _ in bones.local("femur").features} >= {"greater trochanter", "lesser trochanter"}


def test_rib_cage_carries_the_christophy_torso_attachments(bones, model):
    outer = bones.local("rib_cage").outers[0][0]
    assert distance_to_ring(model.skeleton.landmarks["xiphoid"].location[:2], outer) < 5.0
    assert bones.local("rib_cage").holes[0]  # the gaps between the ribs


def test_vertebral_bodies_line_up_with_the_model_column(bones, model):
    ev = model.evaluate(model.default_posture())
    boxes = model.skeleton.vertebral_bodies(ev.pose)
    for level in ("L1", "L2", "L3", "L4", "L5"):
        outer = bones.world(ev.pose, [level])[level].outers[0][0, :, :]
        anterior_corners = boxes[level][:2]
        assert max(distance_to_ring(c, outer) for c in anterior_corners) < 10.0, level
    sacrum = bones.world(ev.pose, ["sacrum"])["sacrum"].outers[0][0]
    promontory = boxes["S1_endplate"][0]
    assert distance_to_ring(promontory, sacrum) < 6.0


def inside(point, ring):
    """Winding number: the angles the ring sweeps round the point add up to a full turn when it is inside."""
    v = ring - point
    turn = np.angle(np.exp(1j * np.diff(np.arctan2(v[:, 1], v[:, 0]), append=np.arctan2(v[0, 1], v[0, 0]))))
    return abs(turn.sum()) > np.pi


def test_psoas_arises_from_the_drawn_vertebrae_and_passes_in_front_of_the_brim(bones, model):
    level = {"lumbar1": "L1", "lumbar2": "L2", "lumbar3": "L3", "lumbar4": "L4", "lumbar5": "L5"}
    data = json.loads((BONES_FILE.parents[1] / "models" / "sagittal_model.json").read_text())
    fascicles = next(m for m in data["muscles"] if m["id"] == "psoas_major")["fascicles"]
    assert len(fascicles) == 11
    for fascicle in fascicles:
        origin = fascicle["points"][0]
        outer = bones.local(level[origin["body"]]).outers[0][0]
        q = np.array(origin["location"][:2])
        # on the bone, or on the disc below it (disc origins lie between the bodies)
        assert inside(q, outer) or distance_to_ring(q, outer) < 4.0, fascicle["name"]
    # the Rajagopal brim point lies in the muscle just in front of the bone, not in it
    brim = model.skeleton.landmarks["iliopubic_eminence"].location[:2]
    pelvis = bones.local("pelvis").outers[0][0]
    assert not inside(brim, pelvis)
    assert distance_to_ring(brim, pelvis) < 15.0


def test_psoas_runs_over_the_drawn_pelvic_brim(bones, model):
    brims = [line[0] for f, line in bones.local("pelvis").features if f.name == "pelvic brim (arcuate line)"]
    assert len(brims) == 1
    brim = brims[0]
    assert np.sum(np.hypot(*np.diff(brim, axis=0).T)) > 50.0  # sacroiliac joint to iliopubic eminence
    front, back = sorted(brim[[0, -1]], key=lambda p: -p[0])
    assert back[1] - front[1] > 30.0  # it climbs backwards to the sacroiliac joint
    tilts = np.array([-15.0, 0.0, 15.0])
    ev = model.evaluate_many(pelvic_tilt=tilts, thigh_angle=0.0, knee_flexion=0.0, lumbar_lordosis=50.5,
                             pelvic_incidence=50.5, spine_mode="upright")
    placed = bones.world(ev.pose, ["pelvis"])["pelvis"]
    line = next(l for f, l in placed.features if f.name == "pelvic brim (arcuate line)")
    psoas = np.nonzero(model.muscles.fascicle_muscle == model.muscles.ids.index("psoas_major"))[0]
    for i in range(len(tilts)):
        for fascicle in psoas:
            path = model.muscles.fascicle_polyline(ev.geometry, int(fascicle), i)
            samples = np.linspace(path[:-1], path[1:], 25).reshape(-1, 2)
            closest = np.min(np.hypot(*(samples[:, None, :] - line[i][None, :, :]).transpose(2, 0, 1)))
            assert closest < 12.0, (tilts[i], fascicle)  # over the brim, not through or far from it


def test_bones_move_with_their_segments(bones, model):
    tilts = np.array([-15.0, 0.0, 15.0])
    ev = model.evaluate_many(pelvic_tilt=tilts, thigh_angle=0.0, knee_flexion=0.0, lumbar_lordosis=50.5,
                             pelvic_incidence=50.5, spine_mode="upright")
    placed = bones.world(ev.pose, ["pelvis"])["pelvis"]
    outer = placed.outers[0]  # (3, points, 2)
    assert outer.shape[0] == 3
    # the pelvis turns about the hip centre (the world origin) by -tilt: anterior tilt turns it forwards
    for i, tilt in enumerate(tilts):
        a = np.radians(-(tilt - 0.0))
        rot = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
        assert np.allclose(outer[i], outer[1] @ rot.T, atol=1e-6)
    # a muscle point on the pelvis keeps its place on the drawn bone at every tilt
    aiis = model.skeleton.landmark_world(ev.pose, "aiis")
    d = [distance_to_ring(aiis[i], outer[i]) for i in range(3)]
    assert np.allclose(d, d[1], atol=1e-6)


def test_missing_or_corrupt_asset_is_one_clear_error(tmp_path):
    with pytest.raises(BoneAssetError, match="nowhere.json"):
        Bones.load(tmp_path / "nowhere.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(BoneAssetError, match="bad.json"):
        Bones.load(bad)
    data = json.loads(BONES_FILE.read_text())
    data["bones"]["pelvis"]["segment"] = "wing"
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps(data))
    with pytest.raises(BoneAssetError, match="wrong.json.*wing"):
        Bones.load(wrong)

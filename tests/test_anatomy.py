"""The anatomy cards' data: every model muscle and every drawn bone is described and cited (no Qt)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from psoas_viz.anatomy import ANATOMY_FILE, BONE_IDS, MUSCLE_FIELDS, AnatomyError, Structure, load_anatomy
from psoas_viz.model import load_model


@pytest.fixture(scope="module")
def anatomy():
    return load_anatomy()


def test_every_model_muscle_has_a_complete_entry(anatomy):
    for mid in load_model().muscles.ids:
        entry = anatomy[mid]
        assert isinstance(entry, Structure) and entry.kind == "muscle"
        for field in MUSCLE_FIELDS:
            assert getattr(entry, field).strip(), (mid, field)
        assert entry.sources and all(s.strip() for s in entry.sources)


def test_drawn_bones_are_described(anatomy):
    for bid in BONE_IDS:
        bone = anatomy[bid]
        assert bone.kind == "bone" and bone.origin is None and bone.insertion is None
        assert bone.description and bone.landmarks and bone.pelvic_tilt and bone.sources


def test_textbook_facts(anatomy):
    psoas = anatomy["psoas_major"]
    assert "lesser trochanter" in psoas.insertion.lower()
    assert "T12" in psoas.origin and "L1–L3" in psoas.innervation
    assert "anterior" in psoas.pelvic_tilt.lower()
    assert "does not cross the hip" in anatomy["psoas_minor"].pelvic_tilt.lower()
    for mid in ("gluteus_maximus", "hamstrings", "rectus_abdominis", "external_oblique"):
        assert "posterior tilt" in anatomy[mid].pelvic_tilt.lower(), mid
    for mid in ("iliacus", "rectus_femoris", "erector_spinae"):
        assert "anterior tilt" in anatomy[mid].pelvic_tilt.lower(), mid


def test_entries_are_one_short_line_each():
    data = json.loads(ANATOMY_FILE.read_text(encoding="utf-8"))
    for sid, entry in data["structures"].items():
        for key, value in entry.items():
            if isinstance(value, str):
                assert "\n" not in value and len(value) <= 110, (sid, key)


def test_missing_muscle_is_a_clear_error(tmp_path):
    data = json.loads(ANATOMY_FILE.read_text(encoding="utf-8"))
    del data["structures"]["iliacus"]
    data["structures"]["sartorius"]["innervation"] = " "
    path = tmp_path / "anatomy.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(AnatomyError, match="iliacus") as info:
        load_anatomy(path)
    assert "sartorius: empty or missing innervation" in str(info.value)


def test_loader_does_not_import_qt():
    code = "import sys, psoas_viz.anatomy as a; a.load_anatomy(); print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

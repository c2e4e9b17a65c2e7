"""Assemble ``assets/models/sagittal_model.json`` from the published extracts in ``assets/sources/``.

Run ``python tools/build_model.py`` after changing a source extract. The program itself only reads the
assembled file; this script is how every number in it can be traced back to a published model or paper.

Frames
------
All three source models use OpenSim body frames (x anterior, y superior, z right, metres). The pelvis
frames of Rajagopal 2016 and of gait2392 (which Christophy 2012 shares) both have their origin at the
mid-point between the ASISs, so pelvis points are registered by identity and then shifted so that the
Rajagopal right hip joint centre is the origin (DESIGN.md section 2). The Christophy lumbar column is
placed on the S1 endplate of the Rajagopal sacrum mesh (see ``s1_endplate`` below), because its own
sacrum is welded 49 mm below its pelvis and would put L4/L5 far below the iliac crests of the Rajagopal
pelvis. z is kept (distance from the mid-sagittal plane) so that path lengths stay 3-D lengths.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "assets" / "sources"
OUT = ROOT / "assets" / "models" / "sagittal_model.json"

MM = 1000.0


def load(name):
    return json.loads((SOURCES / name).read_text())


RAJ = load("rajagopal.json")
CHR = load("christophy.json")
PUB = load("published.json")
LMK = load("landmarks.json")
FBLS = load("fbls_properties.json")["muscles_right_FBLS"]
SRC_FBLS = ("Raabe & Chaudhari 2016 full-body lumbar spine model (FBLS: Hamner 2010 + Christophy 2012 lumbar torso), "
            "FBLSmodel.osim, rocketheat/multifidus_atrophy @ e27e0514 (secondary copy)")

RAJ_HIP = RAJ["joints"]["hip_r"]["location_in_parent"]  # pelvis frame, m
RAJ_MUSCLES = {m["name"]: m for m in RAJ["muscles"]}
RAJ_WRAPS = {w["name"]: w for w in RAJ["wrap_objects"]}

SRC_RAJ = "Rajagopal et al. 2016 (IEEE TBME 63:2068), Rajagopal2015.osim, opensim-org/opensim-models @ 11a6203a"
SRC_CHR = ("Christophy et al. 2012 (Biomech Model Mechanobiol 11:19), Lumbar_C_210: skeleton from "
           "mjhmilla/kinematicPassengerModel @ 5df844cb, muscle paths from its MyoBack conversion "
           "MyoHub/myo_sim back/assets @ 6a6f4dd4")
SRC_G2392 = "Delp et al. 1990 / OpenSim gait2392_thelen2003muscle.osim (shared/reference, opensim-models @ 20a888b9)"
SRC_SCIREP = ("Sci Rep 2022, doi 10.1038/s41598-022-21840-x, Table 2 (324 asymptomatic adults): segmental "
              "lordosis " + ", ".join(f"{lvl} {v['all'][0]:g}" for lvl, v in
                                     PUB["segmental_lordosis"]["sci_rep_2022_table2"]["levels"].items())
              + f" deg; cohort PI {PUB['segmental_lordosis']['sci_rep_2022_table2']['derived_sum_L1_S1']['all']:g} deg")
SRC_LEHUEC = ("Le Huec & Hasegawa 2016, Eur Spine J (doi 10.1007/s00586-016-4485-5), 268 asymptomatic adults: "
              f"PT = {PUB['spinopelvic']['le_huec_hasegawa_2016_regressions']['PT']}, "
              f"LL = {PUB['spinopelvic']['le_huec_hasegawa_2016_regressions']['LL_L1_S1']}")
SRC_DISC = ("J Orthop Surg Res 2018;13:34 (PMID 29433530), mid-sagittal MRI disc-height reference ranges; "
            "the mid-point of each range is used")
SRC_SACRUM = ("sacrum.vtp of Rajagopal2015 (keenon/nimblephysics data/osim/Rajagopal2015/Geometry @ 04714b3a), "
              "attached to the pelvis with a zero transform")


def pelvis_point(loc_m):
    """A point in the shared ASIS-midpoint pelvis frame (m) -> model pelvis frame (mm, origin at hip)."""
    return [round((loc_m[0] - RAJ_HIP[0]) * MM, 3), round((loc_m[1] - RAJ_HIP[1]) * MM, 3), round(loc_m[2] * MM, 3)]


def femur_point(loc_m):
    """Femur frames have their origin at the hip joint centre; z is made relative to the mid-line."""
    return [round(loc_m[0] * MM, 3), round(loc_m[1] * MM, 3), round((loc_m[2] + RAJ_HIP[2]) * MM, 3)]


# --- knee: Rajagopal walker_knee, reduced to a planar hinge about its joint centre --------------------
KNEE = RAJ["joints"]["walker_knee_r"]
KNEE_CENTRE = [KNEE["location_in_parent"][0] * MM, KNEE["location_in_parent"][1] * MM]
TIBIA_ORIGIN_IN_FEMUR = [  # parent location minus child location: both offset frames share one orientation
    (KNEE["location_in_parent"][i] - KNEE["location"][i]) * MM for i in range(3)]


def tibia_point(loc_m):
    """Tibia points relative to the knee hinge centre (in femur-aligned axes at zero flexion)."""
    return [round(loc_m[0] * MM + TIBIA_ORIGIN_IN_FEMUR[0] - KNEE_CENTRE[0], 3),
            round(loc_m[1] * MM + TIBIA_ORIGIN_IN_FEMUR[1] - KNEE_CENTRE[1], 3),
            round(loc_m[2] * MM + TIBIA_ORIGIN_IN_FEMUR[2] + RAJ_HIP[2] * MM, 3)]


# --- S1 endplate on the sacrum mesh ---------------------------------------------------------------------
# The superior surface of the sacrum mesh: its anterior-superior corner (promontory) is the vertex pair
# (-0.0849/-0.0851, 0.0583, +-0.0145) and its posterior-superior corner the pair (-0.1241/-0.1239, 0.0618,
# +-0.0146) (assets/sources/meshes/sacrum_pts.txt). Their mid-point is the S1 endplate mid-point.
def sacrum_vertex_pair(x_near, y_near):
    vals = [float(v) for v in (SOURCES / "meshes" / "sacrum_pts.txt").read_text().split()]
    pts = [vals[i:i + 3] for i in range(0, len(vals), 3)]
    pair = [p for p in pts if abs(p[0] - x_near) < 0.0006 and abs(p[1] - y_near) < 0.0006 and abs(p[2]) > 0.01]
    assert len(pair) == 2, pair
    return [sum(p[i] for p in pair) / 2 for i in range(2)] + [0.0]


S1_ANTERIOR = pelvis_point(sacrum_vertex_pair(-0.0850, 0.0583))
S1_POSTERIOR = pelvis_point(sacrum_vertex_pair(-0.1240, 0.0618))
S1_MID = [(S1_ANTERIOR[i] + S1_POSTERIOR[i]) / 2 for i in range(3)]
S1_DEPTH = math.dist(S1_ANTERIOR[:2], S1_POSTERIOR[:2])

# --- published spinopelvic norms ------------------------------------------------------------------------
LEVELS = ["L5_S1", "L4_L5", "L3_L4", "L2_L3", "L1_L2"]
_SCIREP = PUB["segmental_lordosis"]["sci_rep_2022_table2"]
SEGMENTAL_LORDOSIS = {lvl: _SCIREP["levels"][lvl.replace("_", "-")]["all"][0] for lvl in LEVELS}  # [mean, SD, ratio]
COHORT_PI = _SCIREP["derived_sum_L1_S1"]["all"]  # the cohort's mean PI (header of the table's total column)
_DISC = PUB["geometry"]["disc_height_reference_ranges_MRI"]
DISC_HEIGHT = {lvl: sum(_DISC[lvl.replace("_", "-")]) / 2 for lvl in LEVELS}  # SRC_DISC, mid-points of the ranges (mm)


def linear_fit(formula: str, variable: str = "PI") -> tuple[float, float]:
    """Slope and intercept of a published linear regression written as 'a*PI + b' in published.json."""
    match = re.fullmatch(rf"\s*([-\d.]+)\s*\*\s*{variable}\s*([+-])\s*([\d.]+)\s*", formula)
    if match is None:
        raise ValueError(f"not a linear formula in {variable}: {formula!r}")
    return float(match.group(1)), float(match.group(3)) * (1.0 if match.group(2) == "+" else -1.0)


_LEHUEC = PUB["spinopelvic"]["le_huec_hasegawa_2016_regressions"]
PT_ON_PI = linear_fit(_LEHUEC["PT"])
LL_ON_PI = linear_fit(_LEHUEC["LL_L1_S1"])
_PANDY = PUB["passive_moments"]["anderson_pandy_1999_limit_torques"]["lumbar_extension"]
PASSIVE_LUMBAR = {
    "k": _PANDY["k"], "theta_rad": _PANDY["th"],
    "form": "T = k0 exp(k1 (q - theta1)) + k2 exp(k3 (q - theta0)), q = lumbar extension from neutral (rad), "
            "T in N m, + extension",
    "side_share": 0.5,
    "source": "Anderson & Pandy 1999 (Comput Methods Biomech Biomed Eng 2:201) lumbar extension passive torque "
              "over the whole range, as used in PredSim/3dpredictsim (secondary: assets/sources/published.md "
              "section 5); near zero in mid-range, as Beach et al. 2005 measured (low-zone passive flexion "
              "stiffness 0.0 +- 0.1 N m per % of range); the spine is shared by both sides, half per side"}


def riener_coefficients(formula: str) -> list[float]:
    """c0..c6 of 'exp(c0 + c1*knee + c2*hip) - exp(c3 + c4*knee + c5*hip) + c6' as written in published.json."""
    number = r"\s*([+-]?\s*[\d.]+)"
    match = re.search(rf"exp\({number}{number}\*knee{number}\*hip\)\s*-\s*exp\({number}{number}\*knee"
                      rf"{number}\*hip\)\s*\+{number}", formula)
    return [float(v.replace(" ", "")) for v in match.groups()]


RIENER_HIP = riener_coefficients(PUB["passive_moments"]["riener_edrich_1999_hip"]["formula"])


# Fascial pulls on the psoas. Where they attach comes from anatomy; how hard they pull is the user's setting
# (no published force exists), within a teaching range.
PSOAS_FASCICLES = ["T12-L1 bodies", "L1 transverse process", "L1/L2 disc", "L2 transverse process", "L2/L3 disc",
                   "L3 transverse process", "L3/L4 disc", "L4 transverse process", "L4/L5 disc",
                   "L5 transverse process", "L5 body"]
FASCIAL_LINKS = {
    "diaphragm_crura": {
        "name": "Diaphragm crura (medial arcuate ligament)",
        "anchor": "xiphoid",
        "fascicles": PSOAS_FASCICLES[:5],  # those arising from L1-L3
        "position": 0.1, "max_force_n": 100.0, "direction": "along_muscle",
        "source": "the crura arise from the L1-L3 bodies beside the psoas origins and rise to the central tendon; "
                  "the medial arcuate ligament arches over the upper psoas (REFERENCE.md; Gray's Anatomy 41st ed.): "
                  "their pull on the psoas sheath runs along the muscle, towards its origins; the reaction acts "
                  "on the thorax, taken at the xiphoid landmark",
    },
    "abdominal_fascia": {
        "name": "Abdominal (transversalis) fascia",
        "anchor": "asis",
        "fascicles": PSOAS_FASCICLES,
        "position": 0.5, "max_force_n": 100.0,
        "source": "the psoas fascia is continuous with the transversalis fascia of the abdominal wall (Gray's "
                  "Anatomy 41st ed.); pull directed forwards to the abdominal wall, taken at the ASIS landmark",
    },
    "quad_hip_flexor_fascia": {
        "name": "Iliac fascia / quadriceps hip-flexor fascia",
        "anchor": "aiis",
        "fascicles": PSOAS_FASCICLES,
        "position": 0.9, "max_force_n": 100.0,
        "source": "the iliac fascia over the iliopsoas blends at the inguinal ligament with the fascia of the "
                  "thigh's hip flexors (Gray's Anatomy 41st ed.); pull towards the AIIS (rectus femoris origin)",
    },
    "high_adductors": {
        "name": "High adductors (pull on the pubis)",
        "anchor": "pubic_symphysis", "target": "linea_aspera",
        "max_force_n": 300.0,
        "source": "adductor longus line of pull, pubic body to linea aspera (Rajagopal2015 addlong_r)",
        "note": "pulls the pelvis, not the psoas",
    },
}


def neutral_pelvic_tilt_spinopelvic(pi):
    return PT_ON_PI[0] * pi + PT_ON_PI[1]  # SRC_LEHUEC


# --- lumbar column (Christophy) -------------------------------------------------------------------------
CHR_BODIES = CHR["bodies"]
VERTEBRAE = ["lumbar5", "lumbar4", "lumbar3", "lumbar2", "lumbar1"]
VERTEBRA_LEVEL = dict(zip(VERTEBRAE, LEVELS))  # the disc below each vertebra


def christophy_offset(body):
    loc = CHR_BODIES[body]["joint"]["location_in_parent"]
    return [loc[0] * MM, loc[1] * MM]


def christophy_point(loc_m):
    return [round(loc_m[0] * MM, 3), round(loc_m[1] * MM, 3), round(abs(loc_m[2]) * MM, 3)]


def christophy_muscle(group, name):
    return CHR["muscles_right"][group][name]["path_in_order"]


def build():
    sources = {
        "rajagopal2016": SRC_RAJ, "christophy2012": SRC_CHR, "gait2392": SRC_G2392,
        "segmental_lordosis": SRC_SCIREP, "pt_pi_regression": SRC_LEHUEC, "disc_height": SRC_DISC,
        "sacrum_mesh": SRC_SACRUM, "fbls": SRC_FBLS,
        "markers": "Rajagopal2015 marker set (RASI, RPSI), assets/sources/landmarks.json",
    }

    # Spinopelvic construction ------------------------------------------------------------------------
    # Hip axis -> S1 mid-point, in the pelvis frame.
    pt_frame = math.degrees(math.atan2(-S1_MID[0], S1_MID[1]))  # spinopelvic PT with the pelvis frame upright
    pt_target = neutral_pelvic_tilt_spinopelvic(COHORT_PI)
    neutral_rotation = pt_frame - pt_target  # rotate the pelvis by -(this) (anteriorly) to reach the norm
    neutral_rotation_deg = -neutral_rotation  # world angle of the pelvis frame in neutral standing (ccw +)
    ss0 = COHORT_PI - pt_target
    ll0 = sum(SEGMENTAL_LORDOSIS.values())
    shares = {lvl: SEGMENTAL_LORDOSIS[lvl] / ll0 for lvl in LEVELS}

    # Column in the pelvis frame (Christophy frames are parallel to the pelvis frame).
    l5s1_half_disc = DISC_HEIGHT["L5_S1"] / 2
    # The endplate world angles at neutral: S1 = -SS0; each vertebra's inferior endplate adds its level.
    world_endplate = {}
    angle = -ss0
    for vert in VERTEBRAE:
        angle += SEGMENTAL_LORDOSIS[VERTEBRA_LEVEL[vert]]
        world_endplate[vert] = angle
    # In the pelvis frame the S1 endplate angle is its world angle minus the pelvis rotation.
    s1_angle_local = -ss0 - neutral_rotation_deg
    normal = (-math.sin(math.radians(s1_angle_local)), math.cos(math.radians(s1_angle_local)))
    l5s1_disc_centre = [S1_MID[0] + normal[0] * l5s1_half_disc, S1_MID[1] + normal[1] * l5s1_half_disc]

    # The Christophy column stands with its thorax upright when its pelvis frame is upright; in neutral
    # standing here the pelvis frame is rotated by neutral_rotation_deg, so the upright rule of the model
    # (thorax keeps its orientation) gives the column a neutral extension of -neutral_rotation_deg,
    # shared among the levels in the published proportion.
    neutral_extension = -neutral_rotation_deg
    frame_world = {}
    acc = neutral_rotation_deg
    for vert in VERTEBRAE:
        acc += shares[VERTEBRA_LEVEL[vert]] * neutral_extension
        frame_world[vert] = acc

    bodies = {
        "pelvis": {"parent": None, "origin": [0.0, 0.0],
                   "source": "rotates about the hip joint centre (Rajagopal2015 hip_r)"},
        "sacral_base": {"parent": "pelvis", "origin": S1_MID[:2],
                        "endplate_angle_deg": s1_angle_local, "endplate_depth_mm": round(S1_DEPTH, 2),
                        "source": "S1 endplate mid-point on the sacrum mesh; its orientation is set by pelvic_incidence"},
    }
    parent = "sacral_base"
    prev_world = neutral_rotation_deg
    for i, vert in enumerate(VERTEBRAE):
        if i == 0:
            # L5/S1 disc centre, in the sacral_base frame (axes parallel to the pelvis frame at default PI).
            origin = [l5s1_disc_centre[0] - S1_MID[0], l5s1_disc_centre[1] - S1_MID[1]]
            src = "L5/S1 disc centre: S1 endplate mid-point plus half the L5/S1 disc height along its normal"
        else:
            origin = christophy_offset(vert)  # rigid in the parent vertebra's frame
            src = f"Christophy 2012 {CHR_BODIES[vert]['joint']['name']} location_in_parent"
        level = VERTEBRA_LEVEL[vert]
        bodies[vert] = {
            "parent": parent, "origin": [round(v, 3) for v in origin],
            "level_below": level, "lordosis_share": shares[level],
            "neutral_angle_deg": frame_world[vert] - prev_world,
            "inferior_endplate_angle_deg": world_endplate[vert] - frame_world[vert],
            "disc_height_below_mm": round(DISC_HEIGHT[level], 3),
            "source": src,
        }
        parent = vert
        prev_world = frame_world[vert]
    torso_off = christophy_offset("torso")
    bodies["thorax"] = {"parent": "lumbar1", "origin": [round(v, 3) for v in torso_off],
                        "source": "Christophy 2012 torsojnt (welded to L1: the model has no T12/L1 motion); its "
                                  "mass is the head-arms-trunk of mechanics.trunk"}
    # L1 superior endplate for the lordosis angle: with no T12 data the L1 body is taken as un-wedged, so its
    # superior endplate is parallel to its inferior one.
    bodies["lumbar1"]["superior_endplate_angle_deg"] = bodies["lumbar1"]["inferior_endplate_angle_deg"]
    bodies["femur"] = {"parent": None, "origin": [0.0, 0.0],
                       "source": "Rajagopal2015 femur_r frame (origin at the femoral head centre)"}
    bodies["tibia"] = {"parent": "femur", "origin": [round(v, 3) for v in KNEE_CENTRE],
                       "source": "Rajagopal2015 walker_knee_r joint centre, reduced to a sagittal hinge"}

    def chr_pt(pp, label):
        body = pp["body"]
        if body == "pelvis":
            return {"body": "pelvis", "location": pelvis_point(pp["location"][:2] + [abs(pp["location"][2])]), "source": label}
        if body == "sacrum":  # Christophy sacrum frame = its pelvis frame shifted down by 0.049 m
            loc = [pp["location"][0], pp["location"][1] - 0.049, abs(pp["location"][2])]
            return {"body": "pelvis", "location": pelvis_point(loc), "source": label}
        # vertebra and torso points are rigid in their own frames; the thorax frame is the Christophy torso
        # frame (welded to L1)
        target = "thorax" if body == "torso" else body
        return {"body": target, "location": christophy_point(pp["location"]), "source": label}

    def raj_pt(muscle, index):
        pp = RAJ_MUSCLES[muscle]["path_points"][index]
        conv = {"pelvis": pelvis_point, "femur_r": femur_point, "tibia_r": tibia_point}[pp["body"]]
        body = {"pelvis": "pelvis", "femur_r": "femur", "tibia_r": "tibia"}[pp["body"]]
        return {"body": body, "location": conv(pp["location"]), "source": f"Rajagopal2015 {pp['name']}"}

    def fbls_props(name):
        m = FBLS[name.replace(".", "_")]
        return {"max_isometric_force_n": round(float(m["max_isometric_force_N"]), 3),
                "optimal_fibre_length_mm": round(float(m["optimal_fiber_length_m"]) * MM, 3),
                "tendon_slack_length_mm": round(float(m["tendon_slack_length_m"]) * MM, 3),
                "pennation_deg": round(math.degrees(float(m["pennation_angle_at_optimal_rad"])), 3),
                # FBLS fibre and tendon lengths belong to its own (lower) lumbar column and paths: they are
                # scaled to this model's neutral path length, as OpenSim scaling does.
                "scale_lengths_to_neutral_path": True,
                "properties_source": f"FBLS {name.replace('.', '_')} (fibre and tendon lengths scaled to this "
                                     "model's neutral path)"}

    def raj_props(muscle, share=1.0):
        """Rajagopal 2016 force, optimal fibre length and pennation; the tendon takes the rest of the path
        (the model derives its slack length so that the fibres are at optimal length in neutral standing)."""
        m = RAJ_MUSCLES[muscle]
        return {"max_isometric_force_n": round(m["max_isometric_force"] * share, 3),
                "optimal_fibre_length_mm": round(m["optimal_fiber_length"] * MM, 2),
                "pennation_deg": round(math.degrees(m["pennation_angle_at_optimal"]), 2),
                "properties_source": f"Rajagopal2015 {muscle}"}

    psoas_fbls_total = sum(float(FBLS[k]["max_isometric_force_N"]) for k in FBLS if k.startswith("Ps_"))

    def psoas_props(key):
        """Rajagopal's psoas (one force source with the other hip muscles), shared among the 11 fascicles in
        the FBLS proportions."""
        share = float(FBLS[key]["max_isometric_force_N"]) / psoas_fbls_total
        props = raj_props("psoas_r", share)
        props["properties_source"] = (f"Rajagopal2015 psoas_r ({RAJ_MUSCLES['psoas_r']['max_isometric_force']:.0f} N "
                                      "in all), shared among the fascicles in the FBLS (Raabe & Chaudhari 2016) "
                                      "proportions")
        return props

    wraps = {}

    def raj_wrap(name, sense, note):
        w = RAJ_WRAPS[name]
        conv = {"pelvis": pelvis_point, "femur_r": femur_point, "tibia_r": tibia_point}[w["body"]]
        body = {"pelvis": "pelvis", "femur_r": "femur", "tibia_r": "tibia"}[w["body"]]
        c = conv(w["translation"])
        wraps[name] = {"body": body, "centre": c[:2], "radius_mm": w["radius"] * MM, "sense": sense,
                       "source": f"Rajagopal2015 WrapCylinder {name} (radius, translation; its axis, "
                                 f"rotated {w['xyz_body_rotation']} rad, is taken as mediolateral)",
                       "note": note}
        return {"wrap": name}

    def raj_fascicle(muscle, label, wrap=None, wrap_after=None, skip=()):
        pts = []
        n = len(RAJ_MUSCLES[muscle]["path_points"])
        for i in range(n):
            if i in skip:
                continue
            pts.append(raj_pt(muscle, i))
            if wrap is not None and i == wrap_after:
                pts.append(wrap)
        return {"name": label, "points": pts, **raj_props(muscle), "source": f"path Rajagopal2015 {muscle}"}

    muscles = []

    def add(mid, name, group, fascicles, note=""):
        muscles.append({"id": mid, "name": name, "group": group, "fascicles": fascicles, "note": note})

    # Psoas major: Christophy origins, over the brim at the Rajagopal psoas path, to the lesser trochanter.
    brim = raj_wrap("PS_at_brim_r", "cw", "psoas passes antero-inferior to the cylinder (quadrant -y)")
    psoas_names = {
        "Ps_L1_VB_r": "T12-L1 bodies", "Ps_L1_TP_r": "L1 transverse process", "Ps_L1_L2_IVD_r": "L1/L2 disc",
        "Ps_L2_TP_r": "L2 transverse process", "Ps_L2_L3_IVD_r": "L2/L3 disc", "Ps_L3_TP_r": "L3 transverse process",
        "Ps_L3_L4_IVD_r": "L3/L4 disc", "Ps_L4_TP_r": "L4 transverse process", "Ps_L4_L5_IVD_r": "L4/L5 disc",
        "Ps_L5_TP_r": "L5 transverse process", "Ps_L5_VB_r": "L5 body"}
    fascicles = []
    for key, label in psoas_names.items():
        origin = christophy_muscle("psoas", key)[0]
        fascicles.append({
            "name": label,
            "points": [chr_pt(origin, f"Christophy 2012 {key}-P1"), raj_pt("psoas_r", 1), brim,
                       raj_pt("psoas_r", 2), raj_pt("psoas_r", 3)],
            **psoas_props(key),
            "source": "origin Christophy 2012; brim and insertion Rajagopal2015 psoas_r"})
    add("psoas_major", "Psoas major", "hip flexors", fascicles,
        "Each fascicle runs from its lumbar origin to the pelvic brim where the Rajagopal psoas path crosses it, "
        "over the brim cylinder, to the lesser trochanter.")
    origin = christophy_muscle("psoas", "Ps_L1_VB_r")[0]
    add("psoas_minor", "Psoas minor", "hip flexors", [{
        "name": "T12-L1 to iliopubic eminence",
        "points": [chr_pt(origin, "Christophy 2012 Ps_L1_VB_r-P1 (T12-L1 bodies)"),
                   {**raj_pt("psoas_r", 1), "source": "Rajagopal2015 psoas_r-P2, where the iliopsoas crosses the pelvic brim at the iliopubic eminence"}],
        "source": "attachments as described in REFERENCE.md (T12-L1 to the iliopubic eminence); no published model gives its properties"}],
        "Does not cross the hip.")
    il_wrap = raj_wrap("IL_at_brim_r", "cw", "iliacus passes antero-inferior to the cylinder (quadrant -y)")
    add("iliacus", "Iliacus", "hip flexors", [raj_fascicle("iliacus_r", "iliac fossa", il_wrap, 1)])
    kn = raj_wrap("KnExt_at_fem_r", "cw", "the quadriceps tendon passes anterior to the femoral condyles")
    rf = {"name": "AIIS to tibial tuberosity",
          "points": [raj_pt("recfem_r", 0), kn, raj_pt("recfem_r", 4)], **raj_props("recfem_r"),
          "source": "path Rajagopal2015 recfem_r"}
    add("rectus_femoris", "Rectus femoris", "hip flexors", [rf],
        "The patella points of Rajagopal2015 (a patella body driven by the knee angle) are replaced by the "
        "quadriceps wrap cylinder straight to the tibial tuberosity.")
    add("sartorius", "Sartorius", "hip flexors", [raj_fascicle("sart_r", "ASIS to pes anserinus")])
    add("tensor_fasciae_latae", "Tensor fasciae latae", "hip flexors", [raj_fascicle("tfl_r", "iliac crest to Gerdy's tubercle")])
    add("adductor_longus", "Adductor longus", "adductors", [raj_fascicle("addlong_r", "pubic body to linea aspera")],
        "Its femoral-shaft wrap cylinder runs along the shaft (transverse-plane wrap) and is left out.")
    add("adductor_magnus", "Adductor magnus", "adductors",
        [raj_fascicle(m, label) for m, label in [("addmagProx_r", "proximal"), ("addmagMid_r", "middle"),
                                                 ("addmagDist_r", "distal"), ("addmagIsch_r", "ischiocondylar")]],
        "Femoral-shaft wrap cylinders (transverse plane) are left out.")
    add("gluteus_maximus", "Gluteus maximus", "hip extensors",
        [raj_fascicle(m, label) for m, label in [("glmax1_r", "superior"), ("glmax2_r", "middle"), ("glmax3_r", "inferior")]],
        "The Rajagopal wrap cylinders of gluteus maximus are strongly oblique to the sagittal plane; the model "
        "keeps their pelvic via points and leaves the cylinders out.")
    sm = raj_wrap("SM_at_condyles_r", "ccw", "hamstrings pass posterior to the knee")
    st = raj_wrap("ST_at_condyles_r", "ccw", "hamstrings pass posterior to the knee")
    add("hamstrings", "Hamstrings", "hip extensors", [
        raj_fascicle("semimem_r", "semimembranosus", sm, 0),
        raj_fascicle("semiten_r", "semitendinosus", st, 0),
        raj_fascicle("bflh_r", "biceps femoris long head")])

    # Trunk muscles (Christophy 2012). Properties are not available for them yet.
    def chr_fascicles(group, names, label=lambda n: n):
        out = []
        for n in names:
            path = christophy_muscle(group, n)
            pts = [chr_pt(p, f"Christophy 2012 {n} point {i + 1}") for i, p in enumerate(path) if "body" in p]
            out.append({"name": label(n), "points": pts, **fbls_props(n),
                        "source": f"path Christophy 2012 {n}; properties FBLS {n.replace('.', '_')}"})
        return out

    add("rectus_abdominis", "Rectus abdominis", "abdominals",
        chr_fascicles("rectus_abdominis", ["rect_abd_r"], lambda n: "pubic crest to xiphoid and 5th-7th costal cartilages"),
        "The source gives this right-side muscle negative z; its distance from the mid-line is used.")
    add("external_oblique", "External oblique", "abdominals",
        chr_fascicles("obliques_EO_IO", ["EO5_r", "EO6_r"]),
        "Only the fascicles that reach the iliac crest; the others end on the abdominal aponeurosis.")
    es_names = ["LTpL_L1_r", "LTpL_L2_r", "LTpL_L3_r", "LTpL_L4_r", "LTpL_L5_r",
                "IL_L1_r", "IL_L2_r", "IL_L3_r", "IL_L4_r"]
    add("erector_spinae", "Erector spinae (lumbar)", "back",
        chr_fascicles("longissimus_thoracis_pars_lumborum", es_names[:5]) +
        chr_fascicles("iliocostalis_lumborum", es_names[5:]),
        "Longissimus thoracis pars lumborum and iliocostalis lumborum pars lumborum; the MyoBack wrap "
        "cylinders (moment-arm-optimised, not in the original publication) are left out.")
    ql_names = [n for n in CHR["muscles_right"]["quadratus_lumborum"] if n.startswith("QL_")]
    add("quadratus_lumborum", "Quadratus lumborum", "back", chr_fascicles("quadratus_lumborum", ql_names))

    # Landmarks ------------------------------------------------------------------------------------------
    markers = {m["name"]: m for m in LMK["rajagopal2015_frame"]["markers"]}

    def lm(body, loc, source):
        return {"body": body, "location": [round(v, 3) for v in loc[:3]], "source": source}

    landmarks = {
        "hip_joint_centre": lm("pelvis", [0, 0, RAJ_HIP[2] * MM], "Rajagopal2015 hip_r"),
        "asis": lm("pelvis", pelvis_point(markers["RASI"]["location_m"]), "Rajagopal2015 marker RASI"),
        "psis": lm("pelvis", pelvis_point(markers["RPSI"]["location_m"]), "Rajagopal2015 marker RPSI"),
        "aiis": dict(raj_pt("recfem_r", 0), source="Rajagopal2015 recfem_r-P1 (straight head at the AIIS)"),
        "iliopubic_eminence": dict(raj_pt("psoas_r", 1), source="Rajagopal2015 psoas_r-P2 (iliopsoas at the pelvic brim)"),
        "pubic_crest": chr_pt(christophy_muscle("rectus_abdominis", "rect_abd_r")[0], "Christophy 2012 rect_abd_r origin"),
        "pubic_symphysis": dict(raj_pt("addlong_r", 0), source="Rajagopal2015 addlong_r-P1 (anterior pubic body beside the symphysis)"),
        "ischial_tuberosity": dict(raj_pt("bflh_r", 0), source="Rajagopal2015 bflh_r-P1 (common hamstring origin)"),
        "iliac_crest": chr_pt(christophy_muscle("quadratus_lumborum", "QL_post_I.2-L3_r")[0], "Christophy 2012 QL origin on the iliac crest"),
        "s1_endplate_anterior": lm("sacral_base", [S1_ANTERIOR[0] - S1_MID[0], S1_ANTERIOR[1] - S1_MID[1], 0], "sacrum mesh promontory vertex pair"),
        "s1_endplate_posterior": lm("sacral_base", [S1_POSTERIOR[0] - S1_MID[0], S1_POSTERIOR[1] - S1_MID[1], 0], "sacrum mesh posterior-superior vertex pair"),
        "lesser_trochanter": dict(raj_pt("psoas_r", 3), source="Rajagopal2015 psoas_r-P4 (iliopsoas insertion)"),
        "linea_aspera": dict(raj_pt("addlong_r", 1), source="Rajagopal2015 addlong_r-P2"),
        "knee_joint_centre": lm("tibia", [0, 0, 0], "Rajagopal2015 walker_knee_r"),
        "tibial_tuberosity": dict(raj_pt("recfem_r", 4), source="Rajagopal2015 recfem_r-P5 (patellar ligament insertion)"),
        "xiphoid": chr_pt(christophy_muscle("rectus_abdominis", "rect_abd_r")[1], "Christophy 2012 rect_abd_r insertion"),
        "rib_12": chr_pt(christophy_muscle("quadratus_lumborum", "QL_mid_L3-12.1_r")[0],
                         "Christophy 2012 QL_mid_L3-12.1_r point 1 (quadratus lumborum on the 12th rib)"),
    }
    gt = [-0.0258, -0.0058, 0.0527]  # gait2392 glut_med2_r-P2; its femur frame, like Rajagopal's, has its origin at the hip centre
    landmarks["greater_trochanter"] = lm("femur", femur_point(gt), "gait2392 glut_med2_r-P2 (gluteus medius on the greater trochanter)")

    # Mechanics ------------------------------------------------------------------------------------------
    g = PUB["segment_inertia"]["gait2392"]
    woodhull = PUB["balance"]["woodhull_1985"]
    behind_cm, behind_sd_cm = woodhull["com_above_hip_behind_trochanter_cm"]
    height = (g["back_joint_in_pelvis_frame_m"][1] + g["torso_com_in_torso_frame_m"][1]
              - g["hip_r_joint_in_pelvis_frame_m"][1]) * MM
    reflex = PUB["balance"]["moorhouse_granata_2007"]["reflex_share_of_stabilising_trunk_stiffness"]
    mechanics = {
        "curves": {"active_width": 0.45, "passive_shape": 5.0, "passive_strain": 0.6,
                   "source": "Thelen 2003 (J Biomech Eng 125:70) default curves as in OpenSim Thelen2003Muscle"},
        "trunk": {
            "mass_kg": g["torso_mass_kg"],
            "side_share": 0.5,
            "mass_centre_neutral_mm": [round(-behind_cm * 10.0, 3), round(height, 3)],
            "mass_centre_sd_mm": round(behind_sd_cm * 10.0, 3),
            "source": f"mass: gait2392 torso (head, arms and trunk) {g['torso_mass_kg']} kg, half of it on each "
                      "hip (the model has one side's muscles and one hip); horizontal place in neutral standing: "
                      f"Woodhull et al. 1985, centre of gravity above the hip {behind_cm:g} +- {behind_sd_cm:g} cm "
                      "behind the trochanter, the hip landmark of their photographs, taken here at the hip joint "
                      "centre; height above the hip: gait2392 back joint plus torso centre of mass "
                      f"({height:.0f} mm)",
        },
        "postural_control": {
            "reflex_share": reflex,
            "reference_tilt_deg": 0.0,
            "form": "M = -K (tilt - reference), K = m g h / (1 - reflex_share), m g h the load stiffness of the "
                    "trunk's weight over the hip (one side's share)",
            "source": "Moorhouse & Granata 2007 (J Biomech 40:1058): intrinsic muscle stiffness alone did not "
                      "stabilise the trunk against its load, and reflexes supplied "
                      f"{reflex * 100:.0f} % of the total stabilising stiffness. The model's tone-plus-reflex "
                      "control therefore holds the habitual standing posture (tilt 0: the Le Huec & Hasegawa "
                      "neutral) with an intrinsic part equal to the load stiffness plus the reflex part",
        },
        "passive_hip": {
            "coefficients": RIENER_HIP,
            "form": "M = exp(c0 + c1 knee + c2 hip) - exp(c3 + c4 knee + c5 hip) + c6, degrees, N m, + flexion",
            "source": "Riener & Edrich 1999 (J Biomech 32:539), passive hip moment over the whole range, one hip, "
                      "as used by Miller et al. 2012 (secondary: assets/sources/published.md section 5)",
        },
        "passive_lumbar": PASSIVE_LUMBAR,
        "tightness": {
            "max_mm": 20.0,
            "source": "teaching range, not a published value: 'tight' shortens the resting length of the "
                      "muscle's fibres by up to 20 mm (the same millimetres in every muscle)",
        },
        "standing_ranges": {
            "voluntary_tilt_deg": [-PUB["balance"]["levine_whittle_1996"]["maximal_posterior_tilt_from_standing_deg"],
                                   PUB["balance"]["levine_whittle_1996"]["maximal_anterior_tilt_from_standing_deg"]],
            "spinopelvic_tilt_deg": PUB["spinopelvic"]["mac_thiong_2011"]["mean_pm_2SD_range"]["PT"],
            "sacral_slope_deg": PUB["spinopelvic"]["mac_thiong_2011"]["mean_pm_2SD_range"]["SS"],
            "source": "voluntary maximal pelvic tilt from normal standing: Levine & Whittle 1996 (J Orthop Sports "
                      "Phys Ther 24:130); spinopelvic tilt and sacral slope, mean +- 2 SD of 709 asymptomatic "
                      "adults: Mac-Thiong et al. 2011 (Eur Spine J 20 Suppl 5:572)",
        },
        "other_force_sources": {
            "gait2392": {
                **{mid: PUB["muscles"]["gait2392_muscles"][key]["Fmax_N"] for mid, key in [
                    ("psoas_major", "psoas"), ("iliacus", "iliacus"), ("rectus_femoris", "rect_fem"),
                    ("sartorius", "sartorius"), ("tensor_fasciae_latae", "tensor_fasciae_latae"),
                    ("adductor_longus", "adductor_longus")]},
                "source": SRC_G2392 + ": max_isometric_force of psoas_r, iliacus_r, rect_fem_r, sar_r, tfl_r, "
                          "add_long_r (assets/sources/published.json muscles.gait2392_muscles)",
            },
        },
        "fascial_links": FASCIAL_LINKS,
        "psoas_bed": {
            "max_deflection_mm": 5.0,
            "source": "teaching bound, not a published value: the psoas lies on the vertebral bodies and transverse "
                      "processes, its fascia attached to both (Gray's Anatomy 41st ed.), so its sheath can move "
                      "only a few millimetres before the bed carries a sideways pull",
        },
    }

    model = {
        "format": "psoas-viz/model", "version": 1,
        "generated_by": "tools/build_model.py from assets/sources/ (do not edit by hand)",
        "conventions": "sagittal plane, right side; x anterior, y superior, z lateral (mm from the mid-sagittal plane); "
                       "origin at the right hip joint centre; body-local coordinates in mm; angles in degrees",
        "sources": sources,
        "spinopelvic": {
            "default_pelvic_incidence_deg": COHORT_PI,
            "neutral_lumbar_lordosis_deg": round(ll0, 3),
            "neutral_spinopelvic_tilt_deg": round(pt_target, 3),
            "pelvis_neutral_rotation_deg": neutral_rotation_deg,
            "neutral_thorax_angle_deg": 0.0,
            "neutral_pt_per_pi": PT_ON_PI[0],
            "hip_flexion_range_deg": [round(math.degrees(v), 3) for v in RAJ["joints"]["hip_r"]["hip_flexion_r_range"]],
            "hip_flexion_range_source": "Rajagopal2015 hip_flexion_r range: the muscle paths were built and checked "
                                        "only within it",
            "source": "PI and per-level lordosis: segmental_lordosis; neutral PT: pt_pi_regression, also for "
                      "other pelves: neutral PT changes by neutral_pt_per_pi per degree of PI, and the lumbar "
                      "lordosis by the rest of the sacral slope change, so the thorax stays upright",
        },
        "bodies": bodies,
        "wraps": wraps,
        "landmarks": landmarks,
        "muscles": muscles,
        "mechanics": mechanics,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(model, indent=1) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}: PT with the pelvis frame upright {pt_frame:.2f} deg, neutral rotation "
          f"{neutral_rotation_deg:.2f} deg, S1 depth {S1_DEPTH:.1f} mm")


if __name__ == "__main__":
    build()

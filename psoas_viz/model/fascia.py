"""Fascial pulls on the psoas: the "it looks tight because it is pulled on" case.

A link pulls the psoas sheath at a point of its free span (origin to pelvic brim) with a force the user sets
(no published value exists for these pulls), in the direction its anatomy gives: the diaphragm crura and the
medial arcuate ligament arise beside the psoas origins and pull along the muscle, towards its origin; the
transversalis fascia pulls towards the abdominal wall; the iliac fascia towards the inguinal ligament.

Each pull is split along and across the fascicle's free span.
- Along: a point load on a string fixed at both ends is shared by the two parts in proportion to the other
  part's stiffness; a pull towards the origin at a fraction xi of the span adds xi times the pull to the part
  below the contact (the part that acts on the femur) and relieves the part above.
- Across: the pulled fascicles, held together by their sheath, are one taut string. Transverse point loads
  deflect it into a broken line whose shape is the string's Green's function, delta(x) = sum_i F_i G(x, x_i) / T,
  whose extra length is dL = C / T**2 with C = 1/2 * integral (sum_i F_i dG/dx)**2 dx. The tension T is the
  psoas's own force at its lengthened path (activation plus the passive force of its fibres, Thelen 2003),
  T = F_psoas(L0 + C / T**2), found by bisection. The psoas lies in its bed on the vertebral bodies and
  transverse processes, its sheath fixed to both: the deflection is bounded (``max_deflection_mm``) and the
  bed carries the rest of a transverse pull.

The high adductor link pulls the pubis towards the femoral shaft instead: it acts on the pelvis only.
Effects on pelvic tilt: the extra psoas tension at the hip acts through the psoas's tilt moment arm, and each
link pulls its anchor (virtual work of the anchor point's motion per degree of tilt).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np



@dataclass(frozen=True)
class FascialLink:
    id: str
    name: str
    anchor: str  # landmark the link pulls towards (the psoas) or from (high adductors)
    target: str | None  # for a pelvic link: the landmark it pulls the anchor towards
    fascicles: tuple[int, ...]  # psoas fascicles whose sheath it pulls (empty for a pelvic link)
    position: float  # fraction along the psoas free span (origin -> brim) where it pulls
    max_force: float  # N, range of the control (a teaching range, not a published value)
    source: str
    note: str
    along_muscle: bool = False  # pulls along the psoas towards its origin (else towards the anchor)


@dataclass
class FascialResult:
    """One posture: the psoas with and without the pulls, and the tilt moment of the links."""

    pulls: dict[str, float]  # N
    length_without: float  # mm, force-weighted psoas length
    length_with: float  # mm
    tension_without: float  # N, force of the pulled fascicles (active + full passive)
    tension_with: float  # N, in the pulled fascicles below the contacts, where they act on the femur
    deflection: dict[str, float]  # mm at each link's contact
    bounded: bool  # the psoas bed limited the deflection
    tilt_moment: float  # N m on pelvic tilt, + anterior (links + extra psoas tension)
    polylines: dict[int, np.ndarray]  # fascicle -> deflected free span (K, 2) world mm


def green(x: np.ndarray, xi: float, span: float) -> np.ndarray:
    """Deflection at x of a unit transverse load at xi on a unit-tension string of length ``span``."""
    return np.where(x <= xi, x * (span - xi) / span, xi * (span - x) / span)


class Fascia:
    def __init__(self, model, data: dict, bed: dict):
        self.model = model
        mus = model.muscles
        psoas = mus.muscles["psoas_major"]
        names = [f.name for f in psoas.fascicles]
        self.links: dict[str, FascialLink] = {}
        for link_id, d in data.items():
            fascicles = tuple(psoas.fascicle_slice.start + names.index(n) for n in d.get("fascicles", []))
            self.links[link_id] = FascialLink(link_id, d["name"], d["anchor"], d.get("target"), fascicles,
                                              float(d.get("position", 0.0)), float(d["max_force_n"]),
                                              d["source"], d.get("note", ""), d.get("direction") == "along_muscle")
        self.psoas_slice = psoas.fascicle_slice
        self.max_deflection = float(bed["max_deflection_mm"])  # mm: how far the psoas bed lets it move

    def check(self, pulls: dict[str, float]) -> dict[str, float]:
        out = {}
        for link_id, force in pulls.items():
            if link_id not in self.links:
                raise KeyError(f"unknown fascial link {link_id!r} (links: {', '.join(self.links)})")
            force = float(force)
            if not 0.0 <= force <= self.links[link_id].max_force:
                raise ValueError(f"{link_id}: {force:g} N is outside 0…{self.links[link_id].max_force:g} N")
            out[link_id] = force
        return out

    def _free_span(self, evaluation, k: int, i: int = 0):
        """World start and end of a psoas fascicle's free span (origin to the brim via point)."""
        mus = self.model.muscles
        items = [i for kind, i in mus.fascicle_items[k] if kind == "point"]
        pts = evaluation.geometry.points[i]
        return pts[items[0]], pts[items[1]]

    def solve(self, evaluation, settings, spine_mode: str, i: int = 0) -> FascialResult:
        """The pulled psoas at posture ``i`` of ``evaluation`` (which must carry the tilt joints), with the
        pulls of ``settings.pulls``."""
        pulls = self.check(settings.pulls)
        mech = self.model.mechanics
        sk = self.model.skeleton
        pose = evaluation.pose
        psoas = list(range(self.psoas_slice.start, self.psoas_slice.stop))
        weights = self.model.muscles.muscles["psoas_major"].weights
        lengths = evaluation.fascicle_length[i, psoas]
        full = mech.full_fascicle_force  # active + the whole passive force of the fibres

        # The pulled fascicles, held together by their sheath, act as one string whose tension is their sum.
        loaded = sorted({k for link_id in pulls for k in self.links[link_id].fascicles if pulls[link_id] > 0})
        bundle = np.array([psoas.index(k) for k in loaded], dtype=int)

        def bundle_tension(extra):
            return float(np.sum(full(np.array(loaded, dtype=int), lengths[bundle] + extra, settings)))

        # Each pull split along and across each loaded fascicle's free span, in that span's own coordinates.
        spans = {}
        along: dict[str, list[float]] = {}  # link -> its component towards the origin (N) on each fascicle
        for k in loaded:
            start, end = self._free_span(evaluation, k, i)
            axis = end - start
            span = float(np.hypot(*axis))
            unit = axis / span
            normal = np.array([-unit[1], unit[0]])
            loads = []
            for link_id, force in pulls.items():
                link = self.links[link_id]
                if force <= 0 or k not in link.fascicles:
                    continue
                contact = start + link.position * axis
                if link.along_muscle:
                    direction = -unit
                else:
                    anchor = sk.landmark_world(pose, link.anchor)[i]
                    direction = (anchor - contact) / np.hypot(*(anchor - contact))
                loads.append((link_id, link.position * span, force * float(direction @ normal)))
                along.setdefault(link_id, []).append(-force * float(direction @ unit))
            spans[k] = (start, unit, normal, span, loads)

        def stiffness_constant(k, scale):
            start, unit, normal, span, loads = spans[k]
            x = np.linspace(0.0, span, 801)
            shape = sum(scale * f * green(x, xi, span) for _, xi, f in loads)
            return 0.5 * np.trapezoid(np.gradient(shape, x) ** 2, x)

        def solve_tension(scale):
            c = np.mean([stiffness_constant(k, scale) for k in loaded]) if loaded else 0.0
            tension = bundle_tension(0.0) if loaded else 0.0
            if c <= 0:
                return tension, 0.0
            lo, hi = 1e-3, 1e6
            for _ in range(80):  # bisection on T - F(L0 + c / T^2) (increasing in T)
                mid = np.sqrt(lo * hi)
                if mid - bundle_tension(c / mid ** 2) > 0:
                    hi = mid
                else:
                    lo = mid
                if hi / lo < 1 + 1e-9:
                    break
            tension = float(np.sqrt(lo * hi))
            return tension, c / tension ** 2

        def contact_deflections(scale, tension):
            out = {}
            for k in loaded:
                span, loads = spans[k][3], spans[k][4]
                for link_id, xi, _ in loads:
                    load = abs(sum(scale * f * float(green(np.array(xi), x2, span)) for _, x2, f in loads))
                    d = load / tension if load > 0 else 0.0  # a pull along the muscle does not move it sideways
                    out[link_id] = max(out.get(link_id, 0.0), d)
            return out

        tension_without = bundle_tension(0.0) if loaded else 0.0
        scale = 1.0  # share of the transverse pulls the string takes; the bed carries the rest
        tension, extra = solve_tension(scale)
        deflection = contact_deflections(scale, tension) if loaded else {}
        for _ in range(60):  # the bed bounds the deflection: lower the string's share until it fits
            largest = max(deflection.values(), default=0.0)
            if largest <= self.max_deflection * (1 + 1e-5):
                break
            scale *= self.max_deflection / largest
            tension, extra = solve_tension(scale)
            deflection = contact_deflections(scale, tension)
        bounded = scale < 1.0

        polylines = {}
        for k in loaded:
            start, unit, normal, span, loads = spans[k]
            xs = sorted({0.0, span, *[xi for _, xi, _ in loads]})
            shape = [sum(scale * f * float(green(np.array(x), xi, span)) for _, xi, f in loads) / max(tension, 1e-9)
                     for x in xs]
            polylines[k] = np.array([start + x * unit + d * normal for x, d in zip(xs, shape)])

        # Pulls along the muscle: the part below each contact takes the fraction of the pull that the
        # contact's distance from the origin gives (the vertebral origins take the rest).
        longitudinal = sum(self.links[link_id].position * float(np.mean(parts)) for link_id, parts in along.items())
        longitudinal = max(longitudinal, -tension)
        tension_with = tension + longitudinal

        # Tilt moment: the extra psoas tension at the hip through the psoas's tilt moment arm, and each link's
        # pull on its anchor (force . anchor velocity per radian of anterior tilt).
        tilt_arm = mech.tilt_arm(evaluation.fascicle_moment_arm, spine_mode)[i, psoas]
        moment = 0.0
        if loaded:
            shares = _shares(full, loaded, lengths[bundle], extra, settings)
            moment = (tension_with - tension_without) * float(np.sum(shares * tilt_arm[bundle])) / 1000.0
        for link_id, force in pulls.items():
            link = self.links[link_id]
            if force <= 0:
                continue
            anchor = sk.landmark_world(pose, link.anchor)[i]
            if link.target is not None:
                toward = sk.landmark_world(pose, link.target)[i]
            else:
                contacts = [spans[k][0] + link.position * spans[k][3] * spans[k][1] for k in link.fascicles]
                toward = np.mean(contacts, axis=0)
            direction = (toward - anchor) / np.hypot(*(toward - anchor))
            sub = type(pose)(pose.angle[i:i + 1], pose.origin[i:i + 1])
            velocity = mech.point_tilt_velocity(sub, sk.landmarks[link.anchor].body, anchor[None], spine_mode)[0]
            moment += force * float(direction @ velocity) / 1000.0
        length_without = float(weights @ lengths)
        with_pulls = lengths.copy()
        with_pulls[bundle] += extra
        return FascialResult(pulls, length_without, float(weights @ with_pulls), tension_without, tension_with,
                             deflection, bounded, moment, polylines)


def _shares(full, fascicles, lengths, extra, settings) -> np.ndarray:
    """Each fascicle's share of the bundle tension at the lengthened path."""
    f = full(np.array(fascicles, dtype=int), lengths + extra, settings)
    total = float(np.sum(f))
    return f / total if total > 0 else np.full(len(fascicles), 1.0 / len(fascicles))

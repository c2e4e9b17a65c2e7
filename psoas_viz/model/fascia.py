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
  T = F_psoas(L0 + C / T**2), found by a 16-section search in log T (bisection that tries 15 tensions at a
  time). The psoas lies in its bed on the vertebral bodies and transverse processes, its sheath fixed to both:
  the deflection is bounded (``max_deflection_mm``) and the bed carries the rest of a transverse pull (the
  string's share of it is lowered by fixed-point steps, share *= bound / deflection, until it fits).

Every posture of an evaluation is solved at once (arrays over postures), so that ``settle`` gets the links'
tilt moment for a whole batch of tilts in one call (``Fascia.tilt_moments``); ``Fascia.solve`` is the case of
one posture, with the deflected spans for drawing.

The high adductor link pulls the pubis towards the femoral shaft instead: it acts on the pelvis only.
Effects on pelvic tilt: the extra psoas tension at the hip acts through the psoas's tilt moment arm, and each
link pulls its anchor (virtual work of the anchor point's motion per degree of tilt).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from psoas_viz.i18n import as_typed, fill_template, translate



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


def green(x: np.ndarray, xi, span) -> np.ndarray:
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
                raise ValueError(fill_template(translate("Model", "{link}: {force:g} N is outside 0…{most:g} N"),
                                               {"link": link_id, "force": as_typed(force),
                                                "most": self.links[link_id].max_force}))
            out[link_id] = force
        return out

    def solve(self, evaluation, settings, spine_mode: str, i: int = 0) -> FascialResult:
        """The pulled psoas at posture ``i`` of ``evaluation`` (which must carry the tilt joints), with the
        pulls of ``settings.pulls``, and its deflected free spans for drawing."""
        pulled = self._solve(evaluation, settings, spine_mode, np.array([i]))
        polylines = {}
        for b, k in enumerate(pulled.loaded):
            span = pulled.span[0, b]
            xs = np.array(sorted({0.0, span, *pulled.xi[0, pulled.acts_on[:, b], b].tolist()}))
            shape = (pulled.scale[0] * pulled.deflection_at(xs[None, None, :], slice(b, b + 1))[0, 0]
                     / max(pulled.tension[0], 1e-9))
            polylines[k] = (pulled.start[0, b] + xs[:, None] * pulled.unit[0, b]
                            + shape[:, None] * pulled.normal[0, b])
        return FascialResult(pulled.pulls, float(pulled.length_without[0]), float(pulled.length_with[0]),
                             float(pulled.tension_without[0]), float(pulled.tension_with[0]),
                             {link_id: float(d[0]) for link_id, d in pulled.deflection.items()},
                             bool(pulled.scale[0] < 1.0), float(pulled.tilt_moment[0]), polylines)

    def tilt_moments(self, evaluation, settings, spine_mode: str) -> np.ndarray:
        """The links' moment on pelvic tilt (N m, + anterior) at every posture of ``evaluation``, (N,)."""
        return self._solve(evaluation, settings, spine_mode, np.arange(len(evaluation.fascicle_length))).tilt_moment

    def _solve(self, evaluation, settings, spine_mode: str, rows: np.ndarray) -> "_Pulled":
        """Everything ``solve`` reports, as arrays over the postures ``rows`` of ``evaluation``."""
        pulls = self.check(settings.pulls)
        mech = self.model.mechanics
        sk = self.model.skeleton
        pose = type(evaluation.pose)(evaluation.pose.angle[rows], evaluation.pose.origin[rows])
        n = len(rows)
        psoas = list(range(self.psoas_slice.start, self.psoas_slice.stop))
        weights = self.model.muscles.muscles["psoas_major"].weights
        lengths = evaluation.fascicle_length[rows][:, psoas]
        fascicle_settings = mech.fascicle_settings(settings)

        def full(indices, mt_length):  # active + the whole passive force of the fibres
            return mech.full_fascicle_force(indices, mt_length, fascicle_settings)

        # The pulled fascicles, held together by their sheath, act as one string whose tension is their sum.
        active = [link_id for link_id, force in pulls.items() if force > 0]
        loaded = sorted({k for link_id in active for k in self.links[link_id].fascicles})
        indices = np.array(loaded, dtype=int)
        bundle = np.array([psoas.index(k) for k in loaded], dtype=int)

        def bundle_tension(extra):  # extra: (N,) or (N, K) mm
            along = lengths[:, bundle].reshape(n, *[1] * (extra.ndim - 1), len(bundle))
            return np.sum(full(indices, along + extra[..., None]), axis=-1)

        # Each pull split along and across each loaded fascicle's free span, in that span's own coordinates:
        # (postures, loaded fascicles) arrays, and (postures, links, loaded fascicles) for the loads.
        points = evaluation.geometry.points[rows]
        ends = [[i for kind, i in self.model.muscles.fascicle_items[k] if kind == "point"][:2] for k in loaded]
        start = points[:, [e[0] for e in ends]]
        axis = points[:, [e[1] for e in ends]] - start
        span = np.hypot(axis[..., 0], axis[..., 1])
        unit = axis / span[..., None]
        normal = np.stack((-unit[..., 1], unit[..., 0]), -1)
        acts_on = np.array([[k in self.links[link_id].fascicles for k in loaded] for link_id in active],
                           dtype=bool).reshape(len(active), len(loaded))
        position = np.array([self.links[link_id].position for link_id in active])[None, :, None]
        force = np.array([pulls[link_id] for link_id in active])[None, :, None]
        contact = start[:, None] + position[..., None] * axis[:, None]
        direction = np.broadcast_to(-unit[:, None], contact.shape).copy()
        for p, link_id in enumerate(active):
            if not self.links[link_id].along_muscle:
                towards = sk.landmark_world(pose, self.links[link_id].anchor)[:, None] - contact[:, p]
                direction[:, p] = towards / np.hypot(towards[..., 0], towards[..., 1])[..., None]
        across = np.where(acts_on, force * np.sum(direction * normal[:, None], -1), 0.0)
        along = -force * np.sum(direction * unit[:, None], -1)
        xi = position * span[:, None]
        pulled = _Pulled(pulls, loaded, acts_on, start, unit, normal, span, xi, across)

        # The string's extra length per unit tension squared, c / T^2, from its shape under the whole pull.
        unit_constant = np.zeros(n)
        if np.any(across):  # pulls along the muscle only do not deflect it
            x = span[..., None] * np.linspace(0.0, 1.0, 801)
            slope = np.gradient(pulled.deflection_at(x), axis=-1) / (span / 800.0)[..., None]
            unit_constant = np.mean(0.5 * np.trapezoid(slope ** 2, axis=-1) * span / 800.0, axis=-1)

        sections = np.arange(1, 16) / 16.0

        def solve_tension(scale):
            c = scale ** 2 * unit_constant
            lo, hi = np.full(n, 1e-3), np.full(n, 1e6)
            going = c > 0
            for _ in range(80):  # 16-section search on T - F(L0 + c / T^2) (increasing in T), in log T
                if not going.any():
                    break
                trial = lo[:, None] * (hi / lo)[:, None] ** sections
                above = trial - bundle_tension(c[:, None] / trial ** 2) > 0
                first = np.argmax(above, axis=1)  # the first trial above the root (none: the last section)
                some = above.any(axis=1)
                row = np.arange(n)
                new_hi = np.where(some, trial[row, first], hi)
                new_lo = np.where(some, np.where(first > 0, trial[row, np.maximum(first - 1, 0)], lo), trial[:, -1])
                hi, lo = np.where(going, new_hi, hi), np.where(going, new_lo, lo)
                going &= hi / lo >= 1 + 1e-9
            tension = np.where(c > 0, np.sqrt(lo * hi), tension_without)
            return tension, np.divide(c, tension ** 2, out=np.zeros(n), where=c > 0)

        def contact_deflections(scale, tension):
            out = {}
            for p, link_id in enumerate(active):
                if not acts_on[p].any():
                    continue
                load = np.abs(scale[:, None] * pulled.deflection_at(xi[:, p, :, None])[..., 0])
                # a pull along the muscle does not move it sideways
                d = np.divide(load, np.broadcast_to(tension[:, None], load.shape), out=np.zeros_like(load),
                              where=load > 0)
                out[link_id] = np.max(np.where(acts_on[p], d, 0.0), axis=-1)
            return out

        tension_without = bundle_tension(np.zeros(n)) if loaded else np.zeros(n)
        scale = np.ones(n)  # share of the transverse pulls the string takes; the bed carries the rest
        tension, extra = solve_tension(scale)
        deflection = contact_deflections(scale, tension)
        largest = np.max(list(deflection.values()), axis=0) if deflection else np.zeros(n)
        for _ in range(60):  # the bed bounds the deflection: lower the string's share until it fits
            over = largest > self.max_deflection * (1 + 1e-5)
            if not over.any():
                break
            scale = np.where(over, scale * self.max_deflection / np.where(over, largest, 1.0), scale)
            tension, extra = np.where(over, solve_tension(scale), (tension, extra))
            deflection = {link_id: np.where(over, d, deflection[link_id])
                          for link_id, d in contact_deflections(scale, tension).items()}
            largest = np.max(list(deflection.values()), axis=0)

        # Pulls along the muscle: the part below each contact takes the fraction of the pull that the
        # contact's distance from the origin gives (the vertebral origins take the rest).
        longitudinal = np.zeros(n)
        for p, link_id in enumerate(active):
            if acts_on[p].any():
                longitudinal = longitudinal + self.links[link_id].position * np.mean(along[:, p, acts_on[p]], -1)
        tension_with = tension + np.maximum(longitudinal, -tension)

        # Tilt moment: the extra psoas tension at the hip through the psoas's tilt moment arm, and each link's
        # pull on its anchor (force . anchor velocity per radian of anterior tilt).
        moment = np.zeros(n)
        if loaded:
            tilt_arm = mech.tilt_arm(evaluation.fascicle_moment_arm, spine_mode)[rows][:, indices]
            f = full(indices, lengths[:, bundle] + extra[:, None])
            total = np.sum(f, axis=-1, keepdims=True)
            shares = np.where(total > 0, f / np.where(total > 0, total, 1.0), 1.0 / len(loaded))
            moment = (tension_with - tension_without) * np.sum(shares * tilt_arm, axis=-1) / 1000.0
        for p, link_id in enumerate(active):
            link = self.links[link_id]
            anchor = sk.landmark_world(pose, link.anchor)
            if link.target is not None:
                toward = sk.landmark_world(pose, link.target)
            else:
                toward = np.mean(contact[:, p, acts_on[p]], axis=1)
            direction_to = (toward - anchor) / np.hypot(*(toward - anchor).T)[:, None]
            velocity = mech.point_tilt_velocity(pose, sk.landmarks[link.anchor].body, anchor, spine_mode)
            moment = moment + pulls[link_id] * np.sum(direction_to * velocity, -1) / 1000.0
        with_pulls = lengths.copy()
        with_pulls[:, bundle] += extra[:, None]
        pulled.finish(weights @ lengths.T, weights @ with_pulls.T, tension_without, tension, tension_with,
                      deflection, scale, moment)
        return pulled


class _Pulled:
    """``Fascia._solve``'s arrays over N postures: the loaded fascicles' free spans (start, unit, normal,
    span: (N, B)), each active link's contact along them (xi) and transverse load (across: (N, links, B),
    zero where a link does not act on a fascicle), and the outcome."""

    def __init__(self, pulls, loaded, acts_on, start, unit, normal, span, xi, across):
        self.pulls, self.loaded, self.acts_on = pulls, loaded, acts_on
        self.start, self.unit, self.normal, self.span, self.xi, self.across = start, unit, normal, span, xi, across

    def deflection_at(self, x: np.ndarray, fascicle=slice(None)) -> np.ndarray:
        """Deflection at distances ``x`` (N, B, K) along each loaded free span of a unit-tension string under
        the whole transverse pull (unscaled), (N, B, K); ``fascicle`` (a slice) picks spans."""
        span = self.span[:, fascicle, None]
        out = np.zeros(np.broadcast_shapes(x.shape, span.shape))
        for p in range(self.across.shape[1]):
            out = out + self.across[:, p, fascicle, None] * green(x, self.xi[:, p, fascicle, None], span)
        return out

    def finish(self, length_without, length_with, tension_without, tension, tension_with, deflection, scale,
               moment):
        self.length_without, self.length_with = length_without, length_with
        self.tension_without, self.tension, self.tension_with = tension_without, tension, tension_with
        self.deflection, self.scale, self.tilt_moment = deflection, scale, moment

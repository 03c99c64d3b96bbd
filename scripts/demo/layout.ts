/**
 * Layout of the fictitious département: a noisy star-shaped outline (jagged coast on the west),
 * the positions of the main town, the towns and the bourgs, and the Voronoi seed points (one per
 * commune inside the outline, denser near towns, plus coarser seeds outside to bound the cells).
 */
import { distanceKm, type PointKm } from './geometry';
import type { Rng } from './rng';

/** Settlement rank of a commune's chef-lieu. */
export type SettlementKind = 'main' | 'town' | 'bourg' | 'village';

/** Number of communes (Voronoi cells kept inside the outline). */
export const COMMUNE_COUNT = 352;
const TOWN_COUNT = 4;
const BOURG_COUNT = 11;
const BASE_RADIUS_KM = 42;

/** The département outline as a polar radius function around the origin. */
export interface Outline {
  /** Radius of the outline (km) in direction `theta` (radians, 0 = east, counter-clockwise). */
  radiusKm(theta: number): number;
  /** Whether a local point lies inside the outline. */
  contains(p: PointKm): boolean;
}

/** Seeds of the tessellation: the first `inside.length` points are communes. */
export interface Layout {
  outline: Outline;
  /** One seed per commune, chef-lieu position (km); index 0 = main town, then towns, bourgs. */
  inside: PointKm[];
  kinds: SettlementKind[];
  /** Seeds outside the outline, only there to bound the border cells. */
  outside: PointKm[];
}

/**
 * Build a noisy outline: low harmonics for the overall shape, high harmonics on the west (coast).
 * @example buildOutline(createRng(1, 'layout')).contains({ x: 0, y: 0 }) // true
 */
export function buildOutline(rng: Rng): Outline {
  const low = [2, 3, 4, 5].map((k, i) => ({
    k,
    a: [0.1, 0.07, 0.045, 0.03][i]! * rng.uniform(0.6, 1),
    phase: rng.uniform(0, 2 * Math.PI),
  }));
  const coast = [7, 11, 17, 26].map((k, i) => ({
    k,
    a: [0.09, 0.07, 0.05, 0.035][i]! * rng.uniform(0.7, 1),
    phase: rng.uniform(0, 2 * Math.PI),
  }));
  const radiusKm = (theta: number): number => {
    const west = Math.max(0, -Math.cos(theta)) ** 1.5;
    let f = 1;
    for (const h of low) f += h.a * Math.sin(h.k * theta + h.phase);
    for (const h of coast) f += west * h.a * Math.sin(h.k * theta + h.phase);
    // Elongated north–south, like a coastal département.
    const ellipse = 1 / Math.hypot(Math.cos(theta) / 0.87, Math.sin(theta) / 1.13);
    return Math.min(BASE_RADIUS_KM * ellipse * f, 58);
  };
  return {
    radiusKm,
    contains: (p) => Math.hypot(p.x, p.y) < radiusKm(Math.atan2(p.y, p.x)),
  };
}

/** A random point inside the outline at most `maxFraction` of the way to the border. */
function pointInside(rng: Rng, outline: Outline, theta: number, fraction: number): PointKm {
  const r = outline.radiusKm(theta) * fraction;
  return { x: r * Math.cos(theta), y: r * Math.sin(theta) };
}

/**
 * Place the settlements and the Voronoi seeds (dart throwing with a density boost near towns).
 * @example buildLayout(createRng(1, 'layout')).inside.length // COMMUNE_COUNT
 */
export function buildLayout(rng: Rng): Layout {
  const outline = buildOutline(rng);
  const inside: PointKm[] = [];
  const kinds: SettlementKind[] = [];
  const radii: number[] = [];
  const far = (p: PointKm, minKm: number): boolean =>
    inside.every((q) => distanceKm(p, q) >= minKm);
  // Main town near the coast (west), towns spread out, bourgs in between.
  inside.push(
    pointInside(rng, outline, Math.PI + rng.uniform(-0.35, 0.35), rng.uniform(0.55, 0.65)),
  );
  kinds.push('main');
  radii.push(4.2);
  for (let tries = 0; kinds.length < 1 + TOWN_COUNT; tries += 1) {
    if (tries > 10000) throw new Error('layout: cannot place the towns');
    const p = pointInside(rng, outline, rng.uniform(0, 2 * Math.PI), Math.sqrt(rng.next()) * 0.78);
    if (!far(p, 24)) continue;
    inside.push(p);
    kinds.push('town');
    radii.push(3.4);
  }
  for (let tries = 0; kinds.length < 1 + TOWN_COUNT + BOURG_COUNT; tries += 1) {
    if (tries > 10000) throw new Error('layout: cannot place the bourgs');
    const p = pointInside(rng, outline, rng.uniform(0, 2 * Math.PI), Math.sqrt(rng.next()) * 0.88);
    if (!far(p, 11)) continue;
    inside.push(p);
    kinds.push('bourg');
    radii.push(2.6);
  }
  const centres = inside.map((p, i) => ({ p, kind: kinds[i] }));
  const density = (p: PointKm): number => {
    let d = 1;
    for (const c of centres) {
      const dist2 = (p.x - c.p.x) ** 2 + (p.y - c.p.y) ** 2;
      if (c.kind === 'main') d += 3 * Math.exp(-dist2 / (2 * 8 * 8));
      else if (c.kind === 'town') d += 1.6 * Math.exp(-dist2 / (2 * 5.5 * 5.5));
      else d += 0.6 * Math.exp(-dist2 / (2 * 3.5 * 3.5));
    }
    return d;
  };
  const maxDensity = 4.5;
  for (let tries = 0; inside.length < COMMUNE_COUNT; tries += 1) {
    if (tries > 400000) throw new Error('layout: cannot place the commune seeds');
    const p = { x: rng.uniform(-60, 60), y: rng.uniform(-60, 60) };
    if (!outline.contains(p)) continue;
    const dens = density(p);
    if (rng.next() * maxDensity > dens) continue;
    const r = 2.9 / Math.sqrt(dens);
    if (inside.every((q, i) => distanceKm(p, q) >= Math.max(r, radii[i] ?? 0))) {
      inside.push(p);
      kinds.push('village');
      radii.push(r);
    }
  }
  const outside: PointKm[] = [];
  const step = 5;
  for (let gx = -100; gx <= 100; gx += step) {
    for (let gy = -96; gy <= 96; gy += step) {
      const p = { x: gx + rng.uniform(-1.5, 1.5), y: gy + rng.uniform(-1.5, 1.5) };
      if (!outline.contains(p) && far(p, 2.2)) outside.push(p);
    }
  }
  return { outline, inside, kinds, outside };
}

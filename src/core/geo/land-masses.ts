/**
 * The land masses of loaded communes (metropolitan France, each overseas département or
 * collectivity), told apart by the INSEE code: a commune whose code starts with 971–978 belongs to
 * the overseas territory of that number (COG, « codes des départements et collectivités d'outre-mer
 * »), any other to metropolitan France (Corsica included). The map opens on the main one and offers
 * the others.
 */
import type { FlatGeometries } from './flat-geometries';

/** One land mass with the bounds of its communes ([west, south, east, north], degrees). */
export interface LandMass {
  id: string;
  /** French name shown in the map's selector. */
  label: string;
  communeCount: number;
  bounds: [number, number, number, number];
}

const OVERSEAS: Record<string, string> = {
  '971': 'Guadeloupe',
  '972': 'Martinique',
  '973': 'Guyane',
  '974': 'La Réunion',
  '975': 'Saint-Pierre-et-Miquelon',
  '976': 'Mayotte',
  '977': 'Saint-Barthélemy',
  '978': 'Saint-Martin',
};

/** Id of metropolitan France. */
export const METROPOLE = 'metropole';

/**
 * Groups communes into land masses, the main one (most communes; metropolitan France on a tie)
 * first, then the others in the order of their code (971 Guadeloupe … 976 Mayotte).
 *
 * @example computeLandMasses(nationalFlat).map((m) => m.label); // => ['Métropole', 'Guadeloupe', …, 'Mayotte']
 */
export function computeLandMasses(flat: FlatGeometries): LandMass[] {
  const byId = new Map<string, LandMass>();
  const { coords, ringStarts, polygonStarts, featureStarts } = flat;
  for (const [i, code] of flat.codes.entries()) {
    const id = OVERSEAS[code.slice(0, 3)] ? code.slice(0, 3) : METROPOLE;
    let mass = byId.get(id);
    if (!mass) {
      mass = {
        id,
        label: OVERSEAS[id] ?? 'Métropole',
        communeCount: 0,
        bounds: [Infinity, Infinity, -Infinity, -Infinity],
      };
      byId.set(id, mass);
    }
    mass.communeCount += 1;
    const b = mass.bounds;
    // Exterior rings are enough for bounds; holes lie inside them.
    for (let p = featureStarts[i] ?? 0; p < (featureStarts[i + 1] ?? 0); p++) {
      const ring = polygonStarts[p] ?? 0;
      for (let k = ringStarts[ring] ?? 0; k < (ringStarts[ring + 1] ?? 0); k++) {
        const x = coords[2 * k] ?? NaN;
        const y = coords[2 * k + 1] ?? NaN;
        if (x < b[0]) b[0] = x;
        if (y < b[1]) b[1] = y;
        if (x > b[2]) b[2] = x;
        if (y > b[3]) b[3] = y;
      }
    }
  }
  const masses = [...byId.values()].filter((m) => Number.isFinite(m.bounds[0]));
  const main = masses.reduce<LandMass | null>(
    (best, m) =>
      !best ||
      m.communeCount > best.communeCount ||
      (m.communeCount === best.communeCount && m.id === METROPOLE)
        ? m
        : best,
    null,
  );
  const others = masses
    .filter((m) => m !== main)
    .sort((a, b) => (a.id === METROPOLE ? -1 : b.id === METROPOLE ? 1 : a.id.localeCompare(b.id)));
  return main ? [main, ...others] : [];
}

import type { Feature, FeatureCollection, Point } from 'geojson';

/** What a place label needs from one commune (a row of the communes indicators). */
export interface PlaceLabelInput {
  code: string;
  name: string;
  /** Population municipale; null when no population is loaded for the commune. */
  population: number | null;
  /** Area in km²; null when unknown. */
  areaKm2: number | null;
}

/** Properties of one label point. */
export interface PlaceLabelProperties {
  code: string;
  name: string;
  /** 0 for the largest commune (population, else area), then 1, 2… (the symbol sort key). */
  rank: number;
  /** Size class: 0 (main town) to 4 (village), driving the minimum zoom and the text size. */
  tier: PlaceLabelTier;
}

export type PlaceLabelTier = 0 | 1 | 2 | 3 | 4;

/** Lowest zoom at which each tier is labelled (tier 0 at every zoom). */
export const TIER_MIN_ZOOM: Record<PlaceLabelTier, number> = { 0: 0, 1: 6, 2: 8, 3: 9, 4: 10 };

/** Population thresholds of tiers 0 to 3 (inhabitants); below the last one: tier 4. */
const POPULATION_TIERS = [50_000, 10_000, 2_000, 500] as const;
/** Rank thresholds used when no population is loaded (the communes ordered by area). */
const RANK_TIERS = [1, 5, 30, 150] as const;

/**
 * Builds the label points of the communes: one point per commune at its point inside
 * (`centroid_lon/lat` of the communes table), ranked by population descending (communes without a
 * population come after, by area descending, then by name) and given a size tier. The most
 * populous commune is always tier 0, so that it is labelled at every zoom.
 *
 * @example
 * buildPlaceLabels([{ code: '96001', name: 'Bourg', population: 9000, areaKm2: 12 }], {
 *   '96001': [-1.2, 45.8],
 * }).features[0].properties // => { code: '96001', name: 'Bourg', rank: 0, tier: 0 }
 */
export function buildPlaceLabels(
  communes: readonly PlaceLabelInput[],
  centroidByCode: Readonly<Record<string, [number, number]>>,
): FeatureCollection<Point, PlaceLabelProperties> {
  return rankPlaceLabels(communes.map((c) => ({ ...c, point: centroidByCode[c.code] })));
}

/** {@link buildPlaceLabels} over communes that carry their point inside (undefined: no label). */
function rankPlaceLabels(
  communes: readonly (PlaceLabelInput & { point: [number, number] | undefined })[],
): FeatureCollection<Point, PlaceLabelProperties> {
  const placed = communes.filter((c) => c.point && c.name.trim() !== '');
  const sorted = placed.sort(
    (a, b) =>
      compareDesc(a.population, b.population) ||
      compareDesc(a.areaKm2, b.areaKm2) ||
      FRENCH.compare(a.name, b.name) ||
      a.code.localeCompare(b.code),
  );
  const features = sorted.map((c, rank): Feature<Point, PlaceLabelProperties> => ({
    type: 'Feature',
    properties: { code: c.code, name: c.name, rank, tier: tierOf(c.population, rank) },
    geometry: { type: 'Point', coordinates: c.point as [number, number] },
  }));
  return { type: 'FeatureCollection', features };
}

/** One collator for the whole sort: `localeCompare(…, 'fr')` builds one per call (10× slower). */
const FRENCH = new Intl.Collator('fr');

/** Descending order with nulls last. */
function compareDesc(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

function tierOf(population: number | null, rank: number): PlaceLabelTier {
  if (rank === 0) return 0;
  const index =
    population === null
      ? RANK_TIERS.findIndex((limit) => rank < limit)
      : POPULATION_TIERS.findIndex((limit) => population >= limit);
  return (index === -1 ? 4 : index) as PlaceLabelTier;
}

/**
 * The inputs of {@link buildPlaceLabels} as columns, the form in which they cross to the tiler
 * worker: one entry per commune, `NaN` where a number is unknown (no population, no area, no point
 * inside), so that typed arrays carry them without a copy of one object per commune.
 */
export interface PlaceLabelColumns {
  codes: string[];
  names: string[];
  /** Population municipale (inhabitants); NaN when not loaded. */
  population: Float64Array;
  /** Area (km²); NaN when unknown. */
  areaKm2: Float64Array;
  /** Point inside the commune (WGS84 degrees); NaN when unknown. */
  lon: Float64Array;
  lat: Float64Array;
}

/**
 * {@link buildPlaceLabels} over columns (`NaN` read as unknown): the same ranks and tiers.
 *
 * @example
 * buildPlaceLabelsFromColumns({ codes: ['96001'], names: ['Bourg'], population: Float64Array.of(9000),
 *   areaKm2: Float64Array.of(12), lon: Float64Array.of(-1.2), lat: Float64Array.of(45.8) })
 *   .features[0].properties // => { code: '96001', name: 'Bourg', rank: 0, tier: 0 }
 */
export function buildPlaceLabelsFromColumns(
  columns: PlaceLabelColumns,
): FeatureCollection<Point, PlaceLabelProperties> {
  const { codes, names, population, areaKm2, lon, lat } = columns;
  // No object keyed by code: INSEE codes look like array indexes (`75056`), which V8 stores as
  // slow sparse elements (≈ 0.3 s for the 35,000 communes of France).
  return rankPlaceLabels(
    codes.map((code, i) => {
      const x = lon[i] ?? NaN;
      const y = lat[i] ?? NaN;
      return {
        code,
        name: names[i] ?? '',
        population: finiteOrNull(population[i]),
        areaKm2: finiteOrNull(areaKm2[i]),
        point: Number.isFinite(x) && Number.isFinite(y) ? ([x, y] as [number, number]) : undefined,
      };
    }),
  );
}

/**
 * Whether a label of `tier` is drawn at zoom `zoom` (the map layer's filter, also used by the
 * tiler to leave out of a tile the labels its zoom does not draw).
 *
 * @example isTierDrawnAt(4, 9); // => false (villages from zoom 10)
 */
export function isTierDrawnAt(tier: PlaceLabelTier, zoom: number): boolean {
  return zoom >= TIER_MIN_ZOOM[tier];
}

function finiteOrNull(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}

import type { TerritoryIndicators } from './compute-territory-indicators';
import { notLoadedMessage, type MissingLayer } from './not-loaded';
import { TERRITORY_PROFESSIONS } from './profession-groups';

/** One line of a side-by-side comparison. */
export interface ComparisonRow {
  label: string;
  unit: string;
  /** Null when missing (see `notLoaded`). */
  a: number | null;
  b: number | null;
  /** b − a, null when either is missing. */
  difference: number | null;
  /** « non chargé — chargez … » when the layer behind the row is not loaded, else null. */
  notLoaded: string | null;
}

/**
 * Side-by-side comparison of two territories (ARS delegate): each indicator of DOMAIN.md 4.1 for
 * A and B and the difference B − A, plus the communes only in A, only in B and in both. A row
 * whose layer is not loaded has null values and says what to load (never 0).
 *
 * @example compareTerritories(a, ['96001'], b, ['96001', '96002']).onlyB; // => ['96002']
 */
export function compareTerritories(
  a: TerritoryIndicators,
  codesA: readonly string[],
  b: TerritoryIndicators,
  codesB: readonly string[],
): { rows: ComparisonRow[]; onlyA: string[]; onlyB: string[]; both: string[] } {
  const populationMissing = a.population === null && b.population === null;
  const missing = (layer: MissingLayer | null): string | null => {
    if (layer === 'population') return populationMissing ? notLoadedMessage('population') : null;
    return layer && !a.layers[layer] ? notLoadedMessage(layer) : null;
  };
  const row = (
    label: string,
    unit: string,
    f: (t: TerritoryIndicators) => number | null,
    layer: MissingLayer | null = null,
  ): ComparisonRow => {
    const va = f(a);
    const vb = f(b);
    return {
      label,
      unit,
      a: va,
      b: vb,
      difference: va === null || vb === null ? null : vb - va,
      notLoaded: missing(layer),
    };
  };
  const pct = (x: number | null | undefined) => (x === null || x === undefined ? null : x * 100);
  const people = (t: TerritoryIndicators, key: string) =>
    t.professions?.find((p) => p.key === key) ?? null;
  const rows: ComparisonRow[] = [
    row('Population municipale', 'hab.', (t) => t.population, 'population'),
    row('Communes', '', (t) => t.communeCount),
    row('Superficie', 'km²', (t) => t.areaKm2),
    row('Densité', 'hab./km²', (t) => t.densityKm2, 'population'),
    row('Tranche ACI', '', (t) => t.tranche?.tranche.size ?? null, 'population'),
    row('Part des 0–14 ans', '%', (t) => pct(t.ages?.share0014), 'ages'),
    row('Part des 60 ans et plus', '%', (t) => pct(t.ages?.share60p), 'ages'),
    row('Part des 75 ans et plus', '%', (t) => pct(t.ages?.share75p), 'ages'),
    ...TERRITORY_PROFESSIONS.flatMap(({ key, label }) => [
      row(label, 'personnes', (t) => people(t, key)?.people ?? null, 'professionals'),
      row(
        `${label} pour 10 000 hab.`,
        '/10 000',
        (t) => people(t, key)?.per10k ?? null,
        'professionals',
      ),
    ]),
    row('Établissements', '', (t) => t.establishmentCount, 'establishments'),
    row(
      'Population sans médecin généraliste dans sa commune',
      '%',
      (t) => pct(t.noGp?.share),
      'professionals',
    ),
  ];
  const setA = new Set(codesA);
  const setB = new Set(codesB);
  return {
    rows,
    onlyA: [...setA].filter((c) => !setB.has(c)).sort(),
    onlyB: [...setB].filter((c) => !setA.has(c)).sort(),
    both: [...setA].filter((c) => setB.has(c)).sort(),
  };
}

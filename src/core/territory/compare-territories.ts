import type { TerritoryIndicators } from './compute-territory-indicators';

/** One line of a side-by-side comparison. */
export interface ComparisonRow {
  label: string;
  unit: string;
  a: number | null;
  b: number | null;
  /** b − a, null when either is missing. */
  difference: number | null;
}

/**
 * Side-by-side comparison of two territories (ARS delegate): each indicator of DOMAIN.md 4.1 for
 * A and B and the difference B − A, plus the communes only in A, only in B and in both.
 *
 * @example compareTerritories(a, ['96001'], b, ['96001', '96002']).onlyB; // => ['96002']
 */
export function compareTerritories(
  a: TerritoryIndicators,
  codesA: readonly string[],
  b: TerritoryIndicators,
  codesB: readonly string[],
): { rows: ComparisonRow[]; onlyA: string[]; onlyB: string[]; both: string[] } {
  const row = (
    label: string,
    unit: string,
    f: (t: TerritoryIndicators) => number | null,
  ): ComparisonRow => {
    const va = f(a);
    const vb = f(b);
    return { label, unit, a: va, b: vb, difference: va === null || vb === null ? null : vb - va };
  };
  const pct = (x: number | null | undefined) => (x === null || x === undefined ? null : x * 100);
  const rows: ComparisonRow[] = [
    row('Population municipale', 'hab.', (t) => t.population),
    row('Communes', '', (t) => t.communeCount),
    row('Superficie', 'km²', (t) => t.areaKm2),
    row('Densité', 'hab./km²', (t) => t.densityKm2),
    row('Tranche ACI', '', (t) => t.tranche.tranche.size),
    row('Part des 0–14 ans', '%', (t) => pct(t.ages?.share0014)),
    row('Part des 60 ans et plus', '%', (t) => pct(t.ages?.share60p)),
    row('Part des 75 ans et plus', '%', (t) => pct(t.ages?.share75p)),
    ...a.professions.flatMap((p, i) => [
      row(p.label, 'personnes', (t) => t.professions[i]?.people ?? null),
      row(`${p.label} pour 10 000 hab.`, '/10 000', (t) => t.professions[i]?.per10k ?? null),
    ]),
    row('Établissements', '', (t) => t.establishmentCount),
    row('Population sans médecin généraliste dans sa commune', '%', (t) => pct(t.noGp.share)),
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

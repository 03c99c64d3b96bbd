/** How a territory sits on the plurality basins: which basins its population lives in. */

/** What the comparison needs of a basin (`BasinQuality` with its name). */
export interface ComparedBasin {
  id: string;
  name: string;
  communes: readonly string[];
  population: number;
  li: number | null;
}

/** One basin met by the territory. */
export interface BasinShare {
  id: string;
  name: string;
  /** Communes of the territory in this basin. */
  communeCount: number;
  /** Population of the territory living in this basin. */
  population: number;
  /** population ÷ the territory's population (0–1); null when the territory has no population. */
  shareOfTerritory: number | null;
  /** population ÷ the basin's population (0–1): how much of the basin the territory takes. */
  shareOfBasin: number | null;
  basinLi: number | null;
}

/** The territory's population by basin, largest first, and its communes in no basin. */
export interface BasinComparison {
  rows: BasinShare[];
  /** Communes of the territory in no basin (no stays, or not loaded). */
  outside: string[];
}

/**
 * Splits the territory's population over the basins (Dartmouth-style plurality basins, DOMAIN.md
 * 4.3): a territory that follows the care pathways lies mostly in one basin, and takes most of it.
 * Populations count only communes with a known population (`populationOf` returns null otherwise).
 *
 * @example
 * compareWithBasins(['a', 'b'], [{ id: 'a', name: 'Bassin de A', communes: ['a', 'c'], population: 300, li: 0.6 }],
 *   (c) => ({ a: 100, b: 50, c: 200 })[c] ?? null);
 * // rows[0]: { communeCount: 1, population: 100, shareOfTerritory: 2/3, shareOfBasin: 1/3 }; outside ['b']
 */
export function compareWithBasins(
  codes: readonly string[],
  basins: readonly ComparedBasin[],
  populationOf: (code: string) => number | null,
): BasinComparison {
  const basinOf = new Map<string, ComparedBasin>();
  for (const b of basins) for (const c of b.communes) basinOf.set(c, b);
  const byBasin = new Map<ComparedBasin, { communes: number; population: number }>();
  const outside: string[] = [];
  let total = 0;
  let withPopulation = 0;
  for (const code of new Set(codes)) {
    const pop = populationOf(code);
    if (pop !== null) {
      total += pop;
      withPopulation++;
    }
    const basin = basinOf.get(code);
    if (!basin) {
      outside.push(code);
      continue;
    }
    const entry = byBasin.get(basin) ?? { communes: 0, population: 0 };
    entry.communes++;
    entry.population += pop ?? 0;
    byBasin.set(basin, entry);
  }
  const rows = [...byBasin].map(([b, e]) => ({
    id: b.id,
    name: b.name,
    communeCount: e.communes,
    population: e.population,
    shareOfTerritory: withPopulation > 0 && total > 0 ? e.population / total : null,
    shareOfBasin: b.population > 0 ? e.population / b.population : null,
    basinLi: b.li,
  }));
  rows.sort((a, b) => b.population - a.population || b.communeCount - a.communeCount);
  return { rows, outside: outside.sort() };
}

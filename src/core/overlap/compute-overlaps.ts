/** What a territory shares with one loaded CPTS perimeter. */
export interface PerimeterOverlap {
  name: string;
  sharedCommunes: string[];
  sharedPopulation: number;
  /** Communes and population of the whole CPTS, for context. */
  perimeterCommunes: number;
  perimeterPopulation: number;
}

/** Population lookup: null when the commune has no population. */
export type PopulationOf = (code: string) => number | null;

/**
 * Overlap of a territory with each loaded CPTS perimeter: the communes it shares with the CPTS and
 * their population municipale, largest overlap first; CPTS with no shared commune are left out.
 * A commune listed in two CPTS counts in both (overlaps are allowed but must be visible,
 * instruction DGOS/ARS on CPTS territories, DOMAIN.md 1).
 *
 * @example computeOverlaps(['96001'], new Map([['CPTS A', new Set(['96001'])]]), () => 100);
 * // => [{ name: 'CPTS A', sharedCommunes: ['96001'], sharedPopulation: 100, … }]
 */
export function computeOverlaps(
  codes: Iterable<string>,
  membersByPerimeter: ReadonlyMap<string, ReadonlySet<string>>,
  populationOf: PopulationOf,
): PerimeterOverlap[] {
  const territory = new Set(codes);
  const result: PerimeterOverlap[] = [];
  for (const [name, members] of membersByPerimeter) {
    const shared = [...members].filter((c) => territory.has(c)).sort();
    if (shared.length === 0) continue;
    result.push({
      name,
      sharedCommunes: shared,
      sharedPopulation: sum(shared, populationOf),
      perimeterCommunes: members.size,
      perimeterPopulation: sum([...members], populationOf),
    });
  }
  return result.sort(
    (a, b) => b.sharedPopulation - a.sharedPopulation || a.name.localeCompare(b.name, 'fr'),
  );
}

function sum(codes: readonly string[], populationOf: PopulationOf): number {
  return codes.reduce((total, code) => total + (populationOf(code) ?? 0), 0);
}

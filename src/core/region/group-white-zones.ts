import { computeConnectedPieces } from '../geo/connected-components';
import type { TerritoryCommuneInput } from '../territory/territory-base';
import type { AdjacentCpts, WhiteZoneGroup } from './region-types';

/**
 * White zones (loaded communes in no CPTS) grouped into contiguous areas through the commune
 * adjacency of the workbench (shared borders, `buildCommuneAdjacency`; pieces by
 * `computeConnectedPieces`), each with its communes, population (communes without population
 * counted apart, never as 0), EPCI, and the CPTS sharing a border with it — the ones that could
 * absorb it, most communes in contact first. Groups come by population descending and are named
 * « Zone blanche 1 », « Zone blanche 2 »… Method: rook contiguity (Anselin 1988, « Spatial
 * Econometrics », ch. 3); CPTS must stay « cohérent avec celui des autres CPTS » (DOMAIN.md 1).
 *
 * @param communes the loaded communes
 * @param neighboursOf communes sharing a border with a commune
 * @param perimetersOf CPTS listing a commune (empty for a white zone)
 * @example
 * groupWhiteZones(communes, (c) => adjacency.neighbours.get(c) ?? [], (c) => base.perimetersByCode.get(c) ?? [])[0].adjacentCpts;
 * // => [{ name: 'CPTS A', contactCommunes: 2 }]
 */
export function groupWhiteZones(
  communes: readonly TerritoryCommuneInput[],
  neighboursOf: (code: string) => readonly string[],
  perimetersOf: (code: string) => readonly string[],
): WhiteZoneGroup[] {
  const byCode = new Map(communes.map((c) => [c.code, c]));
  const white = communes.filter((c) => perimetersOf(c.code).length === 0).map((c) => c.code);
  const groups = computeConnectedPieces(white, neighboursOf).map((codes) => {
    let population = 0;
    let known = 0;
    const epcis = new Map<string, { code: string | null; name: string; communes: number }>();
    const contacts = new Map<string, number>();
    const list = codes.map((code) => {
      const c = byCode.get(code)!;
      if (c.population !== null) {
        population += c.population;
        known += 1;
      }
      const key = c.epci ?? `nom:${c.epciName ?? ''}`;
      const epci = epcis.get(key) ?? {
        code: c.epci,
        name: c.epciName ?? (c.epci ? `EPCI ${c.epci}` : 'EPCI non renseigné'),
        communes: 0,
      };
      epci.communes += 1;
      epcis.set(key, epci);
      const touching = new Set(neighboursOf(code).flatMap((n) => perimetersOf(n)));
      for (const name of touching) contacts.set(name, (contacts.get(name) ?? 0) + 1);
      return { code, name: c.name, population: c.population };
    });
    const adjacentCpts: AdjacentCpts[] = [...contacts]
      .map(([name, contactCommunes]) => ({ name, contactCommunes }))
      .sort((a, b) => b.contactCommunes - a.contactCommunes || a.name.localeCompare(b.name, 'fr'));
    return {
      id: '',
      communes: list,
      population: known > 0 ? population : null,
      communesWithoutPopulation: codes.length - known,
      epcis: [...epcis.values()].sort(
        (a, b) => b.communes - a.communes || a.name.localeCompare(b.name, 'fr'),
      ),
      adjacentCpts,
    };
  });
  groups.sort(
    (a, b) =>
      (b.population ?? -1) - (a.population ?? -1) ||
      b.communes.length - a.communes.length ||
      (a.communes[0]?.code ?? '').localeCompare(b.communes[0]?.code ?? ''),
  );
  return groups.map((g, i) => ({ ...g, id: `Zone blanche ${i + 1}` }));
}

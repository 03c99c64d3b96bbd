/**
 * The real communes of the 12 départements of ../shared/data (COG 2026 contours with their
 * population municipale, see SOURCES.md) and CPTS perimeters generated from them, made of whole
 * EPCI, for the regional view's test and benchmark. Test support only.
 */
import fs from 'node:fs';
import type { CodedGeometry } from '../../src/core/geo/dissolve-communes';
import type { TerritoryCommuneInput } from '../../src/core/territory/territory-base';
import type { PerimeterMember } from '../../src/core/types';
import { readTerritoryCommunes } from './manche-communes';
import { sharedPath } from './shared-data';

/** The départements whose contours are in ../shared/data/geo/communes-cog2026. */
export const SHARED_DEPARTEMENTS = [
  '01', '14', '35', '38', '39', '50', '53', '61', '69', '71', '73', '74',
] as const; // prettier-ignore

/** Communes and geometries of the 12 départements. */
export function readRegionCommunes(): {
  communes: TerritoryCommuneInput[];
  geometries: CodedGeometry[];
} {
  const communes: TerritoryCommuneInput[] = [];
  const geometries: CodedGeometry[] = [];
  for (const dep of SHARED_DEPARTEMENTS) {
    const file = sharedPath(`geo/communes-cog2026/communes-${dep}.geojson`);
    if (!fs.existsSync(file)) throw new Error(`Contours absents : ${file}`);
    const r = readTerritoryCommunes(file, dep);
    communes.push(...r.communes);
    geometries.push(...r.geometries);
  }
  return { communes, geometries };
}

/**
 * Generated CPTS (deterministic): the EPCI sorted by code, taken two by two as one CPTS; every
 * tenth pair is left out (white zones); every fourth CPTS also takes the first three communes of
 * the next one (overlaps). About 80 CPTS for the 184 EPCI of the 12 départements.
 */
export function generateRegionCpts(communes: readonly TerritoryCommuneInput[]): PerimeterMember[] {
  const byEpci = new Map<string, string[]>();
  for (const c of communes) {
    const key = c.epci ?? `sans-epci-${c.code}`;
    byEpci.set(key, [...(byEpci.get(key) ?? []), c.code]);
  }
  const epcis = [...byEpci.keys()].sort();
  const groups: string[][] = [];
  for (let i = 0; i < epcis.length; i += 2)
    groups.push(
      [...(byEpci.get(epcis[i]!) ?? []), ...(byEpci.get(epcis[i + 1] ?? '') ?? [])].sort(),
    );
  const members: PerimeterMember[] = [];
  groups.forEach((codes, i) => {
    if (i % 10 === 9) return;
    const extra = i % 4 === 0 ? (groups[i + 1] ?? []).slice(0, 3) : [];
    for (const communeCode of [...codes, ...extra])
      members.push({
        perimeterName: `CPTS générée ${String(i + 1).padStart(3, '0')}`,
        communeCode,
      });
  });
  return members;
}

/**
 * A hand-made test territory: a grid of unit-square communes `96RCC`-like codes (row, column),
 * with population, professionals and CPTS memberships set by each test. Test support only.
 */
import type { Polygon } from 'geojson';
import type { TerritoryCommuneInput } from './territory-base';

/** Code of the commune at row r, column c of the grid: `96` + r + two-digit c. */
export const cell = (r: number, c: number): string => `96${r}${String(c).padStart(2, '0')}`;

export function square(x: number, y: number, size = 0.01): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
      ],
    ],
  };
}

/** An n×n grid of 0.01° squares; every commune has 1,000 inhabitants (vintage 2021). */
export function grid(n: number): {
  communes: TerritoryCommuneInput[];
  geometries: { code: string; geometry: Polygon }[];
} {
  const communes: TerritoryCommuneInput[] = [];
  const geometries: { code: string; geometry: Polygon }[] = [];
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      const code = cell(r, c);
      communes.push({
        code,
        name: `Commune ${r}-${c}`,
        dep: '96',
        epci: r < n / 2 ? '200096001' : '200096002',
        epciName: r < n / 2 ? 'CC Nord' : 'CC Sud',
        population: 1000,
        populationYear: 2021,
        areaKm2: 1,
        share0014: 0.2,
        share60p: 0.3,
        share75p: 0.1,
        centroidLon: c * 0.01 + 0.005,
        centroidLat: r * 0.01 + 0.005,
      });
      geometries.push({ code, geometry: square(c * 0.01, r * 0.01) });
    }
  return { communes, geometries };
}

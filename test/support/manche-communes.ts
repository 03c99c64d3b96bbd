/**
 * The real Manche communes of ../shared/data (COG 2026, see SOURCES.md) as territory inputs and
 * geometries, for the tests and the benchmark that use them.
 */
import fs from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';
import { computeCommuneMetrics } from '../../src/core/geo/commune-metrics';
import type { CodedGeometry } from '../../src/core/geo/dissolve-communes';
import type { TerritoryCommuneInput } from '../../src/core/territory/territory-base';

/** Reads a communes-cog2026 GeoJSON (`code`, `nom`, `epci`, `epci_nom`, `population`). */
export function readTerritoryCommunes(
  file: string,
  dep: string,
): { communes: TerritoryCommuneInput[]; geometries: CodedGeometry[] } {
  const fc = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    features: { properties: Record<string, string | number>; geometry: Polygon | MultiPolygon }[];
  };
  const geometries = fc.features.map((f) => ({
    code: String(f.properties.code),
    geometry: f.geometry,
  }));
  const communes = fc.features.map((f): TerritoryCommuneInput => {
    const m = computeCommuneMetrics(f.geometry);
    return {
      code: String(f.properties.code),
      name: String(f.properties.nom),
      dep,
      epci: String(f.properties.epci),
      epciName: String(f.properties.epci_nom),
      population: Number(f.properties.population),
      populationYear: 2023,
      areaKm2: m.areaKm2,
      share0014: null,
      share60p: null,
      share75p: null,
      centroidLon: m.centroidLon,
      centroidLat: m.centroidLat,
    };
  });
  return { communes, geometries };
}

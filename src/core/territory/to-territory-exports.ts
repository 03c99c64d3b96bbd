import { rewind } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { TerritoryAnalysis } from './analyse-territory';
import type { TerritoryCommuneInput } from './territory-base';

/** Metadata written into every export. */
export interface ExportMeta {
  territoryName: string;
  /** ISO date (YYYY-MM-DD) of the export. */
  date: string;
  /** True for the fictitious demo: « données fictives » is written in the files. */
  fictitious: boolean;
  sources: string;
}

/**
 * GeoJSON (RFC 7946: WGS84 lon/lat, exterior rings counter-clockwise, holes clockwise, no `crs`
 * member) of a territory: first feature the dissolved perimeter with the territory's indicators,
 * then one feature per commune with its own figures. Rings are rewound with Turf `rewind`
 * (right-hand rule of RFC 7946 section 3.1.6).
 *
 * @example JSON.parse(toTerritoryGeoJson(analysis, communes, geometryOf, meta)).features[0].properties.role; // 'perimetre'
 */
export function toTerritoryGeoJson(
  analysis: TerritoryAnalysis,
  communes: readonly TerritoryCommuneInput[],
  geometryOf: (code: string) => Polygon | MultiPolygon | null,
  meta: ExportMeta,
): string {
  const ind = analysis.indicators;
  const features: Feature[] = [];
  if (analysis.outline) {
    features.push(
      rewind({
        type: 'Feature',
        properties: {
          role: 'perimetre',
          territoire: meta.territoryName,
          date_export: meta.date,
          donnees_fictives: meta.fictitious,
          sources: meta.sources,
          nb_communes: ind.communeCount,
          population_municipale: ind.population,
          millesime_population: ind.populationYears.join(', '),
          superficie_km2: round(ind.areaKm2, 3),
          densite_hab_km2: ind.densityKm2 === null ? null : round(ind.densityKm2, 1),
          tranche_aci: ind.tranche.tranche.size,
          ...Object.fromEntries(ind.professions.map((p) => [`${p.key}_personnes`, p.people])),
          cpts_chevauchees: analysis.overlaps.map((o) => o.name).join('; '),
        },
        geometry: analysis.outline.geometry,
      }) as Feature<MultiPolygon>,
    );
  }
  for (const c of communes) {
    const geometry = geometryOf(c.code);
    if (!geometry) continue;
    features.push(
      rewind({
        type: 'Feature',
        properties: {
          role: 'commune',
          code_insee: c.code,
          nom: c.name,
          population_municipale: c.population,
          millesime_population: c.populationYear,
          epci: c.epci,
          epci_nom: c.epciName,
          superficie_km2: round(c.areaKm2, 3),
          part_0014: c.share0014 === null ? null : round(c.share0014, 4),
          part_60p: c.share60p === null ? null : round(c.share60p, 4),
          part_75p: c.share75p === null ? null : round(c.share75p, 4),
        },
        geometry,
      }) as Feature,
    );
  }
  const collection: FeatureCollection & { name: string } = {
    type: 'FeatureCollection',
    name: meta.fictitious ? `${meta.territoryName} — données fictives` : meta.territoryName,
    features,
  };
  return JSON.stringify(collection);
}

/**
 * CSV of a territory's communes: `code_insee;nom;population_municipale;millesime;epci;epci_nom`,
 * `;`-separated (French Excel), UTF-8 with a byte order mark so that Excel reads the accents,
 * codes as text (leading zeros kept), CRLF line ends (RFC 4180).
 *
 * @example toCommunesCsv(communes).startsWith('\uFEFFcode_insee;'); // => true
 */
export function toCommunesCsv(communes: readonly TerritoryCommuneInput[]): string {
  const lines = [['code_insee', 'nom', 'population_municipale', 'millesime', 'epci', 'epci_nom']];
  for (const c of communes) {
    lines.push([
      c.code,
      c.name,
      c.population?.toString() ?? '',
      c.populationYear?.toString() ?? '',
      c.epci ?? '',
      c.epciName ?? '',
    ]);
  }
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * File name of an export: territory name (accents removed, spaces as hyphens) and date.
 *
 * @example exportFileName('CPTS du Bocage', '2026-05-04', 'csv'); // => 'cpts-du-bocage-2026-05-04.csv'
 */
export function exportFileName(territoryName: string, date: string, extension: string): string {
  const slug = territoryName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'territoire'}-${date}.${extension}`;
}

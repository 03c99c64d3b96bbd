import { toCsv } from '../export/csv';
import { rewind } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { formatAciAmount } from './aci-amounts';
import type { TerritoryAnalysis } from './analyse-territory';
import { formatExportSources, type ExportSource } from './export-sources';
import { POPULATION_SOURCE_LABELS } from './not-loaded';
import { inseeYearsLabel, populationYearLabel } from './population-vintage';
import { TERRITORY_PROFESSIONS } from './profession-groups';
import type { TerritoryCommuneInput } from './territory-base';

/** Metadata written into every export. */
export interface ExportMeta {
  territoryName: string;
  /** ISO date (YYYY-MM-DD) of the export. */
  date: string;
  /** True while any table of the fictitious demo is in use: « données fictives » is written. */
  fictitious: boolean;
  /** The files actually used, with kind and population vintage (`buildExportSources`). */
  sources: ExportSource[];
  /** CPTS the territory was started from (« Partir d’une CPTS »): not an overlap of its own. */
  startedFrom?: string | null;
}

/**
 * GeoJSON (RFC 7946: WGS84 lon/lat, exterior rings counter-clockwise, holes clockwise, no `crs`
 * member) of a territory: first feature the dissolved perimeter with the territory's indicators,
 * then one feature per commune with its own figures. Rings are rewound with Turf `rewind`
 * (right-hand rule of RFC 7946 section 3.1.6). What comes from a layer that is not loaded is JSON
 * null, never 0; the population's year (`millesime_population`, a string) is the census year or
 * « année inconnue », never a file-name year; the ACI funding is written as sourced maxima. The files used are listed twice: as
 * one readable line in the perimeter's `sources` property (GIS tools show it) and as a list of
 * `{ fichier, type, millesime, note, donnees_fictives }` in the collection's `sources` member
 * (a foreign member, RFC 7946 section 6.1).
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
          sources: formatExportSources(meta.sources),
          nb_communes: ind.communeCount,
          population_municipale: ind.population,
          millesime_population: territoryYears(analysis),
          source_population:
            ind.populationSources.map((s) => POPULATION_SOURCE_LABELS[s]).join(' ; ') || null,
          superficie_km2: round(ind.areaKm2, 3),
          densite_hab_km2: ind.densityKm2 === null ? null : round(ind.densityKm2, 1),
          tranche_aci: ind.tranche?.tranche.size ?? null,
          aci_financement_maximal: ind.tranche?.amounts.map(formatAciAmount).join(' ; ') ?? null,
          ...Object.fromEntries(
            TERRITORY_PROFESSIONS.map(({ key }) => [
              `${key}_personnes`,
              ind.professions?.find((p) => p.key === key)?.people ?? null,
            ]),
          ),
          part_pop_sans_generaliste: roundOrNull(ind.noGp?.share ?? null, 4),
          nb_etablissements: ind.establishmentCount,
          cpts_chevauchees: analysis.overlaps?.map((o) => o.name).join('; ') ?? null,
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
          millesime_population:
            c.population === null ? null : populationYearLabel(c.populationYear),
          source_population: sourceOf(c),
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
  const collection: FeatureCollection & { name: string; sources: Record<string, unknown>[] } = {
    type: 'FeatureCollection',
    name: meta.fictitious ? `${meta.territoryName} — données fictives` : meta.territoryName,
    sources: meta.sources.map((s) => ({
      fichier: s.fileName,
      type: s.kindLabel,
      millesime: s.year,
      note: s.note,
      donnees_fictives: s.demo,
    })),
    features,
  };
  return JSON.stringify(collection);
}

/**
 * CSV of a territory's communes:
 * `code_insee;nom;population_municipale;millesime;epci;epci_nom;source_population;territoire`,
 * `;`-separated (French Excel), UTF-8 with a byte order mark so that Excel reads the accents, codes
 * as text (leading zeros kept), CRLF line ends (RFC 4180). A missing value is an empty cell, never
 * 0; `millesime` is the census year, « année inconnue » when the population's file carried none;
 * `source_population` is `insee` or `contours` (population of the contour file, vintage unknown);
 * `territoire` names the territory on every row, so that the lists of several CPTS can be pasted
 * into one table.
 *
 * @example toCommunesCsv(communes, 'CPTS A').startsWith('\uFEFFcode_insee;'); // => true
 */
export function toCommunesCsv(
  communes: readonly TerritoryCommuneInput[],
  territoryName: string,
): string {
  const lines = [
    [
      'code_insee',
      'nom',
      'population_municipale',
      'millesime',
      'epci',
      'epci_nom',
      'source_population',
      'territoire',
    ],
  ];
  for (const c of communes) {
    lines.push([
      c.code,
      c.name,
      c.population?.toString() ?? '',
      c.population === null ? '' : populationYearLabel(c.populationYear),
      c.epci ?? '',
      c.epciName ?? '',
      sourceOf(c) ?? '',
      territoryName,
    ]);
  }
  return toCsv(lines);
}

/** Census years of the territory's population (« année inconnue » for contours); null without. */
function territoryYears({ indicators: i }: TerritoryAnalysis): string | null {
  if (i.population === null) return null;
  const contours = i.populationSources.includes('contours');
  return inseeYearsLabel([...i.populationYears, ...(contours ? [null] : [])]);
}

function sourceOf(c: TerritoryCommuneInput): string | null {
  return c.population === null ? null : (c.populationSource ?? 'insee');
}

function roundOrNull(x: number | null, digits: number): number | null {
  return x === null ? null : round(x, digits);
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
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'territoire'}-${date}.${extension}`;
}

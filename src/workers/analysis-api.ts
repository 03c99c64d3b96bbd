/**
 * The analysis API: plain async functions over core and io. The app calls them through the
 * analysis worker (see analysis-client.ts); Node tests and the CLI call them directly.
 * Everything that crosses the boundary is structured-cloneable.
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import {
  buildCommuneTopology,
  dissolveCommunes,
  type CodedGeometry,
} from '../core/geo/dissolve-communes';
import { mergePopulationRecords } from '../core/territory/merge-population';
import type { DataIssue, Dataset, PerimeterMember, PopulationRecord } from '../core/types';
import {
  applySavoirFaire,
  parseDataFile,
  type FileKind,
  type ParsedDataFile,
  type SavoirFaireRow,
} from '../io';
import { membersFromPolygons } from './perimeter-polygons';

/** A file handed to the worker: its name as the user knows it and its raw bytes. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** What the import did with one file. */
export interface FileReport {
  fileName: string;
  kind: FileKind | null;
  encoding: string;
  separator: string | null;
  rowCount: number;
  acceptedCount: number;
  issues: DataIssue[];
}

export interface ParsedFiles {
  dataset: Dataset;
  reports: FileReport[];
}

/** An empty dataset. */
export function emptyDataset(): Dataset {
  return {
    communes: [],
    population: [],
    professionals: [],
    establishments: [],
    stays: [],
    pmsiZones: [],
    perimeters: [],
  };
}

/**
 * Parses several files (kind detected from each file's content) into one dataset, with a report
 * per file. Population files are merged (PMUN from populations légales, ages from the age base).
 *
 * @example const { dataset, reports } = await parseDataFiles([{ name: 'communes.geojson', bytes }]);
 */
export async function parseDataFiles(files: readonly InputFile[]): Promise<ParsedFiles> {
  const dataset = emptyDataset();
  const populationFiles: PopulationRecord[][] = [];
  const skills: SavoirFaireRow[] = [];
  const reports: FileReport[] = [];
  const polygonFiles: {
    report: FileReport | undefined;
    parsed: Extract<ParsedDataFile, { kind: 'perimeters' }>;
  }[] = [];
  for (const file of files) {
    const parsed = parseDataFile(file.name, file.bytes);
    reports.push({
      fileName: file.name,
      kind: parsed.kind,
      encoding: parsed.encoding,
      separator: parsed.separator,
      rowCount: parsed.rowCount,
      acceptedCount: parsed.rows.length,
      issues: parsed.issues,
    });
    switch (parsed.kind) {
      case 'communes':
        dataset.communes.push(...parsed.rows);
        break;
      case 'population':
        populationFiles.push(parsed.rows);
        break;
      case 'professionals':
        dataset.professionals.push(...parsed.rows);
        break;
      case 'professional-skills':
        skills.push(...parsed.rows);
        break;
      case 'establishments':
        dataset.establishments.push(...parsed.rows);
        break;
      case 'stays':
        dataset.stays.push(...parsed.rows);
        break;
      case 'pmsi-zones':
        dataset.pmsiZones.push(...parsed.rows);
        break;
      case 'perimeters':
        dataset.perimeters.push(...parsed.rows);
        if (parsed.polygons.length > 0) polygonFiles.push({ report: reports.at(-1), parsed });
        break;
      default:
        break;
    }
  }
  // CPTS polygons: member communes from the contours of the same files.
  for (const { report, parsed } of polygonFiles) {
    const r = membersFromPolygons(parsed.fileName, parsed.polygons, dataset.communes);
    dataset.perimeters.push(...r.members);
    if (report) {
      report.acceptedCount += r.members.length;
      report.issues.push(...r.issues);
    }
  }
  dataset.population = mergePopulationRecords(populationFiles);
  // Newer Annuaire Santé extractions give the savoir-faire in a separate file, joined on the person.
  if (skills.length) dataset.professionals = applySavoirFaire(dataset.professionals, skills);
  return { dataset, reports };
}

/** A dissolved CPTS perimeter. */
export type PerimeterOutline = Feature<MultiPolygon, { name: string; communeCount: number }>;

/**
 * Dissolves each perimeter's communes into its outline (topology-aware: shared borders vanish,
 * no slivers). Communes of a perimeter that have no contour are counted in `missing`.
 *
 * @example await dissolvePerimeters(geometries, [{ perimeterName: 'CPTS A', communeCode: '96001' }])
 */
export async function dissolvePerimeters(
  communes: readonly CodedGeometry[],
  members: readonly PerimeterMember[],
): Promise<{
  outlines: FeatureCollection<MultiPolygon, PerimeterOutline['properties']>;
  missing: PerimeterMember[];
}> {
  const topo = buildCommuneTopology(communes);
  const byName = new Map<string, string[]>();
  const missing: PerimeterMember[] = [];
  for (const member of members) {
    if (!topo.indexByCode.has(member.communeCode)) {
      missing.push(member);
      continue;
    }
    const list = byName.get(member.perimeterName) ?? [];
    list.push(member.communeCode);
    byName.set(member.perimeterName, list);
  }
  const features: PerimeterOutline[] = [];
  for (const [name, codes] of [...byName].sort(([a], [b]) => a.localeCompare(b, 'fr'))) {
    const outline = dissolveCommunes(topo, codes);
    if (outline) {
      features.push({ ...outline, properties: { name, communeCount: new Set(codes).size } });
    }
  }
  return { outlines: { type: 'FeatureCollection', features }, missing };
}
export * from './territory-api';
export * from './access-api';
export * from './flows-api';

/**
 * Recognises what a user's file is (DOMAIN.md section 3) from its content, the file name serving
 * only as a tie-breaker: GeoJSON/TopoJSON, Annuaire Santé, FINESS, PMSI, CPTS lists, INSEE files.
 */
import type { DataKind } from '../core/types';
import { findColumn, normalizeHeader } from './csv-table';
import { detectSeparator } from './detect-separator';
import { ANNUAIRE_COLUMNS } from './parse-annuaire-sante';
import { isAplHeader } from './parse-apl';
import { hasActivityColumns } from './parse-professional-activity';
import { TRAVEL_TIME_COLUMN_ALIASES } from './parse-travel-times';
import { COMMUNE_PROPERTY_ALIASES } from './parse-communes';
import { isOfficialFinessExtraction } from './parse-finess';
import { PERIMETER_COLUMN_ALIASES } from './parse-perimeters';
import { PMSI_COLUMN_ALIASES } from './parse-pmsi-stays';
import { PMSI_ZONE_COLUMN_ALIASES } from './parse-pmsi-zones';
import { findDatedPopulationColumns } from './population-columns';
import { POPULATION_COLUMN_ALIASES } from './parse-population';

/** The app's data kinds plus the separate savoir-faire file of the Annuaire Santé. */
export type FileKind =
  DataKind | 'professional-skills' | 'apl' | 'travel-times' | 'professional-activity';

/** Outcome of {@link detectKind}. */
export interface KindDetection {
  /** Null when the file is not recognised. */
  kind: FileKind | null;
  /** 0–1: 0.9+ from a distinctive header, ~0.6 from partial evidence, 0.3 from the file name only. */
  confidence: number;
  /** French explanation for the user (which columns or properties decided). */
  reason: string;
  /** Whether the content is JSON (GeoJSON / TopoJSON). */
  json: boolean;
}

/** Names that can only be a PMSI geographic code (not a generic `zone` or a commune code). */
const PMSI_GEO_CODE_NAMES = [
  'code_geo',
  'code_geo_pmsi',
  'code géographique',
  'code_geographique_pmsi',
  'code géo',
  'cdgeo',
  'code_geo_residence',
];

const NAME_HINTS: [RegExp, FileKind, string][] = [
  [/savoir.?faire/i, 'professional-skills', 'PS_LibreAcces_SavoirFaire'],
  [/ps_libreacces|rpps|annuaire/i, 'professionals', 'Annuaire Santé'],
  [/finess|etalab-cs1100507/i, 'establishments', 'FINESS'],
  [/codes?.?geo/i, 'pmsi-zones', 'codes géographiques PMSI'],
  [/pmsi|sejour/i, 'stays', 'PMSI'],
  [/cpts|perimet/i, 'perimeters', 'CPTS'],
  [/pop|base-cc/i, 'population', 'population'],
  [/\.(geo|topo)?json$/i, 'communes', 'GeoJSON'],
];

/**
 * Detects the kind of a file from its decoded text (the first 64 KB are enough) and its name.
 *
 * @example
 * detectKind('x.csv', 'code_geo;finess;nb_sejours\n50C02;500000013;12');
 * // { kind: 'stays', confidence: 0.95, reason: 'colonnes code_geo, finess, nb_sejours (séjours PMSI)', json: false }
 */
export function detectKind(fileName: string, text: string): KindDetection {
  const head = text.slice(0, 65536).replace(/^\uFEFF/, '');
  const trimmed = head.trimStart();
  if (trimmed === '') return { kind: null, confidence: 0, reason: 'fichier vide', json: false };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    // TopoJSON puts `arcs` first: sample the text where the objects (and their properties) start.
    const objectsAt = text.indexOf('"objects"');
    const sample = objectsAt > 65536 ? head + text.slice(objectsAt, objectsAt + 65536) : head;
    return detectJson(sample);
  }
  if (isOfficialFinessExtraction(head)) {
    return {
      kind: 'establishments',
      confidence: 0.99,
      reason: 'extraction FINESS officielle (lignes finess;etalab / structureet)',
      json: false,
    };
  }
  const separator = detectSeparator(head);
  const lines = head
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 6);
  for (const line of lines) {
    const headers = line.split(separator).map((h) => h.replace(/^"|"$/g, '').trim());
    const found = detectFromHeaders(headers);
    if (found) return found;
  }
  const apl = detectApl(head, separator);
  if (apl) return apl;
  return byName(fileName, `en-tête non reconnu (${(lines[0] ?? '').slice(0, 200)})`);
}

function byName(fileName: string, why: string): KindDetection {
  for (const [re, kind, label] of NAME_HINTS) {
    if (re.test(fileName)) {
      return {
        kind,
        confidence: 0.3,
        reason: `${why} ; nom de fichier évoquant ${label}`,
        json: false,
      };
    }
  }
  return { kind: null, confidence: 0, reason: why, json: false };
}

function detectFromHeaders(headers: string[]): KindDetection | null {
  const keys = headers.map(normalizeHeader);
  const has = (aliases: readonly string[]) => findColumn(headers, aliases)?.name;
  const r = (
    kind: FileKind,
    confidence: number,
    cols: (string | undefined)[],
    what: string,
  ): KindDetection => ({
    kind,
    confidence,
    reason: `colonnes ${cols.filter((c) => c !== undefined).join(', ')} (${what})`,
    json: false,
  });
  const origin = has(TRAVEL_TIME_COLUMN_ALIASES.origin);
  const destination = has(TRAVEL_TIME_COLUMN_ALIASES.destination);
  const minutes = has(TRAVEL_TIME_COLUMN_ALIASES.minutes);
  if (origin && destination && minutes)
    return r('travel-times', 0.9, [origin, destination, minutes], 'matrice de temps de trajet');
  const pp = has([ANNUAIRE_COLUMNS.personId]);
  // An activity file (FTE, acts, age per person) has no profession column; a reworked Annuaire
  // Santé extract with such columns stays `professionals` (the access tab reads both).
  if (hasActivityColumns(headers) && !has([ANNUAIRE_COLUMNS.professionCode]))
    return r('professional-activity', 0.9, [headers[0]], 'activité des professionnels');
  if (pp) {
    const place = has([
      ANNUAIRE_COLUMNS.communeCode,
      ANNUAIRE_COLUMNS.finessSite,
      'Raison sociale site',
    ]);
    const sf = has([ANNUAIRE_COLUMNS.specialtyCode]);
    if (!place && sf)
      return r('professional-skills', 0.95, [pp, sf], 'savoir-faire de l’Annuaire Santé');
    return r('professionals', 0.99, [pp, has([ANNUAIRE_COLUMNS.professionCode])], 'Annuaire Santé');
  }
  const et = has(['nofinesset', 'nofinessej']);
  if (et) return r('establishments', 0.95, [et], 'FINESS');
  const zone = has(PMSI_COLUMN_ALIASES.zone);
  const finess = has(PMSI_COLUMN_ALIASES.finess);
  const stays = has(PMSI_COLUMN_ALIASES.stays);
  const cp = has(PMSI_ZONE_COLUMN_ALIASES.postalCode);
  const pmsiZone = has(PMSI_GEO_CODE_NAMES);
  if (pmsiZone && cp && !stays) {
    return r('pmsi-zones', 0.9, [pmsiZone, cp], 'codes géographiques PMSI ↔ codes postaux');
  }
  if (finess && stays) return r('stays', zone ? 0.95 : 0.6, [zone, finess, stays], 'séjours PMSI');
  const cpts = has(PERIMETER_COLUMN_ALIASES.perimeter);
  const code = has(PERIMETER_COLUMN_ALIASES.code);
  if (cpts && code) return r('perimeters', 0.9, [cpts, code], 'périmètres de CPTS');
  const pmun = keys.find((k) => k === 'pmun' || /^p\d\d pop$/.test(k));
  if (pmun) return r('population', 0.95, [headers[keys.indexOf(pmun)]], 'population INSEE');
  const pop =
    has(POPULATION_COLUMN_ALIASES.population) ?? findDatedPopulationColumns(headers)[0]?.name;
  const popCode = has(POPULATION_COLUMN_ALIASES.code);
  if (pop && popCode) return r('population', 0.7, [popCode, pop], 'population par commune');
  return null;
}

function detectJson(head: string): KindDetection {
  const topo = /"type"\s*:\s*"Topology"/.test(head);
  const geo = /"type"\s*:\s*"(FeatureCollection|Feature)"/.test(head);
  if (!topo && !geo) {
    return {
      kind: null,
      confidence: 0,
      reason: 'JSON qui n’est ni GeoJSON ni TopoJSON',
      json: true,
    };
  }
  const keys = new Set<string>();
  for (const m of head.matchAll(/"properties"\s*:\s*\{([^{}]*)\}/g)) {
    for (const k of (m[1] ?? '').matchAll(/"([^"\\]+)"\s*:/g)) if (k[1]) keys.add(k[1]);
    if (keys.size > 100) break;
  }
  const list = [...keys];
  const what = topo ? 'TopoJSON' : 'GeoJSON';
  const finess = findColumn(list, ['nofinesset', 'finess', 'finess_et'])?.name;
  if (finess && /"type"\s*:\s*"Point"/.test(head)) {
    return {
      kind: 'establishments',
      confidence: 0.85,
      reason: `${what} de points avec une propriété ${finess} (établissements)`,
      json: true,
    };
  }
  const cpts = findColumn(list, PERIMETER_COLUMN_ALIASES.perimeter)?.name;
  if (cpts) {
    return {
      kind: 'perimeters',
      confidence: 0.8,
      reason: `${what} avec une propriété ${cpts} (périmètres de CPTS)`,
      json: true,
    };
  }
  const code = findColumn(list, COMMUNE_PROPERTY_ALIASES.code)?.name;
  return {
    kind: 'communes',
    confidence: code ? 0.9 : 0.6,
    reason: code
      ? `${what} avec une propriété ${code} (contours communaux)`
      : `${what} (contours, code commune à identifier)`,
    json: true,
  };
}

/** The DREES APL workbook has title lines: its header (row 9 in the workbook) is searched further. */
function detectApl(head: string, separator: string): KindDetection | null {
  const lines = head.split(/\r?\n/).slice(0, 40);
  for (const line of lines) {
    const headers = line.split(separator).map((h) => h.replace(/^"|"$/g, '').trim());
    if (isAplHeader(headers.map(normalizeHeader))) {
      return {
        kind: 'apl',
        confidence: 0.95,
        reason: 'colonnes Code commune INSEE et APL (indicateur APL de la DREES)',
        json: false,
      };
    }
  }
  return null;
}

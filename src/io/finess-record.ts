/**
 * Building of one `Establishment` from named FINESS fields, shared by both FINESS layouts:
 * FINESS and commune codes as strings, Lambert 93 / UTM coordinates converted to WGS84.
 */
import type { Establishment } from '../core/types';
import { communeCodeFromParts, readCommuneCode, readFiness } from './codes';
import { quote, type IssueLog } from './issues';
import { parseNumberCell } from './parse-number';
import { crsForDepartement, crsFromFinessSource, toWgs84, type ProjectedCrs } from './projections';

/** Projected coordinates of one establishment as written, with the CRS source text. */
export interface Coordinates {
  x: string;
  y: string;
  source: string;
  line: number;
}

/** Counters reported once per file. */
export interface FinessCounters {
  repaired: number;
  noCoords: number;
}

/**
 * Builds one establishment from named FINESS fields (`nofinesset`, `nofinessej`, `rs`, `rslongue`,
 * `cog` or `departement` + `commune`, `categetab`, `libcategetab`); reports and returns null when
 * the FINESS number is unusable.
 *
 * @example
 * const fields: Record<string, string> = { nofinesset: '010000024', departement: '01', commune: '053' };
 * buildEstablishment((f) => fields[f] ?? '', (f) => f, 2, null, null, log, { repaired: 0, noCoords: 0 })?.communeCode; // '01053'
 */
export function buildEstablishment(
  get: (field: string) => string,
  colName: (field: string) => string,
  line: number,
  coords: Coordinates | null,
  wgs84: { lon: string; lat: string } | null,
  log: IssueLog,
  counters: FinessCounters,
): Establishment | null {
  const rawEt = get('nofinesset');
  const et = readFiness(rawEt);
  if (et.code === null) {
    log.add(
      'error',
      'invalid-finess',
      `n° FINESS ${quote(rawEt)} invalide (9 caractères attendus, ex. 010000024) ; établissement ignoré.`,
      line,
      colName('nofinesset'),
    );
    return null;
  }
  const rawEj = get('nofinessej');
  const ej = readFiness(rawEj);
  if (et.repaired || ej.repaired) counters.repaired++;
  if (rawEj !== '' && ej.code === null) {
    log.add(
      'warning',
      'invalid-finess',
      `n° FINESS juridique ${quote(rawEj)} invalide (9 caractères attendus) : laissé vide.`,
      line,
      colName('nofinessej'),
    );
  }
  const dep = get('departement');
  let communeCode = '';
  const cog = get('cog');
  if (cog !== '') {
    const read = readCommuneCode(cog);
    if (read.code === null)
      log.add(
        'warning',
        'invalid-code',
        `code commune ${quote(cog)} invalide (5 caractères attendus).`,
        line,
        colName('cog'),
      );
    else communeCode = read.code;
  } else if (get('commune') !== '') {
    communeCode = communeCodeFromParts(dep, get('commune')) ?? '';
    if (communeCode === '') {
      log.add(
        'warning',
        'invalid-code',
        `commune ${quote(get('commune'))} du département ${quote(dep)} : code INSEE impossible à former.`,
        line,
        colName('commune'),
      );
    }
  }
  if (communeCode === '') {
    log.add(
      'warning',
      'missing-commune',
      `établissement ${et.code} sans commune exploitable : il ne sera rattaché à aucun territoire par sa commune.`,
      line,
    );
  }
  let lon: number | null = null;
  let lat: number | null = null;
  if (wgs84 && wgs84.lon !== '' && wgs84.lat !== '') {
    const a = parseNumberCell(wgs84.lon);
    const b = parseNumberCell(wgs84.lat);
    if (
      a.kind === 'number' &&
      b.kind === 'number' &&
      Math.abs(a.value) <= 180 &&
      Math.abs(b.value) <= 90
    ) {
      lon = a.value;
      lat = b.value;
    } else
      log.add(
        'warning',
        'invalid-coordinates',
        `longitude/latitude ${quote(`${wgs84.lon} ${wgs84.lat}`)} illisibles ou hors bornes : coordonnées ignorées.`,
        line,
      );
  } else if (coords && coords.x !== '' && coords.y !== '') {
    const p = projectCoordinates(coords, dep, log);
    if (p) [lon, lat] = p;
  }
  if (lon === null) counters.noCoords++;
  const name = get('rslongue') || get('rs');
  return {
    finessEt: et.code,
    finessEj: ej.code ?? '',
    name,
    communeCode,
    categoryCode: get('categetab'),
    categoryLabel: get('libcategetab'),
    lon,
    lat,
  };
}

function projectCoordinates(c: Coordinates, dep: string, log: IssueLog): [number, number] | null {
  const x = parseNumberCell(c.x);
  const y = parseNumberCell(c.y);
  if (x.kind !== 'number' || y.kind !== 'number') {
    log.add(
      'warning',
      'invalid-coordinates',
      `coordonnées ${quote(`${c.x} ${c.y}`)} non numériques : ignorées.`,
      c.line,
    );
    return null;
  }
  let crs: ProjectedCrs | null = c.source === '' ? null : crsFromFinessSource(c.source);
  if (crs === null) {
    crs = crsForDepartement(dep);
    if (c.source !== '') {
      log.add(
        'warning',
        'unknown-crs',
        `système de coordonnées ${quote(c.source)} non reconnu : ${crs} supposé d’après le département.`,
        c.line,
      );
    }
  }
  if (
    crs === 'EPSG:2154' &&
    (x.value < 0 || x.value > 1_300_000 || y.value < 6_000_000 || y.value > 7_200_000)
  ) {
    log.add(
      'warning',
      'invalid-coordinates',
      `coordonnées (${c.x}, ${c.y}) hors de la France métropolitaine en Lambert 93 : ignorées.`,
      c.line,
    );
    return null;
  }
  const [lon, lat] = toWgs84(x.value, y.value, crs);
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90) {
    log.add(
      'warning',
      'invalid-coordinates',
      `coordonnées (${c.x}, ${c.y}) impossibles à convertir depuis ${crs} : ignorées.`,
      c.line,
    );
    return null;
  }
  return [lon, lat];
}

/**
 * Adds the per-file summary issues (repaired FINESS numbers, establishments without coordinates).
 *
 * @example
 * finishCounters(log, { repaired: 1, noCoords: 0 }, 10); // one 'repaired-finess' warning
 */
export function finishCounters(log: IssueLog, counters: FinessCounters, total: number): void {
  if (counters.repaired > 0) {
    log.add(
      'warning',
      'repaired-finess',
      `${counters.repaired} n° FINESS à 8 chiffres complété(s) par un zéro initial (perdu par un tableur ou par GISCO).`,
    );
  }
  if (counters.noCoords > 0) {
    log.add(
      'info',
      'missing-coordinates',
      `${counters.noCoords} établissement(s) sur ${total} sans coordonnées : placés par leur commune seulement.`,
    );
  }
}

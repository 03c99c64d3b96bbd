/**
 * Commune contours: GeoJSON / TopoJSON -> `Commune[]` (DOMAIN.md section 3.1): IGN ADMIN EXPRESS
 * (`INSEE_COM`, `NOM`, `INSEE_DEP`, `POPULATION`), etalab contours administratifs (`code`, `nom`,
 * `departement`, `epci`), geo.api.gouv.fr (`code`, `nom`, `population`, `codesPostaux`),
 * gregoiredavid/france-geojson (`code`, `nom`).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { Commune, ParseResult } from '../core/types';
import { COMMUNE_CODE_RE, depFromCommuneCode, readCommuneCode, readPostalCode } from './codes';
import { findColumn } from './csv-table';
import { readFeatures, type RawFeature } from './geojson-input';
import { ContourChecker } from './contour-checker';
import type { ProjectedCrs } from './projections';
import { IssueLog, quote, type FeatureRef } from './issues';
import { parseNumberCell } from './parse-number';

/** Accepted property names for each attribute, in order of preference. */
export const COMMUNE_PROPERTY_ALIASES = {
  code: [
    'code',
    'INSEE_COM',
    'code_insee',
    'insee',
    'codgeo',
    'code_commune',
    'code_com',
    'depcom',
    'com',
    'insee_code',
  ],
  name: [
    'nom',
    'NOM_COM',
    'nom_commune',
    'libgeo',
    'libelle',
    'libelle_commune',
    'name',
    'commune',
    'NOM_M',
  ],
  dep: ['dep', 'departement', 'INSEE_DEP', 'code_dep', 'code_departement', 'codedep', 'dept'],
  epci: ['epci', 'siren_epci', 'code_epci', 'epci_siren', 'SIREN_EPCI', 'epci_code'],
  epciName: ['epci_nom', 'nom_epci', 'lib_epci', 'libepci', 'epci_libelle'],
  postalCodes: [
    'codes_postaux',
    'codesPostaux',
    'code_postal',
    'codes_postal',
    'cp',
    'postal_code',
  ],
  population: ['population', 'POPULATION', 'pmun', 'population_municipale', 'pop'],
} as const;

/** Options of {@link parseCommunes}. */
export interface CommunesOptions {
  file: string;
  /** Property holding the commune code, chosen by the user; detected when absent. */
  codeField?: string;
  /** Property holding the name; detected when absent. */
  nameField?: string;
  /** TopoJSON object to read; the largest when absent. */
  topojsonObject?: string;
}

/** Which property was used for each attribute (null when absent), for the UI to show and override. */
export type CommuneFields = Record<keyof typeof COMMUNE_PROPERTY_ALIASES, string | null>;

/** Result of {@link parseCommunes}. */
export interface CommunesResult extends ParseResult<Commune> {
  fields: CommuneFields;
  /** Number of features read from the file. */
  featureCount: number;
}

/**
 * Parses commune contours from GeoJSON or TopoJSON text (or a parsed object) into `Commune[]`.
 * Codes stay strings; a numeric code (1001) is repaired to `01001` with a warning; features with
 * no usable code or geometry are reported and left out; two features with one code are merged.
 *
 * @example
 * const { rows } = parseCommunes(
 *   '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"01001","nom":"L\'Abergement-Clémenciat"},' +
 *     '"geometry":{"type":"Polygon","coordinates":[[[4.9,46.1],[5,46.1],[5,46.2],[4.9,46.1]]]}}]}',
 *   { file: 'communes.geojson' },
 * );
 * // rows[0].code === '01001', rows[0].dep === '01'
 */
export function parseCommunes(input: unknown, options: CommunesOptions): CommunesResult {
  const log = new IssueLog(options.file);
  const empty: CommuneFields = {
    code: null,
    name: null,
    dep: null,
    epci: null,
    epciName: null,
    postalCodes: null,
    population: null,
  };
  const found: { crs?: ProjectedCrs | null } = {};
  const features = readFeatures(input, log, options.topojsonObject, found);
  if (features === null) return { rows: [], issues: log.finish(), fields: empty, featureCount: 0 };
  if (features.length === 0) {
    log.add('error', 'no-data-rows', 'aucune entité (feature) dans le fichier.');
    return { rows: [], issues: log.finish(), fields: empty, featureCount: 0 };
  }
  const keys = propertyKeys(features);
  const fields = detectFields(features, keys, options, log);
  if (fields.code === null)
    return { rows: [], issues: log.finish(), fields, featureCount: features.length };

  const byCode = new Map<string, Commune>();
  const rows: Commune[] = [];
  let repaired = 0;
  let closedRings = 0;
  const contours = new ContourChecker(log, found.crs ?? null);
  features.forEach((f, i) => {
    const at: FeatureRef = { feature: i + 1 };
    const rawCode = f.properties[fields.code as string];
    const read = readCommuneCode(rawCode);
    if (read.code === null) {
      log.add(
        'error',
        'invalid-code',
        `code commune ${quote(String(rawCode ?? ''))} invalide (5 caractères attendus, ex. 01001, 2A004) ; entité ignorée.`,
        at,
        fields.code ?? undefined,
      );
      return;
    }
    if (read.repaired) {
      repaired++;
      if (repaired <= 5) {
        log.add(
          'warning',
          'repaired-code',
          `code ${quote(String(rawCode))} complété en ${read.code} (zéro initial perdu par un tableur).`,
          at,
          fields.code ?? undefined,
        );
      }
    }
    const code = read.code;
    const named: FeatureRef = { ...at, label: `commune ${code}` };
    const geom = contours.check(f.geometry, named, code);
    if (!geom.ok) {
      log.add(
        'error',
        geom.projected ? 'projected-coordinates' : 'invalid-geometry',
        `${geom.reason} ; entité ignorée.`,
        named,
      );
      return;
    }
    closedRings += geom.closedRings;
    const existing = byCode.get(code);
    if (existing) {
      existing.geometry = mergeGeometries(existing.geometry, geom.geometry);
      log.add(
        'warning',
        'duplicate-code',
        `code ${code} déjà rencontré ; les deux contours sont réunis en un MultiPolygon.`,
        at,
      );
      return;
    }
    const commune = toCommune(f, code, geom.geometry, fields, log, at);
    byCode.set(code, commune);
    rows.push(commune);
  });
  if (repaired > 5) {
    log.add(
      'warning',
      'repaired-code',
      `${repaired} codes commune numériques complétés au total par un zéro initial.`,
      undefined,
      fields.code ?? undefined,
    );
  }
  contours.finish();
  if (closedRings > 0) {
    log.add(
      'warning',
      'unclosed-ring',
      `${closedRings} anneau(x) non fermé(s) fermé(s) automatiquement.`,
    );
  }
  return { rows, issues: log.finish(), fields, featureCount: features.length };
}

function propertyKeys(features: RawFeature[]): string[] {
  const keys = new Set<string>();
  for (const f of features.slice(0, 500)) for (const k of Object.keys(f.properties)) keys.add(k);
  return [...keys];
}

/**
 * Share of features whose value is a commune code. `strict` (content-based detection): only
 * 5-character strings count and values must be mostly distinct (one code per commune).
 */
function codeScore(features: RawFeature[], key: string, strict: boolean): number {
  const seen = new Set<string>();
  let valid = 0;
  for (const f of features) {
    const v = f.properties[key];
    const code = strict
      ? typeof v === 'string' && COMMUNE_CODE_RE.test(v)
        ? v
        : null
      : readCommuneCode(v).code;
    if (code !== null) {
      valid++;
      seen.add(code);
    }
  }
  if (valid === 0) return 0;
  return strict ? Math.min(valid / features.length, seen.size / valid) : valid / features.length;
}

function detectFields(
  features: RawFeature[],
  keys: string[],
  options: CommunesOptions,
  log: IssueLog,
): CommuneFields {
  const pick = (aliases: readonly string[]): string | null =>
    findColumn(keys, aliases)?.name ?? null;
  const fields: CommuneFields = {
    code: null,
    name: options.nameField ?? pick(COMMUNE_PROPERTY_ALIASES.name),
    dep: pick(COMMUNE_PROPERTY_ALIASES.dep),
    epci: pick(COMMUNE_PROPERTY_ALIASES.epci),
    epciName: pick(COMMUNE_PROPERTY_ALIASES.epciName),
    postalCodes: pick(COMMUNE_PROPERTY_ALIASES.postalCodes),
    population: pick(COMMUNE_PROPERTY_ALIASES.population),
  };
  if (options.codeField !== undefined) {
    if (!keys.includes(options.codeField)) {
      log.add(
        'error',
        'missing-column',
        `propriété « ${options.codeField} » demandée pour le code commune introuvable ; propriétés : ${keys.join(', ')}.`,
      );
      return fields;
    }
    fields.code = options.codeField;
    return fields;
  }
  const good: string[] = [];
  for (const alias of COMMUNE_PROPERTY_ALIASES.code) {
    const found = findColumn(keys, [alias])?.name;
    if (found !== undefined && !good.includes(found) && codeScore(features, found, false) >= 0.9) {
      good.push(found);
    }
  }
  if (good.length === 0) {
    // Content-based: a property whose values are 5-character commune-like codes (not postal codes).
    const excluded = new Set([fields.postalCodes, fields.name, fields.dep, fields.epci]);
    for (const k of keys) {
      if (
        !excluded.has(k) &&
        !/postal|postaux|^cp$/i.test(k) &&
        codeScore(features, k, true) >= 0.95
      ) {
        good.push(k);
      }
    }
    if (good.length > 0) {
      log.add(
        'warning',
        'code-field-by-content',
        `code commune lu dans la propriété « ${good[0]} », choisie d’après ses valeurs (aucun nom ` +
          'usuel : code, INSEE_COM, codgeo…) ; vérifiez-le ou choisissez la propriété.',
        undefined,
        good[0],
      );
    }
  }
  const chosen = good[0];
  if (chosen === undefined) {
    log.add(
      'error',
      'missing-column',
      `aucune propriété ne contient de code commune INSEE à 5 caractères (noms acceptés : ` +
        `${COMMUNE_PROPERTY_ALIASES.code.join(', ')}). Propriétés trouvées : ${keys.join(', ') || '(aucune)'}. ` +
        'Choisissez la propriété du code ou ajoutez-la au fichier.',
      undefined,
      'code',
    );
    return fields;
  }
  if (good.length > 1) {
    log.add(
      'info',
      'ambiguous-code-field',
      `plusieurs propriétés ressemblent à un code commune (${good.join(', ')}) : « ${chosen} » utilisée ; ` +
        'choisissez-en une autre si besoin.',
      undefined,
      chosen,
    );
  }
  fields.code = chosen;
  if (fields.name === null) {
    log.add(
      'warning',
      'missing-column',
      `aucune propriété de nom de commune (${COMMUNE_PROPERTY_ALIASES.name.join(', ')}) : le code sert de nom.`,
    );
  }
  return fields;
}

function codeOf(v: unknown): unknown {
  // geo.api.gouv.fr nests some attributes: `departement: { code, nom }`, `epci: { code, nom }`.
  return v !== null && typeof v === 'object' && 'code' in v ? (v as { code: unknown }).code : v;
}

function toCommune(
  f: RawFeature,
  code: string,
  geometry: Polygon | MultiPolygon,
  fields: CommuneFields,
  log: IssueLog,
  at: FeatureRef,
): Commune {
  const p = f.properties;
  const get = (k: string | null): unknown => (k === null ? undefined : p[k]);
  const rawName = get(fields.name);
  const name = typeof rawName === 'string' && rawName.trim() !== '' ? rawName.trim() : code;

  const derived = depFromCommuneCode(code);
  const dep = derived;
  const rawDep = codeOf(get(fields.dep));
  if (rawDep !== undefined && rawDep !== null && rawDep !== '') {
    const d = String(rawDep).trim().toUpperCase().padStart(2, '0');
    if (d !== derived) {
      log.add(
        'warning',
        'dep-mismatch',
        `département ${quote(d)} incohérent avec le code ${code} ; ${derived} retenu.`,
        at,
        fields.dep ?? undefined,
      );
    }
  }

  const rawEpci = get(fields.epci);
  const epciValue = codeOf(rawEpci);
  const epci =
    epciValue === undefined || epciValue === null || epciValue === ''
      ? null
      : String(epciValue).trim();
  let epciName: string | null = null;
  const rawEpciName = get(fields.epciName);
  if (typeof rawEpciName === 'string' && rawEpciName.trim() !== '') epciName = rawEpciName.trim();
  else if (rawEpci !== null && typeof rawEpci === 'object' && 'nom' in rawEpci) {
    epciName = String((rawEpci as { nom: unknown }).nom);
  }

  const postalCodes: string[] = [];
  const rawCp = get(fields.postalCodes);
  const cpList = Array.isArray(rawCp)
    ? rawCp
    : typeof rawCp === 'string'
      ? rawCp.split(/[;,\s]+/)
      : rawCp === undefined || rawCp === null
        ? []
        : [rawCp];
  for (const v of cpList) {
    if (v === '') continue;
    const r = readPostalCode(v);
    if (r.code === null) {
      log.add(
        'warning',
        'invalid-postal-code',
        `code postal ${quote(String(v))} ignoré (5 chiffres attendus).`,
        at,
        fields.postalCodes ?? undefined,
      );
    } else if (!postalCodes.includes(r.code)) postalCodes.push(r.code);
  }

  let population: number | null = null;
  const rawPop = get(fields.population);
  if (typeof rawPop === 'number' && Number.isFinite(rawPop)) population = rawPop;
  else if (typeof rawPop === 'string' && rawPop.trim() !== '') {
    const n = parseNumberCell(rawPop);
    if (n.kind === 'number') population = n.value;
    else {
      log.add(
        'warning',
        'invalid-number',
        `population ${quote(rawPop)} non numérique, ignorée.`,
        at,
        fields.population ?? undefined,
      );
    }
  }
  return { code, name, dep, epci, epciName, postalCodes, population, geometry };
}

function mergeGeometries(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): MultiPolygon {
  const parts = (g: Polygon | MultiPolygon) =>
    g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return { type: 'MultiPolygon', coordinates: [...parts(a), ...parts(b)] };
}

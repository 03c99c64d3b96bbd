/**
 * The single entry point of the io layer: file bytes -> decoded text -> detected kind -> typed
 * records and issues. Called by the app's worker and by the CLI; pure (no DOM, no fs).
 */
import type { AplRecord, ProfessionalActivityRecord, TravelTimeRecord } from '../core/access/types';
import type {
  Commune,
  DataIssue,
  Establishment,
  PerimeterMember,
  PmsiZonePostalCode,
  PopulationRecord,
  ProfessionalActivity,
  StayFlow,
} from '../core/types';
import { decodeText, decodeTextChunks, type DecodedText, type TextEncoding } from './decode-text';
import { detectKind, type FileKind, type KindDetection } from './detect-kind';
import { detectSeparator, type Separator } from './detect-separator';
import { overlongLineIssue, screenOverlongLines, withoutLines } from './line-length';
import {
  parseAnnuaireSante,
  parseAnnuaireSanteChunks,
  parseSavoirFaire,
  type SavoirFaireRow,
} from './parse-annuaire-sante';
import { parseApl } from './parse-apl';
import { parseCommunes, type CommuneFields } from './parse-communes';
import { parseFiness } from './parse-finess';
import { parseFinessGeoJson } from './parse-finess-geojson';
import { parsePerimeterPolygons, type PerimeterPolygon } from './parse-perimeter-polygons';
import { parsePerimeters } from './parse-perimeters';
import { parsePmsiStays, type PmsiColumnMapping } from './parse-pmsi-stays';
import { parsePmsiZones } from './parse-pmsi-zones';
import { parsePopulation } from './parse-population';
import { parseProfessionalActivity } from './parse-professional-activity';
import { parseTravelTimes } from './parse-travel-times';

/** Options of {@link parseDataFile}; every field overrides a detection. */
export interface ParseDataFileOptions {
  kind?: FileKind;
  separator?: Separator;
  /** PMSI column mapping chosen by the user (wins over `columns`). */
  pmsiMapping?: PmsiColumnMapping;
  /**
   * Header chosen by the user for a field of a tabular file (population, Annuaire Santé, FINESS
   * with header, CPTS lists, PMSI), keyed as in the file's `columnMapping`; the others keep the
   * parser's alias table.
   */
  columns?: Record<string, string>;
  /** Population millésime chosen by the user. */
  year?: number;
  /** GeoJSON property holding the commune code, chosen by the user. */
  communeCodeField?: string;
  topojsonObject?: string;
  /** Size above which Annuaire Santé files are parsed in chunks; default {@link LARGE_FILE_BYTES}. */
  largeFileBytes?: number;
}

interface ParsedBase {
  fileName: string;
  encoding: TextEncoding;
  /** Null for JSON and for the official FINESS extraction (fixed `;`). */
  separator: Separator | null;
  issues: DataIssue[];
  /** Number of records read from the file (data lines or features), before any rejection. */
  rowCount: number;
  detection: KindDetection;
  /** Tabular files: header used for each field (null when none), correctable by `columns`. */
  columnMapping?: Record<string, string | null>;
  /** Tabular files: the header names, for the mapping selectors. */
  columnNames?: string[];
}

/**
 * What {@link parseDataFile} returns: a union discriminated on `kind` (`null` when the file could
 * not be read or recognised; its issues say why).
 */
export type ParsedDataFile =
  | (ParsedBase & { kind: 'communes'; rows: Commune[]; fields: CommuneFields })
  | (ParsedBase & { kind: 'population'; rows: PopulationRecord[] })
  | (ParsedBase & { kind: 'professionals'; rows: ProfessionalActivity[] })
  | (ParsedBase & { kind: 'professional-skills'; rows: SavoirFaireRow[] })
  | (ParsedBase & { kind: 'establishments'; rows: Establishment[] })
  | (ParsedBase & {
      kind: 'stays';
      rows: StayFlow[];
      mapping: Record<keyof PmsiColumnMapping, string | null>;
      headers: string[];
      maskedCount: number;
    })
  | (ParsedBase & { kind: 'pmsi-zones'; rows: PmsiZonePostalCode[] })
  | (ParsedBase & {
      kind: 'perimeters';
      rows: PerimeterMember[];
      polygons: PerimeterPolygon[];
      /** File line of each row (lists only; features have none). */
      lines?: number[];
    })
  | (ParsedBase & { kind: 'apl'; rows: AplRecord[] })
  | (ParsedBase & { kind: 'travel-times'; rows: TravelTimeRecord[] })
  | (ParsedBase & { kind: 'professional-activity'; rows: ProfessionalActivityRecord[] })
  | (ParsedBase & { kind: null; rows: never[] });

const KIND_LABELS: Record<FileKind, string> = {
  communes: 'contours des communes',
  population: 'population INSEE',
  professionals: 'professionnels de santé (Annuaire Santé)',
  'professional-skills': 'savoir-faire des professionnels (Annuaire Santé)',
  establishments: 'établissements FINESS',
  stays: 'séjours hospitaliers PMSI',
  'pmsi-zones': 'codes géographiques PMSI ↔ codes postaux',
  perimeters: 'périmètres de CPTS',
  apl: 'indicateur APL de la DREES',
  'travel-times': 'matrice de temps de trajet entre communes',
  'professional-activity': 'activité des professionnels (ETP, actes, âge)',
};

/**
 * Decodes, recognises and parses one user file. Never throws on bad data: problems are issues.
 * A line over 1 MiB is rejected alone, the rest is read (as in a streamed import); a file whose
 * first line is over 1 MiB (no line break at all) is refused unread.
 *
 * @example
 * const bytes = new TextEncoder().encode('code_geo;finess;nb_sejours\n50C02;500000013;<11');
 * const r = parseDataFile('pmsi.csv', bytes);
 * // r.kind === 'stays', r.rows[0].stays === null, r.issues has a 'masked-value' warning
 */
export function parseDataFile(
  fileName: string,
  bytes: Uint8Array,
  options: ParseDataFileOptions = {},
): ParsedDataFile {
  const overlong = screenOverlongLines(fileName, bytes);
  if (overlong === null) return parseBytes(fileName, bytes, options);
  if ('refusal' in overlong) {
    const detection = { kind: null, confidence: 0, reason: 'ligne trop longue', json: false };
    const issues = [overlong.refusal];
    return {
      fileName,
      encoding: 'utf-8',
      separator: null,
      issues,
      rowCount: 0,
      detection,
      kind: null,
      rows: [],
    };
  }
  // Each line over the limit is rejected alone (as in a streamed import); the others are read.
  const parsed = parseBytes(fileName, withoutLines(bytes, overlong.lines), options);
  parsed.issues.push(...overlong.lines.map((o) => overlongLineIssue(fileName, o, false)));
  parsed.rowCount += overlong.lines.length;
  return parsed;
}

function parseBytes(
  fileName: string,
  bytes: Uint8Array,
  options: ParseDataFileOptions,
): ParsedDataFile {
  if (bytes.length > (options.largeFileBytes ?? LARGE_FILE_BYTES)) {
    const chunked = parseLargeLineFile(fileName, bytes, options);
    if (chunked !== null) return chunked;
  }
  let decoded: DecodedText;
  try {
    decoded = decodeText(bytes, fileName);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    decoded = {
      text: '',
      encoding: 'utf-8',
      binary: true,
      issues: [tooLarge(fileName, bytes.length)],
    };
  }
  const issues: DataIssue[] = [...decoded.issues];
  const text = withLineFeeds(decoded.text, fileName, issues);
  const detected = options.kind ? imposed(options.kind, text) : detectKind(fileName, text);
  const base = (separator: Separator | null, rowCount: number): ParsedBase => ({
    fileName,
    encoding: decoded.encoding,
    separator,
    issues,
    rowCount,
    detection: detected,
  });
  const unknown = (): ParsedDataFile => ({ ...base(null, 0), kind: null, rows: [] });
  if (decoded.binary) return unknown();
  if (text.trim() === '') {
    issues.push({
      severity: 'error',
      code: 'empty-file',
      message: `${fileName} : fichier vide.`,
      file: fileName,
    });
    return unknown();
  }
  const kind = detected.kind;
  issues.push(detectionIssue(fileName, detected));
  if (kind === null) return unknown();
  const file = fileName;
  const sep = detected.json ? null : (options.separator ?? detectSeparator(text));
  switch (kind) {
    case 'communes': {
      const r = parseCommunes(text, {
        file,
        codeField: options.communeCodeField,
        topojsonObject: options.topojsonObject,
      });
      issues.push(...r.issues);
      return { ...base(null, r.featureCount), kind, rows: r.rows, fields: r.fields };
    }
    case 'population': {
      const r = parsePopulation(text, {
        file,
        year: options.year,
        separator: sep ?? undefined,
        columns: options.columns,
      });
      issues.push(...r.issues);
      return { ...base(sep, r.rowCount), kind, rows: r.rows, ...mapped(r.mapping, r.headers) };
    }
    case 'professionals': {
      const r = parseAnnuaireSante(text, { file, columns: options.columns });
      issues.push(...r.issues);
      return { ...base(sep, r.rowCount), kind, rows: r.rows, ...mapped(r.mapping, r.headers) };
    }
    case 'professional-skills': {
      const r = parseSavoirFaire(text, { file, columns: options.columns });
      issues.push(...r.issues);
      return { ...base(sep, r.rowCount), kind, rows: r.rows, ...mapped(r.mapping, r.headers) };
    }
    case 'establishments': {
      if (detected.json) {
        const r = parseFinessGeoJson(text, { file });
        issues.push(...r.issues);
        return { ...base(null, r.rowCount), kind, rows: r.rows };
      }
      const r = parseFiness(text, {
        file,
        separator: options.separator,
        columns: options.columns,
      });
      issues.push(...r.issues);
      return {
        ...base(r.layout === 'etalab-officiel' ? ';' : sep, r.rowCount),
        kind,
        rows: r.rows,
        ...(r.mapping ? mapped(r.mapping, r.headers ?? []) : {}),
      };
    }
    case 'stays': {
      const r = parsePmsiStays(text, {
        file,
        mapping: { ...options.columns, ...options.pmsiMapping },
        separator: sep ?? undefined,
      });
      issues.push(...r.issues);
      return {
        ...base(sep, r.rowCount),
        kind,
        rows: r.rows,
        mapping: r.mapping,
        headers: r.headers,
        maskedCount: r.maskedCount,
        ...mapped(r.mapping, r.headers),
      };
    }
    case 'pmsi-zones': {
      const r = parsePmsiZones(text, { file, separator: sep ?? undefined });
      issues.push(...r.issues);
      return { ...base(sep, r.rowCount), kind, rows: r.rows };
    }
    case 'perimeters': {
      if (detected.json) {
        const r = parsePerimeterPolygons(text, { file });
        issues.push(...r.issues);
        return { ...base(null, r.featureCount), kind, rows: r.members, polygons: r.polygons };
      }
      const r = parsePerimeters(text, {
        file,
        separator: sep ?? undefined,
        columns: options.columns,
      });
      issues.push(...r.issues);
      return {
        ...base(sep, r.rowCount),
        kind,
        rows: r.rows,
        polygons: [],
        lines: r.lines,
        ...mapped(r.mapping, r.headers),
      };
    }
    case 'apl': {
      const r = parseApl(text, { file, separator: sep ?? undefined });
      issues.push(...r.issues);
      return { ...base(sep, r.rowCount), kind, rows: r.rows };
    }
    case 'travel-times': {
      const r = parseTravelTimes(text, { file, separator: sep ?? undefined });
      issues.push(...r.issues);
      return { ...base(sep, r.rowCount), kind, rows: r.rows };
    }
    case 'professional-activity': {
      const r = parseProfessionalActivity(text, { file, separator: sep ?? undefined });
      issues.push(...r.issues);
      return { ...base(sep, r.rowCount), kind, rows: r.rows };
    }
  }
}

/**
 * Text whose lines end with carriage returns only (old Mac OS, some exports) gets line feeds, so
 * that detection and every parser see its lines; said in an info issue.
 */
function withLineFeeds(text: string, file: string, issues: DataIssue[]): string {
  if (text.includes('\n') || !text.includes('\r')) return text;
  issues.push({
    severity: 'info',
    code: 'cr-line-ends',
    message: `${file} : lignes terminées par un retour chariot seul (ancien format Mac) : lues comme des lignes.`,
    file,
  });
  return text.replace(/\r/g, '\n');
}

/** Above this size, Annuaire Santé files are decoded and parsed in chunks (see decodeTextChunks). */
export const LARGE_FILE_BYTES = 64 * 1024 * 1024;

function mapped(
  mapping: Record<string, string | null | undefined>,
  headers: string[],
): { columnMapping: Record<string, string | null>; columnNames: string[] } {
  const columnMapping: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(mapping)) columnMapping[k] = v ?? null;
  return { columnMapping, columnNames: headers };
}

function imposed(kind: FileKind, text: string): KindDetection {
  return {
    kind,
    confidence: 1,
    reason: 'type choisi par l’utilisateur',
    json: /^\s*[[{]/.test(text),
  };
}

function tooLarge(file: string, size: number): DataIssue {
  return {
    severity: 'error',
    code: 'file-too-large',
    message:
      `${file} : fichier trop volumineux (${Math.round(size / 1e6)} Mo) pour être lu d’un bloc par le ` +
      'navigateur. Filtrez-le sur votre zone (départements concernés) avant de le charger.',
    file,
  };
}

/** Info (or warning when unsure) saying what the file was read as; error when unrecognised. */
function detectionIssue(file: string, detected: KindDetection): DataIssue {
  if (detected.kind === null) {
    return {
      severity: 'error',
      code: 'unknown-kind',
      message:
        `${file} : type de fichier non reconnu (${detected.reason}). Formats acceptés : contours GeoJSON/TopoJSON, ` +
        'populations INSEE (PMUN, P21_POP…), Annuaire Santé (PS_LibreAcces), FINESS, séjours PMSI (code_geo;finess;nb_sejours), ' +
        'codes géographiques PMSI (code_geo;code_postal), périmètres de CPTS (Code INSEE;CPTS). Choisissez le type à la main si besoin.',
      file,
    };
  }
  const unsure = detected.confidence < 0.5;
  return {
    severity: unsure ? 'warning' : 'info',
    code: 'detected-kind',
    message:
      `${file} : lu comme ${KIND_LABELS[detected.kind]} (${detected.reason})` +
      (unsure ? ' ; vérifiez le type et corrigez-le au besoin.' : '.'),
    file,
  };
}

/**
 * Large Annuaire Santé files (national extraction, hundreds of MB): detection on the first MB, then
 * chunked decoding and streaming parse. Returns null for other kinds (read whole).
 */
function parseLargeLineFile(
  fileName: string,
  bytes: Uint8Array,
  options: ParseDataFileOptions,
): ParsedDataFile | null {
  const headEnd = bytes.indexOf(0x0a, Math.min(1024 * 1024, bytes.length >> 1));
  const head = decodeText(bytes.subarray(0, headEnd < 0 ? bytes.length : headEnd + 1), fileName);
  if (head.binary || head.encoding === 'utf-16le' || head.encoding === 'utf-16be') return null;
  const detected = options.kind
    ? imposed(options.kind, head.text)
    : detectKind(fileName, head.text);
  if (detected.kind !== 'professionals' && detected.kind !== 'professional-skills') return null;
  const chunkBytes = Math.max(4096, Math.floor((options.largeFileBytes ?? LARGE_FILE_BYTES) / 2));
  const decoded = decodeTextChunks(bytes, fileName, chunkBytes);
  const file = fileName;
  const parsed =
    detected.kind === 'professionals'
      ? {
          kind: detected.kind,
          ...parseAnnuaireSanteChunks(decoded.chunks, { file, columns: options.columns }),
        }
      : {
          kind: detected.kind,
          ...parseSavoirFaire(decoded.chunks, { file, columns: options.columns }),
        };
  const base: ParsedBase = {
    fileName,
    encoding: decoded.encoding,
    separator: '|',
    // decoded.issues is complete once the chunks have been consumed by the parser.
    issues: [...decoded.issues, detectionIssue(fileName, detected), ...parsed.issues],
    rowCount: parsed.rowCount,
    detection: detected,
    ...mapped(parsed.mapping, parsed.headers),
  };
  return parsed.kind === 'professionals'
    ? { ...base, kind: 'professionals', rows: parsed.rows }
    : { ...base, kind: 'professional-skills', rows: parsed.rows };
}

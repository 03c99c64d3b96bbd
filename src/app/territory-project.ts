/**
 * The project file (JSON) of the territory workbench: save, reopen, and say what is missing when
 * the loaded data does not have a territory's communes (instead of failing).
 */
import { readCommuneCode } from '../io/codes';
import type { Territory, TerritoryProject } from './territory-store';

export const PROJECT_FORMAT = 'perimetre-territoires';
export const PROJECT_VERSION = 1;

/** Serialises a project with the data it was made with (title, date). */
export function toProjectFile(project: TerritoryProject, dataTitle: string, date: string): string {
  return JSON.stringify(
    {
      format: PROJECT_FORMAT,
      version: PROJECT_VERSION,
      savedAt: date,
      data: dataTitle,
      ...project,
    },
    null,
    2,
  );
}

/** A reopened project and what the loaded data lacks. */
export interface OpenedProject {
  project: TerritoryProject;
  /** Per territory, codes that are not in the loaded communes (kept in the territory). */
  missing: { territory: string; codes: string[] }[];
  /** The data title the project was saved with. */
  dataTitle: string | null;
  /** What was repaired or left out while reading, in French (never silent). */
  notes: string[];
}

/**
 * Parses a project file; throws an Error with a French message naming the file and the problem
 * (not JSON, not a Périmètre project, a version newer than this app reads, a territory without
 * name or codes). Codes are read like every other commune code (`readCommuneCode`: a number or a
 * 4-digit code such as 1001 is repaired to 01001); entries that are not commune codes (null,
 * objects…) are left out and listed in `notes`, as are repairs and duplicates. Unknown commune
 * codes are kept and listed in `missing` so that nothing is lost.
 *
 * @example parseProjectFile('projet.json', text, new Set(['50502'])).project.territories.length
 */
export function parseProjectFile(
  fileName: string,
  text: string,
  knownCodes: ReadonlySet<string>,
): OpenedProject {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error(
      `${fileName} : ce n’est pas un fichier JSON valide. Choisissez un projet enregistré par Périmètre (« Enregistrer le projet »).`,
    );
  }
  const obj = raw as Record<string, unknown>;
  if (!obj || obj.format !== PROJECT_FORMAT || !Array.isArray(obj.territories)) {
    throw new Error(
      `${fileName} : ce fichier n’est pas un projet de territoires Périmètre (champ « format » attendu : « ${PROJECT_FORMAT} »).`,
    );
  }
  checkVersion(fileName, obj.version);
  const territories: Territory[] = [];
  const missing: OpenedProject['missing'] = [];
  const notes: string[] = [];
  const ids = new Set<string>();
  obj.territories.forEach((t: unknown, i: number) => {
    const entry = t as Record<string, unknown>;
    if (!entry || typeof entry.name !== 'string' || !Array.isArray(entry.codes)) {
      throw new Error(
        `${fileName} : le territoire n° ${i + 1} n’a pas de « name » ou de « codes » : corrigez ou supprimez cette entrée.`,
      );
    }
    const codes = readTerritoryCodes(entry.name, entry.codes, notes);
    // Two territories with the same id would edit each other: the second gets its own.
    let id = typeof entry.id === 'string' && entry.id ? entry.id : `t-import-${i}`;
    if (ids.has(id)) id = `${id}-${i}`;
    ids.add(id);
    territories.push({
      id,
      name: entry.name,
      codes,
      basedOn: typeof entry.basedOn === 'string' ? entry.basedOn : null,
    });
    const unknown = codes.filter((c) => !knownCodes.has(c));
    if (unknown.length) missing.push({ territory: entry.name, codes: unknown });
  });
  const activeId =
    typeof obj.activeId === 'string' && territories.some((t) => t.id === obj.activeId)
      ? obj.activeId
      : (territories[0]?.id ?? null);
  return {
    project: { territories, activeId },
    missing,
    dataTitle: typeof obj.data === 'string' ? obj.data : null,
    notes,
  };
}

/** Refuses a file written by a newer Périmètre (its fields may mean something else). */
function checkVersion(fileName: string, version: unknown): void {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new Error(
      `${fileName} : le champ « version » manque ou n’est pas un entier : ce fichier n’a pas été enregistré par Périmètre.`,
    );
  if (version > PROJECT_VERSION)
    throw new Error(
      `${fileName} : projet enregistré par une version plus récente de Périmètre (format ${version} ; cette version lit jusqu’au format ${PROJECT_VERSION}). Mettez Périmètre à jour pour l’ouvrir.`,
    );
}

/** The commune codes of one territory, sorted and unique; repairs and rejects go to `notes`. */
function readTerritoryCodes(name: string, raw: readonly unknown[], notes: string[]): string[] {
  const codes = new Set<string>();
  const repaired: string[] = [];
  const invalid: string[] = [];
  raw.forEach((value, k) => {
    const read = readCommuneCode(value);
    if (read.code === null) invalid.push(`n° ${k + 1} (${JSON.stringify(value) ?? String(value)})`);
    else {
      if (read.repaired) repaired.push(`${String(value)} → ${read.code}`);
      codes.add(read.code);
    }
  });
  if (repaired.length)
    notes.push(
      `« ${name} » : ${repaired.length} code(s) à 4 chiffres complétés d’un zéro (${repaired.slice(0, 3).join(', ')}${repaired.length > 3 ? '…' : ''}).`,
    );
  if (invalid.length)
    notes.push(
      `« ${name} » : ${invalid.length} entrée(s) qui ne sont pas des codes commune INSEE, laissées de côté : ${invalid.slice(0, 3).join(', ')}${invalid.length > 3 ? '…' : ''}. Corrigez le fichier pour les reprendre.`,
    );
  const duplicates = raw.length - invalid.length - codes.size;
  if (duplicates > 0) notes.push(`« ${name} » : ${duplicates} code(s) en double comptés une fois.`);
  return [...codes].sort();
}

/** French sentence listing what is missing, or null. */
export function describeMissing(
  missing: OpenedProject['missing'],
  dataTitle: string | null,
): string | null {
  if (!missing.length) return null;
  const parts = missing.map(
    (m) =>
      `« ${m.territory} » : ${m.codes.length} commune(s) absente(s) (${m.codes.slice(0, 5).join(', ')}${m.codes.length > 5 ? '…' : ''})`,
  );
  return `Données manquantes : ${parts.join(' ; ')}. Chargez les contours et populations de ces communes${dataTitle ? ` (projet enregistré avec « ${dataTitle} »)` : ''} ; les codes sont conservés dans le projet.`;
}

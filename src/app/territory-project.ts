/**
 * The project file (JSON) of the territory workbench: save, reopen, and say what is missing when
 * the loaded data does not have a territory's communes (instead of failing).
 */
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
}

/**
 * Parses a project file; throws an Error with a French message naming the file and the problem.
 * Unknown commune codes are kept and listed in `missing` so that nothing is lost.
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
  const territories: Territory[] = [];
  const missing: OpenedProject['missing'] = [];
  obj.territories.forEach((t: unknown, i: number) => {
    const entry = t as Record<string, unknown>;
    if (!entry || typeof entry.name !== 'string' || !Array.isArray(entry.codes)) {
      throw new Error(
        `${fileName} : le territoire n° ${i + 1} n’a pas de « name » ou de « codes » : corrigez ou supprimez cette entrée.`,
      );
    }
    const codes = entry.codes.map((c) => String(c));
    territories.push({
      id: typeof entry.id === 'string' ? entry.id : `t-import-${i}`,
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
  };
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

/**
 * Territories whose communes are not all in the loaded data (an import replaced the contours, a
 * project made with other data): they are kept as they are and flagged with their missing
 * communes, never hidden; removing the missing communes is the user's explicit choice.
 */
import type { TerritoryProject } from './territory-store';

/** One territory with communes that are not loaded. */
export interface MissingCommunesFlag {
  territoryId: string;
  name: string;
  /** Codes of the territory that are not loaded (sorted as in the territory). */
  missing: string[];
  /** Number of communes of the territory. */
  total: number;
}

/**
 * The territories of a project that have communes absent from `knownCodes`, in project order.
 *
 * @example
 * flagMissingCommunes({ territories: [{ id: 'a', name: 'A', codes: ['96001', '50001'], basedOn: null }], activeId: 'a' }, new Set(['50001']));
 * // => [{ territoryId: 'a', name: 'A', missing: ['96001'], total: 2 }]
 */
export function flagMissingCommunes(
  project: TerritoryProject,
  knownCodes: ReadonlySet<string>,
): MissingCommunesFlag[] {
  return project.territories
    .map((t) => ({
      territoryId: t.id,
      name: t.name,
      missing: t.codes.filter((c) => !knownCodes.has(c)),
      total: t.codes.length,
    }))
    .filter((f) => f.missing.length > 0);
}

/**
 * The flag as the panel says it: « 3 communes de ce territoire ne sont pas dans les données
 * chargées : 96001, 96002, 96003 » (the first `shown` codes, then « … et N autres »).
 *
 * @example describeMissingCommunes({ territoryId: 'a', name: 'A', missing: ['96001'], total: 2 });
 * // => '1 commune de ce territoire n’est pas dans les données chargées : 96001'
 */
export function describeMissingCommunes(flag: MissingCommunesFlag, shown = 8): string {
  const n = flag.missing.length;
  const list = flag.missing.slice(0, shown).join(', ');
  const more = n > shown ? ` et ${n - shown} autre${n - shown > 1 ? 's' : ''}` : '';
  const all = n === flag.total ? ' (aucune de ses communes n’est chargée)' : '';
  return n > 1
    ? `${n} communes de ce territoire ne sont pas dans les données chargées${all} : ${list}${more}`
    : `1 commune de ce territoire n’est pas dans les données chargées${all} : ${list}`;
}

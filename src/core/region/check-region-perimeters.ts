import type { DataIssue } from '../types';

/**
 * Problems of the loaded CPTS perimeters that only the regional view can see, added to what the
 * import already reports (invalid codes and duplicates with their line, codes unknown to the COG,
 * polygons covering no commune: `parsePerimeters`, `reconcileRecords`, `perimeterPolygonMembers`):
 * a CPTS listing communes that are not among the loaded communes (outside the loaded contours, or
 * a wrong code), and a CPTS with no loaded commune at all. Nothing is dropped: the rows of the
 * view say how many communes each CPTS lost.
 *
 * @param membersByPerimeter commune codes listed for each CPTS (as imported)
 * @param isLoaded whether a commune is among the loaded communes
 * @param file the CPTS file(s) as the user knows them
 * @example
 * checkRegionPerimeters(new Map([['CPTS A', new Set(['96001', '99999'])]]), (c) => c === '96001', 'cpts.csv')[0].code;
 * // => 'region-unknown-commune'
 */
export function checkRegionPerimeters(
  membersByPerimeter: ReadonlyMap<string, ReadonlySet<string>>,
  isLoaded: (code: string) => boolean,
  file: string,
): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const [name, members] of [...membersByPerimeter].sort(([a], [b]) =>
    a.localeCompare(b, 'fr'),
  )) {
    const unknown = [...members].filter((c) => !isLoaded(c)).sort();
    if (unknown.length === 0) continue;
    const examples = `${unknown.slice(0, 8).join(', ')}${unknown.length > 8 ? ', …' : ''}`;
    if (unknown.length === members.size) {
      issues.push({
        severity: 'error',
        code: 'region-empty-cpts',
        file,
        column: 'Code INSEE',
        count: unknown.length,
        message:
          `${file} : la CPTS « ${name} » ne compte aucune commune chargée (${examples}) : elle est ` +
          'absente des totaux. Chargez les contours des communes de son département, ou corrigez ses codes INSEE (5 caractères, ex. 01053) ou son contour.',
      });
      continue;
    }
    issues.push({
      severity: 'warning',
      code: 'region-unknown-commune',
      file,
      column: 'Code INSEE',
      count: unknown.length,
      message:
        `${file} : la CPTS « ${name} » liste ${unknown.length} commune(s) absente(s) des communes chargées (${examples}) : ` +
        'elles ne comptent ni dans sa population ni dans la couverture. Chargez les contours de leur département, ou corrigez le code dans la liste (ligne de la CPTS, colonne Code INSEE).',
    });
  }
  return issues;
}

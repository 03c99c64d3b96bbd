/**
 * CPTS perimeters given as polygons -> member communes (`assignCommunesToPolygons`), with what the
 * user must know in the file's report: members per CPTS, communes cut between two CPTS, CPTS left
 * without commune. Shared by the import worker (app) and `parseDataFiles` (CLI `--load`).
 */
import {
  assignCommunesToPolygons,
  type CommuneShape,
  type PerimeterShape,
} from '../core/overlap/assign-communes-to-polygons';
import type { DataIssue, PerimeterMember } from '../core/types';

/**
 * Members of each CPTS polygon among `communes`, and the issues to show for `file`.
 *
 * @example
 * const { members, issues } = membersFromPolygons('cpts.geojson', parsed.polygons, communes);
 */
export function membersFromPolygons(
  file: string,
  polygons: readonly PerimeterShape[],
  communes: readonly CommuneShape[],
): { members: PerimeterMember[]; issues: DataIssue[] } {
  if (polygons.length === 0) return { members: [], issues: [] };
  if (communes.length === 0) {
    return {
      members: [],
      issues: [
        {
          severity: 'error',
          code: 'no-commune-contours',
          file,
          message:
            `${file} : ${polygons.length} contour(s) de CPTS mais aucun contour de commune chargé pour en ` +
            'déduire les communes membres. Chargez les contours des communes (GeoJSON) avec ce fichier.',
        },
      ],
    };
  }
  const r = assignCommunesToPolygons(communes, polygons);
  const issues: DataIssue[] = [];
  const count = new Map<string, number>();
  for (const m of r.members) count.set(m.perimeterName, (count.get(m.perimeterName) ?? 0) + 1);
  issues.push({
    severity: 'info',
    code: 'perimeter-polygon-members',
    file,
    message:
      `${file} : communes rattachées à chaque CPTS quand plus de la moitié de leur surface est dans son ` +
      `contour : ${[...count].map(([n, c]) => `${n} ${c}`).join(', ') || 'aucune'}.`,
  });
  if (r.straddling.length > 0) {
    const pct = (x: number) => `${Math.round(x * 100)} %`;
    const examples = r.straddling
      .slice(0, 8)
      .map(
        (s) =>
          `${s.communeCode} (${s.shares.map((x) => `${x.perimeterName} ${pct(x.share)}`).join(', ')})`,
      );
    issues.push({
      severity: 'warning',
      code: 'straddling-commune',
      file,
      message:
        `${file} : ${r.straddling.length} commune(s) à cheval sur deux CPTS ou plus : ${examples.join(' ; ')}` +
        `${r.straddling.length > examples.length ? ' ; …' : ''}. Chacune est rattachée à chaque CPTS qui en ` +
        'couvre plus de la moitié, sinon à celle qui en couvre la plus grande part ; vérifiez les contours ou fournissez la liste des communes (Code INSEE;CPTS).',
    });
  }
  if (r.emptyPerimeters.length > 0) {
    issues.push({
      severity: 'warning',
      code: 'empty-perimeter',
      file,
      message:
        `${file} : CPTS sans aucune commune chargée : ${r.emptyPerimeters.map((name) => withFeatures(name, polygons)).join(', ')}. Leur contour est ` +
        'hors des communes chargées : ajoutez les contours de leurs départements, ou corrigez ce contour.',
    });
  }
  if (r.fallbackCommunes.length > 0) {
    issues.push({
      severity: 'warning',
      code: 'invalid-geometry',
      file,
      message:
        `${file} : surface en commun incalculable pour ${r.fallbackCommunes.length} commune(s) ` +
        `(${r.fallbackCommunes.slice(0, 8).join(', ')}), géométrie invalide : rattachées par un point de leur surface.`,
    });
  }
  return { members: r.members, issues };
}

/** « CPTS X (entité n° 3) »: the name with the file entities of its contour, when known. */
function withFeatures(name: string, polygons: readonly PerimeterShape[]): string {
  const features = polygons
    .filter((p) => p.perimeterName === name && p.feature !== undefined)
    .map((p) => p.feature);
  return features.length ? `${name} (entité n° ${features.join(', ')})` : name;
}

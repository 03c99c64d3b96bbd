/**
 * Commune contours of an older vintage (e.g. IGN/INSEE 2018) -> contours of the current communes
 * (DOMAIN.md section 2, « COG changes every year »): contours whose code now belongs to a current
 * commune (commune nouvelle, commune déléguée or associée, arrondissement municipal) are dissolved
 * onto it, so a territory of current communes has no hole where an old commune used to be.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import {
  buildCommuneTopology,
  dissolveCommunes,
  type CommuneTopology,
} from '../geo/dissolve-communes';
import type { Commune, DataIssue } from '../types';
import { resolveCommuneCode, type CommuneReferential } from './resolve-commune-code';

/** Merges and unmappable codes listed in each grouped issue. */
const MAX_EXAMPLES = 12;

/** Result of {@link reconcileContours}. */
export interface ReconciledContours {
  /** One contour per current commune (plus unmappable codes, kept as they are), in input order. */
  rows: Commune[];
  issues: DataIssue[];
}

/**
 * Dissolves the contours whose code is not a current commune onto the current commune it maps to
 * (`resolveCommuneCode`: passage table of old codes, communes déléguées / associées,
 * arrondissements), together with the current commune's own contour when the file has it. The
 * dissolve is topological: the contours become a TopoJSON topology whose shared borders are
 * removed (topojson-client `merge`, as mapshaper `-dissolve`), so adjacent contours that share
 * their border vertices leave no sliver. The merged commune keeps the name, département and EPCI
 * of the current contour when present, else of the first merged contour (said in the issue);
 * postal codes are united; population is the sum when every part has one, else null.
 * Contours of current communes pass through untouched (same objects); codes that map to no current
 * commune are kept as they are and reported, except in a file where no code is a commune of the
 * COG (a fictitious territory such as the demo département 96), returned unchanged. Cost: one topology of the merged contours only
 * (milliseconds for a département).
 * Sources: INSEE Code officiel géographique (communes nouvelles); Bostock, TopoJSON specification.
 *
 * @param fileName the contour file, as the user knows it
 * @param communes parsed contours (one per code)
 * @param ref current communes and passage table (`loadCommuneReferential`)
 * @example
 * const r = reconcileContours('communes-50-manche.geojson', rows2018, ref);
 * // r.rows: 445 current communes (476 contours of 2018); r.issues[0].message: « … 50206 → 50597 … »
 */
export function reconcileContours(
  fileName: string,
  communes: Commune[],
  ref: CommuneReferential,
): ReconciledContours {
  const targetOf = new Map<Commune, string>();
  const groups = new Map<string, Commune[]>();
  const unknown: Commune[] = [];
  for (const c of communes) {
    const r = resolveCommuneCode(c.code, ref, new Set());
    if (r.code === null) unknown.push(c);
    const target = r.code ?? c.code;
    targetOf.set(c, target);
    const group = groups.get(target);
    if (group) group.push(c);
    else groups.set(target, [c]);
  }
  // A file with no commune of the COG at all (the fictitious demo département 96) is not judged.
  if (unknown.length === communes.length) return { rows: communes, issues: [] };
  const toMerge = [...groups].filter(([target, parts]) => parts.some((p) => p.code !== target));
  const merged = new Map<string, Commune>();
  const namedFromOld: Commune[] = [];
  if (toMerge.length > 0) {
    const topo = buildCommuneTopology(toMerge.flatMap(([, parts]) => parts));
    for (const [target, parts] of toMerge) {
      const result = mergeGroup(topo, target, parts);
      merged.set(target, result);
      if (!parts.some((p) => p.code === target)) namedFromOld.push(result);
    }
  }
  const rows: Commune[] = [];
  const emitted = new Set<string>();
  for (const c of communes) {
    const target = targetOf.get(c) as string;
    const m = merged.get(target);
    if (!m) rows.push(c);
    else if (!emitted.has(target)) {
      emitted.add(target);
      rows.push(m);
    }
  }
  const issues: DataIssue[] = [];
  if (toMerge.length > 0) issues.push(mergeIssue(fileName, toMerge, namedFromOld, ref.source));
  if (unknown.length > 0) issues.push(unknownIssue(fileName, unknown, ref.source));
  return { rows, issues };
}

function mergeGroup(topo: CommuneTopology, target: string, parts: readonly Commune[]): Commune {
  const current = parts.find((p) => p.code === target);
  const base = current ?? (parts[0] as Commune);
  const outline = dissolveCommunes(
    topo,
    parts.map((p) => p.code),
  )?.geometry;
  const populations = parts.map((p) => p.population);
  return {
    code: target,
    name: base.name,
    dep: current ? current.dep : depOf(target),
    epci: base.epci,
    epciName: base.epciName,
    postalCodes: [...new Set(parts.flatMap((p) => p.postalCodes))].sort(),
    population: populations.every((p) => p !== null)
      ? populations.reduce<number>((s, p) => s + (p as number), 0)
      : null,
    geometry: outline ? simplest(outline) : base.geometry,
  };
}

/** A MultiPolygon of one part is written as a Polygon. */
function simplest(geometry: MultiPolygon): Polygon | MultiPolygon {
  const [only, ...rest] = geometry.coordinates;
  return only && rest.length === 0 ? { type: 'Polygon', coordinates: only } : geometry;
}

/** Département of a commune code: 3 characters overseas (971–976), else 2 (2A/2B for Corsica). */
function depOf(code: string): string {
  return code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
}

function mergeIssue(
  file: string,
  toMerge: readonly [string, Commune[]][],
  namedFromOld: readonly Commune[],
  source: string,
): DataIssue {
  const contours = toMerge.reduce((n, [, parts]) => n + parts.length, 0);
  const list = toMerge
    .slice(0, MAX_EXAMPLES)
    .map(([target, parts]) => {
      const old = parts.filter((p) => p.code !== target).map((p) => p.code);
      const current = parts.some((p) => p.code === target) ? ` (avec ${target})` : '';
      return `${old.join(' + ')} → ${target}${current}`;
    })
    .join(' ; ');
  const more = toMerge.length > MAX_EXAMPLES ? ' ; …' : '';
  const names =
    namedFromOld.length === 0
      ? ''
      : ` Sans contour actuel dans le fichier, ${namedFromOld.length} commune(s) prennent le nom du ` +
        `premier contour fusionné : ${namedFromOld
          .slice(0, MAX_EXAMPLES)
          .map((c) => `${c.code} « ${c.name} »`)
          .join(', ')}${namedFromOld.length > MAX_EXAMPLES ? ', …' : ''}.`;
  return {
    severity: 'info',
    code: 'old-contours-dissolved',
    file,
    count: contours,
    message:
      `${file} : ${contours} contour(s) d’anciennes communes (ou de communes déléguées, associées, ` +
      `d’arrondissements) fusionné(s) en ${toMerge.length} commune(s) actuelle(s) (table de passage ` +
      `${source}) : ${list}${more}. Les frontières entre eux disparaissent ; codes postaux réunis, ` +
      `population additionnée quand chaque partie en a une.${names}`,
  };
}

function unknownIssue(file: string, unknown: readonly Commune[], source: string): DataIssue {
  const list = unknown
    .slice(0, MAX_EXAMPLES)
    .map((c) => `${c.code} « ${c.name} »`)
    .join(', ');
  return {
    severity: 'warning',
    code: 'unknown-contour-code',
    file,
    count: unknown.length,
    message:
      `${file} : ${unknown.length} contour(s) dont le code n’est ni une commune actuelle ni une ancienne ` +
      `commune connue (${source}) : ${list}${unknown.length > MAX_EXAMPLES ? ', …' : ''}. Gardés tels ` +
      'quels : les autres fichiers (au COG actuel) ne s’y rattacheront pas. Vérifiez le code ou utilisez ' +
      'des contours du millésime courant.',
  };
}

/**
 * Columns of the « Vue ARS » table: header with its unit, the value used to sort, the text shown
 * (« non chargé » when the layer is not loaded, never 0) and the layer to load.
 */
import type { RegionCptsRow } from '../core/region/region-types';
import { NOT_LOADED, type MissingLayer } from '../core/territory/not-loaded';
import type { TerritoryProfessionKey } from '../core/territory/profession-groups';
import { formatNumber, formatPercent } from './format';

export interface RegionColumn {
  id: string;
  header: string;
  /** Sort value; null sorts last (not loaded, unknown). */
  sortValue: (r: RegionCptsRow) => number | string | null;
  text: (r: RegionCptsRow) => string;
  /** The layer whose absence makes the cell « non chargé ». */
  layer?: MissingLayer | 'stays';
  numeric: boolean;
}

const orNotLoaded = (x: number | null, show: (x: number) => string) =>
  x === null ? NOT_LOADED : show(x);

/** Columns, with the profession shown in the professionals column. */
export function regionColumns(
  profession: TerritoryProfessionKey,
  professionLabel: string,
): RegionColumn[] {
  const professionOf = (r: RegionCptsRow) => r.professions?.find((p) => p.key === profession);
  return [
    { id: 'name', header: 'CPTS', sortValue: (r) => r.name, text: (r) => r.name, numeric: false },
    {
      id: 'communes',
      header: 'Communes',
      sortValue: (r) => r.communeCount,
      text: (r) => String(r.communeCount),
      numeric: true,
    },
    {
      id: 'population',
      header: 'Population (hab.)',
      sortValue: (r) => r.population,
      text: (r) => orNotLoaded(r.population, (x) => `${formatNumber(x)} (${r.populationVintage})`),
      layer: 'population',
      numeric: true,
    },
    {
      id: 'tranche',
      header: 'Tranche ACI',
      sortValue: (r) => r.trancheSize,
      text: (r) =>
        r.trancheSize === null
          ? NOT_LOADED
          : `Taille ${r.trancheSize}${r.trancheWarning ? ' ⚠ seuil à moins de 3 %' : ''}`,
      layer: 'population',
      numeric: false,
    },
    {
      id: 'density',
      header: 'Densité (hab./km²)',
      sortValue: (r) => r.densityKm2,
      text: (r) => orNotLoaded(r.densityKm2, (x) => formatNumber(x, 1)),
      layer: 'population',
      numeric: true,
    },
    {
      id: 'share75p',
      header: '75 ans et plus (%)',
      sortValue: (r) => r.share75p,
      text: (r) => orNotLoaded(r.share75p, (x) => formatPercent(x)),
      layer: 'ages',
      numeric: true,
    },
    {
      id: 'profession',
      header: `${professionLabel} pour 10 000 hab. (département)`,
      sortValue: (r) => professionOf(r)?.per10k ?? null,
      text: (r) => {
        const p = professionOf(r);
        return r.professions === null || !p
          ? NOT_LOADED
          : `${formatNumber(p.per10k, 1)} (${formatNumber(p.depPer10k, 1)})`;
      },
      layer: 'professionals',
      numeric: true,
    },
    {
      id: 'establishments',
      header: 'Établissements',
      sortValue: (r) => r.establishmentCount,
      text: (r) => orNotLoaded(r.establishmentCount, (x) => formatNumber(x)),
      layer: 'establishments',
      numeric: true,
    },
    {
      id: 'autarcie',
      header: 'Autarcie = LI (%)',
      sortValue: (r) => r.autarcie,
      text: (r) => (r.residentStays === null ? NOT_LOADED : formatPercent(r.autarcie)),
      layer: 'stays',
      numeric: true,
    },
    {
      id: 'access',
      header: 'Accès MG E2SFCA (consult./an/hab.)',
      sortValue: (r) => r.accessScore,
      text: (r) =>
        r.populationBelowThreshold === null ? NOT_LOADED : formatNumber(r.accessScore, 2),
      layer: 'professionals',
      numeric: true,
    },
    {
      id: 'below',
      header: 'Population sous 2,5 (%)',
      sortValue: (r) => r.shareBelowThreshold,
      text: (r) =>
        r.populationBelowThreshold === null ? NOT_LOADED : formatPercent(r.shareBelowThreshold),
      layer: 'professionals',
      numeric: true,
    },
    {
      id: 'contiguity',
      header: 'Contiguïté',
      sortValue: (r) => r.pieces + r.enclaves,
      text: (r) =>
        r.pieces <= 1 && r.enclaves === 0
          ? 'un seul tenant'
          : `${r.pieces} morceau(x), ${r.enclaves} enclave(s)`,
      numeric: false,
    },
    {
      id: 'overlaps',
      header: 'Chevauche',
      sortValue: (r) => r.overlapsWith.length,
      text: (r) => r.overlapsWith.join(', ') || '—',
      numeric: false,
    },
  ];
}

/**
 * Sorts rows by a column; values not loaded (null) always come last.
 *
 * @example sortRegionRows(rows, column, 'desc')[0].name;
 */
export function sortRegionRows(
  rows: readonly RegionCptsRow[],
  column: RegionColumn,
  direction: 'asc' | 'desc',
): RegionCptsRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = column.sortValue(a);
    const y = column.sortValue(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    if (typeof x === 'string' || typeof y === 'string')
      return sign * String(x).localeCompare(String(y), 'fr');
    return sign * (x - y) || a.name.localeCompare(b.name, 'fr');
  });
}

/**
 * The regional table as CSV for a spreadsheet: UTF-8 with BOM, `;` separator, decimal comma,
 * CRLF line ends (RFC 4180), one row per CPTS. A layer not loaded gives the text « non chargé »,
 * never 0; cells that a spreadsheet would run as a formula are neutralised.
 */
import { toCsv } from '../export/csv';
import { TERRITORY_PROFESSIONS } from '../territory/profession-groups';
import { NOT_LOADED } from '../territory/not-loaded';
import type { RegionCptsRow, RegionView } from './region-types';

type Column = { header: string; value: (r: RegionCptsRow) => string };

const number = (x: number | null, digits = 0, missing = NOT_LOADED): string =>
  x === null ? missing : (Math.round(x * 10 ** digits) / 10 ** digits).toString().replace('.', ',');
const share = (x: number | null, missing = NOT_LOADED) =>
  x === null ? missing : number(x * 100, 1);

/**
 * CSV text of the table of every CPTS (the columns of the « Vue ARS » with their unit).
 *
 * @example toRegionCsv(view).startsWith('\uFEFFCPTS;Communes'); // => true
 */
export function toRegionCsv(view: RegionView): string {
  const columns: Column[] = [
    { header: 'CPTS', value: (r) => r.name },
    { header: 'Communes', value: (r) => String(r.communeCount) },
    { header: 'Codes non chargés', value: (r) => r.unknownCodes.join(' ') },
    { header: 'Population (hab.)', value: (r) => number(r.population) },
    { header: 'Millésime de la population', value: (r) => r.populationVintage },
    {
      header: 'Communes de population inconnue',
      value: (r) => String(r.communesWithoutPopulation),
    },
    { header: 'Superficie (km²)', value: (r) => number(r.areaKm2, 1) },
    { header: 'Densité (hab./km²)', value: (r) => number(r.densityKm2, 1) },
    { header: 'Tranche ACI', value: (r) => r.trancheLabel ?? NOT_LOADED },
    { header: 'Alerte seuil ACI', value: (r) => r.trancheWarning ?? '' },
    { header: '75 ans et plus (%)', value: (r) => share(r.share75p) },
    ...TERRITORY_PROFESSIONS.flatMap(({ key, label }): Column[] => [
      {
        header: `${label} pour 10 000 hab.`,
        value: (r) => professionValue(r, key, 'per10k'),
      },
      {
        header: `${label} pour 10 000 hab. (département)`,
        value: (r) => professionValue(r, key, 'depPer10k'),
      },
    ]),
    { header: 'Établissements', value: (r) => number(r.establishmentCount) },
    { header: 'Autarcie = LI (%)', value: (r) => share(r.autarcie) },
    { header: 'Attractivité (%)', value: (r) => share(r.attractivite) },
    { header: 'Accès MG E2SFCA (consultations/an/hab.)', value: (r) => number(r.accessScore, 2) },
    {
      header: 'Population sous le seuil d’accès (hab.)',
      value: (r) => number(r.populationBelowThreshold),
    },
    { header: 'Morceaux', value: (r) => String(r.pieces) },
    { header: 'Enclaves', value: (r) => String(r.enclaves) },
    { header: 'Chevauche', value: (r) => r.overlapsWith.join(' / ') },
    { header: 'Population partagée (hab.)', value: (r) => number(r.sharedPopulation) },
  ];
  const lines = [
    columns.map((c) => c.header),
    ...view.rows.map((r) => columns.map((c) => c.value(r))),
  ];
  return toCsv(lines);
}

function professionValue(r: RegionCptsRow, key: string, field: 'per10k' | 'depPer10k'): string {
  if (r.professions === null) return NOT_LOADED;
  const p = r.professions.find((x) => x.key === key);
  return p ? number(p[field], 1, '') : '';
}

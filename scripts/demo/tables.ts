/**
 * The tabular demo files as header + rows of strings, from the model: INSEE populations and age
 * structure, PMSI stays and geographic codes, CPTS perimeters. Rows are sorted by code.
 */
import type { DemoCommune, DemoModel } from './model';
import { compareText } from './names';
import { AGE_COLUMNS } from './population';
import { MASK_MAX } from './stays';

/** A header and its rows, every value a string. */
export interface Table {
  header: string[];
  rows: string[][];
}

/** Text written for a masked cell of 1 to MASK_MAX stays, as ScanSanté does. */
export const MASKED_LABEL = `1 à ${MASK_MAX}`;

/**
 * The communes of the model sorted by INSEE code.
 * @example communesByCode(model)[0].code // '96001'
 */
export function communesByCode(model: DemoModel): DemoCommune[] {
  return [...model.communes].sort((a, b) => compareText(a.code, b.code));
}

/**
 * INSEE populations légales: `REG;DEP;CODCOM;COM;Commune;PMUN;PCAP;PTOT`, code = DEP + CODCOM.
 * COM repeats the full code (as src/io reads this header) and Commune carries the name.
 */
export function populationTable(model: DemoModel): Table {
  return {
    header: ['REG', 'DEP', 'CODCOM', 'COM', 'Commune', 'PMUN', 'PCAP', 'PTOT'],
    rows: communesByCode(model).map(({ code, name, population: p }) => {
      const total = p.population + p.countedApart;
      return [
        '96',
        '96',
        code.slice(2),
        code,
        name,
        String(p.population),
        String(p.countedApart),
        String(total),
      ];
    }),
  };
}

/** INSEE age structure: `CODGEO;P21_POP;P21_POP0014;…;P21_POP90P`; the bands sum to P21_POP. */
export function ageTable(model: DemoModel): Table {
  return {
    header: ['CODGEO', 'P21_POP', ...AGE_COLUMNS.map((a) => `P21_POP${a}`)],
    rows: communesByCode(model).map((c) => [
      c.code,
      String(c.population.population),
      ...c.population.ages.map(String),
    ]),
  };
}

/** PMSI stays in long format `code_geo;finess;nb_sejours;annee;champ`, small cells masked. */
export function staysTable(model: DemoModel): Table {
  return {
    header: ['code_geo', 'finess', 'nb_sejours', 'annee', 'champ'],
    rows: model.stays.map((s) => [
      s.zone,
      s.finess,
      s.stays <= MASK_MAX ? MASKED_LABEL : String(s.stays),
      '2023',
      'MCO',
    ]),
  };
}

/** ATIH correspondence `code_geo;code_postal;libelle`; the label is the postal code's bureau. */
export function pmsiZonesTable(model: DemoModel): Table {
  const bureau = new Map(model.postalCodes.map((p) => [p.code, model.communes[p.hub]?.name ?? '']));
  return {
    header: ['code_geo', 'code_postal', 'libelle'],
    rows: model.pmsiZones.flatMap((z) =>
      z.postalCodes.map((pc) => [z.code, pc, bureau.get(pc) ?? '']),
    ),
  };
}

/** ARS spreadsheet `Département;Code INSEE;Libellé commune;CPTS`, one row per commune and CPTS. */
export function cptsTable(model: DemoModel): Table {
  return {
    header: ['Département', 'Code INSEE', 'Libellé commune', 'CPTS'],
    rows: model.cpts.cpts.flatMap((p) =>
      p.communes
        .map((i) => model.communes[i] as DemoCommune)
        .sort((a, b) => compareText(a.code, b.code))
        .map((c) => ['96', c.code, c.name, p.name]),
    ),
  };
}

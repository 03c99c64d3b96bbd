import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../test/support/shared-data';
import { parsePopulation } from './parse-population';
import { bySeverity, issuesOf } from './test-helpers';

describe('parsePopulation', () => {
  it('reads populations légales: code = DEP + CODCOM; no year in the data = année inconnue', () => {
    const text =
      'REG;DEP;CODCOM;COM;Commune;PMUN;PCAP;PTOT\n' +
      '84;01;001;01001;L’Abergement-Clémenciat;832;15;847\n' +
      '94;2A;004;2A004;Ajaccio;71 361;1 200;72 561\n' +
      '01;971;01;97101;Les Abymes;53 491;600;54 091\n';
    const r = parsePopulation(text, { file: 'populations-legales-2021-96-fictif.csv' });
    expect(bySeverity(r.issues, 'error')).toEqual([]);
    expect(r.layout).toBe('populations-legales');
    // The 2021 of the file name is not read: a name is not data.
    expect(r.rows).toEqual([
      { code: '01001', year: null, population: 832, ages: null },
      { code: '2A004', year: null, population: 71361, ages: null },
      { code: '97101', year: null, population: 53491, ages: null },
    ]);
    const unknown = issuesOf(r.issues, 'unknown-year');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ severity: 'warning', column: 'PMUN' });
    expect(unknown[0]?.message).toContain('annee');
  });

  it('never takes a COG year from the file name', () => {
    const r = parsePopulation('code,nom,population_municipale\n01001,A,860\n', {
      file: 'communes-france-cog2026.csv',
    });
    expect(r.rows).toEqual([{ code: '01001', year: null, population: 860, ages: null }]);
    expect(issuesOf(r.issues, 'unknown-year')).toHaveLength(1);
  });

  it('reads the older layout and pads codes that lost their zeros', () => {
    const text =
      'CODREG;REG;CODDEP;CODARR;CODCAN;CODCOM;COM;PMUN;PCAP;PTOT\n84;Auvergne-Rhône-Alpes;1;2;8;1;L’Abergement;767;18;785\n';
    const r = parsePopulation(text, { file: 'pop.csv', year: 2016 });
    expect(r.rows).toEqual([{ code: '01001', year: 2016, population: 767, ages: null }]);
    expect(issuesOf(r.issues, 'repaired-code')).toHaveLength(1);
  });

  it('reads a simple code + population file with a year column', () => {
    const r = parsePopulation('codgeo,population,annee\n50502,"18 874",2020\n', { file: 'x.csv' });
    expect(r.rows).toEqual([{ code: '50502', year: 2020, population: 18874, ages: null }]);
  });

  it('reads the year of a dated column, the most recent one, and says which column it used', () => {
    const text =
      'insee_com,commune,population_2015,population_2021,pop_15_64_totale_2021,menages_2021\n' +
      '01001,L’Abergement,767,832,508,341\n';
    const r = parsePopulation(text, { file: 'insee-comparateur-2024-extrait.csv' });
    expect(r.rows).toEqual([{ code: '01001', year: 2021, population: 832, ages: null }]);
    expect(r.mapping).toMatchObject({ code: 'insee_com', population: 'population_2021' });
    const picked = issuesOf(r.issues, 'population-vintage')[0];
    expect(picked).toMatchObject({ severity: 'info', column: 'population_2021' });
    expect(picked?.message).toContain('population_2015');
    expect(issuesOf(r.issues, 'year-from-column')[0]?.message).toContain('2021');
    expect(issuesOf(r.issues, 'unknown-year')).toEqual([]);
  });

  it.each([
    ['PMUN2021', 2021],
    ['pop_2019', 2019],
    ['populationMunicipale2020', 2020],
  ])('reads the year of the column %s', (column, year) => {
    const r = parsePopulation(`CODGEO;${column}\n01001;832\n`, { file: 'pop-2024.csv' });
    expect(r.rows).toEqual([{ code: '01001', year, population: 832, ages: null }]);
  });

  it('takes a dated population totale only when there is no municipale, with a warning', () => {
    const r = parsePopulation('CODGEO;PTOT2018;PTOT2021\n01001;840;850\n', { file: 'p.csv' });
    expect(r.rows).toEqual([{ code: '01001', year: 2021, population: 850, ages: null }]);
    expect(issuesOf(r.issues, 'total-population')[0]?.column).toBe('PTOT2021');
  });

  it('reads an annee column when the population column carries no year', () => {
    const r = parsePopulation('code;PMUN;annee\n01001;832;2020\n01002;12;vingt\n', {
      file: 'pop-cog2026.csv',
    });
    expect(r.rows.map((x) => x.year)).toEqual([2020, null]);
    expect(r.mapping.year).toBe('annee');
    expect(issuesOf(r.issues, 'invalid-year')[0]).toMatchObject({ row: 3, column: 'annee' });
  });

  it('lets the user’s year win over the column names', () => {
    const text = 'CODGEO;population_2021;annee\n01001;832;2019\n';
    expect(parsePopulation(text, { file: 'p.csv', year: 2022 }).rows[0]?.year).toBe(2022);
    const chosen = parsePopulation(text, { file: 'p.csv', columns: { year: 'annee' } });
    expect(chosen.rows[0]?.year).toBe(2019);
    expect(chosen.mapping.year).toBe('annee');
    expect(parsePopulation(text, { file: 'p.csv' }).rows[0]?.year).toBe(2021);
  });

  it('reads the age structure base: prefix P21_ -> 2021 (not the file name), 75P = 7589 + 90P', () => {
    const text =
      'CODGEO;P21_POP;P21_POP0014;P21_POP1529;P21_POP3044;P21_POP4559;P21_POP6074;P21_POP7589;P21_POP90P;P15_POP\n' +
      '01001;832;150,5;120;160;180;140;70,25;11,25;790\n' +
      '01002;267;;40;50;60;50;20;5;250\n';
    const r = parsePopulation(text, { file: 'base-cc-evol-struct-pop-2024.csv' });
    expect(r.layout).toBe('structure-ages');
    expect(r.rows[0]).toEqual({
      code: '01001',
      year: 2021,
      population: 832,
      ages: { '0014': 150.5, '1529': 120, '3044': 160, '4559': 180, '6074': 140, '75P': 81.5 },
    });
    expect(r.rows[1]).toMatchObject({ code: '01002', ages: null });
    expect(issuesOf(r.issues, 'missing-ages')).toHaveLength(1);
    expect(issuesOf(r.issues, 'age-vintage')).toHaveLength(1);
  });

  it('a P99_POP column (INSEE historical series name) is not read as 2099: ages of P21, year 2021', () => {
    const text =
      'CODGEO;P99_POP;P21_POP;P21_POP0014;P21_POP1529;P21_POP3044;P21_POP4559;P21_POP6074;P21_POP75P\n' +
      '01001;700;832;150;120;160;180;140;82\n';
    const r = parsePopulation(text, { file: 'serie-historique.csv' });
    expect(r.rows[0]).toMatchObject({ code: '01001', year: 2021, population: 832 });
    expect(r.rows[0]?.ages?.['75P']).toBe(82);
    expect(issuesOf(r.issues, 'age-vintage')).toEqual([]);
  });

  it('a file with only P99_POP: no census column found; chosen by the user, année inconnue (never 2099)', () => {
    const alone = parsePopulation('CODGEO;P99_POP\n01001;700\n', { file: 'p99.csv' });
    expect(issuesOf(alone.issues, 'missing-column')).toHaveLength(1); // not a census column
    const r = parsePopulation('CODGEO;P99_POP\n01001;700\n', {
      file: 'p99.csv',
      columns: { population: 'P99_POP' },
    });
    expect(r.rows[0]).toMatchObject({ code: '01001', year: null, population: 700, ages: null });
    expect(issuesOf(r.issues, 'unknown-year')[0]?.message).toContain('« P99_POP »');
  });

  it('an implausible year cell (2099) is année inconnue, with a warning on its line', () => {
    const r = parsePopulation('code;population;annee\n01001;832;2099\n', { file: 'a.csv' });
    expect(r.rows[0]?.year).toBeNull();
    expect(issuesOf(r.issues, 'invalid-year')[0]).toMatchObject({ row: 2, column: 'annee' });
  });

  it('errors on a missing column, naming it and listing the headers found', () => {
    const r = parsePopulation('CODGEO;LIBGEO\n01001;A\n', { file: 'pop.csv' });
    const err = issuesOf(r.issues, 'missing-column')[0];
    expect(err?.severity).toBe('error');
    expect(err?.column).toBe('PMUN');
    expect(err?.message).toContain('CODGEO, LIBGEO');
    expect(r.rows).toEqual([]);
  });

  it('reports unusable rows with their line, never drops them silently', () => {
    const r = parsePopulation('code;PMUN\n01001;832\nXX;12\n01003;douze\n01001;5\n', {
      file: 'pop-2021.csv',
    });
    expect(r.rows).toHaveLength(1);
    expect(issuesOf(r.issues, 'invalid-code')[0]?.row).toBe(3);
    expect(issuesOf(r.issues, 'invalid-number')[0]).toMatchObject({ row: 4, column: 'PMUN' });
    expect(issuesOf(r.issues, 'duplicate-code')[0]?.row).toBe(5);
  });

  it('refuses implausible, negative and decimal populations, and flags dots as thousands', () => {
    const r = parsePopulation(
      'code;PMUN\n01001;99999999999\n01002;-5\n01003;3,5\n01004;1.234\n01005;2103778\n',
      { file: 'pop.csv' },
    );
    expect(r.rows.map((row) => [row.code, row.population])).toEqual([
      ['01004', 1234],
      ['01005', 2103778],
    ]);
    const rejected = issuesOf(r.issues, 'invalid-number');
    expect(rejected.map((i) => [i.row, i.severity])).toEqual([
      [2, 'error'],
      [3, 'error'],
      [4, 'error'],
    ]);
    expect(rejected[0]!.message).toMatch(/« 99999999999 » invraisemblable \(plus que Paris/);
    expect(rejected[1]!.message).toMatch(/« -5 » négative pour 01002/);
    expect(rejected[2]!.message).toMatch(/« 3,5 » décimale pour 01003 ; commune ignorée/);
    const flagged = issuesOf(r.issues, 'ambiguous-number');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({ row: 5, column: 'PMUN', severity: 'warning' });
    expect(flagged[0]!.message).toMatch(/« 1\.234 » lue 1\u202f234 habitants pour 01004/);
  });

  it('handles empty files and header-only files', () => {
    expect(issuesOf(parsePopulation('', { file: 'p.csv' }).issues, 'empty-file')).toHaveLength(1);
    const h = parsePopulation('DEP;CODCOM;PMUN\n', { file: 'p-2021.csv' });
    expect(h.rows).toEqual([]);
    expect(issuesOf(h.issues, 'no-data-rows')).toHaveLength(1);
  });
});

describe('parsePopulation with columns chosen by the user', () => {
  const text =
    'DEP;CODCOM;Code commune;PMUN;Habitants 2022\n01;001;01001;832;850\n01;002;01002;250;260\n';

  it('reports the columns it used, then reads the ones the user chose', () => {
    const auto = parsePopulation(text, { file: 'pop-2021.csv' });
    expect(auto.mapping).toMatchObject({
      dep: 'DEP',
      commune: 'CODCOM',
      code: null,
      population: 'PMUN',
    });
    expect(auto.rows.map((r) => r.population)).toEqual([832, 250]);
    const chosen = parsePopulation(text, {
      file: 'pop-2021.csv',
      columns: { population: 'Habitants 2022', code: 'Code commune' },
    });
    expect(chosen.mapping).toMatchObject({
      dep: null,
      commune: null,
      code: 'Code commune',
      population: 'Habitants 2022',
    });
    expect(chosen.rows.map((r) => [r.code, r.population])).toEqual([
      ['01001', 850],
      ['01002', 260],
    ]);
    expect(bySeverity(chosen.issues, 'error')).toEqual([]);
    // The year is the one in the chosen column's name; PMUN carries none.
    expect(chosen.rows[0]?.year).toBe(2022);
    expect(auto.rows[0]?.year).toBeNull();
  });

  it('names the chosen column and the file columns when the choice is not in the header', () => {
    const r = parsePopulation(text, { file: 'pop-2021.csv', columns: { population: 'P22_POP' } });
    const err = issuesOf(r.issues, 'missing-column')[0];
    expect(err).toMatchObject({ row: 1, column: 'P22_POP', severity: 'error' });
    expect(err?.message).toContain('pop-2021.csv');
    expect(err?.message).toContain('DEP, CODCOM, Code commune, PMUN, Habitants 2022');
    expect(r.rows).toEqual([]);
  });
});

describeShared('parsePopulation on real files (../shared/data/population)', () => {
  const read = (name: string) => fs.readFileSync(sharedPath('population', name), 'utf8');

  it('reads population_2021 (not 2015, not the 2024 of the name) of the INSEE comparateur', () => {
    const file = 'insee-comparateur-2024-extrait-12dep.csv';
    const r = parsePopulation(read(file), { file });
    expect(r.mapping.population).toBe('population_2021');
    expect(new Set(r.rows.map((x) => x.year))).toEqual(new Set([2021]));
    expect(r.rows.find((x) => x.code === '01001')?.population).toBe(832);
    expect(issuesOf(r.issues, 'population-vintage')[0]?.message).toContain('population_2015');
  });

  it('gives the COG 2026 commune list no census year (année inconnue), not 2026', () => {
    const file = 'communes-france-cog2026.csv';
    const r = parsePopulation(read(file), { file });
    expect(r.mapping.population).toBe('population_municipale');
    expect(r.rows.length).toBeGreaterThan(34_900);
    expect(r.rows.every((x) => x.year === null)).toBe(true);
    expect(issuesOf(r.issues, 'unknown-year')).toHaveLength(1);
  });
});

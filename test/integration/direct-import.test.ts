/**
 * Big Annuaire Santé and PMSI files read by DuckDB itself (`importDirect` + `DirectReader`) give
 * the report (issues: messages, lines, columns, caps, counts) and the table rows of the JS parsers
 * reading the whole file, on both engines. The files hold every trap the readers know: masked,
 * empty, negative, decimal and non-numeric counts, lost leading zeros, bad codes, unknown fields,
 * repeated flows, short and long lines, blank lines, CRLF (alone and mixed with LF), padded
 * cells, more warnings than listed, old commune codes and arrondissements, postal codes of another
 * commune, GPs by code and by label, a Windows-1252 file with `’` and `œ`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/core/types';
import { DirectReader } from '../../src/db/direct-reader';
import { sqlJsTrim } from '../../src/db/sql/direct-lines-sql';
import { sqlString } from '../../src/db/sql/sql-literals';
import { loadDataset } from '../../src/db/load-dataset';
import type { NodeConnector } from '../../src/db/node-connector';
import { StagedImport } from '../../src/db/staged-import';
import { importFiles, type ImportOptions, type ImportReport } from '../../src/workers/import-api';
import { NODE_CONNECTORS } from '../support/connectors';

const BROKEN = path.resolve(import.meta.dirname, '../fixtures/broken');
const BROKEN_CASES: Case[] = fs
  .readdirSync(BROKEN)
  .filter((f) => f !== 'README.md')
  .map((name) => ({
    name,
    bytes: new Uint8Array(fs.readFileSync(path.join(BROKEN, name))),
    table: 'stays',
    minIssues: 1,
  }));

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'perimetre-direct-'));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

function pmsiText(): string {
  const lines = ['code_geo;finess;nb_sejours;annee;champ'];
  const zones = ['50100', '50C02', '01400', '14000', '50000', '99999', '1400', '50c02', ' 50100 '];
  for (let i = 0; i < 400; i++) {
    const zone = zones[i % zones.length] ?? '';
    const finess = i % 37 === 0 ? '50000013' : `50000${String(1 + (i % 5)).padStart(4, '0')}`;
    const stays = [`${3 + (i % 50)}`, '1 à 10', '', '<11', `${i % 7},5`, 's'][i % 6] ?? '';
    lines.push(
      `${zone};${finess};${stays};${i % 11 === 0 ? 'deux' : '2023'};${i % 13 ? 'MCO' : 'xyz'}`,
    );
  }
  lines.push('AB;500000013;4;2023;MCO', '50100;12;4;2023;MCO', '50100;500000013;douze;2023;MCO');
  lines.push(
    '50100;500000013;-3;2023;MCO',
    '',
    ';;;;',
    '50100;500000013;7',
    '50100;500000013;7;2023;MCO;x;y',
  );
  lines.push('50100;500000013;7;2023;MCO;;', '50100;500000013;7;2023;PSY');
  return `${lines.join('\n')}\n`;
}

const ANNUAIRE_HEADER =
  "Type d'identifiant PP|Identification nationale PP|Code profession|Libellé profession|Code savoir-faire|Libellé savoir-faire|Code mode exercice|Code commune (coord. structure)|Code postal (coord. structure)|Numéro FINESS site|Code secteur d'activité|";

function annuaireText(): string {
  const lines = [ANNUAIRE_HEADER];
  const places = [
    ['50025', '50000'],
    ['1001', '01400'],
    ['75112', '75012'],
    ['01340', '01310'],
    ['99999', '99999'],
    ['50025', '14000'],
    ['50025', '50100'],
    ['ABCDE', 'X'],
    ['', '1400'],
    [' 50129 ', '50100 '],
  ];
  for (let i = 0; i < 300; i++) {
    const [commune, postal] = places[i % places.length] ?? ['', ''];
    const doctor = i % 3 === 0;
    const spec = doctor
      ? ['SM54|Médecine Générale', '|Qualifié en médecine générale', 'SM26|Psychiatrie'][i % 3]
      : '|';
    lines.push(
      [
        '8',
        i % 41 === 0 ? '' : `8100000${String(Math.floor(i / 2)).padStart(5, '0')}`,
        i % 43 === 0 ? ' ' : doctor ? '10' : '60',
        doctor ? 'Médecin' : i % 17 === 1 ? '\u00a0Infirmier\t' : 'Infirmier',
        spec,
        i % 2 ? 'L' : 'S',
        commune,
        postal,
        i % 5 ? '' : '500000013',
        'SA07',
        '',
      ].join('|'),
    );
  }
  lines.push(
    '8|810000099999|10',
    '',
    '   ',
    '8|810000099998|10|Médecin||||50025|50000||SA07|extra|more|',
  );
  return `${lines.join('\r\n')}\r\n`;
}

/** An Annuaire in Windows-1252: `é` as 0xE9; with `withC1`, also `’` (0x92) and `œ` (0x9C). */
function annuaireWindows1252(withC1: boolean): Uint8Array<ArrayBuffer> {
  const label = withC1 ? 'Soins de l’œil' : 'Soins à domicile';
  const text = `${ANNUAIRE_HEADER}\n8|810000000001|60|Infirmier|S1|${label}|L|50025|50000||SA07|\n8|810000000002|10|Médecin|SM54|Médecine Générale|L|50129|50100||SA07|\n`;
  const cp1252: Record<string, number> = { '’': 0x92, œ: 0x9c };
  return new Uint8Array([...text].map((ch) => cp1252[ch] ?? ch.charCodeAt(0)));
}

/** `text` with LF and CRLF line ends alternating (the header ends with LF), as an edited file has. */
function mixedNewlines(text: string): Uint8Array<ArrayBuffer> {
  const lines = text.split(/\r?\n/);
  const mixed = lines.map((l, i) => (i === lines.length - 1 ? l : `${l}${i % 2 ? '\r\n' : '\n'}`));
  return new TextEncoder().encode(mixed.join(''));
}

/** Lines of {@link pmsiWithLateLine} (about 1.8 MB), the odd line near the end. */
const BIG_LINES = 70_000;
const LATE_LINE = 65_000;

/**
 * A PMSI file of {@link BIG_LINES} lines whose line {@link LATE_LINE}, past the first MiB (the head
 * the detection reads), is `late`; the other lines carry an empty `libelle`.
 */
function pmsiWithLateLine(late: string): Uint8Array<ArrayBuffer> {
  const lines = ['code_geo;finess;nb_sejours;libelle'];
  for (let line = 2; line <= BIG_LINES; line++)
    lines.push(line === LATE_LINE ? late : `50${String(line % 900).padStart(3, '0')};500000013;1;`);
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/** Quotes past the head of a big PMSI file: a stray one, and a quoted value holding the separator. */
const LATE_QUOTE_CASES = [
  {
    name: 'pmsi-guillemet-tardif.csv',
    late: '50100;"500000013;4;',
    broken: [[LATE_LINE, 'finess']],
  },
  {
    name: 'pmsi-libelle-entre-guillemets.csv',
    late: '50100;500000013;4;"CH X; Y"',
    broken: [],
  },
];

interface Case {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  table: 'stays' | 'professionals';
  /** Issues the case must raise at least (its traps). */
  minIssues: number;
  /** The user's choices for the file (import panel, CLI). */
  options?: ImportOptions;
  /** A value the rows must hold (e.g. a reconciled code). */
  holds?: string;
}

/**
 * A PMSI file whose zones the user reads as INSEE codes: municipal arrondissements, which the
 * import reconciles to their commune (lines of a zone still in the file after its first one),
 * and codes kept as they are. No flow is repeated (each line has its own FINESS): the count of
 * distinct flows takes its short way (`buildStaysFlowsSql`).
 */
function pmsiInseeText(): string {
  const zones = ['75112', '96001', '13201', '69381', '75112', '99999', '2A004', '13201'];
  const lines = zones.map((z, i) => `${z};50000001${i};${10 + i};2023;MCO`);
  return `code_geo;finess;nb_sejours;annee;champ\n${lines.join('\n')}\n`;
}

const CASES: Case[] = [
  {
    name: 'pmsi-2023.csv',
    bytes: new TextEncoder().encode(pmsiText()),
    table: 'stays',
    minIssues: 20,
  },
  {
    name: 'PS_LibreAcces_Personne_activite_202601010000.txt',
    bytes: new TextEncoder().encode(annuaireText()),
    table: 'professionals',
    minIssues: 20,
  },
  {
    name: 'pmsi-2023-lf-crlf.csv',
    bytes: mixedNewlines(pmsiText()),
    table: 'stays',
    minIssues: 20,
  },
  {
    name: 'PS_LibreAcces_Personne_activite_lf_crlf.txt',
    bytes: mixedNewlines(annuaireText()),
    table: 'professionals',
    minIssues: 20,
  },
  {
    name: 'PS_LibreAcces_Personne_activite_latin1.txt',
    bytes: annuaireWindows1252(false),
    table: 'professionals',
    minIssues: 2,
  },
  {
    name: 'pmsi-2023-codes-insee.csv',
    bytes: new TextEncoder().encode(pmsiInseeText()),
    table: 'stays',
    minIssues: 1,
    options: { zoneKind: 'insee' },
    holds: '75056',
  },
];

async function importWith(
  conn: NodeConnector,
  c: Case,
  direct: boolean,
  dictionaries?: { inlineMax: number; csvMin: number },
): Promise<{ report: ImportReport; rows: unknown[]; bySql: number }> {
  await loadDataset(conn, {});
  const staged = new StagedImport(conn);
  const file = path.join(TMP, c.name);
  fs.writeFileSync(file, c.bytes);
  const register = (_: unknown, name: string) => conn.registerLocalFile(name, file);
  const reader = new DirectReader(conn, staged, register, undefined, dictionaries);
  const inserts = [vi.spyOn(reader, 'insertStays'), vi.spyOn(reader, 'insertAnnuaire')];
  const [report] = await importFiles(
    [{ name: c.name, blob: new Blob([c.bytes]) }],
    [c.options ?? {}],
    { communes: ['96001'] },
    (chunk) => staged.append(chunk.kind, chunk.rows as Dataset[typeof chunk.kind]),
    direct ? 0 : Infinity,
    undefined,
    direct ? reader : null,
  );
  await staged.commit();
  if (!report) throw new Error('no report');
  const bySql = inserts.reduce((n, spy) => n + spy.mock.calls.length, 0);
  return { report, rows: await conn.query(`SELECT * FROM ${c.table}`), bySql };
}

describe.each(NODE_CONNECTORS)('files read by DuckDB itself ($name)', ({ create }) => {
  it.each(CASES)('$name: same report and rows as the JS parsers', async (c) => {
    const conn = await create();
    try {
      const js = await importWith(conn, c, false);
      const direct = await importWith(conn, c, true);
      // The direct path ran (not the JS fallback), the JS one did not.
      expect([js.bySql, direct.bySql]).toEqual([0, 1]);
      expect(direct.report).toEqual(js.report);
      expect(direct.rows).toEqual(js.rows);
      expect(js.report.issues.length).toBeGreaterThanOrEqual(c.minIssues);
      if (c.holds) expect(JSON.stringify(js.rows)).toContain(`"${c.holds}"`);
    } finally {
      await conn.close();
    }
  });

  it.each([...CASES.slice(0, 2), ...CASES.filter((c) => c.options)])(
    '$name: dictionaries joined (loaded as CSV) or written inline give the same report and rows',
    async (c) => {
      const conn = await create();
      try {
        const joined = await importWith(conn, c, true, { inlineMax: 0, csvMin: 0 });
        const inline = await importWith(conn, c, true);
        expect([joined.bySql, inline.bySql]).toEqual([1, 1]);
        expect(inline.report).toEqual(joined.report);
        expect(inline.rows).toEqual(joined.rows);
      } finally {
        await conn.close();
      }
    },
  );

  it.each(BROKEN_CASES)('broken corpus $name: same report whichever path reads it', async (c) => {
    const conn = await create();
    try {
      const js = await importWith(conn, c, false);
      const direct = await importWith(conn, c, true);
      expect(direct.report).toEqual(js.report);
      expect(direct.rows).toEqual(js.rows);
    } finally {
      await conn.close();
    }
  });

  it('trims cells as JavaScript trims them', async () => {
    const values = [
      '',
      'x',
      ' x ',
      '\u00a0x\t',
      '\u3000été\ufeff',
      'é',
      ' é',
      'Médecine générale ',
      '\u2028a b\u2029',
      '\u0085x\u0085',
      '  ',
      '🏥 ',
      // Not white space for JavaScript: zero-width space, Mongolian vowel separator.
      '\u200bx\u200b',
      '\u180ex\u180e',
      // Each character JavaScript trims (found by scanning the BMP, not from our list), alone at
      // the start, at the end, inside.
      ...Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i))
        .filter((c) => c.trim() === '')
        .flatMap((c) => [`${c}a`, `a${c}`, `a${c}b`]),
    ];
    const conn = await create();
    try {
      const sql = values.map((v, i) => `SELECT ${i} AS i, ${sqlJsTrim(sqlString(v))} AS t`);
      const rows = await conn.query<{ i: number; t: string }>(
        `${sql.join(' UNION ALL ')} ORDER BY i`,
      );
      expect(rows.map((r) => r.t)).toEqual(values.map((v) => v.trim()));
    } finally {
      await conn.close();
    }
  });

  it.each(LATE_QUOTE_CASES)(
    '$name: a quote past the first MiB leaves the file to the JS reader (same report and rows)',
    async ({ name, late, broken }) => {
      const conn = await create();
      try {
        const c: Case = { name, bytes: pmsiWithLateLine(late), table: 'stays', minIssues: 0 };
        const direct = await importWith(conn, c, true);
        const js = await importWith(conn, c, false);
        expect([js.bySql, direct.bySql]).toEqual([0, 0]);
        expect(direct.report).toEqual(js.report);
        expect(direct.rows).toEqual(js.rows);
        const quoteIssues = direct.report.issues.filter((i) => i.code === 'broken-quote');
        expect(quoteIssues.map((i) => [i.row, i.column])).toEqual(broken);
        // No line split inside the quotes (a « long-row » warning) and none rejected for its FINESS.
        expect(direct.report.issues.filter((i) => i.row === LATE_LINE).map((i) => i.code)).toEqual(
          quoteIssues.map((i) => i.code),
        );
        const { rowCount, keptCount, repairedCount, rejectedCount } = direct.report;
        expect([rowCount, keptCount + repairedCount + rejectedCount]).toEqual([
          BIG_LINES - 1,
          BIG_LINES - 1,
        ]);
        expect(rejectedCount).toBe(broken.length);
        expect(direct.rows).toHaveLength(BIG_LINES - 1 - broken.length);
      } finally {
        await conn.close();
      }
    },
  );

  it('leaves a file with a CR alone inside a line to the JS reader (DuckDB ends the line there)', async () => {
    const conn = await create();
    try {
      const c: Case = {
        name: 'pmsi-cr.csv',
        bytes: new TextEncoder().encode(
          'code_geo;finess;nb_sejours\n50100;500000013;4\n50200;500000013;5\r6\n50300;500000013;7\n',
        ),
        table: 'stays',
        minIssues: 1,
      };
      const direct = await importWith(conn, c, true);
      const js = await importWith(conn, c, false);
      expect(direct.bySql).toBe(0);
      expect(direct.report).toEqual(js.report);
      expect(direct.rows).toEqual(js.rows);
    } finally {
      await conn.close();
    }
  });

  it('leaves a Windows-1252 file with bytes DuckDB refuses (’, œ) to the JS reader', async () => {
    const conn = await create();
    try {
      const c: Case = {
        name: 'PS_LibreAcces_Personne_activite_cp1252.txt',
        bytes: annuaireWindows1252(true),
        table: 'professionals',
        minIssues: 2,
      };
      const { rows, bySql } = await importWith(conn, c, true);
      expect(bySql).toBe(0);
      expect(rows.map((r) => (r as { specialty_label: string }).specialty_label)).toEqual([
        'Soins de l’œil',
        'Médecine Générale',
      ]);
    } finally {
      await conn.close();
    }
  });
});

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { RegionView } from '../../core/region/region-types';
import { buildAreaTotalsSql, type AreaTotalsRow } from '../../db/sql/area-totals';
import { loadInputsIntoDuckDb } from '../load-inputs';
import { DEFAULT_ACCESS_PARAMETERS, UNDERSERVED_THRESHOLD } from '../../core/access/defaults';
import { rollUpAccess } from '../../core/access/roll-up';
import { loadAccessInputs } from '../../db/load-access-inputs';
import { loadFlowInputs } from '../../db/flow-inputs';
import { computeAccess } from '../../workers/access-api';
import { computeFlowIndicators } from '../../workers/flows-api';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../../bin/perimetre.mjs');
const perimetre = (...args: string[]) => run('node', [BIN, ...args], { maxBuffer: 32 << 20 });

describe('perimetre region on the demo', () => {
  it('prints every CPTS, the overlap pairs, the coverage and the white zones as JSON', async () => {
    const { stdout } = await perimetre('region', '--json');
    const view = JSON.parse(stdout) as RegionView & { fictitious: boolean };
    expect(view.fictitious).toBe(true);
    expect(view.rows.map((r) => r.name)).toEqual([
      'CPTS des Trois Vallées Imaginaires',
      'CPTS du Littoral Fictif',
      'CPTS Terres de Sainte-Fabulette',
    ]);
    // The population of each CPTS is the sum DuckDB gives for its communes.
    const { conn } = await loadInputsIntoDuckDb([]);
    for (const row of view.rows) {
      const [totals] = await conn.query<AreaTotalsRow>(buildAreaTotalsSql(row.codes));
      expect(row.population).toBe(totals!.population);
    }
    const [all] = await conn.query<AreaTotalsRow>(
      buildAreaTotalsSql(Object.keys(view.coverage!.countByCode)),
    );
    // Flows and access: the figures of the « Flux PMSI » and « Accès aux soins » functions.
    const flows = await loadFlowInputs(conn);
    const access = await loadAccessInputs(conn, 'gp');
    await conn.close();
    const scores = await computeAccess({
      communes: access.communes,
      activities: access.activities,
      parameters: DEFAULT_ACCESS_PARAMETERS,
      times: null,
      changes: [],
    });
    for (const row of view.rows) {
      const f = await computeFlowIndicators(flows, row.codes);
      expect(row.autarcie).toBe(f.autarcie);
      expect(row.attractivite).toBe(f.attractivite);
      const a = rollUpAccess(scores, new Set(row.codes), UNDERSERVED_THRESHOLD);
      expect(row.accessScore).toBeCloseTo(a.weightedScore!, 10);
      expect(row.populationBelowThreshold).toBe(a.populationBelow);
    }
    const c = view.coverage!;
    expect(c.none.population! + c.one.population! + c.twoOrMore.population!).toBe(all!.population);
    expect(c.none.communes + c.one.communes + c.twoOrMore.communes).toBe(c.totalCommunes);
    // Pairs: every commune shared by a pair is under 2+ CPTS, and the 2+ class counts them.
    const shared = new Set(view.pairs.flatMap((p) => p.communes));
    expect(shared.size).toBe(c.twoOrMore.communes);
    expect(view.multiCovered.map((m) => m.code).sort()).toEqual([...shared].sort());
    // White zones: the groups hold exactly the communes of the 0 class.
    const white = view.whiteZones!.flatMap((z) => z.communes.map((x) => x.code));
    expect(white.length).toBe(c.none.communes);
    expect(white.every((code) => c.countByCode[code] === 0)).toBe(true);
    expect(view.whiteZones!.every((z) => z.adjacentCpts.length > 0)).toBe(true);
    // The demo loads PMSI, FINESS and the Annuaire: nothing is « non chargé ».
    expect(view.rows.every((r) => r.professions !== null && r.residentStays !== null)).toBe(true);
  });

  it('writes the CSV of the table (BOM, `;`, one row per CPTS)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perimetre-region-'));
    const out = path.join(dir, 'cpts.csv');
    await perimetre('region', '--csv', out);
    const text = fs.readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFCPTS;Communes;')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(3);
    expect(parsed.data.map((r) => r['Tranche ACI'])).toEqual([
      expect.stringMatching(/^Taille /),
      expect.stringMatching(/^Taille /),
      expect.stringMatching(/^Taille /),
    ]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports bad CPTS lists with the file, the line and the fix, and drops nothing silently', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perimetre-region-'));
    const cpts = path.join(dir, 'cpts-ars.csv');
    fs.writeFileSync(
      cpts,
      [
        'Département;Code INSEE;Libellé commune;CPTS',
        '96;96001;Bourg-Brumoux;CPTS Test',
        '96;96005;Bourg-Fictif;CPTS Test',
        '96;96005;Bourg-Fictif;CPTS Test', // line 4: listed twice
        '96;96999;Inconnue;CPTS Test', // line 5: not among the loaded communes
        '96;96998;Inconnue;CPTS Vide', // a CPTS with no loaded commune
      ].join('\n'),
    );
    const contours = path.resolve(
      import.meta.dirname,
      '../../../data/demo/communes-96-fictif.geojson',
    );
    const { stdout, stderr } = await perimetre(
      'region',
      '--load',
      contours,
      '--load',
      cpts,
      '--json',
    );
    const view = JSON.parse(stdout) as RegionView;
    // The import reports the duplicate (line 4, see `perimetre inspect`) and the unknown codes
    // with their lines.
    expect(stderr).toContain('cpts-ars.csv : 1 avertissement(s) sur des lignes');
    expect(stderr).toMatch(/code commune inconnu \(96999 \(ligne 5\), 96998 \(ligne 6\)\)/);
    const test = view.rows.find((r) => r.name === 'CPTS Test')!;
    expect(test.codes).toEqual(['96001', '96005']);
    expect(test.unknownCodes).toContain('96999');
    const unknown = view.issues.find((i) => i.code === 'region-unknown-commune')!;
    expect(unknown.file).toBe('cpts-ars.csv');
    expect(unknown.message).toContain('96999');
    expect(unknown.message).toContain('Chargez les contours');
    const empty = view.issues.find((i) => i.code === 'region-empty-cpts')!;
    expect(empty.message).toContain('CPTS Vide');
    expect(stderr).toContain('CPTS Vide');
    // No population file: the populations are unknown (null), never 0.
    expect(test.population).toBeNull();
    expect(view.coverage!.none.population).toBeNull();
    expect(view.coverage!.totalPopulation).toBeNull();
    expect(view.coverage!.none.communesWithoutPopulation).toBe(view.coverage!.none.communes);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

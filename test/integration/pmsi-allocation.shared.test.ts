/**
 * Golden case on real data: PMSI zones that are real postal codes of the Ain, four of which are also
 * the INSEE code of another commune, go to the communes of the postal code pro rata of population —
 * never to the commune whose INSEE code they match (test/fixtures/pmsi-allocation/…/README.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadInputsIntoDuckDb, type LoadedInputs } from '../../src/cli/load-inputs';
import {
  buildAllocationSummarySql,
  buildCommuneStaysSql,
  buildUnallocatedStaysSql,
  type AllocationSummaryRow,
  type CommuneStaysRow,
  type UnallocatedStaysRow,
} from '../../src/db/sql';
import { describeShared, sharedPath } from '../support/shared-data';

const CASE = path.resolve(import.meta.dirname, '../fixtures/pmsi-allocation/ain-postal-collisions');
const spec = JSON.parse(fs.readFileSync(path.join(CASE, 'in/case.json'), 'utf8')) as {
  shared: string[];
  files: string[];
};
const expected = JSON.parse(fs.readFileSync(path.join(CASE, 'out.json'), 'utf8')) as {
  staysByCommune: Record<string, number>;
  unplacedZones: Record<string, number>;
  maskedCells: number;
};
const loads = () => [
  ...spec.shared.map((p) => sharedPath(p)),
  ...spec.files.map((f) => path.join(CASE, 'in', f)),
];

async function staysByCommune(inputs: LoadedInputs): Promise<Map<string, number>> {
  const rows = await inputs.conn.query<CommuneStaysRow>(buildCommuneStaysSql());
  const byCommune = new Map<string, number>();
  for (const r of rows)
    byCommune.set(r.commune_code, (byCommune.get(r.commune_code) ?? 0) + (r.stays ?? 0));
  return byCommune;
}

describeShared('PMSI zones read as postal codes (Ain, real postal codes)', () => {
  let inputs: LoadedInputs;
  beforeAll(async () => {
    inputs = await loadInputsIntoDuckDb(loads());
  });
  afterAll(async () => {
    await inputs?.conn.close();
  });

  it('detects postal codes and says so in the file report', () => {
    const report = inputs.reports.find((r) => r.fileName === 'pmsi-sejours-ain.csv');
    const zoneKind = report?.issues.find((i) => i.code === 'zone-kind');
    expect(zoneKind?.message).toMatch(/lues comme codes postaux/);
    const ambiguous = report?.issues.find((i) => i.code === 'ambiguous-zone');
    expect(ambiguous?.count).toBe(4);
    expect(ambiguous?.message).toMatch(/01400 : code postal de 01001, 01084, 01093…/);
  });

  it('gives every commune the stays computed independently', async () => {
    const byCommune = await staysByCommune(inputs);
    expect([...byCommune.keys()].sort()).toEqual(Object.keys(expected.staysByCommune).sort());
    for (const [code, stays] of Object.entries(expected.staysByCommune))
      expect(byCommune.get(code), code).toBeCloseTo(stays, 5);
    // Seillonnaz (INSEE 01400, postal code 01470) receives nothing from zone 01400.
    expect(byCommune.has('01400')).toBe(false);
  });

  it('reports the foreign zone and counts stays per allocation method', async () => {
    const unplaced = await inputs.conn.query<UnallocatedStaysRow>(buildUnallocatedStaysSql());
    expect(Object.fromEntries(unplaced.map((u) => [u.zone_code, u.stays]))).toEqual(
      expected.unplacedZones,
    );
    const methods = await inputs.conn.query<AllocationSummaryRow>(buildAllocationSummarySql());
    const postal = methods.find((m) => m.method === 'postal-code');
    expect(Number(postal?.zones)).toBe(6);
    expect(postal?.stays).toBe(2500);
    expect(Number(postal?.masked_cells)).toBe(expected.maskedCells);
  });

  it('follows the user’s choice when the zones are said to be INSEE codes', async () => {
    const insee = await loadInputsIntoDuckDb(loads(), { zoneKind: 'insee' });
    try {
      const byCommune = await staysByCommune(insee);
      expect(byCommune.get('01400')).toBe(1000);
      expect(byCommune.has('01093')).toBe(false);
    } finally {
      await insee.conn.close();
    }
  });
});

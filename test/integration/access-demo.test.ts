/**
 * The access analysis on the embedded demo (fictitious département 96), through the real parsers
 * and a real DuckDB, as the app and the CLI run it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseAccess } from '../../src/core/access/analyse-access';
import { DEFAULT_ACCESS_PARAMETERS } from '../../src/core/access/defaults';
import { rollUpAccess } from '../../src/core/access/roll-up';
import { loadAccessInputs, type AccessInputs } from '../../src/db/load-access-inputs';
import type { NodeConnector } from '../../src/db/node-connector';
import {
  buildAccessProfessionsSql,
  type AccessProfessionRow,
} from '../../src/db/sql/access-inputs';
import { loadInputsIntoDuckDb } from '../../src/cli/load-inputs';

let conn: NodeConnector;
let gp: AccessInputs;

beforeAll(async () => {
  ({ conn } = await loadInputsIntoDuckDb([]));
  gp = await loadAccessInputs(conn, 'gp');
});

afterAll(async () => {
  await conn?.close();
});

describe('access on the demo', () => {
  it('reads 352 communes with ages and the 288 GPs as people', () => {
    expect(gp.communes).toHaveLength(352);
    expect(gp.withoutCentroid).toEqual([]);
    expect(gp.communes.every((c) => c.ages !== null)).toBe(true);
    expect(new Set(gp.activities.map((a) => a.personId)).size).toBe(288);
  });

  it('lists GPs first, then every profession code present', async () => {
    const rows = await conn.query<AccessProfessionRow>(buildAccessProfessionsSql());
    expect(rows[0]).toEqual({ key: 'gp', label: 'Médecins généralistes', people: 288 });
    expect(rows.map((r) => r.key)).toEqual(
      expect.arrayContaining(['10', '21', '40', '50', '60', '70']),
    );
    expect(rows.find((r) => r.key === '60')?.people).toBe(586);
  });

  it('computes a plausible GP score, conserving the supply', () => {
    const r = analyseAccess({ ...gp, parameters: DEFAULT_ACCESS_PARAMETERS });
    expect(r.ageStandardised).toBe(true);
    expect(r.unit.label).toBe('consultations par an et par habitant standardisé');
    expect(r.totalSupply).toBeCloseTo(288, 9);
    // Supply is never lost: Σ A_i × Pstd_i = served supply (× 5,400 consultations).
    const served = r.scores.reduce((a, s, i) => a + s * (r.standardisedPopulation[i] as number), 0);
    expect(served / 5400).toBeCloseTo(288 - r.unservedSupply, 6);
    // Standardisation keeps the total population.
    const pop = r.population.reduce((a, b) => a + b, 0);
    expect(pop).toBe(335053);
    expect(r.standardisedPopulation.reduce((a, b) => a + b, 0)).toBeCloseTo(pop, 6);
    const all = rollUpAccess(r, null, 2.5);
    // 288 GPs × 5,400 / 335,053 ≈ 4.64 consultations per inhabitant on average.
    expect(all.weightedScore).toBeGreaterThan(3);
    expect(all.weightedScore).toBeLessThan(6);
    expect(all.shareBelow).toBeGreaterThan(0);
    expect(all.shareBelow).toBeLessThan(0.6);
  });
});

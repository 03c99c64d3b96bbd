/**
 * Golden: both basin methods on the generated network of `generated-case.ts` (1,000 communes,
 * whole and fractional stays), against test/fixtures/basins/generated/out.json (see the fixture's
 * README.md: plurality cases written by the previous string-keyed implementation, modularity cases
 * by the typed-array Louvain and checked against networkx in networkx.json). Regenerate on purpose
 * with `npx vitest run src/core/flows/basins-generated.test.ts -u`.
 */
import { describe, expect, it } from 'vitest';
import networkxReference from '../../../test/fixtures/basins/generated/networkx.json';
import { computeBasinQuality } from './basin-quality';
import { buildFlowNetwork } from './flow-network';
import { buildGeneratedCase } from './generated-case';
import { assignModularityBasins, DEFAULT_MODULARITY_OPTIONS } from './modularity-basins';
import { median } from 'd3-array';
import { groupByBasin } from './partition';
import { assignPluralityBasins, type BasinAssignment } from './plurality-basins';

const GOLDEN = '../../../test/fixtures/basins/generated/out.json';
const NO_MERGE = { minLi: 0, minStays: 0, minPopulation: 0 };
const CASES = [
  { method: 'plurality', options: NO_MERGE },
  { method: 'plurality', options: { minLi: 0.5, minStays: 0, minPopulation: 0 } },
  { method: 'plurality', options: { minLi: 0.6, minStays: 2000, minPopulation: 5000 } },
  { method: 'modularity', options: DEFAULT_MODULARITY_OPTIONS },
  {
    method: 'modularity',
    options: { ...DEFAULT_MODULARITY_OPTIONS, resolution: 4, minLi: 0.75, minPopulation: 30000 },
  },
] as const;

const round = (v: number | null) => (v === null ? null : Number(v.toFixed(6)));

/** Everything the golden pins: basins (id → members), the steps' counts and the quality. */
function summarize(
  network: ReturnType<typeof buildFlowNetwork>,
  result: BasinAssignment & { rawModularity?: number; communities?: number },
) {
  const quality = computeBasinQuality(network, result.partition);
  return {
    basins: Object.fromEntries(
      [...groupByBasin(result.partition)].map(([id, members]) => [id, members.join(' ')]),
    ),
    contiguityMoves: result.contiguityMoves,
    merges: result.merges,
    isolated: result.isolated,
    louvain:
      result.rawModularity === undefined
        ? null
        : { modularity: round(result.rawModularity), communities: result.communities },
    li: round(quality.li),
    medianLi: round(quality.medianLi),
    medianMsi: round(quality.medianMsi),
    modularity: round(quality.modularity),
  };
}

describe('basins on a generated network of 1,000 communes (golden)', () => {
  it('give the recorded basins for both methods, whole and fractional stays', async () => {
    const out: Record<string, ReturnType<typeof summarize>> = {};
    for (const wholeStays of [true, false]) {
      const c = buildGeneratedCase(1000, 7, wholeStays);
      const network = buildFlowNetwork(c.communes, c.flows, c.destinations, c.adjacency);
      for (const { method, options } of CASES) {
        const result =
          method === 'plurality'
            ? assignPluralityBasins(network, options)
            : assignModularityBasins(network, { ...DEFAULT_MODULARITY_OPTIONS, ...options });
        const key = `${wholeStays ? 'whole' : 'fractional'} ${method} ${JSON.stringify(options)}`;
        out[key] = summarize(network, result);
      }
    }
    // The case is not trivial: several basins, moves, merges and the islands in every case.
    for (const s of Object.values(out)) {
      expect(Object.keys(s.basins).length).toBeGreaterThan(3);
      expect(s.contiguityMoves).toBeGreaterThan(0);
      expect(s.isolated.length).toBeGreaterThan(0);
    }
    expect(Object.values(out).filter((s) => s.merges > 0)).toHaveLength(6);
    await expect(JSON.stringify(out, null, 1) + '\n').toMatchFileSnapshot(GOLDEN);
  });
});

describe('Louvain on the generated networks, against networkx (networkx.json)', () => {
  it('reaches a modularity within 0.005 of networkx louvain_communities, computed alike', () => {
    const reference: Record<string, { networkx: number[]; oursByNetworkx: number }> =
      networkxReference;
    for (const wholeStays of [true, false]) {
      const c = buildGeneratedCase(1000, 7, wholeStays);
      const network = buildFlowNetwork(c.communes, c.flows, c.destinations, c.adjacency);
      for (const resolution of [1, 4]) {
        const key = `${wholeStays ? 'whole' : 'fractional'} resolution ${resolution}`;
        const nx = reference[key];
        const result = assignModularityBasins(network, {
          ...DEFAULT_MODULARITY_OPTIONS,
          resolution,
        });
        // networkx's modularity of our own partition: our computation agrees with it.
        expect(result.rawModularity, key).toBeCloseTo(nx?.oursByNetworkx ?? NaN, 5);
        expect(
          Math.abs(result.rawModularity - (median(nx?.networkx ?? []) ?? NaN)),
          key,
        ).toBeLessThan(0.005);
      }
    }
  });
});

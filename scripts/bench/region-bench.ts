/**
 * « Vue ARS » benchmark (issue #12): the whole regional view — territory context (aggregates,
 * topology, adjacency) then every CPTS row, overlapping pairs, coverage and white-zone groups — as
 * the analysis worker's `computeRegion` runs it, goal < 2 s after load, on the real contours and
 * populations of the 12 départements of ../shared/data (≈ 4,700 communes) with ≈ 80 CPTS generated
 * from whole EPCI; and on the demo with all its layers (PMSI flows and GP access included). CPU
 * time is the gate (the machine is shared, wall time is printed beside it).
 */
import { buildTerritoryContext } from '../../src/core/territory/analyse-territory';
import { computeRegionView } from '../../src/core/region/compute-region-view';
import { loadAccessInputs } from '../../src/db/load-access-inputs';
import { loadFlowInputs } from '../../src/db/flow-inputs';
import { queryTerritoryInput } from '../../src/db/territory-input';
import { loadInputsIntoDuckDb } from '../../src/cli/load-inputs';
import { computeRegion } from '../../src/workers/region-api';
import { generateRegionCpts, readRegionCommunes } from '../../test/support/region-cpts';
import { sharedDataPresent } from '../../test/support/shared-data';
import { report, reportCpu, timeCpuRuns, timeRuns } from './stats';

const GOAL_MS = 2000;
const RUNS = 5;

export async function run(): Promise<void> {
  const demo = await loadInputsIntoDuckDb([]);
  const { input, geometries } = await queryTerritoryInput(demo.conn, demo.contours);
  const flows = await loadFlowInputs(demo.conn);
  const access = await loadAccessInputs(demo.conn, 'gp');
  await demo.conn.close();
  const request = {
    input,
    geometries,
    flows,
    access: { communes: access.communes, activities: access.activities },
    perimeterFile: 'démo',
  };
  report(
    `Démo (${input.communes.length} communes, PMSI et accès) : computeRegion`,
    await timeRuns(3, () => computeRegion(request)),
  );
  if (!sharedDataPresent()) {
    console.log('12 départements : NON MESURÉ (../shared/data absent)');
    return;
  }
  const { communes, geometries: regionGeometries } = readRegionCommunes();
  const perimeters = generateRegionCpts(communes);
  const regionInput = { communes, activities: [], establishments: [], perimeters };
  const cpts = new Set(perimeters.map((p) => p.perimeterName)).size;
  const label = `12 dép. réels (${communes.length} communes, ${cpts} CPTS)`;
  const extras = { flowsOf: null, accessOf: null, perimeterFile: 'cpts-generees.csv' };
  let context = buildTerritoryContext(regionInput, regionGeometries);
  reportCpu(
    `${label} : contexte`,
    timeCpuRuns(RUNS, () => (context = buildTerritoryContext(regionInput, regionGeometries))),
  );
  reportCpu(
    `${label} : vue`,
    timeCpuRuns(RUNS, () => computeRegionView(context, extras)),
  );
  reportCpu(
    `${label} : contexte + vue`,
    timeCpuRuns(RUNS, () =>
      computeRegionView(buildTerritoryContext(regionInput, regionGeometries), extras),
    ),
    GOAL_MS,
  );
}

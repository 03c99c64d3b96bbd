/**
 * A territory grown from a seed commune along patient flows, one contiguous commune at a time, up
 * to a population ceiling: the seed of « Proposer un territoire », which must give a territory
 * the size of a CPTS rather than a whole hospital basin.
 */
import { groupRows } from './csr';
import type { FlowNetwork } from './flow-network';

/** The growth, in the order communes joined: after step k the territory is `order[0..k]`. */
export interface TerritoryGrowth {
  /** Unit indices in joining order (the seed first). */
  order: Int32Array;
  /** Population of the territory after each step (inhabitants; unknown populations count 0). */
  population: Float64Array;
  /**
   * Autarcie after each step: stays of the territory's residents in its establishments / all
   * their known stays (NaN while the territory's residents have no known stay).
   */
  autarcie: Float64Array;
  /** Why the growth stopped: the next commune would pass the ceiling, or none is adjacent. */
  stoppedBy: 'population' | 'no-neighbour';
}

/**
 * Grows a contiguous territory from `seed`: at each step the adjacent commune most tied to the
 * territory by patient flows joins — the share of its flows (its residents' stays and the stays
 * its establishments receive) exchanged with the territory, as in the plurality rule of the
 * Dartmouth Hospital Service Areas (Wennberg & Cooper, The Dartmouth Atlas of Health Care 1996;
 * HSAr: Haynes, Wertli & Aujesky, Health Serv Res 2020;55(3):469–475), applied as region growing.
 * Ties (and communes without any known stay) go to the commune sharing the most borders with the
 * territory, then to the lower code. Communes that would take the population above
 * `maxPopulation` are skipped; the growth stops when no adjacent commune fits.
 *
 * Each step scans the frontier (the communes adjacent to the territory), so the cost is
 * O(steps × frontier + flows touched).
 *
 * @param seed unit index of the starting commune
 * @param maxPopulation ceiling (inhabitants)
 * @example growTerritory(network, network.unitIndex.get('50502')!, 80000).order.length
 */
export function growTerritory(
  network: FlowNetwork,
  seed: number,
  maxPopulation: number,
): TerritoryGrowth {
  const n = network.units.length;
  const { flowOffsets, flowPoles, flowStays, linkOffsets, linkTargets } = network;
  const reverse = groupRows(n, flowPoles, originsOf(flowOffsets), flowStays, flowPoles.length);
  const inside = new Uint8Array(n);
  const onFrontier = new Uint8Array(n);
  const borders = new Int32Array(n);
  const toTerritory = new Float64Array(n);
  const fromTerritory = new Float64Array(n);
  const frontier: number[] = [];
  const order: number[] = [];
  const population: number[] = [];
  const autarcie: number[] = [];
  let people = 0;
  let internal = 0;
  let resident = 0;

  const join = (u: number) => {
    let self = 0;
    for (let k = flowOffsets[u] as number; k < (flowOffsets[u + 1] as number); k++)
      if (flowPoles[k] === u) self += flowStays[k] as number;
    internal += (toTerritory[u] as number) + (fromTerritory[u] as number) + self;
    resident += network.residentStays[u] as number;
    people += network.population[u] as number;
    inside[u] = 1;
    for (let k = flowOffsets[u] as number; k < (flowOffsets[u + 1] as number); k++)
      fromTerritory[flowPoles[k] as number]! += flowStays[k] as number;
    for (let k = reverse.offsets[u] as number; k < (reverse.offsets[u + 1] as number); k++)
      toTerritory[reverse.targets[k] as number]! += reverse.values[k] as number;
    for (let k = linkOffsets[u] as number; k < (linkOffsets[u + 1] as number); k++) {
      const v = linkTargets[k] as number;
      if (inside[v]) continue;
      borders[v]! += 1;
      if (!onFrontier[v]) {
        onFrontier[v] = 1;
        frontier.push(v);
      }
    }
    order.push(u);
    population.push(people);
    autarcie.push(resident > 0 ? internal / resident : Number.NaN);
  };

  const tie = (v: number) => {
    const activity = (network.residentStays[v] as number) + (network.inflowStays[v] as number);
    return activity > 0
      ? ((toTerritory[v] as number) + (fromTerritory[v] as number)) / activity
      : 0;
  };

  join(seed);
  for (;;) {
    let best = -1;
    let bestTie = -1;
    for (const v of frontier) {
      if (inside[v] || people + (network.population[v] as number) > maxPopulation) continue;
      const t = tie(v);
      if (
        best < 0 ||
        t > bestTie ||
        (t === bestTie && (borders[v] as number) > (borders[best] as number)) ||
        (t === bestTie && borders[v] === borders[best] && v < best)
      ) {
        best = v;
        bestTie = t;
      }
    }
    if (best < 0) break;
    frontier.splice(frontier.indexOf(best), 1);
    join(best);
  }
  const anyAdjacentLeft = frontier.some((v) => !inside[v]);
  return {
    order: Int32Array.from(order),
    population: Float64Array.from(population),
    autarcie: Float64Array.from(autarcie),
    stoppedBy: anyAdjacentLeft ? 'population' : 'no-neighbour',
  };
}

/** Row (origin) of every flow entry of the network's CSR. */
function originsOf(offsets: Int32Array): Int32Array {
  const rows = new Int32Array(offsets[offsets.length - 1] as number);
  for (let i = 0; i + 1 < offsets.length; i++) rows.fill(i, offsets[i], offsets[i + 1]);
  return rows;
}

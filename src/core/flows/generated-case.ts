/**
 * A generated flow network shared by the basin tests (not used by the app), realistic in shape:
 * communes on a jittered grid with Delaunay neighbours (long edges cut, so the area has a ragged
 * edge), one isolated commune and one island of three, log-normal populations with a few towns
 * and a few empty communes, hospitals in populated communes (one outside the area, two FINESS
 * for some, one FINESS unknown to the directory), and stays from the Huff model (Huff DL,
 * « Defining and estimating a trading area », J Marketing 1964;28(3):34–38; β = 2, the
 * 8 nearest hospitals, 0.27 stays per inhabitant), either whole numbers (Poisson draws, many ties)
 * or fractional (as after the zone → commune allocation), with some masked cells. Codes are
 * shuffled 5-character strings, so code order is not the spatial order.
 */
import { Delaunay } from 'd3-delaunay';
import { randomLcg, randomLogNormal, randomPoisson } from 'd3-random';
import type { CommuneFlow, Destination } from './flow-types';
import { computeHuffProbabilities } from './huff';

/** What `buildFlowNetwork` takes. */
export interface GeneratedCase {
  communes: { code: string; population: number }[];
  flows: CommuneFlow[];
  destinations: Map<string, Destination>;
  adjacency: Record<string, string[]>;
}

const KM_PER_STEP = 5;
const NEAREST = 8;

/**
 * Builds the case; the same seed gives the same case.
 *
 * @param size number of communes (≥ 100)
 * @param wholeStays whole stays (Poisson) or fractional stays
 * @example buildGeneratedCase(1200, 7, true).communes.length // 1200
 */
export function buildGeneratedCase(size: number, seed: number, wholeStays: boolean): GeneratedCase {
  const rng = randomLcg(seed);
  const side = Math.ceil(Math.sqrt(size));
  const points = Array.from({ length: size }, (_, i): [number, number] => [
    (i % side) + (rng() - 0.5) * 0.7,
    Math.floor(i / side) + (rng() - 0.5) * 0.7,
  ]);
  const codes = shuffle(
    Array.from({ length: size }, (_, i) => String(10001 + i * 7)),
    rng,
  );
  const logNormal = randomLogNormal.source(rng)(Math.log(400), 1.1);
  const population = points.map((_, i) =>
    i % 97 === 5 ? 0 : Math.round(logNormal() * (i % 29 === 3 ? 20 : 1)),
  );
  const adjacency = buildAdjacency(points, codes);
  const hospitals = placeHospitals(population, rng);
  const destinations = new Map<string, Destination>();
  const finessOf = hospitals.map((h, k) => {
    const finess = String(960000000 + k * 13);
    const communeCode = k === 1 ? '99999' : (codes[h] as string);
    const place = { communeCode, name: `Hôpital ${k}`, lon: null, lat: null };
    destinations.set(finess, { ...place, finess, level: 'ET', siteFiness: finess });
    return finess;
  });
  const poisson = (mean: number) => randomPoisson.source(rng)(mean)();
  const flows: CommuneFlow[] = [];
  points.forEach((p, i) => {
    const near = hospitals
      .map((h, k) => ({
        k,
        km: Math.hypot(p[0] - points[h]![0], p[1] - points[h]![1]) * KM_PER_STEP,
      }))
      .sort((x, y) => x.km - y.km || x.k - y.k)
      .slice(0, NEAREST);
    const [probs = []] = computeHuffProbabilities(
      [near.map((h) => h.km)],
      near.map((h) => 50 + (h.k % 7) * 60),
      { beta: 2, minDistanceKm: 2 },
    );
    near.forEach(({ k }, j) => {
      const mean = (population[i] as number) * 0.27 * (probs[j] as number);
      const stays = wholeStays ? poisson(mean) : mean * (0.5 + rng());
      if (stays <= 0) return;
      // Some hospitals report half their stays under a second FINESS; one FINESS is unknown.
      const finess = finessOf[k] as string;
      const masked = rng() < 0.03;
      const row = (f: string, s: number | null): CommuneFlow => ({
        commune: codes[i] as string,
        finess: f,
        stays: s,
        maskedCells: s === null ? 1 : 0,
        maskedWeight: s === null ? 1 : 0,
      });
      if (masked) flows.push(row(finess, null));
      else if (k % 5 === 2) flows.push(row(finess, stays / 2), row(`${finess}0`, stays / 2));
      else flows.push(row(k === 3 ? '000000000' : finess, stays));
    });
  });
  // The second FINESS of a hospital lies in the same commune as its first.
  for (const [finess, d] of [...destinations])
    destinations.set(`${finess}0`, { ...d, finess: `${finess}0` });
  return {
    communes: codes.map((code, i) => ({ code, population: population[i] as number })),
    flows,
    destinations,
    adjacency,
  };
}

/** Delaunay neighbours closer than 1.6 grid steps; unit 0 isolated, units 1–3 an island. */
function buildAdjacency(
  points: [number, number][],
  codes: readonly string[],
): Record<string, string[]> {
  const delaunay = Delaunay.from(points);
  const island = new Set([1, 2, 3]);
  const adjacency: Record<string, string[]> = {};
  points.forEach((p, i) => {
    const near = [...delaunay.neighbors(i)].filter((j) => {
      if (i === 0 || j === 0) return false;
      if (island.has(i) !== island.has(j)) return false;
      return Math.hypot(p[0] - points[j]![0], p[1] - points[j]![1]) < 1.6;
    });
    adjacency[codes[i] as string] = near.map((j) => codes[j] as string).sort();
  });
  return adjacency;
}

/** One hospital per 25 communes, in the most populated communes of each block of 25. */
function placeHospitals(population: readonly number[], rng: () => number): number[] {
  const hospitals: number[] = [];
  for (let start = 0; start + 25 <= population.length; start += 25) {
    let best = start + Math.floor(rng() * 25);
    for (let i = start; i < start + 25; i++)
      if ((population[i] as number) > (population[best] as number) && rng() < 0.7) best = i;
    hospitals.push(best);
  }
  return hospitals;
}

function shuffle<T>(items: T[], rng: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

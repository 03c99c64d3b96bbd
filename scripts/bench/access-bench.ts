/**
 * Access benchmark (issue #6): the E2SFCA for all of France — 34,868 communes (centroids and
 * populations of ../shared/data/population/communes-france-cog2026.csv, COG 2026) and ≈ 100,000
 * synthetic GPs placed by population — with the indexed implementation (flatbush pairs + two
 * steps), and, in the same run, the naive all-pairs implementation on a sample of 2,000 communes,
 * scaled to the whole country (n²), with the ratio.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { computeE2sfca } from '../../src/core/access/compute-e2sfca';
import { DREES_DECAY, cutoffMinutes } from '../../src/core/access/decay';
import { naiveE2sfca } from '../../src/core/access/naive-e2sfca';
import { buildEstimatedPairs, DEFAULT_TRAVEL_ESTIMATE } from '../../src/core/access/travel-time';
import type { AccessCommune } from '../../src/core/access/types';
import { SHARED_DIR } from './map-bench';
import { median, report, timeRuns } from './stats';

const POPULATION = path.join(SHARED_DIR, 'population/communes-france-cog2026.csv');
const GPS = 100_000;
const SAMPLE = 2_000;

function readCommunes(): AccessCommune[] {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(POPULATION, 'utf8'), {
    header: true,
    dynamicTyping: false,
    skipEmptyLines: true,
  });
  return parsed.data
    .filter((r) => r.lon && r.lat)
    .map((r) => ({
      code: r.code as string,
      lon: Number(r.lon),
      lat: Number(r.lat),
      population: Number(r.population_municipale) || 0,
      ages: null,
    }));
}

/** GPs by largest remainder on population (deterministic). */
function syntheticSupply(communes: readonly AccessCommune[], total: number): Float64Array {
  const pop = communes.reduce((a, c) => a + c.population, 0);
  const quotas = communes.map((c) => (c.population / pop) * total);
  const supply = Float64Array.from(quotas, Math.floor);
  let left = total - supply.reduce((a, b) => a + b, 0);
  const order = quotas.map((q, i) => [q - Math.floor(q), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    supply[i] = (supply[i] as number) + 1;
  }
  return supply;
}

export async function run(): Promise<void> {
  if (!fs.existsSync(POPULATION)) {
    console.log(`NON EXÉCUTÉ : ${POPULATION} absent (données partagées).`);
    return;
  }
  const communes = readCommunes();
  const pop = Float64Array.from(communes, (c) => c.population);
  const supply = syntheticSupply(communes, GPS);
  const cutoff = cutoffMinutes(DREES_DECAY);
  console.log(
    `${communes.length} communes, ${supply.reduce((a, b) => a + b, 0)} généralistes synthétiques, ` +
      `décroissance DREES 0–${cutoff} min, détour ${DEFAULT_TRAVEL_ESTIMATE.detourFactor}, ${DEFAULT_TRAVEL_ESTIMATE.speedKmh} km/h`,
  );
  let pairs = buildEstimatedPairs(communes, cutoff, DEFAULT_TRAVEL_ESTIMATE);
  const pairTimes = await timeRuns(3, () => {
    pairs = buildEstimatedPairs(communes, cutoff, DEFAULT_TRAVEL_ESTIMATE);
  });
  report(`France : couples < ${cutoff} min (flatbush), ${pairs.targets.length} couples`, pairTimes);
  const stepTimes = await timeRuns(5, () => computeE2sfca(pairs, pop, supply, DREES_DECAY));
  report('France : deux étapes E2SFCA (scénario, couples réutilisés)', stepTimes);
  const indexed = median(pairTimes) + median(stepTimes);

  // Sample: every k-th commune, so it spans the country as the whole set does.
  const k = Math.floor(communes.length / SAMPLE);
  const idx = Array.from({ length: SAMPLE }, (_, i) => i * k);
  const sample = idx.map((i) => communes[i] as AccessCommune);
  const sPop = Float64Array.from(idx, (i) => pop[i] as number);
  const sSupply = Float64Array.from(idx, (i) => supply[i] as number);
  const naive = await timeRuns(3, () =>
    naiveE2sfca(sample, sPop, sSupply, DREES_DECAY, DEFAULT_TRAVEL_ESTIMATE),
  );
  report(`Échantillon ${SAMPLE} communes : naïf, tous les couples`, naive);
  const sampleIndexed = await timeRuns(3, () =>
    computeE2sfca(
      buildEstimatedPairs(sample, cutoff, DEFAULT_TRAVEL_ESTIMATE),
      sPop,
      sSupply,
      DREES_DECAY,
    ),
  );
  report(`Échantillon ${SAMPLE} communes : indexé`, sampleIndexed);
  const scaled = median(naive) * (communes.length / SAMPLE) ** 2;
  console.log(
    `Naïf extrapolé à ${communes.length} communes (× (n/${SAMPLE})²) : ${(scaled / 1000).toFixed(1)} s ; ` +
      `indexé mesuré : ${(indexed / 1000).toFixed(2)} s ; rapport naïf / indexé ≈ ${(scaled / indexed).toFixed(0)} ` +
      `(échantillon : ${(median(naive) / median(sampleIndexed)).toFixed(0)})`,
  );
}

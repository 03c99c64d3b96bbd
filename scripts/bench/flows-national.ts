/**
 * The national synthetic flow network of the basin benchmark: the 34,868 communes of
 * ../shared/data/geo/national-cog2026/ (TopoJSON for adjacency, populations from the commune
 * table) with ≈ 1 M stay rows from the Huff model (src/core/flows/huff.ts; hospitals of
 * ../shared/data/finess/gisco-healthcare-FR-2020.csv, attractiveness = beds or 100, β = 2, the
 * 30 nearest hospitals of each commune, 0.27 stays per inhabitant), summed by commune × pole
 * (the commune of the hospital: the commune with the nearest centroid).
 */
import fs from 'node:fs';
import path from 'node:path';
import Flatbush from 'flatbush';
import type { Topology } from 'topojson-specification';
import type { CodedFlowNetwork, PoleFlow } from '../../src/core/flows/flow-network';
import { computeHuffProbabilities } from '../../src/core/flows/huff';
import { computeTopologyAdjacency } from '../../src/core/geo/commune-adjacency';
import { SHARED_DIR } from './map-bench';

export const TOPOJSON = path.join(
  SHARED_DIR,
  'geo/national-cog2026/communes-france-cog2026-simplifie.topojson',
);
const COMMUNES_CSV = path.join(SHARED_DIR, 'population/communes-france-cog2026.csv');
export const HOSPITALS_CSV = path.join(SHARED_DIR, 'finess/gisco-healthcare-FR-2020.csv');
const NEAREST = 30;
const RATE = 0.27;

function readCsv(file: string): Record<string, string>[] {
  const [head, ...lines] = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean);
  const cols = (head as string).split(',');
  // Simple CSV: these two files quote fields only around commas in names (skipped columns).
  return lines.map((line) => {
    const cells =
      line
        .match(/("([^"]|"")*"|[^,]*)(,|$)/g)
        ?.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')) ?? [];
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

const kmBetween = (a: [number, number], b: [number, number]) => {
  const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * 111.32 * k, (a[1] - b[1]) * 110.57);
};

/** Commune adjacency from the national TopoJSON (shared arcs). */
export function readNationalAdjacency(): Record<string, string[]> {
  const topo = JSON.parse(fs.readFileSync(TOPOJSON, 'utf8')) as Topology;
  return computeTopologyAdjacency(topo, 'communes', 'code');
}

/** Synthetic national flow network: Huff stays from each commune to its 30 nearest hospitals. */
export function buildNationalNetwork(adjacency: Record<string, string[]>): {
  network: CodedFlowNetwork;
  rows: number;
} {
  const communes = readCsv(COMMUNES_CSV).filter((c) => c.lon && c.lat);
  const centre = communes.map((c) => [Number(c.lon), Number(c.lat)] as [number, number]);
  const index = new Flatbush(communes.length);
  for (const [x, y] of centre) index.add(x, y, x, y);
  index.finish();
  const hospitals = readCsv(HOSPITALS_CSV).filter((h) => h.lon && h.lat);
  const hIndex = new Flatbush(hospitals.length);
  const hPos = hospitals.map((h) => [Number(h.lon), Number(h.lat)] as [number, number]);
  for (const [x, y] of hPos) hIndex.add(x, y, x, y);
  hIndex.finish();
  // Each hospital's pole: the commune with the nearest centroid.
  const pole = hPos.map(
    ([x, y]) => communes[index.neighbors(x, y, 1)[0] as number]?.code as string,
  );
  const beds = hospitals.map((h) => Number(h.cap_beds) || 100);
  const sums = new Map<string, number>();
  let rows = 0;
  communes.forEach((c, i) => {
    const near = hIndex.neighbors(centre[i]![0], centre[i]![1], NEAREST);
    const [probs = []] = computeHuffProbabilities(
      [near.map((j) => kmBetween(centre[i]!, hPos[j]!))],
      near.map((j) => beds[j]!),
      { beta: 2, minDistanceKm: 2 },
    );
    const population = Number(c.population_municipale) || 0;
    near.forEach((j, k) => {
      const stays = population * RATE * (probs[k] ?? 0);
      if (stays <= 0) return;
      rows += 1;
      const key = `${c.code}|${pole[j]}`;
      sums.set(key, (sums.get(key) ?? 0) + stays);
    });
  });
  const poleFlows: PoleFlow[] = [...sums].map(([key, stays]) => {
    const [origin, p] = key.split('|') as [string, string];
    return { origin, pole: p, stays };
  });
  return {
    network: {
      units: communes.map((c) => c.code as string),
      population: new Map(
        communes.map((c) => [c.code as string, Number(c.population_municipale) || 0]),
      ),
      adjacency,
      poleFlows,
    },
    rows,
  };
}
